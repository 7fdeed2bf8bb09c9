package main

import (
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestJournalCommandErrors(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nothing.db")
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no source", []string{"journal"}, 2, "--config or --path is required"},
		{"both", []string{"journal", "--config", "x.toml", "--path", "y.db"}, 2, "not both"},
		{"bad config", []string{"journal", "--config", "../../configs/bad/unknown-key.toml"}, 2, "unknown-key.toml"},
		{"missing file", []string{"journal", "--path", missing}, 1, "no journal at " + missing},
		{"bad limit", []string{"journal", "--path", missing, "--limit", "0"}, 2, "--limit 0"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := keeper(t, nil, tc.args...)
			if code != tc.code || !strings.Contains(errOut, tc.want) {
				t.Fatalf("exit %d, stderr %q; want %d and %q", code, errOut, tc.code, tc.want)
			}
		})
	}
	if _, err := os.Stat(missing); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("keeper journal created %s: %v", missing, err)
	}
}

func TestEthString(t *testing.T) {
	for _, tc := range []struct{ wei, want string }{
		{"0", "0.000000"}, {"1", "0.000000"}, {"1000000000000", "0.000001"},
		{"1234567890000000000", "1.234567"}, {"-21000000000000000", "-0.021000"},
	} {
		v, _ := new(big.Int).SetString(tc.wei, 10)
		if got := ethString(v); got != tc.want {
			t.Errorf("ethString(%s): got %s, want %s", tc.wei, got, tc.want)
		}
	}
}
