package report

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestWriteDeterministic writes the same Result twice (and a copy with its
// rows shuffled out of order) and compares every file byte for byte.
func TestWriteDeterministic(t *testing.T) {
	r := fixture(100, 400)
	a, b := t.TempDir(), t.TempDir()
	if err := Write(a, r); err != nil {
		t.Fatal(err)
	}
	if err := Write(b, fixture(100, 400)); err != nil {
		t.Fatal(err)
	}
	want := []string{SummaryFile, OpportunitiesFile, BlocksFile, CompetitorsFile, HTMLFile, "cumulative-profit.png", "blocks.png", "profit-distribution.png"}
	es, err := os.ReadDir(a)
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != len(want) {
		t.Errorf("got %d files, want %d (%v)", len(es), len(want), want)
	}
	for _, name := range want {
		x, err := os.ReadFile(filepath.Join(a, name))
		if err != nil {
			t.Fatal(err)
		}
		y, err := os.ReadFile(filepath.Join(b, name))
		if err != nil {
			t.Fatal(err)
		}
		if len(x) == 0 {
			t.Errorf("%s: empty", name)
		}
		if !bytes.Equal(x, y) {
			t.Errorf("%s: two writes of the same Result differ", name)
		}
	}
}
