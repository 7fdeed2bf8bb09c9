package devnet

import (
	"context"
	"encoding/binary"
	"fmt"
	"math"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/keeperkit/keeperkit/abis/bindings/aavepool"
	"github.com/keeperkit/keeperkit/abis/bindings/aclmanager"
	"github.com/keeperkit/keeperkit/abis/bindings/addressesprovider"
	"github.com/keeperkit/keeperkit/abis/bindings/erc20"
	"github.com/keeperkit/keeperkit/abis/bindings/poolconfigurator"
	"github.com/keeperkit/keeperkit/abis/bindings/positionmanager"
	"github.com/keeperkit/keeperkit/abis/bindings/pricefeed"
	"github.com/keeperkit/keeperkit/abis/bindings/swaprouter"
	"github.com/keeperkit/keeperkit/abis/bindings/testtoken"
	"github.com/keeperkit/keeperkit/abis/bindings/univ2pair"
	"github.com/keeperkit/keeperkit/abis/bindings/univ2router"
	"github.com/keeperkit/keeperkit/abis/bindings/univ3factory"
	"github.com/keeperkit/keeperkit/abis/bindings/univ3pool"
	"github.com/keeperkit/keeperkit/abis/bindings/weth9"
	"github.com/keeperkit/keeperkit/abis/thirdparty"
)

// World is a deployed scenario: every contract and account, by name.
type World struct {
	Chain    Chain     `json:"-"`
	Scenario *Scenario `json:"-"`

	Deployer Account `json:"-"`
	// Oracle owns the price feeds and signs price updates.
	Oracle   Account   `json:"-"`
	Supplier Account   `json:"-"`
	Trader   Account   `json:"-"`
	Borrower []Account `json:"-"`

	Tokens  map[string]*Token    `json:"tokens"`
	WETH    common.Address       `json:"weth"`
	V2      V2Deployment         `json:"uniswap_v2"`
	V3      V3Deployment         `json:"uniswap_v3"`
	Aave    AaveDeployment       `json:"aave"`
	Pending []*types.Transaction `json:"-"`

	step int
	// BuildBlocks is how many blocks the build took.
	BuildBlocks int `json:"-"`
}

// Token is one ERC20 of the world and its price feed.
type Token struct {
	Symbol   string         `json:"symbol"`
	Address  common.Address `json:"address"`
	Decimals uint8          `json:"decimals"`
	Feed     common.Address `json:"feed"`
}

// V2Deployment is Uniswap V2.
type V2Deployment struct {
	Factory common.Address `json:"factory"`
	Router  common.Address `json:"router"`
	Pairs   []Pool         `json:"pairs"`
}

// V3Deployment is Uniswap V3.
type V3Deployment struct {
	Factory         common.Address `json:"factory"`
	SwapRouter      common.Address `json:"swap_router"`
	Quoter          common.Address `json:"quoter_v2"`
	PositionManager common.Address `json:"position_manager"`
	Pools           []Pool         `json:"pools"`
}

// Pool is a deployed pair or pool; Token0 < Token1 as the contracts order them.
type Pool struct {
	Address common.Address `json:"address"`
	Token0  common.Address `json:"token0"`
	Token1  common.Address `json:"token1"`
	Fee     uint32         `json:"fee,omitempty"`
	Name    string         `json:"name"`
}

// AaveDeployment is the Aave V3 market.
type AaveDeployment struct {
	AddressesProvider common.Address         `json:"addresses_provider"`
	ACLManager        common.Address         `json:"acl_manager"`
	Pool              common.Address         `json:"pool"`
	Configurator      common.Address         `json:"configurator"`
	Oracle            common.Address         `json:"oracle"`
	DataProvider      common.Address         `json:"data_provider"`
	Reserves          map[string]AaveReserve `json:"reserves"`
}

// AaveReserve is one reserve's token contracts.
type AaveReserve struct {
	AToken       common.Address `json:"a_token"`
	VariableDebt common.Address `json:"variable_debt_token"`
}

// worldAccount derives the i-th world account of a seed.
func worldAccount(seed uint64, i uint64) Account {
	var b [16]byte
	binary.BigEndian.PutUint64(b[:8], seed)
	binary.BigEndian.PutUint64(b[8:], i)
	k := crypto.Keccak256(append([]byte("keeperkit/world/"), b[:]...))
	key, _ := crypto.ToECDSA(k)
	return Account{Address: crypto.PubkeyToAddress(key.PublicKey), Key: key}
}

// Build deploys the scenario on chain from its first prefunded account and
// returns the world. Automine is turned off: the world (and relays) make the
// blocks, so that pending transactions stay pending.
func Build(ctx context.Context, c Chain, sc *Scenario) (*World, error) {
	if err := sc.Validate(); err != nil {
		return nil, err
	}
	sc = sc.expand()
	if err := c.SetAutomine(ctx, false); err != nil {
		return nil, err
	}
	w := &World{
		Chain: c, Scenario: sc, Deployer: c.Accounts()[0],
		Oracle: worldAccount(sc.Seed, 0), Supplier: worldAccount(sc.Seed, 1), Trader: worldAccount(sc.Seed, 2),
		Tokens: map[string]*Token{},
	}
	n := 0
	for _, b := range sc.Borrowers {
		n += b.Count
	}
	for i := range n {
		w.Borrower = append(w.Borrower, worldAccount(sc.Seed, uint64(100+i)))
	}
	b, err := newBatch(ctx, c)
	if err != nil {
		return nil, err
	}
	steps := []struct {
		name string
		fn   func(context.Context, *batch) error
	}{
		{"accounts", w.fundAccounts},
		{"tokens", w.deployTokens},
		{"uniswap v2", w.deployV2},
		{"uniswap v3", w.deployV3},
		{"aave", w.deployAave},
		{"positions", w.openPositions},
	}
	for _, s := range steps {
		if err := s.fn(ctx, b); err != nil {
			return nil, fmt.Errorf("devnet: build %s: %w", s.name, err)
		}
		if err := b.flush(ctx); err != nil {
			return nil, fmt.Errorf("devnet: build %s: %w", s.name, err)
		}
	}
	w.BuildBlocks = b.blocks
	return w, nil
}

func (w *World) fundAccounts(ctx context.Context, b *batch) error {
	gas := new(big.Int).Mul(big.NewInt(5), big.NewInt(params.Ether))
	for _, a := range []Account{w.Oracle, w.Supplier, w.Trader} {
		if err := b.pay(ctx, w.Deployer, a.Address, new(big.Int).Mul(gas, big.NewInt(20)), nil, "fund "+a.Address.Hex()); err != nil {
			return err
		}
	}
	small := new(big.Int).Div(big.NewInt(params.Ether), big.NewInt(2))
	for _, a := range w.Borrower {
		if _, err := b.add(ctx, w.Deployer, &a.Address, nil, small, 21_000, "fund borrower"); err != nil {
			return err
		}
	}
	return nil
}

var (
	tokenABI = testtoken.NewTestToken()
	feedABI  = pricefeed.NewPriceFeed()
	wethABI  = weth9.NewWETH9()
	erc      = erc20.NewIERC20Detailed()
)

func (w *World) deployTokens(ctx context.Context, b *batch) error {
	for _, t := range w.Scenario.Tokens {
		tok := &Token{Symbol: t.Symbol, Decimals: t.Decimals}
		var err error
		if t.Symbol == "WETH" {
			tok.Address, err = b.deploy(ctx, w.Deployer, thirdparty.MustLoad(thirdparty.WETH9).Bytecode, "WETH9")
			w.WETH = tok.Address
		} else {
			code := append(hexutil.MustDecode(testtoken.TestTokenMetaData.Bin), tokenABI.PackConstructor(t.Symbol+" (keeperkit test)", t.Symbol, t.Decimals)...)
			tok.Address, err = b.deploy(ctx, w.Deployer, code, t.Symbol)
		}
		if err != nil {
			return err
		}
		code := append(hexutil.MustDecode(pricefeed.PriceFeedMetaData.Bin), feedABI.PackConstructor(8, t.Symbol+" / USD", usd8(t.PriceUSD))...)
		if tok.Feed, err = b.deploy(ctx, w.Oracle, code, t.Symbol+" feed"); err != nil {
			return err
		}
		w.Tokens[t.Symbol] = tok
	}
	return nil
}

// give sends amount of a token from nowhere: minted (our tokens) or
// wrapped from the deployer's ETH (WETH).
func (w *World) give(ctx context.Context, b *batch, sym string, to common.Address, amount *big.Int) error {
	tok := w.Tokens[sym]
	if tok.Address == w.WETH {
		if _, err := b.add(ctx, w.Deployer, &w.WETH, wethABI.PackDeposit(), amount, gasTransfer, "wrap ETH"); err != nil {
			return err
		}
		_, err := b.add(ctx, w.Deployer, &w.WETH, wethABI.PackTransfer(to, amount), nil, gasTransfer, "WETH to "+to.Hex())
		return err
	}
	_, err := b.add(ctx, w.Deployer, &tok.Address, tokenABI.PackMint(to, amount), nil, gasTransfer, "mint "+sym)
	return err
}

func usd8(p float64) *big.Int { return units(p, 8) }

func sortPair(a, b common.Address) (common.Address, common.Address) {
	if a.Cmp(b) < 0 {
		return a, b
	}
	return b, a
}

func (w *World) deployV2(ctx context.Context, b *batch) error {
	if len(w.Scenario.V2Pools) == 0 {
		return nil
	}
	factory := thirdparty.MustLoad(thirdparty.UniswapV2Factory)
	data, err := factory.DeployData(nil, w.Deployer.Address)
	if err != nil {
		return err
	}
	if w.V2.Factory, err = b.deploy(ctx, w.Deployer, data, "UniswapV2Factory"); err != nil {
		return err
	}
	router := thirdparty.MustLoad(thirdparty.UniswapV2Router02)
	if data, err = router.DeployData(nil, w.V2.Factory, w.WETH); err != nil {
		return err
	}
	if w.V2.Router, err = b.deploy(ctx, w.Deployer, data, "UniswapV2Router02"); err != nil {
		return err
	}
	pairHash := crypto.Keccak256(thirdparty.MustLoad(thirdparty.UniswapV2Pair).Bytecode)
	pairABI := univ2pair.NewUniswapV2Pair()
	for _, p := range w.Scenario.V2Pools {
		ta, tb := w.Tokens[p.Tokens[0]], w.Tokens[p.Tokens[1]]
		t0, t1 := sortPair(ta.Address, tb.Address)
		salt := crypto.Keccak256Hash(t0.Bytes(), t1.Bytes())
		pair := crypto.CreateAddress2(w.V2.Factory, salt, pairHash)
		if _, err := b.add(ctx, w.Deployer, &w.V2.Factory, factoryABI.Pack("createPair", ta.Address, tb.Address), nil, gasDeploy, "createPair "+p.Tokens[0]+"/"+p.Tokens[1]); err != nil {
			return err
		}
		for i, sym := range p.Tokens {
			if err := w.give(ctx, b, sym, pair, units(p.Reserves[i], w.Tokens[sym].Decimals)); err != nil {
				return err
			}
		}
		if err := b.call(ctx, w.Deployer, pair, pairABI.PackMint(w.Deployer.Address), "mint V2 liquidity"); err != nil {
			return err
		}
		w.V2.Pairs = append(w.V2.Pairs, Pool{Address: pair, Token0: t0, Token1: t1, Fee: 3000, Name: "v2:" + p.Tokens[0] + "/" + p.Tokens[1]})
	}
	return nil
}

// factoryABI packs the V2 factory's createPair (the binding's name for it
// collides with nothing; the ABI is the npm artifact's).
var factoryABI = abiPacker{thirdparty.UniswapV2Factory}

type abiPacker struct{ id thirdparty.ID }

func (p abiPacker) Pack(method string, args ...any) []byte {
	b, err := thirdparty.MustLoad(p.id).ABI.Pack(method, args...)
	if err != nil {
		panic(fmt.Sprintf("devnet: pack %s.%s: %v", p.id.Name(), method, err))
	}
	return b
}

func (w *World) deployV3(ctx context.Context, b *batch) error {
	if len(w.Scenario.V3Pools) == 0 {
		return nil
	}
	var err error
	if w.V3.Factory, err = b.deploy(ctx, w.Deployer, thirdparty.MustLoad(thirdparty.UniswapV3Factory).Bytecode, "UniswapV3Factory"); err != nil {
		return err
	}
	for _, d := range []struct {
		id  thirdparty.ID
		dst *common.Address
		arg []any
	}{
		{thirdparty.SwapRouter, &w.V3.SwapRouter, []any{w.V3.Factory, w.WETH}},
		{thirdparty.QuoterV2, &w.V3.Quoter, []any{w.V3.Factory, w.WETH}},
		{thirdparty.NonfungiblePositionManager, &w.V3.PositionManager, []any{w.V3.Factory, w.WETH, common.Address{}}},
	} {
		data, err := thirdparty.MustLoad(d.id).DeployData(nil, d.arg...)
		if err != nil {
			return err
		}
		if *d.dst, err = b.deploy(ctx, w.Deployer, data, d.id.Name()); err != nil {
			return err
		}
	}
	poolHash := crypto.Keccak256(thirdparty.MustLoad(thirdparty.UniswapV3Pool).Bytecode)
	fac := univ3factory.NewUniswapV3Factory()
	poolABI := univ3pool.NewUniswapV3Pool()
	npm := positionmanager.NewNonfungiblePositionManager()
	approved := map[string]bool{}
	for _, p := range w.Scenario.V3Pools {
		ta, tb := w.Tokens[p.Tokens[0]], w.Tokens[p.Tokens[1]]
		t0, t1 := sortPair(ta.Address, tb.Address)
		// Price of token0 in token1, in base units.
		price := p.Price * math.Pow10(int(tb.Decimals)-int(ta.Decimals))
		if t0 != ta.Address {
			price = 1 / price
		}
		salt := crypto.Keccak256Hash(common.LeftPadBytes(t0.Bytes(), 32), common.LeftPadBytes(t1.Bytes(), 32), common.LeftPadBytes(big.NewInt(int64(p.Fee)).Bytes(), 32))
		pool := crypto.CreateAddress2(w.V3.Factory, salt, poolHash)
		if _, err := b.add(ctx, w.Deployer, &w.V3.Factory, fac.PackCreatePool(ta.Address, tb.Address, big.NewInt(int64(p.Fee))), nil, gasDeploy, fmt.Sprintf("createPool %s/%s %d", p.Tokens[0], p.Tokens[1], p.Fee)); err != nil {
			return err
		}
		if err := b.call(ctx, w.Deployer, pool, poolABI.PackInitialize(sqrtPriceX96(price)), "initialize V3 pool"); err != nil {
			return err
		}
		spacing := tickSpacing(p.Fee)
		tick := int(math.Floor(math.Log(price) / math.Log(1.0001)))
		base := floorDiv(tick, spacing) * spacing
		for _, pos := range p.Positions {
			amt := map[common.Address]*big.Int{}
			for i, sym := range p.Tokens {
				a := units(pos.Amounts[i], w.Tokens[sym].Decimals)
				amt[w.Tokens[sym].Address] = a
				if err := w.give(ctx, b, sym, w.Deployer.Address, a); err != nil {
					return err
				}
				if !approved[sym] {
					if err := b.call(ctx, w.Deployer, w.Tokens[sym].Address, erc.PackApprove(w.V3.PositionManager, maxUint256), "approve NPM "+sym); err != nil {
						return err
					}
					approved[sym] = true
				}
			}
			lower := clampTick(base-pos.Below*spacing, spacing)
			upper := clampTick(base+(pos.Above+1)*spacing, spacing)
			mint := npm.PackMint(positionmanager.INonfungiblePositionManagerMintParams{
				Token0: t0, Token1: t1, Fee: big.NewInt(int64(p.Fee)),
				TickLower: big.NewInt(int64(lower)), TickUpper: big.NewInt(int64(upper)),
				Amount0Desired: amt[t0], Amount1Desired: amt[t1], Amount0Min: new(big.Int), Amount1Min: new(big.Int),
				Recipient: w.Deployer.Address, Deadline: big.NewInt(math.MaxInt64),
			})
			if _, err := b.add(ctx, w.Deployer, &w.V3.PositionManager, mint, nil, 3_000_000, fmt.Sprintf("V3 position %d..%d", lower, upper)); err != nil {
				return err
			}
		}
		w.V3.Pools = append(w.V3.Pools, Pool{Address: pool, Token0: t0, Token1: t1, Fee: p.Fee, Name: fmt.Sprintf("v3:%s/%s:%d", p.Tokens[0], p.Tokens[1], p.Fee)})
	}
	return nil
}

var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// V3 tick bounds (TickMath.MIN_TICK / MAX_TICK).
const (
	minTick = -887272
	maxTick = 887272
)

func clampTick(t, spacing int) int {
	lo, hi := -(maxTick/spacing)*spacing, (maxTick/spacing)*spacing
	return max(lo, min(hi, t))
}

// sqrtPriceX96 is sqrt(price) × 2^96 for a price in base units.
func sqrtPriceX96(price float64) *big.Int {
	// price × 2^192, then the integer square root: exact enough for a pool's start.
	f := new(big.Float).SetPrec(512).SetFloat64(price)
	f.Mul(f, new(big.Float).SetInt(new(big.Int).Lsh(big.NewInt(1), 192)))
	i, _ := f.Int(nil)
	return i.Sqrt(i)
}

// ray is 1e27 (Aave's RAY).
var ray = new(big.Int).Exp(big.NewInt(10), big.NewInt(27), nil)

func rayPct(pct int64) *big.Int {
	return new(big.Int).Div(new(big.Int).Mul(ray, big.NewInt(pct)), big.NewInt(100))
}

func (w *World) deployAave(ctx context.Context, b *batch) error {
	a := &w.Aave
	sc := w.Scenario
	if len(sc.Aave.Reserves) == 0 {
		return nil
	}
	d := w.Deployer
	load := thirdparty.MustLoad
	data, err := load(thirdparty.PoolAddressesProvider).DeployData(nil, "keeperkit", d.Address)
	if err != nil {
		return err
	}
	if a.AddressesProvider, err = b.deploy(ctx, d, data, "PoolAddressesProvider"); err != nil {
		return err
	}
	prov := addressesprovider.NewPoolAddressesProvider()
	if err := b.call(ctx, d, a.AddressesProvider, prov.PackSetACLAdmin(d.Address), "setACLAdmin"); err != nil {
		return err
	}
	if data, err = load(thirdparty.ACLManager).DeployData(nil, a.AddressesProvider); err != nil {
		return err
	}
	if a.ACLManager, err = b.deploy(ctx, d, data, "ACLManager"); err != nil {
		return err
	}
	if err := b.call(ctx, d, a.AddressesProvider, prov.PackSetACLManager(a.ACLManager), "setACLManager"); err != nil {
		return err
	}
	acl := aclmanager.NewACLManager()
	if err := b.call(ctx, d, a.ACLManager, acl.PackAddPoolAdmin(d.Address), "addPoolAdmin"); err != nil {
		return err
	}
	libs := map[string]common.Address{}
	for _, id := range []thirdparty.ID{thirdparty.BorrowLogic, thirdparty.BridgeLogic, thirdparty.EModeLogic, thirdparty.LiquidationLogic, thirdparty.PoolLogic, thirdparty.SupplyLogic, thirdparty.ConfiguratorLogic} {
		if libs[id.Name()], err = b.deploy(ctx, d, load(id).Bytecode, id.Name()); err != nil {
			return err
		}
	}
	code, err := load(thirdparty.FlashLoanLogic).Link(libs)
	if err != nil {
		return err
	}
	if libs["FlashLoanLogic"], err = b.deploy(ctx, d, code, "FlashLoanLogic"); err != nil {
		return err
	}
	if data, err = load(thirdparty.AavePool).DeployData(libs, a.AddressesProvider); err != nil {
		return err
	}
	poolImpl, err := b.deploy(ctx, d, data, "Pool implementation")
	if err != nil {
		return err
	}
	if err := b.call(ctx, d, a.AddressesProvider, prov.PackSetPoolImpl(poolImpl), "setPoolImpl"); err != nil {
		return err
	}
	// The provider creates the proxies with CREATE: the pool proxy is its
	// first creation (contract nonces start at 1), the configurator's the
	// second. The configurator must come after the pool (it reads the pool
	// address once, at initialization).
	a.Pool = crypto.CreateAddress(a.AddressesProvider, 1)
	if data, err = load(thirdparty.PoolConfigurator).DeployData(libs); err != nil {
		return err
	}
	cfgImpl, err := b.deploy(ctx, d, data, "PoolConfigurator implementation")
	if err != nil {
		return err
	}
	if err := b.call(ctx, d, a.AddressesProvider, prov.PackSetPoolConfiguratorImpl(cfgImpl), "setPoolConfiguratorImpl"); err != nil {
		return err
	}
	a.Configurator = crypto.CreateAddress(a.AddressesProvider, 2)

	var assets, sources []common.Address
	for _, r := range sc.Aave.Reserves {
		assets = append(assets, w.Tokens[r.Symbol].Address)
		sources = append(sources, w.Tokens[r.Symbol].Feed)
	}
	if data, err = load(thirdparty.AaveOracle).DeployData(nil, a.AddressesProvider, assets, sources, common.Address{}, common.Address{}, big.NewInt(1e8)); err != nil {
		return err
	}
	if a.Oracle, err = b.deploy(ctx, d, data, "AaveOracle"); err != nil {
		return err
	}
	if err := b.call(ctx, d, a.AddressesProvider, prov.PackSetPriceOracle(a.Oracle), "setPriceOracle"); err != nil {
		return err
	}
	if data, err = load(thirdparty.AaveProtocolDataProvider).DeployData(nil, a.AddressesProvider); err != nil {
		return err
	}
	if a.DataProvider, err = b.deploy(ctx, d, data, "AaveProtocolDataProvider"); err != nil {
		return err
	}
	if err := b.call(ctx, d, a.AddressesProvider, prov.PackSetPoolDataProvider(a.DataProvider), "setPoolDataProvider"); err != nil {
		return err
	}
	impl := map[thirdparty.ID]common.Address{}
	for _, id := range []thirdparty.ID{thirdparty.AToken, thirdparty.StableDebtToken, thirdparty.VariableDebtToken} {
		if data, err = load(id).DeployData(nil, a.Pool); err != nil {
			return err
		}
		if impl[id], err = b.deploy(ctx, d, data, id.Name()+" implementation"); err != nil {
			return err
		}
	}
	// One rate strategy: 80% optimal usage, 0/4/75% variable slopes (RAY).
	if data, err = load(thirdparty.InterestRateStrategy).DeployData(nil, a.AddressesProvider,
		rayPct(80), big.NewInt(0), rayPct(4), rayPct(75), rayPct(2), rayPct(75), rayPct(2), rayPct(5), rayPct(20)); err != nil {
		return err
	}
	rates, err := b.deploy(ctx, d, data, "DefaultReserveInterestRateStrategy")
	if err != nil {
		return err
	}
	if err := b.flush(ctx); err != nil { // the configurator proxy must exist below
		return err
	}
	conf := poolconfigurator.NewPoolConfigurator()
	var inputs []poolconfigurator.ConfiguratorInputTypesInitReserveInput
	for _, r := range sc.Aave.Reserves {
		t := w.Tokens[r.Symbol]
		inputs = append(inputs, poolconfigurator.ConfiguratorInputTypesInitReserveInput{
			ATokenImpl: impl[thirdparty.AToken], StableDebtTokenImpl: impl[thirdparty.StableDebtToken], VariableDebtTokenImpl: impl[thirdparty.VariableDebtToken],
			UnderlyingAssetDecimals: t.Decimals, InterestRateStrategyAddress: rates, UnderlyingAsset: t.Address,
			Treasury: d.Address, ATokenName: "Aave " + t.Symbol, ATokenSymbol: "a" + t.Symbol,
			VariableDebtTokenName: "Variable Debt " + t.Symbol, VariableDebtTokenSymbol: "variableDebt" + t.Symbol,
			StableDebtTokenName: "Stable Debt " + t.Symbol, StableDebtTokenSymbol: "stableDebt" + t.Symbol, Params: []byte{},
		})
	}
	// EIP-7825 caps a transaction at 2^24 gas: initialize reserves in groups.
	for i := 0; i < len(inputs); i += 4 {
		if _, err := b.add(ctx, d, &a.Configurator, conf.PackInitReserves(inputs[i:min(i+4, len(inputs))]), nil, 16_000_000, "initReserves"); err != nil {
			return err
		}
	}
	premium := sc.Aave.FlashPremiumBps
	if premium == 0 {
		premium = 9
	}
	if err := b.call(ctx, d, a.Configurator, conf.PackUpdateFlashloanPremiumTotal(big.NewInt(int64(premium))), "updateFlashloanPremiumTotal"); err != nil {
		return err
	}
	for _, e := range sc.Aave.EModes {
		if err := b.call(ctx, d, a.Configurator, conf.PackSetEModeCategory(e.ID, e.LTVBps, e.ThresholdBps, e.BonusBps, common.Address{}, e.Label), "setEModeCategory "+e.Label); err != nil {
			return err
		}
	}
	for _, r := range sc.Aave.Reserves {
		t := w.Tokens[r.Symbol].Address
		calls := [][]byte{
			conf.PackConfigureReserveAsCollateral(t, big.NewInt(int64(r.LTVBps)), big.NewInt(int64(r.ThresholdBps)), big.NewInt(int64(r.BonusBps))),
			conf.PackSetReserveFlashLoaning(t, true),
		}
		if r.Borrowable {
			calls = append(calls, conf.PackSetReserveBorrowing(t, true))
		}
		if r.SupplyCap > 0 {
			calls = append(calls, conf.PackSetSupplyCap(t, new(big.Int).SetUint64(r.SupplyCap)))
		}
		if r.BorrowCap > 0 {
			calls = append(calls, conf.PackSetBorrowCap(t, new(big.Int).SetUint64(r.BorrowCap)))
		}
		if r.EMode > 0 {
			calls = append(calls, conf.PackSetAssetEModeCategory(t, r.EMode))
		}
		for _, data := range calls {
			if err := b.call(ctx, d, a.Configurator, data, "configure reserve "+r.Symbol); err != nil {
				return err
			}
		}
	}
	if err := b.flush(ctx); err != nil {
		return err
	}
	a.Reserves = map[string]AaveReserve{}
	pool := aavepool.NewPool()
	for _, r := range sc.Aave.Reserves {
		out, err := call(ctx, w.Chain, a.Pool, pool.PackGetReserveData(w.Tokens[r.Symbol].Address))
		if err != nil {
			return err
		}
		rd, err := pool.UnpackGetReserveData(out)
		if err != nil {
			return fmt.Errorf("getReserveData %s: %w", r.Symbol, err)
		}
		a.Reserves[r.Symbol] = AaveReserve{AToken: rd.ATokenAddress, VariableDebt: rd.VariableDebtTokenAddress}
	}
	return nil
}

func (w *World) openPositions(ctx context.Context, b *batch) error {
	sc := w.Scenario
	if w.Aave.Pool == (common.Address{}) {
		return nil
	}
	pool := aavepool.NewPool()
	supply := func(from Account, sym string, amount *big.Int) error {
		if err := w.give(ctx, b, sym, from.Address, amount); err != nil {
			return err
		}
		tok := w.Tokens[sym].Address
		if _, err := b.add(ctx, from, &tok, erc.PackApprove(w.Aave.Pool, maxUint256), nil, gasTransfer, "approve pool "+sym); err != nil {
			return err
		}
		_, err := b.add(ctx, from, &w.Aave.Pool, pool.PackSupply(tok, amount, from.Address, 0), nil, gasSupply, "supply "+sym)
		return err
	}
	syms := make([]string, 0, len(sc.Aave.Liquidity))
	for s := range sc.Aave.Liquidity {
		syms = append(syms, s)
	}
	sort.Strings(syms)
	for _, s := range syms {
		if err := supply(w.Supplier, s, units(sc.Aave.Liquidity[s], w.Tokens[s].Decimals)); err != nil {
			return err
		}
	}
	i := 0
	for _, spec := range sc.Borrowers {
		for range spec.Count {
			acc := w.Borrower[i]
			i++
			if err := supply(acc, spec.Collateral, units(spec.CollateralAmount, w.Tokens[spec.Collateral].Decimals)); err != nil {
				return err
			}
			debt := units(spec.DebtAmount, w.Tokens[spec.Debt].Decimals)
			if _, err := b.add(ctx, acc, &w.Aave.Pool, pool.PackBorrow(w.Tokens[spec.Debt].Address, debt, big.NewInt(2), 0, acc.Address), nil, gasBorrow, "borrow "+spec.Debt); err != nil {
				return err
			}
		}
	}
	// The trader holds every token and has approved both routers.
	for _, t := range sc.Tokens {
		amt := units(1e6, t.Decimals)
		if t.Symbol == "WETH" {
			amt = units(500, 18)
		}
		if err := w.give(ctx, b, t.Symbol, w.Trader.Address, amt); err != nil {
			return err
		}
		for _, r := range []common.Address{w.V2.Router, w.V3.SwapRouter} {
			if r == (common.Address{}) {
				continue
			}
			if err := b.call(ctx, w.Trader, w.Tokens[t.Symbol].Address, erc.PackApprove(r, maxUint256), "trader approve "+t.Symbol); err != nil {
				return err
			}
		}
	}
	return nil
}

// Step plays the next timeline entry as one block: transactions left
// pending by the previous step first (a real chain mines them eventually),
// then price updates, then swaps. Pending prices of this step are signed and
// sent to the pool, not mined. It returns the block's header; false when
// the timeline is over.
func (w *World) Step(ctx context.Context) (*types.Header, bool, error) {
	if w.step >= len(w.Scenario.Timeline) {
		return nil, false, nil
	}
	st := w.Scenario.Timeline[w.step]
	w.step++
	b, err := newBatch(ctx, w.Chain)
	if err != nil {
		return nil, false, err
	}
	var txs []*types.Transaction
	for _, tx := range w.Pending {
		if n, _ := w.Chain.Client().NonceAt(ctx, w.Oracle.Address, nil); tx.Nonce() >= n {
			txs = append(txs, tx)
			b.nonces[w.Oracle.Address] = tx.Nonce() + 1
		}
	}
	w.Pending = nil
	for _, sym := range sortedSyms(st.Prices) {
		if err := b.call(ctx, w.Oracle, w.Tokens[sym].Feed, feedABI.PackSetAnswer(usd8(st.Prices[sym])), "price "+sym); err != nil {
			return nil, false, err
		}
	}
	for _, sw := range st.Swaps {
		data, to, err := w.swapCall(sw)
		if err != nil {
			return nil, false, err
		}
		if _, err := b.add(ctx, w.Trader, &to, data, nil, 500_000, "swap "+sw.Pool); err != nil {
			return nil, false, err
		}
	}
	txs = append(txs, b.txs...)
	h, err := w.Chain.CommitBlock(ctx, txs)
	if err != nil {
		return nil, false, fmt.Errorf("devnet: timeline step %d: %w", w.step-1, err)
	}
	for _, sym := range sortedSyms(st.PendingPrices) {
		n, err := b.nonce(ctx, w.Oracle.Address)
		if err != nil {
			return nil, false, err
		}
		feed := w.Tokens[sym].Feed
		tx, err := Sign(w.Chain, w.Oracle, n, Call{To: &feed, Data: feedABI.PackSetAnswer(usd8(st.PendingPrices[sym])), Gas: 200_000})
		if err != nil {
			return nil, false, err
		}
		b.nonces[w.Oracle.Address] = n + 1
		if err := w.Chain.Client().SendTransaction(ctx, tx); err != nil {
			return nil, false, fmt.Errorf("devnet: pending price %s: %w", sym, err)
		}
		w.Pending = append(w.Pending, tx)
	}
	return h, true, nil
}

func sortedSyms(m map[string]float64) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

var (
	v2RouterABI = univ2router.NewUniswapV2Router02()
	v3RouterABI = swaprouter.NewSwapRouter()
)

func (w *World) swapCall(sw SwapSpec) ([]byte, common.Address, error) {
	ref, err := w.Scenario.parsePool(sw.Pool)
	if err != nil {
		return nil, common.Address{}, err
	}
	in := w.Tokens[sw.TokenIn]
	outSym := ref.tokens[0]
	if outSym == sw.TokenIn {
		outSym = ref.tokens[1]
	}
	out := w.Tokens[outSym]
	amount := units(sw.Amount, in.Decimals)
	deadline := big.NewInt(math.MaxInt64)
	if !ref.v3 {
		return v2RouterABI.PackSwapExactTokensForTokens(amount, new(big.Int), []common.Address{in.Address, out.Address}, w.Trader.Address, deadline), w.V2.Router, nil
	}
	return v3RouterABI.PackExactInputSingle(swaprouter.ISwapRouterExactInputSingleParams{
		TokenIn: in.Address, TokenOut: out.Address, Fee: big.NewInt(int64(ref.fee)), Recipient: w.Trader.Address,
		Deadline: deadline, AmountIn: amount, AmountOutMinimum: new(big.Int), SqrtPriceLimitX96: new(big.Int),
	}), w.V3.SwapRouter, nil
}

// Done reports whether the timeline has been played to the end.
func (w *World) Done() bool { return w.step >= len(w.Scenario.Timeline) }

// AddressBook is the world's addresses, for `keeper devnet --addresses-out`.
func (w *World) AddressBook() map[string]any {
	accounts := map[string]any{"deployer": w.Deployer.Address, "oracle": w.Oracle.Address, "supplier": w.Supplier.Address, "trader": w.Trader.Address}
	bs := make([]common.Address, len(w.Borrower))
	for i, b := range w.Borrower {
		bs[i] = b.Address
	}
	accounts["borrowers"] = bs
	return map[string]any{
		"scenario": w.Scenario.Name, "chain_id": w.Chain.ChainID(),
		"tokens": w.Tokens, "weth": w.WETH, "uniswap_v2": w.V2, "uniswap_v3": w.V3, "aave": w.Aave, "accounts": accounts,
	}
}

// call is an eth_call at the latest block.
func call(ctx context.Context, c Chain, to common.Address, data []byte) ([]byte, error) {
	var out hexutil.Bytes
	err := c.RPC().CallContext(ctx, &out, "eth_call", map[string]any{"to": to, "input": hexutil.Bytes(data)}, "latest")
	if err != nil {
		return nil, fmt.Errorf("devnet: call %s: %w", to, err)
	}
	return out, nil
}
