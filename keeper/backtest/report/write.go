package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
)

// The files Write creates in its directory.
const (
	SummaryFile       = "summary.json"
	OpportunitiesFile = "opportunities.csv"
	BlocksFile        = "blocks.csv"
	CompetitorsFile   = "competitors.csv"
	HTMLFile          = "report.html"
)

// Write writes the report of r into dir (created if missing, files
// replaced): summary.json (r.Summary, indented), opportunities.csv,
// blocks.csv and competitors.csv (a header row, RFC 4180 quoting with CRLF
// line ends, amounts as decimal strings of wei, rows in the Result's order:
// by block, then position, strategy and ID), report.html (one
// self-contained page: inline CSS and SVG plots, no script, no network) and
// the plots as PNG files (cumulative-profit.png, blocks.png,
// profit-distribution.png). The same Result always gives byte-identical
// files. r is not modified.
func Write(dir string, r *Result) error {
	r = sorted(r)
	data, err := dataFiles(r)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	if err := writeFiles(dir, data); err != nil {
		return err
	}
	plots, err := plotFiles(r)
	if err != nil {
		return err
	}
	return writeFiles(dir, plots)
}

type file struct {
	name string
	data []byte
}

func writeFiles(dir string, fs []file) error {
	for _, f := range fs {
		if err := os.WriteFile(filepath.Join(dir, f.name), f.data, 0o644); err != nil {
			return fmt.Errorf("report: %w", err)
		}
	}
	return nil
}

// dataFiles builds summary.json and the CSVs of a sorted Result.
func dataFiles(r *Result) ([]file, error) {
	sum, err := json.MarshalIndent(r.Summary, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("report: summary: %w", err)
	}
	files := []file{{SummaryFile, append(sum, '\n')}}
	for _, t := range []struct {
		name string
		rows func() [][]string
	}{
		{OpportunitiesFile, func() [][]string { return opportunityRows(r.Opportunities) }},
		{BlocksFile, func() [][]string { return blockRows(r.Blocks) }},
		{CompetitorsFile, func() [][]string { return competitorRows(r.Competitors) }},
	} {
		data, err := csvBytes(t.rows())
		if err != nil {
			return nil, fmt.Errorf("report: %s: %w", t.name, err)
		}
		files = append(files, file{t.name, data})
	}
	return files, nil
}

// plotFiles builds the PNGs and report.html of a sorted Result.
func plotFiles(r *Result) ([]file, error) {
	figs, err := figures(r)
	if err != nil {
		return nil, err
	}
	var files []file
	svgs := make([][]byte, len(figs))
	var faces []string
	for i, f := range figs {
		png, err := f.png()
		if err != nil {
			return nil, err
		}
		files = append(files, file{f.file, png})
		svg, fs, err := f.svg()
		if err != nil {
			return nil, err
		}
		svgs[i] = svg
		for _, face := range fs {
			if !slices.Contains(faces, face) {
				faces = append(faces, face)
			}
		}
	}
	page, err := htmlPage(r, figs, svgs, faces)
	if err != nil {
		return nil, err
	}
	return append(files, file{HTMLFile, page}), nil
}

// sorted returns r with its rows in the documented order (a copy when they
// were not), so that the files never depend on the order a caller used.
func sorted(r *Result) *Result {
	blocksSorted := slices.IsSortedFunc(r.Blocks, func(a, b Block) int { return cmpUint(a.Number, b.Number) })
	oppsSorted := slices.IsSortedFunc(r.Opportunities, cmpOpportunity)
	compsSorted := slices.IsSortedFunc(r.Competitors, func(a, b Competitor) int { return cmpUint(a.Block, b.Block) })
	if blocksSorted && oppsSorted && compsSorted {
		return r
	}
	c := *r
	c.Blocks = slices.Clone(r.Blocks)
	slices.SortStableFunc(c.Blocks, func(a, b Block) int { return cmpUint(a.Number, b.Number) })
	c.Opportunities = slices.Clone(r.Opportunities)
	sortOpportunities(c.Opportunities)
	c.Competitors = slices.Clone(r.Competitors)
	slices.SortStableFunc(c.Competitors, func(a, b Competitor) int { return cmpUint(a.Block, b.Block) })
	return &c
}

func csvBytes(rows [][]string) ([]byte, error) {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.UseCRLF = true
	if err := w.WriteAll(rows); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func u64(v uint64) string { return strconv.FormatUint(v, 10) }

// amount keeps decimal amounts as they are and writes a missing one as 0.
func amount(s string) string {
	if s == "" {
		return "0"
	}
	return s
}

func opportunityRows(os []Opportunity) [][]string {
	rows := [][]string{{"block", "strategy", "kind", "id", "position", "inputs", "gas_used", "gas_cost_wei", "bid_wei", "profit_wei", "landed", "reason"}}
	for _, o := range os {
		rows = append(rows, []string{u64(o.Block), o.Strategy, o.Kind, o.ID, o.Position, o.Inputs, u64(o.GasUsed),
			amount(o.GasCost), amount(o.Bid), amount(o.Profit), strconv.FormatBool(o.Landed), o.Reason})
	}
	return rows
}

func blockRows(bs []Block) [][]string {
	rows := [][]string{{"number", "txs", "gas_used", "coinbase_paid_wei", "opportunities", "landed", "our_gas"}}
	for _, b := range bs {
		rows = append(rows, []string{u64(b.Number), strconv.Itoa(b.Txs), u64(b.GasUsed), amount(b.CoinbasePaid),
			strconv.Itoa(b.Opportunities), strconv.Itoa(b.Landed), u64(b.OurGas)})
	}
	return rows
}

func competitorRows(cs []Competitor) [][]string {
	rows := [][]string{{"block", "tx", "kind", "searcher", "contract", "details", "coinbase_paid_wei", "seen", "sized_profit_wei", "would_win", "reason"}}
	for _, c := range cs {
		rows = append(rows, []string{u64(c.Block), c.Tx, c.Kind, c.Searcher, c.Contract, c.Details, amount(c.CoinbasePaid),
			strconv.FormatBool(c.Seen), c.Sized, strconv.FormatBool(c.WouldWin), c.Reason})
	}
	return rows
}
