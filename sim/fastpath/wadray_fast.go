package fastpath

import (
	"math/bits"

	"github.com/holiman/uint256"
)

// Fast forms of the Aave math for the scan loops: the same integer results
// as RayMul, PercentMul and WadDiv, with divisions by constants done by
// multiplication with a precomputed reciprocal (Möller and Granlund,
// "Improved division by invariant integers", 2011, the method uint256 uses
// inside Div) and 64/128-bit paths when the operands are small. Each one
// falls back to the general form otherwise.

// divConst divides by a fixed 64-bit divisor.
type divConst struct {
	d, dn, rec uint64
	s          uint
}

func newDivConst(d uint64) divConst {
	s := uint(bits.LeadingZeros64(d))
	dn := d << s
	rec, _ := bits.Div64(^dn, ^uint64(0), dn)
	return divConst{d: d, dn: dn, rec: rec, s: s}
}

func udivrem2by1(uh, ul, d, rec uint64) (uint64, uint64) {
	qh, ql := bits.Mul64(rec, uh)
	ql, c := bits.Add64(ql, ul, 0)
	qh, _ = bits.Add64(qh, uh, c)
	qh++
	r := ul - qh*d
	if r > ql {
		qh--
		r += d
	}
	if r >= d {
		qh++
		r -= d
	}
	return qh, r
}

// div sets z = x / c.d.
func (c *divConst) div(z, x *uint256.Int) {
	n := 4
	for n > 0 && x[n-1] == 0 {
		n--
	}
	if n == 0 {
		z.Clear()
		return
	}
	if n == 1 && x[0] < c.d {
		z.Clear()
		return
	}
	var u [5]uint64
	if c.s == 0 {
		copy(u[:4], x[:])
	} else {
		u[4] = x[3] >> (64 - c.s)
		u[3] = x[3]<<c.s | x[2]>>(64-c.s)
		u[2] = x[2]<<c.s | x[1]>>(64-c.s)
		u[1] = x[1]<<c.s | x[0]>>(64-c.s)
		u[0] = x[0] << c.s
	}
	var q [4]uint64
	rem := u[n]
	for j := n - 1; j >= 0; j-- {
		q[j], rem = udivrem2by1(rem, u[j], c.dn, c.rec)
	}
	z[0], z[1], z[2], z[3] = q[0], q[1], q[2], q[3]
}

var (
	divE18 = newDivConst(1e18)
	divE9  = newDivConst(1e9)
)

// rayMulFast is RayMul.
func rayMulFast(z, x, y *uint256.Int) error {
	if x[2]|x[3]|y[2]|y[3] != 0 {
		return RayMul(z, x, y)
	}
	// (x*y + HALF_RAY) cannot overflow: x, y < 2^128.
	var p uint256.Int
	h00, l00 := bits.Mul64(x[0], y[0])
	h01, l01 := bits.Mul64(x[0], y[1])
	h10, l10 := bits.Mul64(x[1], y[0])
	h11, l11 := bits.Mul64(x[1], y[1])
	var c, c2 uint64
	p[0] = l00
	p[1], c = bits.Add64(h00, l01, 0)
	p[2], c2 = bits.Add64(h01, l11, c)
	p[3] = h11 + c2
	p[1], c = bits.Add64(p[1], l10, 0)
	p[2], c2 = bits.Add64(p[2], h10, c)
	p[3] += c2
	p.Add(&p, aaveHalfRay)
	divE18.div(&p, &p)
	divE9.div(z, &p)
	return nil
}

// mulDivUnit sets z = x*price / unit (the base-currency value GenericLogic
// computes), failing when the product overflows. unit is 10^decimals.
func mulDivUnit(z, x, price, unit *uint256.Int) error {
	if _, of := z.MulOverflow(x, price); of {
		return ErrAaveMath
	}
	if unit.IsUint64() {
		switch u := unit.Uint64(); u {
		case 1e18:
			divE18.div(z, z)
			return nil
		case 1e6:
			divE6.div(z, z)
			return nil
		case 1e8:
			divE8.div(z, z)
			return nil
		}
	}
	z.Div(z, unit)
	return nil
}

var (
	divE6 = newDivConst(1e6)
	divE8 = newDivConst(1e8)
)

// divSmallQuot sets z = x / y for a quotient known to fit 64 bits
// (Σ value × threshold over Σ value).
func divSmallQuot(z, x, y *uint256.Int) {
	if y.IsUint64() && x[2]|x[3] == 0 && x[1] < y[0] {
		q, _ := bits.Div64(x[1], x[0], y[0])
		z.SetUint64(q)
		return
	}
	z.Div(x, y)
}

// hfFast is healthFactor: 2^256-1 without debt, else
// coll.percentMul(avgLT).wadDiv(debt).
func hfFast(z, coll, debt, avgLT *uint256.Int) error {
	if debt.IsZero() {
		z.SetAllOne()
		return nil
	}
	if !avgLT.IsUint64() {
		return healthFactor(z, coll, debt, avgLT)
	}
	var t uint256.Int
	if err := percentMulSmall(&t, coll, avgLT.Uint64()); err != nil {
		return err
	}
	if t.IsUint64() && debt.IsUint64() {
		d := debt.Uint64()
		hi, lo := bits.Mul64(t.Uint64(), 1e18)
		var c uint64
		lo, c = bits.Add64(lo, d>>1, 0)
		hi += c
		if hi < d {
			q, _ := bits.Div64(hi, lo, d)
			z.SetUint64(q)
			return nil
		}
	}
	return WadDiv(z, &t, debt)
}
