package report

import (
	"fmt"
	"math/big"
	"slices"
	"strconv"
	"strings"
)

// alreadyLanded is the prefix of the Reason the landed-once rule gives an
// opportunity found again after it landed: "already landed in block N".
const alreadyLanded = "already landed in block "

// Merger merges shards of one run. The zero value is ready to use; Merge is
// Merger{}.Merge.
type Merger struct {
	// Match, when set, recomputes every competitor's Seen, Sized, WouldWin
	// and Reason against the opportunities of the whole merged range, before
	// the landed-once rule is applied, as the serial run does (pass
	// compete.Match). Without it each competitor keeps what its own shard
	// decided, which differs from the serial run only when the matching
	// opportunity was found in an earlier shard.
	Match func(competitors []Competitor, ours []Opportunity)
}

// Merge joins results of contiguous block ranges of one run, given in any
// order, into the result the serial run over the whole range gives; see
// Merger.Merge.
func Merge(parts ...*Result) (*Result, error) {
	return Merger{}.Merge(parts...)
}

// Merge joins results of contiguous block ranges of one run, given in any
// order. The shards must have the same chain, strategies, inclusion model
// and config hash (ErrMismatch), and their ranges (Summary.Run.From..To)
// must tile one range with no overlap (ErrOverlap) and no gap (ErrGap); the
// errors name the blocks. The parts are not modified.
//
// The run-wide pass is redone on the joined rows: an opportunity (strategy
// and ID) counts as landed only in the first block where it landed, later
// ones get Reason "already landed in block N"; then each block's
// Opportunities, Landed and OurGas and the whole Summary are recomputed.
func (m Merger) Merge(parts ...*Result) (*Result, error) {
	if len(parts) == 0 {
		return nil, ErrNoParts
	}
	ps := make([]*Result, 0, len(parts))
	for i, p := range parts {
		if p == nil {
			return nil, fmt.Errorf("%w: part %d is nil", ErrBadShard, i)
		}
		if err := checkShard(p); err != nil {
			return nil, err
		}
		ps = append(ps, p)
	}
	slices.SortStableFunc(ps, func(a, b *Result) int { return cmpUint(a.Summary.Run.From, b.Summary.Run.From) })
	first := ps[0].Summary.Run
	for i := 1; i < len(ps); i++ {
		prev, cur := ps[i-1].Summary.Run, ps[i].Summary.Run
		if err := sameRun(first, cur); err != nil {
			return nil, err
		}
		switch {
		case cur.From <= prev.To:
			return nil, fmt.Errorf("%w: blocks %d..%d are in both shard %d..%d and shard %d..%d",
				ErrOverlap, cur.From, min(prev.To, cur.To), prev.From, prev.To, cur.From, cur.To)
		case cur.From > prev.To+1:
			return nil, fmt.Errorf("%w: blocks %d..%d are missing between shard %d..%d and shard %d..%d",
				ErrGap, prev.To+1, cur.From-1, prev.From, prev.To, cur.From, cur.To)
		}
	}
	out := &Result{Blocks: []Block{}, Opportunities: []Opportunity{}, Competitors: []Competitor{}}
	for _, p := range ps {
		out.Blocks = append(out.Blocks, p.Blocks...)
		out.Opportunities = append(out.Opportunities, p.Opportunities...)
		out.Competitors = append(out.Competitors, p.Competitors...)
	}
	run := first
	run.To = ps[len(ps)-1].Summary.Run.To
	run.Strategies = slices.Clone(first.Strategies)
	// Undo each shard's landed-once rule: the serial run applies it once
	// over the whole range, and competitor matching sees the rows before it.
	for i := range out.Opportunities {
		o := &out.Opportunities[i]
		if !o.Landed && strings.HasPrefix(o.Reason, alreadyLanded) {
			o.Landed, o.Reason = true, ""
		}
	}
	if m.Match != nil {
		m.Match(out.Competitors, out.Opportunities)
	}
	Recount(out, run)
	return out, nil
}

// Recount applies the run-wide rules to r's rows and recomputes everything
// derived from them: an opportunity (strategy and ID) counts as landed only
// in its first landed block (later ones get Reason "already landed in block
// N"), each block's Opportunities, Landed and OurGas, and r.Summary with run
// as its Run. Totals has one row per strategy of run.Strategies or of the
// opportunities, sorted by name. Opportunities are first put in the
// Result's documented order (block, position, strategy, ID): "first landed"
// is by that order.
func Recount(r *Result, run Run) {
	sortOpportunities(r.Opportunities)
	byBlock := make(map[uint64]int, len(r.Blocks))
	for i := range r.Blocks {
		b := &r.Blocks[i]
		b.Opportunities, b.Landed, b.OurGas = 0, 0, 0
		byBlock[b.Number] = i
	}
	totals := map[string]*StrategyTotal{}
	profits := map[string]*big.Int{}
	total := func(name string) *StrategyTotal {
		t := totals[name]
		if t == nil {
			t = &StrategyTotal{Strategy: name}
			totals[name] = t
			profits[name] = new(big.Int)
		}
		return t
	}
	for _, n := range run.Strategies {
		total(n)
	}
	landedAt := map[string]uint64{}
	for i := range r.Opportunities {
		o := &r.Opportunities[i]
		if o.Landed {
			key := o.Strategy + "\x00" + o.ID
			if b, dup := landedAt[key]; dup {
				o.Landed, o.Reason = false, alreadyLanded+strconv.FormatUint(b, 10)
			} else {
				landedAt[key] = o.Block
			}
		}
		t := total(o.Strategy)
		t.Opportunities++
		bi, inRange := byBlock[o.Block]
		if inRange {
			r.Blocks[bi].Opportunities++
		}
		if !o.Landed {
			continue
		}
		t.Landed++
		t.GasUsed += o.GasUsed
		if v, ok := new(big.Int).SetString(o.Profit, 10); ok {
			profits[o.Strategy].Add(profits[o.Strategy], v)
		}
		if inRange {
			r.Blocks[bi].Landed++
			r.Blocks[bi].OurGas += o.GasUsed
		}
	}
	names := make([]string, 0, len(totals))
	for n := range totals {
		names = append(names, n)
	}
	slices.Sort(names)
	s := Summary{Run: run, Blocks: len(r.Blocks), Totals: make([]StrategyTotal, 0, len(names)), Competitors: len(r.Competitors)}
	for _, n := range names {
		t := *totals[n]
		t.Profit = profits[n].String()
		s.Totals = append(s.Totals, t)
	}
	for _, b := range r.Blocks {
		s.Txs += b.Txs
	}
	for _, c := range r.Competitors {
		if c.Seen {
			s.CompetitorsSeen++
		}
		if c.WouldWin {
			s.CompetitorsWon++
		}
	}
	r.Summary = s
}

// checkShard checks that a shard's blocks are its range, in order.
func checkShard(p *Result) error {
	run := p.Summary.Run
	if run.From > run.To {
		return fmt.Errorf("%w: shard %d..%d: from after to", ErrBadShard, run.From, run.To)
	}
	if want := run.To - run.From + 1; uint64(len(p.Blocks)) != want {
		return fmt.Errorf("%w: shard %d..%d has %d blocks, want %d", ErrBadShard, run.From, run.To, len(p.Blocks), want)
	}
	for i, b := range p.Blocks {
		if want := run.From + uint64(i); b.Number != want {
			return fmt.Errorf("%w: shard %d..%d: block %d at position %d, want block %d", ErrBadShard, run.From, run.To, b.Number, i, want)
		}
	}
	for _, o := range p.Opportunities {
		if o.Block < run.From || o.Block > run.To+1 {
			return fmt.Errorf("%w: shard %d..%d: opportunity %s in block %d", ErrBadShard, run.From, run.To, o.ID, o.Block)
		}
	}
	return nil
}

// sameRun reports whether two shards come from the same run.
func sameRun(a, b Run) error {
	switch {
	case a.ChainID != b.ChainID:
		return fmt.Errorf("%w: chain %d and chain %d", ErrMismatch, a.ChainID, b.ChainID)
	case !slices.Equal(a.Strategies, b.Strategies):
		return fmt.Errorf("%w: strategies %v and %v", ErrMismatch, a.Strategies, b.Strategies)
	case a.Inclusion != b.Inclusion:
		return fmt.Errorf("%w: inclusion %q and %q", ErrMismatch, a.Inclusion, b.Inclusion)
	case a.ConfigHash != b.ConfigHash:
		return fmt.Errorf("%w: config %s and %s", ErrMismatch, a.ConfigHash, b.ConfigHash)
	}
	return nil
}

// sortOpportunities puts opportunities in the Result's documented order:
// block, then position, strategy and ID.
func sortOpportunities(os []Opportunity) {
	slices.SortStableFunc(os, cmpOpportunity)
}

func cmpOpportunity(a, b Opportunity) int {
	if c := cmpUint(a.Block, b.Block); c != 0 {
		return c
	}
	return strings.Compare(a.Position+"\x00"+a.Strategy+"\x00"+a.ID, b.Position+"\x00"+b.Strategy+"\x00"+b.ID)
}

func cmpUint(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
