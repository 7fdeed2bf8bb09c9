package report

import (
	"fmt"
	"io"
	"math/big"
	"slices"
	"strings"
	"text/tabwriter"
)

// Table writes the terminal summary of r: one row per strategy
// (opportunities, landed, profit in ETH, gas of the landed ones) and a total
// row, then the others' landed transactions per kind with how many our
// strategies saw and would have won. Profit is exact: wei printed as ETH
// with every significant decimal.
func Table(w io.Writer, r *Result) {
	s := r.Summary
	fmt.Fprintf(w, "chain %d, blocks %d..%d (%d blocks, %d txs), inclusion %s\n",
		s.Run.ChainID, s.Run.From, s.Run.To, s.Blocks, s.Txs, s.Run.Inclusion)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "strategy\topportunities\tlanded\tprofit ETH\tgas\t")
	var opps, landed int
	var gas uint64
	profit := new(big.Int)
	for _, t := range s.Totals {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%s\t%s\t\n", t.Strategy, t.Opportunities, t.Landed, ETH(t.Profit), group(t.GasUsed))
		opps += t.Opportunities
		landed += t.Landed
		gas += t.GasUsed
		if v, ok := new(big.Int).SetString(t.Profit, 10); ok {
			profit.Add(profit, v)
		}
	}
	fmt.Fprintf(tw, "total\t%d\t%d\t%s\t%s\t\n", opps, landed, ETH(profit.String()), group(gas))
	tw.Flush()

	kinds := []string{}
	per := map[string]*[3]int{}
	for _, c := range r.Competitors {
		k := per[c.Kind]
		if k == nil {
			k = new([3]int)
			per[c.Kind] = k
			kinds = append(kinds, c.Kind)
		}
		k[0]++
		if c.Seen {
			k[1]++
		}
		if c.WouldWin {
			k[2]++
		}
	}
	fmt.Fprintf(w, "competitors: %d landed by others, %d seen by us, %d we would have won\n", s.Competitors, s.CompetitorsSeen, s.CompetitorsWon)
	if len(kinds) == 0 {
		return
	}
	slices.Sort(kinds)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "kind\tlanded by others\tseen\twould win\t")
	for _, k := range kinds {
		c := per[k]
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t\n", k, c[0], c[1], c[2])
	}
	tw.Flush()
}

// ETH formats a decimal wei amount as ETH, exactly: "1.5", "-0.000000000000000001",
// "0". A string that is not a decimal integer is returned as it is.
func ETH(wei string) string {
	v, ok := new(big.Int).SetString(wei, 10)
	if !ok {
		return wei
	}
	neg := v.Sign() < 0
	s := new(big.Int).Abs(v).String()
	if len(s) <= 18 {
		s = strings.Repeat("0", 19-len(s)) + s
	}
	whole, frac := s[:len(s)-18], strings.TrimRight(s[len(s)-18:], "0")
	if frac != "" {
		whole += "." + frac
	}
	if neg {
		whole = "-" + whole
	}
	return whole
}

// group prints n with thousands separators: 1234567 -> "1,234,567".
func group(n uint64) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
