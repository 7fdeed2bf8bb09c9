package fastpath

import "github.com/holiman/uint256"

// V3SwapResult is what UniswapV3Pool.swap returns and leaves in slot0.
type V3SwapResult struct {
	// Amount0 and Amount1 are the pool's int256 return values in two's
	// complement: positive is paid into the pool, negative paid out.
	Amount0, Amount1 uint256.Int
	// AmountIn and AmountOut are the same figures as magnitudes: the input
	// token paid (fees included) and the output token received.
	AmountIn, AmountOut uint256.Int
	// SqrtPriceX96, Tick and Liquidity are the pool's state after the swap.
	SqrtPriceX96 uint256.Int
	Tick         int32
	Liquidity    uint256.Int
	// Steps is the number of computeSwapStep calls; Crossed the number of
	// initialized ticks crossed.
	Steps, Crossed int

	// The last step of an exact-input swap that stopped inside its range
	// (lastInside): its start and target prices, the input spent and the
	// output paid before it, with the step's liquidity in Liquidity. A
	// larger input repeats every earlier step, so its output is lastOut
	// plus one computeSwapStep from lastStart while that stops short of
	// lastTarget (resumeExactInput, cycle_walk.go).
	lastStart, lastTarget, lastIn, lastOut uint256.Int
	lastInside                             bool
}

var int256Min = uint256.Int{0, 0, 0, 1 << 63} // 2^255, the magnitude of type(int256).min

// Swap computes UniswapV3Pool.swap(recipient, zeroForOne, amountSpecified,
// sqrtPriceLimitX96, data) without changing the pool: amountSpecified is the
// contract's int256 in two's complement (positive: exact input, negative:
// exact output). It follows the contract's loop step by step (the next
// initialized tick within one bitmap word, TickMath, SwapMath.computeSwapStep,
// LiquidityMath.addDelta on crossing), so amounts and the final state are
// the contract's to the wei. The errors are its reverts: ErrV3AmountSpecified
// (AS), ErrV3PriceLimit (SPL), ErrV3Math, ErrV3LiquiditySub/Add, ErrV3Overflow.
// Protocol fees and fee growth do not change amounts and are not tracked.
// It does not allocate. Use Commit to apply the result.
func (p *V3Pool) Swap(res *V3SwapResult, zeroForOne bool, amountSpecified, sqrtPriceLimitX96 *uint256.Int) error {
	if amountSpecified.IsZero() {
		return ErrV3AmountSpecified
	}
	if p.SqrtPriceX96.IsZero() {
		return ErrV3NotInitialized
	}
	limit := sqrtPriceLimitX96
	if zeroForOne {
		if !(limit.Lt(&p.SqrtPriceX96) && limit.Gt(&MinSqrtRatio)) {
			return ErrV3PriceLimit
		}
	} else if !(limit.Gt(&p.SqrtPriceX96) && limit.Lt(&MaxSqrtRatio)) {
		return ErrV3PriceLimit
	}
	exactInput := amountSpecified[3]>>63 == 0
	var specAbs uint256.Int // |amountSpecified|
	if exactInput {
		specAbs.Set(amountSpecified)
	} else {
		specAbs.Neg(amountSpecified)
	}

	var (
		remaining  = specAbs
		calculated uint256.Int // |amountCalculated|
		sqrtP      = p.SqrtPriceX96
		liquidity  = p.Liquidity
		tick       = p.Tick
		steps      int
		crossed    int
	)
	var sqrtStart, sqrtNextTick, target, sqrtNew, stepIn, stepOut, stepFee, sum uint256.Int
	for !remaining.IsZero() && !sqrtP.Eq(limit) {
		sqrtStart.Set(&sqrtP)
		tickNext, initialized, pos := p.nextInitializedTick(tick, zeroForOne)
		if tickNext < MinTick {
			tickNext = MinTick
		} else if tickNext > MaxTick {
			tickNext = MaxTick
		}
		if initialized && tickNext == p.ticks[pos].Index {
			sqrtNextTick.Set(&p.ticks[pos].SqrtPriceX96)
		} else if err := SqrtRatioAtTick(&sqrtNextTick, tickNext); err != nil {
			return err
		}
		if zeroForOne && sqrtNextTick.Lt(limit) || !zeroForOne && sqrtNextTick.Gt(limit) {
			target.Set(limit)
		} else {
			target.Set(&sqrtNextTick)
		}
		stepOut.Clear()
		stepIn.Clear()
		if !computeSwapStep(&sqrtNew, &stepIn, &stepOut, &stepFee, &sqrtP, &target, &liquidity, &remaining, exactInput, p.Fee) {
			return ErrV3Math
		}
		steps++
		sqrtP.Set(&sqrtNew)
		// (step.amountIn + step.feeAmount).toInt256(), step.amountOut.toInt256()
		sum.Add(&stepIn, &stepFee)
		if sum[3]>>63 != 0 || stepOut[3]>>63 != 0 {
			return ErrV3Overflow
		}
		if exactInput {
			remaining.Sub(&remaining, &sum)
			// amountCalculated.sub(amountOut): |calculated| may reach 2^255.
			calculated.Add(&calculated, &stepOut)
			if calculated.Gt(&int256Min) {
				return ErrV3Overflow
			}
		} else {
			remaining.Sub(&remaining, &stepOut)
			calculated.Add(&calculated, &sum)
			if calculated[3]>>63 != 0 {
				return ErrV3Overflow
			}
		}
		if sqrtP.Eq(&sqrtNextTick) {
			if initialized {
				net := &p.ticks[pos].LiquidityNet
				var d uint256.Int
				if zeroForOne {
					d.Neg(net)
				} else {
					d.Set(net)
				}
				if err := addDelta(&liquidity, &liquidity, &d); err != nil {
					return err
				}
				crossed++
			}
			if zeroForOne {
				tick = tickNext - 1
			} else {
				tick = tickNext
			}
		} else if !sqrtP.Eq(&sqrtStart) {
			t, err := TickAtSqrtRatio(&sqrtP)
			if err != nil {
				return err
			}
			tick = t
		}
	}
	var used uint256.Int
	used.Sub(&specAbs, &remaining)
	res.lastInside = exactInput && steps > 0 && !sqrtP.Eq(&target)
	if res.lastInside {
		// the locals still hold the last step
		res.lastStart.Set(&sqrtStart)
		res.lastTarget.Set(&target)
		res.lastIn.Sub(&used, &sum)
		res.lastOut.Sub(&calculated, &stepOut)
	}
	if exactInput {
		res.AmountIn.Set(&used)
		res.AmountOut.Set(&calculated)
	} else {
		res.AmountIn.Set(&calculated)
		res.AmountOut.Set(&used)
	}
	if zeroForOne {
		res.Amount0.Set(&res.AmountIn)
		res.Amount1.Neg(&res.AmountOut)
	} else {
		res.Amount0.Neg(&res.AmountOut)
		res.Amount1.Set(&res.AmountIn)
	}
	res.SqrtPriceX96.Set(&sqrtP)
	res.Tick = tick
	res.Liquidity.Set(&liquidity)
	res.Steps, res.Crossed = steps, crossed
	return nil
}

// Commit sets slot0 and the liquidity to a swap's result, as the pool
// stores them at the end of swap (the Swap log carries the same values).
func (p *V3Pool) Commit(res *V3SwapResult) {
	p.SqrtPriceX96.Set(&res.SqrtPriceX96)
	p.Tick = res.Tick
	p.Liquidity.Set(&res.Liquidity)
}

// ExactInput quotes an exact-input swap of amountIn (below 2^255) with no
// price limit beyond the extreme one a router would pass (MIN_SQRT_RATIO+1
// or MAX_SQRT_RATIO-1). A swap that runs out of liquidity before spending
// amountIn returns with res.AmountIn < amountIn, as the pool does.
func (p *V3Pool) ExactInput(res *V3SwapResult, zeroForOne bool, amountIn *uint256.Int) error {
	if amountIn[3]>>63 != 0 {
		return ErrV3Overflow
	}
	var limit uint256.Int
	if zeroForOne {
		limit.AddUint64(&MinSqrtRatio, 1)
	} else {
		limit.SubUint64(&MaxSqrtRatio, 1)
	}
	return p.Swap(res, zeroForOne, amountIn, &limit)
}

// ExactOutput quotes an exact-output swap for amountOut (at most 2^255)
// with the extreme price limit.
func (p *V3Pool) ExactOutput(res *V3SwapResult, zeroForOne bool, amountOut *uint256.Int) error {
	if amountOut.Gt(&int256Min) {
		return ErrV3Overflow
	}
	var spec, limit uint256.Int
	spec.Neg(amountOut)
	if zeroForOne {
		limit.AddUint64(&MinSqrtRatio, 1)
	} else {
		limit.SubUint64(&MaxSqrtRatio, 1)
	}
	return p.Swap(res, zeroForOne, &spec, &limit)
}
