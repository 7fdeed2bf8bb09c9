package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/keeperkit/keeperkit/sim/devnet"
)

// TestConfigCheckConnect dials a real devnet with --connect: the right chain
// ID passes, a wrong one fails naming chain.chain_id and both values, and a
// node that is not there fails naming chain.rpc_url.
func TestConfigCheckConnect(t *testing.T) {
	node := devnet.StartT(t)
	dir := t.TempDir()
	write := func(name, rpc string, id int) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, fmt.Appendf(nil, "[chain]\nrpc_url = %q\nchain_id = %d\n", rpc, id), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	for _, tc := range []struct {
		name     string
		file     string
		wantCode int
		want     []string // in stdout on success, stderr on failure
	}{
		{"right chain", write("ok.toml", node.HTTPEndpoint(), devnet.DefaultChainID), exitOK,
			[]string{"id 1337 (node agrees)", node.HTTPEndpoint()}},
		{"wrong chain", write("wrong.toml", node.HTTPEndpoint(), 5), exitFailure,
			[]string{"chain.chain_id = 5", "line 3", "reports chain ID 1337"}},
		{"no node", write("none.toml", "http://127.0.0.1:1", 1337), exitFailure,
			[]string{"chain.rpc_url", "127.0.0.1:1"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := keeper(t, nil, "config", "check", "--connect", tc.file)
			if code != tc.wantCode {
				t.Fatalf("exit: got %d, want %d; stderr %s", code, tc.wantCode, errOut)
			}
			got := out
			if code != exitOK {
				got = errOut
			}
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("output lacks %q:\n%s", w, got)
				}
			}
		})
	}
	// Without --connect nothing is dialled: the wrong chain ID passes.
	if code, _, errOut := keeper(t, nil, "config", "check", filepath.Join(dir, "wrong.toml")); code != exitOK {
		t.Errorf("without --connect: exit %d, stderr %s", code, errOut)
	}
}
