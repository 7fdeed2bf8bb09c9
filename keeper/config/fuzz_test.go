package config

import (
	"os"
	"testing"
)

// FuzzParse: any input either decodes or returns a non-empty error; never a panic.
func FuzzParse(f *testing.F) {
	if b, err := os.ReadFile("../../configs/keeper.example.toml"); err == nil {
		f.Add(string(b))
	}
	f.Add(minimal)
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
