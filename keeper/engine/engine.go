// Package engine runs the live path of a keeper: new heads, their logs and
// pending transactions go to the runtime (and so to the strategies); the
// opportunities the runtime emits go to the executor, which proves, prices,
// signs and sends them; every new head lets the executor follow what it
// sent. `keeper run` builds one from the config.
//
// It owns no logic of its own beyond the wiring and the order of start-up:
// the strategies' subscriptions are known only after their Init, so the
// head source starts once the runtime is ready.
//
// # Latency: header to the first bundle on the wire
//
//   - Nothing waits on the head path: the executor follows its bundles
//     (receipts, resubmission) and the simulator's fork of the new head is
//     prepared in goroutines of their own, newest head wins, while the
//     head's logs go straight to the strategies.
//   - The head's new bundles go before the old ones: the follow-up of the
//     bundles in flight waits until the head's first bundle was handed
//     over (at most followDelay); only its nonce work runs at once.
//   - Strategies stream: an opportunity passed to strategies.Emit goes to
//     the executor at once (the built-in strategies emit each candidate as
//     soon as it is proven, best first), and a strategy stops proving when
//     strategies.Superseded says a newer block is waiting.
//   - The submit loop runs up to Workers Submits at once and skips what
//     would be wasted: stale (a newer head), late, busy, duplicate.
//   - SharedSim runs each distinct simulation once per block. An
//     opportunity reaching the relays has been simulated by the executor
//     on the state after the head it was found at (the target block's
//     parent); where the strategy proved exactly the calls it emitted, as
//     the executor builds its request, that is the same run, done once.
//   - The fork of a new head is one round trip: the block's trace gives
//     the values it wrote (sim/fork Advance), and what is still to refetch
//     goes on the wire without being waited for.
//   - The strategies read the chain through one chainview.View (Chain):
//     a read pinned to a block reaches the node once however many
//     instances ask, so ten instances load a 10,000-borrower market in
//     about the time of one.
//   - The only disk write on the way to the relays is the nonce lease's
//     (Nonces.MarkSent: a crash must find it), and none when a nonce
//     reservation already covers the lease (exec.Config.ReserveNonces,
//     written after each head); outcomes are journaled
//     after, off the submission path, in group commits (exec.JournalQueue,
//     flushed before Run returns).
//
// BenchmarkHeadToBundle measures it per stage.
package engine

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"
	"golang.org/x/sync/errgroup"

	"github.com/keeperkit/keeperkit/bundles"
	"github.com/keeperkit/keeperkit/keeper/engine/chainview"
	"github.com/keeperkit/keeperkit/keeper/exec"
	"github.com/keeperkit/keeperkit/keeper/runtime"
	"github.com/keeperkit/keeperkit/keeper/source"
	"github.com/keeperkit/keeperkit/strategies"
)

// doneKept is how many blocks the submit loop remembers which IDs it
// handed to the executor (an opportunity's block range is a few blocks).
const doneKept = 64

// Defaults of the Engine's fields.
const (
	DefaultWorkers       = 16
	DefaultShutdownGrace = 5 * time.Second
)

// Engine joins sources, runtime and executor.
type Engine struct {
	Strategies []strategies.Strategy
	Runtime    *runtime.Runtime
	Exec       *exec.Executor
	// Heads configures the head source; its Logs are filled from the
	// strategies' subscriptions.
	Heads source.HeadsConfig
	// Pending, when its WSURL is set and a strategy asks for pending
	// transactions, feeds the mempool to the runtime.
	Pending source.PendingConfig
	// Hints are MEV-Share hint stream URLs (the hints_url of mev-share
	// relays). When a strategy asks for hints, each is followed
	// (bundles.HintStream: reconnects with backoff, resumes by event id)
	// and their hints reach the runtime as KindHint events, in arrival
	// order, through one bounded queue (source.Hints: oldest dropped and
	// counted when the strategies lag).
	Hints []string
	// Sim, when set, is the simulator the strategies and the executor
	// share (their Env.Sim): the engine prepares its state of each new head
	// (an empty simulation: the fork advanced to the head) as the head
	// arrives, while the strategies are still reading the head's logs, so
	// that the first proof of the block does not pay for it.
	Sim strategies.Simulator
	// Chain, when set, is the chain view the strategies share (their
	// Env.Chain): the engine tells it every new head (answers up to the
	// head may be kept) and, on a reorg, forgets the blocks that left the
	// canonical chain before the strategies hear of the reorg.
	Chain    *chainview.View
	Log      zerolog.Logger
	Registry prometheus.Registerer
	// Ready is called once the strategies are initialised and the sources
	// started (for /readyz).
	Ready func()
	// Head, when set, is called with every new canonical head as it
	// arrives (for /readyz's head freshness); keep it fast.
	Head func(*types.Header)
	// Workers is how many opportunities the executor handles at once;
	// default DefaultWorkers (16). A Submit spends most of its time waiting
	// for the relays' answers, not on the CPU: too few workers and the
	// first opportunity of a new block waits behind the previous block's
	// answers. Opportunities of one ID never run concurrently.
	Workers int
	// ShutdownGrace is how long Submits already under way when ctx ends
	// may go on (simulation, signing, relays' answers, the journal) so
	// that in-flight work is finished and recorded, not cut half way;
	// default DefaultShutdownGrace (5 s). No new Submit starts after ctx
	// ends (counted as skipped, reason shutdown).
	ShutdownGrace time.Duration

	// mu guards head.
	mu   sync.Mutex
	head *types.Header
	// firstSent marks the blocks whose first bundle was handed over (the
	// follow-up of a head waits for it).
	firstSent blockMark
	// tap, when set (by the latency benchmark), sees every runtime output
	// before the executor does.
	tap func(runtime.Output)
}

func (e *Engine) latest() *types.Header {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.head
}

// submitLoop hands the runtime's opportunities to the executor, Workers at
// a time. It skips what is no longer worth the work: an opportunity found on
// a block older than the latest head (its strategy sees the new head too and
// re-finds it on fresh state), one past its event's deadline, and one whose
// ID is still being proven (the executor keys flights by ID; the next block
// brings it again). Without this, a burst of opportunities on one block
// queues behind itself and delays the first bundle of every later block.
func (e *Engine) submitLoop(ctx context.Context, skipped *prometheus.CounterVec) {
	workers := e.Workers
	if workers <= 0 {
		workers = DefaultWorkers
	}
	grace := e.ShutdownGrace
	if grace <= 0 {
		grace = DefaultShutdownGrace
	}
	// Submits run on subCtx: it ends grace after ctx does.
	subCtx, cancelSub := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelSub()
	stopGrace := context.AfterFunc(ctx, func() { time.AfterFunc(grace, cancelSub) })
	defer stopGrace()
	sem := make(chan struct{}, workers)
	var wg sync.WaitGroup
	var busyMu sync.Mutex
	busy := map[string]bool{}
	// done is the newest block each ID was handed to the executor at
	// (only this goroutine touches it): the same opportunity found again
	// on the same block (another strategy instance, another event of the
	// block) brings nothing new, while one found on a newer block
	// replaces the flight with fresher amounts.
	done := map[string]uint64{}
	var pruned uint64
	for out := range e.Runtime.Output() {
		if e.tap != nil {
			e.tap(out)
		}
		h := out.Header
		latest := e.latest()
		if h == nil {
			h = latest
		}
		if h == nil {
			continue
		}
		if latest != nil && out.Header != nil && latest.Number.Uint64() > out.Header.Number.Uint64() {
			skipped.WithLabelValues("stale").Inc()
			continue
		}
		if !out.Deadline.IsZero() && time.Now().After(out.Deadline) {
			skipped.WithLabelValues("late").Inc()
			continue
		}
		if ctx.Err() != nil {
			// Shutting down: drain the runtime's output without new work.
			skipped.WithLabelValues("shutdown").Inc()
			continue
		}
		id := out.Opportunity.ID
		// A backrun of a transaction or hint is not the same as the plain
		// opportunity with the same ID.
		key := id
		if len(out.Opportunity.Front) > 0 {
			key += "|" + out.Opportunity.Front[0].Hash().Hex()
		}
		if out.Opportunity.HintHash != (common.Hash{}) {
			key += "|" + out.Opportunity.HintHash.Hex()
		}
		if n, ok := done[key]; ok && out.Block <= n {
			skipped.WithLabelValues("duplicate").Inc()
			continue
		}
		if out.Block > pruned+doneKept {
			for k, n := range done {
				if n+doneKept < out.Block {
					delete(done, k)
				}
			}
			pruned = out.Block - doneKept
		}
		busyMu.Lock()
		if busy[id] {
			busyMu.Unlock()
			skipped.WithLabelValues("busy").Inc()
			continue
		}
		busy[id] = true
		busyMu.Unlock()
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			busyMu.Lock()
			delete(busy, id)
			busyMu.Unlock()
			skipped.WithLabelValues("shutdown").Inc()
			continue
		}
		done[key] = out.Block
		wg.Add(1)
		go func() {
			defer func() {
				busyMu.Lock()
				delete(busy, id)
				busyMu.Unlock()
				<-sem
				wg.Done()
			}()
			res, err := e.Exec.Submit(subCtx, out.Opportunity, h)
			if err == nil && !res.Timing.Sent.IsZero() {
				e.firstSent.mark(out.Block)
			}
			if err != nil {
				e.Log.Info().Str("opportunity", id).Str("strategy", out.Opportunity.Strategy).Err(err).Msg("opportunity not sent")
				return
			}
			e.Log.Info().Str("opportunity", res.ID).Str("strategy", res.Strategy).Str("status", string(res.Status)).Uint64("block", res.Block).Msg("bundle handed to relays")
		}()
	}
	wg.Wait()
}

// offerLatest puts h in the one-slot channel c, replacing a header that is
// still waiting. Only the sender writes to c, so it never blocks.
func offerLatest(c chan *types.Header, h *types.Header) {
	for {
		select {
		case c <- h:
			return
		default:
		}
		select {
		case <-c:
		default:
		}
	}
}

// followHeads lets the executor follow its bundles on each head it gets.
// Heads that arrive while it works are coalesced to the newest: OnHead
// checks every bundle against the canonical chain at that head, so a
// skipped head loses nothing.
//
// The head's own bundles go first: Prepare (nonces) runs at once, but the
// receipts and resubmissions of the bundles in flight wait until the
// head's first bundle was handed over, or followDelay. They target the
// block after next and relays take them until late in the slot, while at
// the head they ran beside the new bundles' work: a request to the node
// and one to the relays per bundle in flight (about 30 at the 10k/20
// latency benchmark), on the same cores and node.
func (e *Engine) followHeads(ctx context.Context, heads <-chan *types.Header) {
	for {
		select {
		case <-ctx.Done():
			return
		case h := <-heads:
			if err := e.Exec.Prepare(ctx, h); err != nil {
				if ctx.Err() == nil {
					e.Log.Error().Err(err).Uint64("block", h.Number.Uint64()).Msg("follow bundles")
				}
				continue
			}
			e.firstSent.wait(ctx, h.Number.Uint64(), followDelay)
			if _, err := e.Exec.Follow(ctx, h); err != nil && ctx.Err() == nil {
				e.Log.Error().Err(err).Uint64("block", h.Number.Uint64()).Msg("follow bundles")
			}
		}
	}
}

// followDelay is the longest the follow-up of a head waits for the head's
// first bundle (heads with no opportunity wait all of it).
const followDelay = 20 * time.Millisecond

// blockMark is the newest block whose first bundle was handed over, and
// wakes those waiting for it.
type blockMark struct {
	mu   sync.Mutex
	n    uint64
	wake chan struct{} // closed and replaced at each mark
}

// mark records that block n's first bundle was handed over.
func (m *blockMark) mark(n uint64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if n <= m.n {
		return
	}
	m.n = n
	if m.wake != nil {
		close(m.wake)
		m.wake = nil
	}
}

// wait returns once block n or a newer one is marked, after d, or when
// ctx ends.
func (m *blockMark) wait(ctx context.Context, n uint64, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	for {
		m.mu.Lock()
		if m.n >= n {
			m.mu.Unlock()
			return
		}
		if m.wake == nil {
			m.wake = make(chan struct{})
		}
		wake := m.wake
		m.mu.Unlock()
		select {
		case <-wake:
		case <-t.C:
			return
		case <-ctx.Done():
			return
		}
	}
}

// warmForks prepares the simulator's state of each head it gets (newest
// wins). A failure is only logged at Debug: the first real simulation of
// the block tries again and reports.
func (e *Engine) warmForks(ctx context.Context, heads <-chan *types.Header) {
	for {
		select {
		case <-ctx.Done():
			return
		case h := <-heads:
			if _, err := e.Sim.Simulate(ctx, strategies.SimRequest{Block: h.Number.Uint64()}); err != nil && ctx.Err() == nil {
				e.Log.Debug().Err(err).Uint64("block", h.Number.Uint64()).Msg("fork warm-up failed")
			}
		}
	}
}

// forward delivers a source's events to the runtime until ctx ends or the
// source closes them; before, when set, runs before each delivery.
func (e *Engine) forward(ctx context.Context, events <-chan strategies.Event, before func(strategies.Event)) {
	for {
		select {
		case <-ctx.Done():
			return
		case ev, ok := <-events:
			if !ok {
				return
			}
			if before != nil {
				before(ev)
			}
			e.Runtime.Deliver(ev)
		}
	}
}

// forgetter is a simulator that can drop what it holds of blocks a reorg
// removed (SharedSim, forksim.Simulator).
type forgetter interface {
	Forget(from uint64)
}

// reorgFrom is the first block a reorg removed.
func reorgFrom(r *strategies.Reorg) uint64 {
	if r.Ancestor == (strategies.BlockID{}) && len(r.Dropped) > 0 {
		return r.Dropped[0].Number
	}
	return r.Ancestor.Number + 1
}

// onHeadEvent runs before a head source's event reaches the strategies:
// the chain view and the simulator learn of new heads and reorgs first, the
// executor's follow-up (its nonce work at once, the rest after the head's
// first bundle: followHeads) and the fork warm-up of a new head start.
func (e *Engine) onHeadEvent(ev strategies.Event, warm, follow chan *types.Header) {
	switch {
	case ev.Kind == strategies.KindReorg && ev.Reorg != nil:
		from := reorgFrom(ev.Reorg)
		if e.Chain != nil {
			e.Chain.Forget(from)
		}
		if f, ok := e.Sim.(forgetter); ok {
			f.Forget(from)
		}
	case ev.Kind == strategies.KindBlock && ev.Header != nil:
		e.mu.Lock()
		e.head = ev.Header
		e.mu.Unlock()
		if e.Chain != nil {
			e.Chain.SetHead(ev.Header.Number.Uint64())
		}
		if e.Head != nil {
			e.Head(ev.Header)
		}
		if e.Sim != nil {
			offerLatest(warm, ev.Header)
		}
		offerLatest(follow, ev.Header)
	}
}

// runHints follows every hint stream and feeds their hints to the runtime.
func (e *Engine) runHints(ctx context.Context, g *errgroup.Group, head func() uint64) error {
	merged := make(chan strategies.Hint, 1024)
	for _, url := range e.Hints {
		hs := bundles.NewHintStream(url, e.Log.With().Str("component", "hints").Str("url", url).Logger())
		// Run reconnects by itself and returns only when ctx ends.
		g.Go(func() error {
			_ = hs.Run(ctx)
			return nil
		})
		g.Go(func() error {
			for {
				select {
				case <-ctx.Done():
					return nil
				case h := <-hs.Hints():
					select {
					case merged <- source.HintOf(h):
					case <-ctx.Done():
						return nil
					}
				}
			}
		})
	}
	hints, err := source.NewHints(merged, source.HintsConfig{Head: head}, e.Registry)
	if err != nil {
		return fmt.Errorf("engine: %w", err)
	}
	g.Go(func() error { return hints.Run(ctx) })
	g.Go(func() error {
		e.forward(ctx, hints.Events(), nil)
		return nil
	})
	return nil
}

// Run runs until ctx ends or a part fails.
func (e *Engine) Run(ctx context.Context) error {
	g, ctx := errgroup.WithContext(ctx)
	g.Go(func() error { return e.Runtime.Run(ctx) })
	select {
	case <-e.Runtime.Ready():
	case <-ctx.Done():
		return g.Wait()
	}
	var filters []strategies.LogFilter
	wantPending, wantHints := false, false
	for _, s := range e.Strategies {
		sub := strategies.DefaultSubscriptions
		if sb, ok := s.(strategies.Subscriber); ok {
			sub = sb.Subscriptions()
		}
		if sub.Wants(strategies.KindLogs) {
			filters = append(filters, sub.Logs...)
		}
		wantPending = wantPending || sub.Wants(strategies.KindPendingTx)
		wantHints = wantHints || sub.Wants(strategies.KindHint)
	}
	hc := e.Heads
	hc.Logs = filters
	heads, err := source.NewHeads(hc, e.Log.With().Str("component", "heads").Logger(), e.Registry)
	if err != nil {
		return fmt.Errorf("engine: %w", err)
	}
	g.Go(func() error { return heads.Run(ctx) })
	// The executor follows its bundles on each head (receipts, resubmission
	// to every relay) in its own goroutine: done inline, it held the head's
	// logs event back from the strategies for as long as the relays took.
	follow := make(chan *types.Header, 1) // latest-wins: a newer head replaces one not yet followed
	g.Go(func() error {
		e.followHeads(ctx, follow)
		return nil
	})
	warm := make(chan *types.Header, 1) // latest-wins, as follow
	if e.Sim != nil {
		g.Go(func() error {
			e.warmForks(ctx, warm)
			return nil
		})
	}
	g.Go(func() error {
		e.forward(ctx, heads.Events(), func(ev strategies.Event) { e.onHeadEvent(ev, warm, follow) })
		return nil
	})
	if wantPending && e.Pending.WSURL != "" {
		pc := e.Pending
		pc.Head = heads.Latest
		pending, err := source.NewPending(pc, e.Log.With().Str("component", "pending").Logger(), e.Registry)
		if err != nil {
			return fmt.Errorf("engine: %w", err)
		}
		g.Go(func() error { return pending.Run(ctx) })
		g.Go(func() error {
			e.forward(ctx, pending.Events(), nil)
			return nil
		})
	}
	if wantHints && len(e.Hints) > 0 {
		if err := e.runHints(ctx, g, heads.Latest); err != nil {
			return err
		}
	} else if wantHints {
		e.Log.Warn().Msg("a strategy asks for MEV-Share hints but no relay has a hints_url: it gets none")
	}
	skipped := prometheus.NewCounterVec(prometheus.CounterOpts{Name: "keeper_engine_skipped_total",
		Help: "Opportunities not handed to the executor: stale (a newer head arrived), late (past the event's deadline), busy (the same ID in work), duplicate (the same ID already handed over at this block), shutdown (arrived after the engine was asked to stop)."}, []string{"reason"})
	if e.Registry != nil {
		if err := e.Registry.Register(skipped); err != nil {
			return fmt.Errorf("engine: metrics: %w", err)
		}
	}
	g.Go(func() error {
		e.submitLoop(ctx, skipped)
		return nil
	})
	if e.Ready != nil {
		e.Ready()
	}
	err = g.Wait()
	// Every Submit is done (the grace included) and so is the head
	// follower, whose OnHead may renew reservations and record outcomes:
	// only now are unused nonce reservations released and what was
	// recorded flushed to the journal, before Run returns.
	e.Exec.Shutdown(context.WithoutCancel(ctx))
	return err
}
