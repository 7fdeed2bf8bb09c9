// Package relay is a local Flashbots-style bundle relay for a devnet.Chain
// (the embedded devnet or anvil): an HTTP JSON-RPC server on 127.0.0.1 that
// verifies X-Flashbots-Signature, validates every field, simulates bundles
// on a sim/fork of the head, and lands them with Chain.CommitBlock when
// BuildBlock is called (by tests, the demo, or Run's interval loop).
//
// # Transport (go-utils rpcserver behaviour, spec §0)
//
// A non-POST request gets 405 "only POST method is allowed", except GET /,
// which is the MEV-Share hint stream (text/event-stream, one "id: n" and
// "data: {json}" per event, ":ping" every 15 s, Last-Event-ID replays the
// recent history; hints carry mevGasPrice rounded up to 3 significant
// digits, and gasUsed to 2 with WithHintGas, as mev-share-node's flags). Content-Type other than exactly application/json gets
// 415. Bodies over the limit (default 30 MiB) get -32600 "request body is
// too big, max size: N". Every request must be signed: no header gives
// -32600 "signature is required", a bad one -32600 with the verifier's text
// ("invalid signature provided: signing address mismatch", ...). Bad JSON
// gets -32700, an unknown method -32601 "method not found", undecodable
// params -32602 "invalid params: <decoder error>", and every other rejection
// -32000 with the messages below. Errors go out with HTTP 200; those raised
// before the body is parsed carry "id": null.
//
// # eth_sendBundle errors (-32000)
//
//	missing params, bundle missing txs, too many txs: N, max 100,
//	bundle too large: N bytes, max 300000, unable to decode txs: tx I: <err>,
//	missing block param, block param in the past: target N, head M,
//	minTimestamp greater than maxTimestamp,
//	bundle invalid: tx 0x..: <reason> (nonce gap, funds, fee cap; simulated
//	on the head when the target is the next block),
//	bundle reverts: tx 0x..: <reason> (unless listed in revertingTxHashes),
//	unsupported bundle version: V, Field F not supported by version v1,
//	Invalid refund percent, More than one refund tx hash not supported.
//
// Builder fields (spec §2.1, rbuilder rules; an absent version is v2):
// uuid takes priority over replacementUuid; a tx in droppingTxHashes is
// left out of the block when it is invalid or would revert, so it never
// reverts on chain; the refund fields are validated but no refund is paid.
//
// An empty txs with a replacementUuid cancels (rbuilder); a new bundle with
// the same signer and replacementUuid replaces the old one. eth_cancelBundle
// returns the hashes it cancelled (possibly []). mev_sendBundle validation
// follows mev-share-node exactly (spec §5.4); the bundle hash of a single
// element is that element's hash; backruns ({hash} at index 0) are matched by
// matching hash to an earlier mev_sendBundle with hints, whose transactions
// go first; revertMode "drop" is treated as "allow"; mev_cancelBundleByHash
// cancels the signer's own pending bundle (null, else -32000 "bundle not
// cancelled"). An X-Flashbots-Origin header over 255 bytes gets -32600
// "x-flashbots-origin header is too long". Stats methods
// (flashbots_getBundleStatsV2, flashbots_getUserStatsV2) answer for the
// signer's own bundles.
//
// # Block building
//
// BuildBlock takes the pending bundles valid for head+1 (block, inclusion
// range and timestamps), simulates each alone on the head, drops those with
// an invalid or a reverting transaction not allowed to revert, orders the
// rest by coinbase payment per gas (ties: arrival order), adds them one by
// one on top of the ones picked (dropping a bundle that now conflicts), then
// optionally the pool's pending transactions (WithPending), and commits
// exactly that block. With nothing to include it commits nothing unless
// WithEmptyBlocks. Status tells each bundle's fate.
//
// The relay must not be exposed beyond loopback and keeps no global state.
package relay
