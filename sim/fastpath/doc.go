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
//     getNextSqrtPriceFromAmount1RoundingDown). Two rewrites give the same
//     integers with fewer divisions: getAmount0Delta's two roundings
//     ⌈⌈x/b⌉/a⌉ are ⌈x/(a·b)⌉ (likewise ⌊⌊x/b⌋/a⌋) when x and a·b fit in
//     256 bits, and computeSwapStep decides amountRemainingLessFee >=
//     amountIn as amountRemaining·(10^6−fee) >= amountIn·10^6, dividing
//     only when the step stops inside the range.
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
// Cycle sizing (cycle.go, cycle_walk.go): CycleOut is exact (the V2 and V3
// functions above, leg after leg). SizeCycle returns an input whose output
// and profit are exact integer quotes. Each leg is locally a V2 pair (a V3
// pool by its virtual reserves x = L·2^96/√P, y = L·√P/2^96 until the next
// initialized tick); the pairs compose into one, whose profit peaks in
// closed form at x* = (sqrt(γ·Ea·Eb) − Ea)/γ. All-V2 cycles take x* at
// once; with V3 legs SizeCycle walks from segment to segment (quote x*, or
// the exact input that crosses the nearest tick, rebuild the pairs where
// the swaps stopped, repeat), keeping a bracket since the profit is
// concave; quotes near an earlier one resume its V3 swaps' last step. The
// closed form runs in float64 and only chooses where to quote;
// above 2^96 it runs in 256-bit integers (all V2) or an integer
// golden-section search over exact quotes takes over (V3), as it does when
// the walk does not converge. All end with a neighbour scan that moves
// while ±1 pays more. Integer rounding makes the profit a step function:
// the result is a local maximum, measured within a few wei (at most one per
// rounding in the legs) of the best input of an exhaustive scan on small
// pools and of a dense search on large ones (cycle_test.go,
// cycle_v3_test.go, FuzzCycleV2, FuzzCycleV3).
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
//
// # Aave V3
//
// Aave V3 (aave.go, wadray.go, wadray_fast.go, scan.go), from
// @aave/core-v3 1.19.3:
//   - WadMul, WadDiv, RayMul, RayDiv, WadToRay, RayToWad, PercentMul,
//     PercentDiv: WadRayMath and PercentageMath, half-up, with their
//     assembly's overflow and division-by-zero reverts (ErrAaveMath).
//     The scans use forms with the same results: divisions by 10^k as a
//     shift by k and a reciprocal division by 5^k, 64/128-bit paths.
//   - CalculateLinearInterest / CalculateCompoundedInterest: MathUtils,
//     the compounded one the three-term binomial with the contract's
//     integer steps; AaveReserve.NormalizedIncome/Debt: ReserveLogic's
//     getNormalizedIncome/Debt, so balances follow accrual between events.
//   - AaveMarket.AccountData: GenericLogic.calculateUserAccountData and
//     calculateAvailableBorrows (Pool.getUserAccountData): per reserve in
//     the user's configuration, scaled balance × normalized index, ×
//     price / 10^decimals, the e-mode price, LTV and threshold where they
//     apply, checked sums, avgLT and the health factor
//     collateral.percentMul(avgLT).wadDiv(debt), 2^256−1 without debt.
//     Stable debt is StableDebtToken.balanceOf (principal compounded at the
//     user's rate since the user's timestamp).
//   - AaveMarket.Liquidation: LiquidationLogic.executeLiquidationCall's
//     arithmetic: the close factor (50%, 100% at or under HF 0.95), the
//     cover capped by it, validateLiquidationCall's codes 45/46/47,
//     _getConfigurationData (e-mode bonus and price source),
//     _calculateAvailableCollateralToLiquidate (bonus, the cap at the
//     user's collateral with the debt recomputed, the protocol fee), the
//     burns' INVALID_BURN_AMOUNT (25) and the treasury fee's cap at the
//     user's remaining scaled balance. Reserve flags (active, paused,
//     frozen), the price oracle sentinel and the aToken's cash are not
//     modelled.
//   - AaveBook (scan.go, scan_bound.go): many accounts as flat arrays;
//     ScanFull, Reprice, RepriceEMode and SetScaled give exactly the
//     accounts AccountData puts under 1 at the book's snapshot of the
//     market. Most accounts are decided by a float64 bound instead of
//     their uint256 values, and the bound is sound for every input it
//     accepts: (1) the contract's two floors put an entry's value within
//     (x − P/(2U) − 1, x + P/(2U)] of the real x = s·I·P/(10^27·U); (2)
//     Σ value·LT >= coll + 10^4·(debt + 1) implies a health factor of at
//     least 1 (avgLT's and percentMul's floors) and (10^4 − 10^-14)·debt >
//     Σ value·LT + 5000 one under 1 (wadDiv's half-up); (3) the float
//     evaluation of those linear bounds errs by less than 2^-41 of the sum
//     of its terms' magnitudes for an account of at most 2048 entries, and
//     2^-40 of it is subtracted; (4) a per-reserve limit on scaled balances
//     keeps every step of the contract (rayMul, value, sums, wadDiv) below
//     2^256 for a decided account. After an oracle move the proven margin
//     moves by the bound's exact coefficient of that price (linear), less
//     2^-40 of the magnitudes involved, so an account keeps its answer while
//     the margin stays positive, across moves of any reserves. Accounts
//     the bound cannot decide (inside its band near 1, beyond the limits,
//     stable debt, reverting indexes) take the exact path, the same uint256
//     code as AccountData; so do all with Eager. Exact health factors and
//     totals are computed on demand by HealthFactor and Totals.
//
// They are proven against a math/big transliteration (aave_ref_test.go)
// and against the real pool, deployed from the npm artifacts by
// internal/aavetest into go-ethereum's EVM: getUserAccountData after
// supplies, borrows, price moves and interest accrual, and the amounts
// each liquidationCall moved (Transfer events), or its revert code. The
// book is fuzzed against AccountData (FuzzAaveBook: random markets and
// accounts from dust to 2^256, price moves onto accounts' critical prices;
// its seed corpus kills ten hand-made mutants of the bound).
package fastpath
