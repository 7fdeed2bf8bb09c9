package backtest

import (
	"github.com/keeperkit/keeperkit/keeper/backtest/compete"
	"github.com/keeperkit/keeperkit/keeper/backtest/report"
)

// finalize joins the shards (in block order) and makes the run-wide pass
// that shards cannot make alone: an opportunity ID counts as landed once
// (as the executor never redoes a landed one; later finds are "already
// landed"), then each block's counts and each strategy's totals
// (report.Recount, the pass report.Merger makes on shards run apart). The
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
	// Others' landed transactions against what our strategies found and
	// sized, before the landed-once rule (a later find of an opportunity we
	// already landed is still a find); Match does not depend on the order.
	compete.Match(res.Competitors, res.Opportunities)
	report.Recount(res, report.Run{ChainID: chainID, From: p.cfg.From, To: p.cfg.To, Strategies: p.names, Inclusion: p.cfg.Inclusion, ConfigHash: p.hash})
	return res
}
