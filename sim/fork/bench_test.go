package fork

import (
	"context"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/triedb"
	"github.com/keeperkit/keeperkit/sim/devnet"
)

// BenchmarkSimulateBundle runs one bundle (a token transfer, an ether
// transfer, and a Uniswap V2 swap: transfer in, then swap) at the devnet's
// head four ways:
//
//	impl=keeperkit       this package, cache warm (the steady state; the
//	                     other three are its baselines in `make bench`)
//	impl=keeperkit-cold  a new Fork per op: header, PrefetchBundle, simulate
//	impl=local           go-ethereum's StateDB over a fully local in-memory
//	                     trie holding the same state, one EVM reused
//	impl=anvil-fork      eth_simulateV1 on anvil forking the devnet at the
//	                     same block, over loopback (anvil's cache warm)
//
// rpc/op is JSON-RPC round trips per simulation; for cold, naive-rpc/op is
// what one request per account field and slot would have cost.
func BenchmarkSimulateBundle(b *testing.B) {
	ctx := context.Background()
	dev := devnet.StartT(b)
	w := buildWorld(b, ctx, dev)
	n := must(dev.Client().BlockNumber(ctx))
	cfg := defaultChainConfig(dev.ChainID().Uint64())
	bundle := w.blockTxs(b, ctx, w.nonces(b, ctx), devnet.DefaultCoinbase)[:4]
	check := func(b *testing.B, res *BundleResult, err error) {
		if err != nil {
			b.Fatal(err)
		}
		if !res.Ok() {
			b.Fatalf("bundle failed: %+v", res.Txs)
		}
	}
	newFork := func(b *testing.B) *Fork {
		return must(New(ctx, dev.RPC(), WithBlock(n), WithChainID(dev.ChainID().Uint64()), WithChainConfig(cfg)))
	}

	b.Run("impl=keeperkit", func(b *testing.B) {
		f := newFork(b)
		res, err := f.SimulateBundle(ctx, bundle)
		check(b, res, err)
		rt := f.Stats().RoundTrips
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			res, err := f.SimulateBundle(ctx, bundle)
			check(b, res, err)
		}
		b.ReportMetric(float64(f.Stats().RoundTrips-rt)/float64(b.N), "rpc/op")
	})

	b.Run("impl=keeperkit-cold", func(b *testing.B) {
		// One lazy run without prefetch: one request per account field and slot.
		lazy := newFork(b)
		req0 := lazy.Stats().Requests
		res, err := lazy.SimulateBundle(ctx, bundle)
		check(b, res, err)
		naive := lazy.Stats().Requests - req0
		b.ReportAllocs()
		b.ResetTimer()
		var rts uint64
		for i := 0; i < b.N; i++ {
			f := newFork(b)
			if err := f.PrefetchBundle(ctx, bundle); err != nil {
				b.Fatal(err)
			}
			res, err := f.SimulateBundle(ctx, bundle)
			check(b, res, err)
			rts += f.Stats().RoundTrips
		}
		b.ReportMetric(float64(rts)/float64(b.N), "rpc/op")
		b.ReportMetric(float64(naive), "naive-rpc/op")
	})

	b.Run("impl=local", func(b *testing.B) {
		f := newFork(b)
		res, err := f.SimulateBundle(ctx, bundle)
		check(b, res, err)
		db, root := localState(b, f)
		blk := f.Next()
		s := f.NewSession() // for its block context and rules only
		sdb := must(state.New(root, db))
		evm := vm.NewEVM(s.blockContext(), sdb, cfg, vm.Config{})
		signer := types.MakeSigner(cfg, new(big.Int).SetUint64(blk.Number), blk.Time)
		run := func() {
			sdb := must(state.New(root, db))
			evm.StateDB = sdb
			gp := core.NewGasPool(blk.GasLimit)
			for i, tx := range bundle {
				msg := must(core.TransactionToMessage(tx, signer, blk.BaseFee))
				sdb.SetTxContext(tx.Hash(), i, uint32(i+1))
				r, err := core.ApplyMessage(evm, msg, gp)
				if err != nil || r.Failed() {
					b.Fatalf("local tx %d: %v %v", i, err, r)
				}
				sdb.Finalise(s.rules)
			}
		}
		run()
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			run()
		}
		b.ReportMetric(0, "rpc/op")
	})

	b.Run("impl=anvil-fork", func(b *testing.B) {
		av := devnet.StartAnvilT(b, devnet.AnvilConfig{ChainID: dev.ChainID().Uint64(), ForkURL: dev.HTTPEndpoint(), ForkBlock: n})
		signer := types.LatestSignerForChainID(dev.ChainID())
		calls := make([]map[string]any, len(bundle))
		for i, tx := range bundle {
			from := must(types.Sender(signer, tx))
			c := map[string]any{"from": from, "input": hexutil.Bytes(tx.Data()), "gas": hexutil.Uint64(tx.Gas()),
				"value": (*hexutil.Big)(tx.Value()), "nonce": hexutil.Uint64(tx.Nonce()),
				"maxFeePerGas": (*hexutil.Big)(tx.GasFeeCap()), "maxPriorityFeePerGas": (*hexutil.Big)(tx.GasTipCap())}
			if tx.To() != nil {
				c["to"] = *tx.To()
			}
			calls[i] = c
		}
		req := map[string]any{"blockStateCalls": []any{map[string]any{"calls": calls}}, "validation": true}
		simulate := func() error {
			var out []struct {
				Calls []struct {
					Status  hexutil.Uint64 `json:"status"`
					GasUsed hexutil.Uint64 `json:"gasUsed"`
				} `json:"calls"`
			}
			if err := av.RPC().CallContext(ctx, &out, "eth_simulateV1", req, "latest"); err != nil {
				return err
			}
			if len(out) != 1 || len(out[0].Calls) != len(bundle) {
				return fmt.Errorf("eth_simulateV1: got %d blocks", len(out))
			}
			for i, c := range out[0].Calls {
				if c.Status != 1 {
					return fmt.Errorf("eth_simulateV1: call %d failed", i)
				}
			}
			return nil
		}
		if err := simulate(); err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			if err := simulate(); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(1, "rpc/op")
	})
}

// localState copies everything f cached into a go-ethereum state database
// in memory and commits it: the same state, fully local.
func localState(b *testing.B, f *Fork) (state.Database, common.Hash) {
	b.Helper()
	mem := rawdb.NewMemoryDatabase()
	db := state.NewDatabase(triedb.NewDatabase(mem, nil), state.NewCodeDB(mem))
	sdb := must(state.New(types.EmptyRootHash, db))
	f.st.accounts.each(func(a common.Address, acct account) {
		if !acct.exists {
			return
		}
		sdb.SetBalance(a, &acct.balance, tracing.BalanceChangeUnspecified)
		sdb.SetNonce(a, acct.nonce, tracing.NonceChangeUnspecified)
		if code, ok := f.sh.codes.get(acct.codeHash); ok {
			sdb.SetCode(a, code, tracing.CodeChangeUnspecified)
		}
	})
	f.st.slots.each(func(k slotKey, v common.Hash) { sdb.SetState(k.addr, k.slot, v) })
	s := f.NewSession()
	root := must(sdb.Commit(s.rules, f.Number()))
	return db, root
}
