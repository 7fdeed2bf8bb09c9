// Package abis holds keeperkit's own Solidity and everything generated from
// contracts:
//
//	abis/src/*.sol          our contracts (compiled by the pinned npm solc)
//	abis/build/*.json       their artifacts: ABI, creation and runtime code (committed)
//	abis/bindings/<name>/   Go bindings (abigen v2): ours with bytecode, third-party
//	                        ones (Uniswap, Aave, Chainlink, ERC20, WETH) ABI only
//	abis/thirdparty         the loader of the real protocol bytecode from node_modules
//	abis/internal/gen       the bindings generator (`go generate ./abis/...`)
//	scripts/abis/compile.js the compiler driver (Node, solc-js)
//
// `make abis` runs, from the repository root:
//
//	node scripts/abis/compile.js   # abis/src/*.sol → abis/build/<Contract>.json
//	go generate ./abis/...         # → go run ./internal/gen -build build -out bindings
//
// The compile is deterministic: solc 0.8.28 (checked at start), standard JSON
// input with sources sorted by file name, optimizer on with 200 runs, EVM
// cancun, metadata.bytecodeHash "none" and appendCBOR false (no hash of
// paths or sources in the code), keys and formatting fixed. Every non-
// abstract contract of a file in abis/src gets one artifact keyed by its
// contract name (two contracts of one name are an error); artifacts of
// contracts that no longer exist are removed.
//
// Bindings are one package per contract, named after it in lower case
// (TestToken → abis/bindings/testtoken), as abigen v2 makes natural: each
// has the packers and unpackers (PackMint, UnpackBalanceOf, …) and, for our
// contracts only, the creation code in <Name>MetaData.Bin. The generator
// calls go-ethereum's abigen v2 library (accounts/abi/abigen.BindV2) in
// process, so the abigen version is exactly the go-ethereum of go.mod and no
// tool directive or separate install is needed. Third-party bindings are
// made from the npm ABIs through abis/thirdparty and never carry bytecode;
// the world builder deploys that bytecode from node_modules at run time.
// Binding packages that the pipeline no longer writes are removed (a hand-
// written file under abis/bindings stops the generator instead).
//
// To add one of our contracts, put its .sol file in abis/src and run `make
// abis`: its artifact and its package appear. Imports resolve from abis/src,
// then node_modules. To bind a third-party ABI, give it an ID in
// abis/thirdparty (and put it in All), add a package-name → ID entry to the
// external table of internal/gen, and run `make abis`.
//
// The tests guard the pipeline: TestArtifactsFresh compiles and generates
// into a temporary directory and fails, with a line diff and "run `make
// abis`", while anything committed differs (it needs node and
// node_modules/solc, else it says to run `make setup`);
// TestNoThirdPartyBytecode fails if any file under abis/ holds npm protocol
// bytecode. node_modules is found beside go.mod, or at
// $KEEPERKIT_NODE_MODULES (see abis/thirdparty).
package abis

//go:generate go run ./internal/gen -build build -out bindings
