package report

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

// TestMergeEqualsSerial splits a range into shards at several points (some
// inside a liquidation found in two blocks, some between a competitor and
// the opportunity that saw it), merges them in any order, and wants the
// serial run's Result exactly.
func TestMergeEqualsSerial(t *testing.T) {
	const from, to = 100, 260
	serial := fixture(from, to)
	if serial.Summary.Totals[1].Landed == 0 || serial.Summary.CompetitorsSeen == 0 {
		t.Fatalf("fixture too thin: %+v", serial.Summary)
	}
	tests := []struct {
		name  string
		cuts  []uint64 // first block of each shard after the first
		order []int    // order the shards are passed in
	}{
		{name: "one shard", order: []int{0}},
		{name: "two shards", cuts: []uint64{180}, order: []int{0, 1}},
		{name: "two shards reversed", cuts: []uint64{180}, order: []int{1, 0}},
		{name: "cut between a liquidation's two finds", cuts: []uint64{105}, order: []int{1, 0}},
		{name: "many shards shuffled", cuts: []uint64{101, 131, 132, 150, 203, 259, 260}, order: []int{3, 0, 7, 5, 1, 6, 2, 4}},
		{name: "single-block shards", cuts: seq(from+1, to), order: rev(to - from + 1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bounds := append(append([]uint64{from}, tt.cuts...), to+1)
			var shards []*Result
			for i := 0; i+1 < len(bounds); i++ {
				shards = append(shards, fixture(bounds[i], bounds[i+1]-1))
			}
			parts := make([]*Result, len(shards))
			for i, j := range tt.order {
				parts[i] = shards[j]
			}
			m := Merger{Match: testMatch}
			got, err := m.Merge(parts...)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, serial) {
				diffResults(t, got, serial)
			}
			again, err := m.Merge(parts...)
			if err != nil || !reflect.DeepEqual(again, got) {
				t.Errorf("merging the same shards twice: got a different result (err %v): the parts were modified", err)
			}
		})
	}
}

// TestMergeWithoutMatch: without a matcher the landed-once rule and the
// totals are still the serial run's; a competitor keeps its shard's
// verdict, which differs only across a cut.
func TestMergeWithoutMatch(t *testing.T) {
	serial := fixture(100, 200)
	got, err := Merge(fixture(150, 200), fixture(100, 149))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Opportunities, serial.Opportunities) {
		t.Errorf("opportunities differ from the serial run's")
	}
	if !reflect.DeepEqual(got.Blocks, serial.Blocks) {
		t.Errorf("blocks differ from the serial run's")
	}
	if !reflect.DeepEqual(got.Summary.Totals, serial.Summary.Totals) {
		t.Errorf("got totals %+v, want %+v", got.Summary.Totals, serial.Summary.Totals)
	}
}

func TestMergeErrors(t *testing.T) {
	other := func(f func(r *Result)) *Result { r := fixture(201, 300); f(r); return r }
	tests := []struct {
		name  string
		parts []*Result
		err   error
		msg   string
	}{
		{"none", nil, ErrNoParts, ""},
		{"nil part", []*Result{fixture(100, 200), nil}, ErrBadShard, "part 1 is nil"},
		{"overlap", []*Result{fixture(150, 260), fixture(100, 200)}, ErrOverlap, "blocks 150..200 are in both shard 100..200 and shard 150..260"},
		{"same shard twice", []*Result{fixture(100, 200), fixture(100, 200)}, ErrOverlap, "blocks 100..200"},
		{"contained", []*Result{fixture(100, 300), fixture(150, 160)}, ErrOverlap, "blocks 150..160"},
		{"gap", []*Result{fixture(100, 200), fixture(211, 300)}, ErrGap, "blocks 201..210 are missing between shard 100..200 and shard 211..300"},
		{"one-block gap", []*Result{fixture(202, 300), fixture(100, 200)}, ErrGap, "blocks 201..201"},
		{"other chain", []*Result{fixture(100, 200), other(func(r *Result) { r.Summary.Run.ChainID = 1 })}, ErrMismatch, "chain 1337 and chain 1"},
		{"other strategies", []*Result{fixture(100, 200), other(func(r *Result) { r.Summary.Run.Strategies = []string{"arbitrage"} })}, ErrMismatch, "strategies"},
		{"other inclusion", []*Result{fixture(100, 200), other(func(r *Result) { r.Summary.Run.Inclusion = "outbid" })}, ErrMismatch, `inclusion "always" and "outbid"`},
		{"other config", []*Result{fixture(100, 200), other(func(r *Result) { r.Summary.Run.ConfigHash = "abcd" })}, ErrMismatch, "config 9f2c and abcd"},
		{"missing block", []*Result{fixture(100, 200), other(func(r *Result) { r.Blocks = r.Blocks[1:] })}, ErrBadShard, "shard 201..300 has 99 blocks, want 100"},
		{"block out of place", []*Result{fixture(100, 200), other(func(r *Result) { r.Blocks[3].Number = 999 })}, ErrBadShard, "block 999 at position 3, want block 204"},
		{"opportunity outside", []*Result{fixture(100, 200), other(func(r *Result) { r.Opportunities[0].Block = 50 })}, ErrBadShard, "in block 50"},
		{"from after to", []*Result{other(func(r *Result) { r.Summary.Run.From = 400 })}, ErrBadShard, "from after to"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Merge(tt.parts...)
			if !errors.Is(err, tt.err) {
				t.Fatalf("got err %v, want %v", err, tt.err)
			}
			if got != nil {
				t.Errorf("got a result with the error")
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("got %q, want it to say %q", err, tt.msg)
			}
		})
	}
}

// TestRecountLandedOnce: an opportunity landed in two blocks counts once.
func TestRecountLandedOnce(t *testing.T) {
	run := Run{From: 10, To: 12, Strategies: []string{"s"}}
	r := &Result{
		Blocks: []Block{{Number: 10}, {Number: 11}, {Number: 12}},
		Opportunities: []Opportunity{
			{Block: 10, Strategy: "s", ID: "a", Profit: "5", GasUsed: 1, Landed: true},
			{Block: 11, Strategy: "s", ID: "a", Profit: "7", GasUsed: 2, Landed: true},
			{Block: 11, Strategy: "t", ID: "a", Profit: "-3", GasUsed: 4, Landed: true},
			{Block: 12, Strategy: "s", ID: "b", Profit: "9", GasUsed: 8, Reason: "reverted: call 0: x"},
		},
		Competitors: []Competitor{{Block: 11, Seen: true}, {Block: 12, Seen: true, WouldWin: true}, {Block: 12}},
	}
	Recount(r, run)
	if o := r.Opportunities[1]; o.Landed || o.Reason != "already landed in block 10" {
		t.Errorf("got landed %v reason %q, want false, already landed in block 10", o.Landed, o.Reason)
	}
	wantTotals := []StrategyTotal{
		{Strategy: "s", Opportunities: 3, Landed: 1, Profit: "5", GasUsed: 1},
		{Strategy: "t", Opportunities: 1, Landed: 1, Profit: "-3", GasUsed: 4},
	}
	if !reflect.DeepEqual(r.Summary.Totals, wantTotals) {
		t.Errorf("got totals %+v, want %+v", r.Summary.Totals, wantTotals)
	}
	wantBlocks := []Block{{Number: 10, Opportunities: 1, Landed: 1, OurGas: 1}, {Number: 11, Opportunities: 2, Landed: 1, OurGas: 4}, {Number: 12, Opportunities: 1}}
	if !reflect.DeepEqual(r.Blocks, wantBlocks) {
		t.Errorf("got blocks %+v, want %+v", r.Blocks, wantBlocks)
	}
	if s := r.Summary; s.Competitors != 3 || s.CompetitorsSeen != 2 || s.CompetitorsWon != 1 || s.Blocks != 3 {
		t.Errorf("got summary %+v, want 3 blocks, 3 competitors, 2 seen, 1 won", s)
	}
}

func seq(a, b uint64) []uint64 {
	var s []uint64
	for n := a; n <= b; n++ {
		s = append(s, n)
	}
	return s
}

func rev(n uint64) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = int(n) - 1 - i
	}
	return s
}

// diffResults reports the first differences between two results.
func diffResults(t *testing.T, got, want *Result) {
	t.Helper()
	if !reflect.DeepEqual(got.Summary, want.Summary) {
		t.Errorf("summary: got %+v, want %+v", got.Summary, want.Summary)
	}
	n := 0
	for i := 0; i < min(len(got.Opportunities), len(want.Opportunities)) && n < 5; i++ {
		if !reflect.DeepEqual(got.Opportunities[i], want.Opportunities[i]) {
			t.Errorf("opportunity %d: got %+v, want %+v", i, got.Opportunities[i], want.Opportunities[i])
			n++
		}
	}
	for i := 0; i < min(len(got.Competitors), len(want.Competitors)) && n < 10; i++ {
		if !reflect.DeepEqual(got.Competitors[i], want.Competitors[i]) {
			t.Errorf("competitor %d: got %+v, want %+v", i, got.Competitors[i], want.Competitors[i])
			n++
		}
	}
	for i := 0; i < min(len(got.Blocks), len(want.Blocks)) && n < 15; i++ {
		if !reflect.DeepEqual(got.Blocks[i], want.Blocks[i]) {
			t.Errorf("block %d: got %+v, want %+v", i, got.Blocks[i], want.Blocks[i])
			n++
		}
	}
	if len(got.Opportunities) != len(want.Opportunities) || len(got.Competitors) != len(want.Competitors) || len(got.Blocks) != len(want.Blocks) {
		t.Errorf("got %d/%d/%d rows, want %d/%d/%d", len(got.Opportunities), len(got.Competitors), len(got.Blocks), len(want.Opportunities), len(want.Competitors), len(want.Blocks))
	}
}
