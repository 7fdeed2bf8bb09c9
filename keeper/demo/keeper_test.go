package demo

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"github.com/keeperkit/keeperkit/sim/devnet"
)

func run(t *testing.T, c devnet.Chain) (*Report, string) {
	t.Helper()
	var out bytes.Buffer
	rep, err := Keeper(context.Background(), &out, Options{Scenario: "../../configs/scenarios/demo.toml", Chain: c, Log: zerolog.Nop()})
	if err != nil {
		t.Fatalf("demo: %v\n%s", err, out.String())
	}
	return rep, out.String()
}

// TestKeeperDemoEndToEnd plays the demo on the devnet and on anvil: every
// liquidatable position (five) is liquidated exactly once, arbitrages land,
// the private trade sent through MEV-Share is backrun right behind it, and
// the profit reported equals the executor owner's balance change on chain
// to the unit; two devnet runs print the same thing.
func TestKeeperDemoEndToEnd(t *testing.T) {
	var first string
	for _, c := range []devnet.Chain{devnet.StartT(t), devnet.StartT(t), devnet.StartAnvilT(t)} {
		t.Run(c.Name(), func(t *testing.T) {
			rep, out := run(t, c)
			byName := map[string]*StrategyTotals{}
			for _, tt := range rep.Totals {
				byName[tt.Strategy] = tt
			}
			liq, arb := byName["liquidation"], byName["arbitrage"]
			if liq == nil || liq.Landed != 5 {
				t.Errorf("liquidations landed: %+v, want 5 (three after the ETH drop, two behind the WBTC update)", liq)
			}
			if arb == nil || arb.Landed < 1 {
				t.Errorf("arbitrages landed: %+v, want at least the planted one", arb)
			}
			// The private trade sent through MEV-Share is backrun once, by
			// the transaction right after it in the same block.
			if br := byName["backrun"]; br == nil || br.Landed != 1 || br.Profit["WETH"] == nil || br.Profit["WETH"].Sign() <= 0 {
				t.Errorf("backruns: %+v, want one landed with a WETH profit", br)
			}
			if len(rep.Backruns) != 1 {
				t.Fatalf("landed backruns: %+v, want 1", rep.Backruns)
			}
			if b := rep.Backruns[0]; b.UserIndex < 0 || b.BackrunIndex != b.UserIndex+1 {
				t.Errorf("block %d: private trade at position %d, backrun at %d; want the backrun right after it", b.Block, b.UserIndex, b.BackrunIndex)
			}
			// Each borrower once: the landed lines name distinct borrowers.
			seen := map[string]int{}
			for _, line := range strings.Split(out, "\n") {
				if strings.Contains(line, " liq:") && strings.HasSuffix(line, " landed") {
					f := strings.Fields(line)
					seen[strings.Split(f[3], ":")[1]]++
				}
			}
			if len(seen) != 5 {
				t.Errorf("distinct borrowers liquidated: %d, want 5: %v", len(seen), seen)
			}
			for u, n := range seen {
				if n != 1 {
					t.Errorf("borrower %s liquidated %d times", u, n)
				}
			}
			// The owner received exactly what the executor reported, per token.
			reported := map[string]*big.Int{}
			gas := new(big.Int)
			for _, tt := range rep.Totals {
				gas.Add(gas, tt.GasWei)
				for sym, v := range tt.Profit {
					if reported[sym] == nil {
						reported[sym] = new(big.Int)
					}
					reported[sym].Add(reported[sym], v)
				}
			}
			for sym, v := range reported {
				if rep.OwnerDelta[sym].Cmp(v) != 0 {
					t.Errorf("%s: owner's balance changed by %s, reported profit %s", sym, rep.OwnerDelta[sym], v)
				}
			}
			if got := new(big.Int).Neg(rep.OwnerDelta["ETH"]); got.Cmp(gas) != 0 {
				t.Errorf("owner's ETH fell by %s wei, gas of landed bundles was %s", got, gas)
			}
			if c.Name() == "devnet" {
				// Deterministic: the second devnet run prints what the first did
				// (relay URLs and RPC ports aside).
				norm := normalize(out)
				if first == "" {
					first = norm
				} else if norm != first {
					t.Errorf("two devnet runs differ:\n%s\n---\n%s", first, norm)
				}
			}
		})
	}
}

func normalize(s string) string {
	var b strings.Builder
	for _, line := range strings.Split(s, "\n") {
		if strings.HasPrefix(line, "devnet:") || strings.HasPrefix(line, "relay:") {
			continue
		}
		fmt.Fprintln(&b, line)
	}
	return b.String()
}
