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
}

// eval computes r for a flash loan of x, as KeeperExecutor.liquidate runs
// it: flashLoanSimple(x) → liquidationCall(x) → swap of the seized
// collateral → repay x + x.percentMul(premium).
func (z *sizing) eval(r *sized, x *uint256.Int) {
	r.DebtToCover.Set(x)
	r.OK = false
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
		return
	}
	r.Profit.Sub(&r.Out, &owed)
	r.OK = true
}

// better orders evaluations: a valid one over an invalid one, then the
// larger profit, then (ties) the smaller loan.
func better(a, b *sized) bool {
	if a.OK != b.OK {
		return a.OK
	}
	if !a.OK {
		return false
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

// size finds the debtToCover that maximises the profit and leaves it in
// best (best.OK false: no debtToCover is profitable). The profit is
// concave in debtToCover up to the roundings (the collateral grows
// linearly, the sale's output is concave, loan and premium are linear);
// the search is a golden-section search over the integers from 1 to the
// most liquidationCall takes (close factor, the user's collateral), then
// every value of the last window, then a walk past the best one while a
// better one turns up within sizeWalk. It does not allocate.
func (z *sizing) size(best *sized) {
	z.premiumUnit.SetUint64(z.premiumBps)
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
	// Golden section: c < d inside [lo, hi], keeping the part that holds
	// the better of the two.
	var c, d, w uint256.Int
	var fc, fd sized
	goldenPoint(&c, &lo, &hi, false)
	goldenPoint(&d, &lo, &hi, true)
	z.eval(&fc, &c)
	z.eval(&fd, &d)
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
				z.eval(&fc, &c)
			}
			z.eval(&fd, &d)
		} else {
			hi.Set(&d)
			d, fd = c, fc
			goldenPoint(&c, &lo, &hi, false)
			if !c.Lt(&d) {
				goldenPoint(&d, &lo, &hi, true)
				z.eval(&fd, &d)
			}
			z.eval(&fc, &c)
		}
	}
	if better(&fc, best) {
		*best = fc
	}
	if better(&fd, best) {
		*best = fd
	}
	// Every value of the window.
	var x uint256.Int
	for x.Set(&lo); !hi.Lt(&x); x.AddUint64(&x, 1) {
		z.eval(&cur, &x)
		if better(&cur, best) {
			*best = cur
		}
	}
	if !best.OK {
		return
	}
	// Walk past the best one both ways while something better turns up
	// within sizeWalk (values of the window are known: not evaluated again).
	inWindow := func(x *uint256.Int) bool { return !x.Lt(&lo) && !hi.Lt(x) }
	x.Set(&best.DebtToCover)
	for miss := 0; miss < sizeWalk; miss++ {
		if !x.Lt(&top) {
			break
		}
		x.AddUint64(&x, 1)
		if inWindow(&x) {
			continue
		}
		z.eval(&cur, &x)
		if better(&cur, best) {
			*best = cur
			miss = -1
		}
	}
	x.Set(&best.DebtToCover)
	for miss := 0; miss < sizeWalk; miss++ {
		if x.LtUint64(2) {
			break
		}
		x.SubUint64(&x, 1)
		if inWindow(&x) {
			continue
		}
		z.eval(&cur, &x)
		if better(&cur, best) {
			*best = cur
			miss = -1
		}
	}
}
