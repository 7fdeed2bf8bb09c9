package engine

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptrace"
	"os"
	"path/filepath"
	"runtime/pprof"
	"runtime/trace"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/keeperkit/keeperkit/abis/bindings/keeperexecutor"
	"github.com/keeperkit/keeperkit/abis/bindings/pricefeed"
	"github.com/keeperkit/keeperkit/bundles"
	"github.com/keeperkit/keeperkit/bundles/relay"
	"github.com/keeperkit/keeperkit/keeper/engine/chainview"
	"github.com/keeperkit/keeperkit/keeper/exec"
	"github.com/keeperkit/keeperkit/keeper/journal"
	"github.com/keeperkit/keeperkit/keeper/runtime"
	"github.com/keeperkit/keeperkit/keeper/source"
	"github.com/keeperkit/keeperkit/sim/devnet"
	"github.com/keeperkit/keeperkit/strategies"
	"github.com/keeperkit/keeperkit/strategies/forksim"
	"github.com/keeperkit/keeperkit/strategies/strategytest"

	_ "github.com/keeperkit/keeperkit/strategies/arbitrage"
	_ "github.com/keeperkit/keeperkit/strategies/liquidation"
)

// BenchmarkHeadToBundle measures the live path of `keeper run` on the stress
// world: one op is one block carrying an oracle update (WETH down, so that
// positions become liquidatable), from the moment the devnet made it its
// head (the chain event its newHeads subscriptions are sent from)
// to the first bundle handed to the relays. The engine is wired as `keeper
// run` wires it: heads over WebSocket, the runtime with 2 or 20 strategies
// (1 or 10 liquidation and arbitrage instances each, under their own names), the
// executor proving every opportunity on a fork (forksim, its cache warm
// after the first blocks), signing, the journal on disk (nonce leases,
// outcomes) and the local relay over HTTP; the strategies read the chain
// through one shared chainview.View.
//
// Stages, each reported as p50 and p99 in ms:
//
//	source    block made head → the event that revealed the first bundle
//	          received (the head and its logs, both pushed over WebSocket)
//	strategy  event received → the first opportunity emitted (its queue,
//	          the fast-path scan and the strategy's proof of it on the fork)
//	queue     returned → the executor starts on it
//	sim       executor start → the fork's answer
//	sign      pricing, signing, nonce leases persisted
//	total     block made head → the first bundle handed to the relays'
//	          fan-out (Timing.Sent)
//	handoff   handed over → its request written on the relay's
//	          connection (JSON, the request's signature, HTTP)
//	wire      block made head → written on the connection
//	relay     handed over → every relay answered (the relay's own work:
//	          checks and storage, as production relays answer; with
//	          KEEPERKIT_BENCH_RELAY=simulate, its simulation too)
//
// Inside the strategy stage: forkwarm (block made head → the engine's
// warm-up of its fork done), toproof (event received → the block's first
// proof starts: queue, scan, sizing) and proof (that proof's run, waiting
// for the fork included), emit (that proof's end → the opportunity
// emitted: the strategy's checks, or more proofs first).
// fork-runs/bundle and sims/bundle count the simulations with work that
// reached the fork and SharedSim per bundle sent (1 and 2 when the
// executor's run is the strategy's proof, shared).
//
// The clock starts at the node's chain event for the block (what its
// newHeads subscriptions are sent from), or when CommitBlock returned if
// that is earlier: the block exists for the world from then, and the
// keeper's head arrives after it. The event is stamped by the goroutine
// that receives it, so the stamp may trail the event by that goroutine's
// wait for a CPU (the figures err short by that much, never long). Until
// session 6 the clock started when CommitBlock returned, about 1 ms later
// (the node syncs its pool first), which the figures of sessions 4 and 5
// leave out.
//
// Run: go test ./keeper/engine -run '^$' -bench HeadToBundle -benchtime 40x
// (accounts=1k); KEEPERKIT_STRESS=1 adds accounts=10k (minutes to build);
// KEEPERKIT_BENCH_JOURNAL=mem leaves the journal's disk out;
// KEEPERKIT_BENCH_CPUPROFILE=FILE profiles the timed blocks only;
// KEEPERKIT_BENCH_STAMPS=FILE writes every timed block's stamps;
// KEEPERKIT_BENCH_TRACE=FILE writes an execution trace of the timed blocks
// (go tool trace), each head marked by a "head" log;
// KEEPERKIT_BENCH_CONCURRENCY sets [runtime] concurrency (default 0: one
// per CPU but one);
// KEEPERKIT_BENCH_INTERVAL spaces the blocks (default 250ms, see
// benchInterval; 0: back to back);
// KEEPERKIT_BENCH_RELAY=simulate has the relay simulate bundles on arrival.
func BenchmarkHeadToBundle(b *testing.B) {
	for _, bc := range []struct{ accounts, pairs int }{{1_000, 1}, {1_000, 10}, {10_000, 1}, {10_000, 10}} {
		b.Run(fmt.Sprintf("accounts=%dk/strategies=%d", bc.accounts/1000, 2*bc.pairs), func(b *testing.B) {
			if bc.accounts > 1_000 && os.Getenv("KEEPERKIT_STRESS") == "" {
				b.Skip("set KEEPERKIT_STRESS=1 for the 10,000-account stress world")
			}
			benchHeadToBundle(b, bc.accounts, bc.pairs)
		})
	}
}

// named runs a registered strategy under another name, so that several
// instances can share one runtime (names must be unique).
type named struct {
	strategies.Strategy
	name string
}

func (s named) Name() string { return s.name }

func (s named) Subscriptions() strategies.Subscriptions {
	if sb, ok := s.Strategy.(strategies.Subscriber); ok {
		return sb.Subscriptions()
	}
	return strategies.DefaultSubscriptions
}

type stamp struct {
	committed time.Time
	headIn    time.Time // the head's block event at the engine
	out       exec.Outcome
	arrived   time.Time
	found     time.Time
	sim       simStamps
	wrote     time.Time // the bundle's request written to the relay's connection
}

// wireStamps is the relay client's transport: it stamps when each
// eth_sendBundle request was written on the connection, by the hash of the
// bundle's last transaction (ours: Submit puts its transactions last). A
// bundle is sent again for each block until it lands or expires, with the
// same transactions: every write is kept.
type wireStamps struct {
	next http.RoundTripper
	mu   sync.Mutex
	at   map[common.Hash][]time.Time
}

func (w *wireStamps) RoundTrip(r *http.Request) (*http.Response, error) {
	body, err := io.ReadAll(r.Body)
	r.Body.Close()
	if err != nil {
		return nil, err
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	var req struct {
		Params []struct {
			Txs []hexutil.Bytes `json:"txs"`
		} `json:"params"`
	}
	var last common.Hash
	if json.Unmarshal(body, &req) == nil && len(req.Params) == 1 && len(req.Params[0].Txs) > 0 {
		txs := req.Params[0].Txs
		last = crypto.Keccak256Hash(txs[len(txs)-1])
	}
	trace := &httptrace.ClientTrace{WroteRequest: func(httptrace.WroteRequestInfo) {
		if last == (common.Hash{}) {
			return
		}
		w.mu.Lock()
		w.at[last] = append(w.at[last], time.Now())
		w.mu.Unlock()
	}}
	return w.next.RoundTrip(r.WithContext(httptrace.WithClientTrace(r.Context(), trace)))
}

// wrote is when the first request carrying tx after handed was written
// (zero if none was).
func (w *wireStamps) wrote(tx common.Hash, handed time.Time) time.Time {
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, t := range w.at[tx] {
		if !t.Before(handed) {
			return t
		}
	}
	return time.Time{}
}

// benchHeadToBundle runs pairs liquidation and pairs arbitrage instances.
func benchHeadToBundle(b *testing.B, accounts, pairs int) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	node := devnet.StartT(b, devnet.StressConfig())
	sc, err := devnet.LoadScenario("../../configs/scenarios/stress.toml")
	if err != nil {
		b.Fatal(err)
	}
	g := *sc.Generate
	g.Borrowers, g.Blocks = accounts, 0
	sc.Generate = &g
	w, err := devnet.Build(ctx, node, sc)
	if err != nil {
		b.Fatal(err)
	}
	keeperAcc := node.Accounts()[9]
	exABI := keeperexecutor.NewKeeperExecutor()
	code := append(hexutil.MustDecode(keeperexecutor.KeeperExecutorMetaData.Bin), exABI.PackConstructor(keeperAcc.Address)...)
	executor, _, err := devnet.Deploy(ctx, node, keeperAcc, code)
	if err != nil {
		b.Fatal(err)
	}
	// The relay answers as production relays do, simulating when it
	// builds, not on arrival: its simulations of every bundle (on the
	// relays' machines in production) would take the keeper's 2 cores at
	// the moment measured. KEEPERKIT_BENCH_RELAY=simulate puts them back.
	rl := relay.New(node, relay.WithArrivalSimulation(os.Getenv("KEEPERKIT_BENCH_RELAY") == "simulate"))
	if err := rl.Start(0); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { rl.Close() })

	var swaps []string
	for _, p := range w.V2.Pairs {
		swaps = append(swaps, fmt.Sprintf("%q", "v2:"+p.Address.Hex()))
	}
	liq := fmt.Sprintf("pool = %q\noracle = %q\nweth = %q\nswap_pools = [%s]\nblocks = 3\n",
		w.Aave.Pool.Hex(), w.Aave.Oracle.Hex(), w.WETH.Hex(), strings.Join(swaps, ", "))
	arb := fmt.Sprintf("v2_factories = [%q]\nweth = %q\n", w.V2.Factory.Hex(), w.WETH.Hex())
	var strats []strategies.Strategy
	for i := range pairs {
		for _, kind := range []struct{ name, cfg string }{{"liquidation", liq}, {"arbitrage", arb}} {
			s, err := strategies.New(kind.name, strategytest.Decoder(kind.cfg))
			if err != nil {
				b.Fatal(err)
			}
			strats = append(strats, named{Strategy: s, name: fmt.Sprintf("%s-%02d", kind.name, i)})
		}
	}

	reg := prometheus.NewRegistry()
	fs := forksim.New(node.RPC())
	defer fs.Close()
	// Fork runs (below SharedSim) and simulation requests (above it), for
	// the runs-per-bundle figures.
	runs := &simCounter{inner: fs}
	sim := &simCounter{inner: NewSharedSim(runs)} // as keeper run wires it
	view, err := chainview.New(node.RPC(), chainview.WithRegisterer(reg))
	if err != nil {
		b.Fatal(err)
	}
	log := zerolog.Nop()
	if os.Getenv("KEEPERKIT_BENCH_LOG") != "" {
		log = zerolog.New(os.Stderr).Level(zerolog.InfoLevel)
	}
	env := strategies.Env{Chain: view, Sim: sim, Log: log, Metrics: reg, ChainID: node.ChainID(), Executor: executor, Sender: keeperAcc.Address}
	conc, _ := strconv.Atoi(os.Getenv("KEEPERKIT_BENCH_CONCURRENCY"))
	rt, err := runtime.New(runtime.Config{QueueSize: 64, Budget: 20 * time.Second, Concurrency: conc}, env, strats)
	if err != nil {
		b.Fatal(err)
	}
	// The journal on disk, as keeper run keeps it: nonce leases marked
	// sent before the bundle leaves (one fsync on the way), every outcome
	// recorded. KEEPERKIT_BENCH_JOURNAL=mem keeps leases in memory and
	// journals nothing (the sign stage without the disk).
	exMetrics := exec.NewMetrics(reg)
	var store exec.NonceStore = &exec.MemStore{}
	journalRecord, journalFlush := func(exec.Outcome) {}, func() {}
	if os.Getenv("KEEPERKIT_BENCH_JOURNAL") != "mem" {
		j, err := journal.Open(ctx, filepath.Join(b.TempDir(), "keeper.db"))
		if err != nil {
			b.Fatal(err)
		}
		defer j.Close()
		jq := exec.NewJournalQueue(j, log, exMetrics)
		store, journalRecord, journalFlush = jq.Store(), jq.Record, jq.Flush
	}
	nonces, err := exec.NewNonces(ctx, keeperAcc.Address, store, node.Client())
	if err != nil {
		b.Fatal(err)
	}
	id, err := bundles.GenerateIdentity()
	if err != nil {
		b.Fatal(err)
	}
	wire := &wireStamps{next: http.DefaultTransport, at: map[common.Hash][]time.Time{}}
	multi := bundles.NewMulti(bundles.NewClient("local", rl.URL(), id, bundles.WithTimeout(2*time.Second),
		bundles.WithHTTPClient(&http.Client{Transport: wire})))

	// Every outcome that reached the relays, by the block it was found at.
	var mu sync.Mutex
	first := map[uint64]exec.Outcome{}
	sent := 0 // bundles handed to the relays by Submit
	record := func(o exec.Outcome) {
		if o.Timing.Sent.IsZero() {
			return
		}
		mu.Lock()
		defer mu.Unlock()
		sent++
		// Outcomes come back when every relay answered, not in the order
		// they were handed over: keep the block's first handed over.
		if f, ok := first[o.Found]; !ok || o.Timing.Sent.Before(f.Timing.Sent) {
			first[o.Found] = o
		}
	}
	var pricing exec.Pricing
	pricing.MaxFeePerGas.SetUint64(500e9)
	pricing.TipBps = 1000
	ex := exec.New(exec.Config{Pricing: pricing, Key: keeperAcc.Key, ChainID: node.ChainID(), Record: func(o exec.Outcome) { record(o); journalRecord(o) }, Flush: journalFlush, ReserveNonces: 32},
		node.Client(), sim, Relays{Multi: multi}, nonces, log, exMetrics)
	// The runtime's Output is consumed by the engine; its Arrived and Found
	// stamps reach us through a tap on the engine's submit loop below.
	var tapMu sync.Mutex
	arrivals := map[string][2]time.Time{}
	eng := &Engine{Strategies: strats, Runtime: rt, Exec: ex, Sim: sim, Chain: view, Log: log, Registry: reg,
		Heads: source.HeadsConfig{WSURL: node.WSEndpoint(), HTTPURL: node.HTTPEndpoint()},
		tap: func(o runtime.Output) {
			tapMu.Lock()
			key := fmt.Sprintf("%d/%s", o.Block, o.Opportunity.ID)
			if _, ok := arrivals[key]; !ok {
				arrivals[key] = [2]time.Time{o.Arrived, o.Found}
			}
			tapMu.Unlock()
		},
	}
	headIn := &headStamps{at: map[uint64]time.Time{}}
	eng.Head = func(h *types.Header) { headIn.set(h.Number.Uint64(), time.Now()) }
	ready := make(chan struct{})
	eng.Ready = func() { close(ready) }
	done := make(chan error, 1)
	started := time.Now()
	go func() { done <- eng.Run(ctx) }()
	select {
	case <-ready:
	case err := <-done:
		b.Fatalf("engine stopped before ready: %v", err)
	case <-time.After(time.Duration(accounts/1000) * 5 * time.Minute):
		// Each liquidation instance loads every borrower in Init (through
		// the shared view: the node answers the first instance's reads).
		b.Fatalf("engine not ready after %d minutes", accounts/1000*5)
	}
	// Every strategy's Init, and how many of their reads reached the node
	// (reported after the timed loop: ResetTimer drops metrics).
	readyIn, initReads := time.Since(started), view.Stats()

	feed := pricefeed.NewPriceFeed()
	wethFeed := w.Tokens["WETH"].Feed
	oracleNonce, err := node.Client().PendingNonceAt(ctx, w.Oracle.Address)
	if err != nil {
		b.Fatal(err)
	}
	// The clock starts when the node makes the block its head: the chain
	// event its newHeads subscriptions are sent from, before CommitBlock
	// returns (it still syncs the pool).
	headAt := &headStamps{at: map[uint64]time.Time{}}
	chainEvents := make(chan core.ChainEvent, 16)
	chainSub := node.Eth().BlockChain().SubscribeChainEvent(chainEvents)
	defer chainSub.Unsubscribe()
	go headAt.follow(chainEvents, chainSub.Err())
	move := func(i int) (uint64, time.Time) {
		// Alternate between two prices well under the liquidation line, so
		// that every block is an oracle move with opportunities.
		usd := int64(1300 + 10*(i%2))
		tx, err := devnet.Sign(node, w.Oracle, oracleNonce, devnet.Call{To: &wethFeed, Data: feed.PackSetAnswer(big.NewInt(usd * 1e8)), Gas: 100_000})
		if err != nil {
			b.Fatal(err)
		}
		oracleNonce++
		h, err := node.CommitBlock(ctx, []*types.Transaction{tx})
		if err != nil {
			b.Fatal(err)
		}
		returned := time.Now()
		at, ok := headAt.get(h.Number.Uint64())
		if !ok || at.After(returned) {
			at = returned
		}
		return h.Number.Uint64(), at
	}
	wait := func(block uint64) exec.Outcome {
		deadline := time.Now().Add(30 * time.Second)
		for time.Now().Before(deadline) {
			mu.Lock()
			o, ok := first[block]
			mu.Unlock()
			if ok {
				return o
			}
			time.Sleep(200 * time.Microsecond)
		}
		b.Fatalf("no bundle sent for block %d within 30s", block)
		return exec.Outcome{}
	}
	// Warm-up: the fork cache and the strategies' books fill on the first blocks.
	for i := range 3 {
		n, _ := move(i)
		wait(n)
	}
	var stamps []stamp
	interval := benchInterval(b)
	runs0, reqs0, fork0 := runs.n.Load(), sim.n.Load(), fs.Stats()
	mu.Lock()
	sent0 := sent
	mu.Unlock()
	b.ResetTimer()
	cpu0 := cpuTime(b)
	stopProfile := profileLoop(b)
	for i := 0; i < b.N; i++ {
		if i > 0 && interval > 0 {
			b.StopTimer()
			time.Sleep(time.Until(stamps[i-1].committed.Add(interval)))
			b.StartTimer()
		}
		n, committed := move(i + 1)
		o := wait(n)
		stamps = append(stamps, stamp{committed: committed, out: o})
	}
	b.StopTimer()
	stopProfile()
	// The process's CPU per block, the node's and the relay's included
	// (both in process here): the keeper keeps up with blocks at least
	// this far apart on one core.
	b.ReportMetric(float64(cpuTime(b)-cpu0)/float64(time.Millisecond)/float64(b.N), "cpu-ms/block")
	mu.Lock()
	bundles := float64(sent - sent0)
	mu.Unlock()
	b.ReportMetric(bundles/float64(b.N), "bundles/block")
	b.ReportMetric(float64(runs.n.Load()-runs0)/bundles, "fork-runs/bundle")
	b.ReportMetric(float64(sim.n.Load()-reqs0)/bundles, "sims/bundle")
	// A warm fork: the blocks' proofs read the node only for what the
	// blocks changed (Advance's trace) and for state never read before.
	fork1 := fs.Stats()
	b.ReportMetric(float64(fork1.Misses-fork0.Misses)/float64(b.N), "fork-misses/block")
	b.ReportMetric(float64(fork1.RoundTrips-fork0.RoundTrips)/float64(b.N), "fork-roundtrips/block")
	mu.Lock()
	for i := range stamps {
		stamps[i].out = first[stamps[i].out.Found]
	}
	mu.Unlock()
	tapMu.Lock()
	for i := range stamps {
		at := arrivals[fmt.Sprintf("%d/%s", stamps[i].out.Found, stamps[i].out.ID)]
		stamps[i].arrived, stamps[i].found = at[0], at[1]
		stamps[i].sim = sim.stamps(stamps[i].out.Found)
		stamps[i].headIn, _ = headIn.get(stamps[i].out.Found)
		if h := stamps[i].out.TxHashes; len(h) > 0 {
			stamps[i].wrote = wire.wrote(h[len(h)-1], stamps[i].out.Timing.Sent)
		}
	}
	tapMu.Unlock()
	stages := []struct {
		name string
		d    func(s stamp) time.Duration
	}{
		{"source", func(s stamp) time.Duration { return max(0, s.arrived.Sub(s.committed)) }},
		{"strategy", func(s stamp) time.Duration { return s.found.Sub(s.arrived) }},
		{"queue", func(s stamp) time.Duration { return s.out.Timing.Start.Sub(s.found) }},
		{"sim", func(s stamp) time.Duration { return s.out.Timing.Simulated.Sub(s.out.Timing.Start) }},
		{"sign", func(s stamp) time.Duration { return s.out.Timing.Sent.Sub(s.out.Timing.Simulated) }},
		{"total", func(s stamp) time.Duration { return s.out.Timing.Sent.Sub(s.committed) }},
		{"handoff", func(s stamp) time.Duration { return max(0, s.wrote.Sub(s.out.Timing.Sent)) }},
		{"wire", func(s stamp) time.Duration { return max(0, s.wrote.Sub(s.committed)) }},
		{"relay", func(s stamp) time.Duration { return s.out.Timing.Answered.Sub(s.out.Timing.Sent) }},
		// Inside the strategy stage: the engine's warm-up of the block's
		// fork done (from the commit), the block's first proof (from the
		// head event received to its start, and its run).
		{"forkwarm", func(s stamp) time.Duration { return max(0, s.sim.warmed.Sub(s.committed)) }},
		{"toproof", func(s stamp) time.Duration { return max(0, s.sim.proofStart.Sub(s.arrived)) }},
		{"proof", func(s stamp) time.Duration { return max(0, s.sim.proofEnd.Sub(s.sim.proofStart)) }},
		{"emit", func(s stamp) time.Duration { return max(0, s.found.Sub(s.sim.proofEnd)) }},
	}
	for _, st := range stages {
		ds := make([]float64, len(stamps))
		for i, s := range stamps {
			ds[i] = float64(st.d(s)) / float64(time.Millisecond)
		}
		slices.Sort(ds)
		b.ReportMetric(percentile(ds, 50), st.name+"-p50-ms")
		b.ReportMetric(percentile(ds, 99), st.name+"-p99-ms")
	}
	b.ReportMetric(queueDrops(b, reg), "queue-drops")
	b.ReportMetric(readyIn.Seconds(), "ready-s")
	dumpStamps(b, stamps)
	b.ReportMetric(float64(initReads.Misses), "init-node-reads")
	b.ReportMetric(float64(initReads.Hits+initReads.Shared), "init-shared-reads")
	cancel()
	if err := <-done; err != nil && ctx.Err() == nil {
		b.Fatal(err)
	}
}

// headStamps are when the node made each block its head, by number.
type headStamps struct {
	mu sync.Mutex
	at map[uint64]time.Time
}

func (h *headStamps) follow(events <-chan core.ChainEvent, done <-chan error) {
	for {
		select {
		case ev := <-events:
			now := time.Now()
			trace.Log(context.Background(), "head", ev.Header.Number.String())
			h.set(ev.Header.Number.Uint64(), now)
		case <-done:
			return
		}
	}
}

func (h *headStamps) set(n uint64, t time.Time) {
	h.mu.Lock()
	h.at[n] = t
	h.mu.Unlock()
}

func (h *headStamps) get(n uint64) (time.Time, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	t, ok := h.at[n]
	return t, ok
}

// dumpStamps writes each timed block's stamps, in ms after the clock's
// start (the block made head), to
// the file KEEPERKIT_BENCH_STAMPS names (tab-separated, one block a line):
// what the percentiles hide, such as which strategy sent the first bundle of
// the slow blocks.
func dumpStamps(b *testing.B, stamps []stamp) {
	path := os.Getenv("KEEPERKIT_BENCH_STAMPS")
	if path == "" {
		return
	}
	var buf strings.Builder
	buf.WriteString("block\thead\tarrived\twarmed\tproof_start\tproof_end\tfound\texec_start\tsimulated\tsent\twrote\topportunity\n")
	for _, s := range stamps {
		fmt.Fprintf(&buf, "%d", s.out.Found)
		for _, t := range []time.Time{s.headIn, s.arrived, s.sim.warmed, s.sim.proofStart, s.sim.proofEnd, s.found, s.out.Timing.Start, s.out.Timing.Simulated, s.out.Timing.Sent, s.wrote} {
			fmt.Fprintf(&buf, "\t%.3f", float64(t.Sub(s.committed))/float64(time.Millisecond))
		}
		fmt.Fprintf(&buf, "\t%s %s\n", s.out.Strategy, s.out.ID)
	}
	if err := os.WriteFile(path, []byte(buf.String()), 0o644); err != nil {
		b.Error(err)
	}
}

// simCounter counts the simulations with work (not fork warm-ups) that
// reach inner, and stamps per block when the engine's fork warm-up ended
// and when the first simulation with work began and ended.
type simCounter struct {
	inner strategies.Simulator
	n     atomic.Int64

	mu     sync.Mutex
	blocks map[uint64]*simStamps
}

type simStamps struct {
	warmed, proofStart, proofEnd time.Time
}

func (c *simCounter) Simulate(ctx context.Context, req strategies.SimRequest) (*strategies.SimResult, error) {
	work := len(req.Txs)+len(req.Calls) > 0
	if work {
		c.n.Add(1)
	}
	start := time.Now()
	res, err := c.inner.Simulate(ctx, req)
	end := time.Now()
	c.mu.Lock()
	if c.blocks == nil {
		c.blocks = map[uint64]*simStamps{}
	}
	st := c.blocks[req.Block]
	if st == nil {
		st = &simStamps{}
		c.blocks[req.Block] = st
	}
	if !work && st.warmed.IsZero() {
		st.warmed = end
	}
	if work && (st.proofStart.IsZero() || start.Before(st.proofStart)) {
		st.proofStart, st.proofEnd = start, end
	}
	c.mu.Unlock()
	return res, err
}

func (c *simCounter) stamps(block uint64) simStamps {
	c.mu.Lock()
	defer c.mu.Unlock()
	if st := c.blocks[block]; st != nil {
		return *st
	}
	return simStamps{}
}

// Forget passes a reorg on (the engine probes Sim for it).
func (c *simCounter) Forget(from uint64) {
	if f, ok := c.inner.(forgetter); ok {
		f.Forget(from)
	}
}

// benchInterval is the time between the timed blocks' commits:
// KEEPERKIT_BENCH_INTERVAL (a duration), default 250ms, the block time of
// the fastest chains keepers commonly run on (mainnet's is 12 s), so that a
// block's work is done before the next one comes, as on a chain whose
// blocks the keeper keeps up with; 0 commits each block as soon as the
// previous one's first bundle left, the rest of its work still running.
func benchInterval(b *testing.B) time.Duration {
	v := os.Getenv("KEEPERKIT_BENCH_INTERVAL")
	if v == "" {
		return 250 * time.Millisecond
	}
	d, err := time.ParseDuration(v)
	if err != nil || d < 0 {
		b.Fatalf("KEEPERKIT_BENCH_INTERVAL=%q: want a duration such as 250ms, or 0", v)
	}
	return d
}

// cpuTime is the process's user and system CPU time so far.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// profileLoop records the timed blocks only, not the world's build nor
// Init (go test's -cpuprofile and -trace cover the whole process): an
// execution trace into the file KEEPERKIT_BENCH_TRACE names, else a CPU
// profile into KEEPERKIT_BENCH_CPUPROFILE's; the returned func stops it.
func profileLoop(b *testing.B) func() {
	for _, r := range []struct {
		env   string
		start func(io.Writer) error
		stop  func()
	}{
		{"KEEPERKIT_BENCH_TRACE", trace.Start, trace.Stop},
		{"KEEPERKIT_BENCH_CPUPROFILE", pprof.StartCPUProfile, pprof.StopCPUProfile},
	} {
		path := os.Getenv(r.env)
		if path == "" {
			continue
		}
		f, err := os.Create(path)
		if err != nil {
			b.Fatal(err)
		}
		if err := r.start(f); err != nil {
			b.Fatal(err)
		}
		return func() {
			r.stop()
			if err := f.Close(); err != nil {
				b.Error(err)
			}
		}
	}
	return func() {}
}

// percentile of sorted values, nearest rank.
func percentile(sorted []float64, p int) float64 {
	if len(sorted) == 0 {
		return 0
	}
	i := (len(sorted)*p + 99) / 100
	return sorted[max(0, min(len(sorted)-1, i-1))]
}

func queueDrops(b *testing.B, reg *prometheus.Registry) float64 {
	mfs, err := reg.Gather()
	if err != nil {
		b.Fatal(err)
	}
	var n float64
	for _, mf := range mfs {
		if mf.GetName() == "keeper_runtime_queue_drops_total" {
			for _, m := range mf.GetMetric() {
				n += m.GetCounter().GetValue()
			}
		}
	}
	return n
}
