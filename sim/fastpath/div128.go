package fastpath

import (
	"math"
	"math/bits"

	"github.com/holiman/uint256"
)

// div256by128 returns floor(u / v) for a 256-bit u (little-endian limbs) and
// a divisor 2^64 <= v < 2^128 given as (v0, v1), v1 != 0: Knuth's algorithm D
// specialised to a two-limb divisor (TAOCP 4.3.1), the same method
// uint256's Div uses, without its generic slices. Callers check v1 != 0.
func div256by128(u [4]uint64, v0, v1 uint64) (q [4]uint64) {
	q, _, _ = div256by128Rem(u, v0, v1)
	return q
}

// div256by128Rem is div256by128 that also returns the remainder (r0, r1).
func div256by128Rem(u [4]uint64, v0, v1 uint64) (q [4]uint64, r0, r1 uint64) {
	s := uint(bits.LeadingZeros64(v1))
	// normalise: v1's top bit set; u gains a fifth limb
	// Go defines x >> 64 == 0, so s == 0 needs no special case.
	d1 := v1<<s | v0>>(64-s)
	d0 := v0 << s
	n := shiftLeft5(u, s)
	for j := 2; j >= 0; j-- {
		var qhat, rhat uint64
		if n[j+2] == 0 && n[j+1] < d1 {
			// the partial remainder is below the divisor: this quotient limb is 0
			continue
		}
		if n[j+2] >= d1 {
			// qhat = b-1; (n[j+2] == d1, since the running remainder < d)
			qhat = ^uint64(0)
			var c uint64
			rhat, c = bits.Add64(n[j+1], d1, 0)
			// rhat = n[j+2]*b + n[j+1] - qhat*d1 = n[j+1] + d1 (when n[j+2] == d1)
			if c != 0 {
				goto mulsub
			}
		} else {
			qhat, rhat = bits.Div64(n[j+2], n[j+1], d1)
		}
		// refine: while qhat*d0 > rhat*b + n[j]
		for {
			ph, pl := bits.Mul64(qhat, d0)
			if ph < rhat || ph == rhat && pl <= n[j] {
				break
			}
			qhat--
			var c uint64
			rhat, c = bits.Add64(rhat, d1, 0)
			if c != 0 {
				break
			}
		}
	mulsub:
		// n[j..j+2] -= qhat * (d1, d0)
		ph0, pl0 := bits.Mul64(qhat, d0)
		ph1, pl1 := bits.Mul64(qhat, d1)
		// product limbs: p0 = pl0, p1 = ph0 + pl1, p2 = ph1 + carry
		p1, c := bits.Add64(ph0, pl1, 0)
		p2 := ph1 + c
		var br uint64
		n[j], br = bits.Sub64(n[j], pl0, 0)
		n[j+1], br = bits.Sub64(n[j+1], p1, br)
		n[j+2], br = bits.Sub64(n[j+2], p2, br)
		if br != 0 {
			// qhat was one too large: add the divisor back
			qhat--
			var c uint64
			n[j], c = bits.Add64(n[j], d0, 0)
			n[j+1], c = bits.Add64(n[j+1], d1, c)
			n[j+2] += c
		}
		q[j] = qhat
	}
	// the remainder is n[1]:n[0], still shifted left by s
	r0 = n[0]>>s | n[1]<<(64-s)
	r1 = n[1] >> s
	return q, r0, r1
}

// div256by192Rem returns floor(u / v) and u mod v for a 256-bit u and a
// three-limb divisor v = (v0, v1, v2), v2 != 0: Knuth's algorithm D with
// the same steps as div256by128Rem. The quotient has at most two limbs.
func div256by192Rem(u [4]uint64, v0, v1, v2 uint64) (q0, q1 uint64, r [3]uint64) {
	s := uint(bits.LeadingZeros64(v2))
	d2 := v2<<s | v1>>(64-s)
	d1 := v1<<s | v0>>(64-s)
	d0 := v0 << s
	n := shiftLeft5(u, s)
	var q [2]uint64
	for j := 1; j >= 0; j-- {
		var qhat, rhat uint64
		if n[j+3] == 0 && n[j+2] < d2 {
			// the window n[j+3..j] is below d: this quotient limb is 0
			continue
		}
		if n[j+3] >= d2 {
			// n[j+3] == d2 (the running remainder is below d): qhat = b-1
			qhat = ^uint64(0)
			var c uint64
			rhat, c = bits.Add64(n[j+2], d2, 0)
			if c != 0 {
				goto mulsub
			}
		} else {
			qhat, rhat = bits.Div64(n[j+3], n[j+2], d2)
		}
		// refine: while qhat*d1 > rhat*b + n[j+1]
		for {
			ph, pl := bits.Mul64(qhat, d1)
			if ph < rhat || ph == rhat && pl <= n[j+1] {
				break
			}
			qhat--
			var c uint64
			rhat, c = bits.Add64(rhat, d2, 0)
			if c != 0 {
				break
			}
		}
	mulsub:
		{
			// n[j..j+3] -= qhat * (d2, d1, d0); qhat is at most one too large
			ph0, pl0 := bits.Mul64(qhat, d0)
			ph1, pl1 := bits.Mul64(qhat, d1)
			ph2, pl2 := bits.Mul64(qhat, d2)
			p1, c := bits.Add64(ph0, pl1, 0)
			p2, c := bits.Add64(ph1, pl2, c)
			p3 := ph2 + c
			var br uint64
			n[j], br = bits.Sub64(n[j], pl0, 0)
			n[j+1], br = bits.Sub64(n[j+1], p1, br)
			n[j+2], br = bits.Sub64(n[j+2], p2, br)
			n[j+3], br = bits.Sub64(n[j+3], p3, br)
			if br != 0 {
				qhat--
				var c uint64
				n[j], c = bits.Add64(n[j], d0, 0)
				n[j+1], c = bits.Add64(n[j+1], d1, c)
				n[j+2], c = bits.Add64(n[j+2], d2, c)
				n[j+3] += c
			}
			q[j] = qhat
		}
	}
	r[0] = n[0]>>s | n[1]<<(64-s)
	r[1] = n[1]>>s | n[2]<<(64-s)
	r[2] = n[2] >> s
	return q[0], q[1], r
}

// divRem sets q = x / d and r = x % d (d != 0): two- and three-limb
// divisors take the specialised Knuth divisions, a one-limb divisor
// hardware division limb by limb, anything else uint256's DivMod. q and r
// must not alias x or d.
func divRem(q, r, x, d *uint256.Int) {
	if d[3]|d[2] == 0 && d[1] != 0 {
		qq, r0, r1 := div256by128Rem([4]uint64(*x), d[0], d[1])
		*q = uint256.Int(qq)
		*r = uint256.Int{r0, r1, 0, 0}
		return
	}
	if d[3] == 0 && d[2] != 0 {
		q0, q1, rr := div256by192Rem([4]uint64(*x), d[0], d[1], d[2])
		*q = uint256.Int{q0, q1, 0, 0}
		*r = uint256.Int{rr[0], rr[1], rr[2], 0}
		return
	}
	if d[3]|d[2]|d[1] == 0 {
		// one-limb divisor: hardware division limb by limb from the top,
		// starting at the highest limb that gives a non-zero quotient (the
		// amounts and fee factors divided here rarely use more than two).
		var rem uint64
		var qq uint256.Int
		i := 3
		for i > 0 && x[i] == 0 {
			i--
		}
		if x[i] < d[0] {
			rem = x[i]
			i--
		}
		for ; i >= 0; i-- {
			qq[i], rem = bits.Div64(rem, x[i], d[0])
		}
		*q = qq
		*r = uint256.Int{rem, 0, 0, 0}
		return
	}
	q.DivMod(x, d, r)
}

// v2AmountOutLimbs computes getAmountOut on 64-bit limbs for the common
// case: amountIn < 2^128, reserveOut < 2^114 and a denominator below 2^128,
// where no SafeMath check can fire. ok is false outside that case.
func v2AmountOutLimbs(a0, a1, rIn0, rIn1, rOut0, rOut1, mul, den uint64) (q [4]uint64, ok bool) {
	// withFee = amountIn * mul (three limbs, below 2^142)
	h0, w0 := bits.Mul64(a0, mul)
	h1, l1 := bits.Mul64(a1, mul)
	w1, c := bits.Add64(h0, l1, 0)
	w2 := h1 + c
	// denominator = reserveIn * den + withFee; must stay below 2^128
	g0h, g0 := bits.Mul64(rIn0, den)
	g1h, g1 := bits.Mul64(rIn1, den)
	e1, c := bits.Add64(g0h, g1, 0)
	e2 := g1h + c
	e0, c := bits.Add64(g0, w0, 0)
	e1, c = bits.Add64(e1, w1, c)
	e2 += w2 + c
	if e2 != 0 {
		return q, false
	}
	// numerator = withFee * reserveOut (below 2^256 by the bounds)
	var n [4]uint64
	hi, lo := bits.Mul64(w0, rOut0)
	n[0] = lo
	carry := hi
	hi, lo = bits.Mul64(w1, rOut0)
	n[1], c = bits.Add64(lo, carry, 0)
	carry = hi + c
	hi, lo = bits.Mul64(w2, rOut0)
	n[2], c = bits.Add64(lo, carry, 0)
	n[3] = hi + c
	if rOut1 != 0 {
		hi, lo = bits.Mul64(w0, rOut1)
		n[1], c = bits.Add64(n[1], lo, 0)
		carry = hi + c
		hi, lo = bits.Mul64(w1, rOut1)
		t, c := bits.Add64(lo, carry, 0)
		carry = hi + c
		n[2], c = bits.Add64(n[2], t, 0)
		carry += c
		_, lo = bits.Mul64(w2, rOut1)
		n[3] += lo + carry
	}
	if e1 == 0 {
		var r uint64
		for i := 3; i >= 0; i-- {
			if r == 0 && n[i] < e0 {
				r = n[i] // quotient limb 0
				continue
			}
			q[i], r = bits.Div64(r, n[i], e0)
		}
		return q, true
	}
	if n[3] == 0 {
		if lo, hi, ok := divByFloatEstimate(n[0], n[1], n[2], e0, e1); ok {
			q[0], q[1] = lo, hi
			return q, true
		}
	}
	return div256by128(n, e0, e1), true
}

// divByFloatEstimate returns floor(n/d) for n = (n2, n1, n0) and a
// two-limb d = (d1, d0), d1 != 0, when the quotient is below 2^103. A
// float64 division estimates the quotient (53 bits, relative error about
// 2^-50); the exact remainder n - q·d, computed on 64-bit limbs, is divided
// the same way to correct it, and a last exact step makes 0 <= r < d. The
// result is exact, not approximate: floats only propose, limbs decide. A
// float division has a fraction of the latency of the integer DIV that the
// Knuth method needs, which is most of a V2 quote. ok is false for larger
// quotients (the caller then divides with Knuth).
func divByFloatEstimate(n0, n1, n2, d0, d1 uint64) (q0, q1 uint64, ok bool) {
	nf := float64(n2)*0x1p128 + float64(n1)*0x1p64 + float64(n0)
	df := float64(d1)*0x1p64 + float64(d0)
	qf := nf / df
	if qf >= 0x1p103 {
		return 0, 0, false
	}
	if qf < 0x1p63 {
		q0 = uint64(qf)
	} else {
		m, e := math.Frexp(qf) // qf = m·2^e, an integer since e > 53
		mi := uint64(m * 0x1p53)
		sh := uint(e - 53)
		q0, q1 = mi<<sh, mi>>(64-sh)
	}
	for step := 0; step < 4; step++ {
		// r = n - q·d in 256-bit two's complement
		h00, l00 := bits.Mul64(q0, d0)
		h01, l01 := bits.Mul64(q0, d1)
		h10, l10 := bits.Mul64(q1, d0)
		h11, l11 := bits.Mul64(q1, d1)
		p1, c1 := bits.Add64(h00, l01, 0)
		p1, c2 := bits.Add64(p1, l10, 0)
		p2, c3 := bits.Add64(h01, h10, c1)
		p2, c4 := bits.Add64(p2, l11, c2)
		p3 := h11 + c3 + c4
		r0, b := bits.Sub64(n0, l00, 0)
		r1, b := bits.Sub64(n1, p1, b)
		r2, b := bits.Sub64(n2, p2, b)
		r3, _ := bits.Sub64(0, p3, b)
		neg := r3>>63 == 1
		if neg { // |r|
			r0, b = bits.Sub64(0, r0, 0)
			r1, b = bits.Sub64(0, r1, b)
			r2, b = bits.Sub64(0, r2, b)
			r3, _ = bits.Sub64(0, r3, b)
		}
		if r3 != 0 {
			return 0, 0, false
		}
		if !neg && r2 == 0 && (r1 < d1 || r1 == d1 && r0 < d0) {
			return q0, q1, true // 0 <= r < d
		}
		cf := (float64(r2)*0x1p128 + float64(r1)*0x1p64 + float64(r0)) / df
		c := uint64(cf)
		if neg {
			if c == 0 || r2 == 0 && (r1 < d1 || r1 == d1 && r0 <= d0) {
				c = 1 // -d <= r < 0: one less
			}
			var br uint64
			q0, br = bits.Sub64(q0, c, 0)
			q1 -= br
		} else {
			if c == 0 {
				c = 1
			}
			var cc uint64
			q0, cc = bits.Add64(q0, c, 0)
			q1 += cc
		}
	}
	return 0, 0, false
}

// shiftLeft5 is u << s as five limbs (Knuth's normalisation of the
// dividend; s < 64, and Go defines x >> 64 == 0, so s == 0 needs no case).
func shiftLeft5(u [4]uint64, s uint) (n [5]uint64) {
	n[4] = u[3] >> (64 - s)
	n[3] = u[3]<<s | u[2]>>(64-s)
	n[2] = u[2]<<s | u[1]>>(64-s)
	n[1] = u[1]<<s | u[0]>>(64-s)
	n[0] = u[0] << s
	return n
}
