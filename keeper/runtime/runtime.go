package runtime

import (
	"context"
	"fmt"
	goruntime "runtime"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/keeperkit/keeperkit/strategies"
)

// Output is one opportunity on its way to the executor.
type Output struct {
	Opportunity strategies.Opportunity
	// Deadline is the event's deadline: the executor should not start work
	// on the opportunity after it.
	Deadline time.Time
	// Block, EventKind and Arrived describe the event that revealed it.
	Block     uint64
	EventKind strategies.Kind
	Arrived   time.Time
	// Header is the event's header for KindBlock and KindLogs events (the
	// executor prices on it); nil for other kinds.
	Header *types.Header
	// Found is when the strategy emitted (strategies.Emit) or returned the
	// opportunity: Found − Arrived is the strategy's time (queue wait plus
	// its fast path and proofs up to this opportunity).
	Found time.Time
}

// Runtime runs strategies. Deliver is safe for concurrent use; Run must be
// called once.
type Runtime struct {
	cfg     Config
	budget  time.Duration
	log     zerolog.Logger
	m       *metrics
	workers []*worker
	out     chan Output
	// slots holds a token per OnEvent running (Config.Concurrency); a
	// worker waiting for one is queued behind the ones that asked first.
	slots chan struct{}

	running atomic.Bool
	// ready is set once every Init returned: it publishes each worker's subs
	// to Deliver.
	ready   atomic.Bool
	readyCh chan struct{}
}

// New builds a runtime for strats. env is the base environment: each
// strategy gets a copy whose Log carries strategy=NAME and whose Metrics
// registers under a strategy="NAME" label; the runtime's own metrics go to
// env.Metrics (a private registry when nil). Strategies are not started
// until Run.
func New(cfg Config, env strategies.Env, strats []strategies.Strategy) (*Runtime, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults()
	if len(strats) == 0 {
		return nil, ErrNoStrategies
	}
	reg := env.Metrics
	if reg == nil {
		reg = prometheus.NewRegistry()
	}
	m, err := newMetrics(reg)
	if err != nil {
		return nil, fmt.Errorf("runtime: metrics: %w", err)
	}
	r := &Runtime{
		cfg:     cfg,
		budget:  cfg.Budget,
		log:     env.Log.With().Str("component", "runtime").Logger(),
		m:       m,
		out:     make(chan Output, cfg.OutputSize),
		slots:   make(chan struct{}, cfg.Concurrency),
		readyCh: make(chan struct{}),
	}
	seen := make(map[string]bool, len(strats))
	for _, s := range strats {
		name := s.Name()
		if seen[name] {
			return nil, fmt.Errorf("%w %q", ErrDuplicateName, name)
		}
		seen[name] = true
		senv := env
		senv.Log = env.Log.With().Str("strategy", name).Logger()
		senv.Metrics = prometheus.WrapRegistererWith(prometheus.Labels{"strategy": name}, reg)
		r.workers = append(r.workers, &worker{
			s:    s,
			name: name,
			env:  senv,
			m:    m.forStrategy(name),
			buf:  make([]strategies.Event, cfg.QueueSize),
			wake: make(chan struct{}, 1),
		})
	}
	return r, nil
}

// Output is the channel of opportunities for the executor. Workers block on
// it when it is full, each until its event's deadline, then drop and count.
// It is closed when Run returns.
func (r *Runtime) Output() <-chan Output { return r.out }

// Ready is closed when every strategy's Init returned and Deliver starts
// queueing events. Events delivered before are dropped and counted.
func (r *Runtime) Ready() <-chan struct{} { return r.readyCh }

// Deliver queues ev for every strategy that subscribed to its kind. It never
// blocks: a full queue drops its oldest event. A zero ev.Arrived is set to
// now. KindLogs events are narrowed to the logs each strategy's filters
// match and skipped for strategies that match none.
func (r *Runtime) Deliver(ev strategies.Event) {
	if ev.Kind == 0 || int(ev.Kind) >= len(r.m.byKind) {
		return
	}
	r.m.byKind[ev.Kind].Inc()
	if !r.ready.Load() {
		r.m.beforeReady.Inc()
		return
	}
	if ev.Arrived.IsZero() {
		ev.Arrived = time.Now()
	}
	for _, w := range r.workers {
		if !w.subs.Wants(ev.Kind) {
			continue
		}
		if ev.Kind == strategies.KindLogs {
			narrowed, ok := narrowLogs(ev, &w.subs)
			if ok {
				w.push(narrowed)
			}
			continue
		}
		w.push(ev)
	}
}

// narrowLogs returns ev with only the logs subs matches, and false when
// none does. It allocates only when some but not all logs match.
func narrowLogs(ev strategies.Event, subs *strategies.Subscriptions) (strategies.Event, bool) {
	first := -1
	all := true
	for i := range ev.Logs {
		if subs.MatchLog(&ev.Logs[i]) {
			if first < 0 {
				first = i
			}
		} else {
			all = false
		}
	}
	switch {
	case first < 0:
		return ev, false
	case all:
		return ev, true
	}
	logs := make([]types.Log, 0, len(ev.Logs)-first)
	for i := first; i < len(ev.Logs); i++ {
		if subs.MatchLog(&ev.Logs[i]) {
			logs = append(logs, ev.Logs[i])
		}
	}
	ev.Logs = logs
	return ev, true
}

// Run initialises every strategy (an Init error stops Run before any event
// is processed), then processes events until ctx ends, then closes the
// strategies that implement strategies.Closer and the Output channel. It
// returns nil on shutdown by ctx.
func (r *Runtime) Run(ctx context.Context) error {
	if !r.running.CompareAndSwap(false, true) {
		return fmt.Errorf("runtime: Run called twice")
	}
	defer close(r.out)
	for _, w := range r.workers {
		if err := w.s.Init(ctx, w.env); err != nil {
			return fmt.Errorf("%w %s: %w", ErrInit, w.name, err)
		}
		w.subs = strategies.DefaultSubscriptions
		if sub, ok := w.s.(strategies.Subscriber); ok {
			w.subs = sub.Subscriptions()
		}
		w.env.Log.Info().Str("kinds", kindsString(w.subs)).Int("log_filters", len(w.subs.Logs)).Msg("strategy ready")
	}
	r.ready.Store(true)
	close(r.readyCh)

	var wg sync.WaitGroup
	for _, w := range r.workers {
		wg.Go(func() { w.run(ctx, r) })
	}
	reapCtx, stopReap := context.WithCancel(ctx)
	reaped := make(chan struct{})
	go func() {
		defer close(reaped)
		r.reapOverruns(reapCtx, max(time.Millisecond, min(r.budget/4, 250*time.Millisecond)))
	}()
	wg.Wait()
	stopReap()
	<-reaped

	cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), r.cfg.CloseTimeout)
	defer cancel()
	for _, w := range r.workers {
		if c, ok := w.s.(strategies.Closer); ok {
			if err := c.Close(cctx); err != nil {
				w.env.Log.Warn().Err(err).Msg("strategy close failed")
			}
		}
	}
	return nil
}

func kindsString(s strategies.Subscriptions) string {
	out := ""
	for _, k := range strategies.Kinds() {
		if s.Wants(k) {
			if out != "" {
				out += ","
			}
			out += k.String()
		}
	}
	return out
}

// handle runs one event through one strategy and forwards its
// opportunities: the ones it emits while running (strategies.Emit) at once,
// the ones it returns after.
func (r *Runtime) handle(ctx context.Context, w *worker, ev *strategies.Event) {
	deadline := ev.Arrived.Add(r.budget)
	if !time.Now().Before(deadline) {
		w.m.expiredQueued.Inc()
		return
	}
	// One allocation for the event's context and its emitter.
	run := &eventRun{}
	run.ectx.parent, run.ectx.deadline = ctx, deadline
	run.em = emitter{r: r, w: w, ectx: &run.ectx,
		tmpl: Output{Deadline: deadline, Block: ev.Block, EventKind: ev.Kind, Arrived: ev.Arrived, Header: ev.Header}}
	run.ectx.emit = &run.em
	// One of Concurrency slots for the call. It is held while the strategy
	// waits on the simulator or the node too: a proof's answer is wanted
	// at once, not behind the strategies queued meanwhile. A call still
	// running at its deadline loses it (reapOverruns).
	select {
	case r.slots <- struct{}{}:
	case <-ctx.Done():
		return
	}
	// Step back once before the call: whoever handed the slot over readied
	// this goroutine into its P's next-to-run place, where it would run at
	// once on the rest of that goroutine's time slice; the strategies would
	// pass the cores among themselves for up to a slice (10 ms) while
	// goroutines already waiting (the node's answer to the fork's warm-up,
	// a proof's reads) wait behind them. At the stress benchmark's head
	// that wait was most of the warm-up: 4.7-5.3 ms to 3.1 ms, p50.
	goruntime.Gosched()
	held := deadline.UnixNano()
	w.slot.Store(held)
	if !time.Now().Before(deadline) { // its turn came too late
		w.releaseSlot(r, held)
		w.m.expiredQueued.Inc()
		return
	}
	start := time.Now()
	opps, err := w.call(&run.ectx, ev)
	w.releaseSlot(r, held)
	run.ectx.release()
	end := time.Now()
	w.m.latency.Observe(float64(end.Sub(start).Nanoseconds()) / 1e6)
	if err != nil {
		// As with any Go call, results next to an error are not to be used
		// (the ones already emitted are on their way).
		w.logFailure(ev, err)
		return
	}
	if len(opps) == 0 {
		return
	}
	if !end.Before(deadline) {
		w.m.expiredRunning.Inc()
		if e := w.env.Log.Debug(); e.Enabled() {
			e.Uint64("block", ev.Block).Int("opportunities", len(opps)).Msg("opportunities past deadline dropped")
		}
		return
	}
	found := time.Now()
	for i := range opps {
		r.forward(ctx, w, &opps[i], &run.em.tmpl, found)
	}
}

// eventRun is what one OnEvent call needs, allocated together.
type eventRun struct {
	ectx eventCtx
	em   emitter
}

// emitter is the strategies.Emitter of one OnEvent call.
type emitter struct {
	r    *Runtime
	w    *worker
	ectx *eventCtx
	tmpl Output // the event's fields of every Output
}

// Superseded reports whether a block or logs event of a newer block was
// queued for this strategy since this event started.
func (em *emitter) Superseded() bool {
	return em.w.newest.Load() > em.tmpl.Block
}

// Emit forwards o now; after OnEvent returned or past the event's deadline
// it drops o and counts it as past the deadline.
func (em *emitter) Emit(o strategies.Opportunity) {
	if em.ectx.Err() != nil {
		em.w.m.expiredRunning.Inc()
		return
	}
	em.r.forward(em.ectx, em.w, &o, &em.tmpl, time.Now())
	// The strategy goes on proving (CPU-bound, no blocking call for the
	// scheduler to switch on): yield, so that the executor's goroutine the
	// send just woke runs now instead of at the next preemption (~10 ms).
	goruntime.Gosched()
}

// forward validates o and hands it to the output channel, waiting while it
// is full until the event's deadline or ctx ends.
func (r *Runtime) forward(ctx context.Context, w *worker, o *strategies.Opportunity, tmpl *Output, found time.Time) {
	if o.Strategy == "" {
		o.Strategy = w.name
	}
	if err := o.Validate(); err != nil {
		w.m.invalid.Inc()
		w.env.Log.Warn().Err(err).Msg("invalid opportunity dropped")
		return
	}
	out := *tmpl
	out.Opportunity, out.Found = *o, found
	select {
	case r.out <- out:
		w.m.opportunities.Inc()
		return
	default:
	}
	if r.sendUntil(ctx, out, out.Deadline) {
		w.m.opportunities.Inc()
	} else {
		w.m.outputDrops.Inc()
	}
}

// sendUntil blocks on the full output channel until the deadline or ctx.
func (r *Runtime) sendUntil(ctx context.Context, out Output, deadline time.Time) bool {
	t := time.NewTimer(time.Until(deadline))
	defer t.Stop()
	select {
	case r.out <- out:
		return true
	case <-t.C:
		return false
	case <-ctx.Done():
		return false
	}
}

// worker owns one strategy: its queue and the goroutine that calls it.
type worker struct {
	s    strategies.Strategy
	name string
	env  strategies.Env
	m    workerMetrics
	subs strategies.Subscriptions // written before Runtime.ready, read-only after

	// mu guards the ring buffer of queued events.
	mu         sync.Mutex
	buf        []strategies.Event
	head, size int

	wake chan struct{} // 1 slot: "the queue may be non-empty"
	// slot is the deadline (unix ns) of the event for which the worker
	// holds a run slot (Runtime.slots), 0 when it holds none: one word, so
	// that the reaper can only ever free the hold it saw expire.
	slot atomic.Int64
	// newest is the highest block of the KindBlock and KindLogs events
	// pushed so far (written under mu, read by Superseded without it).
	newest atomic.Uint64
}

// releaseSlot gives back the run slot held until deadline held, once: the
// worker after its call, or reapOverruns past that deadline, whichever comes
// first.
func (w *worker) releaseSlot(r *Runtime, held int64) bool {
	if w.slot.CompareAndSwap(held, 0) {
		<-r.slots
		return true
	}
	return false
}

// reapOverruns frees the run slots of calls past their event's deadline,
// every period until ctx ends: a strategy stuck in OnEvent (a call that
// ignores its context) then costs the others one budget at most, never
// their turn for good.
func (r *Runtime) reapOverruns(ctx context.Context, period time.Duration) {
	t := time.NewTicker(period)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case now := <-t.C:
			for _, w := range r.workers {
				if held := w.slot.Load(); held != 0 && now.UnixNano() > held && w.releaseSlot(r, held) {
					w.m.overruns.Inc()
					w.env.Log.Warn().Msg("OnEvent still running past its event's deadline: its run slot goes to the others")
				}
			}
		}
	}
}

// push appends ev, dropping the oldest event when the queue is full.
func (w *worker) push(ev strategies.Event) {
	w.mu.Lock()
	if w.size == len(w.buf) {
		w.buf[w.head] = strategies.Event{}
		w.head = (w.head + 1) % len(w.buf)
		w.size--
		w.m.queueDrops.Inc()
	}
	w.buf[(w.head+w.size)%len(w.buf)] = ev
	w.size++
	if (ev.Kind == strategies.KindBlock || ev.Kind == strategies.KindLogs) && ev.Block > w.newest.Load() {
		w.newest.Store(ev.Block)
	}
	w.mu.Unlock()
	select {
	case w.wake <- struct{}{}:
	default:
	}
}

// pop takes the oldest event into ev.
func (w *worker) pop(ev *strategies.Event) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.size == 0 {
		return false
	}
	*ev = w.buf[w.head]
	w.buf[w.head] = strategies.Event{} // release payload references
	w.head = (w.head + 1) % len(w.buf)
	w.size--
	return true
}

func (w *worker) run(ctx context.Context, r *Runtime) {
	var ev strategies.Event
	for {
		if ctx.Err() != nil {
			return
		}
		if !w.pop(&ev) {
			select {
			case <-ctx.Done():
				return
			case <-w.wake:
			}
			continue
		}
		r.handle(ctx, w, &ev)
		ev = strategies.Event{}
	}
}

// panicError carries a recovered panic and its stack.
type panicError struct {
	value any
	stack []byte
}

func (p *panicError) Error() string { return fmt.Sprintf("%v: %v", ErrPanic, p.value) }
func (p *panicError) Unwrap() error { return ErrPanic }

// call runs OnEvent, turning a panic into a *panicError.
func (w *worker) call(ctx context.Context, ev *strategies.Event) (opps []strategies.Opportunity, err error) {
	defer func() {
		if v := recover(); v != nil {
			opps, err = nil, &panicError{value: v, stack: debug.Stack()}
		}
	}()
	return w.s.OnEvent(ctx, *ev)
}

func (w *worker) logFailure(ev *strategies.Event, err error) {
	if p, ok := err.(*panicError); ok {
		w.m.panics.Inc()
		// A panic is a bug in the strategy: Error level, with the stack.
		w.env.Log.Error().Str("panic", fmt.Sprint(p.value)).Bytes("stack", p.stack).
			Str("event", ev.Kind.String()).Uint64("block", ev.Block).Msg("strategy panicked")
		return
	}
	w.m.errors.Inc()
	w.env.Log.Warn().Err(err).Str("event", ev.Kind.String()).Uint64("block", ev.Block).Msg("strategy event failed")
}
