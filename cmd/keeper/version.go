package main

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/urfave/cli/v2"
)

// version is set at build time: go build -ldflags "-X main.version=v1.2.3".
var version = "dev"

func versionCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "version",
		Usage: "print the version, the Go version and the main dependencies",
		Action: func(*cli.Context) error {
			bi, _ := debug.ReadBuildInfo() // nil when the binary has none
			fmt.Fprintf(e.stdout, "keeper %s (%s %s/%s)\n", resolveVersion(version, bi), runtime.Version(), runtime.GOOS, runtime.GOARCH)
			if bi != nil {
				for _, s := range bi.Settings {
					if s.Key == "vcs.revision" || s.Key == "vcs.modified" {
						fmt.Fprintf(e.stdout, "  %s %s\n", s.Key, s.Value)
					}
				}
				for _, d := range bi.Deps {
					switch d.Path {
					case "github.com/ethereum/go-ethereum", "github.com/holiman/uint256":
						fmt.Fprintf(e.stdout, "  %s %s\n", d.Path, d.Version)
					}
				}
			}
			return nil
		},
	}
}

// resolveVersion prefers the -ldflags -X value, then the module version Go
// stamped into the binary (set by `go install module/cmd/keeper@v1.2.3`, or
// from VCS tags), else "dev".
func resolveVersion(ldflags string, bi *debug.BuildInfo) string {
	if ldflags != "" && ldflags != "dev" {
		return ldflags
	}
	if bi != nil && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}
