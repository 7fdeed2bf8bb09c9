package compete

import (
	"context"
	"testing"
	"time"

	"github.com/keeperkit/keeperkit/sim/devnet"
)

// TestStressWorldSwaps: the stress world's timeline (oracle moves and the
// trader's swaps over 200 V2 pools, no keeper) played by World.Step; every
// block decoded over RPC gives no competitor, while the blocks carry many
// swaps of known pools.
func TestStressWorldSwaps(t *testing.T) {
	ctx := context.Background()
	sc, err := devnet.LoadScenario("../../../configs/scenarios/stress.toml")
	if err != nil {
		t.Fatal(err)
	}
	g := *sc.Generate
	g.Borrowers, g.Blocks = 50, 40
	sc.Generate = &g
	node := devnet.StartT(t, devnet.StressConfig())
	start := time.Now()
	w, err := devnet.Build(ctx, node, sc)
	if err != nil {
		t.Fatal(err)
	}
	built, err := node.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for !w.Done() {
		if _, _, err := w.Step(ctx); err != nil {
			t.Fatal(err)
		}
	}
	head, err := node.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	d, err := New(worldBook(w))
	if err != nil {
		t.Fatal(err)
	}
	swaps := 0
	for n := built + 1; n <= head; n++ {
		blk, err := Fetch(ctx, node.Client(), n)
		if err != nil {
			t.Fatal(err)
		}
		cs, err := d.Block(ctx, blk)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cs {
			t.Errorf("block %d: %s %s %q: the world has no keeper", n, c.Tx, c.Kind, c.Details)
		}
		for _, r := range blk.Receipts {
			for _, l := range r.Logs {
				kind := V2
				switch l.Topics[0] {
				case topicV2Swap:
				case topicV3Swap:
					kind = V3
				default:
					continue
				}
				if p, _ := d.pool(ctx, n, l.Address, kind); p == nil {
					t.Errorf("block %d: swap of %s, not a pool of the world", n, l.Address)
				}
				swaps++
			}
		}
	}
	if swaps < int(head-built) {
		t.Errorf("%d swaps in %d timeline blocks: the negative case is not exercised", swaps, head-built)
	}
	t.Logf("%d timeline blocks, %d swaps, no competitor (%.1fs)", head-built, swaps, time.Since(start).Seconds())
}
