package fastpath

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/holiman/uint256"
)

// aaCheckBook compares every account of the book with AccountData.
func aaCheckBook(t *testing.T, b *AaveBook, m *AaveMarket, ps []AavePosition) {
	t.Helper()
	for i := range ps {
		var want AaveAccount
		err := m.AccountData(&ps[i], &want)
		hf, ok := b.HealthFactor(i)
		if ok != (err == nil) {
			t.Fatalf("account %d: book ok=%v, AccountData error %v", i, ok, err)
		}
		if err != nil {
			continue
		}
		coll, debt, _ := b.Totals(i)
		if !hf.Eq(&want.HealthFactor) || !coll.Eq(&want.TotalCollateralBase) || !debt.Eq(&want.TotalDebtBase) {
			t.Fatalf("account %d: book hf %s coll %s debt %s, want %s %s %s", i, hf.Dec(), coll.Dec(), debt.Dec(),
				want.HealthFactor.Dec(), want.TotalCollateralBase.Dec(), want.TotalDebtBase.Dec())
		}
		aaCheckDebtBounds(t, b, i, nil, &want.TotalDebtBase)
	}
}

// aaUnder lists the accounts AccountData puts under 1 among those filter accepts.
func aaUnder(m *AaveMarket, ps []AavePosition, filter func(i int) bool) []uint32 {
	var out []uint32
	for i := range ps {
		var a AaveAccount
		if filter(i) && m.AccountData(&ps[i], &a) == nil && a.HealthFactor.Lt(AaveLiquidationHFThreshold) {
			out = append(out, uint32(i))
		}
	}
	return out
}

func aaHolds(p *AavePosition, r int) bool {
	for _, e := range p.Entries {
		if e.Reserve == r && (e.Collateral || e.Borrowing) {
			return true
		}
	}
	return false
}

func TestAaveBookMatchesAccountData(t *testing.T) {
	for _, eager := range []bool{false, true} {
		t.Run(map[bool]string{false: "lazy", true: "eager"}[eager], func(t *testing.T) { aaBookRounds(t, eager) })
	}
}

func aaBookRounds(t *testing.T, eager bool) {
	rng := rand.New(rand.NewPCG(11, 12))
	nUnder := 0
	defer func() {
		if !t.Failed() && nUnder < 100 {
			t.Errorf("only %d accounts found under 1: the test does not exercise the scans", nUnder)
		}
	}()
	for round := 0; round < 20; round++ {
		extreme := round%4 == 3
		m := aaMarket(rng, 6, extreme)
		ps := make([]AavePosition, 500)
		for i := range ps {
			ps[i] = aaPosition(rng, m, 4, extreme && i%3 == 0)
		}
		b, err := NewAaveBook(m, ps)
		if err != nil {
			t.Fatal(err)
		}
		b.Eager = eager
		under := make([]uint32, 0, len(ps))
		under = b.ScanFull(under)
		nUnder += len(under)
		aaCheckBook(t, b, m, ps)
		if want := aaUnder(m, ps, func(int) bool { return true }); !slices.Equal(under, want) {
			t.Fatalf("full scan under 1: got %v, want %v", under, want)
		}
		for move := 0; move < 6; move++ {
			r := rng.IntN(len(m.Reserves))
			p := &m.Reserves[r].Price
			switch rng.IntN(4) {
			case 0:
				p.Rsh(p, 1)
			case 1:
				p.Mul(p, uint256.NewInt(3))
			case 2:
				p.SetUint64(rng.Uint64N(1e12) + 1)
			case 3:
				if extreme {
					*p = *aaRand(rng)
				}
			}
			under = b.Reprice(r, under)
			aaCheckBook(t, b, m, ps)
			want := aaUnder(m, ps, func(i int) bool { return aaHolds(&ps[i], r) })
			if !slices.Equal(under, aaSorted(under)) {
				under = aaSorted(under)
			}
			if !slices.Equal(under, want) {
				t.Fatalf("reprice %d under 1: got %v, want %v", r, under, want)
			}
		}
		m.EModes[1].Price.SetUint64(rng.Uint64N(2e8) + 1)
		under = b.RepriceEMode(1, under)
		aaCheckBook(t, b, m, ps)
		want := aaUnder(m, ps, func(i int) bool {
			if ps[i].EMode != 1 {
				return false
			}
			for _, e := range ps[i].Entries {
				if m.Reserves[e.Reserve].EModeCategory == 1 && (e.Collateral || e.Borrowing) {
					return true
				}
			}
			return false
		})
		if got := aaSorted(under); !slices.Equal(got, want) {
			t.Fatalf("e-mode reprice under 1: got %v, want %v", got, want)
		}
		// balances move: SetScaled on a few accounts
		for k := 0; k < 20; k++ {
			i := rng.IntN(len(ps))
			e := &ps[i].Entries[rng.IntN(len(ps[i].Entries))]
			debtSide := e.Borrowing && (!e.Collateral || rng.IntN(2) == 0)
			v := new(uint256.Int).Mul(uint256.NewInt(rng.Uint64N(1e12)), uint256.NewInt(rng.Uint64N(1e12)))
			if debtSide {
				e.ScaledVariableDebt = *v
			} else {
				e.ScaledCollateral = *v
			}
			under1, found := b.SetScaled(i, e.Reserve, debtSide, v)
			if found != (e.Collateral || e.Borrowing) {
				t.Fatalf("SetScaled found=%v for entry %+v", found, e)
			}
			var a AaveAccount
			if err := m.AccountData(&ps[i], &a); found && err == nil && under1 != a.HealthFactor.Lt(AaveLiquidationHFThreshold) {
				t.Fatalf("SetScaled under=%v, hf %s", under1, a.HealthFactor.Dec())
			}
		}
		aaCheckBook(t, b, m, ps)
		// time moves: a full scan follows accrual
		m.SetTime(m.Time() + 86400*uint64(1+rng.IntN(400)))
		b.ScanFull(under)
		aaCheckBook(t, b, m, ps)
	}
}

func aaSorted(x []uint32) []uint32 {
	y := slices.Clone(x)
	slices.Sort(y)
	return y
}

func TestAaveBookErrors(t *testing.T) {
	m := &AaveMarket{Reserves: make([]AaveReserve, 2)}
	for _, ps := range [][]AavePosition{
		{{Entries: []AaveEntry{{Reserve: 2}}}},
		{{Entries: []AaveEntry{{Reserve: -1}}}},
		{{Entries: []AaveEntry{{Reserve: 1}, {Reserve: 1}}}},
	} {
		if _, err := NewAaveBook(m, ps); err != ErrAaveReserve {
			t.Fatalf("%+v: got %v, want ErrAaveReserve", ps, err)
		}
	}
}

func TestAaveAllocs(t *testing.T) {
	m, ps := aaRealistic(2000, 1)
	b, err := NewAaveBook(m, ps)
	if err != nil {
		t.Fatal(err)
	}
	under := make([]uint32, 0, len(ps))
	var acct AaveAccount
	var liq AaveLiquidation
	cover := uint256.NewInt(1e6)
	for name, f := range map[string]func(){
		"AccountData": func() { _ = m.AccountData(&ps[7], &acct) },
		"Liquidation": func() {
			_ = m.Liquidation(&ps[7], ps[7].Entries[0].Reserve, ps[7].Entries[2].Reserve, cover, false, &liq)
		},
		"ScanFull": func() { under = b.ScanFull(under) },
		"Reprice": func() {
			p := &m.Reserves[aaLINK].Price
			p.AddUint64(p, 1)
			under = b.Reprice(aaLINK, under)
		},
		"RepriceEMode": func() { under = b.RepriceEMode(1, under) },
	} {
		if n := testing.AllocsPerRun(5, f); n != 0 {
			t.Errorf("%s: got %v allocs, want 0", name, n)
		}
	}
}

// The realistic market of the scan benchmarks: ten assets with their
// decimals and prices, e-mode category 1 for the ETH pair.
const (
	aaWETH = iota
	aaWBTC
	aaUSDC
	aaUSDT
	aaDAI
	aaWSTETH
	aaLINK
	aaAAVE
	aaARB
	aaOP
	aaAssets
)

var aaAssetSpec = [aaAssets]struct {
	dec          uint8
	price        uint64 // 1e8
	ltv, lt, bon uint16
	emode        uint8
	wColl, wDebt int // draw weights
}{
	aaWETH:   {18, 3000e8, 8050, 8300, 10500, 1, 30, 8},
	aaWBTC:   {8, 60000e8, 7300, 7800, 10500, 0, 15, 2},
	aaUSDC:   {6, 1e8, 7700, 8000, 10450, 0, 10, 35},
	aaUSDT:   {6, 1e8, 7400, 7600, 10450, 0, 4, 25},
	aaDAI:    {18, 1e8, 6300, 7700, 10400, 0, 4, 15},
	aaWSTETH: {18, 3500e8, 7100, 8000, 10600, 1, 15, 1},
	aaLINK:   {18, 15e8, 5300, 6800, 10700, 0, 8, 3},
	aaAAVE:   {18, 100e8, 6600, 7300, 10750, 0, 6, 1},
	aaARB:    {18, 1e8, 5000, 6000, 10750, 0, 4, 5},
	aaOP:     {18, 2e8, 5000, 6000, 10750, 0, 4, 5},
}

func aaDraw(rng *rand.Rand, coll bool, taken *[aaAssets]bool) int {
	total := 0
	for i, s := range aaAssetSpec {
		if !taken[i] {
			total += map[bool]int{true: s.wColl, false: s.wDebt}[coll]
		}
	}
	x := rng.IntN(total)
	for i, s := range aaAssetSpec {
		if taken[i] {
			continue
		}
		w := s.wDebt
		if coll {
			w = s.wColl
		}
		if x < w {
			taken[i] = true
			return i
		}
		x -= w
	}
	panic("unreachable")
}

// aaRealistic builds n accounts of 2 collaterals and 2 debts (four
// distinct assets) over the ten-asset market, with indexes and rates
// that accrue, a tenth of the accounts in e-mode, and health factors
// spread around 1 to 3.
func aaRealistic(n int, seed uint64) (*AaveMarket, []AavePosition) {
	rng := rand.New(rand.NewPCG(seed, 99))
	m := &AaveMarket{Reserves: make([]AaveReserve, aaAssets)}
	m.EModes[1] = AaveEMode{LTV: 9000, LiquidationThreshold: 9300, LiquidationBonus: 10100}
	now := uint64(1_700_000_000)
	for i, s := range aaAssetSpec {
		r := &m.Reserves[i]
		r.Decimals, r.LTV, r.LiquidationThreshold, r.LiquidationBonus, r.EModeCategory = s.dec, s.ltv, s.lt, s.bon, s.emode
		r.LiquidationProtocolFee = 1000
		r.Price.SetUint64(s.price)
		r.LiquidityIndex.Mul(uint256.NewInt(1e18+rng.Uint64N(2e17)), uint256.NewInt(1e9))
		r.VariableBorrowIndex.Mul(uint256.NewInt(1e18+rng.Uint64N(3e17)), uint256.NewInt(1e9))
		r.LiquidityRate.Mul(uint256.NewInt(rng.Uint64N(5e16)), uint256.NewInt(1e9))
		r.VariableBorrowRate.Mul(uint256.NewInt(rng.Uint64N(1e17)), uint256.NewInt(1e9))
		r.LastUpdate = now - rng.Uint64N(86400)
	}
	m.SetTime(now)
	ps := make([]AavePosition, n)
	for i := range ps {
		var taken [aaAssets]bool
		p := &ps[i]
		if rng.IntN(10) == 0 {
			p.EMode = 1
		}
		p.Entries = make([]AaveEntry, 4)
		usd := 100 + rng.Float64()*rng.Float64()*1e6 // collateral value in USD
		hf := 0.9 + rng.ExpFloat64()
		for k := 0; k < 4; k++ {
			a := aaDraw(rng, k < 2, &taken)
			e := &p.Entries[k]
			e.Reserve = a
			s := aaAssetSpec[a]
			share := usd / 2
			if k >= 2 {
				share = usd * float64(s.lt) / 1e4 / hf / 2
				e.Borrowing = true
			} else {
				e.Collateral = true
			}
			units := share / (float64(s.price) / 1e8) // tokens
			amt := uint256.NewInt(uint64(units * 1e6))
			if s.dec >= 6 {
				amt.Mul(amt, new(uint256.Int).Exp(uint256.NewInt(10), uint256.NewInt(uint64(s.dec-6))))
			}
			if k < 2 {
				e.ScaledCollateral = *amt
			} else {
				e.ScaledVariableDebt = *amt
			}
		}
	}
	return m, ps
}

// TestAaveSurelySafe checks the division-free bound against the exact
// health factor on random and edge sums.
func TestAaveSurelySafe(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 14))
	safe := 0
	for i := 0; i < 200000; i++ {
		coll := uint256.NewInt(rng.Uint64N(1 << (1 + rng.IntN(62))))
		lt := uint64(rng.IntN(10001))
		if i%7 == 0 {
			coll = aaRand(rng)
		}
		var sumLT uint256.Int
		if mulSmall(&sumLT, coll, lt) {
			continue
		}
		sumLT.AddUint64(&sumLT, rng.Uint64N(coll.Uint64()|1)) // Σ v·lt_i over several entries
		// debt around coll·lt/10^4
		var debt uint256.Int
		debt.Div(&sumLT, uint256.NewInt(1e4))
		switch rng.IntN(4) {
		case 0:
			debt.AddUint64(&debt, rng.Uint64N(3))
		case 1:
			if debt.Uint64() > 3 {
				debt.SubUint64(&debt, rng.Uint64N(3))
			}
		case 2:
			debt.SetUint64(rng.Uint64())
		}
		if !surelySafe(coll, &debt, &sumLT) {
			continue
		}
		safe++
		var avg, hf uint256.Int
		if !coll.IsZero() {
			avg.Div(&sumLT, coll)
		}
		if err := healthFactor(&hf, coll, &debt, &avg); err == nil && hf.Lt(AaveLiquidationHFThreshold) {
			t.Fatalf("coll %s debt %s sumLT %s: surely safe, but hf %s", coll.Dec(), debt.Dec(), sumLT.Dec(), hf.Dec())
		}
	}
	if safe < 10000 {
		t.Fatalf("only %d safe cases", safe)
	}
}
