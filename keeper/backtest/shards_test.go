package backtest

import (
	"context"
	"reflect"
	"testing"

	"github.com/keeperkit/keeperkit/keeper/backtest/compete"
	"github.com/keeperkit/keeperkit/keeper/backtest/report"
	"github.com/keeperkit/keeperkit/sim/devnet"
)

// TestShardCutsEqualSerial cuts the demo timeline into two shards at every
// block and checks each merge equals the serial run. A shard's strategies
// start cold at its first block, so any strategy state that depends on how
// much history it saw (a clock that only logs moved, a cache filled by
// earlier events) shows up here as a different sizing. The liquidation
// strategy's interest clock once did: it advanced only on blocks with pool
// or feed logs.
func TestShardCutsEqualSerial(t *testing.T) {
	ctx := context.Background()
	sc, err := devnet.LoadScenario("../../configs/scenarios/demo.toml")
	if err != nil {
		t.Fatal(err)
	}
	sw, err := playWorld(ctx, devnet.StartT(t), sc, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	from, to := sw.from, sw.to
	if to < from+2 {
		t.Fatalf("demo timeline is blocks %d..%d: want at least 3 blocks to cut", from, to)
	}
	run := func(a, b uint64) *report.Result {
		t.Helper()
		cfg := sw.cfg("")
		cfg.From, cfg.To = a, b
		res, err := Run(ctx, cfg)
		if err != nil {
			t.Fatalf("backtest %d..%d: %v", a, b, err)
		}
		return res
	}
	serial := run(from, to)
	var landed int
	for _, tot := range serial.Summary.Totals {
		landed += tot.Landed
	}
	if landed == 0 {
		t.Fatalf("serial run %d..%d landed nothing: the comparison would prove nothing", from, to)
	}
	for cut := from + 1; cut <= to; cut++ {
		got, err := report.Merger{Match: compete.Match}.Merge(run(cut, to), run(from, cut-1))
		if err != nil {
			t.Fatalf("merge at cut %d: %v", cut, err)
		}
		if !reflect.DeepEqual(got, serial) {
			for i := range serial.Opportunities {
				if i < len(got.Opportunities) && got.Opportunities[i] != serial.Opportunities[i] {
					t.Logf("first different opportunity: got %+v, want %+v", got.Opportunities[i], serial.Opportunities[i])
					break
				}
			}
			t.Errorf("shards %d..%d + %d..%d merged: totals %+v, want the serial run's %+v", from, cut-1, cut, to, got.Summary.Totals, serial.Summary.Totals)
		}
	}
}
