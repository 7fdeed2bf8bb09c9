package backtest

import (
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/keeperkit/keeperkit/keeper/backtest/compete"
	"github.com/keeperkit/keeperkit/keeper/backtest/report"
)

// finalize joins the shards (in block order) and makes the run-wide pass
// that shards cannot make alone: an opportunity ID counts as landed once
// (as the executor never redoes a landed one; later finds are "already
// landed"), then each block's counts and each strategy's totals. The
// result depends only on the blocks, never on how they were sharded.
func finalize(p *plan, shards []*shardResult) *report.Result {
	res := &report.Result{Blocks: []report.Block{}, Opportunities: []report.Opportunity{}, Competitors: []report.Competitor{}}
	var chainID uint64
	for _, s := range shards {
		chainID = s.ChainID
		res.Blocks = append(res.Blocks, s.Blocks...)
		res.Opportunities = append(res.Opportunities, s.Opps...)
		res.Competitors = append(res.Competitors, s.Competitors...)
	}
	slices.SortStableFunc(res.Opportunities, func(a, b report.Opportunity) int {
		if a.Block != b.Block {
			if a.Block < b.Block {
				return -1
			}
			return 1
		}
		return strings.Compare(a.Position+"\x00"+a.Strategy+"\x00"+a.ID, b.Position+"\x00"+b.Strategy+"\x00"+b.ID)
	})
	// Others' landed transactions against what our strategies found and
	// sized, before the dedupe below (a later find of an opportunity we
	// already landed is still a find).
	compete.Match(res.Competitors, res.Opportunities)
	landedAt := map[string]uint64{}
	byBlock := map[uint64]int{}
	for i := range res.Blocks {
		byBlock[res.Blocks[i].Number] = i
	}
	totals := map[string]*report.StrategyTotal{}
	profits := map[string]*big.Int{}
	for _, n := range p.names {
		totals[n] = &report.StrategyTotal{Strategy: n}
		profits[n] = new(big.Int)
	}
	for i := range res.Opportunities {
		o := &res.Opportunities[i]
		key := o.Strategy + "\x00" + o.ID
		if o.Landed {
			if b, dup := landedAt[key]; dup {
				o.Landed = false
				o.Reason = fmt.Sprintf("already landed in block %d", b)
			} else {
				landedAt[key] = o.Block
			}
		}
		t := totals[o.Strategy]
		if t == nil {
			t = &report.StrategyTotal{Strategy: o.Strategy}
			totals[o.Strategy] = t
			profits[o.Strategy] = new(big.Int)
		}
		t.Opportunities++
		bi, inRange := byBlock[o.Block]
		if inRange {
			res.Blocks[bi].Opportunities++
		}
		if o.Landed {
			t.Landed++
			t.GasUsed += o.GasUsed
			v, _ := new(big.Int).SetString(o.Profit, 10)
			if v != nil {
				profits[o.Strategy].Add(profits[o.Strategy], v)
			}
			if inRange {
				res.Blocks[bi].Landed++
				res.Blocks[bi].OurGas += o.GasUsed
			}
		}
	}
	names := make([]string, 0, len(totals))
	for n := range totals {
		names = append(names, n)
	}
	slices.Sort(names)
	sum := &res.Summary
	sum.Run = report.Run{ChainID: chainID, From: p.cfg.From, To: p.cfg.To, Strategies: p.names, Inclusion: p.cfg.Inclusion, ConfigHash: p.hash}
	sum.Totals = []report.StrategyTotal{}
	for _, n := range names {
		t := totals[n]
		t.Profit = profits[n].String()
		sum.Totals = append(sum.Totals, *t)
	}
	sum.Blocks = len(res.Blocks)
	for _, b := range res.Blocks {
		sum.Txs += b.Txs
	}
	sum.Competitors = len(res.Competitors)
	for _, c := range res.Competitors {
		if c.Seen {
			sum.CompetitorsSeen++
		}
		if c.WouldWin {
			sum.CompetitorsWon++
		}
	}
	return res
}
