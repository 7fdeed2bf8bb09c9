package exec

import (
	"context"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/rs/zerolog"

	"github.com/keeperkit/keeperkit/sim/devnet"
	"github.com/keeperkit/keeperkit/strategies/forksim"
)

// TestSameBlockNonces: two opportunities of one keeper due in the same
// block hold consecutive nonces, and the later one carries the earlier
// one's transaction in front of its own, droppable, so that both land in
// the same block even though the relay meets the later (better paying)
// bundle first. Once they landed, a third bundle carries neither.
func TestSameBlockNonces(t *testing.T) {
	ctx := context.Background()
	rw := newRelayWorld(t, false)
	head := rw.head(t)
	n := head.Number.Uint64()
	chainNonce, err := rw.node.Client().NonceAt(ctx, rw.owner.Address, nil)
	if err != nil {
		t.Fatal(err)
	}
	a, err := rw.ex.Submit(ctx, rw.mintOpp("a", n, params.Ether/100), head)
	if err != nil {
		t.Fatal(err)
	}
	b, err := rw.ex.Submit(ctx, rw.mintOpp("b", n, params.Ether/20), head) // pays the builder more: met first
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range []Outcome{a, b} {
		if o.Status != StatusSent || o.Relays[0].Err != nil {
			t.Fatalf("%s: got %s %+v, want sent and accepted", o.ID, o.Status, o.Relays)
		}
	}
	live := rw.ex.nonces.Live()
	if len(live) != 2 || live[0].OpportunityID != "a" || live[0].Nonce != chainNonce || live[1].OpportunityID != "b" || live[1].Nonce != chainNonce+1 {
		t.Fatalf("got leases %+v, want a at %d and b at %d", live, chainNonce, chainNonce+1)
	}
	if b.BundleHash == a.BundleHash || b.Relays[0].BundleHash != b.BundleHash {
		t.Errorf("got bundle hashes a %s, b %s (relay %s); want b's own, as the relay computed it", a.BundleHash, b.BundleHash, b.Relays[0].BundleHash)
	}
	head, outs := rw.buildAndFollow(ctx, t)
	landed := map[string]uint64{}
	for _, o := range outs {
		if o.Status == StatusLanded {
			landed[o.ID] = o.Block
		}
	}
	if landed["a"] != n+1 || landed["b"] != n+1 {
		t.Fatalf("got landed %v, want a and b in block %d", landed, n+1)
	}
	blk, err := rw.node.Client().BlockByNumber(ctx, head.Number)
	if err != nil {
		t.Fatal(err)
	}
	if txs := blk.Transactions(); len(txs) != 2 || txs[0].Hash() != a.TxHashes[0] || txs[1].Hash() != b.TxHashes[0] {
		t.Errorf("got %d txs in block %d, want a's then b's", len(txs), n+1)
	}
	if live := rw.ex.nonces.Live(); len(live) != 0 {
		t.Errorf("got leases %+v after both landed, want none", live)
	}
	// A later bundle is valid on its own: no predecessors left to carry.
	c, err := rw.ex.Submit(ctx, rw.mintOpp("c", n+1, params.Ether/100), head)
	if err != nil {
		t.Fatal(err)
	}
	if want := crypto.Keccak256Hash(c.TxHashes[0].Bytes()); c.BundleHash != want {
		t.Errorf("got bundle hash %s for c, want %s (its own transaction only)", c.BundleHash, want)
	}
}

// TestBackrunNeedsNextNonce: a backrun is not sent while another bundle
// of ours holds the sender's next nonce.
func TestBackrunNeedsNextNonce(t *testing.T) {
	ctx := context.Background()
	rw := newRelayWorld(t, false)
	head := rw.head(t)
	n := head.Number.Uint64()
	if _, err := rw.ex.Submit(ctx, rw.mintOpp("a", n, params.Ether/100), head); err != nil {
		t.Fatal(err)
	}
	_, hint := rw.private(t, n)
	opp := rw.mintOpp("backrun", n, params.Ether/100)
	opp.HintHash = hint
	if _, err := rw.ex.Submit(ctx, opp, head); !errors.Is(err, ErrNonceBusy) {
		t.Errorf("got %v, want ErrNonceBusy", err)
	}
	if len(rw.relays.sent) != 0 {
		t.Errorf("got %d backruns sent, want 0", len(rw.relays.sent))
	}
}

// scriptRelay lands each bundle as the next block, without its droppable
// transactions (a builder that left them out), except the opportunities in
// drop, which it ignores (bundles that lose every auction).
type scriptRelay struct {
	c    *devnet.Node
	drop map[string]bool
}

func (r *scriptRelay) SendBundle(ctx context.Context, b Bundle) []SendResult {
	if r.drop[b.OpportunityID] {
		return []SendResult{{Relay: "script"}}
	}
	skip := map[common.Hash]bool{}
	for _, h := range b.Dropping {
		skip[h] = true
	}
	var txs []*types.Transaction
	for _, raw := range b.Txs {
		tx := new(types.Transaction)
		if err := tx.UnmarshalBinary(raw); err != nil {
			return []SendResult{{Relay: "script", Err: err}}
		}
		if !skip[tx.Hash()] {
			txs = append(txs, tx)
		}
	}
	if _, err := r.c.CommitBlock(ctx, txs); err != nil {
		return []SendResult{{Relay: "script", Err: err}}
	}
	return []SendResult{{Relay: "script"}}
}

// TestGapClosed: a bundle that never lands expires; the bundle waiting at
// the nonce above it is re-signed down to the free nonce and lands.
func TestGapClosed(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, defaultPricing(), false)
	relay := &scriptRelay{c: w.node, drop: map[string]bool{"a": true}}
	nonces, err := NewNonces(ctx, w.owner.Address, w.store, w.node.Client())
	if err != nil {
		t.Fatal(err)
	}
	sim := forksim.New(w.node.RPC())
	t.Cleanup(sim.Close)
	ex := New(Config{Pricing: defaultPricing(), Key: w.owner.Key, ChainID: w.node.ChainID()}, w.node.Client(), sim, relay, nonces, zerolog.Nop(), nil)
	head := w.head(t)
	n := head.Number.Uint64()
	chainNonce, _ := w.node.Client().NonceAt(ctx, w.owner.Address, nil)
	a := w.mintOpp("a", n, params.Ether/100)
	a.MaxBlock = n + 1
	if _, err := ex.Submit(ctx, a, head); err != nil {
		t.Fatal(err)
	}
	b, err := ex.Submit(ctx, w.mintOpp("b", n, params.Ether/100), head)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Relays) != 1 || b.Relays[0].Err == nil {
		t.Fatalf("b alone above a's nonce: got %+v, want refused (nonce too high)", b.Relays)
	}
	var landed *Outcome
	for i := 0; i < 4 && landed == nil; i++ {
		h, err := w.node.CommitBlock(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		outs, err := ex.OnHead(ctx, h)
		if err != nil {
			t.Fatal(err)
		}
		for j := range outs {
			if outs[j].ID == "b" && outs[j].Status == StatusLanded {
				landed = &outs[j]
			}
		}
	}
	if landed == nil {
		t.Fatal("b never landed")
	}
	tx, _, err := w.node.Client().TransactionByHash(ctx, landed.TxHashes[0])
	if err != nil {
		t.Fatal(err)
	}
	if tx.Nonce() != chainNonce || landed.TxHashes[0] == b.TxHashes[0] {
		t.Errorf("b landed as %s with nonce %d; want re-signed (was %s) at the freed nonce %d", landed.TxHashes[0], tx.Nonce(), b.TxHashes[0], chainNonce)
	}
	if live := nonces.Live(); len(live) != 0 {
		t.Errorf("got leases %+v, want none", live)
	}
}

// TestBackrunGone: the user's private transaction lands without our
// backrun; the relay then answers "backrun not found", the backrun ends at
// once and the bundle queued behind its nonce moves down and lands.
func TestBackrunGone(t *testing.T) {
	ctx := context.Background()
	rw := newRelayWorld(t, false)
	head := rw.head(t)
	n := head.Number.Uint64()
	chainNonce, _ := rw.node.Client().NonceAt(ctx, rw.owner.Address, nil)
	_, hint := rw.private(t, n)
	br := rw.mintOpp("backrun", n, params.Ether/100)
	br.HintHash = hint
	br.Calls[0].Data = []byte{0xde, 0xad} // reverts: the relay never lands it
	if _, err := rw.ex.Submit(ctx, br, head); err != nil {
		t.Fatal(err)
	}
	b, err := rw.ex.Submit(ctx, rw.mintOpp("b", n, params.Ether/100), head)
	if err != nil {
		t.Fatal(err)
	}
	statuses := map[string]Status{}
	var bLanded *Outcome
	for i := 0; i < 4 && bLanded == nil; i++ {
		head, outs := rw.buildAndFollow(ctx, t)
		for j := range outs {
			statuses[outs[j].ID] = outs[j].Status
			if outs[j].ID == "backrun" && outs[j].Status == StatusExpired && head.Number.Uint64() >= br.MaxBlock {
				t.Errorf("backrun expired at its last block %d, want as soon as its target was gone", br.MaxBlock)
			}
			if outs[j].ID == "b" && outs[j].Status == StatusLanded {
				bLanded = &outs[j]
			}
		}
	}
	if statuses["backrun"] != StatusExpired || bLanded == nil {
		t.Fatalf("got %v, want the backrun expired and b landed", statuses)
	}
	tx, _, err := rw.node.Client().TransactionByHash(ctx, bLanded.TxHashes[0])
	if err != nil {
		t.Fatal(err)
	}
	if tx.Nonce() != chainNonce || bLanded.TxHashes[0] == b.TxHashes[0] {
		t.Errorf("b landed with nonce %d (re-signed: %v), want the backrun's freed nonce %d", tx.Nonce(), bLanded.TxHashes[0] != b.TxHashes[0], chainNonce)
	}
}
