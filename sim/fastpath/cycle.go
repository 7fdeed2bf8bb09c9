package fastpath

import "github.com/holiman/uint256"

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
}

func (s *cycleSearch) eval(e *cycleEval, x *uint256.Int) {
	e.in.Set(x)
	s.evals++
	e.ok = !x.IsZero() && !x.Gt(&maxCycleInput) && CycleOut(&e.out, s.legs, x, &s.scratch) == nil
}

// SizeCycle finds the input amount that maximises AmountOut - AmountIn for
// a cycle of 2 or 3 legs and returns it with the profit net of gasCost (in
// the start token's units; nil means zero).
//
// All-V2 cycles use the closed form: the legs compose into one virtual
// pair (Ea, Eb) with the first leg's fee γ, and the continuous optimum is
// x* = (sqrt(γ·Ea·Eb) − Ea)/γ; the integer answer is then checked against
// its neighbours and moved while a neighbour pays more, so the returned
// amounts are exact integer quotes. Cycles with a V3 leg have no closed form:
// an integer ternary search over [1, hi] (hi found by doubling until profit
// falls), then the same neighbour scan. Every profit reported is the exact
// output of CycleOut for AmountIn. ErrNoProfit when no input pays more than
// it costs (before gas). It allocates nothing.
func SizeCycle(res *CycleResult, legs []Leg, gasCost *uint256.Int) error {
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
	var x0 uint256.Int
	closed := false
	if allV2 {
		switch v2Optimum(&x0, legs) {
		case v2OptUnprofitable:
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
		s.ternary(&best)
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

// ternary searches [1, hi] for the largest profit, assuming it rises then
// falls (it does for the continuous functions; integer rounding only adds
// noise of a few wei, which the final neighbour scan absorbs).
func (s *cycleSearch) ternary(best *cycleEval) {
	var lo, hi, m1, m2, third uint256.Int
	var e1, e2 cycleEval
	// Bracket: double hi from 2^10 while the profit still grows or has not
	// yet turned positive and the cycle still fills.
	hi.SetUint64(1 << 10)
	var prev cycleEval
	s.eval(&prev, &hi)
	for i := 0; i < 240; i++ {
		m1.Lsh(&hi, 1)
		s.eval(&e1, &m1)
		if !e1.ok || !e1.better(&prev) && prev.ok && prev.out.Gt(&prev.in) {
			hi.Set(&m1)
			break
		}
		if !e1.ok {
			break
		}
		prev = e1
		hi.Set(&m1)
	}
	lo.SetOne()
	for i := 0; i < 400; i++ {
		third.Sub(&hi, &lo)
		if third.LtUint64(3) {
			break
		}
		third.Div(&third, uint256.NewInt(3))
		m1.Add(&lo, &third)
		m2.Sub(&hi, &third)
		s.eval(&e1, &m1)
		s.eval(&e2, &m2)
		if e2.better(&e1) {
			lo.Set(&m1)
		} else {
			hi.Set(&m2)
		}
	}
	*best = cycleEval{}
	for x := lo; !x.Gt(&hi); x.AddUint64(&x, 1) {
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

// v2Optimum sets x to the continuous optimum of an all-V2 cycle, floored,
// and says whether it found one (v2OptFound), proved there is none, or
// could not tell within 256 bits.
//
// One V2 leg pays f(x) = γ·b·x / (a + γ·x) with γ = (10000 − fee)/10000.
// Composing it after a virtual pair (Ea, Eb) whose first fee is γ1 gives the
// same shape with Ea' = a·Ea / (a + γ·Eb) and Eb' = γ·b·Eb / (a + γ·Eb), so
// the cycle is one pair and profit f(x) − x peaks where f'(x) = 1:
// x* = (sqrt(γ1·Ea·Eb) − Ea) / γ1, positive only when γ1·Eb > Ea.
func v2Optimum(x *uint256.Int, legs []Leg) int {
	const bps = 10000
	var ea, eb, a, b, den, t, u uint256.Int
	g1 := uint256.NewInt(bps - uint64(legs[0].V2.FeeBps))
	if legs[0].V2.FeeBps >= bps {
		return v2OptOverflow
	}
	in, out := legs[0].V2.reserves(legs[0].ZeroForOne)
	ea.Set(in)
	eb.Set(out)
	bpsI := uint256.NewInt(bps)
	for i := 1; i < len(legs); i++ {
		p := legs[i].V2
		if p.FeeBps >= bps {
			return v2OptOverflow
		}
		g := uint256.NewInt(bps - uint64(p.FeeBps))
		ri, ro := p.reserves(legs[i].ZeroForOne)
		a.Set(ri)
		b.Set(ro)
		// den = 10000·a + g·Eb; Ea' = 10000·a·Ea/den; Eb' = g·b·Eb/den
		if _, of := den.MulOverflow(bpsI, &a); of {
			return v2OptOverflow
		}
		if _, of := t.MulOverflow(g, &eb); of {
			return v2OptOverflow
		}
		if _, of := den.AddOverflow(&den, &t); of || den.IsZero() {
			return v2OptOverflow
		}
		t.Mul(bpsI, &a)
		if !mulDiv(&u, &t, &ea, &den) {
			return v2OptOverflow
		}
		t.Mul(g, &b)
		if !mulDiv(&eb, &t, &eb, &den) {
			return v2OptOverflow
		}
		ea.Set(&u)
	}
	if ea.IsZero() || eb.IsZero() {
		return v2OptOverflow
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
	t.Sqrt(&t)
	u.Mul(&ea, bpsI)
	if !t.Gt(&u) {
		return v2OptUnprofitable
	}
	x.Sub(&t, &u)
	x.Div(x, g1)
	return v2OptFound
}
