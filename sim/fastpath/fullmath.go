package fastpath

import "github.com/holiman/uint256"

// mulDiv sets z = floor(x*y/d) over the full 512-bit product, as
// FullMath.mulDiv (v3-core) does. It returns false where the contract
// reverts: d == 0 or a result of 2^256 or more. z may alias any argument.
func mulDiv(z, x, y, d *uint256.Int) bool {
	if d.IsZero() {
		return false
	}
	var p uint256.Int
	if _, of := p.MulOverflow(x, y); !of {
		z.Div(&p, d)
		return true
	}
	_, of := z.MulDivOverflow(x, y, d)
	return !of
}

// mulDivRoundingUp sets z = ceil(x*y/d), as FullMath.mulDivRoundingUp: the
// floor quotient plus one when mulmod(x, y, d) > 0, reverting when the floor
// is already 2^256-1. z may alias any argument.
func mulDivRoundingUp(z, x, y, d *uint256.Int) bool {
	if d.IsZero() {
		return false
	}
	// The remainder is x*y - q*d, which is below d, so the low 256 bits of
	// both products are enough to get it.
	var lo, q, qd uint256.Int
	lo.Mul(x, y)
	dd := *d
	if !mulDiv(&q, x, y, &dd) {
		return false
	}
	qd.Mul(&q, &dd)
	if !lo.Eq(&qd) {
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
	q.DivMod(x, y, &r)
	if !r.IsZero() {
		q.AddUint64(&q, 1)
	}
	z.Set(&q)
}
