// Package report turns a backtest's Result into the files a researcher
// reads: summary.json, one CSV per table, report.html with its plots inline
// (no network needed to open it), the same plots as PNG, and the terminal
// summary table. The same Result always gives byte-identical files.
//
// It also merges the Results of shards of one run (Merge: contiguous block
// ranges from worker processes, or from other machines: Read each shard's
// report directory, Merge, Write) into the serial run's Result, and prints
// the replay's progress line (Progress).
//
// It does no replay and no I/O besides writing the report directory: the
// Result comes from keeper/backtest, competitor matching from
// keeper/backtest/compete (passed to Merger.Match). Amounts stay decimal
// strings of wei end to end; floats appear only in the plots.
package report
