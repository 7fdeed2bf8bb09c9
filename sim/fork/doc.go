// Package fork is the state of any JSON-RPC chain at a block N, loaded
// lazily and cached, on which transactions and bundles run in
// go-ethereum's own EVM and StateDB with the context of block N+1.
//
// # State
//
// A Fork pins a block number. Its state is go-ethereum's core/state.StateDB
// built (state.NewWithReader) on a state.Reader of this package: the
// first time a simulation touches an account, the account's balance,
// nonce and code are fetched (eth_getBalance, eth_getTransactionCount and
// eth_getCode at N, in one JSON-RPC batch); the first time it reads a
// slot, eth_getStorageAt at N. Values go to a cache per block shared by
// every simulation on the Fork, bounded (WithCacheSize) with two
// generations of maps. Keys asked for while a batch is on the wire leave
// together in the next batch, and a key is never in flight twice. Prefetch,
// PrefetchCall and PrefetchBundle (eth_createAccessList, one batch for all
// transactions) load many keys in one batch before a simulation, so a cold
// bundle costs a few round trips, not one per slot. With WithDiskCache every value fetched is appended to a file
// per chain and block, and loaded back by New and Advance: a re-run of a
// backtest (WithChainID and WithBlock given) needs no RPC at all.
//
// # Execution
//
// Sessions run transactions with core.ApplyMessage on one reused EVM, in
// the next block's context (Fork.Next: number N+1, timestamp + block time,
// base fee from eip1559.CalcBaseFee, the pinned block's coinbase, gas limit
// and prevrandao; AtBlock overrides it). The beacon-root and block-hash
// system calls that open a real block are not run: they write only their
// system contracts. The rules are go-ethereum's config for mainnet, Sepolia
// and Hoodi, else Osaka from genesis (the devnet and anvil); WithChainConfig
// overrides them. Fork.SimulateBundle, Apply and Call take a pooled
// Session and are safe for concurrent use; Session.Snapshot and Revert
// try variants of a bundle on the same loaded state.
//
// # Faults
//
// A failed read is a *FetchError naming the method, block and key
// (wrapping ErrBlockNotAvailable when the node has no state for the block).
// The Reader returns it to the StateDB, which records it (StateDB.Error),
// and the Session checks both after every transaction: a simulation that
// touched state it could not load returns ErrIncompleteState wrapping the
// *FetchError, never a result computed on zeros.
//
// # Moving forward, and why the cache stays correct
//
// Advance(ctx, M) builds the fork at M > N from the fork at N. Every cached
// value is a value at N; it may be reused at M only if blocks N+1..M did not
// change it. Advance finds what they changed, in one of three ways, and
// drops exactly that (WithRefresh puts the dropped entries on the wire in
// one batch as Advance returns, so that the next simulation finds them
// warm or in flight, never asks twice):
//
//   - Trace (InvalidateTrace, tried first by InvalidateAuto): one batch of
//     debug_traceBlockByNumber with the prestateTracer in diffMode for each
//     block. Every account whose balance, nonce, code or storage a
//     transaction changed is listed in the trace's pre or post state, with
//     each changed slot; the union of both sides is dropped, and an account
//     listed before but not after (destroyed) loses all its slots. A slot
//     the post state gives a value is not dropped but set to it (the
//     node's own value after the block, no read needed), and an account
//     whose post state moved neither balance, nonce nor code keeps its
//     entry (only its storage changed). What no
//     transaction trace shows is dropped unconditionally: each block's
//     coinbase, its withdrawal recipients, and the system contracts that
//     the protocol writes outside transactions (EIP-4788, EIP-2935,
//     EIP-7002, EIP-7251).
//   - Proof (InvalidateProof, the fallback when the node does not trace):
//     one batch of eth_getProof with no slots for every cached address, at
//     N and at M. An account whose storage root is unchanged has every slot
//     unchanged (the root commits to all of them), so its slots stay; one
//     whose balance, nonce and code hash are unchanged keeps its account
//     entry. This is exact whatever happened in between, including system
//     calls and withdrawals. Deriving changes from logs, senders and
//     recipients was rejected: a contract can write storage without
//     emitting a log, so that scheme can keep stale slots.
//   - All (InvalidateAll, and any jump over more than 16 blocks): start
//     empty. Code is content-addressed by hash and never invalidated.
//
// A replayer that re-executes block M's transactions itself (the backtest)
// needs none of that: it runs them on a block session (NewBlockSession)
// on the fork at M-1 and calls AdvanceFrom, which carries the cache over
// with every account and slot the session loaded replaced by its value
// after the block (a transaction can only change state it loads; contracts
// created or destroyed in the block keep no slots; system contracts and
// withdrawal recipients are dropped as above). It fetches only M's header,
// and checks that the session applied exactly M's transactions with M's
// gas used; see AdvanceFrom for what that proves and what it does not.
//
// Reorgs are not followed: a Fork reads by number, so after a reorg at or
// below N build a new Fork with New.
//
// The package must not sign, send or price anything, and keeps no global
// state: everything hangs off a Fork and the forks advanced from it.
package fork
