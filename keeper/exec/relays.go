package exec

import (
	"context"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/keeperkit/keeperkit/bundles"
)

// MultiRelays adapts the bundles fan-out to Relays and BackrunRelays:
// eth_sendBundle with Bundle.Dropping as droppingTxHashes, and
// mev_sendBundle for backruns.
type MultiRelays struct{ Multi *bundles.Multi }

var (
	_ Relays        = MultiRelays{}
	_ BackrunRelays = MultiRelays{}
)

// SendBundle sends b to every relay at once, one result per relay.
func (r MultiRelays) SendBundle(ctx context.Context, b Bundle) []SendResult {
	bb := &bundles.Bundle{Txs: make([]hexutil.Bytes, len(b.Txs)), BlockNumber: hexutil.Uint64(b.Block), DroppingTxHashes: b.Dropping}
	for i, tx := range b.Txs {
		bb.Txs[i] = tx
	}
	if len(b.Dropping) > 0 {
		// droppingTxHashes is a v2 field; go-utils reads an absent version
		// as v1 and would refuse it (relay-protocol.md §2.1).
		bb.Version = bundles.BundleV2
	}
	return results(r.Multi.SendBundle(ctx, bb))
}

// SendBackrun sends b to every relay at once as mev_sendBundle.
func (r MultiRelays) SendBackrun(ctx context.Context, b Backrun) []SendResult {
	return results(r.Multi.SendMevBundle(ctx, b.MevBundle()))
}

func results(res []bundles.Result) []SendResult {
	out := make([]SendResult, len(res))
	for i, x := range res {
		out[i] = SendResult{Relay: x.Relay, BundleHash: x.BundleHash, Err: x.Err, Latency: x.Latency}
	}
	return out
}
