package engine

import (
	"context"

	"github.com/keeperkit/keeperkit/bundles"
	"github.com/keeperkit/keeperkit/keeper/exec"
)

// Relays adapts the bundles fan-out to the executor's Relays interface.
type Relays struct{ Multi *bundles.Multi }

var _ exec.Relays = Relays{}

// SendBundle sends b to every relay at once, one result per relay.
func (r Relays) SendBundle(ctx context.Context, b exec.Bundle) []exec.SendResult {
	res := r.Multi.SendRaw(ctx, b.Txs, b.Block)
	out := make([]exec.SendResult, len(res))
	for i, x := range res {
		out[i] = exec.SendResult{Relay: x.Relay, BundleHash: x.BundleHash, Err: x.Err, Latency: x.Latency}
	}
	return out
}
