package report

import "errors"

var (
	// ErrNoParts is returned by Merge when it is given no results.
	ErrNoParts = errors.New("report: nothing to merge")
	// ErrOverlap is returned by Merge when two shards replay the same block.
	ErrOverlap = errors.New("report: shards overlap")
	// ErrGap is returned by Merge when blocks between two shards are missing.
	ErrGap = errors.New("report: gap between shards")
	// ErrMismatch is returned by Merge when shards come from different runs
	// (chain, strategies, inclusion model or config differ).
	ErrMismatch = errors.New("report: shards of different runs")
	// ErrBadShard is returned by Merge when a shard's blocks do not cover its
	// own range, or are out of order.
	ErrBadShard = errors.New("report: shard inconsistent with its range")
	// ErrPlot is returned by Write when a plot cannot be drawn; the JSON
	// and CSV files are written before the plots.
	ErrPlot = errors.New("report: plot failed")
	// ErrFormat is returned by Read when a file of the report directory is
	// not what Write writes.
	ErrFormat = errors.New("report: not a report file")
)
