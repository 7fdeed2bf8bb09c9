package fastpath

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/holiman/uint256"
)

// aaPlainMarket is one reserve of decimals 0, price 1 and indexes of one
// ray, so that an account's values in base currency are its scaled
// balances: collateral in reserve 0 and debt in reserve 1.
func aaPlainMarket(lt uint16) *AaveMarket {
	m := &AaveMarket{Reserves: make([]AaveReserve, 2)}
	for i := range m.Reserves {
		r := &m.Reserves[i]
		r.LiquidityIndex.Set(aaveRay)
		r.VariableBorrowIndex.Set(aaveRay)
		r.LastUpdate = 1_700_000_000
		r.Price.SetOne()
		r.LiquidationThreshold, r.LTV = lt, lt
	}
	m.SetTime(1_700_000_000)
	return m
}

func aaPlainPosition(coll, debt *uint256.Int) AavePosition {
	return AavePosition{Entries: []AaveEntry{
		{Reserve: 0, Collateral: true, ScaledCollateral: *coll},
		{Reserve: 1, Borrowing: true, ScaledVariableDebt: *debt},
	}}
}

// aaBookAgrees builds a book over ps, scans it (lazy and eager), and
// checks every account's Under flag, health factor and totals against
// AccountData.
func aaBookAgrees(t *testing.T, m *AaveMarket, ps []AavePosition) *AaveBook {
	t.Helper()
	var b *AaveBook
	for _, eager := range []bool{true, false} {
		var err error
		b, err = NewAaveBook(m, ps)
		if err != nil {
			t.Fatal(err)
		}
		b.Eager = eager
		under := b.ScanFull(nil)
		if want := aaUnder(m, ps, func(int) bool { return true }); !slices.Equal(under, want) {
			t.Fatalf("eager %v: under 1 got %v, want %v", eager, under, want)
		}
		for i := range ps {
			aaCheckBookAccount(t, b, m, ps, i)
		}
	}
	return b
}

// TestAaveBookAtOne: accounts at a health factor of exactly 1 (not
// liquidatable) and one base unit of debt on either side of it, from one
// unit to 10^17, by ScanFull and by a Reprice landing on them.
func TestAaveBookAtOne(t *testing.T) {
	n := 0
	for _, lt := range []uint16{1, 5000, 8250, 9999, 10000} {
		for _, c := range []uint64{1, 3, 10000, 12345678, 1e15, 1e17 + 3} {
			m := aaPlainMarket(lt)
			coll := uint256.NewInt(c)
			var at uint256.Int
			if err := percentMulSmall(&at, coll, uint64(lt)); err != nil || at.IsZero() {
				continue
			}
			var ps []AavePosition
			for _, d := range []int64{-1, 0, 1} {
				debt := new(uint256.Int).Set(&at)
				if d < 0 {
					debt.SubUint64(debt, 1)
				} else {
					debt.AddUint64(debt, uint64(d))
				}
				ps = append(ps, aaPlainPosition(coll, debt))
			}
			b := aaBookAgrees(t, m, ps)
			if hf, _ := b.HealthFactor(1); !hf.Eq(AaveLiquidationHFThreshold) {
				t.Fatalf("lt %d coll %d: hf %s at debt %s, want exactly 1e18", lt, c, hf.Dec(), at.Dec())
			}
			if !b.Under(2) || b.Under(1) {
				t.Fatalf("lt %d coll %d: under flags %v %v, want false true", lt, c, b.Under(1), b.Under(2))
			}
			// the same accounts reached by an oracle move of the debt
			// asset from 2 down to 1, and back up
			m.Reserves[1].Price.SetUint64(2)
			b.ScanFull(nil)
			for _, p := range []uint64{1, 2, 1} {
				m.Reserves[1].Price.SetUint64(p)
				got := b.Reprice(1, nil)
				if want := aaUnder(m, ps, func(int) bool { return true }); !slices.Equal(got, want) {
					t.Fatalf("lt %d coll %d: debt price %d: under 1 got %v, want %v", lt, c, p, got, want)
				}
			}
			n++
		}
	}
	if n < 25 {
		t.Fatalf("only %d cases built", n)
	}
}

// TestAaveBookCriticalPrice moves each asset of realistic accounts onto
// the price where the account's answer flips (the two adjacent integer
// prices), then away, by Reprice: each answer must be AccountData's.
func TestAaveBookCriticalPrice(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 22))
	m, ps := aaRealistic(300, 7)
	b, err := NewAaveBook(m, ps)
	if err != nil {
		t.Fatal(err)
	}
	under := b.ScanFull(nil)
	flips := 0
	for i := 0; i < len(ps); i += 3 {
		for _, e := range ps[i].Entries {
			r := e.Reserve
			p := &m.Reserves[r].Price
			base := *p
			crit, ok := aaCritical(m, &ps[i], p, rng)
			if !ok {
				continue
			}
			for _, x := range []int64{-1, 0, 1, 0, -1} {
				p.Set(&crit)
				if x < 0 {
					p.SubUint64(p, 1)
				} else {
					p.AddUint64(p, uint64(x))
				}
				under = b.Reprice(r, under)
				want := aaUnder(m, ps, func(j int) bool { return aaHolds(&ps[j], r) })
				if !slices.Equal(under, want) {
					t.Fatalf("account %d reserve %d price %s: under 1 got %v, want %v", i, r, p.Dec(), under, want)
				}
				aaCheckBookAccount(t, b, m, ps, i)
			}
			var a, c AaveAccount
			p.Set(&crit)
			_ = m.AccountData(&ps[i], &a)
			p.AddUint64(&crit, 1)
			_ = m.AccountData(&ps[i], &c)
			if a.HealthFactor.Lt(AaveLiquidationHFThreshold) != c.HealthFactor.Lt(AaveLiquidationHFThreshold) {
				flips++
			}
			*p = base
			under = b.Reprice(r, under)
		}
	}
	if flips < 50 {
		t.Fatalf("only %d critical prices found", flips)
	}
}

// TestAaveBookOverflow: accounts on which the contract reverts (the
// aToken balance, its value, the sums, the health factor's wadDiv) are
// never under 1 and report false, and recover when a price comes back.
func TestAaveBookOverflow(t *testing.T) {
	big := func(bits uint) *uint256.Int { return new(uint256.Int).Lsh(uint256.NewInt(1), bits) }
	m := aaPlainMarket(8000)
	m.Reserves = append(m.Reserves, m.Reserves[0], m.Reserves[0])
	m.Reserves[2].Price = *big(80)
	m.Reserves[3].Price = *big(80)
	m.SetTime(1_700_000_000)
	ps := []AavePosition{
		aaPlainPosition(big(200), uint256.NewInt(1)), // rayMul(2^200, 1 ray) overflows
		aaPlainPosition(big(160), uint256.NewInt(1)), // fine: 2^160 × 8000 fits, debt 1
		aaPlainPosition(big(190), big(185)),          // hf's wadDiv(t ≈ 2^190·0.8, ...) overflows
		{Entries: []AaveEntry{ // Σ value × threshold overflows: 2 × 2^243 × 8000
			{Reserve: 2, Collateral: true, ScaledCollateral: *big(163)},
			{Reserve: 3, Collateral: true, ScaledCollateral: *big(163)},
			{Reserve: 1, Borrowing: true, ScaledVariableDebt: *big(100)},
		}},
		aaPlainPosition(uint256.NewInt(1000), uint256.NewInt(900)), // under 1
	}
	b := aaBookAgrees(t, m, ps)
	for i, wantOK := range []bool{false, true, false, false, true} {
		if _, ok := b.HealthFactor(i); ok != wantOK {
			t.Fatalf("account %d: ok %v, want %v", i, ok, wantOK)
		}
	}
	// the debt asset's price jumps so that every value overflows, then returns
	for _, p := range []*uint256.Int{big(250), big(140), uint256.NewInt(1)} {
		m.Reserves[1].Price = *p
		got := b.Reprice(1, nil)
		if want := aaUnder(m, ps, func(int) bool { return true }); !slices.Equal(got, want) {
			t.Fatalf("debt price 2^%d: under 1 got %v, want %v", p.BitLen()-1, got, want)
		}
		for i := range ps {
			aaCheckBookAccount(t, b, m, ps, i)
		}
	}
}

// TestAaveBookBoundDecides: on the realistic market the float bound
// decides almost every account, so the exact path runs only near 1 (the
// scans are exact either way: this guards their speed, by count).
func TestAaveBookBoundDecides(t *testing.T) {
	m, ps := aaRealistic(20000, 3)
	b, err := NewAaveBook(m, ps)
	if err != nil {
		t.Fatal(err)
	}
	under := b.ScanFull(nil)
	if b.nExact > uint64(len(ps))/200 {
		t.Fatalf("ScanFull: %d of %d accounts took the exact path, want at most 0.5%%", b.nExact, len(ps))
	}
	t.Logf("ScanFull: %d exact of %d", b.nExact, len(ps))
	b.nExact = 0
	exposed := 0
	for k := 0; k < 20; k++ {
		r := []int{aaWETH, aaUSDC, aaLINK, aaWBTC}[k%4]
		p := &m.Reserves[r].Price
		p.MulDivOverflow(p, uint256.NewInt(uint64(99+2*(k%2))), uint256.NewInt(100))
		under = b.Reprice(r, under)
		exposed += b.Exposed(r)
	}
	t.Logf("Reprice: %d exact of %d visits", b.nExact, exposed)
	if b.nExact > uint64(exposed)/100 {
		t.Fatalf("Reprice: %d of %d visits took the exact path, want at most 1%%", b.nExact, exposed)
	}
	if want := aaUnder(m, ps, func(int) bool { return true }); !slices.Equal(b.ScanFull(under), want) {
		t.Fatal("ScanFull after the moves differs from AccountData")
	}
}

// TestMoveMargin: a margin moved there and back by one coefficient stays
// below where it started (it is a lower bound), and a zero coefficient
// leaves it almost where it was.
func TestMoveMargin(t *testing.T) {
	s := 1e20
	for k := 0; k < 1000; k++ {
		s = moveMargin(s, 3e9, 3e9, 1e8, 3e10)
		s = moveMargin(s, 3e9, 3e9, -1e8, 3e10)
	}
	if !(s < 1e20) || s < 1e20*(1-1e-6) {
		t.Fatalf("after 1000 moves there and back: got %g, want just under 1e20", s)
	}
	if got := moveMargin(5, 0, 0, 1e30, 1e30); !(got < 5 && got > 4.99) {
		t.Fatalf("zero coefficient: got %g, want just under 5", got)
	}
}

// TestAaveBookMaxDebt: a debt of exactly 2^256−1 in base currency does
// not overflow in the contract (hf 0: liquidatable), and its debt + 1
// must not wrap into a "surely safe" (FuzzAaveBook found this).
func TestAaveBookMaxDebt(t *testing.T) {
	m := aaPlainMarket(8000)
	f := uint256.MustFromDecimal("5704689200685129054721") // a factor of 2^256−1
	max := new(uint256.Int).SetAllOne()
	m.Reserves[1].Price.Div(max, f)
	ps := []AavePosition{aaPlainPosition(uint256.NewInt(0), f), aaPlainPosition(uint256.NewInt(1000), f)}
	b := aaBookAgrees(t, m, ps)
	for i := range ps {
		if hf, ok := b.HealthFactor(i); !ok || !hf.IsZero() || !b.Under(i) {
			t.Fatalf("account %d: hf %s ok %v under %v, want 0 true true", i, hf.Dec(), ok, b.Under(i))
		}
	}
	if _, debt, _ := b.Totals(0); !debt.Eq(max) {
		t.Fatalf("debt %s, want 2^256-1", debt.Dec())
	}
}
