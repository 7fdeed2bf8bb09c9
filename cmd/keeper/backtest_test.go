package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/keeperkit/keeperkit/abis/bindings/keeperexecutor"
	"github.com/keeperkit/keeperkit/keeper/backtest"
	"github.com/keeperkit/keeperkit/keeper/backtest/report"
	"github.com/keeperkit/keeperkit/sim/devnet"
)

// TestMain lets the test binary serve as the worker process that
// `keeper backtest --workers K` starts (os.Executable backtest-worker ...).
func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == backtest.WorkerCommand {
		os.Exit(run(context.Background(), append([]string{"keeper"}, os.Args[1:]...), os.Stdout, os.Stderr, os.Getenv))
	}
	os.Exit(m.Run())
}

// backtestWorld plays the demo timeline on the embedded devnet with the
// keeper's executor deployed but no keeper running, and writes a config
// with the demo's strategies. It returns the chain, the range and the config.
func backtestWorld(t *testing.T) (devnet.Chain, uint64, uint64, string) {
	t.Helper()
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
	var swaps []string
	for _, p := range w.V2.Pairs {
		swaps = append(swaps, fmt.Sprintf("%q", "v2:"+p.Address.Hex()))
	}
	cfg := fmt.Sprintf(`[chain]
rpc_url = %q
chain_id = %d

[executor]
address = %q

[strategies.liquidation]
pool = %q
oracle = %q
weth = %q
swap_pools = [%s]

[strategies.arbitrage]
v2_factories = [%q]
weth = %q
`, chain.HTTPEndpoint(), chain.ChainID(), executor.Hex(), w.Aave.Pool.Hex(), w.Aave.Oracle.Hex(), w.WETH.Hex(), strings.Join(swaps, ", "), w.V2.Factory.Hex(), w.WETH.Hex())
	path := filepath.Join(t.TempDir(), "keeper.toml")
	if err := os.WriteFile(path, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	return chain, from, to, path
}

// TestBacktestCommand replays the demo timeline from the CLI: the report
// lists the liquidations the timeline makes possible; the second run makes
// no RPC request and writes the same result; --workers 2 writes it too.
func TestBacktestCommand(t *testing.T) {
	chain, from, to, cfg := backtestWorld(t)
	cache := t.TempDir()
	args := func(out string, extra ...string) []string {
		return append([]string{"backtest", "--rpc", chain.HTTPEndpoint(), "--from", fmt.Sprint(from), "--to", fmt.Sprint(to),
			"--config", cfg, "--cache", cache, "--out", out, "--sender", chain.Accounts()[9].Address.Hex()}, extra...)
	}
	// read returns the report's summary and its summary.json and CSVs
	// concatenated.
	read := func(dir string) (*report.Summary, []byte) {
		var all []byte
		for _, name := range []string{"summary.json", "opportunities.csv", "blocks.csv", "competitors.csv"} {
			raw, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			all = append(append(all, name...), raw...)
		}
		var s report.Summary
		raw, _ := os.ReadFile(filepath.Join(dir, "summary.json"))
		if err := json.Unmarshal(raw, &s); err != nil {
			t.Fatal(err)
		}
		return &s, all
	}
	out1 := t.TempDir()
	code, stdout, stderr := keeper(t, nil, args(out1)...)
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, stdout, stderr)
	}
	if _, err := os.Stat(filepath.Join(out1, "report.html")); err != nil {
		t.Errorf("no report.html: %v", err)
	}
	sum, raw1 := read(out1)
	if sum.Blocks != int(to-from+1) {
		t.Errorf("blocks: got %d, want %d", sum.Blocks, to-from+1)
	}
	liq := 0
	for _, tt := range sum.Totals {
		if tt.Strategy == "liquidation" {
			liq = tt.Landed
		}
	}
	if liq != 5 {
		t.Errorf("liquidations landed: got %d, want 5 (three after the ETH drop, two after the WBTC update)\n%s", liq, stdout)
	}
	if strings.Contains(stdout, "rpc requests: 0") {
		t.Errorf("cold run says it made no RPC request:\n%s", stdout)
	}

	out2 := t.TempDir()
	code, stdout, stderr = keeper(t, nil, args(out2)...)
	if code != 0 {
		t.Fatalf("second run: exit %d\n%s\n%s", code, stdout, stderr)
	}
	if want := "rpc requests: 0 (all from cache " + cache + ")"; !strings.Contains(stdout, want) {
		t.Errorf("second run: stdout lacks %q:\n%s", want, stdout)
	}
	if _, raw2 := read(out2); string(raw1) != string(raw2) {
		t.Errorf("second run wrote a different summary.json or CSVs")
	}

	out3 := t.TempDir()
	cache = t.TempDir()
	code, stdout, stderr = keeper(t, nil, args(out3, "--workers", "2")...)
	if code != 0 {
		t.Fatalf("--workers 2: exit %d\n%s\n%s", code, stdout, stderr)
	}
	if _, raw3 := read(out3); string(raw1) != string(raw3) {
		t.Errorf("--workers 2 wrote a different summary.json or CSVs than --workers 1")
	}

	// Shards as independent jobs (own slice, own cache, as on other
	// machines), joined by `keeper backtest merge`: the serial run's files.
	mid := from + (to-from)/2
	var shards []string
	for _, r := range [][2]uint64{{mid + 1, to}, {from, mid}} { // any order
		dir := t.TempDir()
		code, stdout, stderr := keeper(t, nil, "backtest", "--rpc", chain.HTTPEndpoint(), "--from", fmt.Sprint(r[0]), "--to", fmt.Sprint(r[1]),
			"--config", cfg, "--cache", t.TempDir(), "--out", dir, "--sender", chain.Accounts()[9].Address.Hex())
		if code != 0 {
			t.Fatalf("shard %d..%d: exit %d\n%s\n%s", r[0], r[1], code, stdout, stderr)
		}
		shards = append(shards, dir)
	}
	out4 := t.TempDir()
	code, stdout, stderr = keeper(t, nil, append([]string{"backtest", "merge", "--out", out4}, shards...)...)
	if code != 0 {
		t.Fatalf("backtest merge: exit %d\n%s\n%s", code, stdout, stderr)
	}
	if _, raw4 := read(out4); string(raw1) != string(raw4) {
		t.Errorf("backtest merge of shards %d..%d and %d..%d wrote a different summary.json or CSVs than the serial run", from, mid, mid+1, to)
	}
	// A missing shard is a gap, named.
	code, _, stderr = keeper(t, nil, "backtest", "merge", "--out", t.TempDir(), shards[0])
	if code != 0 {
		t.Fatalf("merge of one shard: exit %d: %s", code, stderr)
	}
	code, _, stderr = keeper(t, nil, "backtest", "merge", "--out", t.TempDir(), shards[0], shards[0])
	if code != 1 || !strings.Contains(stderr, fmt.Sprint(mid+1)) {
		t.Errorf("merge of a shard with itself: exit %d, stderr %q: want exit 1 naming block %d", code, stderr, mid+1)
	}
}

// TestBacktestUsage: missing flags and arguments are usage errors (exit 2)
// naming what is missing.
func TestBacktestUsage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"backtest", "--rpc", "http://127.0.0.1:1"}, "--from, --to, --config required"},
		{[]string{"backtest", "merge", "--out", t.TempDir()}, "no shard directory given"},
		{[]string{"backtest", "merge", "--out", t.TempDir(), filepath.Join(t.TempDir(), "none")}, "none/summary.json"},
	} {
		code, _, errOut := keeper(t, nil, tc.args...)
		if code == 0 || !strings.Contains(errOut, tc.want) {
			t.Errorf("%v: exit %d, stderr %q: want a failure naming %q", tc.args, code, errOut, tc.want)
		}
	}
}

// TestBacktestBadInput: each bad input fails with exit 1 and an error
// naming the value.
func TestBacktestBadInput(t *testing.T) {
	chain := devnet.StartT(t)
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.toml", fmt.Sprintf("[chain]\nrpc_url = %q\nchain_id = %d\n[strategies.arbitrage]\nweth = \"0x0000000000000000000000000000000000000001\"\n", chain.HTTPEndpoint(), chain.ChainID()))
	wrong := write("wrong.toml", fmt.Sprintf("[chain]\nrpc_url = %q\nchain_id = 5\n[strategies.arbitrage]\nweth = \"0x0000000000000000000000000000000000000001\"\n", chain.HTTPEndpoint()))
	for _, tc := range []struct {
		name string
		args []string
		want []string
	}{
		{"from after to", []string{"--rpc", chain.HTTPEndpoint(), "--from", "9", "--to", "3", "--config", good}, []string{"--from 9 is after --to 3"}},
		{"from genesis", []string{"--rpc", chain.HTTPEndpoint(), "--from", "0", "--to", "3", "--config", good}, []string{"--from 0"}},
		{"unknown strategy", []string{"--rpc", chain.HTTPEndpoint(), "--from", "1", "--to", "1", "--config", good, "--strategy", "nope"}, []string{`"nope"`, "unknown", "arbitrage"}},
		{"unknown inclusion", []string{"--rpc", chain.HTTPEndpoint(), "--from", "1", "--to", "1", "--config", good, "--inclusion", "sometimes"}, []string{`"sometimes"`}},
		{"rpc down", []string{"--rpc", "http://127.0.0.1:1", "--from", "1", "--to", "1", "--config", good}, []string{"http://127.0.0.1:1"}},
		{"wrong chain", []string{"--rpc", chain.HTTPEndpoint(), "--from", "1", "--to", "1", "--config", wrong}, []string{fmt.Sprintf("chain %d", chain.ChainID()), "chain_id = 5"}},
		{"missing config", []string{"--rpc", chain.HTTPEndpoint(), "--from", "1", "--to", "1", "--config", filepath.Join(dir, "none.toml")}, []string{"none.toml"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"backtest", "--cache", "", "--out", t.TempDir()}, tc.args...)
			code, _, errOut := keeper(t, nil, args...)
			if code != 1 {
				t.Errorf("exit: got %d, want 1 (stderr %q)", code, errOut)
			}
			for _, w := range tc.want {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr lacks %q: %s", w, errOut)
				}
			}
		})
	}
}
