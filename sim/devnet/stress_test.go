package devnet

import (
	"context"
	"os"
	"testing"
	"time"
)

// TestStressBuild builds configs/scenarios/stress.toml and plays its 500
// blocks; it takes minutes, so it runs only with KEEPERKIT_STRESS=1.
func TestStressBuild(t *testing.T) {
	if os.Getenv("KEEPERKIT_STRESS") == "" {
		t.Skip("set KEEPERKIT_STRESS=1 to build the 10,000-borrower stress world")
	}
	sc, err := LoadScenario("../../configs/scenarios/stress.toml")
	if err != nil {
		t.Fatal(err)
	}
	c := StartT(t, StressConfig())
	ctx := context.Background()
	start := time.Now()
	w, err := Build(ctx, c, sc)
	if err != nil {
		t.Fatal(err)
	}
	built := time.Since(start)
	if len(w.Borrower) != 10_000 || len(w.V2.Pairs) != 200 {
		t.Fatalf("world: %d borrowers, %d pairs", len(w.Borrower), len(w.V2.Pairs))
	}
	start = time.Now()
	steps := 0
	for !w.Done() {
		if _, _, err := w.Step(ctx); err != nil {
			t.Fatalf("step %d: %v", steps, err)
		}
		steps++
	}
	t.Logf("stress world: built in %s (%d blocks), timeline of %d blocks played in %s", built.Round(time.Millisecond), w.BuildBlocks, steps, time.Since(start).Round(time.Millisecond))
}
