package strategies

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Factory builds a strategy from its config section. decode fills v (a
// pointer to the strategy's config struct) from [strategies.NAME] and
// rejects unknown keys by name; the engine passes
//
//	func(v any) error { return cfg.DecodeStrategy(name, v) }
//
// A factory should call decode exactly once, then apply defaults and
// validate, returning an error that names the bad field.
type Factory func(decode func(v any) error) (Strategy, error)

var registry struct {
	mu        sync.RWMutex
	factories map[string]Factory
}

// Register makes a strategy available by name; call it from an init
// function. It panics, naming the strategy, when the name is empty, the
// factory nil, or the name already registered: all three are programming
// errors that must fail at start-up.
func Register(name string, f Factory) {
	if name == "" {
		panic("strategies: Register with an empty name")
	}
	if f == nil {
		panic(fmt.Sprintf("strategies: Register %q with a nil factory", name))
	}
	registry.mu.Lock()
	defer registry.mu.Unlock()
	if registry.factories == nil {
		registry.factories = make(map[string]Factory)
	}
	if _, dup := registry.factories[name]; dup {
		panic(fmt.Sprintf("strategies: Register called twice for %q", name))
	}
	registry.factories[name] = f
}

// New builds the strategy registered as name with the given decoder. It
// returns an error wrapping ErrUnknown (listing the known names) for an
// unregistered name, and the factory's error prefixed with the name.
func New(name string, decode func(v any) error) (Strategy, error) {
	registry.mu.RLock()
	f, ok := registry.factories[name]
	registry.mu.RUnlock()
	if !ok {
		return nil, fmt.Errorf("%w %q (registered: %s)", ErrUnknown, name, strings.Join(Names(), ", "))
	}
	s, err := f(decode)
	if err != nil {
		return nil, fmt.Errorf("strategies: %s: %w", name, err)
	}
	if s == nil {
		return nil, fmt.Errorf("strategies: %s: factory returned no strategy", name)
	}
	return s, nil
}

// Names returns the registered names, sorted.
func Names() []string {
	registry.mu.RLock()
	defer registry.mu.RUnlock()
	names := make([]string, 0, len(registry.factories))
	for n := range registry.factories {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
