package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// badExpectations reads the "# want:" and "# never:" lines at the top of a
// configs/bad file.
func badExpectations(t *testing.T, path string) (want, never []string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if s, ok := strings.CutPrefix(line, "# want: "); ok {
			want = append(want, s)
		}
		if s, ok := strings.CutPrefix(line, "# never: "); ok {
			never = append(never, s)
		}
	}
	if len(want) == 0 {
		t.Fatalf("%s has no # want: lines: the test would prove nothing", path)
	}
	return want, never
}

// TestBadConfigs: every example in configs/bad fails with an error naming
// the key path, the value and the line its # want: lines give.
func TestBadConfigs(t *testing.T) {
	files, err := filepath.Glob("../../configs/bad/*.toml")
	if err != nil || len(files) < 10 {
		t.Fatalf("configs/bad: got %d files (%v), want at least 10", len(files), err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			want, never := badExpectations(t, f)
			_, err := Load(f)
			if err == nil {
				t.Fatalf("got nil error, want one containing %q", want)
			}
			if !errors.Is(err, ErrInvalid) {
				t.Errorf("error %v does not wrap ErrInvalid", err)
			}
			if !strings.Contains(err.Error(), f) {
				t.Errorf("error %q does not name the file", err)
			}
			for _, w := range want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
			for _, n := range never {
				if strings.Contains(err.Error(), n) {
					t.Errorf("error %q contains %q", err, n)
				}
			}
		})
	}
}
