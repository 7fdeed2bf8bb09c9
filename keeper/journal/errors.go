package journal

import "errors"

// Sentinel errors.
var (
	// ErrSchemaTooNew is returned by Open for a file written by a newer keeper.
	ErrSchemaTooNew = errors.New("journal: schema newer than this keeper")
	// ErrBadPath is returned by Open for an empty path or one with '?' or '#'.
	ErrBadPath = errors.New("journal: bad database path")
	// ErrInvalid wraps a record that cannot be stored (empty key, nil amount).
	ErrInvalid = errors.New("journal: invalid record")
	// ErrNotFound is returned for a transaction hash the journal does not hold.
	ErrNotFound = errors.New("journal: not found")
)
