package scaffold

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestGeneratedStrategyBuildsAndPasses writes a strategy into this module
// (so it compiles against the real strategies API), then vets and tests it
// with the go command, as an author would right after generating it.
func TestGeneratedStrategyBuildsAndPasses(t *testing.T) {
	name := fmt.Sprintf("zzscaffold%d", os.Getpid())
	parent, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(filepath.Join(parent, name)) })
	files, err := Write(Options{Name: name, Dir: parent, Module: "github.com/keeperkit/keeperkit", RelDir: "strategies"})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 4 {
		t.Fatalf("files: got %d, want 4", len(files))
	}
	pkg := "./" + name + "/"
	for _, args := range [][]string{{"vet", pkg}, {"test", "-count=1", pkg}} {
		cmd := exec.Command("go", args...)
		cmd.Dir = parent
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go %v: %v\n%s", args, err, out)
		}
	}
	readme, _ := os.ReadFile(filepath.Join(parent, name, "README.md"))
	if !strings.Contains(string(readme), "github.com/keeperkit/keeperkit/strategies/"+name) {
		t.Errorf("README lacks the import path:\n%s", readme)
	}
	if _, err := Write(Options{Name: name, Dir: parent}); !errors.Is(err, ErrExists) {
		t.Errorf("second write: got %v, want ErrExists (never overwrite)", err)
	}
}

func TestBadNames(t *testing.T) {
	for _, name := range []string{"", "Liq", "1arb", "my-strategy", "a b", strings.Repeat("x", 41)} {
		if _, err := Write(Options{Name: name, Dir: t.TempDir()}); err == nil || !strings.Contains(err.Error(), fmt.Sprintf("%q", name)) {
			t.Errorf("name %q: got %v, want an error naming it", name, err)
		}
	}
}
