package thirdparty

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
)

// NodeModulesEnv names the environment variable that points at a
// node_modules directory, for binaries and tests run outside the repository.
const NodeModulesEnv = "KEEPERKIT_NODE_MODULES"

// ID names an artifact: its path below node_modules.
type ID string

// The artifacts keeperkit deploys or binds. Versions are pinned in package.json.
const (
	WETH9                       ID = "@uniswap/v2-periphery/build/WETH9.json"
	UniswapV2Factory            ID = "@uniswap/v2-core/build/UniswapV2Factory.json"
	UniswapV2Pair               ID = "@uniswap/v2-core/build/UniswapV2Pair.json"
	UniswapV2ERC20              ID = "@uniswap/v2-core/build/ERC20.json"
	UniswapV2Router02           ID = "@uniswap/v2-periphery/build/UniswapV2Router02.json"
	UniswapV3Factory            ID = "@uniswap/v3-core/artifacts/contracts/UniswapV3Factory.sol/UniswapV3Factory.json"
	UniswapV3Pool               ID = "@uniswap/v3-core/artifacts/contracts/UniswapV3Pool.sol/UniswapV3Pool.json"
	SwapRouter                  ID = "@uniswap/v3-periphery/artifacts/contracts/SwapRouter.sol/SwapRouter.json"
	NonfungiblePositionManager  ID = "@uniswap/v3-periphery/artifacts/contracts/NonfungiblePositionManager.sol/NonfungiblePositionManager.json"
	QuoterV2                    ID = "@uniswap/v3-periphery/artifacts/contracts/lens/QuoterV2.sol/QuoterV2.json"
	TickLens                    ID = "@uniswap/v3-periphery/artifacts/contracts/lens/TickLens.sol/TickLens.json"
	PoolAddressesProvider       ID = "@aave/core-v3/artifacts/contracts/protocol/configuration/PoolAddressesProvider.sol/PoolAddressesProvider.json"
	ACLManager                  ID = "@aave/core-v3/artifacts/contracts/protocol/configuration/ACLManager.sol/ACLManager.json"
	AavePool                    ID = "@aave/core-v3/artifacts/contracts/protocol/pool/Pool.sol/Pool.json"
	PoolConfigurator            ID = "@aave/core-v3/artifacts/contracts/protocol/pool/PoolConfigurator.sol/PoolConfigurator.json"
	BorrowLogic                 ID = "@aave/core-v3/artifacts/contracts/protocol/libraries/logic/BorrowLogic.sol/BorrowLogic.json"
	BridgeLogic                 ID = "@aave/core-v3/artifacts/contracts/protocol/libraries/logic/BridgeLogic.sol/BridgeLogic.json"
	EModeLogic                  ID = "@aave/core-v3/artifacts/contracts/protocol/libraries/logic/EModeLogic.sol/EModeLogic.json"
	FlashLoanLogic              ID = "@aave/core-v3/artifacts/contracts/protocol/libraries/logic/FlashLoanLogic.sol/FlashLoanLogic.json"
	LiquidationLogic            ID = "@aave/core-v3/artifacts/contracts/protocol/libraries/logic/LiquidationLogic.sol/LiquidationLogic.json"
	PoolLogic                   ID = "@aave/core-v3/artifacts/contracts/protocol/libraries/logic/PoolLogic.sol/PoolLogic.json"
	SupplyLogic                 ID = "@aave/core-v3/artifacts/contracts/protocol/libraries/logic/SupplyLogic.sol/SupplyLogic.json"
	ConfiguratorLogic           ID = "@aave/core-v3/artifacts/contracts/protocol/libraries/logic/ConfiguratorLogic.sol/ConfiguratorLogic.json"
	AToken                      ID = "@aave/core-v3/artifacts/contracts/protocol/tokenization/AToken.sol/AToken.json"
	StableDebtToken             ID = "@aave/core-v3/artifacts/contracts/protocol/tokenization/StableDebtToken.sol/StableDebtToken.json"
	VariableDebtToken           ID = "@aave/core-v3/artifacts/contracts/protocol/tokenization/VariableDebtToken.sol/VariableDebtToken.json"
	InterestRateStrategy        ID = "@aave/core-v3/artifacts/contracts/protocol/pool/DefaultReserveInterestRateStrategy.sol/DefaultReserveInterestRateStrategy.json"
	AaveOracle                  ID = "@aave/core-v3/artifacts/contracts/misc/AaveOracle.sol/AaveOracle.json"
	AaveProtocolDataProvider    ID = "@aave/core-v3/artifacts/contracts/misc/AaveProtocolDataProvider.sol/AaveProtocolDataProvider.json"
	MintableERC20               ID = "@aave/core-v3/artifacts/contracts/mocks/tokens/MintableERC20.sol/MintableERC20.json"
	MockAggregator              ID = "@aave/core-v3/artifacts/contracts/mocks/oracle/CLAggregators/MockAggregator.sol/MockAggregator.json"
	MockFlashLoanSimpleReceiver ID = "@aave/core-v3/artifacts/contracts/mocks/flashloan/MockSimpleFlashLoanReceiver.sol/MockFlashLoanSimpleReceiver.json"
	IERC20Detailed              ID = "@aave/core-v3/artifacts/contracts/dependencies/openzeppelin/contracts/IERC20Detailed.sol/IERC20Detailed.json"
	// AggregatorV3Interface is ABI only (a bare JSON array in @chainlink/contracts).
	AggregatorV3Interface ID = "@chainlink/contracts/abi/v0.8/AggregatorV3Interface.json"
)

// All lists every named artifact, for tests and the bindings generator.
var All = []ID{
	WETH9, UniswapV2Factory, UniswapV2Pair, UniswapV2ERC20, UniswapV2Router02,
	UniswapV3Factory, UniswapV3Pool, SwapRouter, NonfungiblePositionManager, QuoterV2, TickLens,
	PoolAddressesProvider, ACLManager, AavePool, PoolConfigurator,
	BorrowLogic, BridgeLogic, EModeLogic, FlashLoanLogic, LiquidationLogic, PoolLogic, SupplyLogic, ConfiguratorLogic,
	AToken, StableDebtToken, VariableDebtToken, InterestRateStrategy, AaveOracle, AaveProtocolDataProvider,
	MintableERC20, MockAggregator, MockFlashLoanSimpleReceiver, IERC20Detailed, AggregatorV3Interface,
}

// Name is the contract name: the file name without .json.
func (id ID) Name() string { return strings.TrimSuffix(filepath.Base(string(id)), ".json") }

// Package is the npm package the artifact comes from.
func (id ID) Package() string {
	parts := strings.SplitN(string(id), "/", 3)
	if !strings.HasPrefix(parts[0], "@") || len(parts) < 2 {
		return parts[0] // unscoped package (or a bare name)
	}
	return parts[0] + "/" + parts[1]
}

// LinkRef is one place in creation code where a library address goes.
type LinkRef struct {
	Start  int `json:"start"`  // byte offset
	Length int `json:"length"` // always 20
}

// Artifact is one contract's compiled form as the npm package ships it.
type Artifact struct {
	ID               ID
	Name             string
	ABIJSON          []byte
	ABI              abi.ABI
	Bytecode         []byte // creation code, library placeholders unlinked
	DeployedBytecode []byte
	// LinkReferences maps "file:Library" to where its address goes in Bytecode.
	LinkReferences map[string][]LinkRef
	// DeployedLinkReferences is the same for DeployedBytecode (hardhat
	// artifacts only; see LinkDeployed).
	DeployedLinkReferences map[string][]LinkRef
}

var (
	cacheMu sync.Mutex
	cache   = map[ID]*Artifact{}
)

// NodeModules returns the node_modules directory: $KEEPERKIT_NODE_MODULES,
// else the one beside the go.mod found walking up from the working directory.
func NodeModules() (string, error) {
	if p := os.Getenv(NodeModulesEnv); p != "" {
		return p, nil
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "node_modules"), nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("%w: no go.mod above %s and %s unset", ErrNotInstalled, dir, NodeModulesEnv)
		}
		dir = parent
	}
}

// Load reads an artifact once and caches it. The returned value is shared:
// do not modify it.
func Load(id ID) (*Artifact, error) {
	cacheMu.Lock()
	defer cacheMu.Unlock()
	if a, ok := cache[id]; ok {
		return a, nil
	}
	nm, err := NodeModules()
	if err != nil {
		return nil, err
	}
	path := filepath.Join(nm, filepath.FromSlash(string(id)))
	raw, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%w: %s from %s is missing at %s", ErrNotInstalled, id.Name(), id.Package(), path)
	}
	if err != nil {
		return nil, fmt.Errorf("thirdparty: %s: %w", path, err)
	}
	a, err := parse(id, raw)
	if err != nil {
		return nil, fmt.Errorf("thirdparty: %s: %w", path, err)
	}
	cache[id] = a
	return a, nil
}

// MustLoad is Load for tests and init-time tables; it panics on error.
func MustLoad(id ID) *Artifact {
	a, err := Load(id)
	if err != nil {
		panic(err)
	}
	return a
}

// parse understands the three shapes in the pinned packages: hardhat
// (abi, bytecode, deployedBytecode, linkReferences), waffle/truffle
// (abi, bytecode without 0x, evm.deployedBytecode.object), and a bare ABI array.
func parse(id ID, raw []byte) (*Artifact, error) {
	a := &Artifact{ID: id, Name: id.Name(), LinkReferences: map[string][]LinkRef{}, DeployedLinkReferences: map[string][]LinkRef{}}
	trimmed := strings.TrimSpace(string(raw))
	if strings.HasPrefix(trimmed, "[") {
		a.ABIJSON = raw
	} else {
		var f struct {
			ABI              json.RawMessage `json:"abi"`
			Bytecode         string          `json:"bytecode"`
			DeployedBytecode string          `json:"deployedBytecode"`
			EVM              struct {
				DeployedBytecode struct {
					Object string `json:"object"`
				} `json:"deployedBytecode"`
			} `json:"evm"`
			LinkReferences         map[string]map[string][]LinkRef `json:"linkReferences"`
			DeployedLinkReferences map[string]map[string][]LinkRef `json:"deployedLinkReferences"`
		}
		if err := json.Unmarshal(raw, &f); err != nil {
			return nil, err
		}
		a.ABIJSON = f.ABI
		deployed := f.DeployedBytecode
		if deployed == "" {
			deployed = f.EVM.DeployedBytecode.Object
		}
		var err error
		if a.Bytecode, err = decodeCode(f.Bytecode); err != nil {
			return nil, fmt.Errorf("bytecode: %w", err)
		}
		if a.DeployedBytecode, err = decodeCode(deployed); err != nil {
			return nil, fmt.Errorf("deployedBytecode: %w", err)
		}
		for file, libs := range f.LinkReferences {
			for lib, refs := range libs {
				a.LinkReferences[file+":"+lib] = refs
			}
		}
		for file, libs := range f.DeployedLinkReferences {
			for lib, refs := range libs {
				a.DeployedLinkReferences[file+":"+lib] = refs
			}
		}
	}
	parsed, err := abi.JSON(strings.NewReader(string(a.ABIJSON)))
	if err != nil {
		return nil, fmt.Errorf("abi: %w", err)
	}
	a.ABI = parsed
	return a, nil
}

// decodeCode decodes hex code; unlinked library placeholders (__$…$__ or
// __Name___) are zeroed, to be overwritten by Link.
func decodeCode(s string) ([]byte, error) {
	s = strings.TrimPrefix(s, "0x")
	if s == "" {
		return nil, nil
	}
	b := []byte(s)
	for i := 0; i+40 <= len(b); i++ {
		if b[i] == '_' && b[i+1] == '_' {
			for j := i; j < i+40; j++ {
				b[j] = '0'
			}
			i += 39
		}
	}
	return hex.DecodeString(string(b))
}

// Libraries lists the library names (without their file) that creation code
// needs linked, sorted.
func (a *Artifact) Libraries() []string {
	var out []string
	for k := range a.LinkReferences {
		out = append(out, k[strings.LastIndexByte(k, ':')+1:])
	}
	sort.Strings(out)
	return out
}

// Link returns creation code with each library's address written over its
// link references. libs is keyed by library name (e.g. "BorrowLogic"); a
// missing one is an error naming it.
func (a *Artifact) Link(libs map[string]common.Address) ([]byte, error) {
	return a.link(a.Bytecode, a.LinkReferences, libs)
}

// LinkDeployed returns runtime code with each library's address written
// over its deployed link references: the code a linked deployment holds,
// except for immutables (and a library's own address), which are set at
// deployment and stay zero here.
func (a *Artifact) LinkDeployed(libs map[string]common.Address) ([]byte, error) {
	return a.link(a.DeployedBytecode, a.DeployedLinkReferences, libs)
}

func (a *Artifact) link(unlinked []byte, refsByLib map[string][]LinkRef, libs map[string]common.Address) ([]byte, error) {
	code := common.CopyBytes(unlinked)
	for key, refs := range refsByLib {
		name := key[strings.LastIndexByte(key, ':')+1:]
		addr, ok := libs[name]
		if !ok {
			return nil, fmt.Errorf("%w: %s needs library %s", ErrMissingLibrary, a.Name, name)
		}
		for _, r := range refs {
			if r.Length != common.AddressLength || r.Start+r.Length > len(code) {
				return nil, fmt.Errorf("thirdparty: %s: bad link reference for %s at %d", a.Name, name, r.Start)
			}
			copy(code[r.Start:], addr[:])
		}
	}
	return code, nil
}

// DeployData is the linked creation code followed by the ABI-encoded
// constructor arguments: the data of a contract-creation transaction.
func (a *Artifact) DeployData(libs map[string]common.Address, args ...any) ([]byte, error) {
	if len(a.Bytecode) == 0 {
		return nil, fmt.Errorf("thirdparty: %s has no creation code (ABI only)", a.Name)
	}
	code, err := a.Link(libs)
	if err != nil {
		return nil, err
	}
	packed, err := a.ABI.Pack("", args...)
	if err != nil {
		return nil, fmt.Errorf("thirdparty: %s constructor: %w", a.Name, err)
	}
	return append(code, packed...), nil
}
