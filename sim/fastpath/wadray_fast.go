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
	if r > ql { // compiled to conditional moves
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

// div5 divides by 5^k, k <= 27 (5^27 < 2^63): 10^k = 2^k * 5^k, and
// floor(x / (2^k * 5^k)) = floor(floor(x / 2^k) / 5^k), so a division by a
// power of ten is a shift and one pass of 64-bit reciprocal steps.
var div5 = func() (d [28]divConst) {
	p := uint64(1)
	for k := range d {
		d[k] = newDivConst(p)
		p *= 5
	}
	return d
}()

// divPow10 sets z = x / 10^k for k <= 27.
func divPow10(z, x *uint256.Int, k uint) {
	z.Rsh(x, k)
	if k > 0 {
		div5[k].div(z, z)
	}
}

// divWords returns x / c.d for x = x3:x2:x1:x0, for a divisor below
// 2^63 (normalization shift 1..63), skipping leading zero words.
func (c *divConst) divWords(x0, x1, x2, x3 uint64) (q0, q1, q2, q3 uint64) {
	s := c.s
	dn, rec := c.dn, c.rec
	var r uint64
	switch {
	case x3 != 0:
		q3, r = udivrem2by1(x3>>(64-s), x3<<s|x2>>(64-s), dn, rec)
		q2, r = udivrem2by1(r, x2<<s|x1>>(64-s), dn, rec)
		q1, r = udivrem2by1(r, x1<<s|x0>>(64-s), dn, rec)
	case x2 != 0:
		q2, r = udivrem2by1(x2>>(64-s), x2<<s|x1>>(64-s), dn, rec)
		q1, r = udivrem2by1(r, x1<<s|x0>>(64-s), dn, rec)
	case x1 != 0:
		q1, r = udivrem2by1(x1>>(64-s), x1<<s|x0>>(64-s), dn, rec)
	default:
		return x0 / c.d, 0, 0, 0
	}
	q0, _ = udivrem2by1(r, x0<<s, dn, rec)
	return
}

// rayMulFast is RayMul.
func rayMulFast(z, x, y *uint256.Int) error {
	if x[2]|x[3]|y[2]|y[3] != 0 {
		return RayMul(z, x, y)
	}
	// x*y + HALF_RAY cannot overflow: x, y < 2^128.
	h00, p0 := bits.Mul64(x[0], y[0])
	h01, l01 := bits.Mul64(x[0], y[1])
	h10, l10 := bits.Mul64(x[1], y[0])
	h11, l11 := bits.Mul64(x[1], y[1])
	var c, c2 uint64
	p1, c := bits.Add64(h00, l01, 0)
	p2, c2 := bits.Add64(h01, l11, c)
	p3 := h11 + c2
	p1, c = bits.Add64(p1, l10, 0)
	p2, c2 = bits.Add64(p2, h10, c)
	p3 += c2
	p0, c = bits.Add64(p0, halfRay0, 0)
	p1, c = bits.Add64(p1, halfRay1, c)
	p2, c = bits.Add64(p2, 0, c)
	p3 += c
	// / 10^27 = >> 27, / 5^27
	z[0], z[1], z[2], z[3] = div5[27].divWords(p0>>27|p1<<37, p1>>27|p2<<37, p2>>27|p3<<37, p3>>27)
	return nil
}

var halfRay0, halfRay1 = aaveHalfRay[0], aaveHalfRay[1]

// mulDivUnit sets z = x*price / 10^dec (the base-currency value
// GenericLogic computes; unit is 10^dec), failing when the product overflows.
func mulDivUnit(z, x, price *uint256.Int, dec uint8, unit *uint256.Int) error {
	if x[2]|x[3]|price[1]|price[2]|price[3] == 0 && dec <= 27 {
		// x < 2^128, price < 2^64: a three-word product, no overflow.
		h0, p0 := bits.Mul64(x[0], price[0])
		h1, l1 := bits.Mul64(x[1], price[0])
		p1, c := bits.Add64(h0, l1, 0)
		p2 := h1 + c
		if dec == 0 {
			z[0], z[1], z[2], z[3] = p0, p1, p2, 0
			return nil
		}
		k := uint(dec)
		z[0], z[1], z[2], z[3] = div5[k].divWords(p0>>k|p1<<(64-k), p1>>k|p2<<(64-k), p2>>k, 0)
		return nil
	}
	if _, of := z.MulOverflow(x, price); of {
		return ErrAaveMath
	}
	z.Div(z, unit)
	return nil
}

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

// mulSmall sets z = x*k for a 64-bit k, reporting overflow.
func mulSmall(z, x *uint256.Int, k uint64) bool {
	h0, l0 := bits.Mul64(x[0], k)
	h1, l1 := bits.Mul64(x[1], k)
	h2, l2 := bits.Mul64(x[2], k)
	h3, l3 := bits.Mul64(x[3], k)
	var c uint64
	z[0] = l0
	z[1], c = bits.Add64(l1, h0, 0)
	z[2], c = bits.Add64(l2, h1, c)
	z[3], c = bits.Add64(l3, h2, c)
	return h3|c != 0
}
