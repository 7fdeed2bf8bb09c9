package liquidation

import (
	"github.com/holiman/uint256"

	"github.com/keeperkit/keeperkit/sim/fastpath"
)

// sizing is one liquidation's inputs: the user's position in market m,
// the collateral and debt reserves, the pool the seized collateral is sold
// through (zeroForOne: the collateral is the pool's token0) and the Aave
// flash-loan premium in bps (FLASHLOAN_PREMIUM_TOTAL).
type sizing struct {
	m           *fastpath.AaveMarket
	pos         *fastpath.AavePosition
	coll, debt  int
	pool        *poolState
	zeroForOne  bool
	premiumBps  uint64
	v3          fastpath.V3SwapResult // scratch
	premiumUnit uint256.Int           // premiumBps as a uint256

	// coarse: one unit of collateral is worth more than one unit of debt
	// (say WBTC's 8 decimals against a debt of 18): liquidationCall's
	// base collateral ⌊x·a/b⌋ (a = debt price × 10^collateral decimals,
	// b = collateral price × 10^debt decimals) then stays the same over
	// runs of debtToCover x, and within a run only the run's first x can
	// be best (it pays the least for the same collateral). The search then
	// moves over the runs' first values.
	coarse bool
	a, b   uint256.Int
}

// prepare sets the premium and the run step (coarse, a, b) as
// _calculateAvailableCollateralToLiquidate prices the pair (e-mode prices
// included).
func (z *sizing) prepare() {
	z.premiumUnit.SetUint64(z.premiumBps)
	m, p := z.m, z.pos
	cr, dr := &m.Reserves[z.coll], &m.Reserves[z.debt]
	collPrice, debtPrice := &cr.Price, &dr.Price
	if p.EMode != 0 {
		em := &m.EModes[p.EMode]
		if cr.EModeCategory == p.EMode && !em.Price.IsZero() {
			collPrice = &em.Price
		}
		if !em.Price.IsZero() {
			debtPrice = &em.Price
		}
	}
	var cu, du uint256.Int
	cu.Exp(uint256.NewInt(10), uint256.NewInt(uint64(cr.Decimals)))
	du.Exp(uint256.NewInt(10), uint256.NewInt(uint64(dr.Decimals)))
	_, ofa := z.a.MulOverflow(debtPrice, &cu)
	_, ofb := z.b.MulOverflow(collPrice, &du)
	z.coarse = !ofa && !ofb && !z.a.IsZero() && z.a.Lt(&z.b)
}

// runStart sets dst to the first debtToCover of the run holding x (x
// itself when not coarse): ⌈⌊x·a/b⌋·b/a⌉, or x on overflow.
func (z *sizing) runStart(dst, x *uint256.Int) {
	if !z.coarse {
		dst.Set(x)
		return
	}
	var base, r uint256.Int
	if _, of := base.MulDivOverflow(x, &z.a, &z.b); of {
		dst.Set(x)
		return
	}
	z.runAt(&r, &base)
	if r.IsZero() || r.Gt(x) {
		dst.Set(x)
		return
	}
	dst.Set(&r)
}

// runAt sets dst to ⌈base·b/a⌉, the first debtToCover whose base
// collateral is base (0 on overflow).
func (z *sizing) runAt(dst, base *uint256.Int) {
	var num uint256.Int
	if _, of := num.MulOverflow(base, &z.b); of {
		dst.Clear()
		return
	}
	var rem uint256.Int
	dst.DivMod(&num, &z.a, &rem)
	if !rem.IsZero() {
		dst.AddUint64(dst, 1)
	}
}

// step sets dst to the first debtToCover of the run after (up) or before
// x's run (x is a run's first value); false when there is none.
func (z *sizing) step(dst, x *uint256.Int, up bool) bool {
	if !z.coarse {
		if up {
			dst.AddUint64(x, 1)
			return true
		}
		if x.LtUint64(2) {
			return false
		}
		dst.SubUint64(x, 1)
		return true
	}
	var base uint256.Int
	if _, of := base.MulDivOverflow(x, &z.a, &z.b); of {
		return false
	}
	if up {
		base.AddUint64(&base, 1)
	} else {
		if base.IsZero() {
			return false
		}
		base.SubUint64(&base, 1)
	}
	z.runAt(dst, &base)
	return !dst.IsZero()
}

// evalRun is eval at the first debtToCover of x's run.
func (z *sizing) evalRun(r *sized, x *uint256.Int) {
	var s uint256.Int
	z.runStart(&s, x)
	z.eval(r, &s)
}

// sized is what the executor's liquidate moves for one debtToCover:
// the flash loan of DebtToCover, liquidationCall's Liq (what it takes,
// Liq.DebtToCover, and what it pays, Liq.Collateral), the sale's Out, the
// loan's Premium, and Profit = Out − Liq.DebtToCover − Premium, what
// liquidate returns. OK is false where the call would revert (the
// liquidation or the swap reverts, or Out does not repay the loan).
type sized struct {
	DebtToCover uint256.Int
	Liq         fastpath.AaveLiquidation
	Out         uint256.Int
	Premium     uint256.Int
	Profit      uint256.Int
	OK          bool
	// Loss: the call runs but the sale does not repay the loan
	// (InsufficientOutput); Profit is then the shortfall. The search
	// follows a shrinking shortfall towards the profitable amounts.
	Loss bool
}

// eval computes r for a flash loan of x, as KeeperExecutor.liquidate runs
// it: flashLoanSimple(x) → liquidationCall(x) → swap of the seized
// collateral → repay x + x.percentMul(premium).
func (z *sizing) eval(r *sized, x *uint256.Int) {
	r.DebtToCover.Set(x)
	r.OK, r.Loss = false, false
	if x.IsZero() || z.m.Liquidation(z.pos, z.coll, z.debt, x, false, &r.Liq) != nil || r.Liq.Collateral.IsZero() {
		return
	}
	if z.pool.sell(&r.Out, &r.Liq.Collateral, z.zeroForOne, &z.v3) != nil {
		return
	}
	if fastpath.PercentMul(&r.Premium, x, &z.premiumUnit) != nil {
		return
	}
	var owed uint256.Int
	owed.Add(&r.Liq.DebtToCover, &r.Premium)
	if r.Out.Lt(&owed) {
		r.Profit.Sub(&owed, &r.Out)
		r.Loss = true
		return
	}
	r.Profit.Sub(&r.Out, &owed)
	r.OK = true
}

// better orders evaluations: a profitable one first, then one at a loss
// (the smaller loss first), then one that reverts otherwise; among
// profitable ones the larger profit, then (ties) the smaller loan.
func better(a, b *sized) bool {
	if a.OK != b.OK {
		return a.OK
	}
	if !a.OK {
		if a.Loss != b.Loss {
			return a.Loss
		}
		return a.Loss && a.Profit.Lt(&b.Profit)
	}
	if c := a.Profit.Cmp(&b.Profit); c != 0 {
		return c > 0
	}
	return a.DebtToCover.Lt(&b.DebtToCover)
}

// sizeWindow is the width under which the golden-section search stops and
// every debtToCover left is tried; sizeWalk how far past the best one the
// neighbour walk keeps looking for a better one.
const (
	sizeWindow = 48
	sizeWalk   = 24
)

var goldNum, goldDen = uint256.NewInt(382), uint256.NewInt(1000)

// goldenPoint sets dst to the golden-section point of [lo, hi] nearer lo
// (fromHigh false) or nearer hi.
func goldenPoint(dst, lo, hi *uint256.Int, fromHigh bool) {
	var w, t uint256.Int
	w.Sub(hi, lo)
	t.MulDivOverflow(&w, goldNum, goldDen)
	if fromHigh {
		dst.Sub(hi, &t)
	} else {
		dst.Add(lo, &t)
	}
}

// hopeless reports that no debtToCover from top/1024 up (top: the most
// liquidationCall takes) earns anything, from two evaluations: top does not
// earn, and at a = top/1024 the sale runs but falls short by more than the
// roundings can explain. The profit is f = g + e with g concave, g(0) = 0
// (the sale's output is concave in the collateral, which grows linearly
// with debtToCover; loan and premium are linear) and |e| <= E, E the
// roundings: a few units, plus one unit of collateral valued in debt
// units (the run step). f(a) < −4E gives g(a) < −E, so g(x) <= (x/a)·g(a)
// < −E and f(x) < 0 for every x >= a. The scan then skips the search
// (two evaluations instead of a hundred or more); what is left under a is
// at most a thousandth of the liquidation.
func (z *sizing) hopeless() bool {
	z.prepare()
	var top, a uint256.Int
	top.SetAllOne()
	var r sized
	if z.m.Liquidation(z.pos, z.coll, z.debt, &top, false, &r.Liq) != nil || r.Liq.DebtToCover.IsZero() {
		return true // liquidationCall reverts whatever the amount
	}
	top.Set(&r.Liq.DebtToCover)
	if z.eval(&r, &top); r.OK {
		return false
	}
	a.Rsh(&top, 10)
	if a.IsZero() || z.a.IsZero() {
		return false
	}
	if z.eval(&r, &a); !r.Loss {
		return false
	}
	// E = 3 + ⌈b/a⌉: a unit of collateral in debt units, rounded up.
	var e, rem uint256.Int
	e.DivMod(&z.b, &z.a, &rem)
	if !rem.IsZero() {
		e.AddUint64(&e, 1)
	}
	if _, of := e.AddOverflow(&e, uint256.NewInt(3)); of {
		return false
	}
	if _, of := e.MulOverflow(&e, uint256.NewInt(4)); of {
		return false
	}
	return r.Profit.Gt(&e)
}

// size finds the debtToCover that maximises the profit and leaves it in
// best (best.OK false: no debtToCover is profitable). The profit is
// concave in debtToCover up to the roundings (the collateral grows
// linearly, the sale's output is concave, loan and premium are linear)
// once each run of equal collateral is represented by its first value
// (prepare): the search is a golden-section search over the integers from
// 1 to the most liquidationCall takes (close factor, the user's
// collateral), then every run of the last window, then a walk from run to
// run past the best one while a better one turns up within sizeWalk runs.
// It does not allocate.
func (z *sizing) size(best *sized) {
	z.prepare()
	best.OK = false
	var top, lo, hi uint256.Int
	top.SetAllOne()
	var cur sized
	if z.m.Liquidation(z.pos, z.coll, z.debt, &top, false, &cur.Liq) != nil || cur.Liq.DebtToCover.IsZero() {
		return
	}
	top.Set(&cur.Liq.DebtToCover) // what liquidationCall takes at most
	lo.SetOne()
	hi.Set(&top)
	z.eval(best, &top)
	// top is where the user's collateral (or the close factor) stops the
	// liquidation; its run's first value pays less for the same collateral.
	z.evalRun(&cur, &top)
	if better(&cur, best) {
		*best = cur
	}
	// Golden section: c < d inside [lo, hi], keeping the part that holds
	// the better of the two.
	var c, d, w uint256.Int
	var fc, fd sized
	goldenPoint(&c, &lo, &hi, false)
	goldenPoint(&d, &lo, &hi, true)
	z.evalRun(&fc, &c)
	z.evalRun(&fd, &d)
	for {
		w.Sub(&hi, &lo)
		if w.LtUint64(sizeWindow) || !c.Lt(&d) {
			break
		}
		if better(&fd, &fc) {
			lo.Set(&c)
			c, fc = d, fd
			goldenPoint(&d, &lo, &hi, true)
			if !c.Lt(&d) {
				goldenPoint(&c, &lo, &hi, false)
				z.evalRun(&fc, &c)
			}
			z.evalRun(&fd, &d)
		} else {
			hi.Set(&d)
			d, fd = c, fc
			goldenPoint(&c, &lo, &hi, false)
			if !c.Lt(&d) {
				goldenPoint(&d, &lo, &hi, true)
				z.evalRun(&fd, &d)
			}
			z.evalRun(&fc, &c)
		}
	}
	if better(&fc, best) {
		*best = fc
	}
	if better(&fd, best) {
		*best = fd
	}
	// Every run of the window.
	var x uint256.Int
	z.runStart(&x, &lo)
	for n := 0; !hi.Lt(&x) && n <= sizeWindow; n++ {
		z.eval(&cur, &x)
		if better(&cur, best) {
			*best = cur
		}
		if !z.step(&x, &x, true) {
			break
		}
	}
	if !best.OK {
		return
	}
	// Walk past the best one both ways while something better turns up
	// within sizeWalk runs.
	for _, up := range [2]bool{true, false} {
		z.runStart(&x, &best.DebtToCover)
		if x.Lt(&best.DebtToCover) {
			z.eval(&cur, &x)
			if better(&cur, best) {
				*best = cur
			}
		}
		x.Set(&best.DebtToCover)
		for miss := 0; miss < sizeWalk; miss++ {
			if !z.step(&x, &x, up) || x.Gt(&top) || x.IsZero() {
				break
			}
			z.eval(&cur, &x)
			if better(&cur, best) {
				*best = cur
				miss = -1
			}
		}
	}
}
