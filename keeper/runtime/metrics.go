package runtime

import (
	"github.com/prometheus/client_golang/prometheus"

	"github.com/keeperkit/keeperkit/strategies"
)

// onEventBuckets fit OnEvent latencies in milliseconds, from a fast-path
// check (tens of µs) to a search that uses the whole budget.
var onEventBuckets = []float64{0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 10000}

type metrics struct {
	events        *prometheus.CounterVec
	beforeReady   prometheus.Counter
	queueDrops    *prometheus.CounterVec
	deadline      *prometheus.CounterVec
	outputDrops   *prometheus.CounterVec
	panics        *prometheus.CounterVec
	errors        *prometheus.CounterVec
	invalid       *prometheus.CounterVec
	opportunities *prometheus.CounterVec
	latency       *prometheus.HistogramVec
	overruns      *prometheus.CounterVec

	byKind [len(kindIndex)]prometheus.Counter // events, resolved once
}

var kindIndex = [6]strategies.Kind{0, strategies.KindBlock, strategies.KindPendingTx, strategies.KindHint, strategies.KindLogs, strategies.KindReorg}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	perStrategy := func(name, help string) *prometheus.CounterVec {
		return prometheus.NewCounterVec(prometheus.CounterOpts{Name: name, Help: help}, []string{"strategy"})
	}
	m := &metrics{
		events: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "keeper_runtime_events_total", Help: "Events delivered to the runtime, by kind.",
		}, []string{"kind"}),
		beforeReady: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "keeper_runtime_events_before_ready_total", Help: "Events dropped because they arrived before every strategy's Init returned.",
		}),
		queueDrops:  perStrategy("keeper_runtime_queue_drops_total", "Events dropped (oldest first) because the strategy's queue was full."),
		outputDrops: perStrategy("keeper_runtime_output_drops_total", "Opportunities dropped because the output channel stayed full until their deadline."),
		panics:      perStrategy("keeper_runtime_panics_total", "OnEvent calls that panicked (recovered)."),
		errors:      perStrategy("keeper_runtime_errors_total", "OnEvent calls that returned an error."),
		invalid:     perStrategy("keeper_runtime_invalid_opportunities_total", "Opportunities dropped because Validate failed."),
		opportunities: perStrategy("keeper_runtime_opportunities_total",
			"Opportunities handed to the output channel."),
		deadline: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "keeper_runtime_deadline_drops_total",
			Help: "Events whose deadline passed: stage=queued before OnEvent started (event skipped), stage=running after OnEvent returned (its opportunities dropped).",
		}, []string{"strategy", "stage"}),
		overruns: perStrategy("keeper_runtime_slot_overruns_total",
			"OnEvent calls still running at their event's deadline: their run slot went to the strategies waiting."),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "keeper_runtime_on_event_milliseconds", Help: "OnEvent wall time in milliseconds.", Buckets: onEventBuckets,
		}, []string{"strategy"}),
	}
	for _, c := range []prometheus.Collector{m.events, m.beforeReady, m.queueDrops, m.outputDrops, m.panics,
		m.errors, m.invalid, m.opportunities, m.deadline, m.latency, m.overruns} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	for i, k := range kindIndex {
		m.byKind[i] = m.events.WithLabelValues(k.String())
	}
	return m, nil
}

// workerMetrics are one strategy's series, resolved once so that the hot
// path does no label lookups.
type workerMetrics struct {
	queueDrops, outputDrops, panics, errors, invalid, opportunities prometheus.Counter
	expiredQueued, expiredRunning, overruns                         prometheus.Counter
	latency                                                         prometheus.Observer
}

func (m *metrics) forStrategy(name string) workerMetrics {
	return workerMetrics{
		queueDrops:     m.queueDrops.WithLabelValues(name),
		outputDrops:    m.outputDrops.WithLabelValues(name),
		panics:         m.panics.WithLabelValues(name),
		errors:         m.errors.WithLabelValues(name),
		invalid:        m.invalid.WithLabelValues(name),
		opportunities:  m.opportunities.WithLabelValues(name),
		expiredQueued:  m.deadline.WithLabelValues(name, "queued"),
		expiredRunning: m.deadline.WithLabelValues(name, "running"),
		overruns:       m.overruns.WithLabelValues(name),
		latency:        m.latency.WithLabelValues(name),
	}
}
