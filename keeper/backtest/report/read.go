package report

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
)

// Read reads back the Result a report directory was written from
// (summary.json and the three CSVs; the plots and the page are not read),
// so that reports of shards run on other machines can be merged: Read each
// directory, Merge, Write. Write then Read gives the Result back, except
// that empty amounts read back as "0".
func Read(dir string) (*Result, error) {
	raw, err := os.ReadFile(filepath.Join(dir, SummaryFile))
	if err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	r := &Result{Blocks: []Block{}, Opportunities: []Opportunity{}, Competitors: []Competitor{}}
	if err := json.Unmarshal(raw, &r.Summary); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrFormat, filepath.Join(dir, SummaryFile), err)
	}
	if r.Summary.Totals == nil {
		r.Summary.Totals = []StrategyTotal{}
	}
	tables := []struct {
		name   string
		header []string
		row    func(p *fields) error
	}{
		{OpportunitiesFile, opportunityRows(nil)[0], func(p *fields) error {
			o := Opportunity{Block: p.u64(), Strategy: p.str(), Kind: p.str(), ID: p.str(), Position: p.str(), Inputs: p.str(),
				GasUsed: p.u64(), GasCost: p.str(), Bid: p.str(), Profit: p.str(), Landed: p.bool(), Reason: p.str()}
			r.Opportunities = append(r.Opportunities, o)
			return p.err
		}},
		{BlocksFile, blockRows(nil)[0], func(p *fields) error {
			b := Block{Number: p.u64(), Txs: p.int(), GasUsed: p.u64(), CoinbasePaid: p.str(), Opportunities: p.int(), Landed: p.int(), OurGas: p.u64()}
			r.Blocks = append(r.Blocks, b)
			return p.err
		}},
		{CompetitorsFile, competitorRows(nil)[0], func(p *fields) error {
			c := Competitor{Block: p.u64(), Tx: p.str(), Kind: p.str(), Searcher: p.str(), Contract: p.str(), Details: p.str(),
				CoinbasePaid: p.str(), Seen: p.bool(), Sized: p.str(), WouldWin: p.bool(), Reason: p.str()}
			r.Competitors = append(r.Competitors, c)
			return p.err
		}},
	}
	for _, t := range tables {
		path := filepath.Join(dir, t.name)
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("report: %w", err)
		}
		rows, err := csv.NewReader(f).ReadAll()
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ErrFormat, path, err)
		}
		if len(rows) == 0 || !slices.Equal(rows[0], t.header) {
			return nil, fmt.Errorf("%w: %s: header is not %v", ErrFormat, path, t.header)
		}
		for i, row := range rows[1:] {
			if err := t.row(&fields{row: row}); err != nil {
				return nil, fmt.Errorf("%w: %s: row %d: %v", ErrFormat, path, i+1, err)
			}
		}
	}
	return r, nil
}

// fields reads one CSV row left to right, keeping the first error.
type fields struct {
	row []string
	i   int
	err error
}

func (p *fields) str() string {
	if p.i >= len(p.row) {
		if p.err == nil {
			p.err = fmt.Errorf("column %d missing", p.i+1)
		}
		return ""
	}
	p.i++
	return p.row[p.i-1]
}

func (p *fields) u64() uint64 {
	s := p.str()
	v, err := strconv.ParseUint(s, 10, 64)
	if err != nil && p.err == nil {
		p.err = fmt.Errorf("column %d: %q is not a number", p.i, s)
	}
	return v
}

func (p *fields) int() int {
	s := p.str()
	v, err := strconv.Atoi(s)
	if err != nil && p.err == nil {
		p.err = fmt.Errorf("column %d: %q is not a number", p.i, s)
	}
	return v
}

func (p *fields) bool() bool {
	s := p.str()
	v, err := strconv.ParseBool(s)
	if err != nil && p.err == nil {
		p.err = fmt.Errorf("column %d: %q is not true or false", p.i, s)
	}
	return v
}
