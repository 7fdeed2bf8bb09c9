package exec

import (
	"context"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
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
	built, err := rw.rl.BuildBlock(ctx)
	if err != nil || built.Header == nil {
		t.Fatalf("build: %v", err)
	}
	outs, err := rw.ex.OnHead(ctx, built.Header)
	if err != nil {
		t.Fatal(err)
	}
	landed := map[string]uint64{}
	for _, o := range outs {
		if o.Status == StatusLanded {
			landed[o.ID] = o.Block
		}
	}
	if landed["a"] != n+1 || landed["b"] != n+1 {
		t.Fatalf("got landed %v, want a and b in block %d", landed, n+1)
	}
	blk, err := rw.node.Client().BlockByNumber(ctx, built.Header.Number)
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
	c, err := rw.ex.Submit(ctx, rw.mintOpp("c", n+1, params.Ether/100), built.Header)
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
