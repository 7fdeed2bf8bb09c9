package devnet

import (
	"context"
	"testing"
)

// StartT starts a devnet for a test and closes it with t.Cleanup.
func StartT(t testing.TB, cfg ...Config) *Node {
	t.Helper()
	var c Config
	if len(cfg) > 0 {
		c = cfg[0]
	}
	n, err := Start(context.Background(), c)
	if err != nil {
		t.Fatalf("devnet: %v", err)
	}
	t.Cleanup(func() { n.Close() })
	return n
}

// StartAnvilT starts anvil for a test and kills it with t.Cleanup. A missing
// binary fails the test with the `make setup` hint; it never skips.
func StartAnvilT(t testing.TB, cfg ...AnvilConfig) *Anvil {
	t.Helper()
	var c AnvilConfig
	if len(cfg) > 0 {
		c = cfg[0]
	}
	a, err := StartAnvil(context.Background(), c)
	if err != nil {
		t.Fatalf("anvil: %v", err)
	}
	t.Cleanup(func() { a.Close() })
	return a
}

// Chains starts one of each chain for a test that must pass on both, keyed
// by Name: for _, c := range devnet.Chains(t) { t.Run(c.Name(), ...) }.
func Chains(t testing.TB) []Chain {
	t.Helper()
	return []Chain{StartT(t), StartAnvilT(t)}
}
