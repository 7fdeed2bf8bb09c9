package fastpath

import (
	"math/bits"

	"github.com/holiman/uint256"
)

// TickMath bounds (v3-core libraries/TickMath.sol).
const (
	// MinTick is TickMath.MIN_TICK, the tick of price 2^-128.
	MinTick = -887272
	// MaxTick is TickMath.MAX_TICK.
	MaxTick = 887272
)

var (
	// MinSqrtRatio is TickMath.MIN_SQRT_RATIO = getSqrtRatioAtTick(MIN_TICK).
	MinSqrtRatio = uint256.Int{4295128739, 0, 0, 0}
	// MaxSqrtRatio is TickMath.MAX_SQRT_RATIO = getSqrtRatioAtTick(MAX_TICK).
	MaxSqrtRatio = *uint256.MustFromDecimal("1461446703485210103287273052203988822378723970342")
)

// sqrtRatioFactors are the 128.128 constants getSqrtRatioAtTick multiplies by,
// one per bit of |tick|, for bits 1 to 19 (bit 0 selects the start value).
var sqrtRatioFactors = [19][2]uint64{
	{0x59a46990580e213a, 0xfff97272373d4132}, // 0xfff97272373d413259a46990580e213a
	{0xef12357cf3c7fdcc, 0xfff2e50f5f656932}, // 0xfff2e50f5f656932ef12357cf3c7fdcc
	{0x1c3624eaa0941cd0, 0xffe5caca7e10e4e6}, // 0xffe5caca7e10e4e61c3624eaa0941cd0
	{0xc9db58835c926644, 0xffcb9843d60f6159}, // 0xffcb9843d60f6159c9db58835c926644
	{0x472e6896dfb254c0, 0xff973b41fa98c081}, // 0xff973b41fa98c081472e6896dfb254c0
	{0x43ec78b326b52861, 0xff2ea16466c96a38}, // 0xff2ea16466c96a3843ec78b326b52861
	{0x11c461f1969c3053, 0xfe5dee046a99a2a8}, // 0xfe5dee046a99a2a811c461f1969c3053
	{0xdcffc83b479aa3a4, 0xfcbe86c7900a88ae}, // 0xfcbe86c7900a88aedcffc83b479aa3a4
	{0x6f2b074cf7815e54, 0xf987a7253ac41317}, // 0xf987a7253ac413176f2b074cf7815e54
	{0x940c7a398e4b70f3, 0xf3392b0822b70005}, // 0xf3392b0822b70005940c7a398e4b70f3
	{0x43b29c7fa6e889d9, 0xe7159475a2c29b74}, // 0xe7159475a2c29b7443b29c7fa6e889d9
	{0x845ad8f792aa5825, 0xd097f3bdfd2022b8}, // 0xd097f3bdfd2022b8845ad8f792aa5825
	{0x8a65dc1f90e061e5, 0xa9f746462d870fdf}, // 0xa9f746462d870fdf8a65dc1f90e061e5
	{0x90bb3df62baf32f7, 0x70d869a156d2a1b8}, // 0x70d869a156d2a1b890bb3df62baf32f7
	{0x81231505542fcfa6, 0x31be135f97d08fd9}, // 0x31be135f97d08fd981231505542fcfa6
	{0xc677de54f3e99bc9, 0x09aa508b5b7a84e1}, // 0x9aa508b5b7a84e1c677de54f3e99bc9
	{0x6699c329225ee604, 0x005d6af8dedb8119}, // 0x5d6af8dedb81196699c329225ee604
	{0x1ea926041bedfe98, 0x00002216e584f5fa}, // 0x2216e584f5fa1ea926041bedfe98
	{0x91f7dc42444e8fa2, 0x00000000048a1703}, // 0x48a170391f7dc42444e8fa2
}

// mul128Shr128 returns (r * f) >> 128 for r, f < 2^128 given as (lo, hi).
func mul128Shr128(rlo, rhi, flo, fhi uint64) (lo, hi uint64) {
	// 256-bit product of two 128-bit numbers; keep the top 128 bits.
	h0, l0 := bits.Mul64(rlo, flo)
	h1, l1 := bits.Mul64(rlo, fhi)
	h2, l2 := bits.Mul64(rhi, flo)
	h3, l3 := bits.Mul64(rhi, fhi)
	_ = l0
	// word1 = h0 + l1 + l2 (carry into word2)
	w1, c1 := bits.Add64(h0, l1, 0)
	_, c2 := bits.Add64(w1, l2, 0)
	// word2 = h1 + h2 + l3 + carries
	w2, c3 := bits.Add64(h1, h2, 0)
	w2, c4 := bits.Add64(w2, l3, 0)
	w2, c5 := bits.Add64(w2, c1+c2, 0)
	w3 := h3 + c3 + c4 + c5
	return w2, w3
}

// SqrtRatioAtTick sets z to TickMath.getSqrtRatioAtTick(tick): sqrt(1.0001^tick)
// as a Q64.96, rounded up. It returns ErrV3Tick for |tick| > MaxTick (T).
func SqrtRatioAtTick(z *uint256.Int, tick int32) error {
	abs := tick
	if abs < 0 {
		abs = -abs
	}
	if abs > MaxTick {
		return ErrV3Tick
	}
	var lo, hi uint64
	if abs&1 != 0 {
		lo, hi = 0xaa2d162d1a594001, 0xfffcb933bd6fad37
	} else {
		lo, hi = 0, 0 // 2^128, handled below
	}
	one := abs&1 == 0
	for i := 0; i < 19; i++ {
		if abs&(2<<i) == 0 {
			continue
		}
		f := &sqrtRatioFactors[i]
		if one {
			// 2^128 * f >> 128 = f
			lo, hi, one = f[0], f[1], false
			continue
		}
		lo, hi = mul128Shr128(lo, hi, f[0], f[1])
	}
	var ratio uint256.Int
	if one {
		ratio = uint256.Int{0, 0, 1, 0}
	} else {
		ratio = uint256.Int{lo, hi, 0, 0}
	}
	if tick > 0 {
		var m uint256.Int
		m.SetAllOne()
		ratio.Div(&m, &ratio)
	}
	// (ratio >> 32) rounded up
	round := ratio[0]&0xffffffff != 0
	z.Rsh(&ratio, 32)
	if round {
		z.AddUint64(z, 1)
	}
	return nil
}

// TickAtSqrtRatio returns TickMath.getTickAtSqrtRatio(sqrtPriceX96): the
// greatest tick whose ratio is at most the price, computed as the contract
// does (a 14-bit log2, scaled by log_sqrt(1.0001), checked against the
// neighbour). ErrV3SqrtRatio (R) for a price outside [MinSqrtRatio, MaxSqrtRatio).
func TickAtSqrtRatio(sqrtPriceX96 *uint256.Int) (int32, error) {
	if sqrtPriceX96.Lt(&MinSqrtRatio) || !sqrtPriceX96.Lt(&MaxSqrtRatio) {
		return 0, ErrV3SqrtRatio
	}
	var ratio uint256.Int
	ratio.Lsh(sqrtPriceX96, 32)
	msb := ratio.BitLen() - 1
	// r = ratio normalised to [2^127, 2^128)
	var r uint256.Int
	if msb >= 128 {
		r.Rsh(&ratio, uint(msb-127))
	} else {
		r.Lsh(&ratio, uint(127-msb))
	}
	// log_2 as a signed 64.64 value in two's complement
	var log2 uint256.Int
	if msb >= 128 {
		log2.SetUint64(uint64(msb - 128))
		log2.Lsh(&log2, 64)
	} else {
		log2.SetUint64(uint64(128 - msb))
		log2.Lsh(&log2, 64)
		log2.Neg(&log2)
	}
	rlo, rhi := r[0], r[1]
	var frac uint64
	for i := 63; i >= 50; i-- {
		// r = (r*r) >> 127; r < 2^129 afterwards
		h0, l0 := bits.Mul64(rlo, rlo)
		h1, l1 := bits.Mul64(rlo, rhi)
		h3, l3 := bits.Mul64(rhi, rhi)
		_ = l0
		// cross term 2*rlo*rhi
		w1, c1 := bits.Add64(h0, l1, 0)
		w1, c2 := bits.Add64(w1, l1, 0)
		w2, c3 := bits.Add64(l3, h1, c1)
		w2, c4 := bits.Add64(w2, h1, c2)
		w3 := h3 + c3 + c4
		// product = (w3, w2, w1, l0); >> 127
		nlo := w1>>63 | w2<<1
		nmid := w2>>63 | w3<<1
		ntop := w3 >> 63
		f := ntop // bit 128
		frac |= f << uint(i)
		if i > 50 && f == 1 {
			nlo = nlo>>1 | nmid<<63
			nmid = nmid>>1 | ntop<<63
		}
		rlo, rhi = nlo, nmid
	}
	var fr uint256.Int
	fr.SetUint64(frac)
	log2.Or(&log2, &fr)
	// log_sqrt10001 = log_2 * 255738958999603826347141 (128.128, signed)
	var ls uint256.Int
	ls.Mul(&log2, logSqrt10001)
	var lo, hi uint256.Int
	lo.Sub(&ls, tickLowOffset)
	lo.SRsh(&lo, 128)
	hi.Add(&ls, tickHighOffset)
	hi.SRsh(&hi, 128)
	tickLow := int32(int64(lo[0]))
	tickHigh := int32(int64(hi[0]))
	if tickLow == tickHigh {
		return tickLow, nil
	}
	var s uint256.Int
	if err := SqrtRatioAtTick(&s, tickHigh); err == nil && !s.Gt(sqrtPriceX96) {
		return tickHigh, nil
	}
	return tickLow, nil
}

var (
	logSqrt10001   = uint256.MustFromDecimal("255738958999603826347141")
	tickLowOffset  = uint256.MustFromDecimal("3402992956809132418596140100660247210")
	tickHighOffset = uint256.MustFromDecimal("291339464771989622907027621153398088495")
)
