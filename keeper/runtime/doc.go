// Package runtime fans chain events out to strategies and collects the
// opportunities they find.
//
// Each strategy has its own bounded queue and its own goroutine, so events
// reach one strategy in arrival order. At most Config.Concurrency
// strategies (default one per CPU but one) run an event at once, the others waiting
// their turn in order: each then runs at full speed, and a block's first
// opportunity leaves sooner than with every strategy sharing the CPUs. A
// call still running at its event's deadline gives its turn up (counted),
// so a slow or stuck strategy delays the others by one budget at most, and
// itself only otherwise: when its queue is full the oldest event is dropped and counted,
// and the producer (Deliver) never blocks. Each event's work has a deadline
// (arrival plus the configured budget); opportunities found after it are
// dropped and counted. A strategy that panics or returns an error is logged
// and counted, and keeps receiving later events; the others are not
// affected. Opportunities from every strategy leave on one bounded channel,
// Output, with the event's deadline attached, for the executor.
//
// The runtime knows the strategies only through the strategies API: it must
// not simulate, sign or send anything, nor import other keeper packages.
package runtime
