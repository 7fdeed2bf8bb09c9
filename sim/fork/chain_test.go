package fork

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/keeperkit/keeperkit/sim/devnet"
)

// compareWithNode checks each simulated transaction against the node's
// receipt and the node's own callTracer output: status, gas used, logs,
// return data and created address must be equal.
func compareWithNode(t *testing.T, ctx context.Context, c devnet.Chain, txs []*types.Transaction, res *BundleResult) {
	t.Helper()
	if len(res.Txs) != len(txs) {
		t.Fatalf("got %d results, want %d", len(res.Txs), len(txs))
	}
	for i, tx := range txs {
		got := &res.Txs[i]
		if got.Invalid != nil {
			t.Errorf("tx %d: invalid: %v", i, got.Invalid)
			continue
		}
		rcpt, err := c.Client().TransactionReceipt(ctx, tx.Hash())
		if err != nil {
			t.Fatalf("tx %d receipt: %v", i, err)
		}
		if got.Status != rcpt.Status {
			t.Errorf("tx %d status: got %d, want %d (err %v)", i, got.Status, rcpt.Status, got.Err)
		}
		if got.GasUsed != rcpt.GasUsed {
			t.Errorf("tx %d gas used: got %d, want %d", i, got.GasUsed, rcpt.GasUsed)
		}
		if got.ContractAddress != rcpt.ContractAddress {
			t.Errorf("tx %d contract address: got %s, want %s", i, got.ContractAddress, rcpt.ContractAddress)
		}
		if len(got.Logs) != len(rcpt.Logs) {
			t.Errorf("tx %d logs: got %d, want %d", i, len(got.Logs), len(rcpt.Logs))
		} else {
			for j, l := range rcpt.Logs {
				g := got.Logs[j]
				if g.Address != l.Address || !bytes.Equal(g.Data, l.Data) || len(g.Topics) != len(l.Topics) {
					t.Errorf("tx %d log %d: got %s %x %v, want %s %x %v", i, j, g.Address, g.Data, g.Topics, l.Address, l.Data, l.Topics)
					continue
				}
				for k := range l.Topics {
					if g.Topics[k] != l.Topics[k] {
						t.Errorf("tx %d log %d topic %d: got %s, want %s", i, j, k, g.Topics[k], l.Topics[k])
					}
				}
			}
		}
		out, err := nodeOutput(ctx, c, tx.Hash())
		if err != nil {
			t.Fatalf("tx %d: %v", i, err)
		}
		if !bytes.Equal(got.ReturnData, out) && !(rcpt.Status == types.ReceiptStatusFailed && len(got.ReturnData) == 0 && len(out) == 0) {
			t.Errorf("tx %d return data: got %x, want %x", i, got.ReturnData, out)
		}
	}
}

func balanceAt(t *testing.T, ctx context.Context, c devnet.Chain, a common.Address, n uint64) *big.Int {
	t.Helper()
	return must(c.Client().BalanceAt(ctx, a, new(big.Int).SetUint64(n)))
}

// TestBundleMatchesNode runs a block's transactions on a fork at the parent
// block, in the block's own context, and checks every result against what
// the node (embedded geth, then anvil) recorded when it mined them.
func TestBundleMatchesNode(t *testing.T) {
	for _, c := range devnet.Chains(t) {
		t.Run(c.Name(), func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
			defer cancel()
			w := buildWorld(t, ctx, c)
			head := must(c.Client().HeaderByNumber(ctx, nil))
			n := head.Number.Uint64()
			f, err := New(ctx, c.RPC(), WithBlock(n), WithChainConfig(chainConfigFor(c)))
			if err != nil {
				t.Fatal(err)
			}
			f.RegisterABI(&w.tok)
			txs := w.blockTxs(t, ctx, w.nonces(t, ctx), devnet.DefaultCoinbase)
			h1, err := c.CommitBlock(ctx, txs)
			if err != nil {
				t.Fatal(err)
			}
			watch := []common.Address{w.accts[1].Address, w.accts[2].Address, w.accts[3].Address}
			res, err := f.SimulateBundle(ctx, txs, AtBlock(BlockOf(f.ChainConfig(), h1)), Watch(watch...))
			if err != nil {
				t.Fatal(err)
			}
			compareWithNode(t, ctx, c, txs, res)

			var re *RevertError
			if !errors.As(res.Txs[4].Err, &re) || re.Reason != "InsufficientBalance(1000000000000000000012345, 1000000000000000000000000000)" {
				t.Errorf("tx 4: got %v, want InsufficientBalance revert", res.Txs[4].Err)
			}
			if res.Txs[5].Status != types.ReceiptStatusFailed || res.Txs[5].Err == nil {
				t.Errorf("tx 5: got status %d err %v, want out of gas", res.Txs[5].Status, res.Txs[5].Err)
			}
			h1n := h1.Number.Uint64()
			cb := h1.Coinbase
			wantCB := new(big.Int).Sub(balanceAt(t, ctx, c, cb, h1n), balanceAt(t, ctx, c, cb, n))
			if res.CoinbasePayment.Cmp(wantCB) != 0 {
				t.Errorf("coinbase payment: got %s, want %s", res.CoinbasePayment, wantCB)
			}
			direct := new(big.Int).Sub(res.CoinbasePayment, res.GasFees)
			if want := big.NewInt(1e16); direct.Cmp(want) != 0 {
				t.Errorf("direct coinbase payment: got %s, want %s", direct, want)
			}
			for _, a := range watch {
				want := new(big.Int).Sub(balanceAt(t, ctx, c, a, h1n), balanceAt(t, ctx, c, a, n))
				if got := res.BalanceDeltas[a]; got == nil || got.Cmp(want) != 0 {
					t.Errorf("balance delta of %s: got %v, want %s", a, got, want)
				}
			}
			for _, tok := range []common.Address{w.tokA, w.tokB} {
				for _, a := range watch {
					bal := func(at uint64) *big.Int {
						out := must(c.Client().CallContract(ctx, callMsg(a, tok, must(w.tok.Pack("balanceOf", a))), new(big.Int).SetUint64(at)))
						return new(big.Int).SetBytes(out)
					}
					want := new(big.Int).Sub(bal(h1n), bal(n))
					got := res.TokenDeltas[tok][a]
					if got == nil {
						got = new(big.Int)
					}
					if got.Cmp(want) != 0 {
						t.Errorf("token %s delta of %s: got %s, want %s", tok, a, got, want)
					}
				}
			}
			if s := f.Stats(); s.Misses == 0 || s.RoundTrips == 0 {
				t.Errorf("stats: got %+v, want misses and round trips", s)
			}
		})
	}
}

// TestCallMatchesEthCall compares Call with the node's eth_call at the same
// block (in that block's own context, as eth_call runs).
func TestCallMatchesEthCall(t *testing.T) {
	for _, c := range devnet.Chains(t) {
		t.Run(c.Name(), func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
			defer cancel()
			w := buildWorld(t, ctx, c)
			head := must(c.Client().HeaderByNumber(ctx, nil))
			f, err := New(ctx, c.RPC(), WithBlock(head.Number.Uint64()), WithChainConfig(chainConfigFor(c)))
			if err != nil {
				t.Fatal(err)
			}
			a1 := w.accts[1].Address
			calls := []struct {
				name string
				msg  ethereumCallMsg
			}{
				{"balanceOf", callMsg(a1, w.tokA, must(w.tok.Pack("balanceOf", a1)))},
				{"getReserves", callMsg(a1, w.pair, must(w.pairABI.Pack("getReserves")))},
				{"name", callMsg(a1, w.tokB, must(w.tok.Pack("name")))},
				{"transfer", callMsg(a1, w.tokA, must(w.tok.Pack("transfer", w.accts[4].Address, big.NewInt(5))))},
				{"reverting transfer", callMsg(w.accts[5].Address, w.tokA, must(w.tok.Pack("transfer", a1, big.NewInt(5))))},
			}
			for _, tc := range calls {
				t.Run(tc.name, func(t *testing.T) {
					want, werr := c.Client().CallContract(ctx, tc.msg, head.Number)
					got, err := f.Call(ctx, CallMsg{From: tc.msg.From, To: tc.msg.To, Data: tc.msg.Data}, AtBlock(BlockOf(f.ChainConfig(), head)))
					if err != nil {
						t.Fatal(err)
					}
					if werr != nil {
						var de interface{ ErrorData() any }
						if !errors.As(werr, &de) {
							t.Fatalf("node error %v has no data", werr)
						}
						var re *RevertError
						if !errors.As(got.Err, &re) {
							t.Fatalf("got %v, want a revert like the node's %v", got.Err, werr)
						}
						if s, _ := de.ErrorData().(string); s != hexEncode(re.Data) {
							t.Fatalf("revert data: got %x, want %v", re.Data, de.ErrorData())
						}
						return
					}
					if got.Err != nil || !bytes.Equal(got.ReturnData, want) {
						t.Fatalf("got %x (err %v), want %x", got.ReturnData, got.Err, want)
					}
				})
			}
		})
	}
}

// TestColdRoundTrips counts the round trips of a cold bundle with
// PrefetchBundle against one request per account field and slot.
func TestColdRoundTrips(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	c := devnet.StartT(t)
	w := buildWorld(t, ctx, c)
	n := must(c.Client().BlockNumber(ctx))
	txs := w.blockTxs(t, ctx, w.nonces(t, ctx), devnet.DefaultCoinbase)

	lazy := must(New(ctx, c.RPC(), WithBlock(n)))
	before := lazy.Stats()
	want := must(lazy.SimulateBundle(ctx, txs))
	naive := lazy.Stats().Requests - before.Requests // one request per account field and slot

	f := must(New(ctx, c.RPC(), WithBlock(n)))
	if err := f.PrefetchBundle(ctx, txs); err != nil {
		t.Fatal(err)
	}
	got := must(f.SimulateBundle(ctx, txs))
	for i := range txs {
		if !sameResult(&got.Txs[i], &want.Txs[i]) {
			t.Fatalf("tx %d differs after prefetch", i)
		}
	}
	trips := f.Stats().RoundTrips // including New's header read
	t.Logf("cold: %d round trips; one request per key: %d", trips, naive)
	if trips*3 > naive {
		t.Fatalf("cold: got %d round trips, want at most a third of %d", trips, naive)
	}
}
