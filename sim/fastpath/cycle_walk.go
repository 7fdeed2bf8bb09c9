package fastpath

import (
	"math"

	"github.com/holiman/uint256"
)

// The walk: each leg, at the amount it currently swaps, is locally a V2
// pair. A V2 leg that has taken A of its input is, for a further δ, the
// pair (rIn + γ·A, rOut − out(A)) with its fee γ (exactly, in real
// numbers: out(A+δ) − out(A) = γ·b''·δ/(a''+γ·δ)); a V3 leg is, until its
// swap reaches the next initialized tick, the pair of the virtual reserves
// at the price where its swap stopped (x = L·2^96/√P, y = L·√P/2^96) with
// its fee. Composing the legs' pairs gives one pair (Ea, Eb, γ1), and the
// profit of a further δ peaks at δ* = (√(γ1·Ea·Eb) − Ea)/γ1, for a gain of
// (√(γ1·Eb) − √Ea)²/γ1. These figures only choose where to quote: every
// amount SizeCycle returns is an exact integer quote.

// fpair is a leg (or a composition of legs) as a V2 pair in float64:
// reserves a (in) and b (out), fee multiplier g = 1 − fee.
type fpair struct {
	a, b, g float64
}

const (
	// walkMaxEa bounds the composed input reserve for which the float64
	// model is trusted. δ*'s absolute error is about Ea·2^-50 and the
	// profit within d of the optimum falls by about d²/Ea, so below 2^96
	// the estimate costs less than a thousandth of a wei; above it,
	// SizeCycle uses the exact integer closed form (all V2) or the
	// golden-section search (with a V3 leg).
	walkMaxEa = 0x1p96
	// walkMaxQuotes bounds the walk's exact quotes before it gives up and
	// the golden-section search runs instead.
	walkMaxQuotes = 24
	// walkDone: the walk stops when the model's predicted gain is below
	// half a wei.
	walkDone = 0.5
)

// u2f converts x to the nearest-ish float64 (relative error below 2^-52).
func u2f(x *uint256.Int) float64 {
	switch {
	case x[3] != 0:
		return float64(x[3])*0x1p192 + float64(x[2])*0x1p128
	case x[2] != 0:
		return float64(x[2])*0x1p128 + float64(x[1])*0x1p64
	default:
		return float64(x[1])*0x1p64 + float64(x[0])
	}
}

// f2u sets z to ⌊f⌋ for 0 <= f < 2^256 (0 for anything else, NaN included).
func f2u(z *uint256.Int, f float64) {
	if !(f >= 1) || f >= 0x1p256 {
		z.Clear()
		return
	}
	if f < 0x1p64 {
		z.SetUint64(uint64(f))
		return
	}
	mant, exp := math.Frexp(f) // f = mant·2^exp, mant in [0.5, 1), exp > 64
	z.SetUint64(uint64(mant * 0x1p53))
	z.Lsh(z, uint(exp-53))
}

// v2LegModel sets m to a V2 leg's local pair after it took in (as a float)
// and paid out.
func v2LegModel(m *fpair, l *Leg, in float64, out *uint256.Int) {
	rIn, rOut := l.V2.reserves(l.ZeroForOne)
	m.g = float64(10000-int64(l.V2.FeeBps)) / 10000
	m.a = u2f(rIn) + m.g*in
	m.b = u2f(rOut) - u2f(out)
}

// v3LegModel sets m to a V3 leg's virtual pair at price sqrtP with in-range
// liquidity L.
func v3LegModel(m *fpair, fee uint32, zeroForOne bool, sqrtP, L *uint256.Int) {
	sp := u2f(sqrtP) * 0x1p-96
	lf := u2f(L)
	x, y := lf/sp, lf*sp
	if zeroForOne {
		m.a, m.b = x, y
	} else {
		m.a, m.b = y, x
	}
	m.g = float64(1e6-int64(fee)) / 1e6
}

// startModel sets m to the legs' pairs at the pools' current state (no
// input yet). It reports false when a leg has no usable pair (a V3 pool
// with no in-range liquidity, a fee of 100%).
func startModel(m *[3]fpair, legs []Leg) bool {
	var zero uint256.Int
	for i := range legs {
		l := &legs[i]
		if l.V2 != nil {
			if l.V2.FeeBps >= 10000 {
				return false
			}
			v2LegModel(&m[i], l, 0, &zero)
			continue
		}
		p := l.V3
		if p.Fee >= 1e6 || p.Liquidity.IsZero() || p.SqrtPriceX96.IsZero() {
			return false
		}
		v3LegModel(&m[i], p.Fee, l.ZeroForOne, &p.SqrtPriceX96, &p.Liquidity)
	}
	return true
}

// modelStep composes the pairs and returns the step δ* to the model's
// optimum (negative: the optimum is below the current input), the model's
// gain for that step, and the composed input reserve Ea. ok is false when
// the model is degenerate (a zero reserve, an overflow to Inf or NaN).
func modelStep(m []fpair) (delta, gain, ea float64, ok bool) {
	ea, eb, g1 := m[0].a, m[0].b, m[0].g
	for i := 1; i < len(m); i++ {
		den := m[i].a + m[i].g*eb
		ea = m[i].a * ea / den
		eb = m[i].g * m[i].b * eb / den
	}
	if !(ea > 0 && eb > 0 && g1 > 0) || math.IsInf(ea, 0) || math.IsInf(eb, 0) {
		return 0, 0, 0, false
	}
	sa := math.Sqrt(ea)
	r := math.Sqrt(g1*eb) - sa
	return sa * r / g1, r * r / g1, ea, true
}

// Outcomes of walk.
const (
	walkFound    = iota // best holds a quote at (within rounding) the optimum
	walkNoProfit        // the cycle's marginal rate at zero input is at most 1
	walkFallback        // the model cannot be trusted here: use another search
)

// walk moves between exact quotes by the model's steps: from the pools'
// state, the model gives x0; the quote at x0 gives each leg's local pair
// there (the segment its V3 swap reached) and a new step, and so on until
// the model predicts less than half a wei more. All-V2 cycles stop at x0:
// their model does not change with x. The profit is concave in x (every
// leg's marginal rate falls as its input grows), so each model's sign
// tells which side of the quote the optimum lies on; the walk keeps that
// bracket and bisects when a step leaves it or a quote reverts (a V3 pool
// running out of liquidity, a reserve overflowing).
func (s *cycleSearch) walk(best *cycleEval, allV2 bool) int {
	var m [3]fpair
	n := len(s.legs)
	if !startModel(&m, s.legs) {
		return walkFallback
	}
	delta, _, ea, ok := modelStep(m[:n])
	if !ok || ea > walkMaxEa {
		return walkFallback
	}
	if !(delta > 0) {
		return walkNoProfit
	}
	var x, lo, hi, d uint256.Int
	f2u(&x, delta)
	if x.IsZero() {
		x.SetOne()
	}
	if allV2 {
		s.eval(best, &x)
		if !best.ok {
			return walkFallback
		}
		return walkFound
	}
	hiKnown := false
	var e cycleEval
	for s.evals < walkMaxQuotes {
		s.evalModel(&e, &x, &m)
		if !e.ok {
			// too much: the cycle reverts at x
			hi.Set(&x)
			hiKnown = true
			if !bisect(&x, &lo, &hi) {
				break
			}
			continue
		}
		if e.better(best) || !best.ok {
			*best = e
		}
		delta, gain, ea, ok := modelStep(m[:n])
		if !ok || ea > walkMaxEa {
			return walkFallback
		}
		if gain < walkDone {
			return walkFound
		}
		if delta > 0 {
			lo.Set(&x)
			f2u(&d, delta)
			d.Add(&d, &x)
			if hiKnown && !d.Lt(&hi) {
				if !bisect(&d, &lo, &hi) {
					break
				}
			}
		} else {
			hi.Set(&x)
			hiKnown = true
			f2u(&d, -delta)
			if d.Lt(&x) {
				d.Sub(&x, &d)
			} else {
				d.Clear()
			}
			if !d.Gt(&lo) {
				if !bisect(&d, &lo, &hi) {
					break
				}
			}
		}
		if d.Eq(&x) {
			break
		}
		x.Set(&d)
	}
	if best.ok {
		// the bracket closed or the quotes ran out next to a found point:
		// the neighbour scan finishes from the best quote
		return walkFound
	}
	return walkFallback
}

// bisect sets x to the midpoint of (lo, hi) and reports whether it lies
// strictly inside.
func bisect(x, lo, hi *uint256.Int) bool {
	x.Add(lo, hi)
	x.Rsh(x, 1)
	return x.Gt(lo) && x.Lt(hi)
}

// evalModel is eval that also records each leg's local pair at x.
func (s *cycleSearch) evalModel(e *cycleEval, x *uint256.Int, m *[3]fpair) {
	e.in.Set(x)
	s.evals++
	e.ok = !x.IsZero() && !x.Gt(&maxCycleInput) && cycleRun(&e.out, s.legs, x, &s.scratch, m) == nil
}
