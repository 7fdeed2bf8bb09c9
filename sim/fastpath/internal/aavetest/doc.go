// Package aavetest deploys a real Aave V3 market (@aave/core-v3 1.19.3, the
// bytecode of the pinned npm package through abis/thirdparty) onto an
// in-memory go-ethereum state and drives it: supply, borrow, price moves
// through MockAggregator feeds, time moves, getUserAccountData and
// liquidationCall with the balances it moved. It exists for the
// differential tests and benchmarks of sim/fastpath's Aave math; it must
// not be imported by non-test code.
//
// One EVM is created per Chain and reused for every call (the block
// context's time is moved in place), so calls cost what the contracts
// execute, not the EVM's construction.
package aavetest
