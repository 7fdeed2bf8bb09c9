package engine

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/keeperkit/keeperkit/abis/bindings/keeperexecutor"
	"github.com/keeperkit/keeperkit/bundles"
	"github.com/keeperkit/keeperkit/bundles/relay"
	"github.com/keeperkit/keeperkit/keeper/exec"
	"github.com/keeperkit/keeperkit/keeper/journal"
	"github.com/keeperkit/keeperkit/keeper/ops"
	"github.com/keeperkit/keeperkit/keeper/runtime"
	"github.com/keeperkit/keeperkit/keeper/source"
	"github.com/keeperkit/keeperkit/sim/devnet"
	"github.com/keeperkit/keeperkit/strategies"
	"github.com/keeperkit/keeperkit/strategies/forksim"
	"github.com/keeperkit/keeperkit/strategies/strategytest"
)

// faultEnv is the demo world on a devnet with the keeper's executor
// contract, the local relay, a relay that never answers and one that
// answers garbage, and an engine wired as `keeper run` wires it (the
// liquidation strategy, the executor journaling every outcome, /readyz).
type faultEnv struct {
	node     *devnet.Node
	world    *devnet.World
	executor common.Address
	relay    *relay.Relay
	reg      *prometheus.Registry
	journal  *journal.Journal
	ops      *ops.Server
	engine   *Engine
	// hung gets a value when the hanging relay receives a request.
	hung chan struct{}
}

// hangTimeout is the client's timeout for the relay that never answers.
const hangTimeout = 700 * time.Millisecond

func newFaultEnv(t *testing.T) *faultEnv {
	t.Helper()
	ctx := context.Background()
	f := &faultEnv{node: devnet.StartT(t), reg: prometheus.NewRegistry(), hung: make(chan struct{}, 64)}
	sc, err := devnet.LoadScenario("../../configs/scenarios/demo.toml")
	if err != nil {
		t.Fatal(err)
	}
	if f.world, err = devnet.Build(ctx, f.node, sc); err != nil {
		t.Fatal(err)
	}
	keeperAcc := f.node.Accounts()[9]
	exABI := keeperexecutor.NewKeeperExecutor()
	code := append(hexutil.MustDecode(keeperexecutor.KeeperExecutorMetaData.Bin), exABI.PackConstructor(keeperAcc.Address)...)
	if f.executor, _, err = devnet.Deploy(ctx, f.node, keeperAcc, code); err != nil {
		t.Fatal(err)
	}
	f.relay = relay.New(f.node)
	if err := f.relay.Start(0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.relay.Close() })

	// The hanging relay holds every request until the client gives up.
	stop := make(chan struct{})
	hang := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case f.hung <- struct{}{}:
		default:
		}
		select {
		case <-r.Context().Done():
		case <-stop:
		}
	}))
	t.Cleanup(hang.Close)
	t.Cleanup(func() { close(stop) }) // runs before hang.Close
	garbage := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `<html>502 bad gateway, or so</html>`)
	}))
	t.Cleanup(garbage.Close)

	id, err := bundles.GenerateIdentity()
	if err != nil {
		t.Fatal(err)
	}
	multi := bundles.NewMulti(
		bundles.NewClient("hang", hang.URL, id, bundles.WithTimeout(hangTimeout), bundles.WithRetries(0), bundles.WithRegisterer(f.reg)),
		bundles.NewClient("garbage", garbage.URL, id, bundles.WithRetries(0), bundles.WithRegisterer(f.reg)),
		bundles.NewClient("local", f.relay.URL(), id, bundles.WithRegisterer(f.reg)),
	)

	var swaps []string
	for _, p := range f.world.V3.Pools {
		swaps = append(swaps, fmt.Sprintf("%q", "v3:"+p.Address.Hex()))
	}
	s, err := strategies.New("liquidation", strategytest.Decoder(fmt.Sprintf("pool = %q\noracle = %q\nweth = %q\nswap_pools = [%s]\nblocks = 4\n",
		f.world.Aave.Pool.Hex(), f.world.Aave.Oracle.Hex(), f.world.WETH.Hex(), strings.Join(swaps, ", "))))
	if err != nil {
		t.Fatal(err)
	}
	sim := forksim.New(f.node.RPC())
	t.Cleanup(sim.Close)
	log := zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.WarnLevel)
	env := strategies.Env{Chain: f.node.Client(), Sim: sim, Log: log, Metrics: f.reg, ChainID: f.node.ChainID(), Executor: f.executor, Sender: keeperAcc.Address}
	rt, err := runtime.New(runtime.Config{}, env, []strategies.Strategy{s})
	if err != nil {
		t.Fatal(err)
	}
	if f.journal, err = journal.Open(ctx, filepath.Join(t.TempDir(), "keeper.db")); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.journal.Close() })
	m := exec.NewMetrics(f.reg)
	jq := exec.NewJournalQueue(f.journal, log, m) // as keeper run journals
	nonces, err := exec.NewNonces(ctx, keeperAcc.Address, jq.Store(), f.node.Client())
	if err != nil {
		t.Fatal(err)
	}
	var pricing exec.Pricing
	pricing.MaxFeePerGas.SetUint64(500e9)
	pricing.TipBps = 5000
	ex := exec.New(exec.Config{Pricing: pricing, Key: keeperAcc.Key, ChainID: f.node.ChainID(), Record: jq.Record, Flush: jq.Flush, ReserveNonces: 32},
		f.node.Client(), sim, Relays{Multi: multi}, nonces, log, m)

	f.ops = ops.New("127.0.0.1:0", f.reg)
	f.ops.Require("strategies")
	f.ops.RequireFresh("chain_head", time.Minute, "head")
	f.engine = &Engine{Strategies: []strategies.Strategy{s}, Runtime: rt, Exec: ex, Sim: sim, Log: log, Registry: f.reg,
		Heads: source.HeadsConfig{WSURL: f.node.WSEndpoint(), HTTPURL: f.node.HTTPEndpoint()},
		Ready: func() { f.ops.Set("strategies", nil) },
		Head:  func(*types.Header) { f.ops.Beat("chain_head") },
	}
	return f
}

// run starts the engine; the returned channel gets Run's error.
func (f *faultEnv) run(t *testing.T, ctx context.Context) <-chan error {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- f.engine.Run(ctx) }()
	poll(t, 60*time.Second, "the strategies ready", done, func() bool {
		_, unmet := f.ops.Ready()
		_, waiting := unmet["strategies"]
		return !waiting
	})
	return done
}

// stopped waits for Run, cancelled, to return nil.
func stopped(t *testing.T, done <-chan error) {
	t.Helper()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run after cancel: got %v, want nil", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the engine did not stop within 30s of cancel")
	}
}

// liquidated reports whether the executor contract liquidated anyone.
func (f *faultEnv) liquidated(t *testing.T) bool {
	logs, err := f.node.Client().FilterLogs(context.Background(), ethereum.FilterQuery{Addresses: []common.Address{f.executor},
		Topics: [][]common.Hash{{keeperexecutor.NewKeeperExecutor().GetABI().Events["Liquidated"].ID}}})
	if err != nil {
		t.Fatal(err)
	}
	return len(logs) > 0
}

// poll calls cond until it holds; it fails on the deadline or when the
// engine stopped (done received).
func poll(t *testing.T, within time.Duration, what string, done <-chan error, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(within)
	for !cond() {
		select {
		case err := <-done:
			t.Fatalf("waiting for %s: the engine stopped: %v", what, err)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("no %s within %s", what, within)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// counter reads the sum of a counter's series whose labels include want.
func counter(t *testing.T, reg *prometheus.Registry, name string, want map[string]string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	var sum float64
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
	next:
		for _, m := range mf.GetMetric() {
			for k, v := range want {
				ok := false
				for _, lp := range m.GetLabel() {
					ok = ok || (lp.GetName() == k && lp.GetValue() == v)
				}
				if !ok {
					continue next
				}
			}
			sum += m.GetCounter().GetValue()
		}
	}
	return sum
}

// TestFaultyRelays: of three relays, one never answers and one answers
// garbage; the local relay still gets the liquidation and lands it, each
// fault is counted under its relay, and the engine keeps running. /readyz
// is not ready before the first head and ready after it.
func TestFaultyRelays(t *testing.T) {
	f := newFaultEnv(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if ok, unmet := f.ops.Ready(); ok || unmet["chain_head"] != "no head yet" {
		t.Errorf("/readyz before any head: got ready=%v unmet %v, want not ready with chain_head \"no head yet\"", ok, unmet)
	}
	done := f.run(t, ctx)
	for range 2 { // the demo timeline's block 2 drops ETH
		if _, _, err := f.world.Step(ctx); err != nil {
			t.Fatal(err)
		}
	}
	poll(t, 90*time.Second, "liquidation landed through the local relay", done, func() bool {
		if _, err := f.relay.BuildBlock(ctx); err != nil {
			t.Logf("build: %v", err)
		}
		return f.liquidated(t)
	})
	if ok, unmet := f.ops.Ready(); !ok {
		t.Errorf("/readyz after heads: got unmet %v, want ready", unmet)
	}
	// Every submission went to all three relays at once: the local relay
	// accepted, the others' faults are counted per relay.
	poll(t, 10*time.Second, "the hanging relay's timeout counted", done, func() bool {
		return counter(t, f.reg, "keeper_bundles_requests_total", map[string]string{"relay": "hang", "result": "timeout"}) > 0
	})
	// The executor sees the landing on a later head (the bundle may land
	// before the hanging relay's timeout lets its Submit record the flight).
	poll(t, 30*time.Second, "the landing counted", done, func() bool {
		if _, err := f.node.CommitBlock(ctx, nil); err != nil {
			t.Fatal(err)
		}
		time.Sleep(50 * time.Millisecond)
		return counter(t, f.reg, "keeper_exec_landed_total", nil) > 0
	})
	for _, c := range []struct {
		name   string
		labels map[string]string
	}{
		{"keeper_bundles_requests_total", map[string]string{"relay": "garbage", "result": "garbage"}},
		{"keeper_bundles_requests_total", map[string]string{"relay": "local", "result": "accepted"}},
		{"keeper_exec_relay_errors_total", map[string]string{"relay": "hang"}},
		{"keeper_exec_relay_errors_total", map[string]string{"relay": "garbage"}},
	} {
		if got := counter(t, f.reg, c.name, c.labels); got < 1 {
			t.Errorf("%s%v: got %v, want at least 1", c.name, c.labels, got)
		}
	}
	for _, c := range []struct {
		name   string
		labels map[string]string
	}{
		// (The local relay may refuse a resubmission once the bundle
		// landed: a refusal, not a fault.)
		{"keeper_bundles_requests_total", map[string]string{"relay": "local", "result": "garbage"}},
		{"keeper_bundles_requests_total", map[string]string{"relay": "local", "result": "timeout"}},
	} {
		if got := counter(t, f.reg, c.name, c.labels); got != 0 {
			t.Errorf("%s%v: got %v, want 0", c.name, c.labels, got)
		}
	}
	select {
	case err := <-done:
		t.Fatalf("the engine stopped on relay faults: %v", err)
	default:
	}
	cancel()
	stopped(t, done)
}

// TestShutdownFinishesInFlight cancels the engine while a bundle is on its
// way to the relays (the hanging relay holds it): Run waits for that
// submission to finish within the grace period, every relay's real answer
// (the local relay's acceptance, the other's timeout, not "context
// canceled") is in the journal, and no new work starts.
func TestShutdownFinishesInFlight(t *testing.T) {
	f := newFaultEnv(t)
	f.engine.ShutdownGrace = 10 * time.Second
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := f.run(t, ctx)
	for range 2 {
		if _, _, err := f.world.Step(ctx); err != nil {
			t.Fatal(err)
		}
	}
	select {
	case <-f.hung:
	case err := <-done:
		t.Fatalf("the engine stopped: %v", err)
	case <-time.After(90 * time.Second):
		t.Fatal("no bundle reached the relays within 90s")
	}
	cancel() // mid-submission: the hanging relay holds the fan-out
	cancelledAt := time.Now()
	stopped(t, done)
	if took := time.Since(cancelledAt); took > f.engine.ShutdownGrace+5*time.Second {
		t.Errorf("shutdown took %s, want within the grace (%s) and a margin", took, f.engine.ShutdownGrace)
	}
	jctx := context.Background()
	entries, err := f.journal.Query(jctx, journal.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, e := range entries {
		if e.Bundles > 0 {
			ids = append(ids, e.ID)
		}
	}
	if len(ids) == 0 {
		t.Fatalf("journal: got %d opportunities and none with a bundle, want the in-flight bundle recorded", len(entries))
	}
	answers, err := f.journal.Answers(jctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	// Every answer recorded is the relay's real one: the hanging relay's
	// timeout (never a request cut by the shutdown), the garbage relay's
	// error, and at least one acceptance by the local relay (others may be
	// refused: several liquidations in one block, each bundle checked on
	// its own against the chain's nonce).
	var localOK, hangs, garbage int
	for _, as := range answers {
		for _, a := range as {
			switch a.Relay {
			case "local":
				if a.OK {
					localOK++
				}
			case "hang":
				hangs++
				if a.OK || strings.Contains(a.Error, "context canceled") || a.Latency < hangTimeout/2 {
					t.Errorf("journal: hanging relay answer %+v, want its timeout after ~%s, not a cancelled request", a, hangTimeout)
				}
			case "garbage":
				garbage++
				if a.OK {
					t.Errorf("journal: garbage relay answer %+v, want an error", a)
				}
			}
		}
	}
	if localOK == 0 || hangs == 0 || garbage == 0 {
		t.Errorf("journal: got %d local acceptances, %d hanging and %d garbage answers, want at least one of each", localOK, hangs, garbage)
	}
}
