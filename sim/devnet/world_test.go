package devnet

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/keeperkit/keeperkit/abis/bindings/aavepool"
	"github.com/keeperkit/keeperkit/abis/bindings/quoterv2"
	"github.com/keeperkit/keeperkit/abis/bindings/univ2pair"
	"github.com/keeperkit/keeperkit/abis/bindings/univ3pool"
	"github.com/keeperkit/keeperkit/abis/thirdparty"
)

func demoScenario(t testing.TB) *Scenario {
	t.Helper()
	sc, err := LoadScenario("../../configs/scenarios/demo.toml")
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

func mustCall(t testing.TB, c Chain, to common.Address, data []byte) []byte {
	t.Helper()
	out, err := c.Client().CallContract(context.Background(), ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		t.Fatalf("call %s: %v", to, err)
	}
	return out
}

func balance(t testing.TB, c Chain, token, who common.Address) *big.Int {
	t.Helper()
	v, err := erc.UnpackBalanceOf(mustCall(t, c, token, erc.PackBalanceOf(who)))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestWorld runs the checks on the embedded devnet and on anvil.
func TestWorld(t *testing.T) {
	for _, c := range Chains(t) {
		t.Run(c.Name(), func(t *testing.T) {
			ctx := context.Background()
			w, err := Build(ctx, c, demoScenario(t))
			if err != nil {
				t.Fatal(err)
			}
			t.Run("v2 swap moves reserves as the pair computes", func(t *testing.T) { checkV2Swap(t, w) })
			t.Run("v3 swap pays what the quoter says", func(t *testing.T) { checkV3Swap(t, w) })
			t.Run("price drop, liquidation with bonus", func(t *testing.T) { checkLiquidation(t, w) })
			t.Run("flash loan borrowed and repaid", func(t *testing.T) { checkFlashLoan(t, w) })
		})
	}
}

func checkV2Swap(t *testing.T, w *World) {
	ctx := context.Background()
	c := w.Chain
	pairABI := univ2pair.NewUniswapV2Pair()
	p := w.V2.Pairs[0] // WETH/USDC
	res, err := pairABI.UnpackGetReserves(mustCall(t, c, p.Address, pairABI.PackGetReserves()))
	if err != nil {
		t.Fatal(err)
	}
	weth, usdc := w.Tokens["WETH"].Address, w.Tokens["USDC"].Address
	rIn, rOut := res.Reserve0, res.Reserve1
	if p.Token0 != weth {
		rIn, rOut = rOut, rIn
	}
	in := units(3, 18)
	// UniswapV2Library.getAmountOut, as the router computes it.
	inFee := new(big.Int).Mul(in, big.NewInt(997))
	want := new(big.Int).Div(new(big.Int).Mul(inFee, rOut), new(big.Int).Add(new(big.Int).Mul(rIn, big.NewInt(1000)), inFee))
	before := balance(t, c, usdc, w.Trader.Address)
	data, to, err := w.swapCall(SwapSpec{Pool: "v2:WETH/USDC", TokenIn: "WETH", Amount: 3})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Send(ctx, c, w.Trader, Call{To: &to, Data: data, Gas: 300_000}); err != nil {
		t.Fatal(err)
	}
	if got := new(big.Int).Sub(balance(t, c, usdc, w.Trader.Address), before); got.Cmp(want) != 0 {
		t.Errorf("USDC out: got %s, want %s", got, want)
	}
	after, _ := pairABI.UnpackGetReserves(mustCall(t, c, p.Address, pairABI.PackGetReserves()))
	aIn, aOut := after.Reserve0, after.Reserve1
	if p.Token0 != weth {
		aIn, aOut = aOut, aIn
	}
	if new(big.Int).Sub(aIn, rIn).Cmp(in) != 0 || new(big.Int).Sub(rOut, aOut).Cmp(want) != 0 {
		t.Errorf("reserves: in %s→%s, out %s→%s", rIn, aIn, rOut, aOut)
	}
}

func checkV3Swap(t *testing.T, w *World) {
	ctx := context.Background()
	c := w.Chain
	q := quoterv2.NewQuoterV2()
	usdc, weth := w.Tokens["USDC"].Address, w.Tokens["WETH"].Address
	in := units(10_000, 6)
	quoted, err := q.UnpackQuoteExactInputSingle(mustCall(t, c, w.V3.Quoter, q.PackQuoteExactInputSingle(quoterv2.IQuoterV2QuoteExactInputSingleParams{
		TokenIn: usdc, TokenOut: weth, AmountIn: in, Fee: big.NewInt(500), SqrtPriceLimitX96: new(big.Int),
	})))
	if err != nil {
		t.Fatal(err)
	}
	poolABI := univ3pool.NewUniswapV3Pool()
	pool := w.V3.Pools[0].Address
	s0, _ := poolABI.UnpackSlot0(mustCall(t, c, pool, poolABI.PackSlot0()))
	before := balance(t, c, weth, w.Trader.Address)
	data, to, err := w.swapCall(SwapSpec{Pool: "v3:WETH/USDC:500", TokenIn: "USDC", Amount: 10_000})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Send(ctx, c, w.Trader, Call{To: &to, Data: data, Gas: 500_000}); err != nil {
		t.Fatal(err)
	}
	if got := new(big.Int).Sub(balance(t, c, weth, w.Trader.Address), before); got.Cmp(quoted.AmountOut) != 0 {
		t.Errorf("WETH out: got %s, quoter said %s", got, quoted.AmountOut)
	}
	s1, _ := poolABI.UnpackSlot0(mustCall(t, c, pool, poolABI.PackSlot0()))
	if s1.SqrtPriceX96.Cmp(quoted.SqrtPriceX96After) != 0 {
		t.Errorf("sqrtPrice after: got %s, quoter said %s", s1.SqrtPriceX96, quoted.SqrtPriceX96After)
	}
	// USDC in: price of token0 in token1 moves with which side is USDC.
	if usdc == w.V3.Pools[0].Token1 && s1.SqrtPriceX96.Cmp(s0.SqrtPriceX96) <= 0 {
		t.Errorf("buying token0 with token1 must raise the price: %s → %s", s0.SqrtPriceX96, s1.SqrtPriceX96)
	}
}

func checkLiquidation(t *testing.T, w *World) {
	ctx := context.Background()
	c := w.Chain
	pool := aavepool.NewPool()
	borrower := w.Borrower[0] // 10 WETH backing 15,900 USDC
	hf := func() *big.Int {
		d, err := pool.UnpackGetUserAccountData(mustCall(t, c, w.Aave.Pool, pool.PackGetUserAccountData(borrower.Address)))
		if err != nil {
			t.Fatal(err)
		}
		return d.HealthFactor
	}
	wad := big.NewInt(1e18)
	if h := hf(); h.Cmp(wad) <= 0 {
		t.Fatalf("health factor before the drop: %s, want > 1e18", h)
	}
	for w.step < 2 { // the timeline's block 2 drops ETH to $1600
		if _, _, err := w.Step(ctx); err != nil {
			t.Fatal(err)
		}
	}
	h := hf()
	// 10 × 1600 × 0.825 / 15900 = 0.8302; interest accrued since opening lowers it a hair.
	if h.Cmp(wad) >= 0 || h.Cmp(big.NewInt(829e15)) < 0 || h.Cmp(big.NewInt(831e15)) > 0 {
		t.Fatalf("health factor after the drop: %s, want about 0.830e18", h)
	}
	// A third account liquidates 8,000 USDC of debt and gets 8000/1600 × 1.05 = 5.25 WETH.
	liq := c.Accounts()[5]
	usdc, weth := w.Tokens["USDC"].Address, w.Tokens["WETH"].Address
	cover := units(8000, 6)
	if _, err := Send(ctx, c, w.Deployer, Call{To: &usdc, Data: tokenABI.PackMint(liq.Address, cover)}); err != nil {
		t.Fatal(err)
	}
	if _, err := Send(ctx, c, liq, Call{To: &usdc, Data: erc.PackApprove(w.Aave.Pool, maxUint256)}); err != nil {
		t.Fatal(err)
	}
	before := balance(t, c, weth, liq.Address)
	if _, err := Send(ctx, c, liq, Call{To: &w.Aave.Pool, Data: pool.PackLiquidationCall(weth, usdc, borrower.Address, cover, false), Gas: 1_500_000}); err != nil {
		t.Fatal(err)
	}
	got := new(big.Int).Sub(balance(t, c, weth, liq.Address), before)
	if want := units(5.25, 18); got.Cmp(want) != 0 {
		t.Errorf("collateral paid to the liquidator: got %s, want %s (bonus 5%%)", got, want)
	}
}

func checkFlashLoan(t *testing.T, w *World) {
	ctx := context.Background()
	c := w.Chain
	recv := thirdparty.MustLoad(thirdparty.MockFlashLoanSimpleReceiver)
	data, err := recv.DeployData(nil, w.Aave.AddressesProvider)
	if err != nil {
		t.Fatal(err)
	}
	addr, _, err := Deploy(ctx, c, w.Deployer, data)
	if err != nil {
		t.Fatal(err)
	}
	usdc := w.Tokens["USDC"].Address
	aUSDC := w.Aave.Reserves["USDC"].AToken
	// The mock receiver mints the 0.09% premium to itself before repaying.
	if _, err := Send(ctx, c, w.Deployer, Call{To: &usdc, Data: tokenABI.PackSetMinter(addr, true)}); err != nil {
		t.Fatal(err)
	}
	reserveBefore := balance(t, c, usdc, aUSDC)
	pool := aavepool.NewPool()
	rcpt, err := Send(ctx, c, w.Deployer, Call{To: &w.Aave.Pool, Data: pool.PackFlashLoanSimple(addr, usdc, units(100_000, 6), nil, 0), Gas: 1_000_000})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := new(big.Int).Sub(balance(t, c, usdc, aUSDC), reserveBefore), units(90, 6); got.Cmp(want) != 0 {
		t.Errorf("reserve gained %s, want the 0.09%% premium %s", got, want)
	}
	if got := balance(t, c, usdc, addr); got.Sign() != 0 {
		t.Errorf("receiver kept %s USDC after repaying", got)
	}
	if len(rcpt.Logs) == 0 {
		t.Error("flash loan emitted no events")
	}
}

// TestWorldDeterministic builds the demo twice on fresh devnets and plays it
// to the end: same addresses, same state root.
func TestWorldDeterministic(t *testing.T) {
	var books []string
	var roots []common.Hash
	for range 2 {
		c := StartT(t)
		w, err := Build(context.Background(), c, demoScenario(t))
		if err != nil {
			t.Fatal(err)
		}
		for !w.Done() {
			if _, _, err := w.Step(context.Background()); err != nil {
				t.Fatal(err)
			}
		}
		b, _ := json.Marshal(w.AddressBook())
		books = append(books, string(b))
		h, _ := c.Client().HeaderByNumber(context.Background(), nil)
		roots = append(roots, h.Root)
	}
	if books[0] != books[1] {
		t.Error("address books differ between two builds")
	}
	if roots[0] != roots[1] {
		t.Errorf("state roots differ: %s vs %s", roots[0], roots[1])
	}
}

// TestPendingPriceStaysPending: the timeline's pending oracle update is in
// the mempool, not mined, until the next step.
func TestPendingPriceStaysPending(t *testing.T) {
	ctx := context.Background()
	c := StartT(t)
	w, err := Build(ctx, c, demoScenario(t))
	if err != nil {
		t.Fatal(err)
	}
	for w.step < 3 {
		if _, _, err := w.Step(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if len(w.Pending) != 1 {
		t.Fatalf("pending after step 3: %d txs, want 1", len(w.Pending))
	}
	pend := w.Pending[0]
	if _, pending, err := c.Client().TransactionByHash(ctx, pend.Hash()); err != nil || !pending {
		t.Fatalf("oracle update: pending=%v err=%v", pending, err)
	}
	h, _, err := w.Step(ctx)
	if err != nil {
		t.Fatal(err)
	}
	r, err := c.Client().TransactionReceipt(ctx, pend.Hash())
	if err != nil || r.BlockNumber.Cmp(h.Number) != 0 {
		t.Errorf("pending update mined in %v (%v), want block %s", r, err, h.Number)
	}
}

func TestScenarioErrors(t *testing.T) {
	base := `
name = "x"
[[tokens]]
symbol = "WETH"
decimals = 18
price_usd = 2000
[[tokens]]
symbol = "USDC"
decimals = 6
price_usd = 1
`
	for _, tc := range []struct {
		name, src, want string
	}{
		{"unknown key", base + "colour = 1\n", "colour"},
		{"unknown nested key", base + "[[v2_pools]]\ntokens = [\"WETH\", \"USDC\"]\nreserves = [1, 2]\nfee = 3\n", "v2_pools.fee"},
		{"bad decimals", base + "[[tokens]]\nsymbol = \"X\"\ndecimals = 30\nprice_usd = 1\n", "tokens[2].decimals = 30"},
		{"unknown token", base + "[[v2_pools]]\ntokens = [\"WETH\", \"DAI\"]\nreserves = [1, 2]\n", `v2_pools[0].tokens[1] = "DAI"`},
		{"bad fee", base + "[[v3_pools]]\ntokens = [\"WETH\", \"USDC\"]\nfee = 42\nprice = 1\npositions = [{below = 1, above = 1, amounts = [1, 1]}]\n", "v3_pools[0].fee = 42"},
		{"threshold under ltv", base + "[[aave.reserves]]\nsymbol = \"WETH\"\nltv_bps = 8000\nthreshold_bps = 7000\nbonus_bps = 10500\n", "aave.reserves[0].threshold_bps = 7000"},
		{"bonus", base + "[[aave.reserves]]\nsymbol = \"WETH\"\nltv_bps = 8000\nthreshold_bps = 8500\nbonus_bps = 500\n", "aave.reserves[0].bonus_bps = 500"},
		{"swap pool", base + "[[timeline]]\nswaps = [{pool = \"v4:WETH/USDC\", token_in = \"WETH\", amount = 1}]\n", `timeline[0].swaps[0].pool = "v4:WETH/USDC"`},
		{"borrower", base + "[[aave.reserves]]\nsymbol = \"WETH\"\nltv_bps = 8000\nthreshold_bps = 8500\nbonus_bps = 10500\n[[borrowers]]\ncount = 1\ncollateral = \"WETH\"\ncollateral_amount = 1\ndebt = \"USDC\"\ndebt_amount = 1\n", `borrowers[0].debt = "USDC"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseScenario(tc.src)
			if err == nil || !errors.Is(err, ErrScenario) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want an error containing %q", err, tc.want)
			}
		})
	}
	if _, err := LoadScenario("../../configs/scenarios/stress.toml"); err != nil {
		t.Errorf("stress.toml: %v", err)
	}
}
