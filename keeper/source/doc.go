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
// branch follows as KindBlock events in order.
//
// Logs. Heads selects them with one filter, the union of the strategies'
// filters. Over WebSocket the node pushes them (eth_subscribe logs): a
// block's logs reach the strategies about when its header does, instead
// of one eth_getLogs round trip after it, which the node answers while
// it is busiest (in the stress benchmark, 1.6 ms of the 5 ms from head
// to bundle). A push cannot prove that a block's logs are complete, so
// every delivered block's logs are also fetched by hash
// (HeadsConfig.LogsConfirmAfter later, 100 ms by default, and always
// before the next block is delivered): that fetch is the reference, and
// emits whatever the node did not push. Each log is emitted once, in a
// KindLogs event after its block's KindBlock and before the next block's;
// a block's logs may come in more than one event. Pushed logs of a block
// not announced yet wait for its header; those of blocks off the delivered
// branch, or marked removed, are dropped: reorgs come as KindReorg, and
// the new branch's logs by its own pushes and fetches. Blocks backfilled
// after a gap, HTTP polling, a node that refuses the subscription and
// HeadsConfig.FetchLogsOnly fetch each block's logs as it is delivered.
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
