package fork

import (
	"errors"
	"sync/atomic"

	"github.com/prometheus/client_golang/prometheus"
)

// Stats are the plain counters of a fork and of every fork advanced from
// it (they share them). Read them with Fork.Stats; they are exact, unlike
// sampled metrics, so that tests can count round trips.
type Stats struct {
	RoundTrips  uint64 // HTTP/WS exchanges with the node (a batch is one)
	Requests    uint64 // JSON-RPC requests inside those exchanges
	Hits        uint64 // reads served from the memory cache
	Misses      uint64 // reads that had to wait for a fetch
	DiskLoads   uint64 // entries loaded from the on-disk cache
	Evictions   uint64 // entries dropped because the cache was full
	Invalidated uint64 // entries dropped by Advance
	Kept        uint64 // entries carried over by Advance
}

type counters struct {
	roundTrips, requests, hits, misses, diskLoads, evictions, invalidated, kept atomic.Uint64

	promRoundTrips prometheus.Counter
	promRequests   prometheus.Counter
	promHits       prometheus.Counter
	promMisses     prometheus.Counter
	promErrors     *prometheus.CounterVec
	promBatch      prometheus.Histogram
	promEvictions  prometheus.Counter
}

func newCounters(reg prometheus.Registerer) (*counters, error) {
	c := &counters{
		promRoundTrips: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "keeper_fork_rpc_roundtrips_total", Help: "JSON-RPC exchanges with the node (a batch counts once).",
		}),
		promRequests: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "keeper_fork_rpc_requests_total", Help: "JSON-RPC requests sent, batched or not.",
		}),
		promHits: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "keeper_fork_cache_hits_total", Help: "State reads served from the cache.",
		}),
		promMisses: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "keeper_fork_cache_misses_total", Help: "State reads that waited for a fetch.",
		}),
		promErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "keeper_fork_fetch_errors_total", Help: "Failed state reads by JSON-RPC method.",
		}, []string{"method"}),
		promBatch: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "keeper_fork_rpc_batch_seconds", Help: "Latency of one JSON-RPC exchange.",
			Buckets: []float64{.0005, .001, .002, .005, .01, .02, .05, .1, .2, .5, 1, 2},
		}),
		promEvictions: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "keeper_fork_cache_evictions_total", Help: "Cache entries dropped because the cache was full.",
		}),
	}
	if reg == nil {
		return c, nil
	}
	var err error
	c.promRoundTrips, err = register(reg, c.promRoundTrips, err)
	c.promRequests, err = register(reg, c.promRequests, err)
	c.promHits, err = register(reg, c.promHits, err)
	c.promMisses, err = register(reg, c.promMisses, err)
	c.promErrors, err = register(reg, c.promErrors, err)
	c.promBatch, err = register(reg, c.promBatch, err)
	c.promEvictions, err = register(reg, c.promEvictions, err)
	if err != nil {
		return nil, err
	}
	return c, nil
}

// register adds col to reg, or returns the collector already registered
// under its name, so that two forks on one registry share their series.
func register[T prometheus.Collector](reg prometheus.Registerer, col T, prev error) (T, error) {
	if prev != nil {
		return col, prev
	}
	if err := reg.Register(col); err != nil {
		var are prometheus.AlreadyRegisteredError
		if errors.As(err, &are) {
			if existing, ok := are.ExistingCollector.(T); ok {
				return existing, nil
			}
		}
		return col, err
	}
	return col, nil
}

func (c *counters) snapshot() Stats {
	return Stats{
		RoundTrips: c.roundTrips.Load(), Requests: c.requests.Load(), Hits: c.hits.Load(), Misses: c.misses.Load(),
		DiskLoads: c.diskLoads.Load(), Evictions: c.evictions.Load(), Invalidated: c.invalidated.Load(), Kept: c.kept.Load(),
	}
}

func (c *counters) hit() { c.hits.Add(1); c.promHits.Inc() }

func (c *counters) miss() { c.misses.Add(1); c.promMisses.Inc() }
