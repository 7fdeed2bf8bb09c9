package fastpath

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/keeperkit/keeperkit/sim/devnet"
)

// bigV2AmountOut is the math/big baseline written as a careful Go
// programmer would: scratch values reused, no allocation in the loop.
type bigV2 struct{ withFee, num, den, out big.Int }

var big997, big1000 = big.NewInt(997), big.NewInt(1000)

func (s *bigV2) amountOut(in, rIn, rOut *big.Int) *big.Int {
	s.withFee.Mul(in, big997)
	s.num.Mul(&s.withFee, rOut)
	s.den.Mul(rIn, big1000)
	s.den.Add(&s.den, &s.withFee)
	if s.num.BitLen() > 256 || s.den.BitLen() > 256 {
		return nil
	}
	return s.out.Quo(&s.num, &s.den)
}

func BenchmarkV2AmountOut(b *testing.B) {
	in, rIn, rOut := u("1000000000000000000"), u("4512345678901234567890123"), u("9876543210987654321098")
	b.Run("impl=keeperkit", func(b *testing.B) {
		b.ReportAllocs()
		var z uint256.Int
		for b.Loop() {
			if err := V2AmountOut(&z, in, rIn, rOut, 30); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("impl=bigint", func(b *testing.B) {
		b.ReportAllocs()
		var s bigV2
		bi, bri, bro := in.ToBig(), rIn.ToBig(), rOut.ToBig()
		for b.Loop() {
			if s.amountOut(bi, bri, bro) == nil {
				b.Fatal("overflow")
			}
		}
	})
	// The real UniswapV2Router02.getAmountsOut on a real pair, one EVM and
	// StateDB reused for every call (each call is snapshotted and reverted).
	b.Run("impl=evm", func(b *testing.B) {
		b.ReportAllocs()
		w := newV2World(b, newMemChain(), 2)
		w.addPair(b, 0, 1, rIn.ToBig(), rOut.ToBig())
		data := mustPack(b, w.rABI, "getAmountsOut", in.ToBig(), []common.Address{w.tokens[0], w.tokens[1]})
		for b.Loop() {
			if _, err := w.c.view(w.router, data); err != nil {
				b.Fatal(err)
			}
		}
	})
	// The same call as an eth_call to anvil over loopback.
	b.Run("impl=anvil-rpc", func(b *testing.B) {
		b.ReportAllocs()
		a := devnet.StartAnvilT(b)
		c := &rpcChain{c: a.RPC(), from: a.Accounts()[0].Address}
		w := newV2World(b, c, 2)
		w.addPair(b, 0, 1, rIn.ToBig(), rOut.ToBig())
		data := mustPack(b, w.rABI, "getAmountsOut", in.ToBig(), []common.Address{w.tokens[0], w.tokens[1]})
		for b.Loop() {
			if _, err := c.view(w.router, data); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// tenTickPool sets up a real pool (and its log-fed model) with positions
// whose bounds initialize a tick every 10 spacings below the price, and an
// exact-input zeroForOne amount that crosses exactly 10 of them.
func tenTickPool(b *testing.B) (*v3Pool, *uint256.Int) {
	w := newV3World(b, newMemChain())
	var s uint256.Int
	_ = SqrtRatioAtTick(&s, 5)
	p := w.newPool(b, 3000, 60, &s)
	for i := int32(0); i < 12; i++ {
		lo := -(i + 1) * 600
		if err := p.mint(b, lo, lo+600, big.NewInt(1e18+int64(i)*1e16)); err != nil {
			b.Fatal(err)
		}
	}
	// find the amount: grow until 10 crossings
	var res V3SwapResult
	amt := uint256.NewInt(1e15)
	for {
		if err := p.model.ExactInput(&res, true, amt); err != nil {
			b.Fatal(err)
		}
		if res.Crossed >= 10 {
			break
		}
		amt.Add(amt, new(uint256.Int).Rsh(amt, 4))
	}
	if res.Crossed != 10 {
		b.Fatalf("setup crosses %d ticks, want 10", res.Crossed)
	}
	return p, amt
}

func BenchmarkV3Swap10Ticks(b *testing.B) {
	p, amt := tenTickPool(b)
	limit := new(uint256.Int).AddUint64(&MinSqrtRatio, 1)
	b.Run("impl=keeperkit", func(b *testing.B) {
		b.ReportAllocs()
		var res V3SwapResult
		for b.Loop() {
			if err := p.model.Swap(&res, true, amt, limit); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(res.Crossed), "ticks")
	})
	b.Run("impl=bigint", func(b *testing.B) {
		b.ReportAllocs()
		ref := newRefPool(p.model)
		spec, lim := amt.ToBig(), limit.ToBig()
		for b.Loop() {
			if _, err := ref.swap(true, spec, lim); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("impl=evm", func(b *testing.B) {
		b.ReportAllocs()
		data := p.swapData(b, true, amt, limit)
		for b.Loop() {
			if _, err := p.w.c.view(p.w.callerA, data); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkV3SwapStep(b *testing.B) {
	p := simplePool(0, 60, 1e18)
	amt := u("1000000000000000")
	var next, in, out, fee uint256.Int
	b.ReportAllocs()
	for b.Loop() {
		computeSwapStep(&next, &in, &out, &fee, &p.SqrtPriceX96, &MinSqrtRatio, &p.Liquidity, amt, true, 3000)
	}
}

func BenchmarkTickMath(b *testing.B) {
	b.Run("op=SqrtRatioAtTick", func(b *testing.B) {
		b.ReportAllocs()
		var z uint256.Int
		for i := 0; b.Loop(); i++ {
			_ = SqrtRatioAtTick(&z, int32(i%MaxTick)-443636)
		}
	})
	b.Run("op=TickAtSqrtRatio", func(b *testing.B) {
		b.ReportAllocs()
		s := u("79228162514264337593543950336")
		for b.Loop() {
			_, _ = TickAtSqrtRatio(s)
		}
	})
}

// BenchmarkCycleSize3 sizes a 3-pool V2 cycle: keeperkit takes the float64
// closed form and checks it with exact quotes, exact256 the same closed
// form in 256-bit integers (the fallback above 2^96 reserves).
func BenchmarkCycleSize3(b *testing.B) {
	rng := rand.New(rand.NewPCG(31, 32))
	var legs []Leg
	var res CycleResult
	for {
		legs = randV2Cycle(rng, 3, 60)
		if SizeCycle(&res, legs, nil) == nil {
			break
		}
	}
	gas := uint256.NewInt(1e14)
	b.Run("impl=keeperkit", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if err := SizeCycle(&res, legs, gas); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(res.Evaluations), "quotes")
	})
	b.Run("impl=exact256", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if err := sizeCycle(&res, legs, gas, false); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(res.Evaluations), "quotes")
	})
}

// BenchmarkCycleSize3V3 sizes a V3 + 2×V2 cycle: keeperkit walks the legs'
// local pairs (SizeCycle), golden is the integer golden-section search it
// falls back to.
func BenchmarkCycleSize3V3(b *testing.B) {
	rng := rand.New(rand.NewPCG(33, 34))
	var legs []Leg
	var res CycleResult
	for {
		legs = mixedCycle(rng)
		if SizeCycle(&res, legs, nil) == nil {
			break
		}
	}
	b.Run("impl=keeperkit", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if err := SizeCycle(&res, legs, nil); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(res.Evaluations), "quotes")
	})
	b.Run("impl=golden", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if err := sizeCycle(&res, legs, nil, false); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(res.Evaluations), "quotes")
	})
}

// BenchmarkCycleSizeCrossing sizes 2- and 3-leg cycles with V3 pools of
// several positions of different sizes whose optimum crosses initialized
// ticks (FuzzCycleV3's generator), one cycle per iteration in turn;
// missed is the share of sizings that found no profit.
func BenchmarkCycleSizeCrossing(b *testing.B) {
	rng := rand.New(rand.NewPCG(35, 36))
	var set [][]Leg
	var res CycleResult
	crossing := func(legs []Leg) bool {
		var s V3SwapResult
		var amt uint256.Int
		amt.Set(&res.AmountIn)
		for _, l := range legs {
			if l.V2 != nil {
				_ = l.V2.AmountOut(&amt, &amt, l.ZeroForOne)
				continue
			}
			if l.V3.ExactInput(&s, l.ZeroForOne, &amt) != nil || s.Crossed > 0 {
				return true
			}
			amt.Set(&s.AmountOut)
		}
		return false
	}
	for len(set) < 32 {
		legs := randMixedCycle(rng, 2+rng.IntN(2), 20, 40)
		if SizeCycle(&res, legs, nil) == nil && crossing(legs) {
			set = append(set, legs)
		}
	}
	for _, impl := range []struct {
		name string
		walk bool
	}{{"keeperkit", true}, {"golden", false}} {
		b.Run("impl="+impl.name, func(b *testing.B) {
			b.ReportAllocs()
			i, quotes, missed := 0, 0, 0
			for b.Loop() {
				if sizeCycle(&res, set[i%len(set)], nil, impl.walk) != nil {
					missed++ // the golden search misses some of these optima
				}
				quotes += res.Evaluations
				i++
			}
			b.ReportMetric(float64(quotes)/float64(i), "quotes")
			b.ReportMetric(float64(missed)/float64(i), "missed")
		})
	}
}
