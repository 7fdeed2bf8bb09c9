package config

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse: any input either decodes or returns a non-empty error; never a panic.
func FuzzParse(f *testing.F) {
	if b, err := os.ReadFile("../../configs/keeper.example.toml"); err == nil {
		f.Add(string(b))
	}
	bad, _ := filepath.Glob("../../configs/bad/*.toml")
	for _, p := range bad {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	f.Add(minimal)
	f.Add("chain = 5\n")
	f.Add("[chain]\nrpc_url = \"http://a\"\nchain_id = \"one\" # c\n[executor]\nmax_gas_price_gwei = 0\n")
	f.Add("[relays.x]\nurl = \"https://\"\ntimeout = \"-1s\"\nretries = -3\n")
	f.Add("[strategies.a.b.c]\nx = [1, 2]\n")
	f.Add("[[chain]]\n")
	f.Fuzz(func(t *testing.T, src string) {
		c, err := Parse(src)
		if err != nil && err.Error() == "" {
			t.Fatal("empty error")
		}
		if err == nil {
			_ = c.Summary()
		}
	})
}
