package report

import (
	"fmt"
	"math/big"
	"strings"
)

// fixture builds a deterministic Result over blocks from..to as the replay
// would: two strategies, some opportunities per block (landed, below min
// profit, found again after landing), competitors matched by testMatch,
// then Recount.
func fixture(from, to uint64) *Result {
	run := Run{ChainID: 1337, From: from, To: to, Strategies: []string{"arbitrage", "liquidation"}, Inclusion: "always", ConfigHash: "9f2c"}
	r := &Result{Blocks: []Block{}, Opportunities: []Opportunity{}, Competitors: []Competitor{}}
	for n := from; n <= to; n++ {
		r.Blocks = append(r.Blocks, Block{Number: n, Txs: int(n % 7), GasUsed: 1_000_000 + n*1_000, CoinbasePaid: fmt.Sprint(n * 1e12)})
		if n%3 == 0 {
			profit := new(big.Int).Mul(big.NewInt(int64(n%11)+1), big.NewInt(1e16))
			r.Opportunities = append(r.Opportunities, Opportunity{
				Block: n, Strategy: "liquidation", Kind: "liquidation", ID: fmt.Sprintf("liq-%d", n/6), Position: "top",
				Inputs: fmt.Sprintf("borrower=0x%040x debt=USDC collateral=WETH amount=%d", n/6, n*1000), GasUsed: 350_000,
				GasCost: "7000000000000", Bid: "1000000000000", Profit: profit.String(), Landed: true,
			})
		}
		if n%4 == 1 {
			o := Opportunity{
				Block: n, Strategy: "arbitrage", Kind: "cycle", ID: fmt.Sprintf("cyc-%d", n), Position: fmt.Sprintf("0x%064x", n),
				Inputs: "cycle=WETH>USDC>WETH pools=0xaa,0xbb amountIn=5", GasUsed: 180_000, GasCost: "3600000000000", Bid: "0",
				Profit: fmt.Sprint(int64(n%5)*3e15 - 4e15),
			}
			if o.Profit[0] == '-' {
				o.Reason = "below min profit: profit, \"gas\" and bid\nnegative"
			} else {
				o.Landed = true
			}
			r.Opportunities = append(r.Opportunities, o)
		}
		if n%5 == 2 {
			r.Competitors = append(r.Competitors, Competitor{
				Block: n, Tx: fmt.Sprintf("0x%064x", n*7), Kind: "liquidation", Searcher: fmt.Sprintf("0x%040x", 0xbeef), Contract: fmt.Sprintf("0x%040x", 0xc0de),
				Details: fmt.Sprintf("borrower=0x%040x debt=USDC collateral=WETH debtCovered=%d", n/6, n), CoinbasePaid: fmt.Sprint(n * 1e9),
			})
		}
	}
	sortOpportunities(r.Opportunities)
	testMatch(r.Competitors, r.Opportunities)
	Recount(r, run)
	return r
}

// testMatch stands in for compete.Match: a competitor is seen when one of
// our liquidations of the same borrower was found at or before its block,
// and won when that one landed with a bid above what the competitor paid.
func testMatch(cs []Competitor, ours []Opportunity) {
	for i := range cs {
		c := &cs[i]
		c.Seen, c.Sized, c.WouldWin, c.Reason = false, "", false, "not seen"
		borrower := strings.Fields(c.Details)[0]
		for _, o := range ours {
			if o.Block > c.Block || !strings.HasPrefix(o.Inputs, borrower+" ") {
				continue
			}
			c.Seen, c.Sized, c.Reason = true, o.Profit, ""
			bid, _ := new(big.Int).SetString(o.Bid, 10)
			paid, _ := new(big.Int).SetString(c.CoinbasePaid, 10)
			c.WouldWin = o.Landed && bid.Cmp(paid) > 0
			if !c.WouldWin {
				c.Reason = "outbid or not landed"
			}
		}
	}
}
