package devnet

import (
	"context"
	"testing"
	"time"
)

func TestDemoBuildQuick(t *testing.T) {
	sc, err := LoadScenario("../../configs/scenarios/demo.toml")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range Chains(t) {
		start := time.Now()
		w, err := Build(context.Background(), c, sc)
		if err != nil {
			t.Fatalf("%s: %v", c.Name(), err)
		}
		t.Logf("%s: built in %s, %d blocks; pool %s", c.Name(), time.Since(start), w.BuildBlocks, w.Aave.Pool)
		for !w.Done() {
			if _, _, err := w.Step(context.Background()); err != nil {
				t.Fatalf("%s step: %v", c.Name(), err)
			}
		}
	}
}
