package fastpath

import "github.com/holiman/uint256"

// V3Tick is one initialized tick of a pool: its index and the liquidity
// figures Tick.Info keeps (liquidityGross, and liquidityNet as an int128
// held in two's complement over 256 bits).
type V3Tick struct {
	Index int32
	// SqrtPriceX96 is getSqrtRatioAtTick(Index), kept so a swap that
	// reaches this tick does not recompute it.
	SqrtPriceX96   uint256.Int
	LiquidityGross uint256.Int
	LiquidityNet   uint256.Int // int128, two's complement over 256 bits
}

// V3Pool is the part of a UniswapV3Pool's state that swaps read: slot0's
// price and tick, the in-range liquidity, the fee and the tick spacing, and
// the initialized ticks. Ticks are kept sorted by index in one slice: the
// swap finds the next initialized tick by binary search, bounded to the
// same 256-tick-spacing word the contract's TickBitmap scans, so a swap
// takes the same steps as the contract and allocates nothing.
//
// A V3Pool is not safe for concurrent mutation; Quote only reads.
type V3Pool struct {
	SqrtPriceX96 uint256.Int // slot0.sqrtPriceX96, Q64.96
	Tick         int32       // slot0.tick
	Liquidity    uint256.Int // uint128
	Fee          uint32      // fee in hundredths of a bp (pips): 500, 3000, 10000
	TickSpacing  int32
	// ticks are the initialized ticks sorted by Index, built only through
	// ModifyLiquidity and ApplyLog so that each carries its price.
	ticks []V3Tick
}

// Ticks returns the initialized ticks sorted by index. The slice is the
// pool's own: read it, do not modify it.
func (p *V3Pool) Ticks() []V3Tick { return p.ticks }

// Topic 0 of the UniswapV3Pool events the pool model follows.
var (
	// V3InitializeTopic is keccak256("Initialize(uint160,int24)").
	V3InitializeTopic = [32]byte{0x98, 0x63, 0x60, 0x36, 0xcb, 0x66, 0xa9, 0xc1, 0x9a, 0x37, 0x43, 0x5e, 0xfc, 0x1e, 0x90, 0x14, 0x21, 0x90, 0x21, 0x4e, 0x8a, 0xbe, 0xb8, 0x21, 0xbd, 0xba, 0x3f, 0x29, 0x90, 0xdd, 0x4c, 0x95}
	// V3SwapTopic is keccak256("Swap(address,address,int256,int256,uint160,uint128,int24)").
	V3SwapTopic = [32]byte{0xc4, 0x20, 0x79, 0xf9, 0x4a, 0x63, 0x50, 0xd7, 0xe6, 0x23, 0x5f, 0x29, 0x17, 0x49, 0x24, 0xf9, 0x28, 0xcc, 0x2a, 0xc8, 0x18, 0xeb, 0x64, 0xfe, 0xd8, 0x00, 0x4e, 0x11, 0x5f, 0xbc, 0xca, 0x67}
	// V3MintTopic is keccak256("Mint(address,address,int24,int24,uint128,uint256,uint256)").
	V3MintTopic = [32]byte{0x7a, 0x53, 0x08, 0x0b, 0xa4, 0x14, 0x15, 0x8b, 0xe7, 0xec, 0x69, 0xb9, 0x87, 0xb5, 0xfb, 0x7d, 0x07, 0xde, 0xe1, 0x01, 0xfe, 0x85, 0x48, 0x8f, 0x08, 0x53, 0xae, 0x16, 0x23, 0x9d, 0x0b, 0xde}
	// V3BurnTopic is keccak256("Burn(address,int24,int24,uint128,uint256,uint256)").
	V3BurnTopic = [32]byte{0x0c, 0x39, 0x6c, 0xd9, 0x89, 0xa3, 0x9f, 0x44, 0x59, 0xb5, 0xfa, 0x1a, 0xed, 0x6a, 0x9a, 0x8d, 0xcd, 0xbc, 0x45, 0x90, 0x8a, 0xcf, 0xd6, 0x7e, 0x02, 0x8c, 0xd5, 0x68, 0xda, 0x98, 0x98, 0x2c}
)

// ApplyLog updates the pool from one of its logs: Initialize and Swap set
// slot0 and (Swap) the liquidity the pool stored; Mint and Burn update the
// two ticks (liquidityGross, liquidityNet, initialized or cleared as
// Tick.update flips them) and, when tickLower <= tick < tickUpper, the
// in-range liquidity, as UniswapV3Pool._modifyPosition does. Other topics
// are ignored (nil). A log whose data does not decode returns ErrLogData
// and leaves the pool unchanged. Mint may grow Ticks (this allocates).
func (p *V3Pool) ApplyLog(topics [][32]byte, data []byte) error {
	if len(topics) == 0 {
		return ErrLogData
	}
	switch topics[0] {
	case V3InitializeTopic:
		if len(data) != 64 {
			return ErrLogData
		}
		var s uint256.Int
		s.SetBytes32(data[:32])
		tick, ok := decodeInt24(data[32:64])
		if !ok || s.Gt(&maxUint160) {
			return ErrLogData
		}
		p.SqrtPriceX96, p.Tick = s, tick
		return nil
	case V3SwapTopic:
		// data: int256 amount0, int256 amount1, uint160 sqrtPriceX96, uint128 liquidity, int24 tick
		if len(topics) != 3 || len(data) != 160 {
			return ErrLogData
		}
		var s, l uint256.Int
		s.SetBytes32(data[64:96])
		l.SetBytes32(data[96:128])
		tick, ok := decodeInt24(data[128:160])
		if !ok || s.Gt(&maxUint160) || l.Gt(&maxUint128) {
			return ErrLogData
		}
		p.SqrtPriceX96, p.Liquidity, p.Tick = s, l, tick
		return nil
	case V3MintTopic, V3BurnTopic:
		// Mint data: address sender, uint128 amount, uint256 amount0, uint256 amount1
		// Burn data: uint128 amount, uint256 amount0, uint256 amount1
		// topics: sig, owner, tickLower, tickUpper
		off := 0
		want := 96
		if topics[0] == V3MintTopic {
			off, want = 32, 128
		}
		if len(topics) != 4 || len(data) != want {
			return ErrLogData
		}
		lower, ok1 := decodeInt24(topics[2][:])
		upper, ok2 := decodeInt24(topics[3][:])
		var amt uint256.Int
		amt.SetBytes32(data[off : off+32])
		if !ok1 || !ok2 || amt.Gt(&maxUint128) || lower >= upper || lower < MinTick || upper > MaxTick {
			return ErrLogData
		}
		var delta uint256.Int // int128 liquidityDelta
		if topics[0] == V3MintTopic {
			delta.Set(&amt)
		} else {
			delta.Neg(&amt)
		}
		return p.ModifyLiquidity(lower, upper, &delta)
	}
	return nil
}

// decodeInt24 reads an ABI-encoded int24 word (sign-extended to 32 bytes).
func decodeInt24(w []byte) (int32, bool) {
	var x uint256.Int
	x.SetBytes32(w)
	v := int64(x[0])
	if v < -(1<<23) || v >= 1<<23 {
		return 0, false
	}
	var ext uint256.Int
	ext.SetUint64(uint64(v))
	if v < 0 {
		ext[1], ext[2], ext[3] = ^uint64(0), ^uint64(0), ^uint64(0)
	}
	if !ext.Eq(&x) {
		return 0, false
	}
	return int32(v), true
}

// ModifyLiquidity applies a position change of liquidityDelta (an int128 in
// two's complement over 256 bits: positive for Mint, negative for Burn) on
// [lower, upper): the ticks as Tick.update (liquidityNet += delta at lower,
// -= delta at upper; a tick whose gross liquidity returns to zero is
// cleared) and the in-range liquidity as LiquidityMath.addDelta. On error
// (LS/LA) the pool is unchanged.
func (p *V3Pool) ModifyLiquidity(lower, upper int32, delta *uint256.Int) error {
	if lower >= upper || lower < MinTick || upper > MaxTick {
		return ErrV3Tick
	}
	if delta.IsZero() {
		return nil
	}
	var newL uint256.Int
	inRange := p.Tick >= lower && p.Tick < upper
	if inRange {
		if err := addDelta(&newL, &p.Liquidity, delta); err != nil {
			return err
		}
	}
	var gl, gu uint256.Int
	il, okl := p.findTick(lower)
	iu, oku := p.findTick(upper)
	var zero uint256.Int
	curL, curU := &zero, &zero
	if okl {
		curL = &p.ticks[il].LiquidityGross
	}
	if oku {
		curU = &p.ticks[iu].LiquidityGross
	}
	if err := addDelta(&gl, curL, delta); err != nil {
		return err
	}
	if err := addDelta(&gu, curU, delta); err != nil {
		return err
	}
	var negDelta uint256.Int
	negDelta.Neg(delta)
	p.updateTick(lower, &gl, delta)
	p.updateTick(upper, &gu, &negDelta)
	if inRange {
		p.Liquidity = newL
	}
	return nil
}

// updateTick sets a tick's gross liquidity and adds netDelta to its net,
// inserting or removing it from the sorted slice.
func (p *V3Pool) updateTick(index int32, gross, netDelta *uint256.Int) {
	i, ok := p.findTick(index)
	if gross.IsZero() {
		if ok {
			p.ticks = append(p.ticks[:i], p.ticks[i+1:]...)
		}
		return
	}
	if !ok {
		p.ticks = append(p.ticks, V3Tick{})
		copy(p.ticks[i+1:], p.ticks[i:])
		p.ticks[i] = V3Tick{Index: index}
		_ = SqrtRatioAtTick(&p.ticks[i].SqrtPriceX96, index) // index is within ±MaxTick (ApplyLog checks)
	}
	t := &p.ticks[i]
	t.LiquidityGross.Set(gross)
	t.LiquidityNet.Add(&t.LiquidityNet, netDelta)
	// liquidityNet is int128: keep the 256-bit two's complement sign-extended.
	signExtend128(&t.LiquidityNet)
}

// signExtend128 keeps the low 128 bits of x as a sign-extended int128.
func signExtend128(x *uint256.Int) {
	if x[1]>>63 == 1 {
		x[2], x[3] = ^uint64(0), ^uint64(0)
	} else {
		x[2], x[3] = 0, 0
	}
}

// findTick returns the position of index in Ticks, or where it would go.
func (p *V3Pool) findTick(index int32) (int, bool) {
	lo, hi := 0, len(p.ticks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if p.ticks[m].Index < index {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo, lo < len(p.ticks) && p.ticks[lo].Index == index
}

// addDelta is LiquidityMath.addDelta(x uint128, y int128): y in two's
// complement over 256 bits. LS below zero, LA above 2^128-1.
func addDelta(z, x, y *uint256.Int) error {
	if y[3]>>63 == 1 {
		var m uint256.Int
		m.Neg(y)
		if m.Gt(x) || m.Gt(&maxUint128) {
			return ErrV3LiquiditySub
		}
		z.Sub(x, &m)
		return nil
	}
	var s uint256.Int
	s.Add(x, y)
	if s.Gt(&maxUint128) || y.Gt(&maxUint128) {
		return ErrV3LiquidityAdd
	}
	z.Set(&s)
	return nil
}

// nextInitializedTick is TickBitmap.nextInitializedTickWithinOneWord over
// the sorted slice: the next initialized tick at or below tick (lte) or
// strictly above it, but never beyond the 256-spacing word the contract
// would read; at the word's edge it returns the edge, not initialized.
// pos is the index in Ticks of the tick found.
func (p *V3Pool) nextInitializedTick(tick int32, lte bool) (next int32, initialized bool, pos int) {
	s := p.TickSpacing
	compressed := tick / s
	if tick < 0 && tick%s != 0 {
		compressed--
	}
	if lte {
		wordStart := (compressed >> 8) << 8
		// largest initialized index <= compressed*s
		i, ok := p.findTick(compressed * s)
		if !ok {
			i--
		}
		if i >= 0 && p.ticks[i].Index >= wordStart*s {
			return p.ticks[i].Index, true, i
		}
		return wordStart * s, false, -1
	}
	start := compressed + 1
	wordEnd := (start>>8)<<8 + 255
	i, _ := p.findTick(start * s)
	if i < len(p.ticks) && p.ticks[i].Index <= wordEnd*s {
		return p.ticks[i].Index, true, i
	}
	return wordEnd * s, false, -1
}
