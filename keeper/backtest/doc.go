// Package backtest replays a block range of any JSON-RPC chain on forks
// (sim/fork) and feeds the keeper's strategies the events they would have
// seen live, to report what they would have found, sized and earned.
//
// For each block B of the range: B's transactions are re-executed in order
// on a fork at B-1, each checked against the node's receipt (status and
// gas; a mismatch is an error naming the block and transaction); a
// strategy that subscribes to pending transactions gets each of B's
// transactions as KindPendingTx before B (Event.Block B-1), and every
// strategy gets KindBlock and KindLogs of B. What the strategies return is
// simulated where it would land: after the transaction it backruns
// (Opportunity.Front) on B-1's state, or at the top of B+1 on B's state;
// priced with the keeper's own pricing (keeper/exec Pricing.Quote) and
// counted as landed under the inclusion model.
//
// Strategies get an Env whose Chain answers at the replayed block, never
// at "latest", and whose Sim runs on the replay's own forks.
//
// Everything read from the node goes through a caching JSON-RPC transport
// (Cache): every block-pinned request (by number or hash, never "latest")
// is stored on disk keyed by method and parameters, so a second run over
// the same range makes no RPC request at all. A per-block checkpoint lets
// an interrupted run resume where it stopped.
//
// Each block's opportunities are evaluated on the real parent state (our
// hypothetical bundles never change later blocks), so a range splits into
// independent shards; with Workers > 1 each shard runs in its own process
// with its own cache directory and the results are merged.
//
// The package must not sign or send anything: it never holds a key.
package backtest
