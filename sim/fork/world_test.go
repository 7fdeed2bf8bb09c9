package fork

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/tracers"
	"github.com/ethereum/go-ethereum/params"
	"github.com/keeperkit/keeperkit/abis/bindings/testtoken"
	"github.com/keeperkit/keeperkit/abis/thirdparty"
	"github.com/keeperkit/keeperkit/sim/devnet"
)

// world is a small DeFi state on a chain: two TestTokens, a Uniswap V2
// pair between them (the npm artifacts) with liquidity, and balances.
type world struct {
	c        devnet.Chain
	accts    []devnet.Account
	tokA     common.Address
	tokB     common.Address
	factory  common.Address
	pair     common.Address
	tok      abi.ABI
	pairABI  abi.ABI
	tokenBin []byte
}

// must panics on error: for test setup steps whose failure ends the test.
func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func buildWorld(t testing.TB, ctx context.Context, c devnet.Chain) *world {
	t.Helper()
	w := &world{c: c, accts: c.Accounts(), tok: testtoken.NewTestToken().GetABI()}
	w.tokenBin = common.FromHex(testtoken.TestTokenMetaData.Bin)
	fac, err := thirdparty.Load(thirdparty.UniswapV2Factory)
	if err != nil {
		t.Fatalf("%v (run `make setup`)", err)
	}
	pairArt := thirdparty.MustLoad(thirdparty.UniswapV2Pair)
	w.pairABI = pairArt.ABI
	owner := w.accts[0]
	deployToken := func(sym string) common.Address {
		args := must(w.tok.Pack("", "Token "+sym, sym, uint8(18)))
		addr, _, err := devnet.Deploy(ctx, c, owner, append(append([]byte{}, w.tokenBin...), args...))
		if err != nil {
			t.Fatal(err)
		}
		return addr
	}
	w.tokA, w.tokB = deployToken("A"), deployToken("B")
	w.factory = must(func() (common.Address, error) {
		data := must(fac.DeployData(nil, owner.Address))
		a, _, err := devnet.Deploy(ctx, c, owner, data)
		return a, err
	}())
	w.send(t, ctx, owner, w.factory, must(fac.ABI.Pack("createPair", w.tokA, w.tokB)))
	out := must(c.Client().CallContract(ctx, callMsg(owner.Address, w.factory, must(fac.ABI.Pack("getPair", w.tokA, w.tokB))), nil))
	w.pair = common.BytesToAddress(out)
	e18 := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	for _, tok := range []common.Address{w.tokA, w.tokB} {
		for i := 0; i < 3; i++ {
			w.send(t, ctx, owner, tok, must(w.tok.Pack("mint", w.accts[i].Address, new(big.Int).Mul(big.NewInt(1_000_000), e18))))
		}
		w.send(t, ctx, owner, tok, must(w.tok.Pack("transfer", w.pair, new(big.Int).Mul(big.NewInt(100_000), e18))))
	}
	w.send(t, ctx, owner, w.pair, must(w.pairABI.Pack("mint", owner.Address)))
	return w
}

func callMsg(from, to common.Address, data []byte) (m ethereumCallMsg) {
	return ethereumCallMsg{From: from, To: &to, Data: data}
}

func (w *world) send(t testing.TB, ctx context.Context, from devnet.Account, to common.Address, data []byte) *types.Receipt {
	t.Helper()
	r, err := devnet.Send(ctx, w.c, from, devnet.Call{To: &to, Data: data})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// nonces returns the next nonce of each test account at the head.
func (w *world) nonces(t testing.TB, ctx context.Context) []uint64 {
	n := make([]uint64, len(w.accts))
	for i, a := range w.accts {
		n[i] = must(w.c.Client().PendingNonceAt(ctx, a.Address))
	}
	return n
}

// blockTxs is a block's worth of transactions of every kind: token
// transfers, a plain transfer, a Uniswap V2 swap (transfer in, then swap),
// a revert with a custom error, an out-of-gas, a direct payment to the
// coinbase and a contract creation. nonces are advanced.
func (w *world) blockTxs(t testing.TB, ctx context.Context, nonces []uint64, coinbase common.Address) []*types.Transaction {
	t.Helper()
	e18 := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	in := new(big.Int).Mul(big.NewInt(1_000), e18)
	res := must(w.c.Client().CallContract(ctx, callMsg(w.accts[0].Address, w.pair, must(w.pairABI.Pack("getReserves"))), nil))
	r0, r1 := new(big.Int).SetBytes(res[:32]), new(big.Int).SetBytes(res[32:64])
	// tokA is token0 iff its address sorts first.
	rIn, rOut := r0, r1
	aIsToken0 := w.tokA.Cmp(w.tokB) < 0
	if !aIsToken0 {
		rIn, rOut = r1, r0
	}
	inFee := new(big.Int).Mul(in, big.NewInt(997))
	out := new(big.Int).Div(new(big.Int).Mul(inFee, rOut), new(big.Int).Add(new(big.Int).Mul(rIn, big.NewInt(1000)), inFee))
	out0, out1 := big.NewInt(0), out
	if !aIsToken0 {
		out0, out1 = out, big.NewInt(0)
	}
	type spec struct {
		from  int
		to    *common.Address
		data  []byte
		value *big.Int
		gas   uint64
	}
	ptr := func(a common.Address) *common.Address { return &a }
	specs := []spec{
		{1, ptr(w.tokA), must(w.tok.Pack("transfer", w.accts[2].Address, big.NewInt(12345))), nil, 100_000},
		{0, ptr(w.accts[3].Address), nil, big.NewInt(params.Ether), 21_000},
		{1, ptr(w.tokA), must(w.tok.Pack("transfer", w.pair, in)), nil, 100_000},
		{1, ptr(w.pair), must(w.pairABI.Pack("swap", out0, out1, w.accts[1].Address, []byte{})), nil, 500_000},
		{2, ptr(w.tokA), must(w.tok.Pack("transfer", w.accts[1].Address, new(big.Int).Mul(big.NewInt(1e9), e18))), nil, 100_000},
		{2, ptr(w.tokB), must(w.tok.Pack("transfer", w.accts[1].Address, big.NewInt(1))), nil, 25_000},
		{3, ptr(coinbase), nil, big.NewInt(params.Ether / 100), 21_000},
		{0, nil, append(append([]byte{}, w.tokenBin...), must(w.tok.Pack("", "Token C", "C", uint8(6)))...), nil, 1_500_000},
		{2, ptr(w.tokB), must(w.tok.Pack("approve", w.accts[1].Address, big.NewInt(777))), nil, 100_000},
	}
	txs := make([]*types.Transaction, len(specs))
	for i, s := range specs {
		tx, err := devnet.Sign(w.c, w.accts[s.from], nonces[s.from], devnet.Call{To: s.to, Data: s.data, Value: s.value, Gas: s.gas})
		if err != nil {
			t.Fatal(err)
		}
		nonces[s.from]++
		txs[i] = tx
	}
	return txs
}

// nodeOutput is a transaction's return (or revert) data as the node's own
// callTracer reports it.
// The embedded devnet does not serve the debug tracers over RPC, so its
// tracer API is built on its backend in process.
func nodeOutput(ctx context.Context, c devnet.Chain, h common.Hash) ([]byte, error) {
	var frame struct {
		Output hexutil.Bytes `json:"output"`
	}
	var raw json.RawMessage
	if node, ok := c.(*devnet.Node); ok {
		tracer := "callTracer"
		res, err := tracers.NewAPI(node.Eth().APIBackend).TraceTransaction(ctx, h, &tracers.TraceConfig{Tracer: &tracer})
		if err != nil {
			return nil, fmt.Errorf("trace %s: %w", h, err)
		}
		if raw, err = json.Marshal(res); err != nil {
			return nil, err
		}
	} else if err := c.RPC().CallContext(ctx, &raw, "debug_traceTransaction", h, map[string]any{"tracer": "callTracer"}); err != nil {
		return nil, fmt.Errorf("debug_traceTransaction %s: %w", h, err)
	}
	if err := json.Unmarshal(raw, &frame); err != nil {
		return nil, err
	}
	return frame.Output, nil
}
