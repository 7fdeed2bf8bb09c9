package fork

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/keeperkit/keeperkit/sim/devnet"
)

// TestAdvanceFromKeepsCacheCorrect warms a fork at N, lands a block,
// replays it on a block session and advances from the session's
// post-state: every cached entry must equal the node's at N+1, and the
// advanced fork must simulate the next block as the node does. A session
// that did not apply exactly the block's transactions is refused.
func TestAdvanceFromKeepsCacheCorrect(t *testing.T) {
	for _, c := range devnet.Chains(t) {
		t.Run(c.Name(), func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
			defer cancel()
			w := buildWorld(t, ctx, c)
			n := must(c.Client().BlockNumber(ctx))
			f, err := New(ctx, c.RPC(), WithBlock(n), WithChainConfig(chainConfigFor(c)))
			if err != nil {
				t.Fatal(err)
			}
			warm := w.blockTxs(t, ctx, w.nonces(t, ctx), devnet.DefaultCoinbase)
			if _, err := f.SimulateBundle(ctx, warm); err != nil {
				t.Fatal(err)
			}
			landed, rest := warm[:4], warm[4:]
			h, err := c.CommitBlock(ctx, landed)
			if err != nil {
				t.Fatal(err)
			}
			tests := []struct {
				name  string
				apply int // how many of landed the session applies
				ok    bool
			}{
				{"one tx short", len(landed) - 1, false},
				{"whole block", len(landed), true},
			}
			for _, tc := range tests {
				s := f.NewBlockSession(BlockOf(f.ChainConfig(), h))
				for i, tx := range landed[:tc.apply] {
					r, err := s.Apply(ctx, tx)
					if err != nil || r.Invalid != nil {
						t.Fatalf("%s: tx %d: %v %v", tc.name, i, err, r.Invalid)
					}
				}
				g, err := f.AdvanceFrom(ctx, n+1, s)
				if !tc.ok {
					if !errors.Is(err, ErrBadAdvance) {
						t.Errorf("%s: got error %v, want ErrBadAdvance", tc.name, err)
					}
					continue
				}
				if err != nil {
					t.Fatalf("%s: %v", tc.name, err)
				}
				if g.Number() != n+1 || g.Hash() != h.Hash() {
					t.Fatalf("got block %d %s, want %d %s", g.Number(), g.Hash(), n+1, h.Hash())
				}
				accts, slots := checkCacheAgainstNode(t, ctx, c, g)
				if accts == 0 || slots == 0 {
					t.Errorf("got %d accounts %d slots cached, want some of each", accts, slots)
				}
				next, err := c.CommitBlock(ctx, rest)
				if err != nil {
					t.Fatal(err)
				}
				res, err := g.SimulateBundle(ctx, rest, AtBlock(BlockOf(g.ChainConfig(), next)))
				if err != nil {
					t.Fatal(err)
				}
				compareWithNode(t, ctx, c, rest, res)
			}
		})
	}
}
