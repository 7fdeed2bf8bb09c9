package devnet

import (
	"fmt"
	"math/rand/v2"
)

// expand returns the scenario with its [generate] section played out from
// the seed: extra tokens and V2 pools, borrowers spread over the Aave
// reserves at 70–99% of their borrowing power, and blocks of price
// moves and swaps. Without [generate] it returns sc itself.
func (sc *Scenario) expand() *Scenario {
	g := sc.Generate
	if g == nil {
		return sc
	}
	out := *sc
	rng := rand.New(rand.NewPCG(sc.Seed, 0x6b65657065726b)) // "keeperk"
	out.Tokens = append([]TokenSpec(nil), sc.Tokens...)
	out.V2Pools = append([]V2PoolSpec(nil), sc.V2Pools...)
	out.Borrowers = append([]BorrowerSpec(nil), sc.Borrowers...)
	out.Timeline = append([]StepSpec(nil), sc.Timeline...)
	price := map[string]float64{}
	for _, t := range out.Tokens {
		price[t.Symbol] = t.PriceUSD
	}
	// Enough tokens that V2Pools distinct pairs exist.
	for n := len(out.Tokens); n*(n-1)/2 < len(out.V2Pools)+g.V2Pools; n++ {
		sym := fmt.Sprintf("GEN%d", n)
		p := 0.5 + rng.Float64()*99.5
		out.Tokens = append(out.Tokens, TokenSpec{Symbol: sym, Decimals: 18, PriceUSD: p})
		price[sym] = p
	}
	have := map[[2]string]bool{}
	for _, p := range out.V2Pools {
		have[p.Tokens] = true
	}
	added := 0
	for i := 0; i < len(out.Tokens) && added < g.V2Pools; i++ {
		for j := i + 1; j < len(out.Tokens) && added < g.V2Pools; j++ {
			a, b := out.Tokens[i].Symbol, out.Tokens[j].Symbol
			if have[[2]string{a, b}] || have[[2]string{b, a}] {
				continue
			}
			usd := 200_000 + rng.Float64()*800_000 // per side
			out.V2Pools = append(out.V2Pools, V2PoolSpec{Tokens: [2]string{a, b}, Reserves: [2]float64{usd / price[a], usd / price[b]}})
			added++
		}
	}
	var collat, debts []ReserveSpec
	for _, r := range sc.Aave.Reserves {
		if r.LTVBps > 0 {
			collat = append(collat, r)
		}
		if r.Borrowable {
			debts = append(debts, r)
		}
	}
	if len(collat) > 0 && len(debts) > 0 {
		for range g.Borrowers {
			c := collat[rng.IntN(len(collat))]
			d := debts[rng.IntN(len(debts))]
			for d.Symbol == c.Symbol && len(debts) > 1 {
				d = debts[rng.IntN(len(debts))]
			}
			collUSD := 1_000 + rng.Float64()*9_000
			// Borrow 70–99% of what the LTV allows: health factors from
			// threshold/ltv (≈1.03) up to about 1.5.
			debtUSD := collUSD * float64(c.LTVBps) / 10_000 * (0.70 + rng.Float64()*0.29)
			out.Borrowers = append(out.Borrowers, BorrowerSpec{Count: 1,
				Collateral: c.Symbol, CollateralAmount: round6(collUSD / price[c.Symbol]),
				Debt: d.Symbol, DebtAmount: round6(debtUSD / price[d.Symbol])})
		}
	}
	for range g.Blocks {
		st := StepSpec{Prices: map[string]float64{}}
		for range 1 + rng.IntN(2) {
			t := out.Tokens[rng.IntN(len(out.Tokens))].Symbol
			price[t] *= 0.97 + rng.Float64()*0.05 // a slow drift down: liquidations appear
			st.Prices[t] = price[t]
		}
		if len(out.V2Pools) > 0 {
			p := out.V2Pools[rng.IntN(len(out.V2Pools))]
			in := p.Tokens[rng.IntN(2)]
			st.Swaps = append(st.Swaps, SwapSpec{Pool: "v2:" + p.Tokens[0] + "/" + p.Tokens[1], TokenIn: in, Amount: round6(2_000 / price[in])})
		}
		out.Timeline = append(out.Timeline, st)
	}
	out.Generate = nil
	return &out
}

func round6(v float64) float64 { return float64(int64(v*1e6)) / 1e6 }
