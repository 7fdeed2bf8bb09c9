// Package fastpath is the keeper's hot loop: pure holiman/uint256 integer
// math that gives, to the wei, what the real contracts compute, at a small
// fraction of the cost of asking an EVM. Strategies call it for every
// candidate in every block.
//
// It must not do I/O, start goroutines, log, use math/big, or allocate in a
// quote, swap or sizing call. A float64 appears only as an estimate that
// exact limb arithmetic then checks and corrects (the V2 quotient, the
// integer square root's seed), never in a result. Results are written
// into caller-owned uint256.Int values and scratch structs. Where a contract
// would revert, the function returns one of the sentinel errors in errors.go,
// never a wrapped-around number. State types (V2Pair, V3Pool) are plain
// values with no locking: one goroutine owns each, as the event loop that
// feeds them logs.
//
// # What is exact, and where each formula comes from
//
// Uniswap V2 (v2.go), from @uniswap/v2-periphery UniswapV2Library and
// @uniswap/v2-core UniswapV2Pair:
//   - V2AmountOut / V2AmountIn are getAmountOut / getAmountIn with SafeMath,
//     the fee a parameter in bps. Uniswap's 997/1000 is fee 30; a fee in
//     whole tenths of a percent uses the /1000 form and any other the /10000
//     form (PancakeSwap's 9975/10000), so results and overflow reverts match
//     the fork's own library. Quotients are identical in both forms.
//   - V2AmountsOut / V2AmountsIn are getAmountsOut / getAmountsIn hop by hop.
//   - V2Pair.AmountOut adds UniswapV2Pair.swap's own checks
//     (INSUFFICIENT_OUTPUT_AMOUNT; OVERFLOW of a uint112 balance in _update);
//     ApplySync reads the Sync(uint112,uint112) log _update emits.
//
// Uniswap V3 (tickmath.go, sqrtprice.go, fullmath.go, v3pool.go, v3swap.go),
// transliterated from @uniswap/v3-core 1.0.1 (Solidity 0.7.6, unchecked
// arithmetic reproduced where the contract relies on it):
//   - SqrtRatioAtTick / TickAtSqrtRatio: TickMath.getSqrtRatioAtTick (the
//     same 128.128 constants, in 64-bit limbs) and getTickAtSqrtRatio (the
//     same 14-bit log2, log_sqrt(1.0001) scaling and neighbour check).
//   - mulDiv / mulDivRoundingUp: FullMath over the 512-bit product;
//     divRoundingUp: UnsafeMath.
//   - amount0Delta, amount1Delta, nextSqrtPriceFromInput/Output and the
//     amount0/amount1 helpers: SqrtPriceMath, with its round-up/round-down
//     choices and its overflow fallbacks (the product-overflow branch of
//     getNextSqrtPriceFromAmount0RoundingUp, the uint160 bound of
//     getNextSqrtPriceFromAmount1RoundingDown).
//   - computeSwapStep: SwapMath.computeSwapStep (fee in pips, exact input
//     and exact output, the fee taken as the remainder when a step ends
//     inside a range).
//   - V3Pool.Swap: UniswapV3Pool.swap's loop: the AS and SPL checks, the
//     next initialized tick bounded to one TickBitmap word
//     (nextInitializedTickWithinOneWord; ticks are a sorted slice searched
//     by bisection, so the steps and their rounding are the contract's),
//     the MIN/MAX_TICK clamp, LiquidityMath.addDelta on crossing (LS/LA),
//     the tick update rule, SafeCast.toInt256 and LowGasSafeMath int checks.
//     Fee growth and protocol fees change no amounts and are not tracked.
//   - V3Pool.ApplyLog: Initialize and Swap set slot0 and liquidity as the
//     pool stored them; Mint and Burn apply _modifyPosition's Tick.update
//     (liquidityGross, liquidityNet, flips) and the in-range liquidity.
//
// Cycle sizing (cycle.go): CycleOut is exact (the V2 and V3 functions above,
// leg after leg). SizeCycle returns an input whose output and profit are
// exact integer quotes. For all-V2 cycles the input starts from the closed
// form: the legs compose into one virtual pair (Ea, Eb) and profit peaks at
// x* = (sqrt(γ·Ea·Eb) − Ea)/γ; with a V3 leg there is no closed form, and an
// integer golden-section search bracketed by the same estimate (V3 legs as
// their virtual reserves) runs on exact quotes. Both end with a neighbour
// scan that moves while ±1 pays more. Integer rounding makes the profit a
// step function: the result is a local maximum, measured within 2 wei of
// the best input within ±2,000 and within 1 wei of an exhaustive scan on
// small pools (cycle_test.go).
//
// Aave V3 (aave*.go, wadray*.go, scan*.go) follows the same rules; its
// formulas and their sources are described in those files.
//
// # How exactness is proven
//
// The tests pair each function with a math/big transliteration of the
// Solidity (ref_test.go) over tables of edge cases, random cases and fuzz
// targets, and run the real npm bytecode (UniswapV2Router02 on real pairs,
// UniswapV3Pool through a small callback contract in testdata/Harness.sol)
// in go-ethereum's EVM, comparing every quote, swap, revert and resulting
// slot0 to the wei, with the model fed only from the pools' own logs.
package fastpath
