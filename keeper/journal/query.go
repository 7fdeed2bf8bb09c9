package journal

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"time"
)

// Entry is one opportunity with what became of it.
type Entry struct {
	Opportunity
	// Simulations and SimulationsOK count its simulations, all and those
	// that did not revert; Bundles counts the bundles built for it.
	Simulations, SimulationsOK, Bundles int
	// Status is its outcome, "" while undecided; RealisedWei, LandedBlock
	// and GasUsed come from the outcome (nil and zeros without one).
	Status      Status
	RealisedWei *big.Int
	LandedBlock uint64
	GasUsed     uint64
}

// Totals sums one strategy's opportunities.
type Totals struct {
	Strategy string
	// Found opportunities; Simulated had a simulation, SimulatedOK one that
	// did not revert; Bundled had at least one bundle built.
	Found, Simulated, SimulatedOK, Bundled int
	// Outcomes by status.
	Landed, Failed, Expired, Reorged int
	// ProfitWei is the realised profit of landed opportunities, in wei.
	ProfitWei *big.Int
	// GasUsed by landed and failed bundles, in gas units.
	GasUsed uint64
}

const entrySelect = `SELECT o.id, o.strategy, o.kind, o.block, o.min_block, o.max_block, o.profit_wei, o.gas, o.found_at,
	COALESCE(oc.status, ''), COALESCE(oc.profit_wei, ''), COALESCE(oc.block, 0), COALESCE(oc.gas_used, 0),
	(SELECT COUNT(*) FROM simulations s WHERE s.opportunity_id = o.id),
	(SELECT COUNT(*) FROM simulations s WHERE s.opportunity_id = o.id AND s.ok),
	(SELECT COUNT(*) FROM bundles b WHERE b.opportunity_id = o.id)
	FROM opportunities o LEFT JOIN outcomes oc ON oc.opportunity_id = o.id`

// Recent returns the limit most recently found opportunities, newest first.
func (j *Journal) Recent(ctx context.Context, limit int) ([]Entry, error) {
	return j.entries(ctx, entrySelect+` ORDER BY o.found_at DESC, o.id LIMIT ?`, limit)
}

// Totals sums the opportunities found since the given time (the zero time
// for all), per strategy, sorted by strategy name.
func (j *Journal) Totals(ctx context.Context, since time.Time) ([]Totals, error) {
	var from int64
	if !since.IsZero() {
		from = since.UnixMilli()
	}
	es, err := j.entries(ctx, entrySelect+` WHERE o.found_at >= ?`, from)
	if err != nil {
		return nil, err
	}
	by := map[string]*Totals{}
	for i := range es {
		e := &es[i]
		t := by[e.Strategy]
		if t == nil {
			t = &Totals{Strategy: e.Strategy, ProfitWei: new(big.Int)}
			by[e.Strategy] = t
		}
		t.Found++
		if e.Simulations > 0 {
			t.Simulated++
		}
		if e.SimulationsOK > 0 {
			t.SimulatedOK++
		}
		if e.Bundles > 0 {
			t.Bundled++
		}
		switch e.Status {
		case StatusLanded:
			t.Landed++
			t.ProfitWei.Add(t.ProfitWei, e.RealisedWei)
			t.GasUsed += e.GasUsed
		case StatusFailed:
			t.Failed++
			t.GasUsed += e.GasUsed
		case StatusExpired:
			t.Expired++
		case StatusReorged:
			t.Reorged++
		}
	}
	out := make([]Totals, 0, len(by))
	for _, t := range by {
		out = append(out, *t)
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Strategy < out[b].Strategy })
	return out, nil
}

func (j *Journal) entries(ctx context.Context, query string, args ...any) ([]Entry, error) {
	rows, err := j.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("journal: query: %w", err)
	}
	defer rows.Close()
	var out []Entry
	for rows.Next() {
		var e Entry
		var block, minB, maxB, gas, found, landed, gasUsed int64
		var profit, realised, status string
		if err := rows.Scan(&e.ID, &e.Strategy, &e.Kind, &block, &minB, &maxB, &profit, &gas, &found,
			&status, &realised, &landed, &gasUsed, &e.Simulations, &e.SimulationsOK, &e.Bundles); err != nil {
			return nil, fmt.Errorf("journal: query: %w", err)
		}
		e.Block, e.MinBlock, e.MaxBlock, e.Gas = uint64(block), uint64(minB), uint64(maxB), uint64(gas)
		e.FoundAt = time.UnixMilli(found)
		e.Status, e.LandedBlock, e.GasUsed = Status(status), uint64(landed), uint64(gasUsed)
		var ok bool
		if e.ProfitWei, ok = new(big.Int).SetString(profit, 10); !ok {
			return nil, fmt.Errorf("journal: opportunity %s: profit %q is not a decimal", e.ID, profit)
		}
		if status != "" {
			if e.RealisedWei, ok = new(big.Int).SetString(realised, 10); !ok {
				return nil, fmt.Errorf("journal: outcome of %s: profit %q is not a decimal", e.ID, realised)
			}
		}
		out = append(out, e)
	}
	return out, rows.Err()
}
