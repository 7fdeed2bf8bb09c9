package devnet

import (
	"context"
	"os"
	"testing"
)

// scaledStress is stress.toml with its [generate] section cut down to
// borrowers and blocks (V2 pools kept), so that the stress build path can be
// measured in the default benchmark run.
func scaledStress(b *testing.B, borrowers, blocks int) *Scenario {
	b.Helper()
	sc, err := LoadScenario("../../configs/scenarios/stress.toml")
	if err != nil {
		b.Fatal(err)
	}
	g := *sc.Generate
	g.Borrowers, g.Blocks = borrowers, blocks
	sc.Generate = &g
	return sc
}

// BenchmarkBuild measures Build on a fresh embedded devnet per iteration
// (node start-up outside the timer). The full stress world runs only with
// KEEPERKIT_STRESS=1 (minutes per iteration: use -benchtime=1x).
//
//	go test ./sim/devnet -run '^$' -bench 'Build' -benchtime=3x
//	KEEPERKIT_STRESS=1 go test ./sim/devnet -run '^$' -bench 'Build/scenario=stress$' -benchtime=1x -timeout 30m
func BenchmarkBuild(b *testing.B) {
	for _, bc := range []struct {
		name   string
		sc     func(*testing.B) *Scenario
		stress bool
	}{
		{"demo", func(b *testing.B) *Scenario { return demoScenario(b) }, false},
		{"stress-1k", func(b *testing.B) *Scenario { return scaledStress(b, 1_000, 0) }, false},
		{"stress", func(b *testing.B) *Scenario {
			sc, err := LoadScenario("../../configs/scenarios/stress.toml")
			if err != nil {
				b.Fatal(err)
			}
			return sc
		}, true},
	} {
		b.Run("scenario="+bc.name, func(b *testing.B) {
			if bc.stress && os.Getenv("KEEPERKIT_STRESS") == "" {
				b.Skip("set KEEPERKIT_STRESS=1 to build the 10,000-borrower stress world")
			}
			sc := bc.sc(b)
			b.ReportAllocs()
			blocks := 0
			for b.Loop() {
				b.StopTimer()
				c := StartT(b, StressConfig())
				b.StartTimer()
				w, err := Build(context.Background(), c, sc)
				if err != nil {
					b.Fatal(err)
				}
				blocks = w.BuildBlocks
				b.StopTimer()
				c.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(blocks), "blocks/build")
		})
	}
}

// BenchmarkStep measures one timeline block (price updates and a swap) of
// the generated stress timeline, on a world of 1,000 borrowers and 200
// pairs. Each iteration is one Step; the world is rebuilt when its
// timeline runs out.
func BenchmarkStep(b *testing.B) {
	sc := scaledStress(b, 1_000, 200)
	ctx := context.Background()
	build := func() *World {
		c := StartT(b, StressConfig())
		w, err := Build(ctx, c, sc)
		if err != nil {
			b.Fatal(err)
		}
		return w
	}
	w := build()
	b.ReportAllocs()
	for b.Loop() {
		if w.Done() {
			b.StopTimer()
			w.Chain.Close()
			w = build()
			b.StartTimer()
		}
		if _, _, err := w.Step(ctx); err != nil {
			b.Fatal(err)
		}
	}
}
