package fastpath

// Differential harness: the real Uniswap bytecode from the pinned npm
// packages (abis/thirdparty) running in go-ethereum's EVM over an in-memory
// state, or on anvil over loopback, plus two small test-only contracts
// (testdata/Harness.sol) compiled with the pinned solc-js.

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/keeperkit/keeperkit/abis/thirdparty"
)

// ---- test-only contracts ----

type harnessContract struct {
	ABI  abi.ABI
	Code []byte
}

var (
	harnessOnce sync.Once
	harnessSet  map[string]*harnessContract
	harnessErr  error
)

const solcScript = `const path = require('path'); const fs = require('fs');
let solc; try { solc = require(path.join(process.argv[2], 'solc')); } catch (e) { console.error('solc-js missing: run make setup'); process.exit(2); }
const src = fs.readFileSync(process.argv[1], 'utf8');
const input = { language: 'Solidity', sources: { 'Harness.sol': { content: src } }, settings: { optimizer: { enabled: true, runs: 200 }, evmVersion: 'cancun', outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } } } };
const out = JSON.parse(solc.compile(JSON.stringify(input)));
const errs = (out.errors || []).filter(e => e.severity === 'error'); if (errs.length) { console.error(errs.map(e => e.formattedMessage).join('\n')); process.exit(1); }
const res = {}; for (const [n, c] of Object.entries(out.contracts['Harness.sol'])) res[n] = { abi: c.abi, bytecode: c.evm.bytecode.object };
process.stdout.write(JSON.stringify(res));`

// harness compiles testdata/Harness.sol once per process, caching the
// output in the temp directory by the hash of the source (fuzz workers and
// repeated runs skip the ~3 s compile).
func harness(t testing.TB) map[string]*harnessContract {
	t.Helper()
	harnessOnce.Do(func() { harnessSet, harnessErr = compileHarness() })
	if harnessErr != nil {
		t.Fatalf("harness contracts: %v", harnessErr)
	}
	return harnessSet
}

func compileHarness() (map[string]*harnessContract, error) {
	nm, err := thirdparty.NodeModules()
	if err != nil {
		return nil, err
	}
	src, err := filepath.Abs(filepath.Join("testdata", "Harness.sol"))
	if err != nil {
		return nil, err
	}
	body, err := os.ReadFile(src)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(append(body, solcScript...))
	cache := filepath.Join(os.TempDir(), "keeperkit-fastpath-harness-"+hex.EncodeToString(sum[:8])+".json")
	out, err := os.ReadFile(cache)
	if err != nil {
		if _, err := os.Stat(filepath.Join(nm, "solc")); err != nil {
			return nil, fmt.Errorf("solc-js not found under %s: run `make setup`", nm)
		}
		cmd := exec.Command("node", "-e", solcScript, src, nm)
		var stderr strings.Builder
		cmd.Stderr = &stderr
		if out, err = cmd.Output(); err != nil {
			return nil, fmt.Errorf("solc-js: %v: %s (run `make setup`)", err, stderr.String())
		}
		tmp := cache + fmt.Sprintf(".%d", os.Getpid())
		if os.WriteFile(tmp, out, 0o644) == nil {
			_ = os.Rename(tmp, cache)
		}
	}
	var raw map[string]struct {
		ABI      json.RawMessage `json:"abi"`
		Bytecode string          `json:"bytecode"`
	}
	if err := json.Unmarshal(out, &raw); err != nil {
		return nil, err
	}
	set := map[string]*harnessContract{}
	for name, c := range raw {
		a, err := abi.JSON(strings.NewReader(string(c.ABI)))
		if err != nil {
			return nil, err
		}
		code, err := hex.DecodeString(c.Bytecode)
		if err != nil {
			return nil, err
		}
		set[name] = &harnessContract{ABI: a, Code: code}
	}
	return set, nil
}

func loadArtifact(t testing.TB, id thirdparty.ID) *thirdparty.Artifact {
	t.Helper()
	a, err := thirdparty.Load(id)
	if err != nil {
		t.Fatalf("%s: %v", id.Name(), err)
	}
	return a
}

// ---- chains ----

// chain is what the worlds need from a chain: deploy, send (committed) and
// view (not committed).
type chain interface {
	deploy(code []byte) (common.Address, error)
	send(to common.Address, data []byte) ([]byte, []*types.Log, error)
	view(to common.Address, data []byte) ([]byte, error)
}

// revertError carries the revert data of a failed call.
type revertError struct{ data []byte }

func (e *revertError) Error() string {
	if r, err := abi.UnpackRevert(e.data); err == nil {
		return "execution reverted: " + r
	}
	return "execution reverted"
}

func (e *revertError) reason() string {
	r, _ := abi.UnpackRevert(e.data)
	return r
}

// memChain is one go-ethereum EVM over an in-memory StateDB, reused for
// every call (the EVM is created once).
type memChain struct {
	db    *state.StateDB
	evm   *vm.EVM
	rules params.Rules
	from  common.Address
	txi   int
}

var harnessChainConfig = func() *params.ChainConfig {
	zero := uint64(0)
	return &params.ChainConfig{
		ChainID: big.NewInt(1337), HomesteadBlock: new(big.Int), EIP150Block: new(big.Int), EIP155Block: new(big.Int),
		EIP158Block: new(big.Int), ByzantiumBlock: new(big.Int), ConstantinopleBlock: new(big.Int), PetersburgBlock: new(big.Int),
		IstanbulBlock: new(big.Int), MuirGlacierBlock: new(big.Int), BerlinBlock: new(big.Int), LondonBlock: new(big.Int),
		TerminalTotalDifficulty: big.NewInt(0), ShanghaiTime: &zero, CancunTime: &zero,
	}
}()

func newMemChain() *memChain {
	db, err := state.New(types.EmptyRootHash, state.NewDatabaseForTesting())
	if err != nil {
		panic(err)
	}
	random := common.Hash{1}
	bctx := vm.BlockContext{
		CanTransfer: core.CanTransfer, Transfer: core.Transfer,
		GetHash:  func(uint64) common.Hash { return common.Hash{} },
		GasLimit: 60_000_000, BlockNumber: big.NewInt(1), Time: 1_700_000_000,
		Difficulty: new(big.Int), BaseFee: new(big.Int), BlobBaseFee: big.NewInt(1), Random: &random,
		CostPerStateByte: params.CostPerStateByte,
	}
	m := &memChain{db: db, from: common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")}
	m.evm = vm.NewEVM(bctx, db, harnessChainConfig, vm.Config{})
	m.evm.SetTxContext(vm.TxContext{Origin: m.from, GasPrice: new(uint256.Int)})
	m.rules = harnessChainConfig.Rules(bctx.BlockNumber, true, bctx.Time)
	db.CreateAccount(m.from)
	return m
}

// harnessGas is the gas of each in-memory call: far above a block's, so a
// swap through thousands of empty bitmap words (which the model follows
// exactly) is not cut short by gas, which the model does not track.
const harnessGas = 2_000_000_000

// rpcGas is the gas of each transaction sent to anvil (its block limit).
const rpcGas = 30_000_000

func (m *memChain) prepare(to *common.Address) common.Hash {
	m.txi++
	h := common.BigToHash(big.NewInt(int64(m.txi)))
	m.db.SetTxContext(h, m.txi, 0)
	m.db.Prepare(m.rules, m.from, common.Address{}, to, vm.ActivePrecompiles(m.rules), nil)
	return h
}

func (m *memChain) deploy(code []byte) (common.Address, error) {
	m.prepare(nil)
	snap := m.db.Snapshot()
	_, addr, _, err := m.evm.Create(m.from, code, vm.NewGasBudget(harnessGas, 0), new(uint256.Int))
	if err != nil {
		m.db.RevertToSnapshot(snap)
		return common.Address{}, err
	}
	m.db.Finalise(m.rules)
	return addr, nil
}

func (m *memChain) send(to common.Address, data []byte) ([]byte, []*types.Log, error) {
	h := m.prepare(&to)
	snap := m.db.Snapshot()
	ret, _, err := m.evm.Call(m.from, to, data, vm.NewGasBudget(harnessGas, 0), new(uint256.Int))
	if err != nil {
		m.db.RevertToSnapshot(snap)
		if errors.Is(err, vm.ErrExecutionReverted) {
			return nil, nil, &revertError{ret}
		}
		return nil, nil, err
	}
	logs := m.db.GetLogs(h, 1, common.Hash{}, 0)
	m.db.Finalise(m.rules)
	return ret, logs, nil
}

// view runs a call and reverts its state changes: an eth_call.
func (m *memChain) view(to common.Address, data []byte) ([]byte, error) {
	m.prepare(&to)
	snap := m.db.Snapshot()
	ret, _, err := m.evm.Call(m.from, to, data, vm.NewGasBudget(harnessGas, 0), new(uint256.Int))
	m.db.RevertToSnapshot(snap)
	if err != nil {
		if errors.Is(err, vm.ErrExecutionReverted) {
			return nil, &revertError{ret}
		}
		return nil, err
	}
	return ret, nil
}

// rpcChain drives a node (anvil) through JSON-RPC from an unlocked account.
type rpcChain struct {
	c    *rpc.Client
	from common.Address
}

func (r *rpcChain) sendTx(to *common.Address, data []byte) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	tx := map[string]any{"from": r.from, "data": hexutil.Bytes(data), "gas": hexutil.Uint64(rpcGas)}
	if to != nil {
		tx["to"] = *to
	}
	var h common.Hash
	if err := r.c.CallContext(ctx, &h, "eth_sendTransaction", tx); err != nil {
		return nil, err
	}
	for {
		var rc *types.Receipt
		if err := r.c.CallContext(ctx, &rc, "eth_getTransactionReceipt", h); err != nil {
			return nil, err
		}
		if rc != nil {
			if rc.Status != types.ReceiptStatusSuccessful {
				return rc, errors.New("transaction reverted")
			}
			return rc, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(2 * time.Millisecond):
		}
	}
}

func (r *rpcChain) deploy(code []byte) (common.Address, error) {
	rc, err := r.sendTx(nil, code)
	if err != nil {
		return common.Address{}, err
	}
	return rc.ContractAddress, nil
}

func (r *rpcChain) send(to common.Address, data []byte) ([]byte, []*types.Log, error) {
	rc, err := r.sendTx(&to, data)
	if err != nil {
		return nil, nil, err
	}
	return nil, rc.Logs, nil
}

func (r *rpcChain) view(to common.Address, data []byte) ([]byte, error) {
	var out hexutil.Bytes
	err := r.c.CallContext(context.Background(), &out, "eth_call", map[string]any{"from": r.from, "to": to, "data": hexutil.Bytes(data)}, "latest")
	return out, err
}

// ---- helpers ----

func mustPack(t testing.TB, a *abi.ABI, method string, args ...any) []byte {
	t.Helper()
	d, err := a.Pack(method, args...)
	if err != nil {
		t.Fatalf("pack %s: %v", method, err)
	}
	return d
}

func mustDeploy(t testing.TB, c chain, code []byte, a *abi.ABI, args ...any) common.Address {
	t.Helper()
	if len(args) > 0 {
		enc, err := a.Pack("", args...)
		if err != nil {
			t.Fatalf("pack constructor: %v", err)
		}
		code = append(append([]byte{}, code...), enc...)
	}
	addr, err := c.deploy(code)
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	return addr
}

func mustSend(t testing.TB, c chain, to common.Address, data []byte) []*types.Log {
	t.Helper()
	_, logs, err := c.send(to, data)
	if err != nil {
		t.Fatalf("send to %s: %v", to, err)
	}
	return logs
}

func logTopics(l *types.Log) [][32]byte {
	ts := make([][32]byte, len(l.Topics))
	for i, h := range l.Topics {
		ts[i] = h
	}
	return ts
}

// tokenMintAmount is what each token holder gets: large, yet far from
// overflowing the token's checked balances.
var tokenMintAmount = new(big.Int).Lsh(big.NewInt(1), 250)

// ---- V2 world ----

type v2World struct {
	c       chain
	tok     *harnessContract
	factory common.Address
	router  common.Address
	fABI    *abi.ABI
	pABI    *abi.ABI
	rABI    *abi.ABI
	tokens  []common.Address
}

func newV2World(t testing.TB, c chain, nTokens int) *v2World {
	t.Helper()
	h := harness(t)
	fac := loadArtifact(t, thirdparty.UniswapV2Factory)
	pair := loadArtifact(t, thirdparty.UniswapV2Pair)
	router := loadArtifact(t, thirdparty.UniswapV2Router02)
	weth := loadArtifact(t, thirdparty.WETH9)
	w := &v2World{c: c, tok: h["Token"], fABI: &fac.ABI, pABI: &pair.ABI, rABI: &router.ABI}
	from := common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")
	if r, ok := c.(*rpcChain); ok {
		from = r.from
	}
	w.factory = mustDeploy(t, c, fac.Bytecode, &fac.ABI, from)
	wethAddr := mustDeploy(t, c, weth.Bytecode, &weth.ABI)
	w.router = mustDeploy(t, c, router.Bytecode, &router.ABI, w.factory, wethAddr)
	for i := 0; i < nTokens; i++ {
		a := mustDeploy(t, c, w.tok.Code, &w.tok.ABI)
		mustSend(t, c, a, mustPack(t, &w.tok.ABI, "mint", from, tokenMintAmount))
		mustSend(t, c, a, mustPack(t, &w.tok.ABI, "approve", w.router, new(big.Int).Sub(two256, bigOne)))
		w.tokens = append(w.tokens, a)
	}
	return w
}

// addPair creates the pair of tokens i and j with the given reserves
// (transfer, then pair.mint, as the router does) and returns its address
// and a model read from its Sync log.
func (w *v2World) addPair(t testing.TB, i, j int, ri, rj *big.Int) (common.Address, *V2Pair, bool) {
	t.Helper()
	c := w.c
	var pairAddr common.Address
	ret, err := c.view(w.factory, mustPack(t, w.fABI, "getPair", w.tokens[i], w.tokens[j]))
	if err == nil {
		pairAddr = common.BytesToAddress(ret)
	}
	if pairAddr == (common.Address{}) {
		mustSend(t, c, w.factory, mustPack(t, w.fABI, "createPair", w.tokens[i], w.tokens[j]))
		ret, err = c.view(w.factory, mustPack(t, w.fABI, "getPair", w.tokens[i], w.tokens[j]))
		if err != nil {
			t.Fatal(err)
		}
		pairAddr = common.BytesToAddress(ret)
	}
	mustSend(t, c, w.tokens[i], mustPack(t, &w.tok.ABI, "transfer", pairAddr, ri))
	mustSend(t, c, w.tokens[j], mustPack(t, &w.tok.ABI, "transfer", pairAddr, rj))
	from := common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")
	if r, ok := c.(*rpcChain); ok {
		from = r.from
	}
	_, logs, err := c.send(pairAddr, mustPack(t, w.pABI, "mint", from))
	if err != nil {
		return pairAddr, nil, false // e.g. INSUFFICIENT_LIQUIDITY_MINTED or OVERFLOW
	}
	p := &V2Pair{FeeBps: 30}
	for _, l := range logs {
		if l.Address == pairAddr && len(l.Topics) > 0 && l.Topics[0] == V2SyncTopic {
			if err := p.ApplySync(l.Data); err != nil {
				t.Fatal(err)
			}
		}
	}
	return pairAddr, p, true
}

// token0 reports whether tokens[i] sorts before tokens[j] (is the pair's token0).
func (w *v2World) token0(i, j int) bool {
	return strings.ToLower(w.tokens[i].Hex()) < strings.ToLower(w.tokens[j].Hex())
}

// ---- V3 world ----

type v3World struct {
	c       chain
	tok     *harnessContract
	caller  *harnessContract
	factory common.Address
	callerA common.Address
	fABI    *abi.ABI
	pABI    *abi.ABI
}

func newV3World(t testing.TB, c chain) *v3World {
	t.Helper()
	h := harness(t)
	fac := loadArtifact(t, thirdparty.UniswapV3Factory)
	pool := loadArtifact(t, thirdparty.UniswapV3Pool)
	w := &v3World{c: c, tok: h["Token"], caller: h["V3Caller"], fABI: &fac.ABI, pABI: &pool.ABI}
	w.factory = mustDeploy(t, c, fac.Bytecode, &fac.ABI)
	mustSend(t, c, w.factory, mustPack(t, w.fABI, "enableFeeAmount", big.NewInt(100), big.NewInt(1)))
	w.callerA = mustDeploy(t, c, w.caller.Code, &w.caller.ABI)
	return w
}

// v3Pool is one real pool and the model fed only from its logs.
type v3Pool struct {
	w     *v3World
	addr  common.Address
	model *V3Pool
}

// newPool deploys two fresh tokens funded to the caller, creates their
// pool with the fee tier, and initializes it at sqrtPriceX96.
func (w *v3World) newPool(t testing.TB, fee uint32, spacing int32, sqrtP *uint256.Int) *v3Pool {
	t.Helper()
	c := w.c
	var toks [2]common.Address
	for i := range toks {
		toks[i] = mustDeploy(t, c, w.tok.Code, &w.tok.ABI)
		mustSend(t, c, toks[i], mustPack(t, &w.tok.ABI, "mint", w.callerA, tokenMintAmount))
	}
	logs := mustSend(t, c, w.factory, mustPack(t, w.fABI, "createPool", toks[0], toks[1], new(big.Int).SetUint64(uint64(fee))))
	var addr common.Address
	for _, l := range logs {
		if l.Address == w.factory && len(l.Data) >= 64 {
			addr = common.BytesToAddress(l.Data[32:64])
		}
	}
	if addr == (common.Address{}) {
		t.Fatal("createPool: no PoolCreated log")
	}
	p := &v3Pool{w: w, addr: addr, model: &V3Pool{Fee: fee, TickSpacing: spacing}}
	p.feed(t, mustSend(t, c, addr, mustPack(t, w.pABI, "initialize", sqrtP.ToBig())))
	return p
}

func (p *v3Pool) feed(t testing.TB, logs []*types.Log) {
	t.Helper()
	for _, l := range logs {
		if l.Address != p.addr {
			continue
		}
		if err := p.model.ApplyLog(logTopics(l), l.Data); err != nil {
			t.Fatalf("apply log %x: %v", l.Topics[0], err)
		}
	}
}

func (p *v3Pool) mint(t testing.TB, lower, upper int32, amount *big.Int) error {
	_, logs, err := p.w.c.send(p.w.callerA, mustPack(t, &p.w.caller.ABI, "mint", p.addr, big.NewInt(int64(lower)), big.NewInt(int64(upper)), amount))
	if err == nil {
		p.feed(t, logs)
	}
	return err
}

func (p *v3Pool) burn(t testing.TB, lower, upper int32, amount *big.Int) error {
	// The caller holds every position: burn through it (it owns them).
	_, logs, err := p.w.c.send(p.w.callerA, mustPack(t, &p.w.caller.ABI, "burn", p.addr, big.NewInt(int64(lower)), big.NewInt(int64(upper)), amount))
	if err == nil {
		p.feed(t, logs)
	}
	return err
}

func (p *v3Pool) swapData(t testing.TB, zeroForOne bool, spec, limit *uint256.Int) []byte {
	return mustPack(t, &p.w.caller.ABI, "swap", p.addr, zeroForOne, toSigned(spec), limit.ToBig())
}

// swap runs the real swap (committed) and returns amount0, amount1 and the logs.
func (p *v3Pool) swap(t testing.TB, zeroForOne bool, spec, limit *uint256.Int) (*big.Int, *big.Int, []*types.Log, error) {
	ret, logs, err := p.w.c.send(p.w.callerA, p.swapData(t, zeroForOne, spec, limit))
	if err != nil {
		return nil, nil, nil, err
	}
	out, err := p.w.caller.ABI.Unpack("swap", ret)
	if err != nil {
		t.Fatal(err)
	}
	return out[0].(*big.Int), out[1].(*big.Int), logs, nil
}

// slot0 reads the real pool's price, tick and liquidity.
func (p *v3Pool) slot0(t testing.TB) (*big.Int, int32, *big.Int) {
	t.Helper()
	ret, err := p.w.c.view(p.addr, mustPack(t, p.w.pABI, "slot0"))
	if err != nil {
		t.Fatal(err)
	}
	out, err := p.w.pABI.Unpack("slot0", ret)
	if err != nil {
		t.Fatal(err)
	}
	ret, err = p.w.c.view(p.addr, mustPack(t, p.w.pABI, "liquidity"))
	if err != nil {
		t.Fatal(err)
	}
	return out[0].(*big.Int), int32(out[1].(*big.Int).Int64()), new(big.Int).SetBytes(ret)
}

// v3RevertErr maps the pool's revert strings to the model's sentinels.
func v3RevertErr(err error) error {
	var re *revertError
	if !errors.As(err, &re) {
		return err
	}
	switch re.reason() {
	case "AS":
		return ErrV3AmountSpecified
	case "SPL":
		return ErrV3PriceLimit
	case "LS":
		return ErrV3LiquiditySub
	case "LA":
		return ErrV3LiquidityAdd
	}
	return err
}
