package relay

import (
	"fmt"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/keeperkit/keeperkit/bundles"
)

// TestForkFollowsHead: the relay's fork of a new head is advanced from the
// previous one (what earlier bundles read stays cached), and after a reorg
// it is a fork of the new branch, not of the cached block's.
func TestForkFollowsHead(t *testing.T) {
	e := start(t)
	from := e.chain.Accounts()[1]
	// transfer simulates a transfer at the sender's nonce on the chain's
	// head: valid only on a fork of the head's branch.
	transfer := func(n uint64) {
		t.Helper()
		f, err := e.relay.forkAt(e.ctx, n)
		if err != nil {
			t.Fatal(err)
		}
		if f.Number() != n {
			t.Fatalf("fork at %d: got block %d", n, f.Number())
		}
		res, err := f.SimulateBundle(e.ctx, []*types.Transaction{e.transfer(from, e.nonce(from.Address), 1)})
		if err != nil {
			t.Fatal(err)
		}
		if tx := res.Txs[0]; tx.Invalid != nil || tx.Status != 1 {
			t.Fatalf("transfer at block %d: invalid %v, status %d, want it valid", n, tx.Invalid, tx.Status)
		}
	}
	n := e.head()
	transfer(n)
	before := e.relay.fork.Stats()
	// A block that wrote nothing the bundle read: the next fork keeps it.
	if _, err := e.chain.CommitBlock(e.ctx, nil); err != nil {
		t.Fatal(err)
	}
	transfer(n + 1)
	// (The block's coinbase is read again: its balance moved.)
	if after := e.relay.fork.Stats(); after.Kept == before.Kept || after.Misses-before.Misses >= before.Misses {
		t.Fatalf("fork of block %d: kept %d → %d entries, misses %d → %d: want entries carried over and fewer reads",
			n+1, before.Kept, after.Kept, before.Misses, after.Misses)
	}
	// A reorg replaces block n+1 by one where the sender spends its nonce;
	// a fork of the block after it carried over from the old n+1 would
	// still have the old nonce, and the transfer at the new one invalid.
	if _, err := e.chain.Reorg(e.ctx, n, []*types.Transaction{e.transfer(from, e.nonce(from.Address), 1)}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.chain.CommitBlock(e.ctx, nil); err != nil {
		t.Fatal(err)
	}
	transfer(n + 2)
}

// TestArrivalSimulationOff: without simulation on arrival a bundle that
// reverts is accepted (a hash, as production relays answer), then left
// out when the block is built, with the reason; with it (the default) the
// same bundle is refused at once.
func TestArrivalSimulationOff(t *testing.T) {
	for _, on := range []bool{true, false} {
		t.Run(fmt.Sprintf("on=%v", on), func(t *testing.T) {
			e := start(t, WithArrivalSimulation(on))
			a := e.chain.Accounts()[1]
			rev := e.reverting(a, e.nonce(a.Address))
			res, err := e.c.SendBundle(e.ctx, &bundles.Bundle{Txs: raw(t, rev), BlockNumber: hexutil.Uint64(e.head() + 1)})
			if on {
				if err == nil || !strings.Contains(err.Error(), "bundle reverts") {
					t.Fatalf("simulating on arrival: got %v, want the revert refused", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("not simulating on arrival: got %v, want the bundle accepted", err)
			}
			built, err := e.relay.BuildBlock(e.ctx)
			if err != nil {
				t.Fatal(err)
			}
			if why := built.Dropped[res.BundleHash]; !strings.Contains(why, "bundle reverts") || len(built.Landed) != 0 {
				t.Fatalf("built: landed %v, dropped %q, want the bundle dropped as reverting", built.Landed, why)
			}
		})
	}
}
