package fastpath

import "errors"

// Sentinel errors. Each one stands for a revert of the real contract: a
// function that returns one of them has no amount to give, never a wrapped
// number. The comment names the contract's require or revert string.
var (
	// ErrV2InsufficientInput is UniswapV2Library's INSUFFICIENT_INPUT_AMOUNT (amountIn == 0).
	ErrV2InsufficientInput = errors.New("fastpath: v2 insufficient input amount")
	// ErrV2InsufficientOutput is UniswapV2Library's INSUFFICIENT_OUTPUT_AMOUNT (amountOut == 0),
	// also UniswapV2Pair.swap's when a quote rounds down to zero.
	ErrV2InsufficientOutput = errors.New("fastpath: v2 insufficient output amount")
	// ErrV2InsufficientLiquidity is INSUFFICIENT_LIQUIDITY: a zero reserve, or an
	// output not strictly below the output reserve.
	ErrV2InsufficientLiquidity = errors.New("fastpath: v2 insufficient liquidity")
	// ErrV2Overflow is a SafeMath overflow ("ds-math-mul-overflow", "ds-math-add-overflow",
	// "ds-math-sub-underflow") in UniswapV2Library, or UniswapV2Pair's OVERFLOW
	// (a balance above 2^112-1).
	ErrV2Overflow = errors.New("fastpath: v2 arithmetic overflow")
	// ErrV2Fee is a fee outside [0, 10000) bps.
	ErrV2Fee = errors.New("fastpath: v2 fee out of range")
	// ErrPath is a path with no hop or an output slice of the wrong length.
	ErrPath = errors.New("fastpath: invalid path")
	// ErrLogData is a log whose topics or data do not have the event's shape.
	ErrLogData = errors.New("fastpath: malformed log")

	// ErrV3AmountSpecified is UniswapV3Pool.swap's AS (amountSpecified == 0).
	ErrV3AmountSpecified = errors.New("fastpath: v3 zero amount specified (AS)")
	// ErrV3PriceLimit is UniswapV3Pool.swap's SPL (limit on the wrong side of the
	// price or outside (MIN_SQRT_RATIO, MAX_SQRT_RATIO)).
	ErrV3PriceLimit = errors.New("fastpath: v3 price limit out of range (SPL)")
	// ErrV3Tick is TickMath's T (|tick| > MAX_TICK) or a tick off the spacing.
	ErrV3Tick = errors.New("fastpath: v3 tick out of range (T)")
	// ErrV3SqrtRatio is TickMath's R (price outside [MIN_SQRT_RATIO, MAX_SQRT_RATIO)).
	ErrV3SqrtRatio = errors.New("fastpath: v3 sqrt price out of range (R)")
	// ErrV3Math is an unnamed require in FullMath, SqrtPriceMath or SafeCast
	// (division by zero, result above 256 or 160 bits, price through zero).
	ErrV3Math = errors.New("fastpath: v3 math revert")
	// ErrV3LiquiditySub is LiquidityMath's LS (liquidity below zero).
	ErrV3LiquiditySub = errors.New("fastpath: v3 liquidity underflow (LS)")
	// ErrV3LiquidityAdd is LiquidityMath's LA (liquidity above 2^128-1).
	ErrV3LiquidityAdd = errors.New("fastpath: v3 liquidity overflow (LA)")
	// ErrV3Overflow is a SafeCast.toInt256 or LowGasSafeMath int overflow in swap.
	ErrV3Overflow = errors.New("fastpath: v3 int256 overflow")
	// ErrV3PartialFill is an exact-input swap that reached the price limit
	// before spending all of its input: the pool would take less than asked.
	ErrV3PartialFill = errors.New("fastpath: v3 swap not filled before the price limit")
	// ErrV3NotInitialized is a swap on a pool with no price (slot0 zero).
	ErrV3NotInitialized = errors.New("fastpath: v3 pool not initialized")

	// ErrCycle is a cycle that is not 2 or 3 legs, or whose legs are not
	// chained (each leg's output token is the next leg's input token).
	ErrCycle = errors.New("fastpath: invalid cycle")
	// ErrNoProfit means no input amount makes the cycle profitable.
	ErrNoProfit = errors.New("fastpath: cycle not profitable")
)

// Aave V3 sentinels (aave*.go, wadray.go, scan.go). Each stands for a revert
// of @aave/core-v3 1.19.3; the numeric code is the one in Errors.sol.
var (
	// ErrAaveMath is a revert of WadRayMath/PercentageMath's assembly (overflow
	// or division by zero, no revert data) or a checked-arithmetic panic in
	// MathUtils, GenericLogic or LiquidationLogic.
	ErrAaveMath = errors.New("fastpath: aave math overflow")
	// ErrAaveReserve is a reserve index outside the market, or a position
	// naming the same reserve twice.
	ErrAaveReserve = errors.New("fastpath: aave unknown reserve")
	// ErrAaveHealthFactorNotBelowThreshold is '45' HEALTH_FACTOR_NOT_BELOW_THRESHOLD.
	ErrAaveHealthFactorNotBelowThreshold = errors.New("fastpath: aave health factor not below threshold (45)")
	// ErrAaveCollateralCannotBeLiquidated is '46' COLLATERAL_CANNOT_BE_LIQUIDATED.
	ErrAaveCollateralCannotBeLiquidated = errors.New("fastpath: aave collateral cannot be liquidated (46)")
	// ErrAaveNotBorrowed is '47' SPECIFIED_CURRENCY_NOT_BORROWED_BY_USER.
	ErrAaveNotBorrowed = errors.New("fastpath: aave currency not borrowed by user (47)")
	// ErrAaveInvalidBurn is '25' INVALID_BURN_AMOUNT (an amount that scales to zero).
	ErrAaveInvalidBurn = errors.New("fastpath: aave invalid burn amount (25)")
)
