package fork

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/keeperkit/keeperkit/sim/devnet"
)

// checkCacheAgainstNode asserts that every account and slot cached by f
// equals the node's value at f's block: a stale entry fails the test.
func checkCacheAgainstNode(t *testing.T, ctx context.Context, c devnet.Chain, f *Fork) (accounts, slots int) {
	t.Helper()
	at := new(big.Int).SetUint64(f.Number())
	cl := c.Client()
	f.st.accounts.each(func(a common.Address, acct account) {
		accounts++
		bal := must(cl.BalanceAt(ctx, a, at))
		nonce := must(cl.NonceAt(ctx, a, at))
		code := must(cl.CodeAt(ctx, a, at))
		codeHash := types.EmptyCodeHash
		if len(code) > 0 {
			codeHash = crypto.Keccak256Hash(code)
		}
		if acct.balance.ToBig().Cmp(bal) != 0 || acct.nonce != nonce || acct.codeHash != codeHash {
			t.Errorf("stale account %s at %d: cached %s/%d/%s, node %s/%d/%s", a, f.Number(),
				acct.balance.ToBig(), acct.nonce, acct.codeHash, bal, nonce, codeHash)
		}
	})
	f.st.slots.each(func(k slotKey, v common.Hash) {
		slots++
		got := common.BytesToHash(must(cl.StorageAt(ctx, k.addr, k.slot, at)))
		if got != v {
			t.Errorf("stale slot %s[%s] at %d: cached %s, node %s", k.addr, k.slot, f.Number(), v, got)
		}
	})
	return accounts, slots
}

// TestAdvanceKeepsCacheCorrect warms a fork at N with a bundle, lands a
// block that changes part of that state, advances, and checks every kept
// entry against the node, for each invalidation the node supports.
func TestAdvanceKeepsCacheCorrect(t *testing.T) {
	for _, c := range devnet.Chains(t) {
		modes := []struct {
			name string
			inv  Invalidation
		}{{"auto", InvalidateAuto}, {"trace", InvalidateTrace}, {"proof", InvalidateProof}, {"all", InvalidateAll}}
		ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
		defer cancel()
		w := buildWorld(t, ctx, c)
		for _, m := range modes {
			t.Run(c.Name()+"/"+m.name, func(t *testing.T) {
				n := must(c.Client().BlockNumber(ctx))
				f, err := New(ctx, c.RPC(), WithBlock(n), WithChainConfig(chainConfigFor(c)), WithInvalidation(m.inv))
				if err != nil {
					t.Fatal(err)
				}
				nonces := w.nonces(t, ctx)
				warm := w.blockTxs(t, ctx, append([]uint64{}, nonces...), devnet.DefaultCoinbase)
				if _, err := f.SimulateBundle(ctx, warm); err != nil {
					t.Fatal(err)
				}
				// Land part of it: a token transfer and the swap.
				landed, rest := warm[:4], warm[4:]
				if _, err := c.CommitBlock(ctx, landed); err != nil {
					t.Fatal(err)
				}
				before := f.Stats()
				g, err := f.Advance(ctx, n+1)
				if err != nil {
					t.Fatal(err)
				}
				if g.Number() != n+1 || g.Next().Number != n+2 {
					t.Fatalf("advanced to %d (next %d), want %d (next %d)", g.Number(), g.Next().Number, n+1, n+2)
				}
				after := g.Stats()
				kept, dropped := after.Kept-before.Kept, after.Invalidated-before.Invalidated
				accts, slots := checkCacheAgainstNode(t, ctx, c, g)
				t.Logf("%s: kept %d, invalidated %d, cached after refresh %d accounts %d slots, %d round trips",
					m.name, kept, dropped, accts, slots, after.RoundTrips-before.RoundTrips)
				if m.inv != InvalidateAll && (kept == 0 || dropped == 0) {
					t.Errorf("kept %d, invalidated %d: want some of each", kept, dropped)
				}
				if m.inv == InvalidateAll && kept != 0 {
					t.Errorf("kept %d, want 0", kept)
				}
				// The advanced fork simulates the rest of the block as the node does.
				h, err := c.CommitBlock(ctx, rest)
				if err != nil {
					t.Fatal(err)
				}
				res, err := g.SimulateBundle(ctx, rest, AtBlock(BlockOf(g.ChainConfig(), h)))
				if err != nil {
					t.Fatal(err)
				}
				compareWithNode(t, ctx, c, rest, res)
			})
		}
	}
}

// TestAdvanceTakesWrittenSlotsFromTheTrace: with trace invalidation, the
// slots a block wrote are in the advanced fork's cache with the node's
// values straight from the trace's post state, before any refetch (refresh
// off here), and accounts whose only change was storage keep their entry.
func TestAdvanceTakesWrittenSlotsFromTheTrace(t *testing.T) {
	for _, c := range devnet.Chains(t) {
		t.Run(c.Name(), func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
			defer cancel()
			w := buildWorld(t, ctx, c)
			n := must(c.Client().BlockNumber(ctx))
			f, err := New(ctx, c.RPC(), WithBlock(n), WithChainConfig(chainConfigFor(c)), WithInvalidation(InvalidateTrace), WithRefresh(false))
			if err != nil {
				t.Fatal(err)
			}
			warm := w.blockTxs(t, ctx, w.nonces(t, ctx), devnet.DefaultCoinbase)
			if _, err := f.SimulateBundle(ctx, warm); err != nil {
				t.Fatal(err)
			}
			if _, err := c.CommitBlock(ctx, warm[:4]); err != nil {
				t.Fatal(err)
			}
			g, err := f.Advance(ctx, n+1)
			if err != nil {
				t.Fatal(err)
			}
			checkCacheAgainstNode(t, ctx, c, g)
			// What the block wrote, as the node traces it.
			var traces []txTrace
			cfg := map[string]any{"tracer": "prestateTracer", "tracerConfig": map[string]any{"diffMode": true}}
			if err := c.RPC().CallContext(ctx, &traces, "debug_traceBlockByNumber", hexutil.EncodeUint64(n+1), cfg); err != nil {
				t.Fatal(err)
			}
			written, storageOnly, fieldsOnly := 0, 0, 0
			for _, tr := range traces {
				for a, post := range tr.Result.Post {
					for s := range post.Storage {
						written++
						if _, ok := g.st.slots.get(slotKey{a, s}); !ok {
							t.Errorf("slot %s[%s] written by the block is not cached", a, s)
						}
					}
					if _, cached := f.st.accounts.get(a); cached && !post.fieldsChanged() && a != devnet.DefaultCoinbase {
						storageOnly++
						if _, ok := g.st.accounts.get(a); !ok {
							t.Errorf("account %s (storage changed only) was dropped", a)
						}
					}
					// A balance or nonce the trace gives is taken from it
					// (its value checked against the node above): the
					// senders, the coinbase its tips.
					if _, cached := f.st.accounts.get(a); cached && post.fieldsChanged() && len(post.Code) == 0 {
						fieldsOnly++
						if _, ok := g.st.accounts.get(a); !ok {
							t.Errorf("account %s (balance or nonce changed) was dropped, not taken from the trace", a)
						}
					}
				}
			}
			// The coinbase's tips come from the trace too (after the merge),
			// its value checked against the node above: a tracer that left
			// it out would fail there.
			hdr := g.Header()
			if _, cached := f.st.accounts.get(hdr.Coinbase); !cached {
				t.Fatalf("the coinbase %s was not read before the block: the test checks nothing of it", hdr.Coinbase)
			}
			if _, kept := g.st.accounts.get(hdr.Coinbase); hdr.Difficulty.Sign() == 0 && !kept {
				t.Errorf("the coinbase %s was dropped, not taken from the trace", hdr.Coinbase)
			}
			if written == 0 || storageOnly == 0 || fieldsOnly == 0 {
				t.Fatalf("the block wrote %d slots, %d cached storage-only accounts and %d cached accounts' balance or nonce: want some of each", written, storageOnly, fieldsOnly)
			}
		})
	}
}

// TestAdvanceRefusesAnotherBranch: a fork at a block that a reorg then
// replaced must not carry its cache onto the new branch; Advance says so,
// in every mode that keeps entries.
func TestAdvanceRefusesAnotherBranch(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	c := devnet.StartT(t)
	for _, m := range []struct {
		name string
		inv  Invalidation
	}{{"auto", InvalidateAuto}, {"trace", InvalidateTrace}, {"proof", InvalidateProof}} {
		t.Run(m.name, func(t *testing.T) {
			h, err := c.CommitBlock(ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			n := h.Number.Uint64()
			f, err := New(ctx, c.RPC(), WithBlock(n), WithInvalidation(m.inv), WithRefresh(false))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			// On its own branch it advances.
			if _, err := c.CommitBlock(ctx, nil); err != nil {
				t.Fatal(err)
			}
			if _, err := f.Advance(ctx, n+1); err != nil {
				t.Fatalf("advance on the fork's branch: %v", err)
			}
			// Block n replaced by one holding a transfer, then a child of
			// the new n.
			acc := c.Accounts()[0]
			nonce, err := c.Client().NonceAt(ctx, acc.Address, nil)
			if err != nil {
				t.Fatal(err)
			}
			to := common.Address{0xbe, 0xef}
			tx, err := devnet.Sign(c, acc, nonce, devnet.Call{To: &to, Value: big.NewInt(1), Gas: 21_000})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := c.Reorg(ctx, n-1, []*types.Transaction{tx}); err != nil {
				t.Fatal(err)
			}
			if _, err := c.CommitBlock(ctx, nil); err != nil {
				t.Fatal(err)
			}
			nh, err := c.Client().HeaderByNumber(ctx, new(big.Int).SetUint64(n))
			if err != nil {
				t.Fatal(err)
			}
			if nh.Hash() == f.Hash() {
				t.Fatalf("the reorg kept block %d (%s): the test needs a different block", n, nh.Hash())
			}
			_, err = f.Advance(ctx, n+1)
			if !errors.Is(err, ErrNotOnBranch) {
				t.Fatalf("advance across a reorg: got %v, want ErrNotOnBranch", err)
			}
		})
	}
}
