// Package scaffold writes a new strategy package that compiles, registers
// itself by name, decodes its own config section strictly and passes its
// test: the starting point `keeper new-strategy NAME` gives an author.
package scaffold

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"go/format"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"text/template"
)

//go:embed templates/*.tmpl
var templates embed.FS

// ErrExists means the target directory is already there; nothing is overwritten.
var ErrExists = errors.New("scaffold: directory exists")

var validName = regexp.MustCompile(`^[a-z][a-z0-9_]{0,39}$`)

// Options says what to generate.
type Options struct {
	// Name of the strategy: lowercase letters, digits and _, starting with a
	// letter (it is the Go package name and the config section).
	Name string
	// Dir is the parent directory; the package goes to Dir/Name.
	Dir string
	// Module is the Go module path of the repository that holds Dir, and
	// RelDir is Dir relative to the module root; together they make the
	// import path printed in the README.
	Module, RelDir string
}

// Write creates Dir/Name with the strategy, its config, a test and a README,
// and returns the files written. It never overwrites.
func Write(o Options) ([]string, error) {
	if !validName.MatchString(o.Name) {
		return nil, fmt.Errorf("scaffold: name %q: use lowercase letters, digits and _, starting with a letter (it becomes a Go package name)", o.Name)
	}
	dir := filepath.Join(o.Dir, o.Name)
	if _, err := os.Stat(dir); err == nil {
		return nil, fmt.Errorf("%w: %s", ErrExists, dir)
	}
	rel := path.Join(filepath.ToSlash(o.RelDir), o.Name)
	data := map[string]string{
		"Name": o.Name, "Pkg": strings.ReplaceAll(o.Name, "_", ""),
		"ImportPath": path.Join(o.Module, rel), "RelDir": rel,
	}
	files := []struct{ tmpl, out string }{
		{"strategy.go.tmpl", o.Name + ".go"},
		{"config.go.tmpl", "config.go"},
		{"strategy_test.go.tmpl", o.Name + "_test.go"},
		{"README.md.tmpl", "README.md"},
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("scaffold: %w", err)
	}
	var written []string
	for _, f := range files {
		t, err := template.ParseFS(templates, "templates/"+f.tmpl)
		if err != nil {
			return written, err
		}
		var buf bytes.Buffer
		if err := t.Execute(&buf, data); err != nil {
			return written, fmt.Errorf("scaffold: %s: %w", f.tmpl, err)
		}
		out := buf.Bytes()
		if strings.HasSuffix(f.out, ".go") {
			if out, err = format.Source(out); err != nil {
				return written, fmt.Errorf("scaffold: %s does not format: %w", f.out, err)
			}
		}
		p := filepath.Join(dir, f.out)
		if err := os.WriteFile(p, out, 0o644); err != nil {
			return written, fmt.Errorf("scaffold: %w", err)
		}
		written = append(written, p)
	}
	return written, nil
}
