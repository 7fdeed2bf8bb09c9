package report

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// writeDirEnv makes the test binary write the fixture's report into the
// directory it names and exit (see TestMain): a second process for
// TestWriteAcrossProcesses.
const writeDirEnv = "KEEPERKIT_REPORT_WRITE_DIR"

func TestMain(m *testing.M) {
	if dir := os.Getenv(writeDirEnv); dir != "" {
		if err := Write(dir, fixture(100, 400)); err != nil {
			os.Stderr.WriteString(err.Error() + "\n")
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// TestWriteAcrossProcesses: another process (other map seeds, other
// addresses) writes the same bytes.
func TestWriteAcrossProcesses(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	if err := Write(a, fixture(100, 400)); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), writeDirEnv+"="+b)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("second process: %v\n%s", err, out)
	}
	compareDirs(t, a, b)
}

func compareDirs(t *testing.T, a, b string) {
	t.Helper()
	es, err := os.ReadDir(a)
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 8 {
		t.Errorf("got %d files in %s, want 8", len(es), a)
	}
	for _, e := range es {
		x, err := os.ReadFile(filepath.Join(a, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		y, err := os.ReadFile(filepath.Join(b, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(x, y) {
			t.Errorf("%s: the two writes differ", e.Name())
		}
	}
}

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

// TestWriteEdgeCases: ranges and amounts that stress the plots' axes all
// give a complete report.
func TestWriteEdgeCases(t *testing.T) {
	one := func(profits ...string) *Result {
		r := &Result{Blocks: []Block{{Number: 9, GasUsed: 30_000_000}}}
		for i, p := range profits {
			r.Opportunities = append(r.Opportunities, Opportunity{Block: 9, Strategy: "s", ID: string(rune('a' + i)), Position: "top", Profit: p, Landed: p[0] != '-'})
		}
		Recount(r, Run{From: 9, To: 9, Strategies: []string{"s"}})
		return r
	}
	tests := []struct {
		name string
		r    *Result
	}{
		{"single block, no opportunity", one()},
		{"single opportunity", one("5")},
		{"equal profits", one("7", "7", "7")},
		{"losses only", one("-3", "-1000000000000000000")},
		{"huge amounts", one("115792089237316195423570985008687907853269984665640564039457584007913129639935", "1")},
		{"malformed amount", one("12x")},
		{"blocks not at the run's start", func() *Result { r := one("5"); r.Summary.Run.From = 1; return r }()},
		{"nothing at all", &Result{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := Write(dir, tt.r); err != nil {
				t.Fatal(err)
			}
			es, err := os.ReadDir(dir)
			if err != nil {
				t.Fatal(err)
			}
			if len(es) != 8 {
				t.Errorf("got %d files, want 8", len(es))
			}
		})
	}
}
