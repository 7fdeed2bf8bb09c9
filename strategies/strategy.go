package strategies

import "context"

// Strategy finds opportunities in chain events. The engine calls Init once,
// then OnEvent for each event the strategy subscribed to, one call at a time
// and in arrival order: an implementation needs no locking for state that
// only OnEvent touches.
//
// OnEvent's ctx carries the event's deadline (the block's budget): work that
// finishes after it is dropped by the engine, so long searches should watch
// ctx.Done. A returned error or a panic is logged and counted (opportunities
// returned with an error are discarded); the strategy
// keeps receiving later events.
type Strategy interface {
	// Name is the registered name, used in logs, metrics labels and the journal.
	Name() string
	// Init prepares the strategy (load pools, warm caches). An error stops the
	// engine before any event is delivered.
	Init(ctx context.Context, env Env) error
	// OnEvent returns the opportunities the event reveals (none is fine).
	// One that proves candidates in turn should hand each to Emit as soon
	// as it is proven, best first, and stop when Superseded (emit.go).
	OnEvent(ctx context.Context, ev Event) ([]Opportunity, error)
}

// Closer is implemented by strategies that hold resources. The engine calls
// Close once at shutdown, after the last OnEvent returned.
type Closer interface {
	Close(ctx context.Context) error
}

// Subscriber is implemented by strategies that choose their events. A
// strategy that does not implement it receives DefaultSubscriptions.
// Subscriptions is called once, after Init.
type Subscriber interface {
	Subscriptions() Subscriptions
}
