package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestConfigCheckBadExamples runs `keeper config check` on every file in
// configs/bad: exit 1, and stderr holds what the file's "# want:" lines say
// and none of its "# never:" lines.
func TestConfigCheckBadExamples(t *testing.T) {
	files, err := filepath.Glob("../../configs/bad/*.toml")
	if err != nil || len(files) == 0 {
		t.Fatalf("configs/bad: no files (%v)", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var want, never []string
			for _, line := range strings.Split(string(b), "\n") {
				if s, ok := strings.CutPrefix(line, "# want: "); ok {
					want = append(want, s)
				}
				if s, ok := strings.CutPrefix(line, "# never: "); ok {
					never = append(never, s)
				}
			}
			if len(want) == 0 {
				t.Fatal("no # want: lines")
			}
			code, out, errOut := keeper(t, nil, "--log-level", "trace", "config", "check", f)
			if code != exitFailure {
				t.Errorf("exit: got %d, want %d", code, exitFailure)
			}
			if strings.Contains(out, ": ok") {
				t.Errorf("stdout claims success:\n%s", out)
			}
			for _, w := range want {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr lacks %q:\n%s", w, errOut)
				}
			}
			for _, n := range never {
				if strings.Contains(out+errOut, n) {
					t.Errorf("output contains %q:\n%s%s", n, out, errOut)
				}
			}
		})
	}
}
