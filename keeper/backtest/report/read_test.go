package report

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestReadRoundTrip: Read gives back the Result Write wrote, escaping
// included, and shards read from their directories merge into the serial
// run's report, byte for byte.
func TestReadRoundTrip(t *testing.T) {
	r := fixture(100, 220)
	r.Opportunities[0].Reason = "reverted: \"a, b\"\nline two"
	r.Opportunities[0].Landed = false
	Recount(r, r.Summary.Run)
	dir := t.TempDir()
	if err := Write(dir, r); err != nil {
		t.Fatal(err)
	}
	got, err := Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, r) {
		diffResults(t, got, r)
	}

	// Three machines, three directories; merged and written again.
	var parts []*Result
	for _, rg := range [][2]uint64{{161, 220}, {100, 130}, {131, 160}} {
		d := t.TempDir()
		if err := Write(d, fixture(rg[0], rg[1])); err != nil {
			t.Fatal(err)
		}
		p, err := Read(d)
		if err != nil {
			t.Fatal(err)
		}
		parts = append(parts, p)
	}
	merged, err := Merger{Match: testMatch}.Merge(parts...)
	if err != nil {
		t.Fatal(err)
	}
	serial, mergedDir := t.TempDir(), t.TempDir()
	if err := Write(serial, fixture(100, 220)); err != nil {
		t.Fatal(err)
	}
	if err := Write(mergedDir, merged); err != nil {
		t.Fatal(err)
	}
	compareDirs(t, serial, mergedDir)
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name  string
		spoil func(dir string)
		err   error
		msg   string
	}{
		{"no summary", func(d string) { os.Remove(filepath.Join(d, SummaryFile)) }, os.ErrNotExist, SummaryFile},
		{"bad summary", func(d string) { os.WriteFile(filepath.Join(d, SummaryFile), []byte("{"), 0o644) }, ErrFormat, SummaryFile},
		{"no csv", func(d string) { os.Remove(filepath.Join(d, BlocksFile)) }, os.ErrNotExist, BlocksFile},
		{"other header", func(d string) { os.WriteFile(filepath.Join(d, BlocksFile), []byte("n,txs\r\n1,2\r\n"), 0o644) }, ErrFormat, "header"},
		{"bad number", func(d string) {
			os.WriteFile(filepath.Join(d, BlocksFile), []byte("number,txs,gas_used,coinbase_paid_wei,opportunities,landed,our_gas\r\n1,x,3,0,0,0,0\r\n"), 0o644)
		}, ErrFormat, `row 1: column 2: "x" is not a number`},
		{"short row", func(d string) {
			os.WriteFile(filepath.Join(d, CompetitorsFile), []byte(strings.Join(competitorRows(nil)[0], ",")+"\r\n1,0xab\r\n"), 0o644)
		}, ErrFormat, "wrong number of fields"},
		{"bad bool", func(d string) {
			os.WriteFile(filepath.Join(d, CompetitorsFile), []byte(strings.Join(competitorRows(nil)[0], ",")+"\r\n1,0xab,k,s,c,d,0,maybe,,false,\r\n"), 0o644)
		}, ErrFormat, `"maybe" is not true or false`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := Write(dir, fixture(1, 20)); err != nil {
				t.Fatal(err)
			}
			tt.spoil(dir)
			_, err := Read(dir)
			if !errors.Is(err, tt.err) {
				t.Fatalf("got err %v, want %v", err, tt.err)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("got %q, want it to say %q", err, tt.msg)
			}
		})
	}
}
