package fastpath

import "math"

// The float bound of the Aave scans: a float64 pass that decides most
// accounts as surely at least 1 or surely under 1, with an error bound
// proven for every input it accepts; everything else takes the exact path.
//
// For a collateral or debt entry of scaled balance s in a reserve of
// normalized index I, price P and unit U = 10^decimals, the contract
// computes bal = ⌊(s·I + 10^27/2)/10^27⌋ and val = ⌊bal·P/U⌋, so with
// x = s·I·P/(10^27·U) (a real number):
//
//	x − (P/(2U) + 1) < val <= x + P/(2U)
//
// Write a = P/(2U) + 1 for that per-entry absolute bound. The account's
// sums are SLT = Σ val·lt (collateral, with the threshold that applies),
// C = Σ val (collateral) and D = Σ val (debt). Two facts about the
// contract's health factor wadDiv(percentMul(C, ⌊SLT/C⌋), D) decide it:
//
//   - at least 1 when SLT >= C + 10^4·(D + 1) (surelySafe), so when
//     Gs = Σcoll [lt·(x − a) − (x + a)] − 10^4·Σdebt (x + a) − 10^4 > 0;
//   - under 1 when (10^4 − 10^-14)·D > SLT + 5000 (t = percentMul(C, avg)
//     <= (SLT + 5000)/10^4, and t·10^18 + D/2 < D·10^18 follows), so when
//     Gu = (10^4 − 10^-14)·Σdebt (x − a) − Σcoll lt·(x + a) − 5000 > 0.
//
// Gs and Gu are real functions, linear in each price. The pass evaluates
// them in float64 from the scaled balances (rounded once when stored), the
// indexes and the prices; with at most boundMaxEntries entries an
// evaluation's rounding error is below 2^-41 times the sum of the terms'
// magnitudes, and the pass subtracts boundEps = 2^-40 times that sum: what
// is left, sig, is a proven lower bound of Gs (or Gu) and the account is
// decided when it is positive. An account with no debt has a health
// factor of 2^256−1 (never under).
//
// Overflow: each reserve has a limit on scaled balances (boundLimit) under
// which s·I, bal·P and 65535·val stay under 2^240, 2^240 and 2^185, so no
// step of the contract can revert for an account of at most
// boundMaxEntries entries within the limits: its sums stay under 2^196
// and the health factor's wadDiv under 2^243. Accounts outside the limits,
// with stable debt, or touching a reserve whose indexes revert, take the
// exact path, which reports the contract's revert as acctBad.
//
// After a move of one price P → P', a decided account's bound moves by
// exactly g·(P' − P), g the bound's coefficient of that price (stored per
// account and reserve in expSlot.g; zero for entries priced by an e-mode price
// source). moveMargin adds the float product and subtracts boundEps times
// an upper bound of the magnitudes involved (expSlot.gm·(P + P') + |sig|),
// which covers the rounding of the coefficient, of the prices' conversion
// and of the update; the result is again a lower bound of the bound at the
// new price. While it stays positive the account's answer stands;
// otherwise it is decided again. The same holds across moves of different
// reserves, so no ordering or rebuild is needed between ScanFulls.

const (
	boundEps        = 0x1p-40
	boundMaxEntries = 2048
)

// floatEntry is an entry as the float pass reads it.
type floatEntry struct {
	s    float64 // scaled balance, rounded toward zero (relative error < 2^-52)
	res  uint16
	debt bool
}

// boundRow is what the float pass needs of one reserve, priced by its
// oracle (row 2r) or by the e-mode category it belongs to (row 2r+1).
type boundRow struct {
	qc, qd float64 // normalized income (debt) / (10^27 · 10^decimals)
	hu     float64 // 1 / (2 · 10^decimals)
	p      float64 // the price the row's entries use
	lt     float64 // the liquidation threshold the row's collateral uses
	lim    float64 // scaled balances above it take the exact path
	collOn bool    // the reserve's own threshold is not 0: collateral counts
	own    bool    // p is the reserve's oracle price (not an e-mode price source)
	cat    uint8   // the reserve's e-mode category
}

// row is the bound row of reserve res for an account in e-mode category em.
func (b *AaveBook) row(res uint16, em uint8) *boundRow {
	i := 2 * int(res)
	if em != 0 && b.tab[i].cat == em {
		i++
	}
	return &b.tab[i]
}

// setFloat stores entry k's scaled balance as a float.
func (b *AaveBook) setFloat(k int) {
	x := &b.ents[k]
	s := b.scaled[k].Float64()
	b.fe[k] = floatEntry{s: s, res: x.res, debt: x.debt}
	if s > b.maxS[x.res] {
		b.maxS[x.res] = s
	}
}

// setRow computes reserve r's two bound rows from the snapshot.
func (b *AaveBook) setRow(r int) {
	res := &b.sm.Reserves[r]
	bad := res.badIncome || res.badDebt || res.Decimals > 77
	u := math.Pow10(int(res.Decimals))
	ri, rd := res.normIncome.Float64(), res.normDebt.Float64()
	for v := 0; v < 2; v++ {
		price, lt, own := &res.Price, res.LiquidationThreshold, true
		if v == 1 {
			em := &b.sm.EModes[res.EModeCategory]
			lt = em.LiquidationThreshold
			if !em.Price.IsZero() {
				price, own = &em.Price, false
			}
		}
		t := &b.tab[2*r+v]
		*t = boundRow{
			qc: ri / 1e27 / u, qd: rd / 1e27 / u, hu: 0.5 / u, p: price.Float64(), lt: float64(lt),
			collOn: res.LiquidationThreshold != 0, own: own, cat: res.EModeCategory, lim: -1,
		}
		if !bad {
			t.lim = boundLimit(max(ri, rd), t.p, u)
		}
	}
}

// boundLimit is the largest scaled balance (halved, for the float
// rounding) for which, with index at most ix, price p and unit u:
// s·ix < 2^240, bal·p < 2^240 and 65535·bal·p/u < 2^185, bal being at most
// s·ix/10^27 + 1. NaN or negative: nothing is within the limit.
func boundLimit(ix, p, u float64) float64 {
	l := 0x1p240 / ix
	if p > 0 {
		l = min(l, (0x1p240/p-1)*1e27/ix, (0x1p185*u/(65535*p)-1)*1e27/ix)
	}
	return l / 2
}

// bound decides account a by the float bound, setting its margin and its
// coefficients, or reports false when the bound cannot decide it.
func (b *AaveBook) bound(a int) bool {
	h := &b.hot[a]
	em := h.em
	start, end := b.accts[a].start, b.accts[a+1].start
	var xs, xc, xd, as, ac, ad float64
	debt := false
	for e := start; e < end; e++ {
		f := &b.fe[e]
		t := b.row(f.res, em)
		if !(f.s <= t.lim) {
			return false
		}
		u := t.hu*t.p + 1
		if f.debt {
			xd += f.s * t.qd * t.p
			ad += u
			debt = debt || f.s != 0
		} else if t.collOn {
			x := f.s * t.qc * t.p
			xc += x
			xs += t.lt * x
			ac += u
			as += t.lt * u
		}
	}
	st := h.st&^(acctUnder|acctBad) | acctFloat
	if !debt {
		h.st, h.sig = st, 1e300
		for e := start; e < end; e++ {
			x := &b.exp[b.slot[e]]
			x.g, x.gm = 0, 0
		}
		return true
	}
	if g, m := xs-xc-1e4*xd-1e4-as-ac-1e4*ad, xs+xc+1e4*xd+1e4+as+ac+1e4*ad; g-boundEps*m > 0 {
		h.st, h.sig = st, g-boundEps*m
		for e := start; e < end; e++ {
			f := &b.fe[e]
			t := b.row(f.res, em)
			var g, m float64
			switch {
			case f.debt:
				m = 1e4 * (f.s*t.qd + t.hu)
				g = -m
			case t.collOn:
				m = (t.lt + 1) * (f.s*t.qc + t.hu)
				g = (t.lt-1)*(f.s*t.qc) - (t.lt+1)*t.hu
			}
			b.setGrad(e, t.own, g, m)
		}
		return true
	}
	if g, m := 1e4*(xd-ad)-xs-as-5000, 1e4*(xd+ad)+xs+as+5000; g-boundEps*m > 0 {
		h.st, h.sig = st|acctUnder, g-boundEps*m
		for e := start; e < end; e++ {
			f := &b.fe[e]
			t := b.row(f.res, em)
			var g, m float64
			switch {
			case f.debt:
				m = 1e4 * (f.s*t.qd + t.hu)
				g = 1e4 * (f.s*t.qd - t.hu)
			case t.collOn:
				m = t.lt * (f.s*t.qc + t.hu)
				g = -m
			}
			b.setGrad(e, t.own, g, m)
		}
		return true
	}
	return false
}

// setGrad stores entry e's coefficient: zero when its price is not the
// reserve's oracle price (an e-mode price source does not move with it).
// The magnitude is kept as a float32 no smaller than the least normal one,
// so that it is within 2^-24 of m or above it (an overflow is +Inf: the
// account is then decided again at every move of this price).
func (b *AaveBook) setGrad(e uint32, own bool, g, m float64) {
	x := &b.exp[b.slot[e]]
	x.g, x.gm = 0, 0
	if own && m > 0 {
		x.g, x.gm = g, float32(max(m, 0x1p-126))
	}
}

// moveMargin is a lower bound of margin s's bound after its price moved
// by dp (ps: the sum of the two prices), for a coefficient g whose terms'
// magnitudes add up to at most gm.
func moveMargin(s, g float64, gm float32, dp, ps float64) float64 {
	return s + g*dp - boundEps*(float64(gm)*ps+math.Abs(s))
}
