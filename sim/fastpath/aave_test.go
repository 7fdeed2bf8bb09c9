package fastpath

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/holiman/uint256"
)

// aaRand draws a value whose bit length is uniform in [0, 256], with a
// bias to the edges (0, 1, all ones, powers of ten and their neighbours).
func aaRand(rng *rand.Rand) *uint256.Int {
	switch rng.IntN(12) {
	case 0:
		return uint256.NewInt(rng.Uint64N(4))
	case 1:
		z := new(uint256.Int).SetAllOne()
		return z.Rsh(z, uint(rng.IntN(256)))
	case 2:
		z := new(uint256.Int).Exp(uint256.NewInt(10), uint256.NewInt(rng.Uint64N(78)))
		switch rng.IntN(3) {
		case 0:
			z.AddUint64(z, 1)
		case 1:
			z.SubUint64(z, 1)
		}
		return z
	}
	z := &uint256.Int{rng.Uint64(), rng.Uint64(), rng.Uint64(), rng.Uint64()}
	return z.Rsh(z, uint(rng.IntN(257)))
}

// aaSameErr compares an error of ours with the reference's: both nil, or
// the same sentinel, or ErrAaveMath for a reference revert.
func aaSameErr(got, want error) bool {
	if want == nil || got == nil {
		return want == nil && got == nil
	}
	if errors.Is(want, errAaveRef) {
		return errors.Is(got, ErrAaveMath)
	}
	return errors.Is(got, want)
}

type aaOp struct {
	name string
	fast func(z, x, y *uint256.Int) error
	ref  func(x, y *big.Int) (*big.Int, error)
}

var aaOps = []aaOp{
	{"wadMul", WadMul, arefWadMul},
	{"wadDiv", WadDiv, arefWadDiv},
	{"rayMul", RayMul, arefRayMul},
	{"rayDiv", RayDiv, arefRayDiv},
	{"percentMul", PercentMul, arefPercentMul},
	{"percentDiv", PercentDiv, arefPercentDiv},
	{"rayMulFast", rayMulFast, arefRayMul},
	{"wadToRay", func(z, x, _ *uint256.Int) error { return WadToRay(z, x) }, func(x, _ *big.Int) (*big.Int, error) { return arefWadToRay(x) }},
	{"rayToWad", func(z, x, _ *uint256.Int) error { RayToWad(z, x); return nil }, func(x, _ *big.Int) (*big.Int, error) { return arefRayToWad(x), nil }},
	{"percentMulSmall", func(z, x, y *uint256.Int) error { return percentMulSmall(z, x, y[0]&0xffff) },
		func(x, y *big.Int) (*big.Int, error) {
			return arefPercentMul(x, new(big.Int).And(y, big.NewInt(0xffff)))
		}},
	{"mulDivUnit6", func(z, x, y *uint256.Int) error { return mulDivUnit(z, x, y, 6, uint256.NewInt(1e6)) },
		func(x, y *big.Int) (*big.Int, error) { return aaDivChecked(x, y, big.NewInt(1e6)) }},
	{"mulDivUnit18", func(z, x, y *uint256.Int) error { return mulDivUnit(z, x, y, 18, uint256.NewInt(1e18)) },
		func(x, y *big.Int) (*big.Int, error) { return aaDivChecked(x, y, big.NewInt(1e18)) }},
	{"mulDivUnit7", func(z, x, y *uint256.Int) error { return mulDivUnit(z, x, y, 7, uint256.NewInt(1e7)) },
		func(x, y *big.Int) (*big.Int, error) { return aaDivChecked(x, y, big.NewInt(1e7)) }},
	{"hfFast", func(z, x, y *uint256.Int) error { return hfFast(z, x, y, uint256.NewInt(8250)) },
		func(x, y *big.Int) (*big.Int, error) {
			if y.Sign() == 0 {
				return new(big.Int).Set(aaBMax), nil
			}
			t, err := arefPercentMul(x, big.NewInt(8250))
			if err != nil {
				return nil, err
			}
			return arefWadDiv(t, y)
		}},
}

func aaDivChecked(x, y, d *big.Int) (*big.Int, error) {
	p, err := aaBMul(x, y)
	if err != nil {
		return nil, err
	}
	return p.Quo(p, d), nil
}

func aaCheckOp(t testing.TB, op aaOp, x, y *uint256.Int) {
	t.Helper()
	var z uint256.Int
	err := op.fast(&z, x, y)
	want, werr := op.ref(aaBig(x), aaBig(y))
	if !aaSameErr(err, werr) {
		t.Fatalf("%s(%s, %s): got error %v, want %v", op.name, x.Dec(), y.Dec(), err, werr)
	}
	if err == nil && z.ToBig().Cmp(want) != 0 {
		t.Fatalf("%s(%s, %s): got %s, want %s", op.name, x.Dec(), y.Dec(), z.Dec(), want)
	}
}

func TestAaveWadRayTable(t *testing.T) {
	max := new(uint256.Int).SetAllOne()
	ray := uint256.MustFromDecimal("1000000000000000000000000000")
	// (max - HALF_RAY) / ray: the largest x rayMul(x, ray) accepts.
	edge := new(uint256.Int).Div(new(uint256.Int).Sub(max, aaveHalfRay), ray)
	cases := []struct{ x, y *uint256.Int }{
		{uint256.NewInt(0), uint256.NewInt(0)},
		{uint256.NewInt(1), uint256.NewInt(0)},
		{uint256.NewInt(0), uint256.NewInt(1)},
		{uint256.NewInt(1), uint256.NewInt(1)},
		{uint256.NewInt(5e17), uint256.NewInt(1)},     // wadMul tie: 0.5 wei rounds up
		{uint256.NewInt(5e17 - 1), uint256.NewInt(1)}, // just under the tie
		{uint256.NewInt(1), uint256.NewInt(2)},        // div by 2: half up
		{uint256.NewInt(5000), uint256.NewInt(1)},     // percentMul tie
		{uint256.NewInt(4999), uint256.NewInt(1)},     // percentMul under tie
		{ray, ray},  // 1 * 1
		{edge, ray}, // last accepted
		{new(uint256.Int).AddUint64(edge, 1), ray},                // first revert
		{max, uint256.NewInt(1)},                                  // overflow
		{max, uint256.NewInt(0)},                                  // times zero: no revert
		{uint256.NewInt(0), max},                                  // zero times max
		{uint256.MustFromDecimal("500000000"), uint256.NewInt(0)}, // rayToWad tie
		{uint256.MustFromDecimal("499999999"), uint256.NewInt(0)},
		{uint256.MustFromDecimal("1500000000"), uint256.NewInt(0)},
		{new(uint256.Int).Lsh(uint256.NewInt(1), 128), new(uint256.Int).Lsh(uint256.NewInt(1), 127)},
		{new(uint256.Int).Sub(new(uint256.Int).Lsh(uint256.NewInt(1), 128), uint256.NewInt(1)), new(uint256.Int).Sub(new(uint256.Int).Lsh(uint256.NewInt(1), 128), uint256.NewInt(1))},
	}
	for _, op := range aaOps {
		t.Run(op.name, func(t *testing.T) {
			for _, c := range cases {
				aaCheckOp(t, op, c.x, c.y)
				aaCheckOp(t, op, c.y, c.x)
			}
		})
	}
}

func TestAaveWadRayRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, op := range aaOps {
		for i := 0; i < 20000; i++ {
			aaCheckOp(t, op, aaRand(rng), aaRand(rng))
		}
	}
}

func TestAaveInterestRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 20000; i++ {
		rate := aaRand(rng)
		if i%2 == 0 {
			rate = new(uint256.Int).Mul(uint256.NewInt(rng.Uint64N(3e9)), uint256.NewInt(1e18)) // up to 300% APR
		}
		last := rng.Uint64N(1 << 40)
		now := last + []uint64{0, 1, 2, 3, 12, 3600, 86400 * 365, rng.Uint64N(1 << 32)}[rng.IntN(8)]
		if rng.IntN(20) == 0 && last > 0 {
			now = last - 1
		}
		var z uint256.Int
		err := CalculateLinearInterest(&z, rate, last, now)
		want, werr := arefLinear(aaBig(rate), last, now)
		if !aaSameErr(err, werr) || (err == nil && z.ToBig().Cmp(want) != 0) {
			t.Fatalf("linear(%s, %d, %d): got %s %v, want %v %v", rate.Dec(), last, now, z.Dec(), err, want, werr)
		}
		err = CalculateCompoundedInterest(&z, rate, last, now)
		want, werr = arefCompounded(aaBig(rate), last, now)
		if !aaSameErr(err, werr) || (err == nil && z.ToBig().Cmp(want) != 0) {
			t.Fatalf("compounded(%s, %d, %d): got %s %v, want %v %v", rate.Dec(), last, now, z.Dec(), err, want, werr)
		}
	}
}

// aaMarket builds a random market of n reserves with realistic
// parameters (decimals 6, 8 or 18, prices in 1e8, indexes above 1 ray,
// rates up to 100%), some in e-mode category 1 (with or without a price
// source), one with LTV 0 and, with extreme set, values up to 2^256.
func aaMarket(rng *rand.Rand, n int, extreme bool) *AaveMarket {
	m := &AaveMarket{Reserves: make([]AaveReserve, n)}
	m.EModes[1] = AaveEMode{LTV: 9000, LiquidationThreshold: 9300, LiquidationBonus: 10100}
	if rng.IntN(2) == 0 {
		m.EModes[1].Price.SetUint64(1e8 + rng.Uint64N(1e6))
	}
	now := uint64(1_700_000_000)
	for i := range m.Reserves {
		r := &m.Reserves[i]
		r.Decimals = []uint8{6, 8, 18, 18, 0, 27}[rng.IntN(6)]
		r.LiquidityIndex.Mul(uint256.NewInt(1e18+rng.Uint64N(5e17)), uint256.NewInt(1e9))
		r.VariableBorrowIndex.Mul(uint256.NewInt(1e18+rng.Uint64N(8e17)), uint256.NewInt(1e9))
		r.LiquidityRate.Mul(uint256.NewInt(rng.Uint64N(5e17)), uint256.NewInt(1e9))
		r.VariableBorrowRate.Mul(uint256.NewInt(rng.Uint64N(1e18)), uint256.NewInt(1e9))
		r.LastUpdate = now - []uint64{0, 1, 12, 86400, 30 * 86400}[rng.IntN(5)]
		r.Price.SetUint64(1 + rng.Uint64N(1e13))
		r.LTV = uint16(rng.IntN(8500))
		r.LiquidationThreshold = r.LTV + uint16(rng.IntN(1000))
		if rng.IntN(10) == 0 {
			r.LTV = 0
		}
		if rng.IntN(15) == 0 {
			r.LiquidationThreshold = 0
		}
		r.LiquidationBonus = 10000 + uint16(rng.IntN(1500))
		if rng.IntN(2) == 0 {
			r.LiquidationProtocolFee = uint16(rng.IntN(3000))
		}
		if rng.IntN(3) == 0 {
			r.EModeCategory = 1
		}
		if extreme {
			if rng.IntN(4) == 0 {
				r.Price = *aaRand(rng)
			}
			if rng.IntN(6) == 0 {
				r.LiquidityIndex = *aaRand(rng)
			}
			if rng.IntN(6) == 0 {
				r.VariableBorrowRate = *aaRand(rng)
			}
		}
	}
	m.SetTime(now)
	return m
}

// aaPosition draws a position of up to k entries over m.
func aaPosition(rng *rand.Rand, m *AaveMarket, k int, extreme bool) AavePosition {
	var p AavePosition
	if rng.IntN(4) == 0 {
		p.EMode = 1
	}
	perm := rng.Perm(len(m.Reserves))
	for _, r := range perm[:1+rng.IntN(min(k, len(perm)))] {
		e := AaveEntry{Reserve: r, Collateral: rng.IntN(3) != 0, Borrowing: rng.IntN(2) == 0}
		unit := new(uint256.Int).Exp(uint256.NewInt(10), uint256.NewInt(uint64(m.Reserves[r].Decimals)))
		if e.Collateral || rng.IntN(3) == 0 {
			e.ScaledCollateral.Mul(unit, uint256.NewInt(rng.Uint64N(100000)))
			e.ScaledCollateral.AddUint64(&e.ScaledCollateral, rng.Uint64N(1e6))
		}
		if e.Borrowing {
			e.ScaledVariableDebt.Mul(unit, uint256.NewInt(rng.Uint64N(50000)))
			e.ScaledVariableDebt.AddUint64(&e.ScaledVariableDebt, rng.Uint64N(1e6))
			if rng.IntN(8) == 0 {
				e.StableDebt.Mul(unit, uint256.NewInt(rng.Uint64N(1000)))
				e.StableRate.Mul(uint256.NewInt(rng.Uint64N(2e17)), uint256.NewInt(1e9))
				e.StableLastUpdate = m.Time() - rng.Uint64N(1e7)
			}
		}
		if extreme && rng.IntN(5) == 0 {
			e.ScaledCollateral = *aaRand(rng)
		}
		if extreme && rng.IntN(5) == 0 {
			e.ScaledVariableDebt = *aaRand(rng)
		}
		p.Entries = append(p.Entries, e)
	}
	return p
}

func aaCheckAccount(t testing.TB, m *AaveMarket, p *AavePosition) {
	t.Helper()
	var got AaveAccount
	err := m.AccountData(p, &got)
	want, werr := arefAccountData(m, p, m.Time())
	if !aaSameErr(err, werr) {
		t.Fatalf("account %+v: got error %v, want %v", p, err, werr)
	}
	if err != nil {
		return
	}
	for _, c := range []struct {
		name string
		got  *uint256.Int
		want *big.Int
	}{
		{"collateral", &got.TotalCollateralBase, want.coll}, {"debt", &got.TotalDebtBase, want.debt},
		{"available", &got.AvailableBorrowsBase, want.avail}, {"lt", &got.LiquidationThreshold, want.lt},
		{"ltv", &got.LTV, want.ltv}, {"hf", &got.HealthFactor, want.hf},
	} {
		if c.got.ToBig().Cmp(c.want) != 0 {
			t.Fatalf("account %+v: %s: got %s, want %s", p, c.name, c.got.Dec(), c.want)
		}
	}
	if got.HasZeroLTVCollateral != want.zeroLTV {
		t.Fatalf("zero-LTV collateral: got %v, want %v", got.HasZeroLTVCollateral, want.zeroLTV)
	}
}

func TestAaveAccountDataTable(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	m := aaMarket(rng, 4, false)
	m.Reserves[0].LiquidationThreshold, m.Reserves[0].LTV = 8250, 8000
	m.Reserves[0].EModeCategory = 0
	one := func(r int, coll, debt uint64, c, b bool) AaveEntry {
		e := AaveEntry{Reserve: r, Collateral: c, Borrowing: b}
		e.ScaledCollateral.SetUint64(coll)
		e.ScaledVariableDebt.SetUint64(debt)
		return e
	}
	max := new(uint256.Int).SetAllOne()
	cases := []struct {
		name   string
		p      AavePosition
		wantHF *uint256.Int // nil: only compared with the reference
	}{
		{"empty", AavePosition{}, max},
		{"no debt", AavePosition{Entries: []AaveEntry{one(0, 1e18, 0, true, false)}}, max},
		{"collateral off", AavePosition{Entries: []AaveEntry{one(0, 1e18, 0, false, false), one(1, 0, 1e6, false, true)}}, uint256.NewInt(0)},
		{"dust debt", AavePosition{Entries: []AaveEntry{one(0, 1e18, 0, true, false), one(1, 0, 1, false, true)}}, nil},
		{"dust both", AavePosition{Entries: []AaveEntry{one(0, 1, 0, true, false), one(1, 0, 1, false, true)}}, nil},
		{"same reserve", AavePosition{Entries: []AaveEntry{one(0, 1e18, 5e17, true, true)}}, nil},
		{"emode", AavePosition{EMode: 1, Entries: []AaveEntry{one(2, 1e18, 0, true, false), one(3, 0, 1e9, false, true)}}, nil},
		{"max collateral", AavePosition{Entries: []AaveEntry{{Reserve: 0, Collateral: true, ScaledCollateral: *max}}}, nil},
		{"max debt", AavePosition{Entries: []AaveEntry{one(0, 1e18, 0, true, false), {Reserve: 1, Borrowing: true, ScaledVariableDebt: *max}}}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			aaCheckAccount(t, m, &c.p)
			if c.wantHF != nil {
				var got AaveAccount
				if err := m.AccountData(&c.p, &got); err != nil {
					t.Fatal(err)
				}
				if !got.HealthFactor.Eq(c.wantHF) {
					t.Fatalf("hf: got %s, want %s", got.HealthFactor.Dec(), c.wantHF.Dec())
				}
			}
		})
	}
}

// TestAaveCheckedCase is the case checked on anvil (protocol-artifacts.md):
// 10 WETH at $2000 (LT 82.5%) backing 15,900 USDC: HF 1.0377…; WETH at
// $1600: 0.8302…; liquidationCall(8000e6) pays 5.25 WETH.
func TestAaveCheckedCase(t *testing.T) {
	m := &AaveMarket{Reserves: make([]AaveReserve, 2)}
	for i := range m.Reserves {
		r := &m.Reserves[i]
		r.LiquidityIndex.Set(aaveRay)
		r.VariableBorrowIndex.Set(aaveRay)
		r.LastUpdate = 1000
	}
	weth, usdc := &m.Reserves[0], &m.Reserves[1]
	weth.Decimals, weth.LTV, weth.LiquidationThreshold, weth.LiquidationBonus = 18, 8000, 8250, 10500
	weth.Price.SetUint64(2000e8)
	usdc.Decimals, usdc.LTV, usdc.LiquidationThreshold, usdc.LiquidationBonus = 6, 8000, 8500, 10500
	usdc.Price.SetUint64(1e8)
	m.SetTime(1000)
	p := AavePosition{Entries: []AaveEntry{{Reserve: 0, Collateral: true}, {Reserve: 1, Borrowing: true}}}
	p.Entries[0].ScaledCollateral.SetUint64(10e18)
	p.Entries[1].ScaledVariableDebt.SetUint64(15900e6)
	var a AaveAccount
	if err := m.AccountData(&p, &a); err != nil {
		t.Fatal(err)
	}
	if got, want := a.HealthFactor.Dec(), "1037735849056603774"; got != want {
		t.Fatalf("hf at $2000: got %s, want %s", got, want)
	}
	weth.Price.SetUint64(1600e8)
	if err := m.AccountData(&p, &a); err != nil {
		t.Fatal(err)
	}
	if got, want := a.HealthFactor.Dec(), "830188679245283019"; got != want {
		t.Fatalf("hf at $1600: got %s, want %s", got, want)
	}
	var l AaveLiquidation
	if err := m.Liquidation(&p, 0, 1, uint256.NewInt(8000e6), false, &l); err != nil {
		t.Fatal(err)
	}
	if got, want := l.Collateral.Dec(), "5250000000000000000"; got != want {
		t.Fatalf("collateral: got %s, want %s", got, want)
	}
	if l.CloseFactor != AaveCloseFactorMax || l.DebtToCover.Uint64() != 8000e6 {
		t.Fatalf("close factor %d, debt %s: want 10000, 8000e6", l.CloseFactor, l.DebtToCover.Dec())
	}
}

func aaCheckLiquidation(t testing.TB, m *AaveMarket, p *AavePosition, c, d int, cover *uint256.Int, recv bool) error {
	t.Helper()
	var got AaveLiquidation
	err := m.Liquidation(p, c, d, cover, recv, &got)
	want, werr := arefLiquidation(m, p, c, d, aaBig(cover), recv, m.Time())
	if !aaSameErr(err, werr) {
		t.Fatalf("liquidation %+v c=%d d=%d cover=%s: got error %v, want %v", p, c, d, cover.Dec(), err, werr)
	}
	if err != nil {
		return err
	}
	for _, x := range []struct {
		name string
		got  *uint256.Int
		want *big.Int
	}{
		{"hf", &got.HealthFactor, want.hf}, {"userVar", &got.UserVariableDebt, want.userVar},
		{"userTotal", &got.UserTotalDebt, want.userTotal}, {"userColl", &got.UserCollateral, want.userColl},
		{"debt", &got.DebtToCover, want.debt}, {"coll", &got.Collateral, want.coll}, {"fee", &got.ProtocolFee, want.fee},
	} {
		if x.got.ToBig().Cmp(x.want) != 0 {
			t.Fatalf("liquidation %+v c=%d d=%d cover=%s: %s: got %s, want %s", p, c, d, cover.Dec(), x.name, x.got.Dec(), x.want)
		}
	}
	return nil
}

func TestAaveRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	ok := 0
	for i := 0; i < 20000; i++ {
		extreme := i%5 == 0
		m := aaMarket(rng, 2+rng.IntN(6), extreme)
		p := aaPosition(rng, m, 4, extreme)
		aaCheckAccount(t, m, &p)
		// push the position under water half the time
		if rng.IntN(2) == 0 {
			r := &m.Reserves[p.Entries[0].Reserve]
			r.Price.Rsh(&r.Price, uint(rng.IntN(4)))
		}
		c, d := rng.IntN(len(m.Reserves)), rng.IntN(len(m.Reserves))
		if rng.IntN(3) != 0 {
			c = p.Entries[rng.IntN(len(p.Entries))].Reserve
			d = p.Entries[rng.IntN(len(p.Entries))].Reserve
		}
		cover := aaRand(rng)
		if aaCheckLiquidation(t, m, &p, c, d, cover, rng.IntN(2) == 0) == nil {
			ok++
		}
	}
	if ok < 500 {
		t.Fatalf("only %d random liquidations succeeded: the generator does not reach the amounts", ok)
	}
	t.Logf("%d liquidations compared", ok)
}

func TestAaveLiquidationTable(t *testing.T) {
	m := &AaveMarket{Reserves: make([]AaveReserve, 3)}
	for i := range m.Reserves {
		r := &m.Reserves[i]
		r.LiquidityIndex.Set(aaveRay)
		r.VariableBorrowIndex.Set(aaveRay)
	}
	m.Reserves[0] = AaveReserve{Decimals: 18, LTV: 8000, LiquidationThreshold: 8250, LiquidationBonus: 10500, LiquidationProtocolFee: 1000,
		LiquidityIndex: *aaveRay, VariableBorrowIndex: *aaveRay, Price: *uint256.NewInt(1600e8)}
	m.Reserves[1] = AaveReserve{Decimals: 6, LTV: 8000, LiquidationThreshold: 8500, LiquidationBonus: 10450,
		LiquidityIndex: *aaveRay, VariableBorrowIndex: *aaveRay, Price: *uint256.NewInt(1e8)}
	m.Reserves[2] = AaveReserve{Decimals: 8, LiquidationBonus: 11000, // LT 0: not collateral
		LiquidityIndex: *aaveRay, VariableBorrowIndex: *aaveRay, Price: *uint256.NewInt(30000e8)}
	m.SetTime(0)
	pos := func(coll, debt uint64) AavePosition {
		p := AavePosition{Entries: []AaveEntry{{Reserve: 0, Collateral: true}, {Reserve: 1, Borrowing: true}, {Reserve: 2, Collateral: true}}}
		p.Entries[0].ScaledCollateral.SetUint64(coll)
		p.Entries[1].ScaledVariableDebt.SetUint64(debt)
		p.Entries[2].ScaledCollateral.SetUint64(1e8)
		return p
	}
	cases := []struct {
		name    string
		p       AavePosition
		c, d    int
		cover   *uint256.Int
		wantErr error
	}{
		{"healthy", pos(10e18, 1000e6), 0, 1, uint256.NewInt(1e6), ErrAaveHealthFactorNotBelowThreshold},
		{"close factor 50%", pos(10e18, 13_500e6), 0, 1, new(uint256.Int).SetAllOne(), nil},
		{"close factor 100%", pos(10e18, 15_900e6), 0, 1, new(uint256.Int).SetAllOne(), nil},
		{"collateral cap", pos(1e18, 15_900e6), 0, 1, uint256.NewInt(15_900e6), nil},
		{"LT zero", pos(1e18, 15_900e6), 2, 1, uint256.NewInt(1e6), ErrAaveCollateralCannotBeLiquidated},
		{"not borrowed", pos(1e18, 15_900e6), 0, 0, uint256.NewInt(1e6), ErrAaveNotBorrowed},
		{"zero cover", pos(1e18, 15_900e6), 0, 1, uint256.NewInt(0), ErrAaveInvalidBurn},
		{"dust", pos(1e18, 15_900e6), 0, 1, uint256.NewInt(1), nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := aaCheckLiquidation(t, m, &c.p, c.c, c.d, c.cover, false)
			if !errors.Is(err, c.wantErr) && !(err == nil && c.wantErr == nil) {
				t.Fatalf("got %v, want %v", err, c.wantErr)
			}
		})
	}
}
