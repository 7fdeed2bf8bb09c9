package runtime

import "errors"

// Sentinel errors.
var (
	// ErrNoStrategies is returned by New without any strategy.
	ErrNoStrategies = errors.New("runtime: no strategies")
	// ErrDuplicateName is returned by New when two strategies share a name
	// (their metrics and journal rows would mix).
	ErrDuplicateName = errors.New("runtime: duplicate strategy name")
	// ErrInit wraps a strategy's Init failure.
	ErrInit = errors.New("runtime: strategy init")
	// ErrPanic wraps a recovered panic in OnEvent, in logs.
	ErrPanic = errors.New("runtime: strategy panicked")
)
