package report

import (
	"bytes"
	"testing"
)

func TestETH(t *testing.T) {
	tests := []struct{ wei, want string }{
		{"0", "0"},
		{"1", "0.000000000000000001"},
		{"-1", "-0.000000000000000001"},
		{"1000000000000000000", "1"},
		{"1500000000000000000", "1.5"},
		{"123456789012345678901", "123.456789012345678901"},
		{"-2000000000000000000", "-2"},
		{"100000000000000000", "0.1"},
		{"", ""},
		{"n/a", "n/a"},
	}
	for _, tt := range tests {
		if got := ETH(tt.wei); got != tt.want {
			t.Errorf("ETH(%q): got %q, want %q", tt.wei, got, tt.want)
		}
	}
}

func TestTable(t *testing.T) {
	r := &Result{
		Summary: Summary{
			Run:    Run{ChainID: 1337, From: 10, To: 19, Inclusion: "outbid"},
			Blocks: 10, Txs: 42,
			Totals: []StrategyTotal{
				{Strategy: "arbitrage", Opportunities: 3, Landed: 1, Profit: "-250000000000000000", GasUsed: 180000},
				{Strategy: "liquidation", Opportunities: 12, Landed: 5, Profit: "1500000000000000001", GasUsed: 1750000},
			},
			Competitors: 3, CompetitorsSeen: 2, CompetitorsWon: 1,
		},
		Competitors: []Competitor{{Kind: "liquidation", Seen: true, WouldWin: true}, {Kind: "arbitrage"}, {Kind: "liquidation", Seen: true}},
	}
	var b bytes.Buffer
	Table(&b, r)
	want := `chain 1337, blocks 10..19 (10 blocks, 42 txs), inclusion outbid
strategy     opportunities  landed            profit ETH        gas
arbitrage                3       1                 -0.25    180,000
liquidation             12       5  1.500000000000000001  1,750,000
total                   15       6  1.250000000000000001  1,930,000
competitors: 3 landed by others, 2 seen by us, 1 we would have won
kind         landed by others  seen  would win
arbitrage                   1     0          0
liquidation                 2     2          1
`
	if got := b.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestTableNoCompetitors(t *testing.T) {
	var b bytes.Buffer
	Table(&b, &Result{Summary: Summary{Run: Run{From: 1, To: 1}, Blocks: 1}})
	want := `chain 0, blocks 1..1 (1 blocks, 0 txs), inclusion 
strategy  opportunities  landed  profit ETH  gas
total                 0       0           0    0
competitors: 0 landed by others, 0 seen by us, 0 we would have won
`
	if got := b.String(); got != want {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}
