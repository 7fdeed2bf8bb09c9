// Package chainview is the strategies.Chain every strategy of a keeper
// shares: reads pinned to a block number go to the node once and are kept
// in memory; reads of "latest" (or pending, safe, finalized) always go to
// the node.
//
// # Why it is exact
//
// An eth_call, eth_getBalance, eth_getCode, eth_getStorageAt or
// eth_getTransactionCount at block N, block N's header, and the logs of
// blocks M..N cannot change while N stays canonical, so one answer serves
// every caller. Ten strategy instances that load the same market in Init
// (the same calls at the same head) cost one instance's reads. Two rules
// keep it exact:
//
//   - Only blocks at or below the newest head the view knows (SetHead, or
//     a "latest" header read through it) are cached: a node may answer a
//     range that reaches past its head with what it has so far.
//   - Forget(from) drops every answer at blocks from and above (the engine
//     calls it on a reorg, before the strategies hear of it); answers to
//     requests in flight at that moment are returned but not kept.
//
// CallContracts (strategies.BatchCaller) sends many eth_calls in a few
// JSON-RPC batches, each answered and kept as CallContract's: a strategy
// loading thousands of positions in Init should probe Env.Chain for it.
//
// Errors and null answers are never kept. Identical requests in flight at
// once go to the node once (as x/sync/singleflight does); a waiter whose
// leader's context ended asks again itself.
//
// # Bounds
//
// The cache holds at most MaxBytes of keys and answers (WithMaxBytes);
// past it the oldest block's answers go first, in the order they came.
//
// Key is the request keying keeper/backtest's disk cache uses too: one
// definition of "a JSON-RPC answer that cannot change".
//
// The package reads only: it must not send transactions or sign anything.
package chainview
