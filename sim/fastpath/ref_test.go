package fastpath

// math/big references: direct transliterations of the Solidity, written for
// the tests only. A panic-free "revert" is a false ok.

import (
	"math/big"

	"github.com/holiman/uint256"
)

var (
	bigOne  = big.NewInt(1)
	two256  = new(big.Int).Lsh(bigOne, 256)
	maxU256 = new(big.Int).Sub(two256, bigOne)
	two255  = new(big.Int).Lsh(bigOne, 255)
	maxU160 = new(big.Int).Sub(new(big.Int).Lsh(bigOne, 160), bigOne)
	maxU128 = new(big.Int).Sub(new(big.Int).Lsh(bigOne, 128), bigOne)
	maxU112 = new(big.Int).Sub(new(big.Int).Lsh(bigOne, 112), bigOne)
	bigQ96  = new(big.Int).Lsh(bigOne, 96)
)

func u2b(x *uint256.Int) *big.Int { return x.ToBig() }
func b2u(x *big.Int) *uint256.Int {
	z, of := uint256.FromBig(x)
	if of {
		panic("b2u overflow")
	}
	return z
}

// checked reports whether x fits uint256.
func fits(x *big.Int) bool { return x.Sign() >= 0 && x.Cmp(maxU256) <= 0 }

// refV2AmountOut is UniswapV2Library.getAmountOut with SafeMath, generalised
// the same way (1000 form for whole tenths, else 10000).
func refV2AmountOut(amountIn, rIn, rOut *big.Int, fee uint32) (*big.Int, error) {
	if fee >= 10000 {
		return nil, ErrV2Fee
	}
	mul, den := big.NewInt(int64(10000-fee)), big.NewInt(10000)
	if fee%10 == 0 {
		mul, den = big.NewInt(int64(1000-fee/10)), big.NewInt(1000)
	}
	if amountIn.Sign() == 0 {
		return nil, ErrV2InsufficientInput
	}
	if rIn.Sign() == 0 || rOut.Sign() == 0 {
		return nil, ErrV2InsufficientLiquidity
	}
	wf := new(big.Int).Mul(amountIn, mul)
	if !fits(wf) {
		return nil, ErrV2Overflow
	}
	num := new(big.Int).Mul(wf, rOut)
	if !fits(num) {
		return nil, ErrV2Overflow
	}
	d := new(big.Int).Mul(rIn, den)
	if !fits(d) {
		return nil, ErrV2Overflow
	}
	d.Add(d, wf)
	if !fits(d) {
		return nil, ErrV2Overflow
	}
	return num.Quo(num, d), nil
}

func refV2AmountIn(amountOut, rIn, rOut *big.Int, fee uint32) (*big.Int, error) {
	if fee >= 10000 {
		return nil, ErrV2Fee
	}
	mul, den := big.NewInt(int64(10000-fee)), big.NewInt(10000)
	if fee%10 == 0 {
		mul, den = big.NewInt(int64(1000-fee/10)), big.NewInt(1000)
	}
	if amountOut.Sign() == 0 {
		return nil, ErrV2InsufficientOutput
	}
	if rIn.Sign() == 0 || rOut.Sign() == 0 {
		return nil, ErrV2InsufficientLiquidity
	}
	num := new(big.Int).Mul(rIn, amountOut)
	if !fits(num) {
		return nil, ErrV2Overflow
	}
	num.Mul(num, den)
	if !fits(num) {
		return nil, ErrV2Overflow
	}
	d := new(big.Int).Sub(rOut, amountOut)
	if d.Sign() < 0 {
		return nil, ErrV2Overflow
	}
	d.Mul(d, mul)
	if !fits(d) {
		return nil, ErrV2Overflow
	}
	if d.Sign() == 0 {
		return nil, ErrV2InsufficientLiquidity
	}
	q := num.Quo(num, d)
	q.Add(q, bigOne)
	if !fits(q) {
		return nil, ErrV2Overflow
	}
	return q, nil
}

// --- v3 ---

func hexBig(s string) *big.Int { v, _ := new(big.Int).SetString(s, 16); return v }

var refTickConsts = []string{
	"fff97272373d413259a46990580e213a", "fff2e50f5f656932ef12357cf3c7fdcc", "ffe5caca7e10e4e61c3624eaa0941cd0",
	"ffcb9843d60f6159c9db58835c926644", "ff973b41fa98c081472e6896dfb254c0", "ff2ea16466c96a3843ec78b326b52861",
	"fe5dee046a99a2a811c461f1969c3053", "fcbe86c7900a88aedcffc83b479aa3a4", "f987a7253ac413176f2b074cf7815e54",
	"f3392b0822b70005940c7a398e4b70f3", "e7159475a2c29b7443b29c7fa6e889d9", "d097f3bdfd2022b8845ad8f792aa5825",
	"a9f746462d870fdf8a65dc1f90e061e5", "70d869a156d2a1b890bb3df62baf32f7", "31be135f97d08fd981231505542fcfa6",
	"9aa508b5b7a84e1c677de54f3e99bc9", "5d6af8dedb81196699c329225ee604", "2216e584f5fa1ea926041bedfe98",
	"48a170391f7dc42444e8fa2",
}

func refSqrtRatioAtTick(tick int32) (*big.Int, bool) {
	abs := int64(tick)
	if abs < 0 {
		abs = -abs
	}
	if abs > MaxTick {
		return nil, false
	}
	ratio := new(big.Int).Lsh(bigOne, 128)
	if abs&1 != 0 {
		ratio = hexBig("fffcb933bd6fad37aa2d162d1a594001")
	}
	for i, c := range refTickConsts {
		if abs&(2<<i) != 0 {
			ratio.Mul(ratio, hexBig(c))
			ratio.Rsh(ratio, 128)
		}
	}
	if tick > 0 {
		ratio = new(big.Int).Quo(maxU256, ratio)
	}
	r := new(big.Int).Rsh(ratio, 32)
	if new(big.Int).And(ratio, big.NewInt(0xffffffff)).Sign() != 0 {
		r.Add(r, bigOne)
	}
	return r, true
}

// refTickAtSqrtRatio: the greatest tick with ratio <= price, by binary search
// over refSqrtRatioAtTick. This is the contract's documented result; it is an
// independent check on the log2 transliteration.
func refTickAtSqrtRatio(p *big.Int) (int32, bool) {
	minS, _ := refSqrtRatioAtTick(MinTick)
	maxS, _ := refSqrtRatioAtTick(MaxTick)
	if p.Cmp(minS) < 0 || p.Cmp(maxS) >= 0 {
		return 0, false
	}
	lo, hi := int32(MinTick), int32(MaxTick)
	for lo < hi {
		m := lo + (hi-lo+1)/2
		s, _ := refSqrtRatioAtTick(m)
		if s.Cmp(p) <= 0 {
			lo = m
		} else {
			hi = m - 1
		}
	}
	return lo, true
}

func refMulDiv(x, y, d *big.Int) (*big.Int, bool) {
	if d.Sign() == 0 {
		return nil, false
	}
	q := new(big.Int).Mul(x, y)
	q.Quo(q, d)
	return q, fits(q)
}

func refMulDivUp(x, y, d *big.Int) (*big.Int, bool) {
	q, ok := refMulDiv(x, y, d)
	if !ok {
		return nil, false
	}
	if new(big.Int).Mod(new(big.Int).Mul(x, y), d).Sign() != 0 {
		if q.Cmp(maxU256) == 0 {
			return nil, false
		}
		q.Add(q, bigOne)
	}
	return q, true
}

func refDivUp(x, y *big.Int) *big.Int {
	if y.Sign() == 0 {
		return new(big.Int)
	}
	q, r := new(big.Int).QuoRem(x, y, new(big.Int))
	if r.Sign() != 0 {
		q.Add(q, bigOne)
	}
	return q
}

func refNext0(sqrtP, L, amount *big.Int, add bool) (*big.Int, bool) {
	if amount.Sign() == 0 {
		return new(big.Int).Set(sqrtP), true
	}
	num1 := new(big.Int).Lsh(L, 96)
	product := new(big.Int).Mul(amount, sqrtP)
	if add {
		if fits(product) {
			den := new(big.Int).Add(num1, product)
			if fits(den) {
				return refMulDivUp(num1, sqrtP, den)
			}
		}
		d := new(big.Int).Quo(num1, sqrtP)
		d.Add(d, amount)
		if !fits(d) {
			return nil, false
		}
		return refDivUp(num1, d), true
	}
	if !fits(product) || num1.Cmp(product) <= 0 {
		return nil, false
	}
	r, ok := refMulDivUp(num1, sqrtP, new(big.Int).Sub(num1, product))
	if !ok || r.Cmp(maxU160) > 0 {
		return nil, false
	}
	return r, true
}

func refNext1(sqrtP, L, amount *big.Int, add bool) (*big.Int, bool) {
	if add {
		var q *big.Int
		if amount.Cmp(maxU160) <= 0 {
			q = new(big.Int).Quo(new(big.Int).Lsh(amount, 96), L)
		} else {
			var ok bool
			if q, ok = refMulDiv(amount, bigQ96, L); !ok {
				return nil, false
			}
		}
		r := new(big.Int).Add(sqrtP, q)
		if r.Cmp(maxU160) > 0 {
			return nil, false
		}
		return r, true
	}
	var q *big.Int
	if amount.Cmp(maxU160) <= 0 {
		q = refDivUp(new(big.Int).Lsh(amount, 96), L)
	} else {
		var ok bool
		if q, ok = refMulDivUp(amount, bigQ96, L); !ok {
			return nil, false
		}
	}
	if sqrtP.Cmp(q) <= 0 {
		return nil, false
	}
	return new(big.Int).Sub(sqrtP, q), true
}

func refAmount0Delta(a, b, L *big.Int, up bool) (*big.Int, bool) {
	if a.Cmp(b) > 0 {
		a, b = b, a
	}
	if a.Sign() == 0 {
		return nil, false
	}
	n1 := new(big.Int).Lsh(L, 96)
	n2 := new(big.Int).Sub(b, a)
	if up {
		t, ok := refMulDivUp(n1, n2, b)
		if !ok {
			return nil, false
		}
		return refDivUp(t, a), true
	}
	t, ok := refMulDiv(n1, n2, b)
	if !ok {
		return nil, false
	}
	return t.Quo(t, a), true
}

func refAmount1Delta(a, b, L *big.Int, up bool) (*big.Int, bool) {
	if a.Cmp(b) > 0 {
		a, b = b, a
	}
	d := new(big.Int).Sub(b, a)
	if up {
		return refMulDivUp(L, d, bigQ96)
	}
	return refMulDiv(L, d, bigQ96)
}

// refSwapStep is SwapMath.computeSwapStep with a signed amountRemaining.
func refSwapStep(cur, target, L, rem *big.Int, fee int64) (next, in, out, feeAmt *big.Int, ok bool) {
	zeroForOne := cur.Cmp(target) >= 0
	exactIn := rem.Sign() >= 0
	million := big.NewInt(1e6)
	fc := big.NewInt(1e6 - fee)
	if exactIn {
		lessFee, ok1 := refMulDiv(rem, fc, million)
		if !ok1 {
			return
		}
		if zeroForOne {
			in, ok1 = refAmount0Delta(target, cur, L, true)
		} else {
			in, ok1 = refAmount1Delta(cur, target, L, true)
		}
		if !ok1 {
			return
		}
		if lessFee.Cmp(in) >= 0 {
			next = target
		} else {
			if cur.Sign() == 0 || L.Sign() == 0 {
				return
			}
			if zeroForOne {
				next, ok1 = refNext0(cur, L, lessFee, true)
			} else {
				next, ok1 = refNext1(cur, L, lessFee, true)
			}
			if !ok1 {
				return
			}
		}
	} else {
		var ok1 bool
		if zeroForOne {
			out, ok1 = refAmount1Delta(target, cur, L, false)
		} else {
			out, ok1 = refAmount0Delta(cur, target, L, false)
		}
		if !ok1 {
			return
		}
		neg := new(big.Int).Neg(rem)
		if neg.Cmp(out) >= 0 {
			next = target
		} else {
			if cur.Sign() == 0 || L.Sign() == 0 {
				return
			}
			if zeroForOne {
				next, ok1 = refNext1(cur, L, neg, false)
			} else {
				next, ok1 = refNext0(cur, L, neg, false)
			}
			if !ok1 {
				return
			}
		}
	}
	max := target.Cmp(next) == 0
	var ok1 = true
	if zeroForOne {
		if !(max && exactIn) {
			in, ok1 = refAmount0Delta(next, cur, L, true)
			if !ok1 {
				return
			}
		}
		if !(max && !exactIn) {
			out, ok1 = refAmount1Delta(next, cur, L, false)
		}
	} else {
		if !(max && exactIn) {
			in, ok1 = refAmount1Delta(cur, next, L, true)
			if !ok1 {
				return
			}
		}
		if !(max && !exactIn) {
			out, ok1 = refAmount0Delta(cur, next, L, false)
		}
	}
	if !ok1 {
		return
	}
	if !exactIn && out.Cmp(new(big.Int).Neg(rem)) > 0 {
		out = new(big.Int).Neg(rem)
	}
	if exactIn && next.Cmp(target) != 0 {
		feeAmt = new(big.Int).Sub(rem, in)
	} else {
		feeAmt, ok1 = refMulDivUp(in, big.NewInt(fee), fc)
		if !ok1 {
			return
		}
	}
	return next, in, out, feeAmt, true
}

// refPool is an independent pool model: a tick bitmap of 256-bit words in a
// map, as TickBitmap.sol keeps it, and liquidityNet per tick.
type refPool struct {
	sqrtP   *big.Int
	tick    int32
	L       *big.Int
	fee     int64
	spacing int32
	bitmap  map[int32]*big.Int
	net     map[int32]*big.Int
	gross   map[int32]*big.Int
}

func newRefPool(p *V3Pool) *refPool {
	r := &refPool{sqrtP: u2b(&p.SqrtPriceX96), tick: p.Tick, L: u2b(&p.Liquidity), fee: int64(p.Fee), spacing: p.TickSpacing,
		bitmap: map[int32]*big.Int{}, net: map[int32]*big.Int{}, gross: map[int32]*big.Int{}}
	for _, t := range p.ticks {
		r.flip(t.Index)
		n := u2b(&t.LiquidityNet)
		if n.Cmp(two255) >= 0 {
			n.Sub(n, two256)
		}
		r.net[t.Index] = n
		r.gross[t.Index] = u2b(&t.LiquidityGross)
	}
	return r
}

func (r *refPool) position(compressed int32) (int32, uint) {
	return compressed >> 8, uint(uint8(compressed & 255))
}

func (r *refPool) flip(tick int32) {
	w, b := r.position(tick / r.spacing)
	if r.bitmap[w] == nil {
		r.bitmap[w] = new(big.Int)
	}
	r.bitmap[w].Xor(r.bitmap[w], new(big.Int).Lsh(bigOne, b))
}

// nextInitializedTickWithinOneWord, transliterated.
func (r *refPool) next(tick int32, lte bool) (int32, bool) {
	compressed := tick / r.spacing
	if tick < 0 && tick%r.spacing != 0 {
		compressed--
	}
	word := func(w int32) *big.Int {
		if r.bitmap[w] == nil {
			return new(big.Int)
		}
		return r.bitmap[w]
	}
	if lte {
		w, b := r.position(compressed)
		mask := new(big.Int).Sub(new(big.Int).Lsh(bigOne, b), bigOne)
		mask.Add(mask, new(big.Int).Lsh(bigOne, b))
		masked := new(big.Int).And(word(w), mask)
		if masked.Sign() != 0 {
			return (compressed - int32(b-uint(masked.BitLen()-1))) * r.spacing, true
		}
		return (compressed - int32(b)) * r.spacing, false
	}
	w, b := r.position(compressed + 1)
	mask := new(big.Int).Sub(new(big.Int).Lsh(bigOne, b), bigOne)
	mask.Xor(mask, maxU256)
	masked := new(big.Int).And(word(w), mask)
	if masked.Sign() != 0 {
		return (compressed + 1 + int32(masked.TrailingZeroBits()-b)) * r.spacing, true
	}
	return (compressed + 1 + int32(255-b)) * r.spacing, false
}

type refSwapOut struct {
	amount0, amount1 *big.Int // signed
	sqrtP            *big.Int
	tick             int32
	L                *big.Int
}

// swap is UniswapV3Pool.swap's loop over big.Int (amountSpecified signed).
func (r *refPool) swap(zeroForOne bool, spec, limit *big.Int) (*refSwapOut, error) {
	if spec.Sign() == 0 {
		return nil, ErrV3AmountSpecified
	}
	minS, _ := refSqrtRatioAtTick(MinTick)
	maxS, _ := refSqrtRatioAtTick(MaxTick)
	if zeroForOne {
		if !(limit.Cmp(r.sqrtP) < 0 && limit.Cmp(minS) > 0) {
			return nil, ErrV3PriceLimit
		}
	} else if !(limit.Cmp(r.sqrtP) > 0 && limit.Cmp(maxS) < 0) {
		return nil, ErrV3PriceLimit
	}
	exactIn := spec.Sign() > 0
	rem := new(big.Int).Set(spec)
	calc := new(big.Int)
	sqrtP := new(big.Int).Set(r.sqrtP)
	tick := r.tick
	L := new(big.Int).Set(r.L)
	minI256 := new(big.Int).Neg(two255)
	for rem.Sign() != 0 && sqrtP.Cmp(limit) != 0 {
		start := new(big.Int).Set(sqrtP)
		tn, init := r.next(tick, zeroForOne)
		if tn < MinTick {
			tn = MinTick
		} else if tn > MaxTick {
			tn = MaxTick
		}
		sn, _ := refSqrtRatioAtTick(tn)
		target := sn
		if zeroForOne && sn.Cmp(limit) < 0 || !zeroForOne && sn.Cmp(limit) > 0 {
			target = limit
		}
		next, in, out, fee, ok := refSwapStep(sqrtP, target, L, rem, r.fee)
		if !ok {
			return nil, ErrV3Math
		}
		sqrtP = next
		sum := new(big.Int).Add(in, fee)
		if sum.Cmp(two255) >= 0 || out.Cmp(two255) >= 0 {
			return nil, ErrV3Overflow
		}
		if exactIn {
			rem.Sub(rem, sum)
			calc.Sub(calc, out)
			if calc.Cmp(minI256) < 0 {
				return nil, ErrV3Overflow
			}
		} else {
			rem.Add(rem, out)
			calc.Add(calc, sum)
			if calc.Cmp(two255) >= 0 {
				return nil, ErrV3Overflow
			}
		}
		if sqrtP.Cmp(sn) == 0 {
			if init {
				n := new(big.Int).Set(r.net[tn])
				if zeroForOne {
					n.Neg(n)
				}
				L.Add(L, n)
				if L.Sign() < 0 {
					return nil, ErrV3LiquiditySub
				}
				if L.Cmp(maxU128) > 0 {
					return nil, ErrV3LiquidityAdd
				}
			}
			if zeroForOne {
				tick = tn - 1
			} else {
				tick = tn
			}
		} else if sqrtP.Cmp(start) != 0 {
			t, ok := refTickAtSqrtRatio(sqrtP)
			if !ok {
				return nil, ErrV3SqrtRatio
			}
			tick = t
		}
	}
	o := &refSwapOut{sqrtP: sqrtP, tick: tick, L: L}
	used := new(big.Int).Sub(spec, rem)
	if zeroForOne == exactIn {
		o.amount0, o.amount1 = used, calc
	} else {
		o.amount0, o.amount1 = calc, used
	}
	return o, nil
}

// toSigned reads a two's-complement uint256 as a signed big.Int.
func toSigned(x *uint256.Int) *big.Int {
	b := x.ToBig()
	if b.Cmp(two255) >= 0 {
		b.Sub(b, two256)
	}
	return b
}

// fromSigned writes a signed big.Int (in int256 range) in two's complement.
func fromSigned(b *big.Int) *uint256.Int {
	v := new(big.Int).Set(b)
	if v.Sign() < 0 {
		v.Add(v, two256)
	}
	return b2u(v)
}
