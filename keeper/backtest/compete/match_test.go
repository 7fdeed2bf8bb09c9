package compete

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/keeperkit/keeperkit/keeper/backtest/report"
)

func TestMatch(t *testing.T) {
	bob := common.HexToAddress("0xB0b000000000000000000000000000000000000B")
	alice := common.HexToAddress("0xA11CE0000000000000000000000000000000000A")
	p1 := common.HexToAddress("0x1111111111111111111111111111111111111111")
	p2 := common.HexToAddress("0x2222222222222222222222222222222222222222")
	p3 := common.HexToAddress("0x3333333333333333333333333333333333333333")
	liq := func(block uint64, who common.Address, paid string) report.Competitor {
		return report.Competitor{Block: block, Kind: KindLiquidation, CoinbasePaid: paid,
			Details: "borrower=" + who.Hex() + " debt=USDC collateral=WETH debtCovered=1 collateralSeized=1"}
	}
	arb := func(block uint64, paid string, pools ...common.Address) report.Competitor {
		s := ""
		for i, p := range pools {
			if i > 0 {
				s += ","
			}
			s += p.Hex()
		}
		return report.Competitor{Block: block, Kind: KindArbitrage, CoinbasePaid: paid, Details: "cycle=A>B>A pools=" + s + " profit=5"}
	}
	ourLiq := func(block uint64, who common.Address, bid, profit, reason string) report.Opportunity {
		return report.Opportunity{Block: block, Strategy: "liquidation", Kind: "liquidation",
			ID: "liq:" + who.Hex() + ":0x01:0x02", Inputs: "id=x", Bid: bid, Profit: profit, Reason: reason, Landed: reason == ""}
	}
	ourArb := func(block uint64, bid, profit, inputs, id string) report.Opportunity {
		return report.Opportunity{Block: block, Strategy: "arbitrage", Kind: "arbitrage", ID: id, Inputs: inputs, Bid: bid, Profit: profit, Landed: true}
	}
	type want struct {
		seen     bool
		sized    string
		wouldWin bool
		reason   string
	}
	tests := []struct {
		name string
		c    report.Competitor
		ours []report.Opportunity
		want want
	}{
		{name: "not seen", c: liq(10, bob, "100"), ours: []report.Opportunity{ourLiq(10, alice, "500", "900", "")}, want: want{reason: "not seen"}},
		{name: "seen later does not count", c: liq(10, bob, "100"), ours: []report.Opportunity{ourLiq(11, bob, "500", "900", "")}, want: want{reason: "not seen"}},
		{name: "would win", c: liq(10, bob, "100"), ours: []report.Opportunity{ourLiq(10, bob, "101", "900", "")}, want: want{true, "900", true, ""}},
		{name: "earlier block counts", c: liq(10, bob, "100"), ours: []report.Opportunity{ourLiq(7, bob, "500", "900", "")}, want: want{true, "900", true, ""}},
		{name: "equal bid loses", c: liq(10, bob, "100"), ours: []report.Opportunity{ourLiq(10, bob, "100", "900", "")}, want: want{true, "900", false, "outbid: they paid 100, we bid 100"}},
		{name: "outbid", c: liq(10, bob, "1000"), ours: []report.Opportunity{ourLiq(10, bob, "7", "900", "")}, want: want{true, "900", false, "outbid: they paid 1000, we bid 7"}},
		{name: "inclusion outbid still sized", c: liq(10, bob, "1000"), ours: []report.Opportunity{ourLiq(10, bob, "7", "900", "outbid: block paid 1000 wei")}, want: want{true, "900", false, "outbid: they paid 1000, we bid 7"}},
		{name: "not profitable", c: liq(10, bob, "100"), ours: []report.Opportunity{ourLiq(10, bob, "0", "0", "reverted: health factor not below threshold")},
			want: want{true, "0", false, "seen, not profitable: reverted: health factor not below threshold"}},
		{
			name: "latest block wins over a better earlier one",
			c:    liq(10, bob, "100"),
			ours: []report.Opportunity{ourLiq(8, bob, "500", "900", ""), ourLiq(9, bob, "50", "60", "")},
			want: want{true, "60", false, "outbid: they paid 100, we bid 50"},
		},
		{
			name: "sized one preferred in the same block",
			c:    liq(10, bob, "100"),
			ours: []report.Opportunity{ourLiq(10, bob, "0", "0", "below min profit"), ourLiq(10, bob, "300", "400", "")},
			want: want{true, "400", true, ""},
		},
		{
			name: "arbitrage by Inputs pools, rotated",
			c:    arb(10, "100", p2, p3, p1),
			ours: []report.Opportunity{ourArb(10, "200", "300", "id=x pools="+p1.Hex()+","+p2.Hex()+","+p3.Hex()+" amountIn=1", "arb:whatever")},
			want: want{true, "300", true, ""},
		},
		{
			name: "arbitrage reversed order is another cycle",
			c:    arb(10, "100", p3, p2, p1),
			ours: []report.Opportunity{ourArb(10, "200", "300", "pools="+p1.Hex()+","+p2.Hex()+","+p3.Hex(), "")},
			want: want{reason: "not seen"},
		},
		{
			name: "arbitrage by ID prefixes",
			c:    arb(10, "100", p2, p1),
			ours: []report.Opportunity{ourArb(9, "20", "30", "id=arb:11111111>22222222>9", "arb:11111111>22222222>9")},
			want: want{true, "30", false, "outbid: they paid 100, we bid 20"},
		},
		{
			name: "arbitrage other pools",
			c:    arb(10, "100", p1, p2),
			ours: []report.Opportunity{ourArb(10, "200", "300", "pools="+p1.Hex()+","+p3.Hex(), "")},
			want: want{reason: "not seen"},
		},
		{
			name: "liquidation does not match an arbitrage",
			c:    liq(10, bob, "100"),
			ours: []report.Opportunity{ourArb(10, "200", "300", "pools="+p1.Hex()+","+p2.Hex(), "")},
			want: want{reason: "not seen"},
		},
		{
			name: "borrower from Inputs",
			c:    liq(10, bob, "100"),
			ours: []report.Opportunity{{Block: 10, Kind: "liquidation", ID: "custom", Inputs: "borrower=" + bob.Hex() + " amount=1", Bid: "101", Profit: "5"}},
			want: want{true, "5", true, ""},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := []report.Competitor{tt.c}
			Match(cs, tt.ours)
			got := want{cs[0].Seen, cs[0].Sized, cs[0].WouldWin, cs[0].Reason}
			if got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
			// The order of ours does not matter.
			rev := make([]report.Opportunity, len(tt.ours))
			for i := range tt.ours {
				rev[len(rev)-1-i] = tt.ours[i]
			}
			cs = []report.Competitor{tt.c}
			Match(cs, rev)
			if got2 := (want{cs[0].Seen, cs[0].Sized, cs[0].WouldWin, cs[0].Reason}); got2 != tt.want {
				t.Errorf("reversed ours: got %+v, want %+v", got2, tt.want)
			}
		})
	}
}
