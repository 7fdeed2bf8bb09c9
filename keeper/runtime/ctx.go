package runtime

import (
	"context"
	"sync"
	"time"

	"github.com/keeperkit/keeperkit/strategies"
)

// eventCtx is the context OnEvent gets: the Run context bounded by the
// event's deadline. context.WithDeadline costs a timer and four allocations
// per strategy per event, most of the fan-out's cost, while most OnEvent
// calls never wait on Done; eventCtx arms its timer only when Done is first
// called, and otherwise checks the clock in Err.
//
// It keeps the context contract: Err is nil until Done is closed, and once
// Err is non-nil it stays the same and Done is closed.
type eventCtx struct {
	parent   context.Context
	deadline time.Time
	// emit, when set, answers strategies.EmitterContextKey: the strategy
	// streams opportunities through it while OnEvent runs.
	emit strategies.Emitter

	// mu guards the fields below.
	mu         sync.Mutex
	done       chan struct{} // nil until Done or expiry
	err        error
	timer      *time.Timer
	stopParent func() bool
}

// closedChan is the Done of a context that expired before anyone asked.
var closedChan = func() chan struct{} { c := make(chan struct{}); close(c); return c }()

func newEventCtx(parent context.Context, deadline time.Time) *eventCtx {
	return &eventCtx{parent: parent, deadline: deadline}
}

func (c *eventCtx) Deadline() (time.Time, bool) {
	if d, ok := c.parent.Deadline(); ok && d.Before(c.deadline) {
		return d, true
	}
	return c.deadline, true
}

func (c *eventCtx) Value(key any) any {
	if key == strategies.EmitterContextKey && c.emit != nil {
		return c.emit
	}
	return c.parent.Value(key)
}

func (c *eventCtx) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.checkLocked()
	return c.err
}

func (c *eventCtx) Done() <-chan struct{} {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.checkLocked()
	if c.done != nil {
		return c.done
	}
	c.done = make(chan struct{})
	c.timer = time.AfterFunc(time.Until(c.deadline), func() { c.expire(context.DeadlineExceeded) })
	c.stopParent = context.AfterFunc(c.parent, func() { c.expire(c.parent.Err()) })
	return c.done
}

// checkLocked expires the context when the parent ended or the deadline passed.
func (c *eventCtx) checkLocked() {
	if c.err != nil {
		return
	}
	if err := c.parent.Err(); err != nil {
		c.expireLocked(err)
	} else if !time.Now().Before(c.deadline) {
		c.expireLocked(context.DeadlineExceeded)
	}
}

func (c *eventCtx) expire(err error) {
	c.mu.Lock()
	c.expireLocked(err)
	c.mu.Unlock()
}

func (c *eventCtx) expireLocked(err error) {
	if c.err != nil {
		return
	}
	c.err = err
	if c.done == nil {
		c.done = closedChan
	} else {
		close(c.done)
	}
}

// release ends the context after OnEvent returned (as a CancelFunc would),
// for goroutines the strategy left behind, and frees its timer.
func (c *eventCtx) release() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.timer != nil {
		c.timer.Stop()
	}
	if c.stopParent != nil {
		c.stopParent()
	}
	c.expireLocked(context.Canceled)
}

func (c *eventCtx) String() string { return "runtime.eventCtx" }
