package fastpath

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/holiman/uint256"
)

// refCycleOut runs a cycle through the big.Int references (V2 only legs).
func refCycleOut(legs []Leg, x *big.Int) (*big.Int, bool) {
	amt := new(big.Int).Set(x)
	for _, l := range legs {
		rIn, rOut := l.V2.reserves(l.ZeroForOne)
		out, err := refV2AmountOut(amt, rIn.ToBig(), rOut.ToBig(), l.V2.FeeBps)
		if err != nil || out.Sign() == 0 || new(big.Int).Add(rIn.ToBig(), amt).Cmp(maxU112) > 0 {
			return nil, false
		}
		amt = out
	}
	return amt, true
}

// randV2Cycle: three pairs A→B→C→A with a price gap of up to ~5%.
func randV2Cycle(rng *rand.Rand, n int, scaleBits int) []Leg {
	legs := make([]Leg, n)
	for i := range legs {
		base := new(uint256.Int).Lsh(uint256.NewInt(1+rng.Uint64N(1<<20)), uint(scaleBits))
		other := new(uint256.Int).Mul(base, uint256.NewInt(1000+rng.Uint64N(60)))
		other.Div(other, uint256.NewInt(1000))
		z := rng.IntN(2) == 0
		p := &V2Pair{FeeBps: []uint32{30, 25, 5}[rng.IntN(3)]}
		if z {
			p.Reserve0, p.Reserve1 = *base, *other
		} else {
			p.Reserve0, p.Reserve1 = *other, *base
		}
		legs[i] = Leg{V2: p, ZeroForOne: z}
	}
	return legs
}

func profitOf(t testing.TB, legs []Leg, x *uint256.Int) (*big.Int, bool) {
	var out uint256.Int
	var s V3SwapResult
	if err := CycleOut(&out, legs, x, &s); err != nil {
		return nil, false
	}
	return new(big.Int).Sub(out.ToBig(), x.ToBig()), true
}

func TestSizeCycleV2(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	found, worseThanScan, maxGap := 0, 0, int64(0)
	for i := 0; i < 300; i++ {
		n := 2 + rng.IntN(2)
		legs := randV2Cycle(rng, n, []int{0, 20, 40, 70, 90}[rng.IntN(5)])
		var res CycleResult
		err := SizeCycle(&res, legs, uint256.NewInt(1000))
		if errors.Is(err, ErrNoProfit) {
			// a scan must agree that nothing pays
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		found++
		// the amounts are exact integer quotes
		want, ok := refCycleOut(legs, res.AmountIn.ToBig())
		if !ok || want.Cmp(res.AmountOut.ToBig()) != 0 {
			t.Fatalf("cycle %d: got out %s for in %s, want %v", i, res.AmountOut.Dec(), res.AmountIn.Dec(), want)
		}
		if new(big.Int).Sub(want, res.AmountIn.ToBig()).Cmp(res.Profit.ToBig()) != 0 {
			t.Fatalf("profit: got %s, want out-in", res.Profit.Dec())
		}
		// no input within ±2000 pays more than a few wei over the result
		best := res.Profit.ToBig()
		for d := int64(-2000); d <= 2000; d++ {
			x := new(big.Int).Add(res.AmountIn.ToBig(), big.NewInt(d))
			if x.Sign() <= 0 {
				continue
			}
			out, ok := refCycleOut(legs, x)
			if !ok {
				continue
			}
			if p := out.Sub(out, x); p.Cmp(best) > 0 {
				gap := new(big.Int).Sub(p, best).Int64()
				if gap > maxGap {
					maxGap = gap
				}
				worseThanScan++
				break
			}
		}
	}
	t.Logf("%d profitable cycles; %d where a neighbour within ±2000 pays more; largest gap %d wei", found, worseThanScan, maxGap)
	if found < 50 {
		t.Fatalf("got %d profitable random cycles, want at least 50", found)
	}
	if maxGap > 3 {
		t.Fatalf("got a neighbour paying %d wei more than the result, want at most 3 (rounding noise)", maxGap)
	}
}

// TestSizeCycleV2Exhaustive: on small reserves every input is tried.
func TestSizeCycleV2Exhaustive(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 14))
	maxGap := int64(0)
	for i := 0; i < 30; i++ {
		legs := randV2Cycle(rng, 3, 0)
		for _, l := range legs {
			l.V2.Reserve0.SetUint64(2e4 + rng.Uint64N(2e4))
			l.V2.Reserve1.SetUint64(2e4 + rng.Uint64N(2e4))
		}
		best := big.NewInt(0)
		for x := int64(1); x < 40000; x++ {
			out, ok := refCycleOut(legs, big.NewInt(x))
			if ok {
				if p := out.Sub(out, big.NewInt(x)); p.Cmp(best) > 0 {
					best = p
				}
			}
		}
		var res CycleResult
		err := SizeCycle(&res, legs, nil)
		if best.Sign() == 0 {
			continue
		}
		got := big.NewInt(0)
		if err == nil {
			got = res.Profit.ToBig()
		}
		if gap := new(big.Int).Sub(best, got).Int64(); gap > maxGap {
			maxGap = gap
		}
	}
	t.Logf("largest shortfall against an exhaustive scan: %d wei", maxGap)
	if maxGap > 3 {
		t.Fatalf("got a shortfall of %d wei, want at most 3", maxGap)
	}
}

func mixedCycle(rng *rand.Rand) []Leg {
	// A→B on a V3 pool at price 1 (tick 0 ± gap), B→C and C→A on V2.
	p := simplePool(int32(rng.IntN(200))-100, 10, 1e19)
	legs := []Leg{{V3: p, ZeroForOne: rng.IntN(2) == 0}}
	for i := 0; i < 2; i++ {
		a := new(uint256.Int).Mul(uint256.NewInt(1+rng.Uint64N(100)), u("1000000000000000000000"))
		b := new(uint256.Int).Mul(a, uint256.NewInt(990+rng.Uint64N(40)))
		b.Div(b, uint256.NewInt(1000))
		legs = append(legs, Leg{V2: &V2Pair{Reserve0: *a, Reserve1: *b, FeeBps: 30}, ZeroForOne: true})
	}
	return legs
}

func TestSizeCycleMixed(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 16))
	found := 0
	for i := 0; i < 25; i++ {
		legs := mixedCycle(rng)
		var res CycleResult
		err := SizeCycle(&res, legs, nil)
		if errors.Is(err, ErrNoProfit) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		found++
		// scan a log grid and the neighbourhood: nothing pays more than a few wei more
		best := res.Profit.ToBig()
		x := new(uint256.Int).Set(&res.AmountIn)
		for _, f := range []uint64{500, 900, 990, 999, 1001, 1010, 1100, 2000} {
			y := new(uint256.Int).Mul(x, uint256.NewInt(f))
			y.Div(y, uint256.NewInt(1000))
			if p, ok := profitOf(t, legs, y); ok && p.Cmp(best) > 0 {
				t.Fatalf("cycle %d: input %s pays %s, more than the result %s at %s", i, y.Dec(), p, best, x.Dec())
			}
		}
		for d := int64(-50); d <= 50; d++ {
			y := new(big.Int).Add(x.ToBig(), big.NewInt(d))
			if p, ok := profitOf(t, legs, b2u(y)); ok && new(big.Int).Sub(p, best).Int64() > 3 {
				t.Fatalf("cycle %d: neighbour %s pays %s, result %s", i, y, p, best)
			}
		}
	}
	if found < 5 {
		t.Fatalf("got %d profitable mixed cycles, want at least 5", found)
	}
}

func TestSizeCycleErrors(t *testing.T) {
	p := &V2Pair{FeeBps: 30}
	p.Reserve0.SetUint64(1e18)
	p.Reserve1.SetUint64(1e18)
	var res CycleResult
	if err := SizeCycle(&res, []Leg{{V2: p, ZeroForOne: true}}, nil); !errors.Is(err, ErrCycle) {
		t.Fatalf("one leg: got %v, want ErrCycle", err)
	}
	if err := SizeCycle(&res, []Leg{{V2: p, ZeroForOne: true}, {V2: p, ZeroForOne: false}}, nil); !errors.Is(err, ErrNoProfit) {
		t.Fatalf("round trip: got %v, want ErrNoProfit", err)
	}
	if err := SizeCycle(&res, []Leg{{V2: p, ZeroForOne: true}, {}}, nil); !errors.Is(err, ErrCycle) {
		t.Fatalf("empty leg: got %v, want ErrCycle", err)
	}
	// gas larger than profit: a result, not profitable
	q := &V2Pair{FeeBps: 30}
	q.Reserve0.SetUint64(1e18)
	q.Reserve1.SetUint64(11e17)
	legs := []Leg{{V2: q, ZeroForOne: true}, {V2: &V2Pair{Reserve0: *uint256.NewInt(1e18), Reserve1: *uint256.NewInt(1e18), FeeBps: 30}, ZeroForOne: false}}
	if err := SizeCycle(&res, legs, u("1000000000000000000000")); err != nil || res.Profitable || !res.NetProfit.IsZero() {
		t.Fatalf("got err %v profitable %v net %s, want a result that is not profitable", err, res.Profitable, res.NetProfit.Dec())
	}
	if err := SizeCycle(&res, legs, uint256.NewInt(1)); err != nil || !res.Profitable || res.NetProfit.Cmp(new(uint256.Int).SubUint64(&res.Profit, 1)) != 0 {
		t.Fatalf("got err %v profitable %v net %s profit %s, want net = profit - 1", err, res.Profitable, res.NetProfit.Dec(), res.Profit.Dec())
	}
}

func TestCycleAllocs(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 18))
	legs := randV2Cycle(rng, 3, 60)
	mixed := mixedCycle(rng)
	var res CycleResult
	gas := uint256.NewInt(1e15)
	n := testing.AllocsPerRun(100, func() {
		_ = SizeCycle(&res, legs, gas)
		_ = SizeCycle(&res, mixed, gas)
	})
	if n != 0 {
		t.Fatalf("got %v allocs per sizing, want 0", n)
	}
}

func FuzzCycleV2(f *testing.F) {
	f.Add(uint64(1), uint8(3), uint8(40))
	f.Add(uint64(2), uint8(2), uint8(0))
	f.Fuzz(func(t *testing.T, seed uint64, n, scale uint8) {
		rng := rand.New(rand.NewPCG(seed, 1))
		legs := randV2Cycle(rng, 2+int(n%2), int(scale%90))
		var res CycleResult
		if err := SizeCycle(&res, legs, nil); err != nil {
			return
		}
		want, ok := refCycleOut(legs, res.AmountIn.ToBig())
		if !ok || want.Cmp(res.AmountOut.ToBig()) != 0 {
			t.Fatalf("got out %s, want %v", res.AmountOut.Dec(), want)
		}
		for _, d := range []int64{-1, 1} {
			x := new(big.Int).Add(res.AmountIn.ToBig(), big.NewInt(d))
			if out, ok := refCycleOut(legs, x); ok && out.Sub(out, x).Cmp(res.Profit.ToBig()) > 0 {
				t.Fatalf("neighbour %s pays %s, more than %s", x, out, res.Profit.Dec())
			}
		}
	})
}

func TestIsqrt(t *testing.T) {
	rng := rand.New(rand.NewPCG(19, 20))
	for i := 0; i < 100000; i++ {
		x := randAmount(rng, 256)
		var got uint256.Int
		isqrt(&got, x)
		if want := new(big.Int).Sqrt(x.ToBig()); got.ToBig().Cmp(want) != 0 {
			t.Fatalf("isqrt(%s): got %s, want %s", x.Dec(), got.Dec(), want)
		}
	}
}
