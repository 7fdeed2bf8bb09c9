package fastpath

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

func u(s string) *uint256.Int { return uint256.MustFromDecimal(s) }

func TestV2AmountOutTable(t *testing.T) {
	max112 := MaxUint112.Dec()
	maxU := new(uint256.Int).SetAllOne().Dec()
	tests := []struct {
		name          string
		in, rIn, rOut string
		fee           uint32
		want          string
		err           error
	}{
		{"classic", "1000000000000000000", "100000000000000000000", "200000000000000000000", 30, "1974316068794122597", nil},
		{"dust", "1", "1000", "1000", 30, "0", nil},
		{"dust big out", "1", "1000", "1000000000", 30, "996006", nil},
		{"zero input", "0", "1", "1", 30, "", ErrV2InsufficientInput},
		{"zero reserve in", "1", "0", "1", 30, "", ErrV2InsufficientLiquidity},
		{"zero reserve out", "1", "1", "0", 30, "", ErrV2InsufficientLiquidity},
		{"max reserves", "1000000", max112, max112, 30, "996999", nil},
		{"max reserves, max-ish input", max112, max112, max112, 30, "", nil},
		{"pancake 25", "1000000000000000000", "100000000000000000000", "200000000000000000000", 25, "", nil},
		{"fee 0", "5", "10", "10", 0, "3", nil},
		{"fee 10000", "5", "10", "10", 10000, "", ErrV2Fee},
		{"overflow in*997", maxU, "1", "1", 30, "", ErrV2Overflow},
		{"overflow numerator", "1" + "00000000000000000000000000000000000000000000000000", max112, max112, 30, "", ErrV2Overflow},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in, rIn, rOut := u(tc.in), u(tc.rIn), u(tc.rOut)
			var got uint256.Int
			err := V2AmountOut(&got, in, rIn, rOut, tc.fee)
			want, werr := refV2AmountOut(in.ToBig(), rIn.ToBig(), rOut.ToBig(), tc.fee)
			if !errors.Is(err, werr) {
				t.Fatalf("err: got %v, want %v (reference)", err, werr)
			}
			if tc.err != nil && !errors.Is(err, tc.err) {
				t.Fatalf("err: got %v, want %v", err, tc.err)
			}
			if err != nil {
				return
			}
			if got.ToBig().Cmp(want) != 0 {
				t.Fatalf("got %s, want %s (reference)", got.Dec(), want)
			}
			if tc.want != "" && got.Dec() != tc.want {
				t.Fatalf("got %s, want %s", got.Dec(), tc.want)
			}
		})
	}
}

// TestV2Fee30Is997 checks that the bps form with fee 30 gives the literal
// 997/1000 formula of UniswapV2Library.
func TestV2Fee30Is997(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 5000; i++ {
		in, rIn, rOut := randAmount(rng, 112), randAmount(rng, 112), randAmount(rng, 112)
		var got uint256.Int
		if err := V2AmountOut(&got, in, rIn, rOut, 30); err != nil {
			continue
		}
		n := new(big.Int).Mul(in.ToBig(), big.NewInt(997))
		d := new(big.Int).Add(new(big.Int).Mul(rIn.ToBig(), big.NewInt(1000)), n)
		n.Mul(n, rOut.ToBig())
		if want := n.Quo(n, d); got.ToBig().Cmp(want) != 0 {
			t.Fatalf("in=%s rIn=%s rOut=%s: got %s, want %s", in.Dec(), rIn.Dec(), rOut.Dec(), got.Dec(), want)
		}
	}
}

// randAmount draws a value of up to maxBits bits with a bias to edges.
func randAmount(rng *rand.Rand, maxBits int) *uint256.Int {
	switch rng.IntN(10) {
	case 0:
		return uint256.NewInt(rng.Uint64N(4))
	case 1:
		z := new(uint256.Int).Lsh(uint256.NewInt(1), uint(maxBits))
		return z.SubUint64(z, rng.Uint64N(3)+1)
	}
	bitsN := 1 + rng.IntN(maxBits)
	z := &uint256.Int{rng.Uint64(), rng.Uint64(), rng.Uint64(), rng.Uint64()}
	return z.Rsh(z, uint(256-bitsN))
}

func checkV2(t testing.TB, in, rIn, rOut *uint256.Int, fee uint32) {
	t.Helper()
	var got uint256.Int
	err := V2AmountOut(&got, in, rIn, rOut, fee)
	want, werr := refV2AmountOut(in.ToBig(), rIn.ToBig(), rOut.ToBig(), fee)
	if !errors.Is(err, werr) || err == nil && got.ToBig().Cmp(want) != 0 {
		t.Fatalf("V2AmountOut(%s, %s, %s, %d): got %s %v, want %v %v", in.Dec(), rIn.Dec(), rOut.Dec(), fee, got.Dec(), err, want, werr)
	}
	err = V2AmountIn(&got, in, rIn, rOut, fee)
	want, werr = refV2AmountIn(in.ToBig(), rIn.ToBig(), rOut.ToBig(), fee)
	if !errors.Is(err, werr) || err == nil && got.ToBig().Cmp(want) != 0 {
		t.Fatalf("V2AmountIn(%s, %s, %s, %d): got %s %v, want %v %v", in.Dec(), rIn.Dec(), rOut.Dec(), fee, got.Dec(), err, want, werr)
	}
}

func TestV2Random(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	fees := []uint32{0, 1, 5, 25, 30, 100, 9999}
	for i := 0; i < 50000; i++ {
		bitsN := []int{64, 112, 128, 200, 256}[rng.IntN(5)]
		checkV2(t, randAmount(rng, bitsN), randAmount(rng, bitsN), randAmount(rng, bitsN), fees[rng.IntN(len(fees))])
	}
}

func FuzzV2AmountOut(f *testing.F) {
	f.Add(uint64(1e18), uint64(0), uint64(1e18), uint64(100), uint64(2e18), uint64(200), uint32(30))
	f.Add(uint64(1), uint64(0), ^uint64(0), uint64(1<<48-1), ^uint64(0), uint64(1<<48-1), uint32(25))
	f.Add(^uint64(0), ^uint64(0), uint64(1), uint64(0), uint64(1), uint64(0), uint32(30))
	f.Fuzz(func(t *testing.T, inLo, inHi, rInLo, rInHi, rOutLo, rOutHi uint64, fee uint32) {
		in := &uint256.Int{inLo, inHi, inHi >> 3, inHi >> 60}
		rIn := &uint256.Int{rInLo, rInHi, 0, 0}
		rOut := &uint256.Int{rOutLo, rOutHi, 0, 0}
		checkV2(t, in, rIn, rOut, fee%10001)
	})
}

func TestV2PathsAndSync(t *testing.T) {
	a := &V2Pair{FeeBps: 30}
	b := &V2Pair{FeeBps: 25}
	data := make([]byte, 64)
	u("5000000000000000000000").WriteToSlice(data[:32])
	u("10000000000000").WriteToSlice(data[32:])
	if err := a.ApplySync(data); err != nil {
		t.Fatal(err)
	}
	if a.Reserve0.Dec() != "5000000000000000000000" || a.Reserve1.Dec() != "10000000000000" {
		t.Fatalf("got reserves %s %s", a.Reserve0.Dec(), a.Reserve1.Dec())
	}
	bad := make([]byte, 64)
	new(uint256.Int).Lsh(uint256.NewInt(1), 112).WriteToSlice(bad[:32])
	if err := b.ApplySync(bad); !errors.Is(err, ErrLogData) {
		t.Fatalf("got %v, want ErrLogData for a reserve of 2^112", err)
	}
	if err := b.ApplySync(data[:63]); !errors.Is(err, ErrLogData) {
		t.Fatalf("got %v, want ErrLogData for short data", err)
	}
	b.Reserve0.SetUint64(3e12)
	b.Reserve1.SetUint64(7e12)
	path := []V2Hop{{a, true}, {b, false}}
	amts := make([]uint256.Int, 3)
	if err := V2AmountsOut(amts, u("1000000000000000000"), path); err != nil {
		t.Fatal(err)
	}
	// hop by hop with the reference
	x := big.NewInt(1e18)
	x, _ = refV2AmountOut(x, a.Reserve0.ToBig(), a.Reserve1.ToBig(), 30)
	x, _ = refV2AmountOut(x, b.Reserve1.ToBig(), b.Reserve0.ToBig(), 25)
	if amts[2].ToBig().Cmp(x) != 0 {
		t.Fatalf("amountsOut: got %s, want %s", amts[2].Dec(), x)
	}
	back := make([]uint256.Int, 3)
	if err := V2AmountsIn(back, &amts[2], path); err != nil {
		t.Fatal(err)
	}
	if back[0].Gt(&amts[0]) {
		t.Fatalf("amountsIn for %s: got %s, want at most %s", amts[2].Dec(), back[0].Dec(), amts[0].Dec())
	}
	if err := V2AmountsOut(amts[:2], u("1"), path); !errors.Is(err, ErrPath) {
		t.Fatalf("got %v, want ErrPath", err)
	}
	if got := crypto.Keccak256Hash([]byte("Sync(uint112,uint112)")); got != V2SyncTopic {
		t.Fatalf("sync topic: got %x, want %x", V2SyncTopic, got)
	}
}

func TestV2PairChecks(t *testing.T) {
	p := &V2Pair{FeeBps: 30}
	p.Reserve0.Set(&MaxUint112)
	p.Reserve1.Set(&MaxUint112)
	var out uint256.Int
	if err := p.AmountOut(&out, uint256.NewInt(1e6), true); !errors.Is(err, ErrV2Overflow) {
		t.Fatalf("got %v, want ErrV2Overflow (balance above uint112)", err)
	}
	p.Reserve0.SetUint64(1000)
	p.Reserve1.SetUint64(1000)
	if err := p.AmountOut(&out, uint256.NewInt(1), true); !errors.Is(err, ErrV2InsufficientOutput) {
		t.Fatalf("got %v, want ErrV2InsufficientOutput", err)
	}
	if err := p.Swap(&out, uint256.NewInt(100), true); err != nil || out.Uint64() != 90 || p.Reserve0.Uint64() != 1100 || p.Reserve1.Uint64() != 910 {
		t.Fatalf("swap: got out %d reserves %d/%d err %v, want 90, 1100/910", out.Uint64(), p.Reserve0.Uint64(), p.Reserve1.Uint64(), err)
	}
}

func TestV2Allocs(t *testing.T) {
	in, rIn, rOut := u("1000000000000000000"), u("100000000000000000000"), u("200000000000000000000")
	var z uint256.Int
	pair := &V2Pair{Reserve0: *rIn, Reserve1: *rOut, FeeBps: 30}
	path := []V2Hop{{pair, true}, {pair, false}, {pair, true}}
	amts := make([]uint256.Int, 4)
	n := testing.AllocsPerRun(1000, func() {
		_ = V2AmountOut(&z, in, rIn, rOut, 30)
		_ = V2AmountIn(&z, in, rIn, rOut, 30)
		_ = V2AmountsOut(amts, in, path)
		_ = pair.AmountOut(&z, in, true)
	})
	if n != 0 {
		t.Fatalf("got %v allocs per run, want 0", n)
	}
}

func TestDiv256by128(t *testing.T) {
	rng := rand.New(rand.NewPCG(41, 42))
	for i := 0; i < 200000; i++ {
		u := randAmount(rng, 256)
		v := randAmount(rng, 128)
		if v[1] == 0 {
			v[1] = 1 + rng.Uint64N(3)
		}
		if rng.IntN(4) == 0 { // divisor limbs at the extremes
			v[1] = ^uint64(0) - rng.Uint64N(2)
			v[0] = []uint64{0, 1, ^uint64(0)}[rng.IntN(3)]
		}
		got := div256by128([4]uint64(*u), v[0], v[1])
		want := new(big.Int).Quo(u.ToBig(), v.ToBig())
		if g := (*uint256.Int)(&got); g.ToBig().Cmp(want) != 0 {
			t.Fatalf("%s / %s: got %s, want %s", u.Dec(), v.Dec(), g.Dec(), want)
		}
	}
}

func TestDivRem(t *testing.T) {
	rng := rand.New(rand.NewPCG(43, 44))
	for i := 0; i < 300000; i++ {
		x, d := randAmount(rng, 256), randAmount(rng, []int{64, 100, 128, 129, 160, 192, 200, 256}[rng.IntN(8)])
		if rng.IntN(4) == 0 { // three-limb divisors with extreme limbs
			d[3] = 0
			d[2] = []uint64{1, 1<<32 - 1, ^uint64(0), ^uint64(0) - 1}[rng.IntN(4)]
			d[1] = []uint64{0, 1, ^uint64(0), rng.Uint64()}[rng.IntN(4)]
			d[0] = []uint64{0, 1, ^uint64(0), rng.Uint64()}[rng.IntN(4)]
			if rng.IntN(2) == 0 { // a quotient near a limb boundary
				x.Mul(d, randAmount(rng, []int{1, 63, 64, 65, 128}[rng.IntN(5)]))
				x.Add(x, randAmount(rng, 192))
			}
		}
		if d.IsZero() {
			continue
		}
		var q, r uint256.Int
		divRem(&q, &r, x, d)
		wq, wr := new(big.Int).QuoRem(x.ToBig(), d.ToBig(), new(big.Int))
		if q.ToBig().Cmp(wq) != 0 || r.ToBig().Cmp(wr) != 0 {
			t.Fatalf("%s divRem %s: got %s r %s, want %s r %s", x.Dec(), d.Dec(), q.Dec(), r.Dec(), wq, wr)
		}
	}
}

func TestDivByFloatEstimate(t *testing.T) {
	rng := rand.New(rand.NewPCG(45, 46))
	hits := 0
	for i := 0; i < 300000; i++ {
		d := randAmount(rng, 128)
		if d[1] == 0 {
			d[1] = 1 + rng.Uint64N(1<<uint(rng.IntN(63)))
		}
		// a numerator q·d + r for a quotient of up to ~2^110 bits
		q := randAmount(rng, 110)
		n := new(uint256.Int).Mul(q, d)
		n.Add(n, new(uint256.Int).Rsh(randAmount(rng, 128), uint(rng.IntN(3))))
		if n[3] != 0 {
			continue
		}
		lo, hi, ok := divByFloatEstimate(n[0], n[1], n[2], d[0], d[1])
		if !ok {
			continue
		}
		hits++
		got := &uint256.Int{lo, hi, 0, 0}
		if want := new(big.Int).Quo(n.ToBig(), d.ToBig()); want.Cmp(got.ToBig()) != 0 {
			t.Fatalf("%s / %s: got %s, want %s", n.Dec(), d.Dec(), got.Dec(), want)
		}
	}
	if hits < 100000 {
		t.Fatalf("got %d divisions on the float path, want most of them", hits)
	}
}
