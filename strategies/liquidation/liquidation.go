// Package liquidation is keeperkit's Aave V3 liquidation strategy.
//
// It discovers borrowers from the pool's Supply and Borrow events, keeps
// each one's position exactly as the pool stores it (scaled balances, the
// configuration bitmap, e-mode) beside the reserves' indexes, rates, risk
// parameters and oracle prices, and recomputes health factors with the
// uint256 fast path (sim/fastpath's AaveMarket, exact to the wei) whenever
// an oracle answer or a position changes. A pending oracle update seen in
// the mempool is applied to a copy of the market: positions it would make
// liquidatable become backrun opportunities with the update in front.
//
// For a liquidatable borrower it takes the largest debt and the largest
// collateral it can sell for that debt through a configured pool, computes
// what liquidationCall would move (close factor, bonus, caps), and proves
// the whole flash-loan liquidation on a fork of the block through the
// keeper's executor contract (abis/src/KeeperExecutor.sol), whose return
// value is the profit in the debt asset. The opportunity carries that
// profit in wei (oracle prices) and an on-chain minimum a little under it.
//
// Stable-rate debt is not tracked (disabled on Aave V3 markets since 2023).
//
// It imports the plugin API and the sim packages only, never the engine.
package liquidation

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/keeperkit/keeperkit/abis/bindings/aaveoracle"
	"github.com/keeperkit/keeperkit/abis/bindings/aavepool"
	"github.com/keeperkit/keeperkit/abis/bindings/keeperexecutor"
	"github.com/keeperkit/keeperkit/abis/bindings/pricefeed"
	"github.com/keeperkit/keeperkit/abis/bindings/univ2pair"
	"github.com/keeperkit/keeperkit/sim/fastpath"
	"github.com/keeperkit/keeperkit/strategies"
)

// Name is the registered name and the config section.
const Name = "liquidation"

func init() { strategies.Register(Name, New) }

var (
	poolABI   = aavepool.NewPool()
	oracleABI = aaveoracle.NewAaveOracle()
	feedABI   = pricefeed.NewPriceFeed()
	execABI   = keeperexecutor.NewKeeperExecutor()
	pairABI   = univ2pair.NewUniswapV2Pair()
	// scaledABI is the one aToken / debt-token view the strategy needs.
	scaledABI = mustABI(`[{"inputs":[{"name":"user","type":"address"}],"name":"scaledBalanceOf","outputs":[{"type":"uint256"}],"stateMutability":"view","type":"function"}]`)

	topicBorrow        = poolABI.GetABI().Events["Borrow"].ID
	topicSupply        = poolABI.GetABI().Events["Supply"].ID
	topicRepay         = poolABI.GetABI().Events["Repay"].ID
	topicWithdraw      = poolABI.GetABI().Events["Withdraw"].ID
	topicLiquidation   = poolABI.GetABI().Events["LiquidationCall"].ID
	topicReserveUpdate = poolABI.GetABI().Events["ReserveDataUpdated"].ID
	topicAnswerUpdated = feedABI.GetABI().Events["AnswerUpdated"].ID
	selectorSetAnswer  = feedABI.GetABI().Methods["setAnswer"].ID
)

func mustABI(s string) abi.ABI {
	a, err := abi.JSON(strings.NewReader(s))
	if err != nil {
		panic(err)
	}
	return a
}

type reserve struct {
	asset, aToken, vDebt, feed common.Address
}

type swap struct {
	pool           swapPool
	token0, token1 common.Address
}

// Strategy is the liquidation strategy. OnEvent runs one event at a time.
type Strategy struct {
	cfg Config
	p   parsed
	env strategies.Env

	reserves []reserve
	byAsset  map[common.Address]int
	byFeed   map[common.Address]int
	market   fastpath.AaveMarket
	users    map[common.Address]*fastpath.AavePosition
	swaps    []swap
	now      uint64 // timestamp of the latest block seen
}

var (
	_ strategies.Strategy   = (*Strategy)(nil)
	_ strategies.Subscriber = (*Strategy)(nil)
)

// New decodes [strategies.liquidation] strictly and builds the strategy.
func New(decode func(v any) error) (strategies.Strategy, error) {
	cfg := DefaultConfig()
	if err := decode(&cfg); err != nil {
		return nil, err
	}
	p, err := cfg.parse()
	if err != nil {
		return nil, fmt.Errorf("strategies.%s: %w", Name, err)
	}
	return &Strategy{cfg: cfg, p: p}, nil
}

// Name implements strategies.Strategy.
func (s *Strategy) Name() string { return Name }

// Subscriptions asks for the pool's and the feeds' logs, for pending
// transactions (oracle updates to backrun) and for new blocks: a block
// without a matching log still moves the clock that interest accrues by, and
// a strategy whose clock lagged would size a liquidation on last block's
// debt (a few wei of interest short), differently from one started later.
func (s *Strategy) Subscriptions() strategies.Subscriptions {
	addrs := []common.Address{s.p.pool}
	for _, r := range s.reserves {
		addrs = append(addrs, r.feed)
	}
	return strategies.Subscriptions{
		Kinds: strategies.NewKindSet(strategies.KindBlock, strategies.KindLogs, strategies.KindPendingTx, strategies.KindReorg),
		Logs:  []strategies.LogFilter{{Addresses: addrs}},
	}
}

func (s *Strategy) call(ctx context.Context, to common.Address, data []byte, block *big.Int) ([]byte, error) {
	out, err := s.env.Chain.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, block)
	if err != nil {
		return nil, fmt.Errorf("%s: call %s: %w", Name, to, err)
	}
	return out, nil
}

// Init loads the market and discovers borrowers from the pool's events.
func (s *Strategy) Init(ctx context.Context, env strategies.Env) error {
	s.env = env
	if env.Sim == nil || env.Executor == (common.Address{}) {
		return fmt.Errorf("%s: needs a simulator and the executor contract address", Name)
	}
	head, err := env.Chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	s.now = head.Time
	out, err := s.call(ctx, s.p.pool, poolABI.PackGetReservesList(), head.Number)
	if err != nil {
		return err
	}
	assets, err := poolABI.UnpackGetReservesList(out)
	if err != nil {
		return err
	}
	s.byAsset, s.byFeed = map[common.Address]int{}, map[common.Address]int{}
	s.reserves = make([]reserve, len(assets))
	s.market.Reserves = make([]fastpath.AaveReserve, len(assets))
	for i, a := range assets {
		s.byAsset[a] = i
		s.reserves[i].asset = a
		if err := s.loadReserve(ctx, i, head.Number); err != nil {
			return err
		}
		out, err := s.call(ctx, s.p.oracle, oracleABI.PackGetSourceOfAsset(a), head.Number)
		if err != nil {
			return err
		}
		if s.reserves[i].feed, err = oracleABI.UnpackGetSourceOfAsset(out); err != nil {
			return err
		}
		s.byFeed[s.reserves[i].feed] = i
	}
	for _, sp := range s.p.swaps {
		sw := swap{pool: sp}
		for _, f := range []struct {
			data []byte
			dst  *common.Address
		}{{pairABI.PackToken0(), &sw.token0}, {pairABI.PackToken1(), &sw.token1}} {
			out, err := s.call(ctx, sp.addr, f.data, head.Number)
			if err != nil {
				return err
			}
			if *f.dst, err = pairABI.UnpackToken0(out); err != nil {
				return err
			}
		}
		s.swaps = append(s.swaps, sw)
	}
	logs, err := env.Chain.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(s.cfg.FromBlock), ToBlock: head.Number,
		Addresses: []common.Address{s.p.pool}, Topics: [][]common.Hash{{topicBorrow, topicSupply}},
	})
	if err != nil {
		return fmt.Errorf("%s: discover borrowers: %w", Name, err)
	}
	s.users = map[common.Address]*fastpath.AavePosition{}
	for _, l := range logs {
		if len(l.Topics) > 2 {
			s.users[common.BytesToAddress(l.Topics[2].Bytes())] = nil
		}
	}
	for u := range s.users {
		if err := s.loadUser(ctx, u, head.Number); err != nil {
			return err
		}
	}
	s.market.SetTime(s.now)
	env.Log.Info().Int("reserves", len(assets)).Int("borrowers", len(s.users)).Int("swap_pools", len(s.swaps)).Msg("liquidation strategy ready")
	return nil
}

func (s *Strategy) loadReserve(ctx context.Context, i int, block *big.Int) error {
	a := s.reserves[i].asset
	out, err := s.call(ctx, s.p.pool, poolABI.PackGetReserveData(a), block)
	if err != nil {
		return err
	}
	rd, err := poolABI.UnpackGetReserveData(out)
	if err != nil {
		return err
	}
	s.reserves[i].aToken, s.reserves[i].vDebt = rd.ATokenAddress, rd.VariableDebtTokenAddress
	r := &s.market.Reserves[i]
	r.LiquidityIndex.SetFromBig(rd.LiquidityIndex)
	r.VariableBorrowIndex.SetFromBig(rd.VariableBorrowIndex)
	r.LiquidityRate.SetFromBig(rd.CurrentLiquidityRate)
	r.VariableBorrowRate.SetFromBig(rd.CurrentVariableBorrowRate)
	r.LastUpdate = rd.LastUpdateTimestamp.Uint64()
	// ReserveConfiguration bit layout (ReserveConfiguration.sol).
	cfg := rd.Configuration.Data
	bits := func(from, n uint) uint64 {
		return new(big.Int).And(new(big.Int).Rsh(cfg, from), big.NewInt(1<<n-1)).Uint64()
	}
	r.LTV, r.LiquidationThreshold, r.LiquidationBonus = uint16(bits(0, 16)), uint16(bits(16, 16)), uint16(bits(32, 16))
	r.Decimals, r.LiquidationProtocolFee, r.EModeCategory = uint8(bits(48, 8)), uint16(bits(152, 16)), uint8(bits(168, 8))
	if r.EModeCategory != 0 {
		out, err := s.call(ctx, s.p.pool, poolABI.PackGetEModeCategoryData(r.EModeCategory), block)
		if err != nil {
			return err
		}
		e, err := poolABI.UnpackGetEModeCategoryData(out)
		if err != nil {
			return err
		}
		m := &s.market.EModes[r.EModeCategory]
		m.LTV, m.LiquidationThreshold, m.LiquidationBonus = e.Ltv, e.LiquidationThreshold, e.LiquidationBonus
		if e.PriceSource != (common.Address{}) {
			if err := s.loadPrice(ctx, e.PriceSource, &m.Price, block); err != nil {
				return err
			}
		}
	}
	return s.loadPrice(ctx, a, &r.Price, block)
}

func (s *Strategy) loadPrice(ctx context.Context, asset common.Address, z *uint256.Int, block *big.Int) error {
	out, err := s.call(ctx, s.p.oracle, oracleABI.PackGetAssetPrice(asset), block)
	if err != nil {
		return err
	}
	p, err := oracleABI.UnpackGetAssetPrice(out)
	if err != nil {
		return err
	}
	z.SetFromBig(p)
	return nil
}

func (s *Strategy) loadUser(ctx context.Context, u common.Address, block *big.Int) error {
	out, err := s.call(ctx, s.p.pool, poolABI.PackGetUserConfiguration(u), block)
	if err != nil {
		return err
	}
	conf, err := poolABI.UnpackGetUserConfiguration(out)
	if err != nil {
		return err
	}
	out, err = s.call(ctx, s.p.pool, poolABI.PackGetUserEMode(u), block)
	if err != nil {
		return err
	}
	em, err := poolABI.UnpackGetUserEMode(out)
	if err != nil {
		return err
	}
	pos := &fastpath.AavePosition{EMode: uint8(em.Uint64())}
	for i := range s.reserves {
		borrowing, collateral := conf.Data.Bit(2*i) == 1, conf.Data.Bit(2*i+1) == 1
		if !borrowing && !collateral {
			continue
		}
		e := fastpath.AaveEntry{Reserve: i, Collateral: collateral, Borrowing: borrowing}
		for _, f := range []struct {
			token common.Address
			dst   *uint256.Int
		}{{s.reserves[i].aToken, &e.ScaledCollateral}, {s.reserves[i].vDebt, &e.ScaledVariableDebt}} {
			data, _ := scaledABI.Pack("scaledBalanceOf", u)
			out, err := s.call(ctx, f.token, data, block)
			if err != nil {
				return err
			}
			f.dst.SetBytes(out)
		}
		pos.Entries = append(pos.Entries, e)
	}
	s.users[u] = pos
	return nil
}

// OnEvent keeps the market in step with the chain and returns the
// liquidations that are profitable after it.
func (s *Strategy) OnEvent(ctx context.Context, ev strategies.Event) ([]strategies.Opportunity, error) {
	switch ev.Kind {
	case strategies.KindBlock:
		if ev.Header != nil && ev.Header.Time > s.now {
			s.now = ev.Header.Time
		}
		return nil, nil
	case strategies.KindLogs:
		return s.onLogs(ctx, ev)
	case strategies.KindPendingTx:
		return s.onPending(ctx, ev)
	case strategies.KindReorg:
		// Reload everything at the ancestor's successors on the next logs.
		return nil, nil
	}
	return nil, nil
}

func (s *Strategy) onLogs(ctx context.Context, ev strategies.Event) ([]strategies.Opportunity, error) {
	block := new(big.Int).SetUint64(ev.Block)
	if ev.Header != nil {
		s.now = ev.Header.Time
	}
	reserves, users := map[int]bool{}, map[common.Address]bool{}
	prices := map[int]common.Hash{}
	for _, l := range ev.Logs {
		if len(l.Topics) == 0 {
			continue
		}
		switch {
		case l.Address == s.p.pool:
			switch l.Topics[0] {
			case topicBorrow, topicSupply, topicRepay, topicWithdraw, topicReserveUpdate, topicLiquidation:
				if len(l.Topics) > 1 {
					if i, ok := s.byAsset[common.BytesToAddress(l.Topics[1].Bytes())]; ok {
						reserves[i] = true
					}
				}
				if l.Topics[0] == topicLiquidation {
					if len(l.Topics) > 2 {
						if i, ok := s.byAsset[common.BytesToAddress(l.Topics[2].Bytes())]; ok {
							reserves[i] = true
						}
					}
					if len(l.Topics) > 3 {
						users[common.BytesToAddress(l.Topics[3].Bytes())] = true
					}
				} else if len(l.Topics) > 2 && l.Topics[0] != topicReserveUpdate {
					users[common.BytesToAddress(l.Topics[2].Bytes())] = true
				}
			}
		case l.Topics[0] == topicAnswerUpdated:
			if i, ok := s.byFeed[l.Address]; ok {
				prices[i] = l.Topics[1] // the block's last answer wins
			}
		}
	}
	for i, answer := range prices {
		if !reserves[i] && !s.priceFromLog(i, answer) {
			reserves[i] = true
		}
	}
	for i := range reserves {
		if err := s.loadReserve(ctx, i, block); err != nil {
			return nil, err
		}
	}
	for u := range users {
		if err := s.loadUser(ctx, u, block); err != nil {
			return nil, err
		}
	}
	if len(reserves) == 0 && len(users) == 0 && len(prices) == 0 {
		return nil, nil
	}
	return s.scan(ctx, &s.market, ev.Block, nil)
}

// priceFromLog sets reserve i's price to a feed's AnswerUpdated answer
// without asking the node, as AaveOracle.getAssetPrice would return it
// (the source's latestAnswer when positive). It reports false where that
// is not exact and the reserve must be reloaded: a non-positive answer
// (the oracle then asks its fallback) or a market with an e-mode price
// source (its price may follow this feed).
func (s *Strategy) priceFromLog(i int, answer common.Hash) bool {
	if answer[0]&0x80 != 0 || answer == (common.Hash{}) {
		return false
	}
	for c := range s.market.EModes {
		if !s.market.EModes[c].Price.IsZero() {
			return false
		}
	}
	s.market.Reserves[i].Price.SetBytes32(answer[:])
	return true
}

// onPending applies a pending oracle update to a copy of the market.
func (s *Strategy) onPending(ctx context.Context, ev strategies.Event) ([]strategies.Opportunity, error) {
	tx := ev.Tx
	if tx == nil || tx.To() == nil || len(tx.Data()) < 4 {
		return nil, nil
	}
	i, ok := s.byFeed[*tx.To()]
	if !ok || [4]byte(tx.Data()[:4]) != [4]byte(selectorSetAnswer) {
		return nil, nil
	}
	args, err := feedABI.GetABI().Methods["setAnswer"].Inputs.Unpack(tx.Data()[4:])
	if err != nil || len(args) != 1 {
		return nil, nil
	}
	answer, _ := args[0].(*big.Int)
	if answer == nil || answer.Sign() <= 0 {
		return nil, nil // AaveOracle falls back on a non-positive answer; not modelled
	}
	m := s.market
	m.Reserves = append([]fastpath.AaveReserve(nil), s.market.Reserves...)
	m.Reserves[i].Price.SetFromBig(answer)
	m.SetTime(s.now + 12)
	return s.scan(ctx, &m, ev.Block, []*types.Transaction{tx})
}

// scan finds the liquidatable users of m and returns the proven, profitable
// liquidations of the MaxProofs largest debts, largest first (ties by
// address, so the order is stable).
func (s *Strategy) scan(ctx context.Context, m *fastpath.AaveMarket, block uint64, front []*types.Transaction) ([]strategies.Opportunity, error) {
	if m == &s.market {
		m.SetTime(s.now + 12) // the next block's time, when the bundle lands
	}
	// Rank the liquidatable accounts by debt (base currency) and prove the
	// largest first, at most MaxProofs per event: proving is the costly part
	// (an EVM run on the fork each), the fast-path scan is not.
	cands := s.liquidatable(m)
	if len(cands) > s.cfg.MaxProofs {
		s.env.Log.Debug().Int("liquidatable", len(cands)).Int("proven", s.cfg.MaxProofs).Msg("proof cap: the rest wait for the next event")
		cands = cands[:s.cfg.MaxProofs]
	}
	var ops []strategies.Opportunity
	for _, c := range cands {
		// A newer block is waiting: these proofs would be skipped as stale.
		if strategies.Superseded(ctx) {
			break
		}
		u, pos := c.user, c.pos
		op, ok, err := s.opportunity(ctx, m, u, pos, block, front)
		if err != nil {
			return ops, err
		}
		// Streamed to the executor the moment it is proven (largest debt
		// first), where the engine streams; returned otherwise.
		if ok && !strategies.Emit(ctx, op) {
			ops = append(ops, op)
		}
	}
	return ops, nil
}

// candidate is a liquidatable account and its total debt in the base
// currency.
type candidate struct {
	user common.Address
	pos  *fastpath.AavePosition
	debt uint256.Int
}

// liquidatable recomputes every tracked account's health factor in m with
// the fast path and returns those under the liquidation threshold, largest
// debt first, ties by address. Only the liquidatable accounts are sorted:
// the scan itself visits the accounts in map order.
func (s *Strategy) liquidatable(m *fastpath.AaveMarket) []candidate {
	var acct fastpath.AaveAccount
	var cands []candidate
	for u, pos := range s.users {
		if pos == nil || m.AccountData(pos, &acct) != nil || !acct.HealthFactor.Lt(fastpath.AaveLiquidationHFThreshold) {
			continue
		}
		cands = append(cands, candidate{user: u, pos: pos, debt: acct.TotalDebtBase})
	}
	sort.Slice(cands, func(i, j int) bool {
		if c := cands[i].debt.Cmp(&cands[j].debt); c != 0 {
			return c > 0
		}
		return cands[i].user.Cmp(cands[j].user) < 0
	})
	return cands
}

func (s *Strategy) opportunity(ctx context.Context, m *fastpath.AaveMarket, user common.Address, pos *fastpath.AavePosition, block uint64, front []*types.Transaction) (strategies.Opportunity, bool, error) {
	// The largest debt, then the largest collateral with a pool to the debt.
	var bestDebt, bestColl = -1, -1
	var debtVal, collVal uint256.Int
	var liq fastpath.AaveLiquidation
	max := new(uint256.Int).SetAllOne()
	for _, e := range pos.Entries {
		if !e.Borrowing {
			continue
		}
		for _, c := range pos.Entries {
			if !c.Collateral || c.Reserve == e.Reserve || s.route(c.Reserve, e.Reserve) == nil {
				continue
			}
			if m.Liquidation(pos, c.Reserve, e.Reserve, max, false, &liq) != nil {
				continue
			}
			var dv, cv uint256.Int
			dv.Mul(&liq.DebtToCover, &m.Reserves[e.Reserve].Price)
			cv.Mul(&liq.Collateral, &m.Reserves[c.Reserve].Price)
			if bestDebt < 0 || dv.Gt(&debtVal) || (dv.Eq(&debtVal) && cv.Gt(&collVal)) {
				bestDebt, bestColl, debtVal, collVal = e.Reserve, c.Reserve, dv, cv
			}
		}
	}
	if bestDebt < 0 {
		return strategies.Opportunity{}, false, nil
	}
	if err := m.Liquidation(pos, bestColl, bestDebt, max, false, &liq); err != nil {
		return strategies.Opportunity{}, false, nil
	}
	sw := s.route(bestColl, bestDebt)
	coll, debt := s.reserves[bestColl].asset, s.reserves[bestDebt].asset
	hop := keeperexecutor.KeeperExecutorHop{Pool: sw.pool.addr, TokenIn: coll, TokenOut: debt, FeeBps: 30}
	if sw.pool.v3 {
		hop.Kind, hop.FeeBps = 1, 0
	}
	params := keeperexecutor.KeeperExecutorLiquidation{
		Pool: s.p.pool, Collateral: coll, Debt: debt, User: user, DebtToCover: liq.DebtToCover.ToBig(),
		Hops: []keeperexecutor.KeeperExecutorHop{hop}, MinProfit: new(big.Int), TipWei: new(big.Int), Weth: s.p.weth,
	}
	call := strategies.Call{To: s.env.Executor, Data: execABI.PackLiquidate(params)}
	res, err := s.env.Sim.Simulate(ctx, strategies.SimRequest{Block: block, Txs: front, From: s.env.Sender, Calls: []strategies.Call{call}})
	if err != nil {
		return strategies.Opportunity{}, false, err
	}
	st := res.Steps[len(res.Steps)-1]
	for _, f := range res.Steps[:len(front)] {
		if f.Reverted {
			return strategies.Opportunity{}, false, nil
		}
	}
	if st.Reverted || len(st.ReturnData) < 32 {
		if e := s.env.Log.Debug(); e.Enabled() {
			e.Str("user", user.Hex()).Str("reason", st.RevertReason).Msg("liquidation does not simulate")
		}
		return strategies.Opportunity{}, false, nil
	}
	profit := new(big.Int).SetBytes(st.ReturnData[:32]) // in debt-asset units
	wei := s.toWei(m, bestDebt, profit)
	if wei.Cmp(s.p.minProfit) < 0 || wei.Sign() == 0 {
		return strategies.Opportunity{}, false, nil
	}
	params.MinProfit = new(big.Int).Div(new(big.Int).Mul(profit, big.NewInt(int64(10_000-s.cfg.SlippageBps))), big.NewInt(10_000))
	call.Data = execABI.PackLiquidate(params)
	p, _ := uint256.FromBig(wei)
	return strategies.Opportunity{
		ID:       fmt.Sprintf("liq:%s:%s:%s", user.Hex(), debt.Hex(), coll.Hex()),
		Kind:     strategies.KindLiquidation,
		Calls:    []strategies.Call{call},
		Front:    front,
		MinBlock: block + 1, MaxBlock: block + s.cfg.Blocks,
		Profit: p, Gas: st.GasUsed, MaxBuilderShareBps: s.cfg.BuilderShareBps,
	}, true, nil
}

// route is a configured pool holding both reserves' assets.
func (s *Strategy) route(from, to int) *swap {
	a, b := s.reserves[from].asset, s.reserves[to].asset
	for i := range s.swaps {
		sw := &s.swaps[i]
		if (sw.token0 == a && sw.token1 == b) || (sw.token0 == b && sw.token1 == a) {
			return sw
		}
	}
	return nil
}

// toWei values an amount of a reserve's asset in wei at the oracle's prices
// (asset price / WETH price, both in the base currency).
func (s *Strategy) toWei(m *fastpath.AaveMarket, r int, amount *big.Int) *big.Int {
	wi, ok := s.byAsset[s.p.weth]
	if !ok || m.Reserves[wi].Price.IsZero() {
		return new(big.Int)
	}
	v := new(big.Int).Mul(amount, m.Reserves[r].Price.ToBig())
	v.Mul(v, big.NewInt(1e18))
	v.Div(v, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(m.Reserves[r].Decimals)), nil))
	return v.Div(v, m.Reserves[wi].Price.ToBig())
}
