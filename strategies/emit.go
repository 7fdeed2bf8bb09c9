package strategies

import "context"

// Emitter takes opportunities while OnEvent still runs. The engine puts one
// in the context of each OnEvent call (under EmitterContextKey); a strategy
// reaches it through Emit. An opportunity emitted goes to the executor at
// once, instead of waiting for OnEvent to return with the others: a
// strategy that proves several candidates one after the other (each a fork
// run) gets its best one on the wire after one proof, not after all of
// them.
//
// Emit may be called from any goroutine until OnEvent returns; the
// opportunity is then the engine's (validated, deadline-checked and
// counted as if OnEvent had returned it). After OnEvent returned, emitted
// opportunities are dropped and counted as past the deadline.
type Emitter interface {
	Emit(o Opportunity)
}

// contextKey is the type of the context keys this package defines (as
// net/http's ServerContextKey).
type contextKey struct{ name string }

func (k *contextKey) String() string { return "strategies context value " + k.name }

// EmitterContextKey is the context key of the Emitter the engine gives each
// OnEvent call. Strategies use Emit; engines (and tests) store an Emitter
// with WithEmitter, or answer this key from their own context type.
var EmitterContextKey = &contextKey{"emitter"}

// WithEmitter returns a copy of ctx carrying e.
func WithEmitter(ctx context.Context, e Emitter) context.Context {
	return context.WithValue(ctx, EmitterContextKey, e)
}

// Emit hands o to the emitter in ctx and reports whether there was one.
// When it returns false (an engine, a test or a backtest that does not
// stream), the strategy returns o from OnEvent as usual:
//
//	if !strategies.Emit(ctx, op) {
//		ops = append(ops, op)
//	}
//
// Emitting the best candidate first is what makes streaming worth it: the
// first opportunity emitted is the first bundle on the wire.
func Emit(ctx context.Context, o Opportunity) bool {
	e, ok := ctx.Value(EmitterContextKey).(Emitter)
	if !ok || e == nil {
		return false
	}
	e.Emit(o)
	return true
}

// EmitterFunc adapts a function to Emitter.
type EmitterFunc func(Opportunity)

// Emit calls f(o).
func (f EmitterFunc) Emit(o Opportunity) { f(o) }

// Superseder is implemented by the engine's Emitter: Superseded reports
// whether an event of a newer block is already waiting for this strategy.
type Superseder interface {
	Superseded() bool
}

// Superseded reports whether the event OnEvent is working on has been
// overtaken: a newer block's event is waiting for this strategy. The engine
// skips opportunities found on a block older than the newest head (their
// target block is gone; the strategy finds them again on fresh state), so a
// strategy proving candidates one after the other should stop there and
// return, after its state updates and before its next proof:
//
//	for _, c := range cands {
//		if strategies.Superseded(ctx) {
//			break
//		}
//		...prove c...
//	}
//
// Unlike a cancelled ctx, it never interrupts I/O half way: the strategy
// chooses where to stop. It is false where no engine streams.
func Superseded(ctx context.Context) bool {
	s, ok := ctx.Value(EmitterContextKey).(Superseder)
	return ok && s.Superseded()
}
