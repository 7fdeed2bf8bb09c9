package fastpath

import "github.com/holiman/uint256"

// MaxUint112 is 2^112-1, the largest reserve a UniswapV2Pair stores
// (reserve0 and reserve1 are uint112; _update reverts with OVERFLOW above it).
var MaxUint112 = uint256.Int{^uint64(0), 1<<48 - 1, 0, 0}

// v2FeeFactors returns the multiplier of amountIn and of the reserve in the
// fee form the fork's library uses: Uniswap V2 and SushiSwap write 997/1000
// (fee 30 bps), PancakeSwap writes 9975/10000 (fee 25 bps). Quotients are
// identical either way; only the overflow threshold depends on the form, so
// a fee in whole tenths of a percent takes the 1000 form and any other the
// 10000 form, as the real forks do.
func v2FeeFactors(feeBps uint32) (mul, den uint64, ok bool) {
	if feeBps >= 10000 {
		return 0, 0, false
	}
	if feeBps%10 == 0 {
		return 1000 - uint64(feeBps/10), 1000, true
	}
	return 10000 - uint64(feeBps), 10000, true
}

// fits128 reports whether x < 2^128.
func fits128(x *uint256.Int) bool { return x[2]|x[3] == 0 }

// V2AmountOut sets z to UniswapV2Library.getAmountOut(amountIn, reserveIn,
// reserveOut) generalised to a fee of feeBps basis points:
//
//	amountInWithFee = amountIn * (10000 - fee)        (997 for fee 30)
//	amountOut = amountInWithFee * reserveOut / (reserveIn * 10000 + amountInWithFee)
//
// It returns ErrV2InsufficientInput for a zero input, ErrV2InsufficientLiquidity
// for a zero reserve, ErrV2Overflow where SafeMath would revert, ErrV2Fee for
// fee ≥ 10000. z may alias an argument. It does not allocate.
func V2AmountOut(z, amountIn, reserveIn, reserveOut *uint256.Int, feeBps uint32) error {
	mul, den, ok := v2FeeFactors(feeBps)
	if !ok {
		return ErrV2Fee
	}
	if amountIn.IsZero() {
		return ErrV2InsufficientInput
	}
	if reserveIn.IsZero() || reserveOut.IsZero() {
		return ErrV2InsufficientLiquidity
	}
	if fits128(amountIn) && reserveIn[2]|reserveIn[3] == 0 && reserveOut[3]|reserveOut[2] == 0 && reserveOut[1] < 1<<50 {
		// amountIn·mul < 2^142 and reserveOut < 2^114: every product and
		// sum stays under 2^256, so no SafeMath check can fire.
		if q, ok := v2AmountOutLimbs(amountIn[0], amountIn[1], reserveIn[0], reserveIn[1], reserveOut[0], reserveOut[1], mul, den); ok {
			z[0], z[1], z[2], z[3] = q[0], q[1], q[2], q[3]
			return nil
		}
	}
	var withFee, num, d uint256.Int
	if _, of := withFee.MulOverflow(amountIn, uint256.NewInt(mul)); of {
		return ErrV2Overflow
	}
	if _, of := num.MulOverflow(&withFee, reserveOut); of {
		return ErrV2Overflow
	}
	if _, of := d.MulOverflow(reserveIn, uint256.NewInt(den)); of {
		return ErrV2Overflow
	}
	if _, of := d.AddOverflow(&d, &withFee); of {
		return ErrV2Overflow
	}
	z.Div(&num, &d)
	return nil
}

// V2AmountIn sets z to UniswapV2Library.getAmountIn(amountOut, reserveIn,
// reserveOut) with a fee of feeBps:
//
//	amountIn = reserveIn * amountOut * 10000 / ((reserveOut - amountOut) * (10000 - fee)) + 1
//
// Errors: ErrV2InsufficientOutput for a zero output, ErrV2InsufficientLiquidity
// for a zero reserve or amountOut == reserveOut (the contract divides by zero),
// ErrV2Overflow for amountOut > reserveOut (SafeMath sub) or any overflow.
func V2AmountIn(z, amountOut, reserveIn, reserveOut *uint256.Int, feeBps uint32) error {
	mul, den, ok := v2FeeFactors(feeBps)
	if !ok {
		return ErrV2Fee
	}
	if amountOut.IsZero() {
		return ErrV2InsufficientOutput
	}
	if reserveIn.IsZero() || reserveOut.IsZero() {
		return ErrV2InsufficientLiquidity
	}
	var num, d uint256.Int
	if _, of := d.SubOverflow(reserveOut, amountOut); of {
		return ErrV2Overflow
	}
	if _, of := num.MulOverflow(reserveIn, amountOut); of {
		return ErrV2Overflow
	}
	if _, of := num.MulOverflow(&num, uint256.NewInt(den)); of {
		return ErrV2Overflow
	}
	if _, of := d.MulOverflow(&d, uint256.NewInt(mul)); of {
		return ErrV2Overflow
	}
	if d.IsZero() {
		// Division by zero: the EVM's SafeMath-free `/` panics in 0.6.6.
		return ErrV2InsufficientLiquidity
	}
	num.Div(&num, &d)
	if _, of := z.AddOverflow(&num, uint256.NewInt(1)); of {
		return ErrV2Overflow
	}
	return nil
}

// V2Pair is the state of one UniswapV2Pair (or fork) that quotes need:
// the reserves as getReserves returns them and the fork's fee in bps.
// It is a plain value; a caller that shares one across goroutines guards it.
type V2Pair struct {
	Reserve0, Reserve1 uint256.Int
	// FeeBps is the swap fee in basis points: 30 for Uniswap V2, 25 for PancakeSwap V2.
	FeeBps uint32
}

// V2SyncTopic is keccak256("Sync(uint112,uint112)"), topic 0 of UniswapV2Pair's Sync.
var V2SyncTopic = [32]byte{0x1c, 0x41, 0x1e, 0x9a, 0x96, 0xe0, 0x71, 0x24, 0x1c, 0x2f, 0x21, 0xf7, 0x72, 0x6b, 0x17, 0xae, 0x89, 0xe3, 0xca, 0xb4, 0xc7, 0x8b, 0xe5, 0x0e, 0x06, 0x2b, 0x03, 0xa9, 0xff, 0xfb, 0xba, 0xd1}

// ApplySync sets the reserves from the data of a Sync(uint112 reserve0,
// uint112 reserve1) log, which UniswapV2Pair._update emits after every
// mint, burn, swap and sync. The data must be two ABI words, each below
// 2^112; otherwise ErrLogData and the pair is unchanged.
func (p *V2Pair) ApplySync(data []byte) error {
	if len(data) != 64 {
		return ErrLogData
	}
	var r0, r1 uint256.Int
	r0.SetBytes32(data[:32])
	r1.SetBytes32(data[32:])
	if r0.Gt(&MaxUint112) || r1.Gt(&MaxUint112) {
		return ErrLogData
	}
	p.Reserve0, p.Reserve1 = r0, r1
	return nil
}

func (p *V2Pair) reserves(zeroForOne bool) (in, out *uint256.Int) {
	if zeroForOne {
		return &p.Reserve0, &p.Reserve1
	}
	return &p.Reserve1, &p.Reserve0
}

// AmountOut sets z to what UniswapV2Pair.swap pays for amountIn of token0
// (zeroForOne) or token1 sent first, as the router computes it, and also
// applies the pair's own checks: a zero output reverts with
// INSUFFICIENT_OUTPUT_AMOUNT and a new input balance above 2^112-1 with
// OVERFLOW (ErrV2Overflow).
func (p *V2Pair) AmountOut(z, amountIn *uint256.Int, zeroForOne bool) error {
	rIn, rOut := p.reserves(zeroForOne)
	if err := V2AmountOut(z, amountIn, rIn, rOut, p.FeeBps); err != nil {
		return err
	}
	if z.IsZero() {
		return ErrV2InsufficientOutput
	}
	var bal uint256.Int
	if _, of := bal.AddOverflow(rIn, amountIn); of || bal.Gt(&MaxUint112) {
		return ErrV2Overflow
	}
	return nil
}

// AmountIn sets z to UniswapV2Library.getAmountIn for an exact output of
// the other token (token1 when zeroForOne), with the pair's OVERFLOW check on
// the new input balance.
func (p *V2Pair) AmountIn(z, amountOut *uint256.Int, zeroForOne bool) error {
	rIn, rOut := p.reserves(zeroForOne)
	if err := V2AmountIn(z, amountOut, rIn, rOut, p.FeeBps); err != nil {
		return err
	}
	var bal uint256.Int
	if _, of := bal.AddOverflow(rIn, z); of || bal.Gt(&MaxUint112) {
		return ErrV2Overflow
	}
	return nil
}

// Swap applies an exact-input swap to the reserves as the pair would (the
// new reserves are what its Sync log would carry) and sets z to the output.
func (p *V2Pair) Swap(z, amountIn *uint256.Int, zeroForOne bool) error {
	var out uint256.Int
	if err := p.AmountOut(&out, amountIn, zeroForOne); err != nil {
		return err
	}
	rIn, rOut := p.reserves(zeroForOne)
	rIn.Add(rIn, amountIn)
	rOut.Sub(rOut, &out)
	z.Set(&out)
	return nil
}

// V2Hop is one step of a V2 path: a pair and the direction of the swap
// (ZeroForOne: token0 in, token1 out).
type V2Hop struct {
	Pair       *V2Pair
	ZeroForOne bool
}

// V2AmountsOut fills amounts (len(path)+1 entries) as
// UniswapV2Library.getAmountsOut: amounts[0] = amountIn, each next entry the
// hop's getAmountOut. It stops at the first hop that reverts and returns its
// error. It uses the library formula only, like the router's quote.
func V2AmountsOut(amounts []uint256.Int, amountIn *uint256.Int, path []V2Hop) error {
	if len(path) == 0 || len(amounts) != len(path)+1 {
		return ErrPath
	}
	amounts[0].Set(amountIn)
	for i := range path {
		rIn, rOut := path[i].Pair.reserves(path[i].ZeroForOne)
		if err := V2AmountOut(&amounts[i+1], &amounts[i], rIn, rOut, path[i].Pair.FeeBps); err != nil {
			return err
		}
	}
	return nil
}

// V2AmountsIn fills amounts (len(path)+1 entries) as
// UniswapV2Library.getAmountsIn: amounts[len(path)] = amountOut, each earlier
// entry the hop's getAmountIn, computed from the last hop backwards.
func V2AmountsIn(amounts []uint256.Int, amountOut *uint256.Int, path []V2Hop) error {
	if len(path) == 0 || len(amounts) != len(path)+1 {
		return ErrPath
	}
	n := len(path)
	amounts[n].Set(amountOut)
	for i := n - 1; i >= 0; i-- {
		rIn, rOut := path[i].Pair.reserves(path[i].ZeroForOne)
		if err := V2AmountIn(&amounts[i], &amounts[i+1], rIn, rOut, path[i].Pair.FeeBps); err != nil {
			return err
		}
	}
	return nil
}
