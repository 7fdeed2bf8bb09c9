package report

import (
	"fmt"
	"io"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
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
	rows := [][]string{{"strategy", "opportunities", "landed", "profit ETH", "gas"}}
	var opps, landed int
	var gas uint64
	profit := new(big.Int)
	for _, t := range s.Totals {
		rows = append(rows, []string{t.Strategy, strconv.Itoa(t.Opportunities), strconv.Itoa(t.Landed), ETH(t.Profit), group(t.GasUsed)})
		opps += t.Opportunities
		landed += t.Landed
		gas += t.GasUsed
		if v, ok := new(big.Int).SetString(t.Profit, 10); ok {
			profit.Add(profit, v)
		}
	}
	rows = append(rows, []string{"total", strconv.Itoa(opps), strconv.Itoa(landed), ETH(profit.String()), group(gas)})
	columns(w, rows)

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
	rows = [][]string{{"kind", "landed by others", "seen", "would win"}}
	for _, k := range kinds {
		c := per[k]
		rows = append(rows, []string{k, strconv.Itoa(c[0]), strconv.Itoa(c[1]), strconv.Itoa(c[2])})
	}
	columns(w, rows)
}

// columns prints rows as a table: the first column left-aligned, the others
// right-aligned, two spaces between columns, no trailing spaces.
func columns(w io.Writer, rows [][]string) {
	var widths []int
	for _, row := range rows {
		for i, c := range row {
			if i >= len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	for _, row := range rows {
		var b strings.Builder
		for i, c := range row {
			pad := strings.Repeat(" ", widths[i]-utf8.RuneCountInString(c))
			switch {
			case i == 0 && len(row) == 1:
				b.WriteString(c)
			case i == 0:
				b.WriteString(c + pad)
			default:
				b.WriteString("  " + pad + c)
			}
		}
		fmt.Fprintln(w, b.String())
	}
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
