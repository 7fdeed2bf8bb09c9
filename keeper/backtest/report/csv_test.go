package report

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestCSVEscaping: RFC 4180 quoting of the fields a strategy or a revert
// reason can put in a row.
func TestCSVEscaping(t *testing.T) {
	tests := []struct {
		name   string
		reason string
		want   string // the reason field as written
	}{
		{"plain", "below min profit", "below min profit"},
		{"empty", "", ""},
		{"comma", "reverted: call 0: a, b", `"reverted: call 0: a, b"`},
		{"quote", `reverted: "HF>1"`, `"reverted: ""HF>1"""`},
		// With CRLF line ends a newline inside a field is written as CRLF too.
		{"newline", "line one\nline two", "\"line one\r\nline two\""},
		{"crlf", "a\r\nb", "\"a\r\nb\""},
		{"leading space", " padded", `" padded"`},
		{"unicode", "taux ≥ 1 — 😀", "taux ≥ 1 — 😀"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := Opportunity{Block: 7, Strategy: "liquidation", Kind: "liquidation", ID: "x", Position: "top", GasUsed: 21000,
				GasCost: "1", Bid: "", Profit: "-115792089237316195423570985008687907853269984665640564039457584007913129639935", Reason: tt.reason}
			data, err := csvBytes(opportunityRows([]Opportunity{o}))
			if err != nil {
				t.Fatal(err)
			}
			want := "block,strategy,kind,id,position,inputs,gas_used,gas_cost_wei,bid_wei,profit_wei,landed,reason\r\n" +
				"7,liquidation,liquidation,x,top,,21000,1,0,-115792089237316195423570985008687907853269984665640564039457584007913129639935,false," + tt.want + "\r\n"
			if string(data) != want {
				t.Errorf("got %q, want %q", data, want)
			}
			rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			// encoding/csv reads CRLF inside a quoted field as \n.
			if got, want := rows[1][11], strings.ReplaceAll(tt.reason, "\r\n", "\n"); got != want {
				t.Errorf("read back %q, want %q", got, want)
			}
		})
	}
}

// TestCSVOrdering: rows come out in the documented order whatever order the
// Result holds them in, and every file has its header.
func TestCSVOrdering(t *testing.T) {
	r := &Result{
		Summary: Summary{Run: Run{From: 1, To: 3}},
		Blocks:  []Block{{Number: 3}, {Number: 1}, {Number: 2}},
		Opportunities: []Opportunity{
			{Block: 2, Strategy: "b", ID: "1", Position: "top"},
			{Block: 1, Strategy: "z", ID: "9", Position: "top"},
			{Block: 2, Strategy: "a", ID: "2", Position: "top"},
			{Block: 2, Strategy: "c", ID: "0", Position: "0xab"},
			{Block: 2, Strategy: "a", ID: "1", Position: "top"},
		},
		Competitors: []Competitor{{Block: 3, Tx: "0x2"}, {Block: 1, Tx: "0x9"}, {Block: 3, Tx: "0x1"}},
	}
	dir := t.TempDir()
	if err := Write(dir, r); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		file string
		cols []int
		want [][]string
	}{
		{BlocksFile, []int{0}, [][]string{{"number"}, {"1"}, {"2"}, {"3"}}},
		{OpportunitiesFile, []int{0, 4, 1, 3}, [][]string{{"block", "position", "strategy", "id"},
			{"1", "top", "z", "9"}, {"2", "0xab", "c", "0"}, {"2", "top", "a", "1"}, {"2", "top", "a", "2"}, {"2", "top", "b", "1"}}},
		// Competitors: by block, keeping the order within a block (the
		// order of the transactions in it).
		{CompetitorsFile, []int{0, 1}, [][]string{{"block", "tx"}, {"1", "0x9"}, {"3", "0x2"}, {"3", "0x1"}}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			f, err := os.Open(filepath.Join(dir, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			rows, err := csv.NewReader(f).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			var got [][]string
			for _, row := range rows {
				var g []string
				for _, c := range tt.cols {
					g = append(g, row[c])
				}
				got = append(got, g)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
	if r.Blocks[0].Number != 3 || r.Opportunities[0].Strategy != "b" {
		t.Errorf("Write reordered the caller's Result")
	}
}

// TestSummaryJSON: indented, trailing newline, the JSON tags of types.go.
func TestSummaryJSON(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir, fixture(10, 12)); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(dir, SummaryFile))
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	for _, part := range []string{"{\n  \"run\": {\n    \"chainId\": 1337,\n    \"fromBlock\": 10,\n    \"toBlock\": 12,",
		"\"totals\": [\n    {\n      \"strategy\": \"arbitrage\",", "\"competitorsWon\": "} {
		if !strings.Contains(s, part) {
			t.Errorf("summary.json lacks %q:\n%s", part, s)
		}
	}
	if !strings.HasSuffix(s, "}\n") {
		t.Errorf("summary.json does not end with a newline")
	}
}

func TestMisses(t *testing.T) {
	os := []Opportunity{
		{Strategy: "liq", Landed: true},
		{Strategy: "liq", Reason: "reverted: call 0: HF>1"},
		{Strategy: "liq", Reason: "already landed in block 7"},
		{Strategy: "liq", Reason: "reverted: front tx 0: x"},
		{Strategy: "arb", Reason: "below min profit: 3 < 5"},
		{Strategy: "arb", Reason: "outbid: block paid 9 wei"},
		{Strategy: "arb", Reason: ""},
	}
	want := []missRow{
		{Strategy: "arb", Reason: "(none)", Count: 1, Example: ""},
		{Strategy: "arb", Reason: "below min profit", Count: 1, Example: "below min profit: 3 < 5"},
		{Strategy: "arb", Reason: "outbid", Count: 1, Example: "outbid: block paid 9 wei"},
		{Strategy: "liq", Reason: "reverted", Count: 2, Example: "reverted: call 0: HF>1"},
		{Strategy: "liq", Reason: "already landed", Count: 1, Example: "already landed in block 7"},
	}
	if got := misses(os); !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
}
