package runtime

import (
	"context"
	"fmt"
	goruntime "runtime"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/keeperkit/keeperkit/strategies"
)

// counting is a strategy that only counts its events: the benchmark measures
// the runtime, not a strategy.
type counting struct {
	name string
	n    *atomic.Int64
}

func (c *counting) Name() string                               { return c.name }
func (c *counting) Init(context.Context, strategies.Env) error { return nil }
func (c *counting) OnEvent(context.Context, strategies.Event) ([]strategies.Opportunity, error) {
	c.n.Add(1)
	return nil, nil
}

// BenchmarkFanOut delivers block events to N strategies and waits until
// every strategy has handled every event (or the event was dropped): one op
// is one event through the whole runtime (Deliver, queue, deadline context,
// OnEvent, metrics) for all N strategies.
func BenchmarkFanOut(b *testing.B) {
	for _, n := range []int{1, 20} {
		for _, batch := range []int{512, 1} {
			name := fmt.Sprintf("strategies=%d/mode=throughput", n)
			if batch == 1 {
				// One event at a time: Deliver to the last strategy's return.
				name = fmt.Sprintf("strategies=%d/mode=latency", n)
			}
			b.Run(name, func(b *testing.B) { benchFanOut(b, n, batch) })
		}
	}
}

func benchFanOut(b *testing.B, n, batch int) {
	{
		{
			var handled atomic.Int64
			strats := make([]strategies.Strategy, n)
			for i := range strats {
				strats[i] = &counting{name: fmt.Sprintf("s%02d", i), n: &handled}
			}
			reg := prometheus.NewRegistry()
			r, err := New(Config{QueueSize: 1024}, strategies.Env{Log: zerolog.Nop(), Metrics: reg}, strats)
			if err != nil {
				b.Fatal(err)
			}
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan error, 1)
			go func() { done <- r.Run(ctx) }()
			<-r.Ready()
			drops := func() float64 {
				mfs, _ := reg.Gather()
				total := 0.0
				for _, mf := range mfs {
					if mf.GetName() == "keeper_runtime_queue_drops_total" {
						for _, m := range mf.GetMetric() {
							total += m.GetCounter().GetValue()
						}
					}
				}
				return total
			}
			ev := strategies.Event{Kind: strategies.KindBlock, Block: 1}
			b.ReportAllocs()
			b.ResetTimer()
			// batch is under QueueSize: a batch never overflows a queue.
			for i := 0; i < b.N; i += batch {
				k := min(batch, b.N-i)
				for range k {
					ev.Arrived = time.Now()
					r.Deliver(ev)
					ev.Block++
				}
				want := int64(n) * int64(i+k)
				// A batch fits every queue, so nothing is dropped and every
				// event is handled; drops are reported (and expected 0) below.
				for handled.Load() < want {
					if batch == 1 {
						goruntime.Gosched()
					} else {
						time.Sleep(20 * time.Microsecond)
					}
				}
			}
			b.StopTimer()
			b.ReportMetric(drops()/float64(b.N), "drops/op")
			cancel()
			<-done
		}
	}
}
