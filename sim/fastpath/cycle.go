package fastpath

import (
	"math"

	"github.com/holiman/uint256"
)

// Leg is one swap of a cycle: a Uniswap V2 pair or a V3 pool (exactly one
// set) and the direction (ZeroForOne: token0 in, token1 out). A cycle's legs
// must be chained by the caller: each leg's output token is the next leg's
// input token and the last leg's output is the first leg's input token.
type Leg struct {
	V2         *V2Pair
	V3         *V3Pool
	ZeroForOne bool
}

// CycleResult is the best input found for a cycle, in units of the start token.
type CycleResult struct {
	AmountIn, AmountOut uint256.Int
	// Profit is AmountOut - AmountIn (positive whenever an error is not returned).
	Profit uint256.Int
	// NetProfit is Profit minus the gas cost, zero when the cost is not covered.
	NetProfit uint256.Int
	// Profitable is true when Profit exceeds the gas cost.
	Profitable bool
	// Evaluations counts the exact cycle quotes the search ran.
	Evaluations int
}

// maxCycleInput bounds the search so that sums and comparisons of amounts
// cannot overflow 256 bits.
var maxCycleInput = uint256.Int{0, 0, 0, 1 << 60}

// CycleOut sets out to the exact output of running amountIn through every
// leg in order, as the contracts would pay it: V2 legs with the pair's
// checks (V2Pair.AmountOut), V3 legs as an exact-input swap with the extreme
// price limit, which must spend the whole input (else ErrV3PartialFill).
// scratch is reused for V3 legs. It does not change the pools and does not
// allocate.
func CycleOut(out *uint256.Int, legs []Leg, amountIn *uint256.Int, scratch *V3SwapResult) error {
	if len(legs) == 0 {
		return ErrCycle
	}
	var amt uint256.Int
	amt.Set(amountIn)
	for i := range legs {
		l := &legs[i]
		switch {
		case l.V2 != nil:
			if err := l.V2.AmountOut(&amt, &amt, l.ZeroForOne); err != nil {
				return err
			}
		case l.V3 != nil:
			if err := l.V3.ExactInput(scratch, l.ZeroForOne, &amt); err != nil {
				return err
			}
			if !scratch.AmountIn.Eq(&amt) {
				return ErrV3PartialFill
			}
			amt.Set(&scratch.AmountOut)
		default:
			return ErrCycle
		}
	}
	out.Set(&amt)
	return nil
}

// cycleEval is one evaluated input: ok is false where the cycle reverts.
type cycleEval struct {
	in, out uint256.Int
	ok      bool
}

// better reports whether a's profit (out - in) exceeds b's. A failed
// evaluation is worse than any other.
func (a *cycleEval) better(b *cycleEval) bool {
	if !a.ok {
		return false
	}
	if !b.ok {
		return true
	}
	// a.out - a.in > b.out - b.in  <=>  a.out + b.in > b.out + a.in (amounts < 2^252)
	var l, r uint256.Int
	l.Add(&a.out, &b.in)
	r.Add(&b.out, &a.in)
	return l.Gt(&r)
}

type cycleSearch struct {
	legs    []Leg
	scratch V3SwapResult
	evals   int
	// v3 holds each V3 leg's last full swap, v3ok whether a nearby input
	// can resume its last step (run).
	v3   [3]V3SwapResult
	v3ok [3]bool
}

// eval quotes the cycle at x exactly (CycleOut, resuming V3 legs' last
// steps where it can).
func (s *cycleSearch) eval(e *cycleEval, x *uint256.Int) {
	e.in.Set(x)
	s.evals++
	e.ok = !x.IsZero() && !x.Gt(&maxCycleInput) && s.run(&e.out, x, nil) == nil
}

// SizeCycle finds the input amount that maximises AmountOut - AmountIn for
// a cycle of 2 or 3 legs and returns it with the profit net of gasCost (in
// the start token's units; nil means zero).
//
// Every leg is locally a V2 pair: a V2 leg exactly, a V3 leg by the virtual
// reserves of its in-range liquidity until its swap reaches the next
// initialized tick. The legs compose into one pair (Ea, Eb) with the first
// leg's fee γ, whose profit peaks in closed form at
// x* = (sqrt(γ·Ea·Eb) − Ea)/γ (cycle_walk.go). All-V2 cycles take x* at
// once. With a V3 leg the closed form holds within one segment (no tick
// crossed): SizeCycle quotes x* (or, when x* lies past a tick, the exact
// input that crosses it), rebuilds the pairs where each swap stopped and
// repeats, until a step stays inside its segment and would gain under half
// a wei, or the optimum is found on a tick. The profit is concave, so the
// walk keeps a bracket and bisects when a step leaves it. It typically
// costs 3 to 6 exact quotes, and a quote whose V3 input lands in the range
// where that leg's previous full swap stopped resumes the swap's last step
// instead of swapping again (the same integers). The closed form is evaluated in float64; where
// that is not precise enough (a composed reserve above 2^96) or the walk
// does not converge in 24 quotes, all-V2 cycles take the same closed form
// in 256-bit integers and cycles with a V3 leg an integer golden-section
// search over exact quotes.
//
// The float64 figures only choose where to quote. The answer is then moved
// by ±1 while a neighbour pays strictly more, so AmountIn is a local integer
// optimum of the exact CycleOut and AmountOut, Profit and NetProfit are
// exact integer quotes for it. Integer rounding makes the profit a step
// function near the optimum: a local optimum can be a few wei (at most one
// per rounding in the legs) below the best input of the plateau, which no
// search short of an exhaustive one finds. ErrNoProfit when no input pays
// more than it costs (before gas), or only amounts within rounding of zero.
// It allocates nothing.
func SizeCycle(res *CycleResult, legs []Leg, gasCost *uint256.Int) error {
	return sizeCycle(res, legs, gasCost, true)
}

// sizeCycle is SizeCycle; with walk false it skips the walk and runs the
// fallbacks alone (the benchmarks' impl=golden baseline).
func sizeCycle(res *CycleResult, legs []Leg, gasCost *uint256.Int, walk bool) error {
	if len(legs) < 2 || len(legs) > 3 {
		return ErrCycle
	}
	s := cycleSearch{legs: legs}
	var best cycleEval
	allV2 := true
	for i := range legs {
		if legs[i].V2 == nil {
			allV2 = false
		}
		if (legs[i].V2 == nil) == (legs[i].V3 == nil) {
			return ErrCycle
		}
	}
	st := walkFallback
	if walk {
		st = s.walk(&best, allV2)
	}
	switch st {
	case walkNoProfit:
		res.Evaluations = s.evals
		return ErrNoProfit
	case walkFallback:
		best = cycleEval{}
		var x0 uint256.Int
		closed := false
		if allV2 {
			switch v2Optimum(&x0, legs) {
			case v2OptUnprofitable:
				res.Evaluations = s.evals
				return ErrNoProfit
			case v2OptFound:
				closed = true
			}
		}
		if closed {
			if x0.IsZero() {
				x0.SetOne()
			}
			s.eval(&best, &x0)
		} else {
			s.golden(&best)
		}
	}
	s.climb(&best)
	if !best.ok || !best.out.Gt(&best.in) {
		res.Evaluations = s.evals
		return ErrNoProfit
	}
	res.AmountIn.Set(&best.in)
	res.AmountOut.Set(&best.out)
	res.Profit.Sub(&best.out, &best.in)
	res.Evaluations = s.evals
	var gas uint256.Int
	if gasCost != nil {
		gas.Set(gasCost)
	}
	if res.Profit.Gt(&gas) {
		res.NetProfit.Sub(&res.Profit, &gas)
		res.Profitable = true
	} else {
		res.NetProfit.Clear()
		res.Profitable = false
	}
	return nil
}

// climb moves best to a neighbour (±1) while that pays strictly more: the
// integer check of the closed form's or the search's rounding.
func (s *cycleSearch) climb(best *cycleEval) {
	var cand cycleEval
	var x uint256.Int
	for dir := 0; dir < 2; dir++ {
		for i := 0; i < 1<<10; i++ {
			if dir == 0 {
				x.AddUint64(&best.in, 1)
			} else {
				if best.in.LtUint64(2) {
					break
				}
				x.SubUint64(&best.in, 1)
			}
			s.eval(&cand, &x)
			if !cand.better(best) {
				break
			}
			*best = cand
		}
	}
}

// golden searches for the largest profit with a golden-section search over
// integers, assuming the profit rises then falls (it does for the
// continuous functions; integer rounding only adds noise of a few wei,
// which the final neighbour scan absorbs). The bracket comes from the
// cycle's virtual-reserve estimate when there is one (a V3 leg counted as
// the V2 pair with the same liquidity at its current price), else from
// doubling.
func (s *cycleSearch) golden(best *cycleEval) {
	var lo, hi, x0, t uint256.Int
	var e0, e1 cycleEval
	est := false
	if st := cycleOptimum(&x0, s.legs); st == v2OptFound {
		est = true
	}
	if est {
		if x0.IsZero() {
			x0.SetOne()
		}
		s.eval(&e0, &x0)
		// move up while doubling pays more, down while halving does
		for i := 0; i < 256; i++ {
			t.Lsh(&x0, 1)
			s.eval(&e1, &t)
			if !e1.better(&e0) {
				hi.Set(&t)
				break
			}
			x0.Set(&t)
			e0 = e1
			hi.Set(&t)
		}
		lo.Rsh(&x0, 1)
		for i := 0; i < 256 && !lo.IsZero(); i++ {
			s.eval(&e1, &lo)
			if !e1.better(&e0) {
				break
			}
			hi.Set(&x0)
			x0.Set(&lo)
			e0 = e1
			lo.Rsh(&lo, 1)
		}
	} else {
		// no estimate: double from 2^10 until the profit falls or the cycle stops filling
		hi.SetUint64(1 << 10)
		s.eval(&e0, &hi)
		for i := 0; i < 250; i++ {
			t.Lsh(&hi, 1)
			s.eval(&e1, &t)
			lo.Rsh(&hi, 1)
			hi.Set(&t)
			if !e1.ok || e0.ok && e0.out.Gt(&e0.in) && !e1.better(&e0) {
				break
			}
			e0 = e1
		}
	}
	if lo.IsZero() {
		lo.SetOne()
	}
	// golden section on [a, b] with interior c < d; the new point is placed
	// symmetrically (a + b - kept), re-spaced when integer rounding makes
	// the two points meet.
	var a, b, c, d uint256.Int
	var ec, ed cycleEval
	a.Set(&lo)
	b.Set(&hi)
	place := func() bool {
		t.Sub(&b, &a)
		if t.LtUint64(5) {
			return false
		}
		t.Rsh(&t, 3)
		t.Mul(&t, uint256.NewInt(3)) // ≈ 0.382·(b−a)
		c.Add(&a, &t)
		d.Add(&a, &b)
		d.Sub(&d, &c)
		s.eval(&ec, &c)
		s.eval(&ed, &d)
		return true
	}
	if place() {
		for i := 0; i < 600; i++ {
			if ed.better(&ec) {
				a.Set(&c)
				c.Set(&d)
				ec = ed
				d.Add(&a, &b)
				d.Sub(&d, &c)
				if !d.Gt(&c) {
					if !place() {
						break
					}
					continue
				}
				s.eval(&ed, &d)
			} else {
				b.Set(&d)
				d.Set(&c)
				ed = ec
				c.Add(&a, &b)
				c.Sub(&c, &d)
				if !c.Lt(&d) {
					if !place() {
						break
					}
					continue
				}
				s.eval(&ec, &c)
			}
			t.Sub(&b, &a)
			if t.LtUint64(5) {
				break
			}
		}
	}
	*best = cycleEval{}
	for x := a; !x.Gt(&b); x.AddUint64(&x, 1) {
		s.eval(&e1, &x)
		if e1.better(best) || !best.ok {
			*best = e1
		}
	}
}

const (
	v2OptOverflow     = iota // figures beyond 256 bits: fall back to the search
	v2OptUnprofitable        // γ1·Eb ≤ Ea: no input pays
	v2OptFound
)

// vpair is one leg seen as a V2 pair: virtual reserves and the fee
// multiplier g in 1/10000 (γ = g/10000).
type vpair struct {
	in, out uint256.Int
	g       uint64
}

// legVPair describes a leg as a V2 pair: a V2 leg exactly; a V3 leg by the
// virtual reserves of its in-range liquidity at the current price
// (x = L·2^96/√P, y = L·√P/2^96), exact until the next initialized tick.
func legVPair(v *vpair, l *Leg) bool {
	if l.V2 != nil {
		if l.V2.FeeBps >= 10000 {
			return false
		}
		in, out := l.V2.reserves(l.ZeroForOne)
		v.in.Set(in)
		v.out.Set(out)
		v.g = 10000 - uint64(l.V2.FeeBps)
		return true
	}
	p := l.V3
	if p.Liquidity.IsZero() || p.SqrtPriceX96.IsZero() || p.Fee >= 1e6 {
		return false
	}
	var x, y uint256.Int
	if !mulDiv(&x, &p.Liquidity, &q96, &p.SqrtPriceX96) || !mulDiv(&y, &p.Liquidity, &p.SqrtPriceX96, &q96) {
		return false
	}
	if l.ZeroForOne {
		v.in, v.out = x, y
	} else {
		v.in, v.out = y, x
	}
	v.g = (1e6 - uint64(p.Fee)) / 100
	return v.g > 0
}

// cycleOptimum is v2Optimum over any legs, V3 legs by their virtual reserves.
func cycleOptimum(x *uint256.Int, legs []Leg) int {
	var vp [3]vpair
	if len(legs) > len(vp) {
		return v2OptOverflow
	}
	for i := range legs {
		if !legVPair(&vp[i], &legs[i]) {
			return v2OptOverflow
		}
	}
	return vOptimum(x, vp[:len(legs)])
}

// v2Optimum sets x to the continuous optimum of an all-V2 cycle, floored,
// and says whether it found one (v2OptFound), proved there is none, or
// could not tell within 256 bits.
func v2Optimum(x *uint256.Int, legs []Leg) int { return cycleOptimum(x, legs) }

// vOptimum is the closed form over virtual pairs.
//
// One V2 leg pays f(x) = γ·b·x / (a + γ·x) with γ = (10000 − fee)/10000.
// Composing it after a virtual pair (Ea, Eb) whose first fee is γ1 gives the
// same shape with Ea' = a·Ea / (a + γ·Eb) and Eb' = γ·b·Eb / (a + γ·Eb), so
// the cycle is one pair and profit f(x) − x peaks where f'(x) = 1:
// x* = (sqrt(γ1·Ea·Eb) − Ea) / γ1, positive only when γ1·Eb > Ea.
func vOptimum(x *uint256.Int, vp []vpair) int {
	const bps = 10000
	var ea, eb, den, t, u uint256.Int
	g1 := uint256.NewInt(vp[0].g)
	ea.Set(&vp[0].in)
	eb.Set(&vp[0].out)
	bpsI := uint256.NewInt(bps)
	for i := 1; i < len(vp); i++ {
		g := uint256.NewInt(vp[i].g)
		a, b := &vp[i].in, &vp[i].out
		// den = 10000·a + g·Eb; Ea' = 10000·a·Ea/den; Eb' = g·b·Eb/den
		if _, of := den.MulOverflow(bpsI, a); of {
			return v2OptOverflow
		}
		if _, of := t.MulOverflow(g, &eb); of {
			return v2OptOverflow
		}
		if _, of := den.AddOverflow(&den, &t); of || den.IsZero() {
			return v2OptOverflow
		}
		t.Mul(bpsI, a)
		if !mulDiv(&u, &t, &ea, &den) {
			return v2OptOverflow
		}
		t.Mul(g, b)
		if !mulDiv(&eb, &t, &eb, &den) {
			return v2OptOverflow
		}
		ea.Set(&u)
	}
	if ea.IsZero() || eb.IsZero() {
		return v2OptUnprofitable
	}
	// x* = (sqrt(g1·Ea·Eb·10000) − 10000·Ea) / g1
	if _, of := t.MulOverflow(&ea, &eb); of {
		return v2OptOverflow
	}
	if _, of := t.MulOverflow(&t, g1); of {
		return v2OptOverflow
	}
	if _, of := t.MulOverflow(&t, bpsI); of {
		return v2OptOverflow
	}
	isqrt(&t, &t)
	u.Mul(&ea, bpsI)
	if !t.Gt(&u) {
		return v2OptUnprofitable
	}
	x.Sub(&t, &u)
	x.Div(x, g1)
	return v2OptFound
}

// isqrt sets z = floor(sqrt(x)): two Newton steps from a float64 seed
// (2^-52 relative) and an exact ±1 check by squaring, instead of
// uint256.Sqrt's seven or so divisions.
func isqrt(z, x *uint256.Int) {
	if x.IsUint64() {
		z.Sqrt(x)
		return
	}
	n := x.BitLen()
	sh := uint(n - 64)
	var s, t uint256.Int
	t.Rsh(x, sh)
	f := math.Sqrt(math.Ldexp(float64(t[0]), int(sh)))
	mant, exp := math.Frexp(f) // f = mant·2^exp, mant in [0.5, 1)
	s.SetUint64(uint64(mant * (1 << 53)))
	if exp >= 53 {
		s.Lsh(&s, uint(exp-53))
	} else {
		s.Rsh(&s, uint(53-exp))
	}
	// Two Newton steps take the float's 2^-52 to far below one unit; a
	// final exact check of s² against x settles the last ±1.
	var r, sq uint256.Int
	for i := 0; i < 2; i++ {
		if s.IsZero() {
			s.SetOne()
		}
		divRem(&t, &r, x, &s)
		s.Add(&s, &t)
		s.Rsh(&s, 1)
	}
	for i := 0; i < 4; i++ {
		if _, of := sq.MulOverflow(&s, &s); of || sq.Gt(x) {
			s.SubUint64(&s, 1)
			continue
		}
		t.AddUint64(&s, 1)
		if _, of := sq.MulOverflow(&t, &t); !of && !sq.Gt(x) {
			s.Set(&t)
			continue
		}
		z.Set(&s)
		return
	}
	z.Sqrt(x) // not reached for x < 2^256; kept as a safe fallback
}
