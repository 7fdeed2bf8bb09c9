package report

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

func TestBucketSize(t *testing.T) {
	tests := []struct{ n, want int }{{0, 1}, {1, 1}, {1500, 1}, {1501, 2}, {3000, 2}, {3001, 3}, {100000, 67}}
	for _, tt := range tests {
		if got := bucketSize(tt.n); got != tt.want {
			t.Errorf("bucketSize(%d): got %d, want %d", tt.n, got, tt.want)
		}
	}
}

// TestLongRunPlots: a long run's plots are bucketed (their titles say so)
// and report.html stays small; the plots still show every colour.
func TestLongRunPlots(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir, fixture(1, 6000)); err != nil {
		t.Fatal(err)
	}
	page, err := os.ReadFile(filepath.Join(dir, HTMLFile))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"Opportunities per 4 blocks", "Gas per block, mean over 4 blocks", "every 4 blocks"} {
		if !bytes.Contains(page, []byte(s)) {
			t.Errorf("report.html lacks %q", s)
		}
	}
	if len(page) > 3<<20 {
		t.Errorf("report.html is %d bytes for 6,000 blocks, want under 3 MiB", len(page))
	}
	for _, pc := range plotColors {
		img := decodePNG(t, filepath.Join(dir, pc.file))
		if n := countColor(img, pc.c); n < minColorPixels {
			t.Errorf("%s: %s: got %d pixels, want at least %d", pc.file, pc.name, n, minColorPixels)
		}
	}
}
