package liquidation

import (
	"fmt"
	"testing"

	"github.com/holiman/uint256"

	"github.com/keeperkit/keeperkit/sim/fastpath"
)

// sizeCase is a two-reserve market (reserve 0 the collateral, reserve 1
// the debt, both with 0 decimals so that every unit is one step of the
// search), one borrower and the pool the collateral is sold through.
type sizeCase struct {
	name                     string
	collPrice, debtPrice     uint64 // base currency
	lt, bonus, protocolFee   uint16 // bps
	collScaled, debtScaled   uint64
	premiumBps               uint64
	v3                       bool
	reserveColl, reserveDebt uint64 // V2 reserves (collateral is token0)
	liquidity                uint64 // V3: full-range liquidity at tick
	tick                     int32
}

func (c *sizeCase) sizing(t testing.TB) *sizing {
	t.Helper()
	const now = 1_700_000_000
	m := &fastpath.AaveMarket{Reserves: make([]fastpath.AaveReserve, 2)}
	for i := range m.Reserves {
		r := &m.Reserves[i]
		r.LiquidityIndex.SetFromDecimal("1000000000000000000000000000")
		r.VariableBorrowIndex.Set(&r.LiquidityIndex)
		r.LastUpdate = now
		r.LTV, r.LiquidationThreshold, r.LiquidationBonus = c.lt-500, c.lt, c.bonus
	}
	m.Reserves[0].Price.SetUint64(c.collPrice)
	m.Reserves[0].LiquidationProtocolFee = c.protocolFee
	m.Reserves[1].Price.SetUint64(c.debtPrice)
	m.SetTime(now + 12)
	pos := &fastpath.AavePosition{Entries: []fastpath.AaveEntry{
		{Reserve: 0, Collateral: true, ScaledCollateral: *uint256.NewInt(c.collScaled)},
		{Reserve: 1, Borrowing: true, ScaledVariableDebt: *uint256.NewInt(c.debtScaled)},
	}}
	ps := &poolState{v3: c.v3}
	if !c.v3 {
		ps.v2 = fastpath.V2Pair{FeeBps: v2FeeBps}
		ps.v2.Reserve0.SetUint64(c.reserveColl)
		ps.v2.Reserve1.SetUint64(c.reserveDebt)
	} else {
		ps.p3 = fastpath.V3Pool{Fee: 3000, TickSpacing: 60, Tick: c.tick}
		if err := fastpath.SqrtRatioAtTick(&ps.p3.SqrtPriceX96, c.tick); err != nil {
			t.Fatal(err)
		}
		if err := ps.p3.ModifyLiquidity(-887220, 887220, uint256.NewInt(c.liquidity)); err != nil {
			t.Fatal(err)
		}
	}
	return &sizing{m: m, pos: pos, coll: 0, debt: 1, pool: ps, zeroForOne: true, premiumBps: c.premiumBps}
}

// bruteForce evaluates every debtToCover from 1 to the most
// liquidationCall takes and returns the best (the reference), and the
// evaluation of that maximum (what the strategy proposed before sizing).
func bruteForce(z *sizing) (best, atMax sized) {
	z.premiumUnit.SetUint64(z.premiumBps)
	var top uint256.Int
	top.SetAllOne()
	var l fastpath.AaveLiquidation
	if z.m.Liquidation(z.pos, z.coll, z.debt, &top, false, &l) != nil {
		return best, atMax
	}
	top.Set(&l.DebtToCover)
	z.eval(&atMax, &top)
	var cur sized
	var x uint256.Int
	for x.SetOne(); !top.Lt(&x); x.AddUint64(&x, 1) {
		z.eval(&cur, &x)
		if better(&cur, &best) {
			best = cur
		}
	}
	return best, atMax
}

var sizeCases = []sizeCase{
	// A deep pool: selling the whole close factor moves the price little,
	// so the most liquidationCall takes is the best.
	{name: "v2 deep", collPrice: 200e8, debtPrice: 1e8, lt: 8500, bonus: 10500, collScaled: 100, debtScaled: 18_000, premiumBps: 5,
		reserveColl: 1_000_000, reserveDebt: 200_000_000},
	// A shallow pool: the close factor's collateral sold at once does not
	// repay the loan (InsufficientOutput); a smaller debtToCover earns.
	{name: "v2 shallow", collPrice: 200e8, debtPrice: 1e8, lt: 8500, bonus: 10500, collScaled: 100, debtScaled: 18_000, premiumBps: 5,
		reserveColl: 150, reserveDebt: 30_000},
	// Under 0.95: close factor 100%, the collateral caps the amount.
	{name: "v2 capped by collateral", collPrice: 200e8, debtPrice: 1e8, lt: 8500, bonus: 11000, collScaled: 100, debtScaled: 19_900, premiumBps: 9,
		reserveColl: 400, reserveDebt: 81_000},
	{name: "v2 protocol fee", collPrice: 199e8, debtPrice: 1e8, lt: 8000, bonus: 10800, protocolFee: 1000, collScaled: 120, debtScaled: 19_500, premiumBps: 5,
		reserveColl: 300, reserveDebt: 61_000},
	// Nothing pays: the pool's price is far under the oracle's.
	{name: "v2 unprofitable", collPrice: 200e8, debtPrice: 1e8, lt: 8500, bonus: 10500, collScaled: 100, debtScaled: 18_000, premiumBps: 5,
		reserveColl: 10_000, reserveDebt: 1_500_000},
	// A V3 pool at 1 coll = e^(0.0001·52980) ≈ 200 debt, thin liquidity.
	{name: "v3 thin", collPrice: 200e8, debtPrice: 1e8, lt: 8500, bonus: 10500, collScaled: 100, debtScaled: 18_000, premiumBps: 5,
		v3: true, liquidity: 3_000, tick: 52980},
	{name: "v3 deep", collPrice: 200e8, debtPrice: 1e8, lt: 8500, bonus: 10500, collScaled: 100, debtScaled: 18_000, premiumBps: 5,
		v3: true, liquidity: 3_000_000, tick: 52980},
}

// TestSizeMatchesBruteForce: the search finds a debtToCover whose profit is
// the best of every debtToCover liquidationCall accepts (each evaluated with
// the exact quotes), and never worse than the maximum close factor.
func TestSizeMatchesBruteForce(t *testing.T) {
	for _, c := range sizeCases {
		t.Run(c.name, func(t *testing.T) {
			z := c.sizing(t)
			ref, atMax := bruteForce(z)
			var got sized
			z.size(&got)
			if got.OK != ref.OK {
				t.Fatalf("got ok %v, want %v (reference debtToCover %s profit %s)", got.OK, ref.OK, &ref.DebtToCover, &ref.Profit)
			}
			checkHopeless(t, z, &ref)
			if !ref.OK {
				return
			}
			if got.Profit.Lt(&ref.Profit) {
				t.Errorf("got profit %s at debtToCover %s, want %s (at %s)", &got.Profit, &got.DebtToCover, &ref.Profit, &ref.DebtToCover)
			}
			// What the search reports is what eval gives for that amount.
			var again sized
			z.eval(&again, &got.DebtToCover)
			if !again.OK || !again.Profit.Eq(&got.Profit) || !again.Liq.Collateral.Eq(&got.Liq.Collateral) {
				t.Errorf("debtToCover %s: search says profit %s, eval %s", &got.DebtToCover, &got.Profit, &again.Profit)
			}
			if atMax.OK && got.Profit.Lt(&atMax.Profit) {
				t.Errorf("got profit %s, the close factor's maximum earns %s", &got.Profit, &atMax.Profit)
			}
			t.Logf("debtToCover %s profit %s (max close factor: ok %v, profit or shortfall %s)", &got.DebtToCover, &got.Profit, atMax.OK, &atMax.Profit)
		})
	}
	// A pool far under the oracle's price (the unprofitable case, 10^4
	// times larger so that top/1024 seizes collateral): the scan skips the
	// search.
	big := sizeCases[4]
	big.collScaled, big.debtScaled, big.reserveColl, big.reserveDebt = big.collScaled*1e4, big.debtScaled*1e4, big.reserveColl*1e4, big.reserveDebt*1e4
	if z := big.sizing(t); !z.hopeless() {
		t.Errorf("%s ×10^4: not hopeless", big.name)
	} else {
		var r sized
		if z.size(&r); r.OK {
			t.Errorf("%s ×10^4: hopeless, yet the search finds %s at %s", big.name, &r.Profit, &r.DebtToCover)
		}
	}
	for _, i := range []int{0, 1, 2, 3, 5, 6} {
		if z := sizeCases[i].sizing(t); z.hopeless() {
			t.Errorf("%s: hopeless, yet it earns", sizeCases[i].name)
		}
	}
	// The cases cover what the strategy got wrong before sizing: the
	// maximum reverting where a smaller amount earns.
	z := sizeCases[1].sizing(t)
	ref, atMax := bruteForce(z)
	if atMax.OK || !ref.OK {
		t.Errorf("v2 shallow: max close factor ok %v, best ok %v: want a reverting maximum and a profitable smaller amount", atMax.OK, ref.OK)
	}
}

// FuzzSize checks the search against the brute force on random markets,
// positions and pools (small amounts, so that every debtToCover is tried):
//
//	go test ./strategies/liquidation -run '^$' -fuzz FuzzSize -fuzztime 2m
func FuzzSize(f *testing.F) {
	for _, c := range sizeCases {
		f.Add(c.collPrice/1e6, c.lt, c.bonus, c.protocolFee, c.collScaled, c.debtScaled, uint16(c.premiumBps), c.v3, c.reserveColl, c.reserveDebt, c.liquidity)
	}
	f.Fuzz(func(t *testing.T, collPrice uint64, lt, bonus, fee uint16, collScaled, debtScaled uint64, premium uint16, v3 bool, r0, r1, liq uint64) {
		c := sizeCase{
			collPrice: 1e6 * (1 + collPrice%400), debtPrice: 1e8,
			lt: 5000 + lt%4500, bonus: 10_001 + bonus%1500, protocolFee: fee % 3000,
			collScaled: 1 + collScaled%300, debtScaled: 1 + debtScaled%40_000, premiumBps: uint64(premium % 50),
			v3: v3, reserveColl: 1 + r0%1_000_000, reserveDebt: 1 + r1%100_000_000, liquidity: 1 + liq%10_000_000, tick: 52980,
		}
		if uint32(c.lt)*uint32(c.bonus)/10_000 >= 10_000 {
			return // Aave refuses a threshold × bonus above 100%
		}
		z := c.sizing(t)
		ref, _ := bruteForce(z)
		var got sized
		z.size(&got)
		if got.OK != ref.OK || (ref.OK && got.Profit.Lt(&ref.Profit)) {
			t.Fatalf("%s: got ok %v profit %s at %s, reference ok %v profit %s at %s",
				fmt.Sprintf("%+v", c), got.OK, &got.Profit, &got.DebtToCover, ref.OK, &ref.Profit, &ref.DebtToCover)
		}
		checkHopeless(t, z, &ref)
	})
}

// BenchmarkSize: one pair sized (the search over debtToCover, each step an
// exact liquidationCall and an exact sale), on the table's markets.
//
//	go test ./strategies/liquidation -run '^$' -bench 'Size$' -benchmem
func BenchmarkSize(b *testing.B) {
	for _, c := range sizeCases {
		b.Run(c.name, func(b *testing.B) {
			z := c.sizing(b)
			var r sized
			b.ReportAllocs()
			for b.Loop() {
				z.size(&r)
			}
		})
	}
}

// checkHopeless: when the scan would skip the search (hopeless), no
// debtToCover from 1/1024 of the most liquidationCall takes up earns
// anything (every one of them evaluated; ref, the reference best, only
// names the case).
func checkHopeless(t *testing.T, z *sizing, ref *sized) {
	t.Helper()
	if !z.hopeless() {
		return
	}
	var top uint256.Int
	top.SetAllOne()
	var l fastpath.AaveLiquidation
	if z.m.Liquidation(z.pos, z.coll, z.debt, &top, false, &l) != nil {
		if ref.OK {
			t.Fatalf("hopeless with a profitable reference at %s, and no liquidation at the maximum", &ref.DebtToCover)
		}
		return
	}
	var x sized
	var a uint256.Int
	for a.Rsh(&l.DebtToCover, 10); !l.DebtToCover.Lt(&a); a.AddUint64(&a, 1) {
		if z.eval(&x, &a); x.OK {
			t.Fatalf("hopeless, but %s (at least 1/1024 of %s) earns %s (reference best %s at %s)", &a, &l.DebtToCover, &x.Profit, &ref.Profit, &ref.DebtToCover)
		}
	}
}
