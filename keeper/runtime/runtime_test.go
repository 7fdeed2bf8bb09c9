package runtime

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	goruntime "runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/keeperkit/keeperkit/strategies"
)

// fake is a test strategy whose behaviour each test sets.
type fake struct {
	name    string
	subs    *strategies.Subscriptions
	onEvent func(ctx context.Context, ev strategies.Event) ([]strategies.Opportunity, error)
	initErr error

	mu     sync.Mutex
	blocks []uint64 // ev.Block of every call, in call order
	closed bool
}

var (
	_ strategies.Strategy   = (*fake)(nil)
	_ strategies.Closer     = (*fake)(nil)
	_ strategies.Subscriber = (*fake)(nil)
)

func (f *fake) Name() string                               { return f.name }
func (f *fake) Init(context.Context, strategies.Env) error { return f.initErr }
func (f *fake) Subscriptions() strategies.Subscriptions {
	if f.subs == nil {
		return strategies.DefaultSubscriptions
	}
	return *f.subs
}
func (f *fake) OnEvent(ctx context.Context, ev strategies.Event) ([]strategies.Opportunity, error) {
	f.mu.Lock()
	f.blocks = append(f.blocks, ev.Block)
	f.mu.Unlock()
	if f.onEvent == nil {
		return nil, nil
	}
	return f.onEvent(ctx, ev)
}
func (f *fake) Close(context.Context) error {
	f.mu.Lock()
	f.closed = true
	f.mu.Unlock()
	return nil
}

func (f *fake) seen() []uint64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.blocks)
}

func opp(id string, block uint64) strategies.Opportunity {
	return strategies.Opportunity{
		ID: id, Kind: strategies.KindArbitrage, MinBlock: block + 1, MaxBlock: block + 1,
		Calls:  []strategies.Call{{To: common.HexToAddress("0xe0"), Data: []byte{0x01}}},
		Profit: uint256.NewInt(1000), Gas: 100_000,
	}
}

func block(n uint64) strategies.Event {
	return strategies.Event{Kind: strategies.KindBlock, Block: n, Arrived: time.Now(), Header: &types.Header{Number: new(big.Int).SetUint64(n)}}
}

// start builds and runs a runtime; it returns the registry and a stop
// function that cancels Run and waits for it.
func start(t *testing.T, cfg Config, strats ...strategies.Strategy) (*Runtime, *prometheus.Registry, func()) {
	t.Helper()
	reg := prometheus.NewRegistry()
	r, err := New(cfg, strategies.Env{Log: zerolog.Nop(), Metrics: reg}, strats)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- r.Run(ctx) }()
	select {
	case <-r.Ready():
	case err := <-done:
		cancel()
		t.Fatalf("Run: %v", err)
	case <-time.After(10 * time.Second):
		cancel()
		t.Fatal("runtime not ready")
	}
	var once sync.Once
	stop := func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil {
				t.Errorf("Run: %v", err)
			}
		})
	}
	t.Cleanup(stop)
	return r, reg, stop
}

// metric reads one counter (or a histogram's sample count) whose labels
// include want.
func metric(t *testing.T, reg *prometheus.Registry, name string, want map[string]string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
	next:
		for _, m := range mf.GetMetric() {
			for k, v := range want {
				found := false
				for _, lp := range m.GetLabel() {
					if lp.GetName() == k && lp.GetValue() == v {
						found = true
					}
				}
				if !found {
					continue next
				}
			}
			if h := m.GetHistogram(); h != nil {
				return float64(h.GetSampleCount())
			}
			return m.GetCounter().GetValue()
		}
	}
	return 0
}

// waitFor polls cond until it holds or the deadline passes.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(time.Millisecond)
	}
}

func TestDropOldestUnderOverload(t *testing.T) {
	started := make(chan struct{})
	gate := make(chan struct{})
	slow := &fake{name: "slow", onEvent: func(ctx context.Context, ev strategies.Event) ([]strategies.Opportunity, error) {
		if ev.Block == 1 {
			close(started)
			<-gate
		}
		return nil, nil
	}}
	fast := &fake{name: "fast"}
	r, reg, _ := start(t, Config{QueueSize: 4}, slow, fast)

	r.Deliver(block(1))
	<-started // slow is inside OnEvent(1); its queue is empty
	deliverDone := make(chan struct{})
	go func() {
		for n := uint64(2); n <= 10; n++ {
			r.Deliver(block(n))
		}
		close(deliverDone)
	}()
	select {
	case <-deliverDone:
	case <-time.After(5 * time.Second):
		t.Fatal("Deliver blocked on a full queue")
	}
	close(gate)
	waitFor(t, "slow to drain", func() bool { return len(slow.seen()) == 5 })
	// fast keeps up or drops too; either way it ends on the newest event and
	// every event is either seen or counted as dropped.
	waitFor(t, "fast to see the last event", func() bool { s := fast.seen(); return len(s) > 0 && s[len(s)-1] == 10 })
	if seen, drops := len(fast.seen()), metric(t, reg, "keeper_runtime_queue_drops_total", map[string]string{"strategy": "fast"}); float64(seen)+drops != 10 {
		t.Errorf("fast: seen %d + dropped %v, want 10", seen, drops)
	}

	if got, want := slow.seen(), []uint64{1, 7, 8, 9, 10}; !slices.Equal(got, want) {
		t.Errorf("slow saw %v, want %v (the oldest dropped)", got, want)
	}
	if got := metric(t, reg, "keeper_runtime_queue_drops_total", map[string]string{"strategy": "slow"}); got != 5 {
		t.Errorf("slow drops: got %v, want 5", got)
	}
	if got := metric(t, reg, "keeper_runtime_events_total", map[string]string{"kind": "block"}); got != 10 {
		t.Errorf("events: got %v, want 10", got)
	}
}

func TestDeadline(t *testing.T) {
	const budget = 100 * time.Millisecond
	var sawDeadline atomic.Int64
	s := &fake{name: "s", onEvent: func(ctx context.Context, ev strategies.Event) ([]strategies.Opportunity, error) {
		d, _ := ctx.Deadline()
		if ev.Block == 1 {
			sawDeadline.Store(d.UnixNano())
		}
		if ev.Block == 2 {
			<-ctx.Done() // the slow search runs out of budget
			time.Sleep(5 * time.Millisecond)
		}
		return []strategies.Opportunity{opp("o", ev.Block)}, nil
	}}
	r, reg, _ := start(t, Config{Budget: budget}, s)

	on := block(1)
	r.Deliver(on)
	select {
	case out := <-r.Output():
		if want := on.Arrived.Add(budget); !out.Deadline.Equal(want) {
			t.Errorf("output deadline: got %v, want arrival+budget %v", out.Deadline, want)
		}
		if got := sawDeadline.Load(); got != on.Arrived.Add(budget).UnixNano() {
			t.Errorf("OnEvent ctx deadline: got %d, want %d", got, on.Arrived.Add(budget).UnixNano())
		}
		if out.Opportunity.Strategy != "s" || out.Block != 1 || out.EventKind != strategies.KindBlock || out.Header != on.Header {
			t.Errorf("output: got strategy %q block %d kind %s, want s 1 block", out.Opportunity.Strategy, out.Block, out.EventKind)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("no output for an event within budget")
	}

	r.Deliver(block(2)) // finishes late
	stale := block(3)
	stale.Arrived = time.Now().Add(-time.Second) // already past its deadline
	r.Deliver(stale)
	waitFor(t, "the late event", func() bool {
		return metric(t, reg, "keeper_runtime_deadline_drops_total", map[string]string{"strategy": "s", "stage": "queued"}) == 1
	})
	r.Deliver(block(4)) // a fresh one after them
	select {
	case out := <-r.Output():
		if out.Block != 4 {
			t.Errorf("output after deadline drops: got block %d, want 4", out.Block)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("no output for block 4")
	}
	if got := metric(t, reg, "keeper_runtime_deadline_drops_total", map[string]string{"strategy": "s", "stage": "running"}); got != 1 {
		t.Errorf("late drops: got %v, want 1", got)
	}
	if got := metric(t, reg, "keeper_runtime_deadline_drops_total", map[string]string{"strategy": "s", "stage": "queued"}); got != 1 {
		t.Errorf("expired drops: got %v, want 1", got)
	}
	if got := s.seen(); slices.Contains(got, 3) {
		t.Errorf("OnEvent called for an expired event: saw %v", got)
	}
}

func TestFailureIsolation(t *testing.T) {
	panicky := &fake{name: "panicky", onEvent: func(context.Context, strategies.Event) ([]strategies.Opportunity, error) {
		panic("strategy bug")
	}}
	failing := &fake{name: "failing", onEvent: func(context.Context, strategies.Event) ([]strategies.Opportunity, error) {
		return []strategies.Opportunity{opp("ignored", 0)}, errors.New("rpc down")
	}}
	invalid := &fake{name: "invalid", onEvent: func(_ context.Context, ev strategies.Event) ([]strategies.Opportunity, error) {
		o := opp("bad", ev.Block)
		o.Calls = nil
		return []strategies.Opportunity{o}, nil
	}}
	good := &fake{name: "good", onEvent: func(_ context.Context, ev strategies.Event) ([]strategies.Opportunity, error) {
		return []strategies.Opportunity{opp("good", ev.Block)}, nil
	}}
	r, reg, _ := start(t, Config{}, panicky, failing, invalid, good)
	const events = 3
	for n := uint64(1); n <= events; n++ {
		r.Deliver(block(n))
	}
	var got []uint64
	for len(got) < events {
		select {
		case out := <-r.Output():
			if out.Opportunity.Strategy != "good" {
				t.Errorf("output from %q, want only good", out.Opportunity.Strategy)
			}
			got = append(got, out.Block)
		case <-time.After(5 * time.Second):
			t.Fatalf("good produced %v, want %d outputs", got, events)
		}
	}
	waitFor(t, "all strategies to see every event", func() bool {
		return len(panicky.seen()) == events && len(failing.seen()) == events && len(invalid.seen()) == events
	})
	tests := []struct {
		name, metric, strategy string
		want                   float64
	}{
		{"panics counted", "keeper_runtime_panics_total", "panicky", events},
		{"errors counted", "keeper_runtime_errors_total", "failing", events},
		{"invalid counted", "keeper_runtime_invalid_opportunities_total", "invalid", events},
		{"good has no errors", "keeper_runtime_errors_total", "good", 0},
		{"good opportunities", "keeper_runtime_opportunities_total", "good", events},
		{"failing opportunities discarded", "keeper_runtime_opportunities_total", "failing", 0},
		{"latency observed", "keeper_runtime_on_event_milliseconds", "panicky", events},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			waitFor(t, tc.metric, func() bool { return metric(t, reg, tc.metric, map[string]string{"strategy": tc.strategy}) == tc.want })
		})
	}
	if !slices.Equal(got, []uint64{1, 2, 3}) {
		t.Errorf("good outputs: got %v, want [1 2 3]", got)
	}
}

func TestOrderingPerStrategy(t *testing.T) {
	const events = 2000
	var strats []strategies.Strategy
	var fakes []*fake
	for i := range 5 {
		f := &fake{name: string(rune('a' + i))}
		if i%2 == 1 {
			f.onEvent = func(context.Context, strategies.Event) ([]strategies.Opportunity, error) {
				time.Sleep(time.Microsecond) // a slower consumer
				return nil, nil
			}
		}
		fakes = append(fakes, f)
		strats = append(strats, f)
	}
	r, _, _ := start(t, Config{QueueSize: events}, strats...)
	for n := uint64(1); n <= events; n++ {
		r.Deliver(block(n))
	}
	for _, f := range fakes {
		waitFor(t, f.name+" to drain", func() bool { return len(f.seen()) == events })
		got := f.seen()
		for i, n := range got {
			if n != uint64(i+1) {
				t.Fatalf("strategy %s: event %d is block %d, want %d", f.name, i, n, i+1)
			}
		}
	}
}

func TestSubscriptionRouting(t *testing.T) {
	a, b := common.HexToAddress("0xa"), common.HexToAddress("0xb")
	logsA := &fake{name: "logs-a", subs: &strategies.Subscriptions{
		Kinds: strategies.NewKindSet(strategies.KindLogs), Logs: []strategies.LogFilter{{Addresses: []common.Address{a}}}}}
	var gotLogs atomic.Value
	logsA.onEvent = func(_ context.Context, ev strategies.Event) ([]strategies.Opportunity, error) {
		gotLogs.Store(ev.Logs)
		return nil, nil
	}
	pending := &fake{name: "pending", subs: &strategies.Subscriptions{Kinds: strategies.NewKindSet(strategies.KindPendingTx)}}
	blocks := &fake{name: "blocks"} // default subscriptions
	r, _, _ := start(t, Config{}, logsA, pending, blocks)

	r.Deliver(strategies.Event{Kind: strategies.KindLogs, Block: 1, Logs: []types.Log{{Address: b, Index: 0}, {Address: a, Index: 1}}})
	r.Deliver(strategies.Event{Kind: strategies.KindLogs, Block: 2, Logs: []types.Log{{Address: b}}}) // matches nothing of logs-a
	r.Deliver(strategies.Event{Kind: strategies.KindPendingTx, Block: 3})
	r.Deliver(block(4))
	r.Deliver(strategies.Event{Kind: strategies.KindReorg, Block: 5, Reorg: &strategies.Reorg{}})
	r.Deliver(strategies.Event{Kind: strategies.KindHint, Block: 6}) // nobody subscribed

	waitFor(t, "routing", func() bool {
		return len(logsA.seen()) == 1 && len(pending.seen()) == 1 && len(blocks.seen()) == 2
	})
	tests := []struct {
		f    *fake
		want []uint64
	}{
		{logsA, []uint64{1}},
		{pending, []uint64{3}},
		{blocks, []uint64{4, 5}},
	}
	for _, tc := range tests {
		if got := tc.f.seen(); !slices.Equal(got, tc.want) {
			t.Errorf("%s saw %v, want %v", tc.f.name, got, tc.want)
		}
	}
	if logs := gotLogs.Load().([]types.Log); len(logs) != 1 || logs[0].Address != a {
		t.Errorf("logs-a got logs %v, want only the one from %s", logs, a)
	}
}

func TestOutputFull(t *testing.T) {
	s := &fake{name: "burst", onEvent: func(_ context.Context, ev strategies.Event) ([]strategies.Opportunity, error) {
		return []strategies.Opportunity{opp("1", ev.Block), opp("2", ev.Block), opp("3", ev.Block)}, nil
	}}
	r, reg, _ := start(t, Config{OutputSize: 1, Budget: 50 * time.Millisecond}, s)
	r.Deliver(block(1)) // nobody reads Output
	waitFor(t, "output drops", func() bool {
		return metric(t, reg, "keeper_runtime_output_drops_total", map[string]string{"strategy": "burst"}) == 2
	})
	if got := metric(t, reg, "keeper_runtime_opportunities_total", map[string]string{"strategy": "burst"}); got != 1 {
		t.Errorf("opportunities sent: got %v, want 1", got)
	}
}

func TestLifecycle(t *testing.T) {
	t.Run("init error stops run", func(t *testing.T) {
		bad := &fake{name: "bad", initErr: errors.New("no pools")}
		r, err := New(Config{}, strategies.Env{Log: zerolog.Nop()}, []strategies.Strategy{&fake{name: "ok"}, bad})
		if err != nil {
			t.Fatal(err)
		}
		err = r.Run(context.Background())
		if !errors.Is(err, ErrInit) || !strings.Contains(err.Error(), "bad") {
			t.Errorf("got %v, want ErrInit naming bad", err)
		}
	})
	t.Run("close and output closed", func(t *testing.T) {
		f := &fake{name: "c"}
		r, reg, stop := start(t, Config{}, f)
		stop()
		if !f.closed {
			t.Error("Close not called")
		}
		if _, ok := <-r.Output(); ok {
			t.Error("Output not closed after Run returned")
		}
		_ = reg
	})
	t.Run("events before ready", func(t *testing.T) {
		reg := prometheus.NewRegistry()
		r, err := New(Config{}, strategies.Env{Log: zerolog.Nop(), Metrics: reg}, []strategies.Strategy{&fake{name: "x"}})
		if err != nil {
			t.Fatal(err)
		}
		r.Deliver(block(1))
		if got := metric(t, reg, "keeper_runtime_events_before_ready_total", nil); got != 1 {
			t.Errorf("before-ready drops: got %v, want 1", got)
		}
	})
	t.Run("config errors", func(t *testing.T) {
		tests := []struct {
			name   string
			cfg    Config
			strats []strategies.Strategy
			want   string
		}{
			{"no strategies", Config{}, nil, "no strategies"},
			{"duplicate", Config{}, []strategies.Strategy{&fake{name: "d"}, &fake{name: "d"}}, `duplicate strategy name "d"`},
			{"negative queue", Config{QueueSize: -1}, []strategies.Strategy{&fake{name: "d"}}, "queue_size -1"},
			{"negative budget", Config{Budget: -1}, []strategies.Strategy{&fake{name: "d"}}, "budget -1ns"},
		}
		for _, tc := range tests {
			t.Run(tc.name, func(t *testing.T) {
				_, err := New(tc.cfg, strategies.Env{Log: zerolog.Nop()}, tc.strats)
				if err == nil || !strings.Contains(err.Error(), tc.want) {
					t.Errorf("got %v, want an error containing %q", err, tc.want)
				}
			})
		}
	})
}

// TestConcurrency: at most Concurrency strategies run an event at once, the
// others wait their turn and all get it; a call stuck past its event's
// deadline (it ignores its context) gives its slot up, so the others still
// run, and is counted.
func TestConcurrency(t *testing.T) {
	for _, tc := range []struct {
		slots, strategies int
	}{{1, 4}, {2, 4}, {4, 4}} {
		t.Run(fmt.Sprintf("slots=%d", tc.slots), func(t *testing.T) {
			var running, most atomic.Int32
			release := make(chan struct{})
			var strats []strategies.Strategy
			for i := range tc.strategies {
				strats = append(strats, &fake{name: fmt.Sprintf("s%d", i), onEvent: func(ctx context.Context, ev strategies.Event) ([]strategies.Opportunity, error) {
					n := running.Add(1)
					defer running.Add(-1)
					for {
						m := most.Load()
						if n <= m || most.CompareAndSwap(m, n) {
							break
						}
					}
					<-release
					return []strategies.Opportunity{opp("o", ev.Block)}, nil
				}})
			}
			r, _, _ := start(t, Config{Concurrency: tc.slots}, strats...)
			r.Deliver(block(1))
			waitFor(t, "the first calls", func() bool { return running.Load() == int32(tc.slots) })
			time.Sleep(20 * time.Millisecond) // room for a call that should not start
			if got := running.Load(); got != int32(tc.slots) {
				t.Fatalf("calls running: got %d, want %d", got, tc.slots)
			}
			close(release)
			for range tc.strategies {
				select {
				case <-r.Output():
				case <-time.After(5 * time.Second):
					t.Fatal("a strategy never got its turn")
				}
			}
			if got := most.Load(); got != int32(tc.slots) {
				t.Fatalf("most calls at once: got %d, want %d", got, tc.slots)
			}
		})
	}
	t.Run("overrun", func(t *testing.T) {
		stuck := make(chan struct{})
		defer close(stuck) // before start's cleanup waits for Run
		hang := &fake{name: "hang", onEvent: func(context.Context, strategies.Event) ([]strategies.Opportunity, error) {
			<-stuck // ignores its context
			return nil, nil
		}}
		ok := &fake{name: "ok", onEvent: func(_ context.Context, ev strategies.Event) ([]strategies.Opportunity, error) {
			return []strategies.Opportunity{opp("o", ev.Block)}, nil
		}}
		const budget = 200 * time.Millisecond
		r, reg, _ := start(t, Config{Concurrency: 1, Budget: budget}, hang, ok)
		r.Deliver(block(1))
		waitFor(t, "the stuck call", func() bool { return len(hang.seen()) == 1 })
		// Which of the two takes the slot first for block 1 is the
		// scheduler's choice. If ok came second, its block 1 waited behind
		// the stuck call's slot up to the same deadline and was skipped;
		// if first, it ran. Either way, once the deadline passed ok runs
		// again.
		waitFor(t, "the stuck call's slot freed", func() bool {
			return metric(t, reg, "keeper_runtime_slot_overruns_total", map[string]string{"strategy": "hang"}) == 1
		})
		ranFirst := slices.Contains(ok.seen(), 1)
		r.Deliver(block(2))
		for got2 := false; !got2; {
			select {
			case out := <-r.Output():
				switch {
				case out.Block == 1 && ranFirst && out.Opportunity.Strategy == "ok":
				case out.Block == 2 && out.Opportunity.Strategy == "ok":
					got2 = true
				default:
					t.Fatalf("output: got block %d from %q, want block 2 from ok (block 1 only if ok ran it first: %v)", out.Block, out.Opportunity.Strategy, ranFirst)
				}
			case <-time.After(budget / 2):
				t.Fatal("no output from the other strategy after the stuck call's deadline")
			}
		}
		want := 1.0 // block 1 skipped, queued past its deadline
		if ranFirst {
			want = 0
		}
		if n := metric(t, reg, "keeper_runtime_deadline_drops_total", map[string]string{"strategy": "ok", "stage": "queued"}); n != want {
			t.Fatalf("ok's queued deadline drops (ran block 1 first: %v): got %v, want %v", ranFirst, n, want)
		}
		if n := metric(t, reg, "keeper_runtime_slot_overruns_total", map[string]string{"strategy": "hang"}); n != 1 {
			t.Fatalf("overruns of the stuck strategy: got %v, want 1", n)
		}
	})
}

// TestDefaultConcurrency: by default one CPU is left to what the strategies'
// opportunities wait on, and a single CPU still runs one strategy.
func TestDefaultConcurrency(t *testing.T) {
	defer goruntime.GOMAXPROCS(goruntime.GOMAXPROCS(0))
	for _, tc := range []struct{ procs, want int }{{1, 1}, {2, 1}, {4, 3}, {16, 15}} {
		goruntime.GOMAXPROCS(tc.procs)
		if got := (Config{}).withDefaults().Concurrency; got != tc.want {
			t.Errorf("GOMAXPROCS %d: concurrency %d, want %d", tc.procs, got, tc.want)
		}
		if got := (Config{Concurrency: 7}).withDefaults().Concurrency; got != 7 {
			t.Errorf("GOMAXPROCS %d: set concurrency became %d", tc.procs, got)
		}
	}
}
