package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/keeperkit/keeperkit/strategies/scaffold"
)

func newStrategyCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "new-strategy",
		Usage:     "write a compiling strategy skeleton with its config, a README and a passing test",
		ArgsUsage: "NAME",
		Description: "Creates DIR/NAME/ with NAME.go (registers itself as NAME), config.go (the\n" +
			"[strategies.NAME] section, decoded strictly), NAME_test.go and README.md.\n" +
			"Then: go test ./DIR/NAME/, and import it for its registration.\n\n" +
			"Example: keeper new-strategy my_liquidator --dir strategies",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "dir", Value: "strategies", Usage: "parent directory of the new package"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return fail(exitUnavailable, "new-strategy: want exactly one NAME, got %d arguments", c.NArg())
			}
			dir, err := filepath.Abs(c.String("dir"))
			if err != nil {
				return fail(exitFailure, "new-strategy: %v", err)
			}
			module, rel := moduleOf(dir)
			files, err := scaffold.Write(scaffold.Options{Name: c.Args().First(), Dir: dir, Module: module, RelDir: rel})
			if err != nil {
				return fail(exitFailure, "%v", err)
			}
			for _, f := range files {
				fmt.Fprintf(e.stdout, "wrote %s\n", f)
			}
			fmt.Fprintf(e.stdout, "next: go test %s\n", filepath.Dir(files[0]))
			return nil
		},
	}
}

// moduleOf finds the Go module holding dir: its path from go.mod and dir
// relative to the module root. Outside a module it returns placeholders.
func moduleOf(dir string) (module, rel string) {
	for d := dir; ; d = filepath.Dir(d) {
		if b, err := os.ReadFile(filepath.Join(d, "go.mod")); err == nil {
			for _, line := range strings.Split(string(b), "\n") {
				if f := strings.Fields(line); len(f) == 2 && f[0] == "module" {
					r, _ := filepath.Rel(d, dir)
					return f[1], filepath.ToSlash(r)
				}
			}
		}
		if filepath.Dir(d) == d {
			return "your/module", filepath.Base(dir)
		}
	}
}
