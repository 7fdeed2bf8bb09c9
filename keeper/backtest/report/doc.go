// Package report turns a backtest's Result into the files a researcher
// reads: summary.json, one CSV per table, report.html with its plots inline
// (no network needed to open it), the same plots as PNG, and the terminal
// summary table. The same Result always gives byte-identical files.
package report
