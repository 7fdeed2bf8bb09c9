package backtest

import "errors"

// Sentinel errors of the package.
var (
	// ErrRange means the block range is empty or starts at genesis.
	ErrRange = errors.New("backtest: bad block range")
	// ErrInclusion means an unknown inclusion model.
	ErrInclusion = errors.New("backtest: unknown inclusion model")
	// ErrStrategy means a strategy is unknown or not configured.
	ErrStrategy = errors.New("backtest: strategy")
	// ErrChain means the node is on another chain than the config says.
	ErrChain = errors.New("backtest: wrong chain")
	// ErrMismatch means a replayed transaction did not match the node's
	// receipt (status or gas): the fork does not reproduce the chain.
	ErrMismatch = errors.New("backtest: replay does not match the chain")
	// ErrOffline means the cache was asked for something it does not
	// hold while no upstream node is reachable.
	ErrOffline = errors.New("backtest: not in cache")
	// ErrWorker means a worker process failed.
	ErrWorker = errors.New("backtest: worker")
)
