package runtime

import (
	"fmt"
	goruntime "runtime"
	"time"
)

const (
	// DefaultQueueSize bounds each strategy's event queue. 256 events hold
	// several blocks of block, log and reorg events plus a burst of pending
	// transactions; a strategy further behind than that is working on stale
	// data, so the oldest events are the ones worth dropping.
	DefaultQueueSize = 256
	// DefaultOutputSize bounds the opportunity channel to the executor. The
	// executor drains it continuously; the bound only absorbs a burst (many
	// strategies finding many candidates on the same block).
	DefaultOutputSize = 1024
	// DefaultBudget is each event's deadline after its arrival: a 12 s slot
	// minus 2 s for simulation, signing and the relays' submission cut-off.
	DefaultBudget = 10 * time.Second
	// DefaultCloseTimeout bounds the strategies' Close calls at shutdown.
	DefaultCloseTimeout = 5 * time.Second
)

// Config tunes the runtime; the zero value takes every default.
type Config struct {
	// QueueSize is the capacity of each strategy's event queue, in events;
	// default DefaultQueueSize (256).
	QueueSize int `toml:"queue_size"`
	// OutputSize is the capacity of the opportunity channel; default
	// DefaultOutputSize (1024).
	OutputSize int `toml:"output_size"`
	// Budget is how long after its arrival an event's work may finish
	// (TOML: a duration string such as "10s"); default DefaultBudget (10 s).
	Budget time.Duration `toml:"budget"`
	// CloseTimeout bounds the strategies' Close calls; default 5 s.
	CloseTimeout time.Duration `toml:"close_timeout"`
	// Concurrency is how many strategies run an event at once; default
	// (0) one less than the CPUs Go schedules on (GOMAXPROCS), at least
	// one. The others wait their turn, in the order their events came:
	// with 20 strategies on 2 cores, each runs to its opportunities at
	// full speed instead of all of them at a tenth of it, so the block's
	// first opportunity leaves sooner. The CPU left over is for what every
	// opportunity waits on: the fork's warm-up of the block (the node's
	// answer, on a node that shares the machine), the executor, the
	// relay clients. At the stress benchmark (2 cores), 1 against 2:
	// fork warm-up p50 2.6-3.1 against 3.1-3.8 ms, first bundle on the
	// wire 4.0-5.1 against 4.3-5.8 ms over 4 alternating pairs of runs. A
	// strategy keeps its turn while it waits on the simulator or the node
	// (a proof's answer is wanted at once): where strategies wait on a
	// slow remote node in every event, raise it.
	Concurrency int `toml:"concurrency"`
}

func (c Config) withDefaults() Config {
	if c.QueueSize == 0 {
		c.QueueSize = DefaultQueueSize
	}
	if c.OutputSize == 0 {
		c.OutputSize = DefaultOutputSize
	}
	if c.Budget == 0 {
		c.Budget = DefaultBudget
	}
	if c.CloseTimeout == 0 {
		c.CloseTimeout = DefaultCloseTimeout
	}
	if c.Concurrency == 0 {
		c.Concurrency = max(1, goruntime.GOMAXPROCS(0)-1)
	}
	return c
}

// Validate names the first field that cannot work.
func (c Config) Validate() error {
	switch {
	case c.QueueSize < 0 || c.QueueSize > 1<<20:
		return fmt.Errorf("runtime: queue_size %d out of range 1..1048576", c.QueueSize)
	case c.OutputSize < 0 || c.OutputSize > 1<<20:
		return fmt.Errorf("runtime: output_size %d out of range 1..1048576", c.OutputSize)
	case c.Budget < 0:
		return fmt.Errorf("runtime: budget %s is negative", c.Budget)
	case c.CloseTimeout < 0:
		return fmt.Errorf("runtime: close_timeout %s is negative", c.CloseTimeout)
	case c.Concurrency < 0 || c.Concurrency > 1024:
		return fmt.Errorf("runtime: concurrency %d out of range 1..1024 (0: the CPUs but one)", c.Concurrency)
	}
	return nil
}
