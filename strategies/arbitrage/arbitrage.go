// Package arbitrage is keeperkit's Uniswap V2/V3 cycle strategy.
//
// It builds the pool graph from the configured factories' PairCreated and
// PoolCreated events, keeps every pool's state exactly (V2 reserves from
// Sync logs; V3 slot0, liquidity and initialized ticks from the pool's own
// Initialize, Mint, Burn and Swap logs, replayed from its creation), and
// after every block that touched a pool sizes each 2- and 3-pool cycle
// through it that starts and ends in WETH with the uint256 fast path
// (sim/fastpath.SizeCycle: closed form for V2 cycles, exact integer search
// otherwise), net of the gas the cycle costs at the block's base fee. A
// profitable cycle is proven on a fork of the block through the keeper's
// executor contract, which funds it from its first hop (a V2 flash swap or
// the V3 swap callback) and returns the profit.
//
// With backrun_hints = true it also reads MEV-Share hints: a hint whose
// logs carry a watched pool's new state (the "logs" hint) is backrun with
// the best cycle on that state, sent as mev_sendBundle behind the hinted
// transaction (Opportunity.HintHash); hint.go says what is done when the
// logs are redacted.
//
// Replaying a V3 pool's history is right for a devnet and for young pools;
// a mainnet deployment with old pools should seed ticks from a snapshot
// (TickLens) instead: not done yet.
//
// It imports the plugin API and the sim packages only, never the engine.
package arbitrage

import (
	"context"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/keeperkit/keeperkit/abis/bindings/keeperexecutor"
	"github.com/keeperkit/keeperkit/abis/bindings/univ2factory"
	"github.com/keeperkit/keeperkit/abis/bindings/univ2pair"
	"github.com/keeperkit/keeperkit/abis/bindings/univ3factory"
	"github.com/keeperkit/keeperkit/sim/fastpath"
	"github.com/keeperkit/keeperkit/strategies"
)

// Name is the registered name and the config section.
const Name = "arbitrage"

func init() { strategies.Register(Name, New) }

// Config is the [strategies.arbitrage] section.
type Config struct {
	// V2Factories and V3Factories are watched for pools; at least one.
	V2Factories []string `toml:"v2_factories"`
	V3Factories []string `toml:"v3_factories"`
	// WETH is the start and end of every cycle and the unit of profit; required.
	WETH string `toml:"weth"`
	// V2FeeBps is the V2 factories' swap fee; default 30.
	V2FeeBps uint32 `toml:"v2_fee_bps"`
	// MaxHops is the longest cycle: 2 or 3; default 3.
	MaxHops int `toml:"max_hops"`
	// MinProfitWei: cycles earning less after gas are not returned; default "0".
	MinProfitWei string `toml:"min_profit_wei"`
	// GasEstimate is the gas a cycle is charged while sizing it; default 300,000.
	GasEstimate uint64 `toml:"gas_estimate"`
	// FromBlock is where pool discovery starts; default 0.
	FromBlock uint64 `toml:"from_block"`
	// Blocks an opportunity stays valid; default 1.
	Blocks uint64 `toml:"blocks"`
	// BuilderShareBps caps the share of profit paid to the builder; default 9000.
	BuilderShareBps uint16 `toml:"builder_share_bps"`
	// BackrunHints turns on MEV-Share backruns: on a hint whose logs show a
	// swap on a watched pool, the best cycle through it on the post-swap
	// state is sent as a backrun of the hinted transaction (see hint.go);
	// default false. The keeper must have a hint stream (a relay's hints_url).
	BackrunHints bool `toml:"backrun_hints"`
}

// DefaultConfig is the configuration before the section is decoded.
func DefaultConfig() Config {
	return Config{V2FeeBps: 30, MaxHops: 3, MinProfitWei: "0", GasEstimate: 300_000, Blocks: 1, BuilderShareBps: 9000}
}

var (
	execABI  = keeperexecutor.NewKeeperExecutor()
	v2FacABI = univ2factory.NewUniswapV2Factory()
	v3FacABI = univ3factory.NewUniswapV3Factory()
	pairABI  = univ2pair.NewUniswapV2Pair()

	topicPairCreated = v2FacABI.GetABI().Events["PairCreated"].ID
	topicPoolCreated = v3FacABI.GetABI().Events["PoolCreated"].ID
)

// pool is one watched pair or pool.
type pool struct {
	addr           common.Address
	token0, token1 common.Address
	v2             *fastpath.V2Pair
	v3             *fastpath.V3Pool
}

// cycle is a WETH → … → WETH route.
type cycle struct {
	pools []*pool
	legs  []fastpath.Leg
	hops  []keeperexecutor.KeeperExecutorHop
	key   string
}

// Strategy is the arbitrage strategy. OnEvent runs one event at a time.
type Strategy struct {
	cfg       Config
	weth      common.Address
	minProfit *uint256.Int
	v2f, v3f  []common.Address
	env       strategies.Env

	pools  map[common.Address]*pool
	cycles []*cycle
	byPool map[common.Address][]*cycle

	// head is the latest block seen (KindBlock or KindLogs): hints carry no
	// header, so a backrun is priced at its base fee.
	head *types.Header
}

var (
	_ strategies.Strategy   = (*Strategy)(nil)
	_ strategies.Subscriber = (*Strategy)(nil)
)

// New decodes [strategies.arbitrage] strictly and builds the strategy.
func New(decode func(v any) error) (strategies.Strategy, error) {
	cfg := DefaultConfig()
	if err := decode(&cfg); err != nil {
		return nil, err
	}
	s := &Strategy{cfg: cfg}
	bad := func(format string, a ...any) (strategies.Strategy, error) {
		return nil, fmt.Errorf("strategies.%s: "+format, append([]any{Name}, a...)...)
	}
	if !common.IsHexAddress(cfg.WETH) {
		return bad("weth = %q: want a 0x address", cfg.WETH)
	}
	s.weth = common.HexToAddress(cfg.WETH)
	for _, l := range []struct {
		key string
		in  []string
		out *[]common.Address
	}{{"v2_factories", cfg.V2Factories, &s.v2f}, {"v3_factories", cfg.V3Factories, &s.v3f}} {
		for i, a := range l.in {
			if !common.IsHexAddress(a) {
				return bad("%s[%d] = %q: want a 0x address", l.key, i, a)
			}
			*l.out = append(*l.out, common.HexToAddress(a))
		}
	}
	if len(s.v2f)+len(s.v3f) == 0 {
		return bad("v2_factories, v3_factories: want at least one factory")
	}
	if cfg.MaxHops != 2 && cfg.MaxHops != 3 {
		return bad("max_hops = %d: want 2 or 3", cfg.MaxHops)
	}
	if cfg.V2FeeBps >= 10_000 || cfg.BuilderShareBps > 10_000 || cfg.Blocks == 0 || cfg.Blocks > 25 {
		return bad("v2_fee_bps = %d, builder_share_bps = %d, blocks = %d: out of range", cfg.V2FeeBps, cfg.BuilderShareBps, cfg.Blocks)
	}
	v, err := uint256.FromDecimal(cfg.MinProfitWei)
	if err != nil {
		return bad("min_profit_wei = %q: not a whole number of wei", cfg.MinProfitWei)
	}
	s.minProfit = v
	return s, nil
}

// Name implements strategies.Strategy.
func (s *Strategy) Name() string { return Name }

// Subscriptions asks for the logs of the factories and of every pool.
func (s *Strategy) Subscriptions() strategies.Subscriptions {
	addrs := append(append([]common.Address(nil), s.v2f...), s.v3f...)
	for a := range s.pools {
		addrs = append(addrs, a)
	}
	sort.Slice(addrs, func(i, j int) bool { return addrs[i].Cmp(addrs[j]) < 0 })
	kinds := strategies.NewKindSet(strategies.KindLogs, strategies.KindReorg)
	if s.cfg.BackrunHints {
		kinds = strategies.NewKindSet(strategies.KindLogs, strategies.KindReorg, strategies.KindBlock, strategies.KindHint)
	}
	return strategies.Subscriptions{
		Kinds: kinds,
		Logs:  []strategies.LogFilter{{Addresses: addrs}},
	}
}

// Init discovers the pools, loads their state and lists the cycles.
func (s *Strategy) Init(ctx context.Context, env strategies.Env) error {
	s.env = env
	if env.Sim == nil || env.Executor == (common.Address{}) {
		return fmt.Errorf("%s: needs a simulator and the executor contract address", Name)
	}
	head, err := env.Chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	s.head = head
	s.pools = map[common.Address]*pool{}
	logs, err := env.Chain.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(s.cfg.FromBlock), ToBlock: head.Number,
		Addresses: append(append([]common.Address(nil), s.v2f...), s.v3f...),
		Topics:    [][]common.Hash{{topicPairCreated, topicPoolCreated}},
	})
	if err != nil {
		return fmt.Errorf("%s: discover pools: %w", Name, err)
	}
	for _, l := range logs {
		if err := s.addPool(ctx, l, head.Number); err != nil {
			return err
		}
	}
	s.buildCycles()
	env.Log.Info().Int("pools", len(s.pools)).Int("cycles", len(s.cycles)).Msg("arbitrage strategy ready")
	return nil
}

func (s *Strategy) addPool(ctx context.Context, l types.Log, block *big.Int) error {
	if len(l.Topics) < 3 {
		return nil
	}
	p := &pool{token0: common.BytesToAddress(l.Topics[1].Bytes()), token1: common.BytesToAddress(l.Topics[2].Bytes())}
	switch l.Topics[0] {
	case topicPairCreated:
		ev, err := v2FacABI.UnpackPairCreatedEvent(&l)
		if err != nil {
			return err
		}
		p.addr = ev.Pair
		out, err := s.env.Chain.CallContract(ctx, ethereum.CallMsg{To: &p.addr, Data: pairABI.PackGetReserves()}, block)
		if err != nil {
			return fmt.Errorf("%s: reserves of %s: %w", Name, p.addr, err)
		}
		r, err := pairABI.UnpackGetReserves(out)
		if err != nil {
			return err
		}
		p.v2 = &fastpath.V2Pair{FeeBps: s.cfg.V2FeeBps}
		p.v2.Reserve0.SetFromBig(r.Reserve0)
		p.v2.Reserve1.SetFromBig(r.Reserve1)
	case topicPoolCreated:
		ev, err := v3FacABI.UnpackPoolCreatedEvent(&l)
		if err != nil {
			return err
		}
		p.addr = ev.Pool
		p.v3 = &fastpath.V3Pool{Fee: uint32(ev.Fee.Uint64()), TickSpacing: int32(ev.TickSpacing.Int64())}
		history, err := s.env.Chain.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(l.BlockNumber), ToBlock: block, Addresses: []common.Address{p.addr}})
		if err != nil {
			return fmt.Errorf("%s: history of %s: %w", Name, p.addr, err)
		}
		for i := range history {
			if err := applyV3(p.v3, &history[i]); err != nil {
				return fmt.Errorf("%s: %s log %d: %w", Name, p.addr, i, err)
			}
		}
	default:
		return nil
	}
	s.pools[p.addr] = p
	return nil
}

func applyV3(p *fastpath.V3Pool, l *types.Log) error {
	topics := make([][32]byte, len(l.Topics))
	for i, t := range l.Topics {
		topics[i] = t
	}
	return p.ApplyLog(topics, l.Data)
}

// buildCycles lists every WETH-rooted cycle of 2 (and 3) pools.
func (s *Strategy) buildCycles() {
	s.cycles, s.byPool = nil, map[common.Address][]*cycle{}
	addrs := make([]common.Address, 0, len(s.pools))
	for a := range s.pools {
		addrs = append(addrs, a)
	}
	sort.Slice(addrs, func(i, j int) bool { return addrs[i].Cmp(addrs[j]) < 0 })
	other := func(p *pool, t common.Address) (common.Address, bool) {
		switch t {
		case p.token0:
			return p.token1, true
		case p.token1:
			return p.token0, true
		}
		return common.Address{}, false
	}
	var walk func(path []*pool, at common.Address)
	walk = func(path []*pool, at common.Address) {
		for _, a := range addrs {
			p := s.pools[a]
			if containsPool(path, p) {
				continue
			}
			next, ok := other(p, at)
			if !ok {
				continue
			}
			np := append(append([]*pool(nil), path...), p)
			if next == s.weth && len(np) >= 2 {
				s.addCycle(np)
			} else if next != s.weth && len(np) < s.cfg.MaxHops {
				walk(np, next)
			}
		}
	}
	walk(nil, s.weth)
}

func containsPool(path []*pool, p *pool) bool {
	for _, q := range path {
		if q == p {
			return true
		}
	}
	return false
}

func (s *Strategy) addCycle(path []*pool) {
	c := &cycle{pools: path}
	in := s.weth
	for _, p := range path {
		out := p.token1
		if in == p.token1 {
			out = p.token0
		}
		leg := fastpath.Leg{ZeroForOne: in == p.token0}
		hop := keeperexecutor.KeeperExecutorHop{Pool: p.addr, TokenIn: in, TokenOut: out}
		if p.v2 != nil {
			leg.V2, hop.FeeBps = p.v2, uint16(s.cfg.V2FeeBps)
		} else {
			leg.V3, hop.Kind = p.v3, 1
		}
		c.legs = append(c.legs, leg)
		c.hops = append(c.hops, hop)
		c.key += p.addr.Hex()[2:10] + ">"
		in = out
	}
	s.cycles = append(s.cycles, c)
	for _, p := range path {
		s.byPool[p.addr] = append(s.byPool[p.addr], c)
	}
}

// OnEvent applies pool logs and returns the profitable cycles through the
// pools they touched.
func (s *Strategy) OnEvent(ctx context.Context, ev strategies.Event) ([]strategies.Opportunity, error) {
	if ev.Header != nil && (s.head == nil || ev.Header.Number.Cmp(s.head.Number) >= 0) {
		s.head = ev.Header
	}
	switch ev.Kind {
	case strategies.KindHint:
		return s.onHint(ev)
	case strategies.KindLogs:
	default:
		return nil, nil
	}
	touched := map[common.Address]bool{}
	grew := false
	for i := range ev.Logs {
		l := &ev.Logs[i]
		if len(l.Topics) == 0 {
			continue
		}
		if l.Topics[0] == topicPairCreated || l.Topics[0] == topicPoolCreated {
			if err := s.addPool(ctx, *l, new(big.Int).SetUint64(ev.Block)); err != nil {
				return nil, err
			}
			grew = true
			continue
		}
		p := s.pools[l.Address]
		if p == nil {
			continue
		}
		var err error
		if p.v2 != nil {
			if l.Topics[0] == fastpath.V2SyncTopic {
				err = p.v2.ApplySync(l.Data)
			}
		} else {
			err = applyV3(p.v3, l)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %s: %w", Name, l.Address, err)
		}
		touched[l.Address] = true
	}
	if grew {
		s.buildCycles()
	}
	if len(touched) == 0 {
		return nil, nil
	}
	gasCost := new(uint256.Int)
	if ev.Header != nil && ev.Header.BaseFee != nil {
		bf, _ := uint256.FromBig(ev.Header.BaseFee)
		gasCost.Mul(bf, uint256.NewInt(s.cfg.GasEstimate))
	}
	seen := map[*cycle]bool{}
	var best []*candidate
	for a := range touched {
		for _, c := range s.byPool[a] {
			if seen[c] {
				continue
			}
			seen[c] = true
			var res fastpath.CycleResult
			if fastpath.SizeCycle(&res, c.legs, gasCost) != nil || !res.Profitable || res.NetProfit.Lt(s.minProfit) {
				continue
			}
			best = append(best, &candidate{c: c, res: res})
		}
	}
	// The most profitable first; cycles sharing a pool compete for it, so
	// only the best cycle through each pool is proposed.
	sort.Slice(best, func(i, j int) bool {
		if !best[i].res.NetProfit.Eq(&best[j].res.NetProfit) {
			return best[i].res.NetProfit.Gt(&best[j].res.NetProfit)
		}
		return best[i].c.key < best[j].c.key
	})
	used := map[common.Address]bool{}
	var ops []strategies.Opportunity
	for _, b := range best {
		clash := false
		for _, p := range b.c.pools {
			clash = clash || used[p.addr]
		}
		if clash {
			continue
		}
		// A newer block is waiting: these proofs would be skipped as stale.
		if strategies.Superseded(ctx) {
			break
		}
		op, ok, err := s.prove(ctx, b, ev.Block)
		if err != nil {
			return ops, err
		}
		if ok {
			// Streamed the moment it is proven (most profitable first)
			// where the engine streams; returned otherwise.
			if !strategies.Emit(ctx, op) {
				ops = append(ops, op)
			}
			for _, p := range b.c.pools {
				used[p.addr] = true
			}
		}
	}
	return ops, nil
}

type candidate struct {
	c   *cycle
	res fastpath.CycleResult
}

func (s *Strategy) prove(ctx context.Context, b *candidate, block uint64) (strategies.Opportunity, bool, error) {
	// The call proven is the call sent: its on-chain minimum is the fast
	// path's exact profit (if the pools move before the bundle lands, it
	// reverts instead of losing). The executor's simulation of the same
	// request on the same block is then the same fork run, done once
	// where the engine shares simulations (engine.SharedSim).
	arb := keeperexecutor.KeeperExecutorArbitrage{Hops: b.c.hops, AmountIn: b.res.AmountIn.ToBig(), MinProfit: b.res.Profit.ToBig(), TipWei: new(big.Int), Weth: s.weth}
	call := strategies.Call{To: s.env.Executor, Data: execABI.PackArbitrage(arb)}
	res, err := s.env.Sim.Simulate(ctx, strategies.SimRequest{Block: block, From: s.env.Sender, Calls: []strategies.Call{call}})
	if err != nil {
		return strategies.Opportunity{}, false, err
	}
	st := res.Steps[0]
	if st.Reverted || len(st.ReturnData) < 32 {
		if e := s.env.Log.Debug(); e.Enabled() {
			e.Str("cycle", b.c.key).Str("reason", st.RevertReason).Msg("cycle does not simulate")
		}
		return strategies.Opportunity{}, false, nil
	}
	profit := new(uint256.Int).SetBytes(st.ReturnData[:32])
	if !profit.Eq(&b.res.Profit) {
		// The fast path is exact: a difference means the model missed a
		// change (a log not seen yet). Trust the fork (a smaller profit
		// reverted above), and say so.
		s.env.Log.Warn().Str("cycle", b.c.key).Str("fast_path_wei", b.res.Profit.Dec()).Str("simulated_wei", profit.Dec()).Msg("fast path and fork disagree")
	}
	return strategies.Opportunity{
		ID:    "arb:" + b.c.key + fmt.Sprint(block),
		Kind:  strategies.KindArbitrage,
		Calls: []strategies.Call{call}, MinBlock: block + 1, MaxBlock: block + s.cfg.Blocks,
		Profit: profit, Gas: st.GasUsed, MaxBuilderShareBps: s.cfg.BuilderShareBps,
	}, true, nil
}
