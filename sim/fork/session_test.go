package fork

import (
	"bytes"
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/tracers"
	"github.com/keeperkit/keeperkit/sim/devnet"
)

func sameResult(a, b *TxResult) bool {
	if a.Status != b.Status || a.GasUsed != b.GasUsed || !bytes.Equal(a.ReturnData, b.ReturnData) || len(a.Logs) != len(b.Logs) {
		return false
	}
	for i := range a.Logs {
		if a.Logs[i].Address != b.Logs[i].Address || !bytes.Equal(a.Logs[i].Data, b.Logs[i].Data) {
			return false
		}
	}
	return a.CoinbasePayment.Cmp(b.CoinbasePayment) == 0
}

// TestSessionSnapshotsTryVariants applies a common prefix, snapshots, and
// tries two continuations; each equals the same bundle run from scratch,
// and no variant fetches anything once the state is warm.
func TestSessionSnapshotsTryVariants(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	c := devnet.StartT(t)
	w := buildWorld(t, ctx, c)
	f := must(New(ctx, c.RPC(), WithBlock(must(c.Client().BlockNumber(ctx)))))
	txs := w.blockTxs(t, ctx, w.nonces(t, ctx), devnet.DefaultCoinbase)
	full := must(f.SimulateBundle(ctx, txs))
	variantB := must(f.SimulateBundle(ctx, []*types.Transaction{txs[0], txs[1], txs[4]}))

	rt := f.Stats().RoundTrips
	s := f.NewSession()
	for _, tx := range txs[:2] {
		if _, err := s.Apply(ctx, tx); err != nil {
			t.Fatal(err)
		}
	}
	snap := s.Snapshot()
	for round := 0; round < 2; round++ {
		for i, tx := range txs[2:4] {
			r := must(s.Apply(ctx, tx))
			if !sameResult(r, &full.Txs[2+i]) {
				t.Fatalf("round %d variant A tx %d: got status %d gas %d, want status %d gas %d", round, 2+i, r.Status, r.GasUsed, full.Txs[2+i].Status, full.Txs[2+i].GasUsed)
			}
		}
		s.Revert(snap)
		r := must(s.Apply(ctx, txs[4]))
		if !sameResult(r, &variantB.Txs[2]) {
			t.Fatalf("round %d variant B: got status %d gas %d, want status %d gas %d", round, r.Status, r.GasUsed, variantB.Txs[2].Status, variantB.Txs[2].GasUsed)
		}
		s.Revert(snap)
	}
	if got := f.Stats().RoundTrips - rt; got != 0 {
		t.Fatalf("variants on a warm fork: got %d round trips, want 0", got)
	}
	// A nonce already used in the session makes the replay invalid, not an error.
	r := must(s.Apply(ctx, txs[0]))
	if r.Invalid == nil {
		t.Fatal("replayed tx: got valid, want invalid (nonce too low)")
	}
}

// TestCallTraceEqualsNodes compares the optional call trace with the
// node's own callTracer for the same transactions.
func TestCallTraceEqualsNodes(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	c := devnet.StartT(t)
	w := buildWorld(t, ctx, c)
	f := must(New(ctx, c.RPC(), WithBlock(must(c.Client().BlockNumber(ctx)))))
	txs := w.blockTxs(t, ctx, w.nonces(t, ctx), devnet.DefaultCoinbase)
	h := must(c.CommitBlock(ctx, txs))
	res := must(f.SimulateBundle(ctx, txs, AtBlock(BlockOf(f.ChainConfig(), h)), WithCallTrace()))
	tracer := "callTracer"
	api := tracers.NewAPI(c.Eth().APIBackend)
	for i, tx := range txs {
		want := must(api.TraceTransaction(ctx, tx.Hash(), &tracers.TraceConfig{Tracer: &tracer, TracerConfig: json.RawMessage(`{"withLog":true}`)}))
		wantJSON := must(json.Marshal(want))
		var g, w2 any
		if err := json.Unmarshal(res.Txs[i].Trace, &g); err != nil {
			t.Fatalf("tx %d trace: %v (%s)", i, err, res.Txs[i].Trace)
		}
		if err := json.Unmarshal(wantJSON, &w2); err != nil {
			t.Fatal(err)
		}
		gotJSON, _ := json.Marshal(g)
		wantNorm, _ := json.Marshal(w2)
		if !bytes.Equal(gotJSON, wantNorm) {
			t.Errorf("tx %d trace:\n got %s\nwant %s", i, gotJSON, wantNorm)
		}
	}
}

// TestBundleMatchesAnvilFork runs the same block on anvil forking the
// devnet at N (anvil --fork-url <devnet> --fork-block-number N) and on our
// fork of the devnet at N, in anvil's block context and under anvil's rules.
func TestBundleMatchesAnvilFork(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	dev := devnet.StartT(t)
	w := buildWorld(t, ctx, dev)
	n := must(dev.Client().BlockNumber(ctx))
	av := devnet.StartAnvilT(t, devnet.AnvilConfig{ChainID: dev.ChainID().Uint64(), ForkURL: dev.HTTPEndpoint(), ForkBlock: n})
	rules := defaultChainConfig(dev.ChainID().Uint64())
	f := must(New(ctx, dev.RPC(), WithBlock(n), WithChainConfig(rules)))
	txs := w.blockTxs(t, ctx, w.nonces(t, ctx), devnet.DefaultCoinbase)
	h, err := av.CommitBlock(ctx, txs)
	if err != nil {
		t.Fatal(err)
	}
	if h.Number.Uint64() != n+1 {
		t.Fatalf("anvil fork mined %d, want %d", h.Number, n+1)
	}
	res := must(f.SimulateBundle(ctx, txs, AtBlock(BlockOf(rules, h))))
	compareWithNode(t, ctx, av, txs, res)
}

// TestConcurrentSimulationsShareCache runs the same bundle from 8
// goroutines on one cold fork: every result equals a sequential run's, and
// the fetches are shared (far fewer round trips than 8 separate forks).
func TestConcurrentSimulationsShareCache(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	c := devnet.StartT(t)
	w := buildWorld(t, ctx, c)
	n := must(c.Client().BlockNumber(ctx))
	txs := w.blockTxs(t, ctx, w.nonces(t, ctx), devnet.DefaultCoinbase)
	solo := must(New(ctx, c.RPC(), WithBlock(n)))
	want := must(solo.SimulateBundle(ctx, txs))
	soloTrips := solo.Stats().RoundTrips

	f := must(New(ctx, c.RPC(), WithBlock(n)))
	const workers = 8
	results := make([]*BundleResult, workers)
	errs := make([]error, workers)
	done := make(chan int, workers)
	for i := 0; i < workers; i++ {
		go func(i int) {
			results[i], errs[i] = f.SimulateBundle(ctx, txs)
			done <- i
		}(i)
	}
	for i := 0; i < workers; i++ {
		<-done
	}
	for i := 0; i < workers; i++ {
		if errs[i] != nil {
			t.Fatalf("worker %d: %v", i, errs[i])
		}
		for j := range txs {
			if !sameResult(&results[i].Txs[j], &want.Txs[j]) {
				t.Fatalf("worker %d tx %d: got status %d gas %d, want status %d gas %d", i, j,
					results[i].Txs[j].Status, results[i].Txs[j].GasUsed, want.Txs[j].Status, want.Txs[j].GasUsed)
			}
		}
	}
	if got := f.Stats().RoundTrips; got >= workers*soloTrips/2 {
		t.Fatalf("8 concurrent simulations: got %d round trips, want well under 8 x %d", got, soloTrips)
	}
	t.Logf("one cold run: %d round trips; 8 concurrent: %d", soloTrips, f.Stats().RoundTrips)
}
