package fastpath

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/holiman/uint256"
)

// checkMath compares each SqrtPriceMath/SwapMath/FullMath function with its
// big.Int twin on one set of arguments (reverts included).
func checkMath(t testing.TB, a, b, l, amt *uint256.Int, fee uint32, exactIn bool) {
	t.Helper()
	A, B, L, AMT := a.ToBig(), b.ToBig(), l.ToBig(), amt.ToBig()
	var z uint256.Int
	// SqrtPriceMath takes uint160 prices and a uint128 liquidity; wider
	// arguments only exercise FullMath.
	narrow := !a.Gt(&maxUint160) && !b.Gt(&maxUint160) && !l.Gt(&maxUint128)
	for _, up := range []bool{false, true} {
		ok := mulDiv(&z, a, b, l)
		w, wok := refMulDiv(A, B, L)
		if ok != wok || ok && z.ToBig().Cmp(w) != 0 {
			t.Fatalf("mulDiv(%s,%s,%s): got %s %v, want %v %v", a.Dec(), b.Dec(), l.Dec(), z.Dec(), ok, w, wok)
		}
		ok = mulDivRoundingUp(&z, a, b, l)
		w, wok = refMulDivUp(A, B, L)
		if ok != wok || ok && z.ToBig().Cmp(w) != 0 {
			t.Fatalf("mulDivRoundingUp(%s,%s,%s): got %s %v, want %v %v", a.Dec(), b.Dec(), l.Dec(), z.Dec(), ok, w, wok)
		}
		if !narrow {
			continue
		}
		ok = amount0Delta(&z, a, b, l, up)
		w, wok = refAmount0Delta(A, B, L, up)
		if ok != wok || ok && z.ToBig().Cmp(w) != 0 {
			t.Fatalf("amount0Delta(%s,%s,%s,%v): got %s %v, want %v %v", a.Dec(), b.Dec(), l.Dec(), up, z.Dec(), ok, w, wok)
		}
		ok = amount1Delta(&z, a, b, l, up)
		w, wok = refAmount1Delta(A, B, L, up)
		if ok != wok || ok && z.ToBig().Cmp(w) != 0 {
			t.Fatalf("amount1Delta(%s,%s,%s,%v): got %s %v, want %v %v", a.Dec(), b.Dec(), l.Dec(), up, z.Dec(), ok, w, wok)
		}
		if a.IsZero() || l.IsZero() {
			continue
		}
		ok = nextSqrtPriceFromAmount0RoundingUp(&z, a, l, amt, up)
		w, wok = refNext0(A, L, AMT, up)
		if ok != wok || ok && z.ToBig().Cmp(w) != 0 {
			t.Fatalf("next0(%s,%s,%s,%v): got %s %v, want %v %v", a.Dec(), l.Dec(), amt.Dec(), up, z.Dec(), ok, w, wok)
		}
		ok = nextSqrtPriceFromAmount1RoundingDown(&z, a, l, amt, up)
		w, wok = refNext1(A, L, AMT, up)
		if ok != wok || ok && z.ToBig().Cmp(w) != 0 {
			t.Fatalf("next1(%s,%s,%s,%v): got %s %v, want %v %v", a.Dec(), l.Dec(), amt.Dec(), up, z.Dec(), ok, w, wok)
		}
	}
	// computeSwapStep takes uint160 prices and a uint128 liquidity.
	if !narrow || amt[3]>>63 != 0 {
		return
	}
	if amt.IsZero() {
		exactIn = true // the contract's exactIn is amountRemaining >= 0
	}
	rem := new(big.Int).Set(AMT)
	if !exactIn {
		rem.Neg(rem)
	}
	fee %= 1e6
	var next, in, out, feeAmt uint256.Int
	ok := computeSwapStep(&next, &in, &out, &feeAmt, a, b, l, amt, exactIn, fee)
	wn, wi, wo, wf, wok := refSwapStep(A, B, L, rem, int64(fee))
	if ok != wok || ok && (next.ToBig().Cmp(wn) != 0 || in.ToBig().Cmp(wi) != 0 || out.ToBig().Cmp(wo) != 0 || feeAmt.ToBig().Cmp(wf) != 0) {
		t.Fatalf("computeSwapStep(%s,%s,%s,%s,%v,%d): got %s %s %s %s %v, want %v %v %v %v %v",
			a.Dec(), b.Dec(), l.Dec(), amt.Dec(), exactIn, fee, next.Dec(), in.Dec(), out.Dec(), feeAmt.Dec(), ok, wn, wi, wo, wf, wok)
	}
}

func TestSqrtPriceMathRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	fees := []uint32{0, 1, 100, 500, 3000, 10000, 999999}
	for i := 0; i < 40000; i++ {
		a, b := randAmount(rng, 160), randAmount(rng, 160)
		l := randAmount(rng, 128)
		amt := randAmount(rng, []int{32, 96, 128, 160, 200, 255, 256}[rng.IntN(7)])
		checkMath(t, a, b, l, amt, fees[rng.IntN(len(fees))], rng.IntN(2) == 0)
	}
	// wide arguments for FullMath only
	for i := 0; i < 20000; i++ {
		checkMath(t, randAmount(rng, 256), randAmount(rng, 256), randAmount(rng, 256), randAmount(rng, 256), 3000, true)
	}
}

func FuzzSwapStep(f *testing.F) {
	f.Add(uint64(1), uint64(1<<32), uint64(0), uint64(2), uint64(1<<32), uint64(0), uint64(1e18), uint64(0), uint64(1e18), uint64(0), uint32(3000), true)
	f.Add(uint64(4295128739), uint64(0), uint64(0), ^uint64(0), ^uint64(0), uint64(1<<32-1), ^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0), uint32(500), false)
	f.Fuzz(func(t *testing.T, a0, a1, a2, b0, b1, b2, l0, l1, m0, m1 uint64, fee uint32, exactIn bool) {
		a := &uint256.Int{a0, a1, a2 & (1<<32 - 1), 0}
		b := &uint256.Int{b0, b1, b2 & (1<<32 - 1), 0}
		l := &uint256.Int{l0, l1, 0, 0}
		m := &uint256.Int{m0, m1, m1 >> 7, m0 >> 4}
		checkMath(t, a, b, l, m, fee, exactIn)
	})
}
