package fastpath

import (
	"math/bits"

	"github.com/holiman/uint256"
)

// WadRayMath and PercentageMath of @aave/core-v3 1.19.3
// (contracts/protocol/libraries/math/{WadRayMath,PercentageMath}.sol):
// half-up rounding and the same overflow checks as their assembly, which
// reverts with no data where these functions return ErrAaveMath.

var (
	aaveWad         = uint256.NewInt(1e18)
	aaveHalfWad     = uint256.NewInt(5e17)
	aaveRay         = new(uint256.Int).Mul(uint256.NewInt(1e18), uint256.NewInt(1e9))
	aaveHalfRay     = new(uint256.Int).Mul(uint256.NewInt(5e17), uint256.NewInt(1e9))
	aaveMaxUint     = new(uint256.Int).SetAllOne()
	aaveMaxMinusHW  = new(uint256.Int).Sub(aaveMaxUint, aaveHalfWad)
	aaveMaxMinusHR  = new(uint256.Int).Sub(aaveMaxUint, aaveHalfRay)
	aaveMaxMinusHP  = new(uint256.Int).Sub(aaveMaxUint, uint256.NewInt(aavePercentHalf))
	aaveSecsPerYear = uint256.NewInt(aaveSecondsPerYear)
)

const (
	aavePercentFactor  = 1e4
	aavePercentHalf    = 5e3
	aaveSecondsPerYear = 365 * 24 * 3600
	aaveWadRayRatio    = 1e9
)

// WadMul sets z = (x*y + WAD/2) / WAD. It fails where WadRayMath.wadMul
// reverts: y != 0 and x > (2^256-1 - WAD/2) / y.
func WadMul(z, x, y *uint256.Int) error {
	return mulHalfUp(z, x, y, aaveMaxMinusHW, aaveHalfWad, aaveWad)
}

// RayMul sets z = (x*y + RAY/2) / RAY, failing where rayMul reverts.
func RayMul(z, x, y *uint256.Int) error {
	return mulHalfUp(z, x, y, aaveMaxMinusHR, aaveHalfRay, aaveRay)
}

func mulHalfUp(z, x, y, maxMinusHalf, half, unit *uint256.Int) error {
	if y.IsZero() {
		z.Clear()
		return nil
	}
	var lim uint256.Int
	lim.Div(maxMinusHalf, y)
	if x.Gt(&lim) {
		return ErrAaveMath
	}
	lim.Mul(x, y)
	lim.Add(&lim, half)
	z.Div(&lim, unit)
	return nil
}

// WadDiv sets z = (x*WAD + y/2) / y, failing where wadDiv reverts: y == 0 or
// x > (2^256-1 - y/2) / WAD.
func WadDiv(z, x, y *uint256.Int) error { return divHalfUp(z, x, y, aaveWad) }

// RayDiv sets z = (x*RAY + y/2) / y, failing where rayDiv reverts.
func RayDiv(z, x, y *uint256.Int) error { return divHalfUp(z, x, y, aaveRay) }

func divHalfUp(z, x, y, unit *uint256.Int) error {
	if y.IsZero() {
		return ErrAaveMath
	}
	var halfY, lim uint256.Int
	halfY.Rsh(y, 1)
	lim.Sub(aaveMaxUint, &halfY)
	lim.Div(&lim, unit)
	if x.Gt(&lim) {
		return ErrAaveMath
	}
	lim.Mul(x, unit)
	lim.Add(&lim, &halfY)
	z.Div(&lim, y)
	return nil
}

// WadToRay sets z = x * 1e9, failing on overflow as wadToRay does.
func WadToRay(z, x *uint256.Int) error {
	if _, of := z.MulOverflow(x, uint256.NewInt(aaveWadRayRatio)); of {
		return ErrAaveMath
	}
	return nil
}

// RayToWad sets z = x / 1e9 rounded half up (rayToWad never reverts).
func RayToWad(z, x *uint256.Int) {
	var r uint256.Int
	z.DivMod(x, uint256.NewInt(aaveWadRayRatio), &r)
	if r.Uint64() >= aaveWadRayRatio/2 {
		z.AddUint64(z, 1)
	}
}

// PercentMul sets z = (x*p + 5000) / 10000, failing where percentMul reverts:
// p != 0 and x > (2^256-1 - 5000) / p.
func PercentMul(z, x, p *uint256.Int) error {
	return mulHalfUp(z, x, p, aaveMaxMinusHP, uint256.NewInt(aavePercentHalf), uint256.NewInt(aavePercentFactor))
}

// PercentDiv sets z = (x*10000 + p/2) / p, failing where percentDiv reverts:
// p == 0 or x > (2^256-1 - p/2) / 10000.
func PercentDiv(z, x, p *uint256.Int) error {
	return divHalfUp(z, x, p, uint256.NewInt(aavePercentFactor))
}

// percentMulSmall is PercentMul for a 16-bit percentage (every percentage
// a reserve configuration holds), without the general division.
func percentMulSmall(z, x *uint256.Int, p uint64) error {
	if p == 0 {
		z.Clear()
		return nil
	}
	if x.IsUint64() {
		hi, lo := bits.Mul64(x.Uint64(), p)
		var c uint64
		lo, c = bits.Add64(lo, aavePercentHalf, 0)
		hi += c
		q0, q1, _, _ := div5[4].divWords(lo>>4|hi<<60, hi>>4, 0, 0)
		z[0], z[1], z[2], z[3] = q0, q1, 0, 0
		return nil
	}
	var pp uint256.Int
	pp.SetUint64(p)
	return PercentMul(z, x, &pp)
}

// CalculateLinearInterest is MathUtils.calculateLinearInterest: RAY +
// rate*(now-last)/SECONDS_PER_YEAR. It fails where the checked
// subtraction or multiplication reverts.
func CalculateLinearInterest(z, rate *uint256.Int, last, now uint64) error {
	if now < last {
		return ErrAaveMath
	}
	var dt uint256.Int
	dt.SetUint64(now - last)
	if _, of := z.MulOverflow(rate, &dt); of {
		return ErrAaveMath
	}
	z.Div(z, aaveSecsPerYear)
	if _, of := z.AddOverflow(z, aaveRay); of {
		return ErrAaveMath
	}
	return nil
}

// CalculateCompoundedInterest is MathUtils.calculateCompoundedInterest: the
// three-term binomial approximation of (1+rate/year)^(now-last), with the
// contract's integer steps (each division truncates where it does).
func CalculateCompoundedInterest(z, rate *uint256.Int, last, now uint64) error {
	if now < last {
		return ErrAaveMath
	}
	exp := now - last
	if exp == 0 {
		z.Set(aaveRay)
		return nil
	}
	var e, em1, em2, p2, p3, t, acc uint256.Int
	e.SetUint64(exp)
	em1.SetUint64(exp - 1)
	if exp > 2 {
		em2.SetUint64(exp - 2)
	}
	// basePowerTwo = rate.rayMul(rate) / (SPY*SPY); basePowerThree = basePowerTwo.rayMul(rate) / SPY
	if err := RayMul(&p2, rate, rate); err != nil {
		return err
	}
	p2.Div(&p2, uint256.NewInt(aaveSecondsPerYear*aaveSecondsPerYear))
	if err := RayMul(&p3, &p2, rate); err != nil {
		return err
	}
	p3.Div(&p3, aaveSecsPerYear)
	// secondTerm = exp*expMinusOne*basePowerTwo / 2 (checked products)
	var of bool
	t.Mul(&e, &em1) // < 2^128: no overflow
	var second, third uint256.Int
	if _, of = second.MulOverflow(&t, &p2); of {
		return ErrAaveMath
	}
	second.Rsh(&second, 1)
	if _, of = t.MulOverflow(&t, &em2); of {
		return ErrAaveMath
	}
	if _, of = third.MulOverflow(&t, &p3); of {
		return ErrAaveMath
	}
	third.Div(&third, uint256.NewInt(6))
	// RAY + rate*exp/SPY + secondTerm + thirdTerm
	if _, of = acc.MulOverflow(rate, &e); of {
		return ErrAaveMath
	}
	acc.Div(&acc, aaveSecsPerYear)
	if _, of = acc.AddOverflow(&acc, aaveRay); of {
		return ErrAaveMath
	}
	if _, of = acc.AddOverflow(&acc, &second); of {
		return ErrAaveMath
	}
	if _, of = acc.AddOverflow(&acc, &third); of {
		return ErrAaveMath
	}
	z.Set(&acc)
	return nil
}
