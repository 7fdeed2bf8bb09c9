package source

import "errors"

// Sentinel errors.
var (
	// ErrNoEndpoint is returned when neither a WebSocket nor an HTTP URL is configured.
	ErrNoEndpoint = errors.New("source: no endpoint configured")
	// ErrReorgTooDeep is returned (and logged) when no common ancestor is
	// found within the tracked blocks; the stream restarts at the new head.
	ErrReorgTooDeep = errors.New("source: reorg deeper than the tracked blocks")
	// ErrSubscriptionEnded is returned when a subscription ends without an error.
	ErrSubscriptionEnded = errors.New("source: subscription ended")
	// ErrMissingHeader is returned when the node does not have a header it
	// just announced (it is syncing or load-balanced across nodes).
	ErrMissingHeader = errors.New("source: header not found")
)
