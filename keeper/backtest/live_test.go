package backtest

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/keeperkit/keeperkit/abis/bindings/keeperexecutor"
	"github.com/keeperkit/keeperkit/keeper/backtest/report"
	"github.com/keeperkit/keeperkit/keeper/demo"
	"github.com/keeperkit/keeperkit/sim/devnet"
	"github.com/keeperkit/keeperkit/strategies"

	_ "github.com/keeperkit/keeperkit/strategies/arbitrage"
	_ "github.com/keeperkit/keeperkit/strategies/liquidation"
)

// workerEnv makes the test binary a backtest worker (TestMain).
const workerEnv = "KEEPERKIT_BACKTEST_WORKER"

func TestMain(m *testing.M) {
	if os.Getenv(workerEnv) == "1" {
		if err := WorkerMain(context.Background(), os.Args[1:]); err != nil {
			fmt.Fprintln(os.Stderr, "worker:", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// liveDemo is the live demo played once on anvil, shared by the tests.
type liveDemo struct {
	chain    devnet.Chain
	out      string
	from, to uint64
	executor common.Address
	sender   common.Address
	config   string // keeper TOML for the backtest
}

var executorLine = regexp.MustCompile(`executor: (0x[0-9a-fA-F]{40}) \(owner (0x[0-9a-fA-F]{40})\)`)
var firstStep = regexp.MustCompile(`\[1/\d+\] block (\d+): timeline step 1`)

// playLive plays the demo (keeper/demo.Keeper: world, local relay, both
// strategies, executor) on a fresh anvil and writes the keeper config a
// backtest of it needs: the demo's strategy sections and pricing.
func playLive(t *testing.T) *liveDemo {
	t.Helper()
	ctx := context.Background()
	chain := devnet.StartAnvilT(t)
	var out bytes.Buffer
	if _, err := demo.Keeper(ctx, &out, demo.Options{Scenario: "../../configs/scenarios/demo.toml", Chain: chain, ExtraBlocks: extraBlocks(), Log: zerolog.Nop()}); err != nil {
		t.Fatalf("live demo: %v\n%s", err, out.String())
	}
	d := &liveDemo{chain: chain, out: out.String()}
	m := executorLine.FindStringSubmatch(d.out)
	f := firstStep.FindStringSubmatch(d.out)
	if m == nil || f == nil {
		t.Fatalf("demo output has no executor or first step line:\n%s", d.out)
	}
	d.executor, d.sender = common.HexToAddress(m[1]), common.HexToAddress(m[2])
	first, _ := strconv.ParseUint(f[1], 10, 64)
	head, err := chain.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// The strategies started on the block before the first timeline step.
	d.from, d.to = first, head

	// The world's addresses: the world builder deploys the same contracts
	// at the same addresses on any fresh chain (TestWorldSameAddressesOnBothChains).
	sc, err := devnet.LoadScenario("../../configs/scenarios/demo.toml")
	if err != nil {
		t.Fatal(err)
	}
	w, err := devnet.Build(ctx, devnet.StartT(t), sc)
	if err != nil {
		t.Fatal(err)
	}
	var swaps []string
	for _, p := range w.V3.Pools {
		swaps = append(swaps, fmt.Sprintf("%q", "v3:"+p.Address.Hex()))
	}
	for _, p := range w.V2.Pairs {
		swaps = append(swaps, fmt.Sprintf("%q", "v2:"+p.Address.Hex()))
	}
	// The demo's sections (keeper/demo demoStrategies) and pricing
	// (500 gwei max fee, half the profit to the builder).
	cfg := fmt.Sprintf(`[chain]
rpc_url = %q
chain_id = %d

[executor]
address = %q
max_gas_price_gwei = 500
builder_tip_bps = 5000

[strategies.liquidation]
pool = %q
oracle = %q
weth = %q
swap_pools = [%s]
min_profit_wei = "1000000000000000"
blocks = 4

[strategies.arbitrage]
v2_factories = [%q]
v3_factories = [%q]
weth = %q
min_profit_wei = "100000000000000"
blocks = 3
backrun_hints = true
`, chain.HTTPEndpoint(), chain.ChainID(), d.executor.Hex(), w.Aave.Pool.Hex(), w.Aave.Oracle.Hex(), w.WETH.Hex(), strings.Join(swaps, ", "),
		w.V2.Factory.Hex(), w.V3.Factory.Hex(), w.WETH.Hex())
	d.config = filepath.Join(t.TempDir(), "keeper.toml")
	if err := os.WriteFile(d.config, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	return d
}

// landedTx is one transaction the live keeper landed.
type landedTx struct {
	block    uint64
	hash     common.Hash
	kind     string
	profit   *big.Int // what the executor's event reported, in token units
	gasUsed  uint64
	gasCost  *big.Int       // base fee × gas, wei
	tip      *big.Int       // (effective gas price − base fee) × gas, wei
	digest   string         // keccak256 of the calldata, first 8 bytes in hex
	borrower common.Address // liquidations
	// top: no earlier transaction of its block is the keeper's, so it ran
	// on its parent's state plus only others' transactions before it.
	top bool
}

var sentLine = regexp.MustCompile(`block (\d+)\s+\S+\s+(\S+)\s+found .* (?:bundle sent for block|backrun sent .* for blocks) (\d+)`)
var landedLine = regexp.MustCompile(`block (\d+)\s+\S+\s+(\S+)\s+landed\b`)

// freshLanded counts, per block, the live demo's landed bundles that were
// last sent for that very block (built on its parent's state).
func freshLanded(t *testing.T, out string) map[uint64]int {
	t.Helper()
	sentFor := map[string]string{}
	fresh := map[uint64]int{}
	for _, ln := range strings.Split(out, "\n") {
		if m := sentLine.FindStringSubmatch(ln); m != nil {
			sentFor[m[2]] = m[3]
		}
		if m := landedLine.FindStringSubmatch(ln); m != nil && sentFor[m[2]] == m[1] {
			n, _ := strconv.ParseUint(m[1], 10, 64)
			fresh[n]++
		}
	}
	return fresh
}

// liveLanded reads, from the chain, every transaction the live keeper
// landed in the range and what its executor event reported.
func liveLanded(t *testing.T, d *liveDemo) []landedTx {
	t.Helper()
	ctx := context.Background()
	ex := keeperexecutor.NewKeeperExecutor()
	var out []landedTx
	for n := d.from; n <= d.to; n++ {
		b, err := d.chain.Client().BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatal(err)
		}
		ours := 0
		for _, tx := range b.Transactions() {
			if tx.To() == nil || *tx.To() != d.executor {
				continue
			}
			ours++
			r, err := d.chain.Client().TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				t.Fatal(err)
			}
			if r.Status != types.ReceiptStatusSuccessful {
				t.Errorf("live keeper tx %s in block %d reverted", tx.Hash(), n)
				continue
			}
			gas := new(big.Int).SetUint64(r.GasUsed)
			l := landedTx{block: n, hash: tx.Hash(), gasUsed: r.GasUsed,
				gasCost: new(big.Int).Mul(gas, b.BaseFee()),
				tip:     new(big.Int).Mul(gas, new(big.Int).Sub(r.EffectiveGasPrice, b.BaseFee())),
				digest:  hex.EncodeToString(crypto.Keccak256(tx.Data())[:8]), top: ours == 1}
			for _, lg := range r.Logs {
				if ev, err := ex.UnpackLiquidatedEvent(lg); err == nil {
					l.kind, l.profit, l.borrower = strategies.KindLiquidation, ev.Profit, ev.User
				}
				if ev, err := ex.UnpackArbitragedEvent(lg); err == nil {
					l.kind, l.profit = strategies.KindArbitrage, ev.Profit
				}
			}
			if l.kind == "" {
				t.Errorf("live keeper tx %s in block %d emitted no Liquidated or Arbitraged event", tx.Hash(), n)
				continue
			}
			out = append(out, l)
		}
	}
	return out
}

func marshal(t *testing.T, v any) []byte {
	t.Helper()
	raw, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// TestLiveDemoEqualsBacktest plays the live demo on anvil (it lands
// liquidations and arbitrages through the local relay), then backtests the
// same range against anvil's RPC: every transaction the live keeper landed
// is found by the backtest in the same block, landed, with the same gas,
// the same gas cost and builder payment, and the same executor profit to
// the unit; no liquidation is found that the live keeper did not land. A
// second run over the same cache gives byte-identical results with zero
// RPC requests, and --workers 2 gives the same result as one worker.
func TestLiveDemoEqualsBacktest(t *testing.T) {
	d := playLive(t)
	live := liveLanded(t, d)
	if os.Getenv("BT_DEBUG") != "" {
		t.Log(d.out)
	}
	if len(live) < 6 {
		t.Fatalf("the live demo landed %d transactions, want at least 5 liquidations and an arbitrage:\n%s", len(live), d.out)
	}
	ctx := context.Background()
	cache := t.TempDir()
	cfg := Config{RPC: d.chain.HTTPEndpoint(), From: d.from, To: d.to, ConfigPath: d.config, Sender: d.sender, Cache: cache, Hints: true, Log: zerolog.Nop()}
	var st1 Stats
	cfg.Stats = &st1
	t0 := time.Now()
	res, err := Run(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("cold: %d blocks, %d txs in %v, %d RPC requests (%d calls)", st1.Blocks, st1.Txs, time.Since(t0), st1.RPCRequests, st1.RPCCalls)
	if st1.RPCRequests == 0 || res.Summary.Blocks != int(d.to-d.from+1) {
		t.Fatalf("cold run: %d RPC requests, %d blocks; want > 0 and %d", st1.RPCRequests, res.Summary.Blocks, d.to-d.from+1)
	}

	// Every live transaction built on its parent block's state (the demo
	// sent it for the block it landed in; a bundle re-sent for a later
	// block is stale there) is found by the backtest at that block, sending
	// the same calldata, with the same gas, gas cost, builder payment and
	// executor profit to the unit.
	fresh := freshLanded(t, d.out)
	matched := 0
	var exact []landedTx
	for _, l := range live {
		var o *report.Opportunity
		for i := range res.Opportunities {
			c := &res.Opportunities[i]
			if c.Block == l.block && strings.Contains(c.Inputs, " call="+d.executor.Hex()+":"+l.digest) {
				o = c
				break
			}
		}
		comparable := l.top && fresh[l.block] > 0
		if !comparable {
			// Built on an older block, or behind another of the keeper's
			// transactions: the backtest sizes each opportunity on the
			// real parent state, so only the sighting is compared.
			seen := false
			for _, c := range res.Competitors {
				seen = seen || (c.Tx == l.hash.Hex() && c.Seen)
			}
			if !seen {
				for _, c := range res.Competitors {
					if c.Block == l.block {
						t.Logf("  competitor %+v", c)
					}
				}
				for _, o := range res.Opportunities {
					if o.Block+3 >= l.block && o.Block <= l.block && o.Kind == l.kind {
						t.Logf("  ours %d %s %s %s", o.Block, o.ID, o.Inputs, o.Reason)
					}
				}
				t.Errorf("live %s tx %s in block %d: not a competitor our strategies saw", l.kind, l.hash, l.block)
			}
			continue
		}
		if o == nil {
			t.Errorf("live %s tx %s in block %d (profit %s, gas %d) not found by the backtest", l.kind, l.hash, l.block, l.profit, l.gasUsed)
			continue
		}
		matched++
		exact = append(exact, l)
		if (o.Kind != l.kind && !(o.Kind == strategies.KindBackrun && l.kind == strategies.KindArbitrage)) || !strings.Contains(o.Inputs+" ", " returned="+l.profit.String()+" ") {
			t.Errorf("%s in block %d: backtest %s %q, live %s profit %s", o.ID, l.block, o.Kind, o.Inputs, l.kind, l.profit)
		}
		if o.GasUsed != l.gasUsed {
			t.Errorf("%s in block %d: backtest gas %d, live receipt %d", o.ID, l.block, o.GasUsed, l.gasUsed)
		}
		if o.GasCost != l.gasCost.String() {
			t.Errorf("%s in block %d: backtest gas cost %s wei, live %s wei", o.ID, l.block, o.GasCost, l.gasCost)
		}
		if o.Bid != l.tip.String() {
			t.Errorf("%s in block %d: backtest bid %s wei, live paid the coinbase %s wei", o.ID, l.block, o.Bid, l.tip)
		}
		// The live transaction is a competitor in the report: seen by our
		// strategies and sized to the wei. It paid exactly our bid (the same
		// pricing on the same state): a tie, which compete.Match counts as
		// lost (the builder already holds theirs).
		var c *report.Competitor
		for i := range res.Competitors {
			if res.Competitors[i].Tx == l.hash.Hex() && res.Competitors[i].Kind == l.kind {
				c = &res.Competitors[i]
			}
		}
		switch {
		case c == nil:
			t.Errorf("live %s tx %s in block %d is not in the competition table", l.kind, l.hash, l.block)
		case !c.Seen || c.Sized != o.Profit || c.CoinbasePaid != o.Bid || c.Searcher != d.sender.Hex():
			t.Errorf("competitor %s in block %d: seen %v sized %s paid %s searcher %s; want seen, sized %s, paid %s (our bid), searcher %s (%s)",
				l.hash, l.block, c.Seen, c.Sized, c.CoinbasePaid, c.Searcher, o.Profit, o.Bid, d.sender, c.Reason)
		}
	}
	if matched < 3 {
		t.Errorf("backtest matched %d live transactions built on their parent block, want at least 3", matched)
	}
	// The same borrowers are liquidated: landed once each, as live.
	liveBorrowers, btBorrowers := map[string]bool{}, map[string]bool{}
	for _, l := range live {
		if l.kind == strategies.KindLiquidation {
			liveBorrowers[l.borrower.Hex()] = true
		}
	}
	for _, o := range res.Opportunities {
		if o.Landed && o.Kind == strategies.KindLiquidation {
			btBorrowers[strings.Split(o.ID, ":")[1]] = true
		}
	}
	for b := range liveBorrowers {
		if !btBorrowers[b] {
			t.Errorf("borrower %s: liquidated live, not by the backtest (backtest: %v)", b, btBorrowers)
		}
	}
	t.Logf("live: %d landed txs (%d borrowers); backtest matched %d exactly, liquidated %d borrowers", len(live), len(liveBorrowers), matched, len(btBorrowers))
	for _, tt := range res.Summary.Totals {
		t.Logf("%s: %d opportunities, %d landed, profit %s wei, gas %d", tt.Strategy, tt.Opportunities, tt.Landed, tt.Profit, tt.GasUsed)
	}

	// Under the outbid model, the opportunities the live keeper landed
	// lose: the block paid its coinbase at least what we bid (the live
	// keeper's own transaction pays exactly our bid).
	ocfg := cfg
	ocfg.Inclusion, ocfg.Cache, ocfg.Stats = InclusionOutbid, t.TempDir(), nil
	ores, err := Run(ctx, ocfg)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range exact {
		for _, o := range ores.Opportunities {
			if o.Block == l.block && strings.Contains(o.Inputs, " call="+d.executor.Hex()+":"+l.digest) {
				if o.Landed || !strings.HasPrefix(o.Reason, fmt.Sprintf("outbid: block %d paid ", l.block)) {
					t.Errorf("outbid model: %s in block %d: landed %v, reason %q; want outbid", o.ID, l.block, o.Landed, o.Reason)
				}
			}
		}
	}

	// Same inputs, same cache: byte-identical, and not one RPC request.
	var st2 Stats
	cfg.Stats = &st2
	res2, err := Run(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if st2.RPCRequests != 0 {
		t.Errorf("warm run: %d RPC requests, want 0", st2.RPCRequests)
	}
	if !bytes.Equal(marshal(t, res), marshal(t, res2)) {
		t.Errorf("warm run result differs from the cold run")
	}

	// Resume: a fresh cache dir whose checkpoint holds the first half only
	// (as a run killed half way leaves it) gives the same result.
	if got := resumeHalf(t, cfg, cache); !bytes.Equal(marshal(t, res), marshal(t, got)) {
		t.Errorf("resumed run result differs from the uninterrupted one")
	}

	// Two worker processes, each with its own cache: the same result.
	wcfg := cfg
	wcfg.Workers, wcfg.Cache = 2, t.TempDir()
	wcfg.Worker, wcfg.WorkerEnv = []string{os.Args[0]}, []string{workerEnv + "=1"}
	var st3 Stats
	wcfg.Stats = &st3
	res3, err := Run(ctx, wcfg)
	if err != nil {
		t.Fatal(err)
	}
	if a, b := marshal(t, res), marshal(t, res3); !bytes.Equal(a, b) {
		t.Errorf("--workers 2 result differs from --workers 1:\n%s", firstDiff(a, b))
	}
}

// resumeHalf copies cache, cuts its checkpoint after half the blocks and
// a torn line, and runs again from it.
func resumeHalf(t *testing.T, cfg Config, cache string) *report.Result {
	t.Helper()
	dir := t.TempDir()
	for _, name := range []string{cacheFile, checkpointFile} {
		raw, err := os.ReadFile(filepath.Join(cache, name))
		if err != nil {
			t.Fatal(err)
		}
		if name == checkpointFile {
			lines := splitLines(raw)
			half := lines[len(lines)/2].end
			raw = append(raw[:half:half], []byte(`{"block":{"number"`)...)
		}
		if err := os.WriteFile(filepath.Join(dir, name), raw, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var st Stats
	cfg.Cache, cfg.Stats = dir, &st
	res, err := Run(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if st.Resumed == 0 || st.Blocks == 0 {
		t.Errorf("resume: %d blocks from the checkpoint, %d replayed; want both > 0", st.Resumed, st.Blocks)
	}
	return res
}

func firstDiff(a, b []byte) string {
	la, lb := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := 0; i < len(la) && i < len(lb); i++ {
		if la[i] != lb[i] {
			return fmt.Sprintf("line %d:\n- %s\n+ %s", i+1, la[i], lb[i])
		}
	}
	return fmt.Sprintf("lengths %d and %d lines", len(la), len(lb))
}

// extraBlocks played after the demo's timeline so that the range is several
// hundred blocks: 300 by default, 2,000 with KEEPERKIT_LONG=1.
func extraBlocks() int {
	if os.Getenv("KEEPERKIT_LONG") == "1" {
		return 2000
	}
	return 300
}
