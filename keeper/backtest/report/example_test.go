package report_test

import (
	"os"

	"github.com/keeperkit/keeperkit/keeper/backtest/report"
)

// Two shards of one run, merged and summarized on the terminal.
func ExampleMerge() {
	run := report.Run{ChainID: 1, Strategies: []string{"liquidation"}, Inclusion: "always"}
	shard := func(from, to uint64, opps ...report.Opportunity) *report.Result {
		r := &report.Result{Opportunities: opps}
		for n := from; n <= to; n++ {
			r.Blocks = append(r.Blocks, report.Block{Number: n, Txs: 2})
		}
		run := run
		run.From, run.To = from, to
		report.Recount(r, run)
		return r
	}
	liq := func(block uint64, profit string) report.Opportunity {
		return report.Opportunity{Block: block, Strategy: "liquidation", Kind: "liquidation", ID: "0xabc", Position: "top", GasUsed: 300000, Profit: profit, Landed: true}
	}
	// The same borrower is liquidatable in block 11 (shard 1) and 12 (shard
	// 2): the merged run lands it once.
	merged, err := report.Merge(shard(12, 20, liq(12, "400000000000000000")), shard(10, 11, liq(11, "500000000000000000")))
	if err != nil {
		panic(err)
	}
	report.Table(os.Stdout, merged)
	// Output:
	// chain 1, blocks 10..20 (11 blocks, 22 txs), inclusion always
	// strategy     opportunities  landed  profit ETH      gas
	// liquidation              2       1         0.5  300,000
	// total                    2       1         0.5  300,000
	// competitors: 0 landed by others, 0 seen by us, 0 we would have won
}
