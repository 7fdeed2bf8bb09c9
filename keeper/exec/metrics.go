package exec

import (
	"errors"

	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the executor's funnel: dropped (by reason), sent, landed,
// expired, reorged; relay errors; send-to-land latency.
type Metrics struct {
	drops       *prometheus.CounterVec
	sent        *prometheus.CounterVec
	landed      *prometheus.CounterVec
	expired     *prometheus.CounterVec
	reorged     *prometheus.CounterVec
	relayErrors *prometheus.CounterVec
	sendToLand  prometheus.Histogram
	// journalErrors counts outcomes the journal could not store.
	journalErrors prometheus.Counter
}

// NewMetrics registers the executor's metrics on reg (nil: unregistered).
func NewMetrics(reg prometheus.Registerer) *Metrics { return newMetrics(reg) }

func newMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		drops:       prometheus.NewCounterVec(prometheus.CounterOpts{Name: "keeper_exec_dropped_total", Help: "Opportunities not sent, by strategy and reason."}, []string{"strategy", "reason"}),
		sent:        prometheus.NewCounterVec(prometheus.CounterOpts{Name: "keeper_exec_sent_total", Help: "Bundles handed to the relays (first submission), by strategy."}, []string{"strategy"}),
		landed:      prometheus.NewCounterVec(prometheus.CounterOpts{Name: "keeper_exec_landed_total", Help: "Bundles found in a canonical block, by strategy."}, []string{"strategy"}),
		expired:     prometheus.NewCounterVec(prometheus.CounterOpts{Name: "keeper_exec_expired_total", Help: "Bundles whose last block passed without them, by strategy."}, []string{"strategy"}),
		reorged:     prometheus.NewCounterVec(prometheus.CounterOpts{Name: "keeper_exec_reorged_total", Help: "Landed bundles removed by a reorg, by strategy."}, []string{"strategy"}),
		relayErrors: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "keeper_exec_relay_errors_total", Help: "Relay answers that were errors, by relay."}, []string{"relay"}),
		sendToLand: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "keeper_exec_send_to_land_ms", Help: "Milliseconds from first submission to inclusion seen.",
			Buckets: []float64{50, 100, 250, 500, 1000, 2000, 5000, 12000, 30000, 60000}}),
		journalErrors: prometheus.NewCounter(prometheus.CounterOpts{Name: "keeper_exec_journal_errors_total", Help: "Outcomes the journal failed to store."}),
	}
	if reg != nil {
		reg.MustRegister(m.drops, m.sent, m.landed, m.expired, m.reorged, m.relayErrors, m.sendToLand, m.journalErrors)
	}
	return m
}

func (m *Metrics) dropped(strategy string, err error) {
	reason := "other"
	switch {
	case errors.Is(err, ErrReverted):
		reason = "reverted"
	case errors.Is(err, ErrUnprofitable):
		reason = "unprofitable"
	case errors.Is(err, ErrGasPrice):
		reason = "gas_price"
	case errors.Is(err, ErrExpired):
		reason = "expired"
	case errors.Is(err, ErrDuplicate):
		reason = "duplicate"
	case errors.Is(err, ErrNonceBusy):
		reason = "nonce_busy"
	case errors.Is(err, ErrNoBackrun):
		reason = "no_backrun_relay"
	}
	m.drops.WithLabelValues(strategy, reason).Inc()
}
