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

// legRec is what a quote leaves of one leg for the walk: its local pair
// and, for a V3 leg, the liquidity and the price and tick where its swap
// stopped.
type legRec struct {
	fpair
	liq   float64
	sqrtP uint256.Int
	tick  int32
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

// v3LegModel sets r to a V3 leg's virtual pair at price sqrtP with in-range
// liquidity L.
func v3LegModel(r *legRec, fee uint32, zeroForOne bool, sqrtP, L *uint256.Int) {
	sp := u2f(sqrtP) * 0x1p-96
	r.liq = u2f(L)
	x, y := r.liq/sp, r.liq*sp
	if zeroForOne {
		r.a, r.b = x, y
	} else {
		r.a, r.b = y, x
	}
	r.g = float64(1e6-int64(fee)) / 1e6
	r.sqrtP.Set(sqrtP)
}

// startModel sets m to the legs' pairs at the pools' current state (no
// input yet). It returns walkFound when every leg has a pair, walkNoProfit
// when a V3 pool has no liquidity left in the leg's direction (every input
// would be left unfilled), walkFallback when a leg has no usable pair (a
// fee of 100%, an uninitialized pool).
func startModel(m *[3]legRec, legs []Leg) int {
	var zero uint256.Int
	for i := range legs {
		l := &legs[i]
		if l.V2 != nil {
			if l.V2.FeeBps >= 10000 {
				return walkFallback
			}
			v2LegModel(&m[i].fpair, l, 0, &zero)
			continue
		}
		p := l.V3
		if p.Fee >= 1e6 || p.SqrtPriceX96.IsZero() {
			return walkFallback
		}
		v3LegModel(&m[i], p.Fee, l.ZeroForOne, &p.SqrtPriceX96, &p.Liquidity)
		m[i].tick = p.Tick
		if !crossGap(&m[i], l) {
			return walkNoProfit
		}
	}
	return walkFound
}

// compose folds the pairs into one: a further δ of the first leg's input
// pays γ1·Eb·δ/(Ea + γ1·δ) at the last leg. Ea' = a·Ea/(a + γ·Eb) and
// Eb' = γ·b·Eb/(a + γ·Eb) compose a pair (a, b, γ) after (Ea, Eb).
func compose(m []legRec) (ea, eb, g1 float64) {
	ea, eb, g1 = m[0].a, m[0].b, m[0].g
	for i := 1; i < len(m); i++ {
		den := m[i].a + m[i].g*eb
		ea = m[i].a * ea / den
		eb = m[i].g * m[i].b * eb / den
	}
	return ea, eb, g1
}

// modelStep returns the step δ* to the composed model's optimum (negative:
// the optimum is below the current input), the model's gain for that step,
// and the composed input reserve Ea. ok is false when the model is
// degenerate (a zero reserve, an overflow to Inf or NaN).
func modelStep(m []legRec) (delta, gain, ea float64, ok bool) {
	ea, eb, g1 := compose(m)
	if eb == 0 && ea > 0 && g1 > 0 && !math.IsInf(ea, 0) {
		// a leg that cannot pay more: the optimum is below
		return math.Inf(-1), math.Inf(1), ea, true
	}
	if !(ea > 0 && eb > 0 && g1 > 0) || math.IsInf(ea, 0) || math.IsInf(eb, 0) {
		return 0, 0, 0, false
	}
	sa := math.Sqrt(ea)
	r := math.Sqrt(g1*eb) - sa
	return sa * r / g1, r * r / g1, ea, true
}

// segmentEnd returns the index in Ticks of the initialized tick where leg
// l's current segment ends, seen from a swap stopped at (sqrtP, tick):
// forward, the next tick the swap would cross; backward, the last tick it
// crossed since the pool's own price. Ticks whose liquidityNet is zero (one
// position ending where another of the same size starts) change nothing
// and are skipped. -1 when there is none.
func segmentEnd(l *Leg, sqrtP *uint256.Int, tick int32, forward bool) int {
	p := l.V3
	ts := p.ticks
	switch {
	case forward && l.ZeroForOne: // the highest tick strictly below the price
		i, _ := p.findTick(tick + 1)
		for i--; i >= 0 && (!ts[i].SqrtPriceX96.Lt(sqrtP) || ts[i].LiquidityNet.IsZero()); i-- {
		}
		return i
	case forward: // the lowest tick strictly above the price
		i, _ := p.findTick(tick)
		for ; i < len(ts) && (!ts[i].SqrtPriceX96.Gt(sqrtP) || ts[i].LiquidityNet.IsZero()); i++ {
		}
		if i < len(ts) {
			return i
		}
	case l.ZeroForOne: // the lowest tick at or above the price, below the pool's
		i, _ := p.findTick(tick)
		for ; i < len(ts) && (ts[i].SqrtPriceX96.Lt(sqrtP) || ts[i].LiquidityNet.IsZero()); i++ {
		}
		if i < len(ts) && ts[i].SqrtPriceX96.Lt(&p.SqrtPriceX96) {
			return i
		}
	default: // the highest tick at or below the price, above the pool's
		i, _ := p.findTick(tick + 1)
		for i--; i >= 0 && (ts[i].SqrtPriceX96.Gt(sqrtP) || ts[i].LiquidityNet.IsZero()); i-- {
		}
		if i >= 0 && ts[i].SqrtPriceX96.Gt(&p.SqrtPriceX96) {
			return i
		}
	}
	return -1
}

// crossGap moves a V3 leg stopped where its pool has no liquidity to the
// far side of the gap: with no liquidity a swap crosses to the next
// initialized tick for nothing, so the next wei of input trades there,
// with the liquidity that tick brings in. It reports false when no tick
// with liquidity follows.
func crossGap(r *legRec, l *Leg) bool {
	var liq, d uint256.Int
	for r.liq == 0 {
		i := segmentEnd(l, &r.sqrtP, r.tick, true)
		if i < 0 {
			return false
		}
		t := &l.V3.ticks[i]
		if l.ZeroForOne {
			d.Neg(&t.LiquidityNet)
		} else {
			d.Set(&t.LiquidityNet)
		}
		if addDelta(&liq, &liq, &d) != nil {
			return false
		}
		tick := t.Index
		if l.ZeroForOne {
			tick--
		}
		v3LegModel(r, l.V3.Fee, l.ZeroForOne, &t.SqrtPriceX96, &liq)
		r.tick = tick
	}
	return true
}

// boundaryStep estimates the change of the cycle's input that brings leg j
// to the price sb, from the legs' pairs: leg j's own input changes by
// (its virtual input reserve at sb − at its price)/γ, and the legs before
// it, composed, need Ea·Δ/(γ1·(Eb − Δ)) more at the start for Δ more at
// their end (+Inf when they cannot pay Δ).
func boundaryStep(m []legRec, j int, l *Leg, sb *uint256.Int) float64 {
	sp := u2f(sb) * 0x1p-96
	virt := m[j].liq * sp
	if l.ZeroForOne {
		virt = m[j].liq / sp
	}
	d := (virt - m[j].a) / m[j].g
	if j == 0 {
		return d
	}
	ea, eb, g1 := compose(m[:j])
	if d >= eb {
		return math.Inf(1)
	}
	return ea * d / (g1 * (eb - d))
}

// boundaryInput sets x to the least cycle input at which leg j's swap
// reaches the price sb (a tick it then crosses): the V3 swap to that price
// limit gives leg j's input exactly, and the legs before it are inverted
// with the least input that pays at least as much (V2 exactly; V3 by an
// exact-output swap, which may ask a few wei more than the least).
func (s *cycleSearch) boundaryInput(x *uint256.Int, j int, sb *uint256.Int) bool {
	l := &s.legs[j]
	spec := uint256.Int{0, 0, 0, 1 << 60}
	if l.V3.Swap(&s.scratch, l.ZeroForOne, &spec, sb) != nil || !s.scratch.SqrtPriceX96.Eq(sb) {
		return false
	}
	x.Set(&s.scratch.AmountIn)
	for i := j - 1; i >= 0; i-- {
		l := &s.legs[i]
		if l.V2 != nil {
			if !v2LeastIn(x, x, l) {
				return false
			}
			continue
		}
		if l.V3.ExactOutput(&s.scratch, l.ZeroForOne, x) != nil || !s.scratch.AmountOut.Eq(x) {
			return false
		}
		x.Set(&s.scratch.AmountIn)
	}
	return !x.IsZero()
}

// v2LeastIn sets z to the least input for which the pair pays at least out:
// ⌈out·rIn·den / ((rOut − out)·mul)⌉ (getAmountIn can be one more).
func v2LeastIn(z, out *uint256.Int, l *Leg) bool {
	mul, den, ok := v2FeeFactors(l.V2.FeeBps)
	rIn, rOut := l.V2.reserves(l.ZeroForOne)
	if !ok || !out.Lt(rOut) {
		return false
	}
	var num, d uint256.Int
	if _, of := num.MulOverflow(out, rIn); of {
		return false
	}
	if _, of := num.MulOverflow(&num, uint256.NewInt(den)); of {
		return false
	}
	d.Sub(rOut, out)
	if _, of := d.MulOverflow(&d, uint256.NewInt(mul)); of {
		return false
	}
	divRoundingUp(z, &num, &d)
	return true
}

// Outcomes of walk.
const (
	walkFound    = iota // best holds a quote at (within rounding) the optimum
	walkNoProfit        // no input pays: the model's optimum from zero gains under 1/2
	walkFallback        // the model cannot be trusted here: use another search
)

// How the walk reached its current quote.
const (
	stepNewton = iota
	stepForward
	stepBack
)

// walk moves between exact quotes by the model's steps. From the pools'
// state the model gives the optimum of the first segment (where no V3 swap
// crosses an initialized tick); if that lies past the nearest tick, the
// walk goes to the input that just crosses it instead (boundaryInput), so
// every quote's model is exact up to the next tick in the direction it
// points. At each quote the legs' pairs there give the next step. It stops
// when a step stays inside its segment and the model gains under half a
// wei (the optimum is inside the segment, within the float's rounding), or
// when the optimum is on a tick: the quote past it points back and the
// quote before it points forward (the profit is concave, so each model's
// sign says which side of its quote the optimum is on; lo and hi keep that
// bracket, and a step that leaves it, or a quote that reverts, bisects).
// All-V2 cycles stop at the first step: their model does not change.
func (s *cycleSearch) walk(best *cycleEval, allV2 bool) int {
	var m [3]legRec
	n := len(s.legs)
	if st := startModel(&m, s.legs); st != walkFound {
		return st
	}
	var x, lo, hi, target uint256.Int
	// hiOK: hi is a quote whose model pointed down, not a revert
	hiKnown, hiOK := false, false
	how, back := stepNewton, 0
	var e cycleEval
	for {
		delta, gain, ea, ok := modelStep(m[:n])
		if !ok || ea > walkMaxEa {
			return walkFallback
		}
		if x.IsZero() && !(delta > 0) {
			return walkNoProfit
		}
		if allV2 {
			if gain < walkDone {
				return walkNoProfit
			}
			f2u(&x, delta)
			if x.IsZero() {
				x.SetOne()
			}
			s.eval(best, &x)
			if !best.ok {
				return walkFallback
			}
			return walkFound
		}
		var clamped int
		if delta > 0 {
			lo.Set(&x)
			if delta < 0x1p250 {
				f2u(&target, delta)
				target.Add(&target, &x)
			} else {
				target.Set(&maxCycleInput)
			}
			if s.clamp(&target, &x, m[:n], delta, true) {
				clamped = stepForward
			}
			if clamped == stepNewton && gain < walkDone {
				if x.IsZero() {
					return walkNoProfit
				}
				return walkFound
			}
			if hiKnown && !target.Lt(&hi) {
				if !hiOK {
					// hi reverts (a pool runs dry there) and the profit
					// still rises: the optimum is the last input below
					target.SubUint64(&hi, 1)
					clamped = stepForward
					if !target.Gt(&x) {
						return walkFound
					}
				} else if target.Eq(&hi) || !bisect(&target, &lo, &hi) {
					return walkFound
				}
			}
		} else {
			hi.Set(&x)
			hiKnown, hiOK = true, true
			if -delta < u2f(&x) {
				f2u(&target, -delta)
				target.Sub(&x, &target)
			} else {
				target.Clear()
			}
			if s.clamp(&target, &x, m[:n], delta, false) {
				clamped = stepBack
				if how == stepForward {
					// the quote before this one pointed past the tick this
					// one just crossed: the optimum is on the tick
					return walkFound
				}
			}
			if clamped == stepNewton && gain < walkDone {
				return walkFound
			}
			if !target.Gt(&lo) {
				if target.Eq(&lo) && !lo.IsZero() || !bisect(&target, &lo, &hi) {
					return walkFound
				}
			}
		}
		how = clamped
		x.Set(&target)
		for {
			if s.evals >= walkMaxQuotes {
				if best.ok {
					return walkFound
				}
				return walkFallback
			}
			err := s.evalModel(&e, &x, &m)
			if e.ok {
				break
			}
			if tooSmall(err) {
				// a leg pays nothing for x, nor for less
				lo.Set(&x)
			} else {
				// a pool runs out of liquidity or a reserve overflows
				// at x, and for more
				hi.Set(&x)
				hiKnown, hiOK = true, false
				if how == stepForward && back < 2 {
					// a tick's input found by inverting the legs before
					// it can be a few wei over (an exact-output swap asks
					// more than the least input): step back to it
					back++
					x.SubUint64(&x, 1)
					if x.Gt(&lo) {
						continue
					}
				}
			}
			how = stepNewton
			if !hiKnown && lo.Lt(&maxCycleInput) {
				x.Lsh(&x, 1)
				continue
			}
			if !bisect(&x, &lo, &hi) {
				if best.ok {
					return walkFound
				}
				// every input reverts: too small up to lo, too big from hi
				return walkNoProfit
			}
		}
		back = 0
		if e.better(best) || !best.ok {
			*best = e
		}
	}
}

// clamp moves target to the input where the first V3 leg reaches the end
// of its segment (in the direction of the step from x: forward, the input
// that crosses the tick; back, the last input before it), when that comes
// before target. It reports whether it did.
func (s *cycleSearch) clamp(target, x *uint256.Int, m []legRec, delta float64, forward bool) bool {
	bj, bd := -1, 0.0
	var bsb *uint256.Int
	for j := range m {
		l := &s.legs[j]
		if l.V3 == nil {
			continue
		}
		i := segmentEnd(l, &m[j].sqrtP, m[j].tick, forward)
		if i < 0 {
			continue
		}
		sb := &l.V3.ticks[i].SqrtPriceX96
		d := boundaryStep(m, j, l, sb)
		if forward && d > 0 && d <= delta*(1+1e-6)+2 && (bj < 0 || d < bd) ||
			!forward && d < 0 && d >= delta*(1+1e-6)-2 && (bj < 0 || d > bd) {
			bj, bd, bsb = j, d, sb
		}
	}
	if bj < 0 {
		return false
	}
	// The exact input may round a few wei past the step's target: a tick
	// that close is still where the segment ends, and the quote past it
	// decides (stopping short of it would take a model that ends there for
	// one that does not).
	var xb, t uint256.Int
	if !s.boundaryInput(&xb, bj, bsb) {
		return false
	}
	if forward {
		t.AddUint64(target, clampSlack)
		if xb.Gt(x) && !xb.Gt(&t) {
			target.Set(&xb)
			return true
		}
		return false
	}
	xb.SubUint64(&xb, 1)
	t.Clear()
	if target.GtUint64(clampSlack) {
		t.SubUint64(target, clampSlack)
	}
	if xb.Lt(x) && !xb.Lt(&t) {
		target.Set(&xb)
		return true
	}
	return false
}

// clampSlack is how many wei past a step's target clamp still takes a
// tick's exact input (float estimates and the exact inputs' rounding differ
// by a few wei).
const clampSlack = 4

// bisect sets x to the midpoint of (lo, hi) and reports whether it lies
// strictly inside.
func bisect(x, lo, hi *uint256.Int) bool {
	x.Add(lo, hi)
	x.Rsh(x, 1)
	return x.Gt(lo) && x.Lt(hi)
}

// evalModel is eval that also records each leg's state at x, and returns
// why the quote reverted.
func (s *cycleSearch) evalModel(e *cycleEval, x *uint256.Int, m *[3]legRec) error {
	e.in.Set(x)
	s.evals++
	e.ok = false
	if x.IsZero() {
		return ErrV2InsufficientInput
	}
	if x.Gt(&maxCycleInput) {
		return ErrV2Overflow
	}
	if err := s.run(&e.out, x, m); err != nil {
		return err
	}
	e.ok = true
	for j := range s.legs {
		if s.legs[j].V3 != nil && !crossGap(&m[j], &s.legs[j]) {
			// the pool runs dry past x: no step up pays
			m[j].a, m[j].b = 1, 0
		}
	}
	return nil
}

// tooSmall reports whether a cycle quote reverted because a leg paid
// nothing (so would for any smaller input), rather than for too much input.
func tooSmall(err error) bool {
	return err == ErrV2InsufficientInput || err == ErrV2InsufficientOutput || err == ErrV3AmountSpecified
}

// run is CycleOut(out, s.legs, x) for the search: the same exact quote,
// except that a V3 leg whose input lands in the range where its last full
// swap stopped resumes that swap's last step instead of swapping again
// (resumeExactInput). When m is not nil it also records, leg by leg, the
// local pair each leg is at and where a V3 swap stopped.
func (s *cycleSearch) run(out, x *uint256.Int, m *[3]legRec) error {
	var amt, next uint256.Int
	amt.Set(x)
	for i := range s.legs {
		l := &s.legs[i]
		switch {
		case l.V2 != nil:
			var in float64
			if m != nil {
				in = u2f(&amt)
			}
			if err := l.V2.AmountOut(&amt, &amt, l.ZeroForOne); err != nil {
				return err
			}
			if m != nil {
				v2LegModel(&m[i].fpair, l, in, &amt)
			}
		case l.V3 != nil:
			r := &s.v3[i]
			if s.v3ok[i] && resumeExactInput(&next, &amt, l.V3, r, &amt) {
				if m != nil {
					tick, err := TickAtSqrtRatio(&next)
					if err != nil {
						return err
					}
					v3LegModel(&m[i], l.V3.Fee, l.ZeroForOne, &next, &r.Liquidity)
					m[i].tick = tick
				}
				continue
			}
			s.v3ok[i] = false
			if err := l.V3.ExactInput(r, l.ZeroForOne, &amt); err != nil {
				return err
			}
			if !r.AmountIn.Eq(&amt) {
				return ErrV3PartialFill
			}
			s.v3ok[i] = r.lastInside
			amt.Set(&r.AmountOut)
			if m != nil {
				v3LegModel(&m[i], l.V3.Fee, l.ZeroForOne, &r.SqrtPriceX96, &r.Liquidity)
				m[i].tick = r.Tick
			}
		default:
			return ErrCycle
		}
	}
	out.Set(&amt)
	return nil
}

// resumeExactInput sets out to what p.ExactInput pays for amountIn, and
// next to the price it stops at, from r, an earlier exact-input swap on the
// same pool whose last step stopped inside its range. An input above
// r.lastIn takes every step before that one exactly as r did (each reached
// its target with less), so its swap is r's up to lastStart, then one
// computeSwapStep with the rest. It reports false, and sets nothing, when
// that step would reach lastTarget (the swap goes on past it) or anything
// else calls for the full swap. out may alias amountIn.
func resumeExactInput(next, out *uint256.Int, p *V3Pool, r *V3SwapResult, amountIn *uint256.Int) bool {
	if !r.lastInside || !amountIn.Gt(&r.lastIn) || amountIn[3]>>63 != 0 {
		return false
	}
	var rem, in, o, fee, sum, n uint256.Int
	rem.Sub(amountIn, &r.lastIn)
	if !computeSwapStep(&n, &in, &o, &fee, &r.lastStart, &r.lastTarget, &r.Liquidity, &rem, true, p.Fee) || n.Eq(&r.lastTarget) {
		return false
	}
	// Swap's toInt256 and int256 bounds on the step and the total
	sum.Add(&in, &fee)
	if sum[3]>>63 != 0 || o[3]>>63 != 0 {
		return false
	}
	o.Add(&o, &r.lastOut)
	if o.Gt(&int256Min) {
		return false
	}
	next.Set(&n)
	out.Set(&o)
	return true
}
