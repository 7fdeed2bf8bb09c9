package bundles

import (
	"errors"

	"github.com/prometheus/client_golang/prometheus"
)

// Results counted by keeper_bundles_requests_total.
const (
	resultSent     = "sent"
	resultAccepted = "accepted"
	resultRejected = "rejected"
	resultTimeout  = "timeout"
	resultGarbage  = "garbage"
	resultError    = "error" // transport error or HTTP 5xx/429
)

type metrics struct {
	requests *prometheus.CounterVec
}

// newMetrics registers on reg (nil: unregistered). Clients sharing a
// Registerer share the collector.
func newMetrics(reg prometheus.Registerer) *metrics {
	c := prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "keeper_bundles_requests_total",
		Help: "Relay requests by relay, method and result (sent, accepted, rejected, timeout, garbage, error).",
	}, []string{"relay", "method", "result"})
	if reg != nil {
		if err := reg.Register(c); err != nil {
			var are prometheus.AlreadyRegisteredError
			if errors.As(err, &are) {
				if ex, ok := are.ExistingCollector.(*prometheus.CounterVec); ok {
					c = ex
				}
			}
		}
	}
	return &metrics{requests: c}
}
