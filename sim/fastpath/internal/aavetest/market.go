package aavetest

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/keeperkit/keeperkit/abis/thirdparty"
)

// Admin deploys the market and holds every admin role.
var Admin = common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")

// Treasury receives the aTokens of the liquidation protocol fee.
var Treasury = common.HexToAddress("0x7777777777777777777777777777777777777777")

// AssetSpec describes a reserve to list.
type AssetSpec struct {
	Symbol                 string
	Decimals               uint8
	Price                  int64 // 8 decimals
	LTV, Threshold, Bonus  uint64
	LiquidationProtocolFee uint64 // bps; 0 leaves the default
	EModeCategory          uint8
}

// Asset is a listed reserve.
type Asset struct {
	Spec                               AssetSpec
	Token, AToken, StableDebt, VarDebt common.Address
	Feed                               common.Address
}

// Market is a deployed pool with its reserves, in reserve id order.
type Market struct {
	C                                                       *Chain
	Provider, ACL, Pool, Configurator, Oracle, DataProvider common.Address
	Assets                                                  []Asset

	pool, conf, erc20, oracle, atoken, mintable, agg *abi.ABI
	aggCode                                          []byte
}

func load(id thirdparty.ID) (*thirdparty.Artifact, error) { return thirdparty.Load(id) }

// deploy links and deploys an artifact with constructor args.
func (m *Market) deploy(id thirdparty.ID, libs map[string]common.Address, args ...any) (common.Address, error) {
	a, err := load(id)
	if err != nil {
		return common.Address{}, err
	}
	data, err := a.DeployData(libs, args...)
	if err != nil {
		return common.Address{}, err
	}
	addr, err := m.C.Deploy(Admin, data)
	if err != nil {
		return common.Address{}, fmt.Errorf("aavetest: deploy %s: %w", a.Name, err)
	}
	return addr, nil
}

// send packs and sends a call from from.
func (m *Market) send(from, to common.Address, a *abi.ABI, method string, args ...any) error {
	data, err := a.Pack(method, args...)
	if err != nil {
		return fmt.Errorf("aavetest: pack %s: %w", method, err)
	}
	if _, _, err := m.C.Send(from, to, data); err != nil {
		return fmt.Errorf("aavetest: %s: %w", method, err)
	}
	return nil
}

// view packs a call and returns its raw result.
func (m *Market) view(to common.Address, a *abi.ABI, method string, args ...any) ([]byte, error) {
	data, err := a.Pack(method, args...)
	if err != nil {
		return nil, fmt.Errorf("aavetest: pack %s: %w", method, err)
	}
	ret, err := m.C.View(to, data)
	if err != nil {
		return nil, fmt.Errorf("aavetest: %s: %w", method, err)
	}
	return ret, nil
}

type initReserveInput struct {
	ATokenImpl                  common.Address
	StableDebtTokenImpl         common.Address
	VariableDebtTokenImpl       common.Address
	UnderlyingAssetDecimals     uint8
	InterestRateStrategyAddress common.Address
	UnderlyingAsset             common.Address
	Treasury                    common.Address
	IncentivesController        common.Address
	ATokenName                  string
	ATokenSymbol                string
	VariableDebtTokenName       string
	VariableDebtTokenSymbol     string
	StableDebtTokenName         string
	StableDebtTokenSymbol       string
	Params                      []byte
}

func ray(pct float64) *big.Int {
	// pct in percent, to RAY (1e27 = 100%)
	r := new(big.Float).Mul(big.NewFloat(pct), new(big.Float).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(25), nil)))
	i, _ := r.Int(nil)
	return i
}

// EMode is an e-mode category to create; PriceAsset is the index of the
// asset whose price the category uses, or -1 for none.
type EMode struct {
	ID                    uint8
	LTV, Threshold, Bonus uint16
	PriceAsset            int
}

// Deploy deploys the market in the order of shared/protocol-artifacts.md
// and lists the assets (mock tokens, MockAggregator feeds, a
// DefaultReserveInterestRateStrategy with a 80% kink), borrowable and
// usable as collateral.
func Deploy(c *Chain, specs []AssetSpec, emodes []EMode) (*Market, error) {
	m := &Market{C: c}
	var err error
	abis := []struct {
		dst **abi.ABI
		id  thirdparty.ID
	}{{&m.pool, thirdparty.AavePool}, {&m.conf, thirdparty.PoolConfigurator}, {&m.erc20, thirdparty.MintableERC20},
		{&m.oracle, thirdparty.AaveOracle}, {&m.atoken, thirdparty.AToken}, {&m.mintable, thirdparty.MintableERC20},
		{&m.agg, thirdparty.MockAggregator}}
	for _, x := range abis {
		a, err := load(x.id)
		if err != nil {
			return nil, err
		}
		*x.dst = &a.ABI
	}
	prov, err := load(thirdparty.PoolAddressesProvider)
	if err != nil {
		return nil, err
	}
	acl, err := load(thirdparty.ACLManager)
	if err != nil {
		return nil, err
	}
	// 1. provider, ACL
	if m.Provider, err = m.deploy(thirdparty.PoolAddressesProvider, nil, "keeperkit", Admin); err != nil {
		return nil, err
	}
	if err = m.send(Admin, m.Provider, &prov.ABI, "setACLAdmin", Admin); err != nil {
		return nil, err
	}
	if m.ACL, err = m.deploy(thirdparty.ACLManager, nil, m.Provider); err != nil {
		return nil, err
	}
	if err = m.send(Admin, m.Provider, &prov.ABI, "setACLManager", m.ACL); err != nil {
		return nil, err
	}
	if err = m.send(Admin, m.ACL, &acl.ABI, "addPoolAdmin", Admin); err != nil {
		return nil, err
	}
	// 2. libraries
	libs := map[string]common.Address{}
	for _, l := range []struct {
		name string
		id   thirdparty.ID
	}{{"BorrowLogic", thirdparty.BorrowLogic}, {"BridgeLogic", thirdparty.BridgeLogic}, {"EModeLogic", thirdparty.EModeLogic},
		{"LiquidationLogic", thirdparty.LiquidationLogic}, {"PoolLogic", thirdparty.PoolLogic}, {"SupplyLogic", thirdparty.SupplyLogic},
		{"ConfiguratorLogic", thirdparty.ConfiguratorLogic}} {
		if libs[l.name], err = m.deploy(l.id, nil); err != nil {
			return nil, err
		}
	}
	if libs["FlashLoanLogic"], err = m.deploy(thirdparty.FlashLoanLogic, libs); err != nil {
		return nil, err
	}
	// 3. pool, 4. configurator
	impl, err := m.deploy(thirdparty.AavePool, libs, m.Provider)
	if err != nil {
		return nil, err
	}
	if err = m.send(Admin, m.Provider, &prov.ABI, "setPoolImpl", impl); err != nil {
		return nil, err
	}
	if m.Pool, err = m.addr(m.Provider, &prov.ABI, "getPool"); err != nil {
		return nil, err
	}
	if impl, err = m.deploy(thirdparty.PoolConfigurator, libs); err != nil {
		return nil, err
	}
	if err = m.send(Admin, m.Provider, &prov.ABI, "setPoolConfiguratorImpl", impl); err != nil {
		return nil, err
	}
	if m.Configurator, err = m.addr(m.Provider, &prov.ABI, "getPoolConfigurator"); err != nil {
		return nil, err
	}
	// 5. tokens, feeds, oracle
	aggArt, err := load(thirdparty.MockAggregator)
	if err != nil {
		return nil, err
	}
	m.aggCode = aggArt.Bytecode
	var assets, sources []common.Address
	for _, s := range specs {
		a := Asset{Spec: s}
		if a.Token, err = m.deploy(thirdparty.MintableERC20, nil, s.Symbol, s.Symbol, s.Decimals); err != nil {
			return nil, err
		}
		if a.Feed, err = m.deploy(thirdparty.MockAggregator, nil, big.NewInt(s.Price)); err != nil {
			return nil, err
		}
		assets, sources = append(assets, a.Token), append(sources, a.Feed)
		m.Assets = append(m.Assets, a)
	}
	if m.Oracle, err = m.deploy(thirdparty.AaveOracle, nil, m.Provider, assets, sources, common.Address{}, common.Address{}, big.NewInt(1e8)); err != nil {
		return nil, err
	}
	if err = m.send(Admin, m.Provider, &prov.ABI, "setPriceOracle", m.Oracle); err != nil {
		return nil, err
	}
	if m.DataProvider, err = m.deploy(thirdparty.AaveProtocolDataProvider, nil, m.Provider); err != nil {
		return nil, err
	}
	if err = m.send(Admin, m.Provider, &prov.ABI, "setPoolDataProvider", m.DataProvider); err != nil {
		return nil, err
	}
	// 6. token implementations (built with the pool proxy), 7. rate strategy
	aImpl, err := m.deploy(thirdparty.AToken, nil, m.Pool)
	if err != nil {
		return nil, err
	}
	sImpl, err := m.deploy(thirdparty.StableDebtToken, nil, m.Pool)
	if err != nil {
		return nil, err
	}
	vImpl, err := m.deploy(thirdparty.VariableDebtToken, nil, m.Pool)
	if err != nil {
		return nil, err
	}
	strategy, err := m.deploy(thirdparty.InterestRateStrategy, nil, m.Provider,
		ray(80), ray(1), ray(4), ray(75), ray(0.5), ray(75), ray(2), ray(0.5), ray(20))
	if err != nil {
		return nil, err
	}
	// 8. reserves
	var inputs []initReserveInput
	for _, a := range m.Assets {
		inputs = append(inputs, initReserveInput{
			ATokenImpl: aImpl, StableDebtTokenImpl: sImpl, VariableDebtTokenImpl: vImpl,
			UnderlyingAssetDecimals: a.Spec.Decimals, InterestRateStrategyAddress: strategy,
			UnderlyingAsset: a.Token, Treasury: Treasury,
			ATokenName: "a" + a.Spec.Symbol, ATokenSymbol: "a" + a.Spec.Symbol,
			VariableDebtTokenName: "v" + a.Spec.Symbol, VariableDebtTokenSymbol: "v" + a.Spec.Symbol,
			StableDebtTokenName: "s" + a.Spec.Symbol, StableDebtTokenSymbol: "s" + a.Spec.Symbol, Params: []byte{},
		})
	}
	if err = m.send(Admin, m.Configurator, m.conf, "initReserves", inputs); err != nil {
		return nil, err
	}
	for _, e := range emodes {
		var src common.Address
		if e.PriceAsset >= 0 {
			src = m.Assets[e.PriceAsset].Token
		}
		if err = m.send(Admin, m.Configurator, m.conf, "setEModeCategory", e.ID, e.LTV, e.Threshold, e.Bonus, src, "em"); err != nil {
			return nil, err
		}
	}
	for i := range m.Assets {
		a := &m.Assets[i]
		s := a.Spec
		if err = m.send(Admin, m.Configurator, m.conf, "configureReserveAsCollateral", a.Token,
			new(big.Int).SetUint64(s.LTV), new(big.Int).SetUint64(s.Threshold), new(big.Int).SetUint64(s.Bonus)); err != nil {
			return nil, err
		}
		if err = m.send(Admin, m.Configurator, m.conf, "setReserveBorrowing", a.Token, true); err != nil {
			return nil, err
		}
		if s.LiquidationProtocolFee != 0 {
			if err = m.send(Admin, m.Configurator, m.conf, "setLiquidationProtocolFee", a.Token, new(big.Int).SetUint64(s.LiquidationProtocolFee)); err != nil {
				return nil, err
			}
		}
		if s.EModeCategory != 0 {
			if err = m.send(Admin, m.Configurator, m.conf, "setAssetEModeCategory", a.Token, s.EModeCategory); err != nil {
				return nil, err
			}
		}
		rd, err := m.ReserveData(i)
		if err != nil {
			return nil, err
		}
		a.AToken, a.StableDebt, a.VarDebt = rd.AToken, rd.StableDebt, rd.VarDebt
	}
	return m, nil
}

func (m *Market) addr(to common.Address, a *abi.ABI, method string, args ...any) (common.Address, error) {
	ret, err := m.view(to, a, method, args...)
	if err != nil {
		return common.Address{}, err
	}
	if len(ret) < 32 {
		return common.Address{}, fmt.Errorf("aavetest: %s: short result", method)
	}
	return common.BytesToAddress(ret[12:32]), nil
}

func (m *Market) word(to common.Address, a *abi.ABI, method string, args ...any) (*uint256.Int, error) {
	ret, err := m.view(to, a, method, args...)
	if err != nil {
		return nil, err
	}
	if len(ret) < 32 {
		return nil, fmt.Errorf("aavetest: %s: short result", method)
	}
	return new(uint256.Int).SetBytes32(ret[:32]), nil
}

// Fork returns the market on a fork of its chain.
func (m *Market) Fork() *Market {
	n := *m
	n.C = m.C.Fork()
	n.Assets = append([]Asset(nil), m.Assets...)
	return &n
}

// ReserveData is Pool.getReserveData decoded.
type ReserveData struct {
	Configuration                           uint256.Int
	LiquidityIndex, LiquidityRate           uint256.Int
	VariableBorrowIndex, VariableBorrowRate uint256.Int
	LastUpdate                              uint64
	ID                                      uint16
	AToken, StableDebt, VarDebt             common.Address
}

// ReserveData reads asset i's reserve.
func (m *Market) ReserveData(i int) (*ReserveData, error) {
	ret, err := m.view(m.Pool, m.pool, "getReserveData", m.Assets[i].Token)
	if err != nil {
		return nil, err
	}
	if len(ret) < 15*32 {
		return nil, fmt.Errorf("aavetest: getReserveData: short result")
	}
	w := func(k int) *uint256.Int { return new(uint256.Int).SetBytes32(ret[k*32 : k*32+32]) }
	rd := &ReserveData{Configuration: *w(0), LiquidityIndex: *w(1), LiquidityRate: *w(2), VariableBorrowIndex: *w(3),
		VariableBorrowRate: *w(4), LastUpdate: w(6).Uint64(), ID: uint16(w(7).Uint64()),
		AToken: common.BytesToAddress(ret[8*32+12 : 9*32]), StableDebt: common.BytesToAddress(ret[9*32+12 : 10*32]),
		VarDebt: common.BytesToAddress(ret[10*32+12 : 11*32])}
	return rd, nil
}

// Mint mints amount of asset i to to.
func (m *Market) Mint(i int, to common.Address, amount *big.Int) error {
	return m.send(to, m.Assets[i].Token, m.mintable, "mint", to, amount)
}

// Supply mints, approves and supplies amount of asset i for user.
func (m *Market) Supply(user common.Address, i int, amount *big.Int) error {
	if err := m.Mint(i, user, amount); err != nil {
		return err
	}
	if err := m.send(user, m.Assets[i].Token, m.erc20, "approve", m.Pool, amount); err != nil {
		return err
	}
	return m.send(user, m.Pool, m.pool, "supply", m.Assets[i].Token, amount, user, uint16(0))
}

// Borrow borrows amount of asset i at the variable rate.
func (m *Market) Borrow(user common.Address, i int, amount *big.Int) error {
	return m.send(user, m.Pool, m.pool, "borrow", m.Assets[i].Token, amount, big.NewInt(2), uint16(0), user)
}

// SetUserEMode sets user's e-mode category.
func (m *Market) SetUserEMode(user common.Address, cat uint8) error {
	return m.send(user, m.Pool, m.pool, "setUserEMode", cat)
}

// SetPrice deploys a new MockAggregator answering price (8 decimals) and
// points the oracle at it (MockAggregator has no setter).
func (m *Market) SetPrice(i int, price *big.Int) error {
	packed, err := m.agg.Pack("", price)
	if err != nil {
		return err
	}
	feed, err := m.C.Deploy(Admin, append(append([]byte{}, m.aggCode...), packed...))
	if err != nil {
		return err
	}
	m.Assets[i].Feed = feed
	return m.send(Admin, m.Oracle, m.oracle, "setAssetSources", []common.Address{m.Assets[i].Token}, []common.Address{feed})
}

// Price is AaveOracle.getAssetPrice of asset i.
func (m *Market) Price(i int) (*uint256.Int, error) {
	return m.word(m.Oracle, m.oracle, "getAssetPrice", m.Assets[i].Token)
}

// AccountData is Pool.getUserAccountData.
type AccountData struct {
	TotalCollateralBase, TotalDebtBase, AvailableBorrowsBase, LiquidationThreshold, LTV, HealthFactor uint256.Int
}

// UserAccountData calls Pool.getUserAccountData(user).
func (m *Market) UserAccountData(user common.Address) (*AccountData, error) {
	ret, err := m.view(m.Pool, m.pool, "getUserAccountData", user)
	if err != nil {
		return nil, err
	}
	return decodeAccountData(ret)
}

func decodeAccountData(ret []byte) (*AccountData, error) {
	if len(ret) < 6*32 {
		return nil, fmt.Errorf("aavetest: getUserAccountData: short result")
	}
	a := &AccountData{}
	for k, z := range []*uint256.Int{&a.TotalCollateralBase, &a.TotalDebtBase, &a.AvailableBorrowsBase, &a.LiquidationThreshold, &a.LTV, &a.HealthFactor} {
		z.SetBytes32(ret[k*32 : k*32+32])
	}
	return a, nil
}

// AccountDataCall returns the calldata of getUserAccountData(user) and a
// decoder, for benchmarks that call the pool directly.
func (m *Market) AccountDataCall(user common.Address) ([]byte, func([]byte) (*AccountData, error), error) {
	data, err := m.pool.Pack("getUserAccountData", user)
	return data, decodeAccountData, err
}

// UserConfig is Pool.getUserConfiguration(user).data.
func (m *Market) UserConfig(user common.Address) (*uint256.Int, error) {
	return m.word(m.Pool, m.pool, "getUserConfiguration", user)
}

// ScaledBalances returns user's aToken and variable debt scaled balances in asset i.
func (m *Market) ScaledBalances(user common.Address, i int) (coll, debt *uint256.Int, err error) {
	if coll, err = m.word(m.Assets[i].AToken, m.atoken, "scaledBalanceOf", user); err != nil {
		return nil, nil, err
	}
	if debt, err = m.word(m.Assets[i].VarDebt, m.atoken, "scaledBalanceOf", user); err != nil {
		return nil, nil, err
	}
	return coll, debt, nil
}

// BalanceOf is an ERC20 balanceOf (token, aToken or debt token).
func (m *Market) BalanceOf(token, user common.Address) (*uint256.Int, error) {
	return m.word(token, m.erc20, "balanceOf", user)
}

// LiquidationCallData is the calldata of liquidationCall.
func (m *Market) LiquidationCallData(coll, debt int, user common.Address, cover *big.Int, receiveAToken bool) ([]byte, error) {
	return m.pool.Pack("liquidationCall", m.Assets[coll].Token, m.Assets[debt].Token, user, cover, receiveAToken)
}

// PrepareLiquidator mints the liquidator amount of asset i and approves
// the pool for it.
func (m *Market) PrepareLiquidator(liquidator common.Address, i int, amount *big.Int) error {
	if err := m.Mint(i, liquidator, amount); err != nil {
		return err
	}
	return m.send(liquidator, m.Assets[i].Token, m.erc20, "approve", m.Pool, amount)
}

// Liquidated is what one liquidationCall moved, read from balances.
type Liquidated struct {
	DebtPaid    uint256.Int // debt token leaving the liquidator
	Collateral  uint256.Int // collateral (underlying or aToken) reaching the liquidator
	TreasuryFee uint256.Int // collateral aTokens reaching the treasury
}

// Liquidate mints the liquidator enough debt token, approves the pool,
// sends liquidationCall and measures the balances it moved. A revert is
// a *RevertError (its Reason is Aave's code).
func (m *Market) Liquidate(liquidator common.Address, coll, debt int, user common.Address, cover *big.Int, receiveAToken bool) (*Liquidated, error) {
	need := new(big.Int).Set(cover)
	if bal, err := m.BalanceOf(m.Assets[debt].VarDebt, user); err == nil && bal.ToBig().Cmp(need) < 0 {
		need = bal.ToBig()
	}
	need.Add(need, big.NewInt(1))
	if err := m.Mint(debt, liquidator, need); err != nil {
		return nil, err
	}
	if err := m.send(liquidator, m.Assets[debt].Token, m.erc20, "approve", m.Pool, new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))); err != nil {
		return nil, err
	}
	data, err := m.LiquidationCallData(coll, debt, user, cover, receiveAToken)
	if err != nil {
		return nil, err
	}
	_, logs, err := m.C.Send(liquidator, m.Pool, data)
	if err != nil {
		return nil, err
	}
	// Every amount is the value of an ERC20 Transfer event the call
	// emitted: the debt asset from the liquidator to its aToken, the
	// collateral from its aToken to the liquidator (or, with
	// receiveAToken, aTokens from the user), the fee in aTokens from the
	// user to the treasury. aTokens move as scaled balances, so their
	// events (ScaledBalanceTokenBase._transfer) carry the amounts.
	transfer := crypto.Keccak256Hash([]byte("Transfer(address,address,uint256)"))
	l := &Liquidated{}
	ca, da := m.Assets[coll], m.Assets[debt]
	for _, lg := range logs {
		if len(lg.Topics) != 3 || lg.Topics[0] != transfer || len(lg.Data) != 32 {
			continue
		}
		from := common.BytesToAddress(lg.Topics[1].Bytes())
		to := common.BytesToAddress(lg.Topics[2].Bytes())
		v := new(uint256.Int).SetBytes32(lg.Data)
		switch {
		case lg.Address == da.Token && from == liquidator && to == da.AToken:
			l.DebtPaid.Add(&l.DebtPaid, v)
		case !receiveAToken && lg.Address == ca.Token && from == ca.AToken && to == liquidator:
			l.Collateral.Add(&l.Collateral, v)
		case receiveAToken && lg.Address == ca.AToken && from == user && to == liquidator:
			l.Collateral.Add(&l.Collateral, v)
		case lg.Address == ca.AToken && from == user && to == Treasury:
			l.TreasuryFee.Add(&l.TreasuryFee, v)
		}
	}
	return l, nil
}
