// Package thirdparty loads the real protocol artifacts (ABI, creation and
// runtime bytecode, library link references) from the pinned npm packages
// that `make setup` installs under node_modules. None of their bytecode is
// committed to this repository: it is read at run time, from the exact
// package versions package-lock.json pins.
//
// Every artifact keeperkit deploys or binds has a named [ID] (its path below
// node_modules); [All] lists them. [Load] reads and parses one once and
// caches it for the life of the process:
//
//	pool, err := thirdparty.Load(thirdparty.AavePool)
//	code, err := pool.Link(map[string]common.Address{"BorrowLogic": borrow, ...})
//	data, err := pool.DeployData(libs, providerAddress) // code + constructor args
//
// Three artifact shapes are understood: hardhat (Uniswap V3, Aave V3:
// bytecode, deployedBytecode, linkReferences as {file: {Lib: [{start,
// length}]}} in bytes), waffle (Uniswap V2: bytecode without 0x,
// evm.deployedBytecode, no libraries) and a bare ABI array (Chainlink).
// Unlinked library placeholders read as zero bytes until [Artifact.Link]
// writes addresses over them. DeployedBytecode is the package's runtime code
// as shipped: its immutables and library addresses are zero;
// [Artifact.LinkDeployed] gives the code a linked deployment holds (a test
// deploys linked libraries and the configurator on the devnet and compares).
//
// node_modules is found beside the go.mod above the working directory, so
// tests and `go run` work from any package of the module. Binaries or tests
// run elsewhere set KEEPERKIT_NODE_MODULES ([NodeModulesEnv]) to the path of
// a node_modules directory holding the same pinned packages. It is a path,
// not a tunable.
//
// To add an artifact: add its ID constant and put it in All (TestAllLoad
// then checks it loads, TestLibraries lists its libraries).
//
// It must not import anything of keeperkit, and never writes bytecode to the
// repository.
package thirdparty
