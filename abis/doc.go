// Package abis holds keeperkit's own Solidity and everything generated from
// contracts:
//
//	abis/src/*.sol          our contracts (compiled by the pinned npm solc)
//	abis/build/*.json       their artifacts: ABI, creation and runtime code (committed)
//	abis/bindings/<name>/   Go bindings (abigen v2): ours with bytecode, third-party
//	                        ones (Uniswap, Aave, Chainlink, ERC20, WETH) ABI only
//	abis/thirdparty         the loader of the real protocol bytecode from node_modules
//
// `make abis` runs scripts/abis/compile.js and then `go generate ./abis/...`.
// To add a contract, put its .sol file in abis/src (and, for a third-party
// ABI, an entry in the bindings table of internal/gen) and run `make abis`;
// TestArtifactsFresh fails while the committed files differ from what the
// pipeline produces. No third-party bytecode is ever committed.
package abis

//go:generate go run ./internal/gen -build build -out bindings
