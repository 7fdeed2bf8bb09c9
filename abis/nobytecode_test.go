package abis_test

import (
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/keeperkit/keeperkit/abis/thirdparty"
)

// TestNoThirdPartyBytecode guards the rule that no Uniswap, Aave or other
// npm bytecode is committed: no file under abis/ may hold a 32-byte window
// of any third-party artifact's creation or runtime code.
func TestNoThirdPartyBytecode(t *testing.T) {
	// A probe is four 32-byte windows of one code, at 1/5 … 4/5 of its
	// length; a file holding three or more holds the code (one window alone
	// can be a common constant, like the Transfer event topic).
	type probe struct {
		name    string
		windows [4]string
	}
	var probes []probe
	for _, id := range thirdparty.All {
		a, err := thirdparty.Load(id)
		if err != nil {
			t.Fatal(err)
		}
		for kind, code := range map[string][]byte{"creation": a.Bytecode, "runtime": a.DeployedBytecode} {
			if len(code) < 64 {
				continue // ABI only
			}
			pr := probe{name: a.Name + " " + kind + " code"}
			for k := range pr.windows {
				at := len(code) * (k + 1) / 5
				pr.windows[k] = hex.EncodeToString(code[at : at+32])
			}
			probes = append(probes, pr)
		}
	}
	if len(probes) < 30 {
		t.Fatalf("got %d probes from %d artifacts, want one per artifact with code", len(probes), len(thirdparty.All))
	}
	files := 0
	err := filepath.WalkDir(".", func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		raw, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		files++
		text := strings.ToLower(string(raw))
		for _, pr := range probes {
			found := 0
			for _, w := range pr.windows {
				if strings.Contains(text, w) {
					found++
				}
			}
			if found >= 3 {
				t.Errorf("abis/%s holds %s: third-party bytecode must not be committed (bind its ABI only)", p, pr.name)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files < 20 {
		t.Errorf("scanned %d files under abis/, want every binding and artifact", files)
	}
}

func TestDiffSummary(t *testing.T) {
	for _, tc := range []struct {
		name, committed, fresh string
		want                   []string
	}{
		{"one line", "a\nb\nc\n", "a\nB\nc\n", []string{"1 of 4 lines differ", "line 2:", "- committed: b", "+ fresh:     B"}},
		{"fresh longer", "a\n", "a\nb\n", []string{"2 of 3 lines differ", "line 2:", "- committed: \n", "+ fresh:     b", "line 3:", "- committed: (no line)"}},
		{"committed longer", "a\nb", "a", []string{"1 of 2 lines differ", "- committed: b", "+ fresh:     (no line)"}},
		{"many", "1\n2\n3\n4\n5", "x\nx\nx\nx\nx", []string{"5 of 5 lines differ", "line 3:"}},
		{"long line", strings.Repeat("f", 300), "g", []string{"(300 chars)"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := diffSummary([]byte(tc.committed), []byte(tc.fresh))
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("got %q, want it to contain %q", got, w)
				}
			}
			if strings.Contains(got, "line 4:") {
				t.Errorf("got %q, want at most %d lines shown", got, maxDiffLines)
			}
		})
	}
}
