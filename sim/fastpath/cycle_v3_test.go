package fastpath

import (
	"errors"
	"math"
	"math/big"
	"math/rand/v2"
	"os"
	"testing"

	"github.com/holiman/uint256"
)

// randMixedCycle builds an n-leg cycle of V2 pairs and V3 pools (at least
// one) whose rates before fees differ from 1 by up to a few percent. Each
// V3 pool holds several narrow positions of different sizes around its
// price (and, unless scale is 0, sometimes a thin wide one), so the optimum usually crosses
// initialized ticks and may start in a gap. Reserves and liquidity are
// (1..2^bits)·2^scale.
func randMixedCycle(rng *rand.Rand, n, bits, scale int) []Leg {
	legs := make([]Leg, n)
	v3 := rng.IntN(n)
	for i := range legs {
		r := math.Exp(-0.012 + 0.04*rng.Float64())
		z := rng.IntN(2) == 0
		base := func() *uint256.Int {
			b := uint256.NewInt(1 + rng.Uint64N(1<<uint(bits)))
			return b.Lsh(b, uint(scale))
		}
		if i != v3 && rng.IntN(5) < 2 {
			in := base()
			out := new(uint256.Int).Mul(in, uint256.NewInt(uint64(r*(1<<32))))
			out.Rsh(out, 32)
			if out.IsZero() {
				out.SetOne()
			}
			p := &V2Pair{FeeBps: []uint32{30, 25, 5, 100}[rng.IntN(4)]}
			if z {
				p.Reserve0, p.Reserve1 = *in, *out
			} else {
				p.Reserve0, p.Reserve1 = *out, *in
			}
			legs[i] = Leg{V2: p, ZeroForOne: z}
			continue
		}
		tiers := []struct {
			fee     uint32
			spacing int32
		}{{100, 1}, {500, 10}, {3000, 60}, {10000, 200}}
		tr := tiers[rng.IntN(len(tiers))]
		price := r // token1 per token0
		if !z {
			price = 1 / r
		}
		tick := int32(math.Round(math.Log(price) / math.Log(1.0001)))
		tick += int32(rng.IntN(int(tr.spacing))) - tr.spacing/2
		p := &V3Pool{Fee: tr.fee, TickSpacing: tr.spacing}
		_ = SqrtRatioAtTick(&p.SqrtPriceX96, tick)
		p.Tick = tick
		c := tick / tr.spacing
		if tick < 0 && tick%tr.spacing != 0 {
			c--
		}
		// in units of spacings: price moves of a few percent are up to
		// ~400/spacing of them
		span := int32(400/tr.spacing) + 2
		for k := 2 + rng.IntN(7); k > 0; k-- {
			lo := c + int32(rng.IntN(int(2*span))) - span
			hi := lo + 1 + int32(rng.IntN(int(span)))
			if k == 1 && rng.IntN(3) > 0 {
				lo, hi = c-int32(rng.IntN(3)), c+1+int32(rng.IntN(3)) // the current price in range
			}
			_ = p.ModifyLiquidity(lo*tr.spacing, hi*tr.spacing, base())
		}
		if scale > 0 && rng.IntN(2) == 0 {
			m := MaxTick / tr.spacing * tr.spacing
			l := base()
			l.Rsh(l, uint(4+rng.IntN(8)))
			if !l.IsZero() {
				_ = p.ModifyLiquidity(-m, m, l)
			}
		}
		legs[i] = Leg{V3: p, ZeroForOne: z}
	}
	return legs
}

// refMixedCycleOut runs x through the legs on the math/big references
// (refV2AmountOut and refPool.swap, independent of CycleOut's code).
func refMixedCycleOut(legs []Leg, x *big.Int) (*big.Int, bool) {
	amt := new(big.Int).Set(x)
	for _, l := range legs {
		if l.V2 != nil {
			rIn, rOut := l.V2.reserves(l.ZeroForOne)
			out, err := refV2AmountOut(amt, rIn.ToBig(), rOut.ToBig(), l.V2.FeeBps)
			if err != nil || out.Sign() == 0 || new(big.Int).Add(rIn.ToBig(), amt).Cmp(maxU112) > 0 {
				return nil, false
			}
			amt = out
			continue
		}
		limit := new(uint256.Int)
		if l.ZeroForOne {
			limit.AddUint64(&MinSqrtRatio, 1)
		} else {
			limit.SubUint64(&MaxSqrtRatio, 1)
		}
		if amt.Cmp(two255) >= 0 {
			return nil, false
		}
		got, err := newRefPool(l.V3).swap(l.ZeroForOne, amt, limit.ToBig())
		if err != nil {
			return nil, false
		}
		in, out := got.amount0, new(big.Int).Neg(got.amount1)
		if !l.ZeroForOne {
			in, out = got.amount1, new(big.Int).Neg(got.amount0)
		}
		if in.Cmp(amt) != 0 {
			return nil, false // partial fill
		}
		amt = out
	}
	return amt, true
}

// cycleProfit is CycleOut(x) - x, ok false where the cycle reverts.
func cycleProfit(legs []Leg, x *uint256.Int, s *V3SwapResult) (*big.Int, bool) {
	var out uint256.Int
	if x.IsZero() || CycleOut(&out, legs, x, s) != nil {
		return nil, false
	}
	return new(big.Int).Sub(out.ToBig(), x.ToBig()), true
}

// refSearch is the tests' own search for the most profitable input: every
// input in [1, exhaustive] when exhaustive > 0; else a geometric grid of
// 16 points per octave up to 2^maxBits, a ternary search between the best
// point's grid neighbours, and a ±256 scan around the best found. It
// returns the best profit (nil when no input pays) and its input.
func refSearch(legs []Leg, exhaustive uint64, maxBits int) (*big.Int, *uint256.Int) {
	var s V3SwapResult
	var best *big.Int
	bestX := new(uint256.Int)
	// A quote that reverts for any reason but a zero output (a pool out of
	// liquidity, a reserve over 2^112) reverts at every larger input: the
	// scans stop there.
	try := func(x *uint256.Int) bool {
		var out uint256.Int
		err := CycleOut(&out, legs, x, &s)
		if err == nil {
			if p := new(big.Int).Sub(out.ToBig(), x.ToBig()); p.Sign() > 0 && (best == nil || p.Cmp(best) > 0) {
				best = p
				bestX.Set(x)
			}
		}
		return err == nil || errors.Is(err, ErrV2InsufficientOutput) || errors.Is(err, ErrV2InsufficientInput) || errors.Is(err, ErrV3AmountSpecified)
	}
	if exhaustive > 0 {
		for x := uint64(1); x <= exhaustive && try(uint256.NewInt(x)); x++ {
		}
		return best, bestX
	}
	var grid []*uint256.Int
	for k := 0; k <= maxBits*16; k++ {
		f := new(big.Float).SetMantExp(big.NewFloat(math.Exp2(float64(k%16)/16)), k/16)
		xi, _ := f.Int(nil)
		x, _ := uint256.FromBig(xi)
		if x.IsZero() || len(grid) > 0 && x.Eq(grid[len(grid)-1]) {
			continue
		}
		grid = append(grid, x)
	}
	bi := -1
	for i, x := range grid {
		before := best
		if !try(x) {
			grid = grid[:i+1]
			break
		}
		if best != before {
			bi = i
		}
	}
	if bi < 0 {
		return nil, bestX
	}
	lo, hi := new(uint256.Int).Set(grid[max(bi-1, 0)]), new(uint256.Int).Set(grid[min(bi+1, len(grid)-1)])
	for new(uint256.Int).Sub(hi, lo).GtUint64(8) {
		third := new(uint256.Int).Sub(hi, lo)
		third.Div(third, uint256.NewInt(3))
		m1, m2 := new(uint256.Int).Add(lo, third), new(uint256.Int).Sub(hi, third)
		p1, ok1 := cycleProfit(legs, m1, &s)
		p2, ok2 := cycleProfit(legs, m2, &s)
		try(m1)
		try(m2)
		if !ok2 || ok1 && p1.Cmp(p2) >= 0 {
			hi = m2
		} else {
			lo = m1
		}
	}
	c := new(uint256.Int).Set(bestX)
	for d := uint64(0); d <= 256; d++ {
		try(new(uint256.Int).AddUint64(c, d))
		if c.GtUint64(d) {
			try(new(uint256.Int).SubUint64(c, d))
		}
	}
	return best, bestX
}

// roundingBound is how far below the continuous profit rounding can put an
// exact quote at x, in wei of the start token. Every rounding goes against
// the trader: a V2 leg floors its output once (under 1 wei); a V3 swap's
// last step floors the input less fee and the output (under 2), and each
// step that reaches its tick rounds its input and its fee up and its output
// down (under 3). A loss in one leg's output token reaches the end scaled
// by the later legs' rates. Since no exact quote pays more than the
// continuous profit, a local integer optimum at the continuous optimum is
// within this bound of any other input's exact profit.
func roundingBound(legs []Leg, x *uint256.Int) int64 {
	var amt uint256.Int
	var s V3SwapResult
	amt.Set(x)
	bound := 0.0
	for _, l := range legs {
		in := u2f(&amt)
		loss := 1.0
		if l.V2 != nil {
			if l.V2.AmountOut(&amt, &amt, l.ZeroForOne) != nil {
				break
			}
		} else {
			if l.V3.ExactInput(&s, l.ZeroForOne, &amt) != nil {
				break
			}
			loss = float64(2 + 3*(s.Steps-1))
			amt.Set(&s.AmountOut)
		}
		bound = bound*u2f(&amt)/in + loss
	}
	return int64(math.Ceil(bound))
}

// checkSized checks a SizeCycle result against the references: the
// amounts are exact (math/big), no neighbour pays more, and the reference's
// best profit is at most roundingBound above ours. It returns the
// reference's best profit minus ours (0 or negative: ours is at least as
// good).
func checkSized(t testing.TB, legs []Leg, exhaustive uint64, maxBits int) (shortfall int64, sized bool) {
	t.Helper()
	var res CycleResult
	err := SizeCycle(&res, legs, nil)
	want, wantX := refSearch(legs, exhaustive, maxBits)
	if errors.Is(err, ErrNoProfit) {
		// a profit within rounding of zero may be missed
		if want != nil && (!want.IsInt64() || want.Int64() > roundingBound(legs, wantX)) {
			t.Fatalf("SizeCycle: got ErrNoProfit, want a profit of at least %s at %s", want, wantX.Dec())
		}
		return 0, false
	}
	if err != nil {
		t.Fatalf("SizeCycle: %v", err)
	}
	// the result is an exact quote
	out, ok := refMixedCycleOut(legs, res.AmountIn.ToBig())
	if !ok || out.Cmp(res.AmountOut.ToBig()) != 0 {
		t.Fatalf("in %s: got out %s, want %v (math/big reference)", res.AmountIn.Dec(), res.AmountOut.Dec(), out)
	}
	if p := new(big.Int).Sub(out, res.AmountIn.ToBig()); p.Cmp(res.Profit.ToBig()) != 0 || p.Sign() <= 0 {
		t.Fatalf("got profit %s, want out - in = %s > 0", res.Profit.Dec(), p)
	}
	// a local integer optimum
	var s V3SwapResult
	for _, d := range []int64{-1, 1} {
		x := new(big.Int).Add(res.AmountIn.ToBig(), big.NewInt(d))
		if x.Sign() <= 0 {
			continue
		}
		if p, ok := cycleProfit(legs, b2u(x), &s); ok && p.Cmp(res.Profit.ToBig()) > 0 {
			t.Fatalf("neighbour %s pays %s, more than %s at %s", x, p, res.Profit.Dec(), res.AmountIn.Dec())
		}
	}
	if want == nil {
		return 0, true
	}
	short := new(big.Int).Sub(want, res.Profit.ToBig())
	if bound := roundingBound(legs, &res.AmountIn); !short.IsInt64() || short.Int64() > bound {
		t.Fatalf("got profit %s at %s, the reference %s at %s: more than the rounding bound %d apart", res.Profit.Dec(), res.AmountIn.Dec(), want, wantX.Dec(), bound)
	}
	return short.Int64(), true
}

// FuzzCycleV3 sizes mixed V2/V3 cycles of 2 and 3 legs whose V3 pools hold
// several positions, so that the optimum crosses initialized ticks, and
// checks SizeCycle against refSearch: exhaustively over [1, 2^13] on small
// pools, by a dense search on larger ones.
func FuzzCycleV3(f *testing.F) {
	f.Add(uint64(1), uint8(3), uint8(40), false)
	f.Add(uint64(2), uint8(2), uint8(0), false)
	f.Add(uint64(3), uint8(3), uint8(0), true)
	f.Add(uint64(4), uint8(2), uint8(0), true)
	f.Add(uint64(5), uint8(3), uint8(70), false)
	f.Fuzz(func(t *testing.T, seed uint64, n, scale uint8, exhaustive bool) {
		rng := rand.New(rand.NewPCG(seed, 2))
		if exhaustive {
			checkSized(t, randMixedCycle(rng, 2+int(n%2), 17, 0), 1<<13, 0)
			return
		}
		sc := int(scale % 72)
		legs := randMixedCycle(rng, 2+int(n%2), 20, sc)
		checkSized(t, legs, 0, 20+sc+2)
		for _, l := range legs {
			if l.V3 != nil {
				checkResume(t, rng, l.V3, l.ZeroForOne, 20+sc)
			}
		}
	})
}

// checkResume compares resumeExactInput with a full ExactInput for inputs
// next to, and further from, one swapped in full; it returns how many
// resumed.
func checkResume(t testing.TB, rng *rand.Rand, p *V3Pool, z bool, bits int) int {
	t.Helper()
	var first, full V3SwapResult
	a := randAmount(rng, 1+rng.IntN(bits))
	if a.IsZero() || p.ExactInput(&first, z, a) != nil {
		return 0
	}
	resumed := 0
	for k := 0; k < 8; k++ {
		b := new(uint256.Int).Set(a)
		switch k {
		case 0, 1, 2:
			b.AddUint64(b, uint64(k+1))
		case 3, 4:
			if b.LtUint64(uint64(k)) {
				continue
			}
			b.SubUint64(b, uint64(k-2))
		default:
			d := new(uint256.Int).Rsh(a, uint(rng.IntN(12)))
			d.Mul(d, uint256.NewInt(rng.Uint64N(2)))
			b.Add(b, d)
		}
		var next, out uint256.Int
		if !resumeExactInput(&next, &out, p, &first, b) {
			continue
		}
		resumed++
		if err := p.ExactInput(&full, z, b); err != nil || !full.AmountIn.Eq(b) || !full.AmountOut.Eq(&out) || !full.SqrtPriceX96.Eq(&next) {
			t.Fatalf("resume from %s to %s: got out %s price %s, want out %s price %s in %s (err %v)", a.Dec(), b.Dec(), out.Dec(), next.Dec(), full.AmountOut.Dec(), full.SqrtPriceX96.Dec(), full.AmountIn.Dec(), err)
		}
	}
	return resumed
}

func TestResumeExactInput(t *testing.T) {
	rng := rand.New(rand.NewPCG(25, 26))
	resumed := 0
	for i := 0; i < 3000; i++ {
		p := newTestPool(rng, 1+rng.IntN(12))
		resumed += checkResume(t, rng, p, rng.IntN(2) == 0, 100)
	}
	t.Logf("%d resumed quotes checked", resumed)
	if resumed < 3000 {
		t.Fatalf("got %d resumed quotes, want at least 3000", resumed)
	}
}

func TestSizeCycleV3(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 22))
	hist := map[int64]int{}
	sized, quotes, fallbacks := 0, 0, 0
	cases := 150
	if os.Getenv("KEEPERKIT_LONG") != "" {
		cases = 3000
	}
	for i := 0; i < cases; i++ {
		n := 2 + rng.IntN(2)
		scale := []int{0, 20, 40, 60}[rng.IntN(4)]
		legs := randMixedCycle(rng, n, 20, scale)
		short, ok := checkSized(t, legs, 0, 20+scale+2)
		if !ok {
			continue
		}
		sized++
		hist[short]++
		var res CycleResult
		_ = SizeCycle(&res, legs, nil)
		quotes += res.Evaluations
		if res.Evaluations > walkMaxQuotes {
			fallbacks++
		}
	}
	t.Logf("%d sized, shortfall histogram %v, %.1f quotes per sizing, %d golden-section fallbacks", sized, hist, float64(quotes)/float64(max(sized, 1)), fallbacks)
	if sized < cases/4 {
		t.Fatalf("got %d profitable cycles of %d, want at least a quarter", sized, cases)
	}
	if fallbacks > sized/20 {
		t.Fatalf("got %d golden-section fallbacks in %d sizings, want the walk to converge in at least 95%%", fallbacks, sized)
	}
}

func TestSizeCycleV3Exhaustive(t *testing.T) {
	rng := rand.New(rand.NewPCG(23, 24))
	hist := map[int64]int{}
	sized := 0
	cases := 80
	if os.Getenv("KEEPERKIT_LONG") != "" {
		cases = 2000
	}
	for i := 0; i < cases; i++ {
		legs := randMixedCycle(rng, 2+rng.IntN(2), 17, 0)
		short, ok := checkSized(t, legs, 1<<13, 0)
		if !ok {
			continue
		}
		sized++
		hist[short]++
	}
	t.Logf("%d sized, shortfall histogram %v", sized, hist)
	if sized < cases/20 {
		t.Fatalf("got %d profitable cycles of %d, want at least 5%%", sized, cases)
	}
}
