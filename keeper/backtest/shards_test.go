package backtest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/keeperkit/keeperkit/abis/bindings/keeperexecutor"
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
	chain := devnet.StartT(t)
	sc, err := devnet.LoadScenario("../../configs/scenarios/demo.toml")
	if err != nil {
		t.Fatal(err)
	}
	w, err := devnet.Build(ctx, chain, sc)
	if err != nil {
		t.Fatal(err)
	}
	owner := chain.Accounts()[9]
	code := append(hexutil.MustDecode(keeperexecutor.KeeperExecutorMetaData.Bin), keeperexecutor.NewKeeperExecutor().PackConstructor(owner.Address)...)
	executor, _, err := devnet.Deploy(ctx, chain, owner, code)
	if err != nil {
		t.Fatal(err)
	}
	head, err := chain.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	from := head + 1
	for !w.Done() {
		if _, _, err := w.Step(ctx); err != nil {
			t.Fatal(err)
		}
	}
	to, err := chain.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if to < from+2 {
		t.Fatalf("demo timeline is blocks %d..%d: want at least 3 blocks to cut", from, to)
	}
	var swaps []string
	for _, p := range w.V2.Pairs {
		swaps = append(swaps, fmt.Sprintf("%q", "v2:"+p.Address.Hex()))
	}
	cfg := fmt.Sprintf("[chain]\nrpc_url = %q\nchain_id = %d\n\n[executor]\naddress = %q\n\n"+
		"[strategies.liquidation]\npool = %q\noracle = %q\nweth = %q\nswap_pools = [%s]\n\n"+
		"[strategies.arbitrage]\nv2_factories = [%q]\nweth = %q\n",
		chain.HTTPEndpoint(), chain.ChainID(), executor.Hex(), w.Aave.Pool.Hex(), w.Aave.Oracle.Hex(), w.WETH.Hex(),
		strings.Join(swaps, ", "), w.V2.Factory.Hex(), w.WETH.Hex())
	path := filepath.Join(t.TempDir(), "keeper.toml")
	if err := os.WriteFile(path, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	run := func(a, b uint64) *report.Result {
		t.Helper()
		res, err := Run(ctx, Config{RPC: chain.HTTPEndpoint(), From: a, To: b, ConfigPath: path, Sender: owner.Address})
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
