package forksim

import (
	"context"
	"math/big"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/keeperkit/keeperkit/sim/devnet"
	"github.com/keeperkit/keeperkit/sim/fork"
	"github.com/keeperkit/keeperkit/strategies"
)

// TestForgetFollowsReorg: a fork of block 3 holds the state of the branch
// it was made on; after a reorg replaces block 3, Forget makes the next
// simulation there see the new branch.
func TestForgetFollowsReorg(t *testing.T) {
	ctx := context.Background()
	node := devnet.StartT(t)
	from := node.Accounts()[0]
	fresh := common.HexToAddress("0xf00d")
	for range 2 {
		if _, err := node.CommitBlock(ctx, nil); err != nil {
			t.Fatal(err)
		}
	}
	// Block 3 pays fresh 1 ETH.
	tx, err := devnet.Sign(node, from, 0, devnet.Call{To: &fresh, Value: big.NewInt(1e18), Gas: 21_000})
	if err != nil {
		t.Fatal(err)
	}
	h, err := node.CommitBlock(ctx, []*types.Transaction{tx})
	if err != nil {
		t.Fatal(err)
	}
	n := h.Number.Uint64()
	s := New(node.RPC())
	defer s.Close()
	// fresh spends half of it at n: possible only where the payment is.
	spend := strategies.SimRequest{Block: n, From: fresh, Calls: []strategies.Call{{To: from.Address, Value: uint256.NewInt(5e17)}}}
	// Concurrent simulations at a new block share one fork.
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			res, err := s.Simulate(ctx, spend)
			if err != nil {
				t.Error(err)
				return
			}
			if res.Steps[0].Reverted {
				t.Errorf("before the reorg: reverted (%s), want the payment spendable", res.Steps[0].RevertReason)
			}
		})
	}
	wg.Wait()
	s.mu.Lock()
	forks := len(s.forks)
	s.mu.Unlock()
	if forks != 1 {
		t.Fatalf("forks: got %d, want 1", forks)
	}
	// A reorg replaces block n with an empty one.
	if _, err := node.Reorg(ctx, n-1, nil); err != nil {
		t.Fatal(err)
	}
	s.Forget(n)
	res, err := s.Simulate(ctx, spend)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Steps[0].Reverted || !strings.Contains(res.Steps[0].RevertReason, "insufficient funds") {
		t.Fatalf("after the reorg: got reverted=%v %q, want insufficient funds", res.Steps[0].Reverted, res.Steps[0].RevertReason)
	}
}

// TestPruneKeepsDiskCache: forks past forksKept are dropped, but the disk
// cache their lineage shares stays open for the newer ones: what the
// newest block's simulation fetched is on disk, for a simulator started
// later on the same directory.
func TestPruneKeepsDiskCache(t *testing.T) {
	ctx := context.Background()
	node := devnet.StartT(t)
	dir := t.TempDir()
	from := node.Accounts()[0]
	// A new payee at each block: its account is read from the node there
	// (and so written to disk).
	payee := func(n uint64) common.Address { return common.BigToAddress(new(big.Int).SetUint64(0xf00d00 + n)) }
	pay := func(s *Simulator, n uint64) {
		t.Helper()
		res, err := s.Simulate(ctx, strategies.SimRequest{Block: n, From: from.Address, Calls: []strategies.Call{{To: payee(n), Value: uint256.NewInt(1)}}})
		if err != nil {
			t.Fatalf("block %d: %v", n, err)
		}
		if res.Steps[0].Reverted {
			t.Fatalf("block %d: reverted: %s", n, res.Steps[0].RevertReason)
		}
	}
	s := New(node.RPC(), fork.WithDiskCache(dir))
	commit := func() uint64 {
		t.Helper()
		h, err := node.CommitBlock(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		return h.Number.Uint64()
	}
	var last uint64
	for range forksKept + 3 {
		last = commit()
		pay(s, last)
	}
	s.mu.Lock()
	kept := len(s.forks)
	s.mu.Unlock()
	if kept != forksKept {
		t.Fatalf("forks kept: got %d, want %d", kept, forksKept)
	}
	// After the pruning: code never read before goes to disk too (a
	// system contract's), then one more block.
	n := commit()
	call := strategies.Call{To: params.HistoryStorageAddress, Data: make([]byte, 32)}
	if _, err := s.Simulate(ctx, strategies.SimRequest{Block: n, From: from.Address, Calls: []strategies.Call{call}}); err != nil {
		t.Fatalf("block %d: %v", n, err)
	}
	last = commit()
	pay(s, last)
	s.Close()
	again := New(node.RPC(), fork.WithDiskCache(dir))
	defer again.Close()
	pay(again, last)
	if st := again.Stats(); st.DiskLoads == 0 {
		t.Fatalf("block %d again: nothing loaded from disk (%d read from the node)", last, st.Misses)
	}
}
