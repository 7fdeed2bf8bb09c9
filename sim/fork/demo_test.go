package fork

import (
	"context"
	"testing"
	"time"

	"github.com/keeperkit/keeperkit/sim/devnet"
)

// TestDemoScenarioMatchesNode builds the demo world (Uniswap V2 and V3,
// Aave V3, price feeds) on the devnet and, for every block of its
// timeline, simulates the block's transactions on a fork of the parent
// block (advanced block by block, so invalidation is exercised on real
// protocols) and checks them against the node's receipts and traces.
func TestDemoScenarioMatchesNode(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	sc, err := devnet.LoadScenario("../../configs/scenarios/demo.toml")
	if err != nil {
		t.Fatal(err)
	}
	c := devnet.StartT(t)
	w, err := devnet.Build(ctx, c, sc)
	if err != nil {
		t.Fatal(err)
	}
	f, err := New(ctx, c.RPC(), WithBlock(must(c.Client().BlockNumber(ctx))))
	if err != nil {
		t.Fatal(err)
	}
	blocks, txs := 0, 0
	for {
		h, ok, err := w.Step(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			break
		}
		block := must(c.Client().BlockByHash(ctx, h.Hash()))
		if f.Number()+1 != h.Number.Uint64() {
			t.Fatalf("fork at %d, block %d", f.Number(), h.Number)
		}
		res, err := f.SimulateBundle(ctx, block.Transactions(), AtBlock(BlockOf(f.ChainConfig(), h)))
		if err != nil {
			t.Fatal(err)
		}
		compareWithNode(t, ctx, c, block.Transactions(), res)
		blocks++
		txs += len(block.Transactions())
		if f, err = f.Advance(ctx, h.Number.Uint64()); err != nil {
			t.Fatal(err)
		}
	}
	if txs == 0 {
		t.Fatal("the demo timeline produced no transactions")
	}
	s := f.Stats()
	t.Logf("%d blocks, %d txs: %d round trips, %d requests, %d hits, %d misses, kept %d, invalidated %d",
		blocks, txs, s.RoundTrips, s.Requests, s.Hits, s.Misses, s.Kept, s.Invalidated)
}
