package source

import (
	"errors"

	"github.com/prometheus/client_golang/prometheus"
)

// metrics are shared by every source on one registry: a second source
// reuses the collectors the first registered.
type metrics struct {
	events     *prometheus.CounterVec // source, kind
	backfilled prometheus.Counter
	reorgs     prometheus.Counter
	reorged    prometheus.Counter
	reconnects *prometheus.CounterVec // source
	rpcErrors  *prometheus.CounterVec // source
	drops      *prometheus.CounterVec // source
	logs       *prometheus.CounterVec // via
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	if reg == nil {
		reg = prometheus.NewRegistry()
	}
	m := &metrics{
		events: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "keeper_source_events_total", Help: "Events emitted, by source (heads, pending, hints) and kind.",
		}, []string{"source", "kind"}),
		backfilled: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "keeper_source_backfilled_blocks_total", Help: "Blocks fetched by number to fill a gap after a dropped connection or a missed poll.",
		}),
		reorgs: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "keeper_source_reorgs_total", Help: "Reorgs detected (parent hash mismatch with the last delivered block).",
		}),
		reorged: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "keeper_source_reorged_blocks_total", Help: "Delivered blocks that a reorg removed from the canonical chain.",
		}),
		reconnects: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "keeper_source_reconnects_total", Help: "WebSocket sessions that ended and were retried, by source.",
		}, []string{"source"}),
		rpcErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "keeper_source_rpc_errors_total", Help: "Failed RPC calls and subscriptions, by source.",
		}, []string{"source"}),
		drops: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "keeper_source_drops_total", Help: "Events dropped (oldest first) because the output channel was full, by source.",
		}, []string{"source"}),
		logs: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "keeper_source_logs_total", Help: "Logs emitted by Heads, by how they came: push (the node's logs subscription) or fetch (eth_getLogs by block hash, which confirms every block).",
		}, []string{"via"}),
	}
	var err error
	m.events, err = register(reg, m.events)
	if err == nil {
		m.backfilled, err = register(reg, m.backfilled)
	}
	if err == nil {
		m.reorgs, err = register(reg, m.reorgs)
	}
	if err == nil {
		m.reorged, err = register(reg, m.reorged)
	}
	if err == nil {
		m.reconnects, err = register(reg, m.reconnects)
	}
	if err == nil {
		m.rpcErrors, err = register(reg, m.rpcErrors)
	}
	if err == nil {
		m.drops, err = register(reg, m.drops)
	}
	if err == nil {
		m.logs, err = register(reg, m.logs)
	}
	if err != nil {
		return nil, err
	}
	return m, nil
}

// register registers c, or returns the equal collector already registered.
func register[C prometheus.Collector](reg prometheus.Registerer, c C) (C, error) {
	if err := reg.Register(c); err != nil {
		if are, ok := errors.AsType[prometheus.AlreadyRegisteredError](err); ok {
			if existing, ok := are.ExistingCollector.(C); ok {
				return existing, nil
			}
		}
		return c, err
	}
	return c, nil
}
