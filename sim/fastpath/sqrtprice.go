package fastpath

import (
	"math/bits"

	"github.com/holiman/uint256"
)

// Transliterations of v3-core libraries/SqrtPriceMath.sol and SwapMath.sol.
// Prices are Q64.96 (uint160), liquidity uint128, both held in uint256.Int.
// Each function returns false where the library reverts.

var (
	q96        = uint256.Int{0, 1 << 32, 0, 0}
	maxUint160 = uint256.Int{^uint64(0), ^uint64(0), 1<<32 - 1, 0}
	maxUint128 = uint256.Int{^uint64(0), ^uint64(0), 0, 0}
	million    = uint256.Int{1e6, 0, 0, 0}
)

// nextSqrtPriceFromAmount0RoundingUp is getNextSqrtPriceFromAmount0RoundingUp.
func nextSqrtPriceFromAmount0RoundingUp(z, sqrtP, liquidity, amount *uint256.Int, add bool) bool {
	if amount.IsZero() {
		z.Set(sqrtP)
		return true
	}
	var num1, product, den uint256.Int
	num1.Lsh(liquidity, 96)
	if add {
		if _, of := product.MulOverflow(amount, sqrtP); !of {
			if _, of := den.AddOverflow(&num1, &product); !of {
				return mulDivRoundingUp(z, &num1, sqrtP, &den)
			}
		}
		// divRoundingUp(numerator1, (numerator1 / sqrtPX96).add(amount))
		den.Div(&num1, sqrtP)
		if _, of := den.AddOverflow(&den, amount); of {
			return false
		}
		divRoundingUp(z, &num1, &den)
		// uint160(...) truncation: the quotient is below sqrtP, no bits lost.
		return true
	}
	if _, of := product.MulOverflow(amount, sqrtP); of || !num1.Gt(&product) {
		return false
	}
	den.Sub(&num1, &product)
	if !mulDivRoundingUp(z, &num1, sqrtP, &den) {
		return false
	}
	return !z.Gt(&maxUint160) // SafeCast.toUint160
}

// nextSqrtPriceFromAmount1RoundingDown is getNextSqrtPriceFromAmount1RoundingDown.
func nextSqrtPriceFromAmount1RoundingDown(z, sqrtP, liquidity, amount *uint256.Int, add bool) bool {
	var quot uint256.Int
	if add {
		if !amount.Gt(&maxUint160) {
			quot.Lsh(amount, 96)
			quot.Div(&quot, liquidity) // liquidity > 0, checked by the callers
		} else if !mulDiv(&quot, amount, &q96, liquidity) {
			return false
		}
		if _, of := z.AddOverflow(sqrtP, &quot); of {
			return false
		}
		return !z.Gt(&maxUint160)
	}
	if !amount.Gt(&maxUint160) {
		quot.Lsh(amount, 96)
		divRoundingUp(&quot, &quot, liquidity)
	} else if !mulDivRoundingUp(&quot, amount, &q96, liquidity) {
		return false
	}
	if !sqrtP.Gt(&quot) {
		return false
	}
	z.Sub(sqrtP, &quot)
	return true
}

// nextSqrtPriceFromInput is SqrtPriceMath.getNextSqrtPriceFromInput.
func nextSqrtPriceFromInput(z, sqrtP, liquidity, amountIn *uint256.Int, zeroForOne bool) bool {
	if sqrtP.IsZero() || liquidity.IsZero() {
		return false
	}
	if zeroForOne {
		return nextSqrtPriceFromAmount0RoundingUp(z, sqrtP, liquidity, amountIn, true)
	}
	return nextSqrtPriceFromAmount1RoundingDown(z, sqrtP, liquidity, amountIn, true)
}

// nextSqrtPriceFromOutput is SqrtPriceMath.getNextSqrtPriceFromOutput.
func nextSqrtPriceFromOutput(z, sqrtP, liquidity, amountOut *uint256.Int, zeroForOne bool) bool {
	if sqrtP.IsZero() || liquidity.IsZero() {
		return false
	}
	if zeroForOne {
		return nextSqrtPriceFromAmount1RoundingDown(z, sqrtP, liquidity, amountOut, false)
	}
	return nextSqrtPriceFromAmount0RoundingUp(z, sqrtP, liquidity, amountOut, false)
}

// amount0Delta is SqrtPriceMath.getAmount0Delta(a, b, liquidity, roundUp).
func amount0Delta(z, a, b, liquidity *uint256.Int, roundUp bool) bool {
	if a.Gt(b) {
		a, b = b, a
	}
	if a.IsZero() {
		return false
	}
	var num1, num2 uint256.Int
	num1.Lsh(liquidity, 96)
	num2.Sub(b, a)
	// One division instead of two where x = num1·num2 and a·b fit in 256
	// bits: ⌈⌈x/b⌉/a⌉ = ⌈x/(a·b)⌉ and ⌊⌊x/b⌋/a⌋ = ⌊x/(a·b)⌋ for integers, and
	// the contract's mulDiv cannot revert (its quotient is at most x).
	if a[3]|a[2]|b[3]|b[2] == 0 {
		var x uint256.Int
		if _, of := x.MulOverflow(&num1, &num2); !of {
			var ab, r uint256.Int
			mul128(&ab, a, b)
			divRem(z, &r, &x, &ab)
			if roundUp && !r.IsZero() {
				z.AddUint64(z, 1)
			}
			return true
		}
	}
	if roundUp {
		if !mulDivRoundingUp(&num1, &num1, &num2, b) {
			return false
		}
		divRoundingUp(z, &num1, a)
		return true
	}
	if !mulDiv(&num1, &num1, &num2, b) {
		return false
	}
	var r uint256.Int
	divRem(z, &r, &num1, a)
	return true
}

// mul128 sets z = x·y for x, y below 2^128.
func mul128(z, x, y *uint256.Int) {
	h00, l00 := bits.Mul64(x[0], y[0])
	h01, l01 := bits.Mul64(x[0], y[1])
	h10, l10 := bits.Mul64(x[1], y[0])
	h11, l11 := bits.Mul64(x[1], y[1])
	p1, c1 := bits.Add64(h00, l01, 0)
	p1, c2 := bits.Add64(p1, l10, 0)
	p2, c3 := bits.Add64(h01, h10, c1)
	p2, c4 := bits.Add64(p2, l11, c2)
	z[0], z[1], z[2], z[3] = l00, p1, p2, h11+c3+c4
}

// amount1Delta is SqrtPriceMath.getAmount1Delta(a, b, liquidity, roundUp).
func amount1Delta(z, a, b, liquidity *uint256.Int, roundUp bool) bool {
	if a.Gt(b) {
		a, b = b, a
	}
	var d uint256.Int
	d.Sub(b, a)
	if roundUp {
		return mulDivRoundingUp(z, liquidity, &d, &q96)
	}
	return mulDiv(z, liquidity, &d, &q96)
}

// computeSwapStep is SwapMath.computeSwapStep. amountRemaining is the
// absolute value of the contract's signed amountRemaining; exactIn gives its
// sign (amountRemaining >= 0). feePips is the pool fee in hundredths of a bp.
func computeSwapStep(sqrtNext, amountIn, amountOut, feeAmount, sqrtCur, sqrtTarget, liquidity, amountRemaining *uint256.Int, exactIn bool, feePips uint32) bool {
	zeroForOne := !sqrtCur.Lt(sqrtTarget)
	var feeComp, fee uint256.Int
	feeComp.SetUint64(1e6 - uint64(feePips))
	fee.SetUint64(uint64(feePips))
	if exactIn {
		// amountRemainingLessFee = mulDiv(amountRemaining, 1e6 - feePips, 1e6)
		// is needed only when the step stops short of the target; whether it
		// reaches amountIn is decided without the division: ⌊y/10^6⌋ >= a
		// ⟺ y >= a·10^6 (fee below 10^6, so the mulDiv cannot revert).
		var lessFee uint256.Int
		lazy := feePips < 1e6
		if !lazy && !mulDiv(&lessFee, amountRemaining, &feeComp, &million) {
			return false
		}
		var ok bool
		if zeroForOne {
			ok = amount0Delta(amountIn, sqrtTarget, sqrtCur, liquidity, true)
		} else {
			ok = amount1Delta(amountIn, sqrtCur, sqrtTarget, liquidity, true)
		}
		if !ok {
			return false
		}
		reach := false
		if lazy {
			var y, a uint256.Int
			if mulSmall(&y, amountRemaining, 1e6-uint64(feePips)) {
				// y >= 2^256: divide the 512-bit product
				mulDiv(&lessFee, amountRemaining, &feeComp, &million)
				reach = !lessFee.Lt(amountIn)
			} else if reach = !mulSmall(&a, amountIn, 1e6) && !y.Lt(&a); !reach {
				divRem(&lessFee, &a, &y, &million)
			}
		} else {
			reach = !lessFee.Lt(amountIn)
		}
		if reach {
			sqrtNext.Set(sqrtTarget)
		} else if !nextSqrtPriceFromInput(sqrtNext, sqrtCur, liquidity, &lessFee, zeroForOne) {
			return false
		}
	} else {
		var ok bool
		if zeroForOne {
			ok = amount1Delta(amountOut, sqrtTarget, sqrtCur, liquidity, false)
		} else {
			ok = amount0Delta(amountOut, sqrtCur, sqrtTarget, liquidity, false)
		}
		if !ok {
			return false
		}
		if !amountRemaining.Lt(amountOut) {
			sqrtNext.Set(sqrtTarget)
		} else if !nextSqrtPriceFromOutput(sqrtNext, sqrtCur, liquidity, amountRemaining, zeroForOne) {
			return false
		}
	}
	max := sqrtTarget.Eq(sqrtNext)
	if zeroForOne {
		if !(max && exactIn) && !amount0Delta(amountIn, sqrtNext, sqrtCur, liquidity, true) {
			return false
		}
		if !(max && !exactIn) && !amount1Delta(amountOut, sqrtNext, sqrtCur, liquidity, false) {
			return false
		}
	} else {
		if !(max && exactIn) && !amount1Delta(amountIn, sqrtCur, sqrtNext, liquidity, true) {
			return false
		}
		if !(max && !exactIn) && !amount0Delta(amountOut, sqrtCur, sqrtNext, liquidity, false) {
			return false
		}
	}
	if !exactIn && amountOut.Gt(amountRemaining) {
		amountOut.Set(amountRemaining)
	}
	if exactIn && !sqrtNext.Eq(sqrtTarget) {
		feeAmount.Sub(amountRemaining, amountIn)
		return true
	}
	return mulDivRoundingUp(feeAmount, amountIn, &fee, &feeComp)
}
