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
// Health factors are kept in a fastpath.AaveBook (flat arrays over every
// borrower): a position event re-evaluates that account (SetScaled), a
// price answer only the accounts exposed to that reserve (Reprice), and a
// moved clock or reserve every account (ScanFull). After each block's work
// the book is advanced to the following block's time, off the path from a
// new block to its first bundle.
//
// For a liquidatable borrower it sizes every (collateral, debt) pair that
// a configured pool can sell the collateral into: the flash-loan amount
// that maximises what the executor earns (the sale of the seized
// collateral, quoted exactly on the pool's state followed from its logs,
// minus the debt repaid and the flash-loan premium), within what
// liquidationCall takes (close factor, the user's collateral), and keeps
// the best pair and pool net of gas at the next block's base fee (size.go).
// Liquidations chosen earlier in the same scan move the pool state the
// later ones are sized on, as they land before them. The call is proven
// once on a fork of the block through the keeper's executor contract
// (abis/src/KeeperExecutor.sol), exactly as the executor will simulate it,
// with its on-chain minimum profit already set; the opportunity carries
// the profit in wei (oracle prices). The pending-oracle path recomputes, on
// its copy of the market, the accounts exposed to the moved reserve with
// AaveMarket.AccountData and takes the others' state from the book.
//
// Init reads every borrower's position in JSON-RPC batches of 1,000
// eth_calls when Env.Chain is an *ethclient.Client, one call each
// otherwise; a V3 pool's state is its logs replayed from block 0 (right on
// a devnet and for young pools; an old mainnet pool wants a snapshot).
// With max_gas_price_gwei set, nothing is proposed while the next block's
// base fee is above it.
//
// Stable-rate debt is not tracked (disabled on Aave V3 markets since 2023).
//
// It imports the plugin API and the sim packages only, never the engine.
package liquidation

import (
	"context"
	"fmt"
	"math"
	"math/big"
	"slices"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
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

// Strategy is the liquidation strategy. OnEvent runs one event at a time.
type Strategy struct {
	cfg Config
	p   parsed
	env strategies.Env

	reserves []reserve
	byAsset  map[common.Address]int
	byFeed   map[common.Address]int
	market   fastpath.AaveMarket
	premium  uint64 // FLASHLOAN_PREMIUM_TOTAL, bps
	swaps    []swap
	byPool   map[common.Address]int
	now      uint64        // timestamp of the latest block seen
	head     *types.Header // the latest block seen (base fee)
	// poolsStale: a reorg was announced; the V3 pools are reloaded at the
	// next logs (V2 pairs follow from Sync, which carries the reserves).
	poolsStale bool

	// Borrowers: account i of the book is addrs[i] with position pos[i].
	users   map[common.Address]int
	addrs   []common.Address
	pos     []fastpath.AavePosition
	book    *fastpath.AaveBook
	rebuild bool     // positions changed shape: make a new book
	scanned uint64   // market time of the book's last ScanFull (0: none)
	under   []uint32 // accounts under 1 at the book's state, ascending
	scratch []uint32
	states  []poolState
	layout  *layout // where positions are in storage (fetchPositions)
	// expo[r] are the accounts with an entry in reserve r (as the book).
	expo [][]int32
	// prevUnder is under as it was at prevScanned, before the last advance.
	prevUnder   []uint32
	prevScanned uint64
	top         topCandidates // the scan's candidates (bookCandidates...)
	floor       kthLargest    // bookCandidates: the k-th largest lower bound of a debt
	bounded     []boundedDebt
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

// Subscriptions asks for the pool's, the feeds' and the swap pools' logs,
// for pending transactions (oracle updates to backrun) and for new blocks:
// a block without a matching log still moves the clock that interest
// accrues by, and a strategy whose clock lagged would size a liquidation on
// last block's debt (a few wei of interest short), differently from one
// started later.
func (s *Strategy) Subscriptions() strategies.Subscriptions {
	addrs := []common.Address{s.p.pool}
	for _, r := range s.reserves {
		addrs = append(addrs, r.feed)
	}
	for _, sp := range s.p.swaps {
		addrs = append(addrs, sp.addr)
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

// Init loads the market and the swap pools and discovers borrowers from
// the pool's events.
func (s *Strategy) Init(ctx context.Context, env strategies.Env) error {
	s.env = env
	if env.Sim == nil || env.Executor == (common.Address{}) {
		return fmt.Errorf("%s: needs a simulator and the executor contract address", Name)
	}
	head, err := env.Chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	s.now, s.head = head.Time, head
	out, err := s.call(ctx, s.p.pool, poolABI.PackGetReservesList(), head.Number)
	if err != nil {
		return err
	}
	assets, err := poolABI.UnpackGetReservesList(out)
	if err != nil {
		return err
	}
	if out, err = s.call(ctx, s.p.pool, poolABI.PackFLASHLOANPREMIUMTOTAL(), head.Number); err != nil {
		return err
	}
	premium, err := poolABI.UnpackFLASHLOANPREMIUMTOTAL(out)
	if err != nil {
		return err
	}
	s.premium = premium.Uint64()
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
	if err := s.loadPools(ctx, head.Number); err != nil {
		return err
	}
	logs, err := env.Chain.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(s.cfg.FromBlock), ToBlock: head.Number,
		Addresses: []common.Address{s.p.pool}, Topics: [][]common.Hash{{topicBorrow, topicSupply}},
	})
	if err != nil {
		return fmt.Errorf("%s: discover borrowers: %w", Name, err)
	}
	s.users = map[common.Address]int{}
	var found []common.Address
	for _, l := range logs {
		if len(l.Topics) > 2 {
			u := common.BytesToAddress(l.Topics[2].Bytes())
			if _, ok := s.users[u]; !ok {
				s.users[u] = -1
				found = append(found, u)
			}
		}
	}
	// Accounts in address order: the book's order, and so the scans', is
	// the same in every process that tracks the same borrowers.
	sort.Slice(found, func(i, j int) bool { return found[i].Cmp(found[j]) < 0 })
	if _, err := s.loadUsers(ctx, found, head.Number); err != nil {
		return err
	}
	if err := s.update(false, nil, nil); err != nil { // the book, scanned at the next block's time
		return err
	}
	env.Log.Info().Int("reserves", len(assets)).Int("borrowers", len(s.addrs)).Int("swap_pools", len(s.swaps)).Msg("liquidation strategy ready")
	return nil
}

// sameShape: the same e-mode and the same entries (reserves and sides).
func sameShape(a, b *fastpath.AavePosition) bool {
	if a.EMode != b.EMode || len(a.Entries) != len(b.Entries) {
		return false
	}
	for j := range a.Entries {
		x, y := &a.Entries[j], &b.Entries[j]
		if x.Reserve != y.Reserve || x.Collateral != y.Collateral || x.Borrowing != y.Borrowing {
			return false
		}
	}
	return true
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

// OnEvent keeps the market in step with the chain and returns the
// liquidations that are profitable after it.
func (s *Strategy) OnEvent(ctx context.Context, ev strategies.Event) ([]strategies.Opportunity, error) {
	if ev.Header != nil && (s.head == nil || ev.Header.Number.Cmp(s.head.Number) >= 0) {
		s.head = ev.Header
	}
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
		// The pools are read again at the next logs (loadPools at that
		// block). Positions, reserves and prices are reloaded only where
		// the new branch's logs touch them: what only the dropped blocks
		// changed stays until a later event touches it.
		s.poolsStale = true
		return nil, nil
	}
	return nil, nil
}

func (s *Strategy) onLogs(ctx context.Context, ev strategies.Event) ([]strategies.Opportunity, error) {
	block := new(big.Int).SetUint64(ev.Block)
	if ev.Header != nil {
		s.now = ev.Header.Time
	}
	// reloaded: the pools were just read at this block, its logs included
	// (a V3 Mint or Burn applied again would count its liquidity twice).
	reloaded := s.poolsStale
	if s.poolsStale {
		if err := s.loadPools(ctx, block); err != nil {
			return nil, err
		}
		s.poolsStale = false
	}
	reserves, users := map[int]bool{}, map[common.Address]bool{}
	prices := map[int]common.Hash{}
	for i := range ev.Logs {
		l := &ev.Logs[i]
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
		default:
			if reloaded {
				continue
			}
			if _, err := s.applyPoolLog(l); err != nil {
				return nil, err
			}
		}
	}
	moved := make([]int, 0, len(prices))
	for i, answer := range prices {
		if !reserves[i] {
			if s.priceFromLog(i, answer) {
				moved = append(moved, i)
			} else {
				reserves[i] = true
			}
		}
	}
	for i := range reserves {
		if err := s.loadReserve(ctx, i, block); err != nil {
			return nil, err
		}
	}
	list := make([]common.Address, 0, len(users))
	for u := range users {
		list = append(list, u)
	}
	sort.Slice(list, func(i, j int) bool { return list[i].Cmp(list[j]) < 0 })
	same, err := s.loadUsers(ctx, list, block)
	if err != nil {
		return nil, err
	}
	if len(reserves) == 0 && len(users) == 0 && len(prices) == 0 {
		// Nothing for the book; still move it to the next block's next
		// block, so that a price answer there is a Reprice.
		if s.scanned != 0 && s.scanned != s.now+24 {
			s.advance(s.now + 24)
		}
		return nil, nil
	}
	if err := s.update(len(reserves) > 0, moved, same); err != nil {
		return nil, err
	}
	ops, err := s.scan(ctx, &s.market, ev.Block, nil, -1)
	if err == nil {
		// The next block's scan finds the book at its time already.
		s.advance(s.now + 24)
	}
	return ops, err
}

// update brings the book to the market's state at the next block's time:
// a new book when positions changed shape, every account when the clock
// or a reserve moved (ScanFull), else only the accounts a price answer or
// a position event touched (Reprice, SetScaled).
func (s *Strategy) update(reservesMoved bool, prices, users []int) error {
	now := s.now + 12
	s.market.SetTime(now)
	if s.book == nil || s.rebuild {
		b, err := fastpath.NewAaveBook(&s.market, s.pos)
		if err != nil {
			return fmt.Errorf("%s: book of %d positions: %w", Name, len(s.pos), err)
		}
		s.book, s.rebuild, s.scanned, s.prevScanned = b, false, 0, 0
		s.expo = make([][]int32, len(s.market.Reserves))
		for i := range s.pos {
			for _, e := range s.pos[i].Entries {
				s.expo[e.Reserve] = append(s.expo[e.Reserve], int32(i))
			}
		}
	}
	if s.scanned != now || reservesMoved {
		for _, i := range users {
			s.setScaled(i)
		}
		s.scanFull(now)
		return nil
	}
	for _, r := range prices {
		s.scratch = s.book.Reprice(r, s.scratch)
		s.under = mergeUnder(s.under, s.scratch, func(a uint32) bool { return exposed(&s.pos[a], r) })
	}
	for _, i := range users {
		under := s.setScaled(i)
		s.scratch = s.scratch[:0]
		if under {
			s.scratch = append(s.scratch, uint32(i))
		}
		s.under = mergeUnder(s.under, s.scratch, func(a uint32) bool { return int(a) == i })
	}
	return nil
}

// setScaled gives the book account i's balances; false when it is not
// under 1 (or the book lacks an entry: it is rebuilt at the next update).
func (s *Strategy) setScaled(i int) bool {
	under := false
	for j := range s.pos[i].Entries {
		e := &s.pos[i].Entries[j]
		for _, side := range []struct {
			on, debt bool
			v        *uint256.Int
		}{{e.Collateral, false, &e.ScaledCollateral}, {e.Borrowing, true, &e.ScaledVariableDebt}} {
			if !side.on {
				continue
			}
			u, found := s.book.SetScaled(i, e.Reserve, side.debt, side.v)
			if !found {
				s.rebuild = true
			}
			under = u
		}
	}
	return under
}

// scanFull rescans every account at the market's time now.
func (s *Strategy) scanFull(now uint64) {
	s.under = s.book.ScanFull(s.under)
	s.scanned = now
}

// advance moves the book to the market at time now (the block after the
// next), so that the next block's scan, when its clock is now, only
// re-evaluates what its logs touched.
func (s *Strategy) advance(now uint64) {
	if s.book == nil || s.rebuild {
		return
	}
	s.prevUnder, s.prevScanned = append(s.prevUnder[:0], s.under...), s.scanned
	s.market.SetTime(now)
	s.scanFull(now)
}

// exposed: the position has an entry in reserve r.
func exposed(p *fastpath.AavePosition, r int) bool {
	for j := range p.Entries {
		if p.Entries[j].Reserve == r {
			return true
		}
	}
	return false
}

// mergeUnder replaces, in the ascending list under, the accounts for which
// redone is true by those of fresh (ascending), in place where it can.
func mergeUnder(under, fresh []uint32, redone func(uint32) bool) []uint32 {
	kept := under[:0]
	for _, a := range under {
		if !redone(a) {
			kept = append(kept, a)
		}
	}
	kept = append(kept, fresh...)
	slices.Sort(kept)
	return slices.Compact(kept)
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
	return s.scan(ctx, &m, ev.Block, []*types.Transaction{tx}, i)
}

// scan returns the proven, profitable liquidations of the liquidatable
// users of m (the book's for the strategy's own market), largest debt first
// (ties by address, so the order is stable), at most MaxProofs proofs.
// Each is sized on the swap pools as the earlier ones leave them.
// For a copy of the market whose reserve moved's price a pending update
// changed, only the accounts exposed to it are recomputed (pendingCandidates).
func (s *Strategy) scan(ctx context.Context, m *fastpath.AaveMarket, block uint64, front []*types.Transaction, moved int) ([]strategies.Opportunity, error) {
	// Sizing is cheap next to a proof (an EVM run on the fork each), but
	// not free: at most 4 × MaxProofs accounts are sized per event.
	k := 4 * s.cfg.MaxProofs
	var cands []candidate
	if m == &s.market {
		m.SetTime(s.now + 12) // the next block's time, when the bundle lands
		cands = s.bookCandidates(k)
	} else {
		cands = s.pendingCandidates(m, moved, k)
	}
	if len(cands) == 0 {
		return nil, nil
	}
	baseFee := s.nextBaseFee()
	if s.cfg.MaxGasPriceGwei > 0 && baseFee.Gt(new(uint256.Int).Mul(uint256.NewInt(s.cfg.MaxGasPriceGwei), uint256.NewInt(params.GWei))) {
		s.env.Log.Debug().Str("base_fee_wei", baseFee.Dec()).Uint64("max_gas_price_gwei", s.cfg.MaxGasPriceGwei).Msg("next base fee over the cap: no liquidation")
		return nil, nil
	}
	gasWei := new(uint256.Int).Mul(baseFee, uint256.NewInt(s.cfg.GasEstimate))
	s.states = s.states[:0]
	states := s.poolStates(s.states)
	s.states = states
	var ops []strategies.Opportunity
	proofs, unprofitable := 0, 0
	defer func() {
		if e := s.env.Log.Debug(); e.Enabled() {
			e.Int("liquidatable", len(cands)).Int("unprofitable", unprofitable).Int("proven", proofs).Str("gas_wei", gasWei.Dec()).Msg("liquidation scan")
		}
	}()
	for ci := range cands {
		if proofs >= s.cfg.MaxProofs {
			s.env.Log.Debug().Int("liquidatable", len(cands)).Int("proven", proofs).Msg("proof cap: the rest wait for the next event")
			break
		}
		// A newer block is waiting: these proofs would be skipped as stale.
		if strategies.Superseded(ctx) {
			break
		}
		c := &cands[ci]
		pl, ok := s.plan(m, c, states, gasWei)
		if !ok {
			unprofitable++
			continue
		}
		proofs++
		op, ok, err := s.prove(ctx, m, c, &pl, block, front)
		if err != nil {
			return ops, err
		}
		if !ok {
			continue
		}
		// It lands before the ones proven after it: they sell into the
		// pool as it leaves it.
		if err := states[pl.route].apply(&pl.best.Liq.Collateral, pl.zeroForOne); err != nil {
			return ops, fmt.Errorf("%s: apply the sale to %s: %w", Name, s.swaps[pl.route].pool.addr, err)
		}
		// Streamed to the executor the moment it is proven (largest debt
		// first), where the engine streams; returned otherwise.
		if !strategies.Emit(ctx, op) {
			ops = append(ops, op)
		}
	}
	return ops, nil
}

// nextBaseFee is the base fee of the block after the latest head (zero
// before a head with one was seen).
func (s *Strategy) nextBaseFee() *uint256.Int {
	if s.head == nil || s.head.BaseFee == nil {
		return new(uint256.Int)
	}
	bf, _ := uint256.FromBig(eip1559.CalcBaseFee(londonRules, s.head))
	return bf
}

// londonRules: base fees with the protocol's constants (every keeper chain
// is past London; devnets from genesis).
var londonRules = func() *params.ChainConfig {
	c := *params.AllDevChainProtocolChanges
	return &c
}()

// poolStates copies the pools' state for one scan into buf.
func (s *Strategy) poolStates(buf []poolState) []poolState {
	for i := range s.swaps {
		sw := &s.swaps[i]
		buf = append(buf, poolState{v3: sw.pool.v3, v2: sw.v2, p3: sw.v3})
	}
	return buf
}

// candidate is a liquidatable account and its total debt in the base
// currency.
type candidate struct {
	user common.Address
	pos  *fastpath.AavePosition
	debt uint256.Int
}

// ranks reports whether a is proven before b: the larger debt first, ties
// by address (so the order is the same in every process).
func ranks(a, b *candidate) bool {
	if c := a.debt.Cmp(&b.debt); c != 0 {
		return c > 0
	}
	return a.user.Cmp(b.user) < 0
}

// topCandidates keeps the k best-ranked candidates it is offered: a heap
// whose root is the worst kept, so that ranking thousands of accounts under
// 1 for the few proven costs O(n log k) and k slots, not a sort of them all.
type topCandidates struct {
	k int
	h []candidate
}

func (t *topCandidates) reset(k int) {
	t.k, t.h = k, t.h[:0]
}

func (t *topCandidates) offer(c *candidate) {
	h := t.h
	if len(h) < t.k {
		h = append(h, *c)
		for i := len(h) - 1; i > 0; {
			p := (i - 1) / 2
			if !ranks(&h[p], &h[i]) {
				break
			}
			h[p], h[i] = h[i], h[p]
			i = p
		}
		t.h = h
		return
	}
	if len(h) == 0 || !ranks(c, &h[0]) {
		return
	}
	h[0] = *c
	for i := 0; ; {
		w, l := i, 2*i+1
		if l < len(h) && ranks(&h[w], &h[l]) {
			w = l
		}
		if r := l + 1; r < len(h) && ranks(&h[w], &h[r]) {
			w = r
		}
		if w == i {
			break
		}
		h[i], h[w] = h[w], h[i]
		i = w
	}
}

// byRank orders candidates best first, for slices.SortFunc.
func byRank(a, b candidate) int {
	switch {
	case ranks(&a, &b):
		return -1
	case ranks(&b, &a):
		return 1
	}
	return 0
}

// sorted returns the kept candidates, best first; valid until the next reset.
func (t *topCandidates) sorted() []candidate {
	slices.SortFunc(t.h, byRank)
	return t.h
}

// bookCandidates are the k best-ranked of the book's accounts under 1.
// The float pass bounds each debt first (AaveBook.DebtBounds): an account
// whose upper bound is below the k-th largest lower bound has k accounts
// with a larger debt and cannot rank, so only the others get their exact
// Totals (about k of the thousands under 1 after an oracle move).
func (s *Strategy) bookCandidates(k int) []candidate {
	s.top.reset(k)
	s.floor.reset(k)
	s.bounded = s.bounded[:0]
	for _, a := range s.under {
		lo, hi, ok := s.book.DebtBounds(int(a))
		if !ok {
			s.offerExact(a)
			continue
		}
		s.floor.offer(lo)
		s.bounded = append(s.bounded, boundedDebt{acct: a, hi: hi})
	}
	floor, failed := s.floor.kth(), false
	for _, x := range s.bounded {
		if x.hi >= floor && !s.offerExact(x.acct) {
			failed = true
		}
	}
	if failed {
		// An account counted in the floor had no exact debt after all
		// (the float pass's limits say it cannot happen): rank them all.
		for _, x := range s.bounded {
			if x.hi < floor {
				s.offerExact(x.acct)
			}
		}
	}
	return s.top.sorted()
}

// offerExact offers account a to the top candidates with its exact debt;
// false when the contract would revert computing it.
func (s *Strategy) offerExact(a uint32) bool {
	_, debt, ok := s.book.Totals(int(a))
	if ok {
		s.top.offer(&candidate{user: s.addrs[a], pos: &s.pos[a], debt: debt})
	}
	return ok
}

// boundedDebt is an account under 1 and the upper bound of its debt.
type boundedDebt struct {
	acct uint32
	hi   float64
}

// kthLargest keeps the k largest values it is offered in a min-heap: kth
// is the k-th largest, −Inf while fewer than k were offered.
type kthLargest struct {
	k int
	h []float64
}

func (t *kthLargest) reset(k int) { t.k, t.h = k, t.h[:0] }

func (t *kthLargest) offer(v float64) {
	h := t.h
	if len(h) < t.k {
		h = append(h, v)
		for i := len(h) - 1; i > 0; {
			p := (i - 1) / 2
			if h[p] <= h[i] {
				break
			}
			h[p], h[i] = h[i], h[p]
			i = p
		}
		t.h = h
		return
	}
	if len(h) == 0 || v <= h[0] {
		return
	}
	h[0] = v
	for i := 0; ; {
		m, l := i, 2*i+1
		if l < len(h) && h[l] < h[m] {
			m = l
		}
		if r := l + 1; r < len(h) && h[r] < h[m] {
			m = r
		}
		if m == i {
			break
		}
		h[i], h[m] = h[m], h[i]
		i = m
	}
}

func (t *kthLargest) kth() float64 {
	if len(t.h) < t.k || t.k == 0 {
		return math.Inf(-1)
	}
	return t.h[0]
}

// liquidatable recomputes every tracked account's health factor in m with
// AaveMarket.AccountData and returns the k best-ranked of those under the
// liquidation threshold: the scan of a market other than the book's (a
// pending oracle update applied to a copy).
func (s *Strategy) liquidatable(m *fastpath.AaveMarket, k int) []candidate {
	var acct fastpath.AaveAccount
	s.top.reset(k)
	for i := range s.pos {
		pos := &s.pos[i]
		if m.AccountData(pos, &acct) != nil || !acct.HealthFactor.Lt(fastpath.AaveLiquidationHFThreshold) {
			continue
		}
		s.top.offer(&candidate{user: s.addrs[i], pos: pos, debt: acct.TotalDebtBase})
	}
	return s.top.sorted()
}

// pendingCandidates are the k best-ranked accounts under 1 in m, a copy of
// the market at the next block's time where only reserve r's price
// differs: AccountData for the accounts exposed to r, and the book's
// accounts under 1 at that time (before or after its last advance) for the
// others, whose health factor the move does not change. Without the book
// at that time, AccountData over every position (liquidatable).
func (s *Strategy) pendingCandidates(m *fastpath.AaveMarket, r, k int) []candidate {
	t := m.Time()
	var under []uint32
	switch {
	case s.book == nil || s.rebuild || r < 0 || r >= len(s.expo):
		return s.liquidatable(m, k)
	case s.scanned == t:
		under = s.under
	case s.prevScanned == t:
		under = s.prevUnder
	default:
		return s.liquidatable(m, k)
	}
	var acct fastpath.AaveAccount
	s.top.reset(k)
	add := func(i int) {
		pos := &s.pos[i]
		if m.AccountData(pos, &acct) == nil && acct.HealthFactor.Lt(fastpath.AaveLiquidationHFThreshold) {
			s.top.offer(&candidate{user: s.addrs[i], pos: pos, debt: acct.TotalDebtBase})
		}
	}
	for _, i := range s.expo[r] {
		add(int(i))
	}
	for _, a := range under {
		if !exposed(&s.pos[a], r) {
			add(int(a))
		}
	}
	return s.top.sorted()
}

// plan is the best liquidation of one account: its pair, pool and size.
type plan struct {
	coll, debt int
	route      int // index in swaps
	zeroForOne bool
	best       sized
	wei        *big.Int // best.Profit in wei
}

// plan sizes every (collateral, debt) pair of c through every configured
// pool holding both assets, on the scan's pool states, and keeps the one
// that earns the most wei; ok is false when none earns the minimum profit
// and its gas (gasWei) at the oracle's prices.
func (s *Strategy) plan(m *fastpath.AaveMarket, c *candidate, states []poolState, gasWei *uint256.Int) (plan, bool) {
	var best plan
	found := false
	z := sizing{m: m, pos: c.pos, premiumBps: s.premium}
	var r sized
	for _, e := range c.pos.Entries {
		if !e.Borrowing {
			continue
		}
		for _, col := range c.pos.Entries {
			if !col.Collateral || col.Reserve == e.Reserve {
				continue
			}
			a, b := s.reserves[col.Reserve].asset, s.reserves[e.Reserve].asset
			for k := range s.swaps {
				sw := &s.swaps[k]
				if !(sw.token0 == a && sw.token1 == b) && !(sw.token0 == b && sw.token1 == a) {
					continue
				}
				z.coll, z.debt, z.pool, z.zeroForOne = col.Reserve, e.Reserve, &states[k], sw.token0 == a
				if z.hopeless() {
					continue
				}
				z.size(&r)
				if !r.OK {
					continue
				}
				wei := s.toWei(m, e.Reserve, r.Profit.ToBig())
				if !found || wei.Cmp(best.wei) > 0 {
					best = plan{coll: col.Reserve, debt: e.Reserve, route: k, zeroForOne: z.zeroForOne, best: r, wei: wei}
					found = true
				}
			}
		}
	}
	if !found || best.wei.Sign() <= 0 || best.wei.Cmp(s.p.minProfit) < 0 || best.wei.Cmp(gasWei.ToBig()) <= 0 {
		return best, false
	}
	return best, true
}

// prove runs the planned call once on the fork of block, as the executor
// will simulate it (the same request: the same run where the engine shares
// simulations), with its on-chain minimum profit already set.
func (s *Strategy) prove(ctx context.Context, m *fastpath.AaveMarket, c *candidate, pl *plan, block uint64, front []*types.Transaction) (strategies.Opportunity, bool, error) {
	sw := &s.swaps[pl.route]
	coll, debt := s.reserves[pl.coll].asset, s.reserves[pl.debt].asset
	hop := keeperexecutor.KeeperExecutorHop{Pool: sw.pool.addr, TokenIn: coll, TokenOut: debt, FeeBps: v2FeeBps}
	if sw.pool.v3 {
		hop.Kind, hop.FeeBps = 1, 0
	}
	minProfit := new(big.Int).Mul(pl.best.Profit.ToBig(), big.NewInt(int64(10_000-s.cfg.SlippageBps)))
	minProfit.Div(minProfit, big.NewInt(10_000))
	params := keeperexecutor.KeeperExecutorLiquidation{
		Pool: s.p.pool, Collateral: coll, Debt: debt, User: c.user, DebtToCover: pl.best.DebtToCover.ToBig(),
		Hops: []keeperexecutor.KeeperExecutorHop{hop}, MinProfit: minProfit, TipWei: new(big.Int), Weth: s.p.weth,
	}
	call := strategies.Call{To: s.env.Executor, Data: execABI.PackLiquidate(params)}
	res, err := s.env.Sim.Simulate(ctx, strategies.SimRequest{Block: block, Txs: front, From: s.env.Sender, Calls: []strategies.Call{call}})
	if err != nil {
		return strategies.Opportunity{}, false, err
	}
	if len(res.Steps) != len(front)+1 {
		return strategies.Opportunity{}, false, fmt.Errorf("%s: simulation returned %d steps for %d", Name, len(res.Steps), len(front)+1)
	}
	for _, f := range res.Steps[:len(front)] {
		if f.Reverted {
			return strategies.Opportunity{}, false, nil
		}
	}
	st := res.Steps[len(front)]
	if st.Reverted || len(st.ReturnData) < 32 {
		if e := s.env.Log.Debug(); e.Enabled() {
			e.Str("user", c.user.Hex()).Str("reason", st.RevertReason).Str("debt_to_cover", pl.best.DebtToCover.Dec()).Msg("liquidation does not simulate")
		}
		return strategies.Opportunity{}, false, nil
	}
	profit := new(uint256.Int).SetBytes(st.ReturnData[:32]) // in debt-asset units
	// The fork runs on the pools as they are; the fast path sized on them
	// as the liquidations before this one leave them. Compare like with
	// like: the fast path's profit for the same call on the pools as they are.
	var fresh sized
	z := sizing{m: m, pos: c.pos, coll: pl.coll, debt: pl.debt, zeroForOne: pl.zeroForOne, premiumBps: s.premium}
	z.premiumUnit.SetUint64(s.premium)
	base := poolState{v3: sw.pool.v3, v2: sw.v2, p3: sw.v3}
	z.pool = &base
	z.eval(&fresh, &pl.best.DebtToCover)
	if !fresh.OK || !fresh.Profit.Eq(profit) {
		// The fast path is exact: a difference means the model missed a
		// change (a log not seen yet). Trust the fork, and say so.
		s.env.Log.Warn().Str("user", c.user.Hex()).Str("fast_path", fresh.Profit.Dec()).Str("simulated", profit.Dec()).Msg("fast path and fork disagree")
	}
	if profit.Gt(&pl.best.Profit) {
		profit.Set(&pl.best.Profit) // what it earns behind the earlier ones
	}
	wei := s.toWei(m, pl.debt, profit.ToBig())
	if wei.Cmp(s.p.minProfit) < 0 || wei.Sign() == 0 {
		return strategies.Opportunity{}, false, nil
	}
	p, _ := uint256.FromBig(wei)
	return strategies.Opportunity{
		ID:       fmt.Sprintf("liq:%s:%s:%s", c.user.Hex(), debt.Hex(), coll.Hex()),
		Kind:     strategies.KindLiquidation,
		Calls:    []strategies.Call{call},
		Front:    front,
		MinBlock: block + 1, MaxBlock: block + s.cfg.Blocks,
		Profit: p, Gas: st.GasUsed, MaxBuilderShareBps: s.cfg.BuilderShareBps,
	}, true, nil
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
