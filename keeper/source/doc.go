// Package source turns a node's JSON-RPC streams into strategies.Event
// values for the runtime.
//
// Heads is the ordered stream of new blocks: over WebSocket (eth_subscribe
// newHeads) with reconnects under exponential backoff, or by HTTP polling
// when no WebSocket URL is configured. It tracks the last delivered block and,
// after a dropped connection or a missed poll, backfills by number so that no
// block is ever skipped. A header whose parent is not the last delivered
// block starts a walk back by parent hash to the common ancestor: a
// KindReorg event names the ancestor and the dropped blocks, then the new
// branch follows as KindBlock events in order. After each block, Heads
// fetches that block's logs (eth_getLogs by block hash) with the union of
// the strategies' filters and emits them as one KindLogs event: by hash,
// not by log subscription, so a block's logs are complete and tied to the
// block they came from even across reorgs.
//
// Pending streams pool transactions (full bodies where the node offers
// them, else hashes fetched in batches); Hints adapts a channel of MEV-Share
// hints decoded elsewhere (the bundles package).
//
// Overflow policy per stream: Heads blocks with ctx (an ordered stream must
// not lose a block); Pending and Hints drop the oldest event and count it
// (a stale pending transaction is worth less than a fresh one).
//
// Sources read, never write: they do not sign, send or decide anything.
package source
