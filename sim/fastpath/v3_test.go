package fastpath

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

func TestTickMathEdges(t *testing.T) {
	ticks := []int32{MinTick, MinTick + 1, -887220, -500000, -1, 0, 1, 2, 100, 500000, 887220, MaxTick - 1, MaxTick}
	rng := rand.New(rand.NewPCG(5, 6))
	for i := 0; i < 3000; i++ {
		ticks = append(ticks, int32(rng.IntN(2*MaxTick+1))-MaxTick)
	}
	for _, tick := range ticks {
		var got uint256.Int
		if err := SqrtRatioAtTick(&got, tick); err != nil {
			t.Fatalf("tick %d: %v", tick, err)
		}
		want, _ := refSqrtRatioAtTick(tick)
		if got.ToBig().Cmp(want) != 0 {
			t.Fatalf("SqrtRatioAtTick(%d): got %s, want %s", tick, got.Dec(), want)
		}
		// the tick of its own price, and of the price just below the next tick
		for _, p := range []*big.Int{want, new(big.Int).Sub(want, bigOne), new(big.Int).Add(want, bigOne)} {
			wt, wok := refTickAtSqrtRatio(p)
			gt, err := TickAtSqrtRatio(b2u(p))
			if (err == nil) != wok || wok && gt != wt {
				t.Fatalf("TickAtSqrtRatio(%s): got %d %v, want %d %v", p, gt, err, wt, wok)
			}
		}
	}
	var z uint256.Int
	if err := SqrtRatioAtTick(&z, MaxTick+1); !errors.Is(err, ErrV3Tick) {
		t.Fatalf("got %v, want ErrV3Tick", err)
	}
	if err := SqrtRatioAtTick(&z, MinTick-1); !errors.Is(err, ErrV3Tick) {
		t.Fatalf("got %v, want ErrV3Tick", err)
	}
	_ = SqrtRatioAtTick(&z, MinTick)
	if !z.Eq(&MinSqrtRatio) {
		t.Fatalf("MIN_SQRT_RATIO: got %s, want %s", z.Dec(), MinSqrtRatio.Dec())
	}
	_ = SqrtRatioAtTick(&z, MaxTick)
	if !z.Eq(&MaxSqrtRatio) {
		t.Fatalf("MAX_SQRT_RATIO: got %s, want %s", z.Dec(), MaxSqrtRatio.Dec())
	}
	if _, err := TickAtSqrtRatio(&MaxSqrtRatio); !errors.Is(err, ErrV3SqrtRatio) {
		t.Fatalf("got %v, want ErrV3SqrtRatio", err)
	}
	below := new(uint256.Int).SubUint64(&MinSqrtRatio, 1)
	if _, err := TickAtSqrtRatio(below); !errors.Is(err, ErrV3SqrtRatio) {
		t.Fatalf("got %v, want ErrV3SqrtRatio", err)
	}
	top := new(uint256.Int).SubUint64(&MaxSqrtRatio, 1)
	if got, _ := TickAtSqrtRatio(top); got != MaxTick-1 {
		t.Fatalf("tick at MAX_SQRT_RATIO-1: got %d, want %d", got, MaxTick-1)
	}
}

func FuzzTickMath(f *testing.F) {
	f.Add(int32(0), uint64(0), uint64(0))
	f.Add(int32(MinTick), uint64(1), uint64(0))
	f.Add(int32(MaxTick-1), uint64(1<<40), uint64(3))
	f.Fuzz(func(t *testing.T, tick int32, lo, hi uint64) {
		tick = tick % (MaxTick + 1)
		var s uint256.Int
		if err := SqrtRatioAtTick(&s, tick); err != nil {
			t.Fatal(err)
		}
		want, _ := refSqrtRatioAtTick(tick)
		if s.ToBig().Cmp(want) != 0 {
			t.Fatalf("SqrtRatioAtTick(%d): got %s, want %s", tick, s.Dec(), want)
		}
		p := new(uint256.Int).Add(&s, &uint256.Int{lo, hi % (1 << 20), 0, 0})
		wt, wok := refTickAtSqrtRatio(p.ToBig())
		gt, err := TickAtSqrtRatio(p)
		if (err == nil) != wok || wok && gt != wt {
			t.Fatalf("TickAtSqrtRatio(%s): got %d %v, want %d %v", p.Dec(), gt, err, wt, wok)
		}
	})
}

// newTestPool builds a pool from a seed: a price, a spacing and fee, and
// nPos positions on random tick ranges (some around the price).
func newTestPool(rng *rand.Rand, nPos int) *V3Pool {
	type tier struct {
		fee     uint32
		spacing int32
	}
	tiers := []tier{{100, 1}, {500, 10}, {3000, 60}, {10000, 200}}
	tr := tiers[rng.IntN(len(tiers))]
	p := &V3Pool{Fee: tr.fee, TickSpacing: tr.spacing}
	maxC := MaxTick / tr.spacing
	var center int32
	switch rng.IntN(4) {
	case 0:
		center = int32(rng.IntN(2*int(maxC)+1)-int(maxC)) * tr.spacing
	default:
		center = int32(rng.IntN(20001) - 10000)
	}
	var s uint256.Int
	_ = SqrtRatioAtTick(&s, center)
	p.SqrtPriceX96 = s
	p.Tick, _ = TickAtSqrtRatio(&s)
	for i := 0; i < nPos; i++ {
		width := int32(1 + rng.IntN(400))
		if rng.IntN(8) == 0 {
			width = int32(1 + rng.IntN(int(maxC)))
		}
		lo := (center/tr.spacing + int32(rng.IntN(600)) - 300 - width/2)
		hi := lo + width
		if lo < -maxC {
			lo = -maxC
		}
		if hi > maxC {
			hi = maxC
		}
		if lo >= hi {
			continue
		}
		amt := &uint256.Int{rng.Uint64() >> uint(rng.IntN(64)), rng.Uint64() >> uint(30+rng.IntN(34)), 0, 0}
		if amt.IsZero() {
			amt.SetOne()
		}
		if err := p.ModifyLiquidity(lo*tr.spacing, hi*tr.spacing, amt); err != nil {
			continue
		}
	}
	return p
}

// checkSwap compares Swap with the big.Int reference pool.
func checkSwap(t testing.TB, p *V3Pool, zeroForOne bool, spec, limit *uint256.Int) *V3SwapResult {
	t.Helper()
	var res V3SwapResult
	err := p.Swap(&res, zeroForOne, spec, limit)
	ref := newRefPool(p)
	want, werr := ref.swap(zeroForOne, toSigned(spec), limit.ToBig())
	if !errors.Is(err, werr) {
		t.Fatalf("swap(%v, %s, %s) on tick %d L %s: got err %v, want %v", zeroForOne, toSigned(spec), limit.Dec(), p.Tick, p.Liquidity.Dec(), err, werr)
	}
	if err != nil {
		return nil
	}
	if toSigned(&res.Amount0).Cmp(want.amount0) != 0 || toSigned(&res.Amount1).Cmp(want.amount1) != 0 ||
		res.SqrtPriceX96.ToBig().Cmp(want.sqrtP) != 0 || res.Tick != want.tick || res.Liquidity.ToBig().Cmp(want.L) != 0 {
		t.Fatalf("swap(%v, %s, %s): got (%s, %s, %s, %d, %s), want (%s, %s, %s, %d, %s)", zeroForOne, toSigned(spec), limit.Dec(),
			toSigned(&res.Amount0), toSigned(&res.Amount1), res.SqrtPriceX96.Dec(), res.Tick, res.Liquidity.Dec(),
			want.amount0, want.amount1, want.sqrtP, want.tick, want.L)
	}
	return &res
}

func randLimit(rng *rand.Rand, p *V3Pool, zeroForOne bool) *uint256.Int {
	var l uint256.Int
	switch rng.IntN(4) {
	case 0: // extreme, as routers pass
		if zeroForOne {
			l.AddUint64(&MinSqrtRatio, 1)
		} else {
			l.SubUint64(&MaxSqrtRatio, 1)
		}
	case 1: // a tick nearby: hit mid-swap
		d := int32(rng.IntN(3000))
		tk := p.Tick - d
		if !zeroForOne {
			tk = p.Tick + d + 1
		}
		if tk < MinTick+1 {
			tk = MinTick + 1
		}
		if tk > MaxTick-1 {
			tk = MaxTick - 1
		}
		_ = SqrtRatioAtTick(&l, tk)
	case 2: // one wei away from the price (and invalid ones)
		if zeroForOne {
			l.SubUint64(&p.SqrtPriceX96, rng.Uint64N(3))
		} else {
			l.AddUint64(&p.SqrtPriceX96, rng.Uint64N(3))
		}
	default:
		l = *randAmount(rng, 160)
	}
	return &l
}

func randSpec(rng *rand.Rand) *uint256.Int {
	a := randAmount(rng, []int{8, 40, 64, 90, 128, 200, 255}[rng.IntN(7)])
	if rng.IntN(2) == 0 {
		return a.Neg(a)
	}
	return a
}

func TestV3SwapRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	n := 1500
	if testing.Short() {
		n = 300
	}
	for i := 0; i < n; i++ {
		p := newTestPool(rng, 1+rng.IntN(20))
		for j := 0; j < 5; j++ {
			z := rng.IntN(2) == 0
			res := checkSwap(t, p, z, randSpec(rng), randLimit(rng, p, z))
			if res != nil && rng.IntN(2) == 0 {
				p.Commit(res)
			}
		}
	}
}

func TestV3SwapEdges(t *testing.T) {
	maxL := new(uint256.Int).Set(&maxUint128)
	cases := []struct {
		name   string
		build  func() *V3Pool
		z      bool
		spec   *uint256.Int
		limit  func(p *V3Pool) *uint256.Int
		err    error
		expect func(t *testing.T, r *V3SwapResult)
	}{
		{name: "zero amount", build: func() *V3Pool { return simplePool(0, 60, 1e18) }, z: true, spec: new(uint256.Int),
			limit: extremeLimit(true), err: ErrV3AmountSpecified},
		{name: "limit above price for zeroForOne", build: func() *V3Pool { return simplePool(0, 60, 1e18) }, z: true, spec: uint256.NewInt(5),
			limit: func(p *V3Pool) *uint256.Int { return new(uint256.Int).AddUint64(&p.SqrtPriceX96, 1) }, err: ErrV3PriceLimit},
		{name: "limit at MIN_SQRT_RATIO", build: func() *V3Pool { return simplePool(0, 60, 1e18) }, z: true, spec: uint256.NewInt(5),
			limit: func(*V3Pool) *uint256.Int { return new(uint256.Int).Set(&MinSqrtRatio) }, err: ErrV3PriceLimit},
		{name: "limit at MAX_SQRT_RATIO", build: func() *V3Pool { return simplePool(0, 60, 1e18) }, z: false, spec: uint256.NewInt(5),
			limit: func(*V3Pool) *uint256.Int { return new(uint256.Int).Set(&MaxSqrtRatio) }, err: ErrV3PriceLimit},
		{name: "dust in", build: func() *V3Pool { return simplePool(0, 60, 1e18) }, z: true, spec: uint256.NewInt(1), limit: extremeLimit(true)},
		{name: "dust out", build: func() *V3Pool { return simplePool(0, 60, 1e18) }, z: false, spec: new(uint256.Int).Neg(uint256.NewInt(1)), limit: extremeLimit(false)},
		{name: "drain to MIN price", build: func() *V3Pool { return simplePool(0, 60, 1e6) }, z: true, spec: u("100000000000000000000000000000000000000"), limit: extremeLimit(true),
			expect: func(t *testing.T, r *V3SwapResult) {
				if r.Tick != MinTick && r.Tick != MinTick-1 && r.SqrtPriceX96.Cmp(new(uint256.Int).AddUint64(&MinSqrtRatio, 1)) != 0 {
					t.Fatalf("got price %s tick %d, want the limit", r.SqrtPriceX96.Dec(), r.Tick)
				}
			}},
		{name: "drain to MAX price", build: func() *V3Pool { return simplePool(0, 60, 1e6) }, z: false, spec: u("100000000000000000000000000000000000000"), limit: extremeLimit(false)},
		{name: "price at MIN tick", build: func() *V3Pool { return simplePool(MinTick+1, 1, 1e18) }, z: false, spec: u("1000000"), limit: extremeLimit(false)},
		{name: "price near MAX tick", build: func() *V3Pool { return simplePool(MaxTick-2, 1, 1e18) }, z: true, spec: u("1000000"), limit: extremeLimit(true)},
		{name: "max liquidity", build: func() *V3Pool {
			p := simplePool(0, 60, 0)
			_ = p.ModifyLiquidity(-600, 600, maxL)
			return p
		}, z: true, spec: u("1000000000000000000000000000000"), limit: extremeLimit(true)},
		{name: "limit hit mid-swap", build: func() *V3Pool { return simplePool(0, 10, 1e18) }, z: true, spec: u("1000000000000000000000"),
			limit: func(*V3Pool) *uint256.Int {
				var s uint256.Int
				_ = SqrtRatioAtTick(&s, -5)
				return s.AddUint64(&s, 12345)
			},
			expect: func(t *testing.T, r *V3SwapResult) {
				var s uint256.Int
				_ = SqrtRatioAtTick(&s, -5)
				if !r.SqrtPriceX96.Eq(s.AddUint64(&s, 12345)) {
					t.Fatalf("got price %s, want the limit", r.SqrtPriceX96.Dec())
				}
			}},
		{name: "exact output max int256", build: func() *V3Pool { return simplePool(0, 60, 1e18) }, z: true, spec: new(uint256.Int).Set(&int256Min), limit: extremeLimit(true)},
		{name: "exact input max int256", build: func() *V3Pool { return simplePool(0, 60, 1e18) }, z: false, spec: new(uint256.Int).SubUint64(&int256Min, 1), limit: extremeLimit(false)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := tc.build()
			var res V3SwapResult
			err := p.Swap(&res, tc.z, tc.spec, tc.limit(p))
			if tc.err != nil && !errors.Is(err, tc.err) {
				t.Fatalf("got %v, want %v", err, tc.err)
			}
			checkSwap(t, p, tc.z, tc.spec, tc.limit(p))
			if tc.expect != nil && err == nil {
				tc.expect(t, &res)
			}
		})
	}
}

func extremeLimit(z bool) func(*V3Pool) *uint256.Int {
	return func(*V3Pool) *uint256.Int {
		if z {
			return new(uint256.Int).AddUint64(&MinSqrtRatio, 1)
		}
		return new(uint256.Int).SubUint64(&MaxSqrtRatio, 1)
	}
}

// simplePool: price at tick, liquidity L on ten ranges of 10 spacings
// around it plus one full-range position.
func simplePool(tick int32, spacing int32, L uint64) *V3Pool {
	fee := map[int32]uint32{1: 100, 10: 500, 60: 3000, 200: 10000}[spacing]
	p := &V3Pool{Fee: fee, TickSpacing: spacing}
	_ = SqrtRatioAtTick(&p.SqrtPriceX96, tick)
	p.Tick = tick
	if L == 0 {
		return p
	}
	c := tick / spacing
	for i := int32(-5); i < 5; i++ {
		lo, hi := (c+i*10)*spacing, (c+i*10+10)*spacing
		if lo < MinTick || hi > MaxTick {
			continue
		}
		_ = p.ModifyLiquidity(lo, hi, uint256.NewInt(L))
	}
	m := MaxTick / spacing * spacing
	_ = p.ModifyLiquidity(-m, m, uint256.NewInt(L/10+1))
	return p
}

func FuzzV3Swap(f *testing.F) {
	f.Add(uint64(1), uint8(5), true, uint64(1e18), uint64(0), false, uint8(0))
	f.Add(uint64(2), uint8(20), false, uint64(1), uint64(1<<40), true, uint8(1))
	f.Add(uint64(3), uint8(1), true, ^uint64(0), ^uint64(0), false, uint8(2))
	f.Fuzz(func(t *testing.T, seed uint64, nPos uint8, z bool, lo, hi uint64, neg bool, limitKind uint8) {
		rng := rand.New(rand.NewPCG(seed, uint64(nPos)))
		p := newTestPool(rng, int(nPos%32))
		spec := &uint256.Int{lo, hi, 0, 0}
		if neg {
			spec.Neg(spec)
		}
		checkSwap(t, p, z, spec, randLimit(rand.New(rand.NewPCG(seed, uint64(limitKind))), p, z))
	})
}

func TestV3Logs(t *testing.T) {
	for _, tc := range []struct {
		sig   string
		topic [32]byte
	}{
		{"Initialize(uint160,int24)", V3InitializeTopic},
		{"Swap(address,address,int256,int256,uint160,uint128,int24)", V3SwapTopic},
		{"Mint(address,address,int24,int24,uint128,uint256,uint256)", V3MintTopic},
		{"Burn(address,int24,int24,uint128,uint256,uint256)", V3BurnTopic},
	} {
		if got := crypto.Keccak256Hash([]byte(tc.sig)); got != tc.topic {
			t.Fatalf("%s: got %x, want %x", tc.sig, tc.topic, got)
		}
	}
	word := func(x *uint256.Int) []byte { b := x.Bytes32(); return b[:] }
	i24 := func(v int32) [32]byte { return fromSigned(big.NewInt(int64(v))).Bytes32() }
	p := &V3Pool{Fee: 3000, TickSpacing: 60}
	var s uint256.Int
	_ = SqrtRatioAtTick(&s, -30)
	init := append(word(&s), word(fromSigned(big.NewInt(-30)))...)
	if err := p.ApplyLog([][32]byte{V3InitializeTopic}, init); err != nil || p.Tick != -30 {
		t.Fatalf("initialize: got tick %d err %v, want -30", p.Tick, err)
	}
	mint := func(lo, hi int32, amt uint64) ([][32]byte, []byte) {
		d := append(make([]byte, 32), word(uint256.NewInt(amt))...)
		d = append(d, make([]byte, 64)...)
		return [][32]byte{V3MintTopic, {}, i24(lo), i24(hi)}, d
	}
	burn := func(lo, hi int32, amt uint64) ([][32]byte, []byte) {
		d := append(word(uint256.NewInt(amt)), make([]byte, 64)...)
		return [][32]byte{V3BurnTopic, {}, i24(lo), i24(hi)}, d
	}
	tp, d := mint(-120, 60, 1000)
	if err := p.ApplyLog(tp, d); err != nil {
		t.Fatal(err)
	}
	tp, d = mint(60, 180, 500)
	_ = p.ApplyLog(tp, d)
	if p.Liquidity.Uint64() != 1000 || len(p.ticks) != 3 {
		t.Fatalf("after mints: got L %d, %d ticks, want 1000, 3", p.Liquidity.Uint64(), len(p.ticks))
	}
	if got := toSigned(&p.ticks[1].LiquidityNet); got.Int64() != -500 { // tick 60: -1000 + 500
		t.Fatalf("net at 60: got %s, want -500", got)
	}
	tp, d = burn(-120, 60, 1000)
	_ = p.ApplyLog(tp, d)
	if p.Liquidity.Uint64() != 0 || len(p.ticks) != 2 || p.ticks[0].Index != 60 {
		t.Fatalf("after burn: got L %d, ticks %v, want 0 and [60 180]", p.Liquidity.Uint64(), p.ticks)
	}
	tp, d = burn(-120, 60, 1)
	if err := p.ApplyLog(tp, d); !errors.Is(err, ErrV3LiquiditySub) {
		t.Fatalf("burn below zero: got %v, want ErrV3LiquiditySub", err)
	}
	sw := make([]byte, 0, 160)
	sw = append(sw, word(uint256.NewInt(5))...)
	sw = append(sw, word(fromSigned(big.NewInt(-4)))...)
	_ = SqrtRatioAtTick(&s, 100)
	sw = append(sw, word(&s)...)
	sw = append(sw, word(uint256.NewInt(500))...)
	sw = append(sw, word(fromSigned(big.NewInt(100)))...)
	if err := p.ApplyLog([][32]byte{V3SwapTopic, {}, {}}, sw); err != nil || p.Tick != 100 || p.Liquidity.Uint64() != 500 {
		t.Fatalf("swap log: got tick %d L %d err %v, want 100, 500", p.Tick, p.Liquidity.Uint64(), err)
	}
	bad := append([]byte{}, sw...)
	bad[128] = 1 // int24 not sign-extended
	if err := p.ApplyLog([][32]byte{V3SwapTopic, {}, {}}, bad); !errors.Is(err, ErrLogData) {
		t.Fatalf("bad swap log: got %v, want ErrLogData", err)
	}
	if err := p.ApplyLog([][32]byte{V3SwapTopic, {}, {}}, sw[:100]); !errors.Is(err, ErrLogData) {
		t.Fatalf("short swap log: got %v, want ErrLogData", err)
	}
}

func TestV3Allocs(t *testing.T) {
	p := simplePool(0, 10, 1e18)
	var res V3SwapResult
	amt := u("50000000000000000000")
	n := testing.AllocsPerRun(200, func() {
		_ = p.ExactInput(&res, true, amt)
		_ = p.ExactOutput(&res, false, uint256.NewInt(1e15))
	})
	if n != 0 {
		t.Fatalf("got %v allocs per swap, want 0", n)
	}
	if err := p.ExactInput(&res, true, amt); err != nil || res.Crossed < 3 {
		t.Fatalf("got %d ticks crossed (err %v), want at least 3", res.Crossed, err)
	}
	var a, b, c, d uint256.Int
	n = testing.AllocsPerRun(1000, func() {
		computeSwapStep(&a, &b, &c, &d, &p.SqrtPriceX96, &MinSqrtRatio, &p.Liquidity, amt, true, 3000)
	})
	if n != 0 {
		t.Fatalf("got %v allocs per swap step, want 0", n)
	}
}
