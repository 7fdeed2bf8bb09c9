// Package engine runs the live path of a keeper: new heads, their logs and
// pending transactions go to the runtime (and so to the strategies); the
// opportunities the runtime emits go to the executor, which proves, prices,
// signs and sends them; every new head lets the executor follow what it
// sent. `keeper run` builds one from the config.
//
// It owns no logic of its own beyond the wiring and the order of start-up:
// the strategies' subscriptions are known only after their Init, so the
// head source starts once the runtime is ready.
package engine

import (
	"context"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"
	"golang.org/x/sync/errgroup"

	"github.com/keeperkit/keeperkit/keeper/exec"
	"github.com/keeperkit/keeperkit/keeper/runtime"
	"github.com/keeperkit/keeperkit/keeper/source"
	"github.com/keeperkit/keeperkit/strategies"
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
	Pending  source.PendingConfig
	Log      zerolog.Logger
	Registry prometheus.Registerer
	// Ready is called once the strategies are initialised and the sources
	// started (for /readyz).
	Ready func()

	// mu guards head.
	mu   sync.Mutex
	head *types.Header
}

func (e *Engine) latest() *types.Header {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.head
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
	wantPending := false
	for _, s := range e.Strategies {
		sub := strategies.DefaultSubscriptions
		if sb, ok := s.(strategies.Subscriber); ok {
			sub = sb.Subscriptions()
		}
		if sub.Wants(strategies.KindLogs) {
			filters = append(filters, sub.Logs...)
		}
		wantPending = wantPending || sub.Wants(strategies.KindPendingTx)
	}
	hc := e.Heads
	hc.Logs = filters
	heads, err := source.NewHeads(hc, e.Log.With().Str("component", "heads").Logger(), e.Registry)
	if err != nil {
		return fmt.Errorf("engine: %w", err)
	}
	g.Go(func() error { return heads.Run(ctx) })
	g.Go(func() error {
		for {
			select {
			case <-ctx.Done():
				return nil
			case ev, ok := <-heads.Events():
				if !ok {
					return nil
				}
				e.Runtime.Deliver(ev)
				if ev.Kind == strategies.KindBlock && ev.Header != nil {
					e.mu.Lock()
					e.head = ev.Header
					e.mu.Unlock()
					if _, err := e.Exec.OnHead(ctx, ev.Header); err != nil {
						e.Log.Error().Err(err).Uint64("block", ev.Block).Msg("follow bundles")
					}
				}
			}
		}
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
			for {
				select {
				case <-ctx.Done():
					return nil
				case ev, ok := <-pending.Events():
					if !ok {
						return nil
					}
					e.Runtime.Deliver(ev)
				}
			}
		})
	}
	g.Go(func() error {
		for out := range e.Runtime.Output() {
			h := out.Header
			if h == nil {
				h = e.latest()
			}
			if h == nil {
				continue
			}
			res, err := e.Exec.Submit(ctx, out.Opportunity, h)
			if err != nil {
				e.Log.Info().Str("opportunity", out.Opportunity.ID).Str("strategy", out.Opportunity.Strategy).Err(err).Msg("opportunity not sent")
				continue
			}
			e.Log.Info().Str("opportunity", res.ID).Str("strategy", res.Strategy).Str("status", string(res.Status)).Uint64("block", res.Block).Msg("bundle handed to relays")
		}
		return nil
	})
	if e.Ready != nil {
		e.Ready()
	}
	return g.Wait()
}
