package fastpath

import "github.com/holiman/uint256"

// mulDivRem sets z = floor(x*y/d) over the full 512-bit product and reports
// whether the division left a remainder. ok is false where FullMath.mulDiv
// reverts: d == 0 or a quotient of 2^256 or more. z may alias any argument.
func mulDivRem(z, x, y, d *uint256.Int) (rem, ok bool) {
	if d.IsZero() {
		return false, false
	}
	var lo, q uint256.Int
	// Bit lengths decide most cases without the full 512-bit product.
	bl := x.BitLen() + y.BitLen()
	of := bl > 257
	if bl <= 256 {
		lo.Mul(x, y)
	} else if !of {
		_, of = lo.MulOverflow(x, y)
	} else {
		lo.Mul(x, y)
	}
	if !of {
		if d.Eq(&q96) {
			// FixedPoint96.Q96: a shift (SqrtPriceMath.getAmount1Delta divides by it).
			rem = lo[0] != 0 || lo[1]&(1<<32-1) != 0
			z.Rsh(&lo, 96)
			return rem, true
		}
		var r uint256.Int
		divRem(&q, &r, &lo, d)
		z.Set(&q)
		return !r.IsZero(), true
	}
	dd := *d
	if _, of := q.MulDivOverflow(x, y, &dd); of {
		return false, false
	}
	// The remainder is x*y - q*d, below d: the low 256 bits of both
	// products decide whether it is zero.
	var qd uint256.Int
	qd.Mul(&q, &dd)
	z.Set(&q)
	return !lo.Eq(&qd), true
}

// mulDiv sets z = floor(x*y/d) as FullMath.mulDiv (v3-core); false where
// the contract reverts (d == 0, result ≥ 2^256). z may alias any argument.
func mulDiv(z, x, y, d *uint256.Int) bool {
	_, ok := mulDivRem(z, x, y, d)
	return ok
}

// mulDivRoundingUp sets z = ceil(x*y/d), as FullMath.mulDivRoundingUp: the
// floor quotient plus one when mulmod(x, y, d) > 0, reverting when the floor
// is already 2^256-1. z may alias any argument.
func mulDivRoundingUp(z, x, y, d *uint256.Int) bool {
	var q uint256.Int
	rem, ok := mulDivRem(&q, x, y, d)
	if !ok {
		return false
	}
	if rem {
		if q[0]&q[1]&q[2]&q[3] == ^uint64(0) {
			return false
		}
		q.AddUint64(&q, 1)
	}
	z.Set(&q)
	return true
}

// divRoundingUp sets z = ceil(x/y) as UnsafeMath.divRoundingUp, including
// the EVM's x/0 == 0.
func divRoundingUp(z, x, y *uint256.Int) {
	if y.IsZero() {
		z.Clear()
		return
	}
	var q, r uint256.Int
	divRem(&q, &r, x, y)
	if !r.IsZero() {
		q.AddUint64(&q, 1)
	}
	z.Set(&q)
}
