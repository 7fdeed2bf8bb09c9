package chainview

import (
	"fmt"

	"github.com/prometheus/client_golang/prometheus"
)

// Values of the result label of keeper_chainview_calls_total.
const (
	resultHit    = "hit"    // answered from the cache
	resultMiss   = "miss"   // sent to the node
	resultShared = "shared" // answered by an equal request already on the wire
	resultPassed = "passed" // not pinned to a block: sent to the node, not kept
)

type metrics struct {
	reg   prometheus.Registerer
	calls *prometheus.CounterVec
}

func (m *metrics) register(v *View) error {
	m.calls = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "keeper_chainview_calls_total",
		Help: "Strategies' chain reads by result: hit (cache), miss (sent to the node), shared (an equal request was on the wire), passed (latest or pending: never cached)."}, []string{"result"})
	size := prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "keeper_chainview_cache_bytes",
		Help: "Bytes of keys and answers the strategies' chain view holds."}, func() float64 { return float64(v.Stats().Bytes) })
	for _, c := range []prometheus.Collector{m.calls, size} {
		if err := m.reg.Register(c); err != nil {
			return fmt.Errorf("chainview: metrics: %w", err)
		}
	}
	return nil
}
