package arbitrage

import (
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/keeperkit/keeperkit/abis/bindings/keeperexecutor"
	"github.com/keeperkit/keeperkit/sim/fastpath"
	"github.com/keeperkit/keeperkit/strategies"
)

// MEV-Share backruns (Config.BackrunHints).
//
// A hint is what the sender of a private transaction chose to share: its
// hash always, and, when it allowed the "logs" hint, every log the relay's
// simulation of it emitted, data included. For a swap on a pool we watch
// that is enough to know the pool's state right after the transaction: a V2
// pair's Sync(reserve0, reserve1) gives both reserves, and a V3 pool's
// Swap(…, sqrtPriceX96, liquidity, tick) gives its new slot0 and in-range
// liquidity (a swap changes no tick's liquidityNet, so the tick table we
// hold stays right). The strategy applies those logs to copies of the pools,
// sizes every cycle through them with the fast path, exactly as for a block,
// and returns the best one as a backrun of the hint (Opportunity.HintHash):
// one transaction, since MEV-Share bundles take one backrun transaction.
//
// What a hint does not give:
//   - Redacted logs ("default_logs"/"special_logs", what Flashbots Protect
//     shares by default): only the swap's topic 0 and the pool's address,
//     with the other topics zeroed and no data. The pool moved, but neither
//     the direction nor the size is known. We do not guess: the hint is
//     skipped (logged at debug). Searchers who bid on those send several
//     backruns for guessed sizes; that is not done here.
//   - The transaction itself: it is private, so the backrun cannot be proven
//     on a fork as the block path does. The fast path is exact on the state
//     the logs give; the executor contract's minimum-profit check (set to the
//     fast path's profit) reverts if the state was not that, and the bundle's
//     transaction may not revert, so the relay drops it instead of landing a
//     loss. Gas is Config.GasEstimate, since it cannot be measured.

// topicV2Swap is UniswapV2Pair's Swap: in a redacted hint it is the only
// sign that a pair moved.
var topicV2Swap = pairABI.GetABI().Events["Swap"].ID

// onHint sizes backruns of a hinted transaction.
func (s *Strategy) onHint(ev strategies.Event) ([]strategies.Opportunity, error) {
	h := ev.Hint
	if !s.cfg.BackrunHints || h == nil || len(h.Logs) == 0 {
		return nil, nil
	}
	post, redacted := s.postHint(h)
	if len(post) == 0 {
		if redacted > 0 {
			if e := s.env.Log.Debug(); e.Enabled() {
				e.Str("hint", h.Hash.Hex()).Int("redacted_logs", redacted).Msg("hint names a pool but not its new state: skipped")
			}
		}
		return nil, nil
	}
	gasCost := new(uint256.Int)
	if s.head != nil && s.head.BaseFee != nil {
		bf, _ := uint256.FromBig(s.head.BaseFee)
		gasCost.Mul(bf, uint256.NewInt(s.cfg.GasEstimate))
	}
	addrs := make([]common.Address, 0, len(post))
	for a := range post {
		addrs = append(addrs, a)
	}
	sort.Slice(addrs, func(i, j int) bool { return addrs[i].Cmp(addrs[j]) < 0 })
	var best *candidate
	seen := map[*cycle]bool{}
	for _, a := range addrs {
		for _, c := range s.byPool[a] {
			if seen[c] {
				continue
			}
			seen[c] = true
			legs := make([]fastpath.Leg, len(c.legs))
			copy(legs, c.legs)
			for i, p := range c.pools {
				if q := post[p.addr]; q != nil {
					legs[i].V2, legs[i].V3 = q.v2, q.v3
				}
			}
			var res fastpath.CycleResult
			if fastpath.SizeCycle(&res, legs, gasCost) != nil || !res.Profitable || res.NetProfit.Lt(s.minProfit) {
				continue
			}
			if best == nil || res.NetProfit.Gt(&best.res.NetProfit) || (res.NetProfit.Eq(&best.res.NetProfit) && c.key < best.c.key) {
				best = &candidate{c: c, res: res}
			}
		}
	}
	if best == nil {
		return nil, nil
	}
	block := ev.Block
	if block == 0 && s.head != nil {
		block = s.head.Number.Uint64()
	}
	arb := keeperexecutor.KeeperExecutorArbitrage{Hops: best.c.hops, AmountIn: best.res.AmountIn.ToBig(),
		MinProfit: best.res.Profit.ToBig(), TipWei: new(big.Int), Weth: s.weth}
	profit := best.res.Profit
	return []strategies.Opportunity{{
		ID:       "backrun:" + h.Hash.Hex()[2:18] + ":" + best.c.key,
		Kind:     strategies.KindBackrun,
		Calls:    []strategies.Call{{To: s.env.Executor, Data: execABI.PackArbitrage(arb)}},
		HintHash: h.Hash,
		MinBlock: block + 1, MaxBlock: block + s.cfg.Blocks,
		Profit: &profit, Gas: s.cfg.GasEstimate, MaxBuilderShareBps: s.cfg.BuilderShareBps,
	}}, nil
}

// postHint returns copies of the watched pools the hint's logs move, with
// the logs applied in order, and how many swap logs of watched pools had
// no data to apply (redacted hints).
func (s *Strategy) postHint(h *strategies.Hint) (map[common.Address]*pool, int) {
	post := map[common.Address]*pool{}
	redacted := 0
	for i := range h.Logs {
		l := &h.Logs[i]
		p := s.pools[l.Address]
		if p == nil || len(l.Topics) == 0 {
			continue
		}
		q := post[l.Address]
		if q == nil {
			cp := *p
			if p.v2 != nil {
				v := *p.v2
				cp.v2 = &v
			} else {
				v := *p.v3 // shares the tick table: a Swap log does not touch it
				cp.v3 = &v
			}
			q = &cp
		}
		var err error
		switch {
		case p.v2 != nil && l.Topics[0] == fastpath.V2SyncTopic:
			err = q.v2.ApplySync(l.Data)
		case p.v3 != nil && l.Topics[0] == fastpath.V3SwapTopic:
			err = applyV3(q.v3, l)
		case p.v2 != nil && l.Topics[0] == topicV2Swap && len(l.Data) == 0:
			redacted++ // the V2 Sync is not shared in redacted hints, only the Swap
			continue
		default:
			continue
		}
		if err != nil {
			redacted++
			continue
		}
		post[l.Address] = q
	}
	return post, redacted
}
