// Package devnet runs local chains for the demo, the tests and backtests: the
// embedded devnet (a post-merge go-ethereum node in this process, JSON-RPC
// over HTTP and WebSocket on 127.0.0.1) and anvil (the binary from the pinned
// npm package), both behind one Chain interface.
//
// Blocks on the devnet are made by one writer goroutine through
// go-ethereum's miner (the code behind testing_commitBlockV1): from the pool
// (automine, a period, or Mine) or from an exact ordered list of
// transactions (CommitBlock), which is how the local relay lands bundles.
// Timestamps are chain time, parent + BlockTime, from a fixed genesis time,
// so the same transactions give the same blocks and state roots on every run.
//
// Prefunded accounts come from the well-known test mnemonic that anvil and
// Hardhat use; their keys are public and worthless outside a local chain.
//
// The package must not import the keeper engine or strategies.
package devnet
