package fastpath

import (
	"math"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/holiman/uint256"
)

// FuzzAaveBook drives an AaveBook through a random market (1 to 6
// reserves, e-mode categories with and without a price source, decimals 0
// to 77, indexes and prices from realistic to 2^256) and 1 to 200 accounts
// (dust to huge, stable debt, some tuned to a health factor within 10^-2
// to 10^-8 of 1) with a sequence of operations read from ops: ScanFull,
// SetTime, price moves small and large, to 0, and onto an account's
// critical price (where its answer flips between two adjacent prices),
// e-mode price moves, SetScaled, and Eager switched on and off. After each
// step the answer of the step, every account's Under flag and, for some
// accounts, HealthFactor and Totals must equal AaveMarket.AccountData's.
func FuzzAaveBook(f *testing.F) {
	f.Add(uint64(1), uint64(0), []byte{2, 3, 4, 5, 6, 7, 1, 0, 4, 4, 0x84, 0x46})
	f.Add(uint64(2), uint64(0x13), []byte{4, 4, 4, 4, 6, 6, 7, 7, 2, 3})
	f.Add(uint64(3), uint64(0xffff), []byte{5, 5, 5, 1, 4, 0x87, 0x42, 6, 4})
	f.Add(uint64(4), uint64(0x2c5), []byte{0x44, 0x44, 0x46, 0x47, 0x45, 0xc4, 0x43, 1, 4})
	f.Add(uint64(5), uint64(0x100), []byte{})
	f.Fuzz(func(t *testing.T, seed, shape uint64, ops []byte) {
		if len(ops) > 64 {
			ops = ops[:64]
		}
		rng := rand.New(rand.NewPCG(seed, shape))
		m := aaFuzzBookMarket(rng, shape)
		n := 1 + int(shape>>8)%200
		ps := make([]AavePosition, n)
		for i := range ps {
			ps[i] = aaFuzzBookPosition(rng, m, shape)
		}
		b, err := NewAaveBook(m, ps)
		if err != nil {
			t.Fatal(err)
		}
		under := make([]uint32, 0, n)
		under = b.ScanFull(under)
		aaBookStep(t, b, m, ps, "ScanFull", under, func(int) bool { return true }, rng, true)
		for step, op := range ops {
			if op&0x80 != 0 {
				b.Eager = !b.Eager
			}
			checkAll := op&0x40 != 0
			var name string
			var visited func(i int) bool
			switch op & 7 {
			case 0:
				name = "ScanFull"
				under = b.ScanFull(under)
				visited = func(int) bool { return true }
			case 1:
				name = "SetTime+ScanFull"
				m.SetTime(m.Time() + []uint64{1, 12, 3600, 86400 * 30, 86400 * 3650}[rng.IntN(5)])
				under = b.ScanFull(under)
				visited = func(int) bool { return true }
			case 2, 3, 4, 5:
				r := rng.IntN(len(m.Reserves))
				p := &m.Reserves[r].Price
				switch op & 7 {
				case 2, 3: // small moves, up and down
					bps := []uint64{1, 10, 100, 500}[rng.IntN(4)]
					if rng.IntN(2) == 0 {
						p.MulDivOverflow(p, uint256.NewInt(10000+bps), uint256.NewInt(10000))
					} else {
						p.MulDivOverflow(p, uint256.NewInt(10000-bps), uint256.NewInt(10000))
					}
				case 4: // onto an account's critical price
					i := rng.IntN(n)
					if len(ps[i].Entries) > 0 {
						r = ps[i].Entries[rng.IntN(len(ps[i].Entries))].Reserve
						p = &m.Reserves[r].Price
						if c, ok := aaCritical(m, &ps[i], p, rng); ok {
							*p = c
						}
					}
				case 5: // large jumps
					switch rng.IntN(4) {
					case 0:
						p.Lsh(p, uint(1+rng.IntN(64)))
					case 1:
						p.Rsh(p, uint(1+rng.IntN(64)))
					case 2:
						p.Clear()
					default:
						*p = *aaRand(rng)
					}
				}
				name = "Reprice"
				under = b.Reprice(r, under)
				visited = func(i int) bool { return aaHolds(&ps[i], r) }
			case 6:
				c := uint8(1 + rng.IntN(2))
				p := &m.EModes[c].Price
				switch rng.IntN(4) {
				case 0:
					p.MulDivOverflow(p, uint256.NewInt(10000+uint64(rng.IntN(300))), uint256.NewInt(10000))
				case 1:
					p.MulDivOverflow(p, uint256.NewInt(10000-uint64(rng.IntN(300))), uint256.NewInt(10000))
				case 2:
					if p.IsZero() {
						p.SetUint64(1e8 + rng.Uint64N(1e6))
					} else {
						p.Clear()
					}
				default:
					if i := rng.IntN(n); ps[i].EMode == c && !p.IsZero() {
						if cp, ok := aaCritical(m, &ps[i], p, rng); ok {
							*p = cp
						}
					}
				}
				name = "RepriceEMode"
				under = b.RepriceEMode(c, under)
				visited = func(i int) bool {
					if ps[i].EMode != c {
						return false
					}
					for _, e := range ps[i].Entries {
						if m.Reserves[e.Reserve].EModeCategory == c && (e.Collateral || e.Borrowing) {
							return true
						}
					}
					return false
				}
			case 7:
				i := rng.IntN(n)
				if len(ps[i].Entries) == 0 {
					continue
				}
				e := &ps[i].Entries[rng.IntN(len(ps[i].Entries))]
				debt := e.Borrowing && (!e.Collateral || rng.IntN(2) == 0)
				v := &e.ScaledCollateral
				if debt {
					v = &e.ScaledVariableDebt
				}
				switch rng.IntN(4) {
				case 0:
					v.MulDivOverflow(v, uint256.NewInt(10000+uint64(rng.IntN(200))), uint256.NewInt(10000))
				case 1:
					v.MulDivOverflow(v, uint256.NewInt(10000-uint64(rng.IntN(200))), uint256.NewInt(10000))
				case 2:
					v.SetUint64(rng.Uint64N(100))
				default:
					*v = *aaRand(rng)
				}
				u, found := b.SetScaled(i, e.Reserve, debt, v)
				if found != (e.Collateral || e.Borrowing) {
					t.Fatalf("step %d: SetScaled found=%v for entry %+v", step, found, e)
				}
				var a AaveAccount
				werr := m.AccountData(&ps[i], &a)
				if found && u != (werr == nil && a.HealthFactor.Lt(AaveLiquidationHFThreshold)) {
					t.Fatalf("step %d: SetScaled(%d) under=%v, AccountData hf %s err %v", step, i, u, a.HealthFactor.Dec(), werr)
				}
				name, under = "SetScaled", under[:0]
				for j := range ps {
					if b.Under(j) {
						under = append(under, uint32(j))
					}
				}
				visited = func(int) bool { return true }
			}
			aaBookStep(t, b, m, ps, name, under, visited, rng, checkAll)
		}
	})
}

// aaBookStep checks a step's answer against AccountData over the visited
// accounts, every account's Under flag, and HealthFactor and Totals of
// every account (all) or of three of them.
func aaBookStep(t *testing.T, b *AaveBook, m *AaveMarket, ps []AavePosition, name string, under []uint32, visited func(int) bool, rng *rand.Rand, all bool) {
	t.Helper()
	want := aaUnder(m, ps, visited)
	if got := aaSorted(under); !slices.Equal(got, want) {
		t.Fatalf("%s (eager %v): under 1 got %v, want %v", name, b.Eager, got, want)
	}
	for i := range ps {
		var a AaveAccount
		err := m.AccountData(&ps[i], &a)
		if w := err == nil && a.HealthFactor.Lt(AaveLiquidationHFThreshold); b.Under(i) != w {
			t.Fatalf("%s (eager %v): account %d Under %v, AccountData hf %s err %v", name, b.Eager, i, b.Under(i), a.HealthFactor.Dec(), err)
		}
	}
	if all {
		aaCheckBook(t, b, m, ps)
		return
	}
	for k := 0; k < 3; k++ {
		aaCheckBookAccount(t, b, m, ps, rng.IntN(len(ps)))
	}
}

// aaCheckBookAccount compares account i's HealthFactor and Totals with AccountData.
func aaCheckBookAccount(t *testing.T, b *AaveBook, m *AaveMarket, ps []AavePosition, i int) {
	t.Helper()
	var want AaveAccount
	err := m.AccountData(&ps[i], &want)
	hf, ok := b.HealthFactor(i)
	coll, debt, tok := b.Totals(i)
	if ok != (err == nil) || tok != ok {
		t.Fatalf("account %d: book ok=%v totals ok=%v, AccountData error %v", i, ok, tok, err)
	}
	if err == nil && (!hf.Eq(&want.HealthFactor) || !coll.Eq(&want.TotalCollateralBase) || !debt.Eq(&want.TotalDebtBase)) {
		t.Fatalf("account %d: book hf %s coll %s debt %s, want %s %s %s", i, hf.Dec(), coll.Dec(), debt.Dec(),
			want.HealthFactor.Dec(), want.TotalCollateralBase.Dec(), want.TotalDebtBase.Dec())
	}
	aaCheckDebtBounds(t, b, i, err, &want.TotalDebtBase)
}

// aaCheckDebtBounds checks that account i's DebtBounds, where it gives
// them, hold its exact debt (err: AccountData's error for it).
func aaCheckDebtBounds(t *testing.T, b *AaveBook, i int, err error, debt *uint256.Int) {
	t.Helper()
	lo, hi, ok := b.DebtBounds(i)
	if !ok {
		return
	}
	if err != nil {
		t.Fatalf("account %d: DebtBounds [%g, %g] for an account AccountData fails on: %v", i, lo, hi, err)
	}
	if d := debt.Float64(); !(lo <= d && d <= hi) {
		t.Fatalf("account %d: debt %s outside DebtBounds [%g, %g]", i, debt.Dec(), lo, hi)
	}
}

// aaFuzzBookMarket draws the fuzz market: shape's low bits pick how many
// reserves and how extreme its values are.
func aaFuzzBookMarket(rng *rand.Rand, shape uint64) *AaveMarket {
	nr := 1 + int(shape%6)
	extreme := shape&0x40 != 0
	m := &AaveMarket{Reserves: make([]AaveReserve, nr)}
	for c := 1; c <= 2; c++ {
		em := &m.EModes[c]
		em.LiquidationThreshold = uint16(5000 + rng.IntN(5000))
		em.LTV = em.LiquidationThreshold - uint16(rng.IntN(500))
		em.LiquidationBonus = 10100
		if rng.IntN(2) == 0 {
			em.Price.SetUint64(1e8 + rng.Uint64N(1e8))
		}
		if extreme && rng.IntN(4) == 0 {
			em.Price = *aaRand(rng)
		}
	}
	now := uint64(1_700_000_000)
	for i := range m.Reserves {
		r := &m.Reserves[i]
		r.Decimals = []uint8{6, 8, 18, 18, 0, 27, uint8(rng.IntN(78))}[rng.IntN(7)]
		r.LiquidityIndex.Mul(uint256.NewInt(1e18+rng.Uint64N(5e17)), uint256.NewInt(1e9))
		r.VariableBorrowIndex.Mul(uint256.NewInt(1e18+rng.Uint64N(8e17)), uint256.NewInt(1e9))
		r.LiquidityRate.Mul(uint256.NewInt(rng.Uint64N(5e17)), uint256.NewInt(1e9))
		r.VariableBorrowRate.Mul(uint256.NewInt(rng.Uint64N(1e18)), uint256.NewInt(1e9))
		r.LastUpdate = now - []uint64{0, 1, 12, 86400, 30 * 86400}[rng.IntN(5)]
		r.Price.SetUint64(1 + rng.Uint64N(1e13))
		r.LiquidationThreshold = uint16(rng.IntN(9900))
		r.LTV = r.LiquidationThreshold - uint16(rng.IntN(int(r.LiquidationThreshold)+1))
		if rng.IntN(12) == 0 {
			r.LiquidationThreshold, r.LTV = 0, 0
		}
		r.LiquidationBonus = 10500
		r.EModeCategory = uint8(rng.IntN(3))
		if extreme {
			switch rng.IntN(8) {
			case 0:
				r.Price = *aaRand(rng)
			case 1:
				r.LiquidityIndex = *aaRand(rng)
			case 2:
				r.VariableBorrowIndex = *aaRand(rng)
			case 3:
				r.VariableBorrowRate = *aaRand(rng)
			case 4:
				r.LastUpdate = now + 1 // the indexes revert
			case 5:
				r.Price.Clear()
			}
		}
	}
	m.SetTime(now)
	return m
}

// aaFuzzBookPosition draws one account: shape bits 16+ weigh dust, huge
// and near-critical sizes.
func aaFuzzBookPosition(rng *rand.Rand, m *AaveMarket, shape uint64) AavePosition {
	var p AavePosition
	if rng.IntN(3) == 0 {
		p.EMode = uint8(1 + rng.IntN(2))
	}
	perm := rng.Perm(len(m.Reserves))
	size := func(r int, maxUnits uint64) uint256.Int {
		var v uint256.Int
		switch x := rng.IntN(16); {
		case x == 0 || (shape>>16)&1 != 0 && x < 4:
			v.SetUint64(rng.Uint64N(1000)) // dust
		case x == 1 || (shape>>17)&1 != 0 && x < 4:
			v = *aaRand(rng) // anything up to 2^256
		default:
			v.Mul(&m.Reserves[r].unit, uint256.NewInt(rng.Uint64N(maxUnits)))
			v.AddUint64(&v, rng.Uint64N(1e6))
		}
		return v
	}
	for _, r := range perm[:1+rng.IntN(min(4, len(perm)))] {
		e := AaveEntry{Reserve: r, Collateral: rng.IntN(3) != 0, Borrowing: rng.IntN(2) == 0}
		if e.Collateral || rng.IntN(3) == 0 {
			e.ScaledCollateral = size(r, 100000)
		}
		if e.Borrowing {
			e.ScaledVariableDebt = size(r, 50000)
			if rng.IntN(16) == 0 {
				e.StableDebt.Mul(&m.Reserves[r].unit, uint256.NewInt(rng.Uint64N(1000)))
				e.StableRate.Mul(uint256.NewInt(rng.Uint64N(2e17)), uint256.NewInt(1e9))
				e.StableLastUpdate = m.Time() - rng.Uint64N(1e7)
			}
		}
		p.Entries = append(p.Entries, e)
	}
	if rng.IntN(4) != 0 || (shape>>18)&1 != 0 {
		aaTune(rng, m, &p)
	}
	return p
}

// aaTune rescales one variable debt of p so that its health factor is
// within about 10^-2 to 10^-8 of 1 (above or below).
func aaTune(rng *rand.Rand, m *AaveMarket, p *AavePosition) {
	var a AaveAccount
	if m.AccountData(p, &a) != nil || a.TotalDebtBase.IsZero() || a.HealthFactor.IsZero() {
		return
	}
	for k := range p.Entries {
		e := &p.Entries[k]
		if !e.Borrowing || e.ScaledVariableDebt.IsZero() {
			continue
		}
		// debt × hf ≈ the debt at hf 1; this entry carries the difference
		d := []float64{1e-2, 1e-4, 1e-6, 1e-8, 0}[rng.IntN(5)]
		if rng.IntN(2) == 0 {
			d = -d
		}
		f := new(big.Float).SetInt(a.HealthFactor.ToBig())
		f.Quo(f, big.NewFloat(1e18))
		hf, _ := f.Float64()
		ratio := hf * (1 + d)
		if math.IsInf(ratio, 0) || math.IsNaN(ratio) || ratio > 1e30 {
			return
		}
		// scale all debt by ratio: hf' ≈ hf / ratio ≈ 1 − d
		for j := range p.Entries {
			v := &p.Entries[j].ScaledVariableDebt
			if !p.Entries[j].Borrowing || v.IsZero() {
				continue
			}
			x := new(big.Float).SetInt(v.ToBig())
			x.Mul(x, big.NewFloat(ratio))
			bi, _ := x.Int(nil)
			if nv, of := uint256.FromBig(bi); !of {
				*v = *nv
			}
		}
		return
	}
}

// aaCritical finds a price for pointer p (a reserve's or an e-mode
// category's price, read by AccountData through m) at which account pos
// changes between under 1 and not under 1 from one integer price to the
// next, and returns one of the two, at random.
func aaCritical(m *AaveMarket, pos *AavePosition, p *uint256.Int, rng *rand.Rand) (uint256.Int, bool) {
	saved := *p
	defer func() { *p = saved }()
	status := func(x *uint256.Int) bool {
		*p = *x
		var a AaveAccount
		return m.AccountData(pos, &a) == nil && a.HealthFactor.Lt(AaveLiquidationHFThreshold)
	}
	lo, hi := uint256.NewInt(0), new(uint256.Int).Set(&saved)
	if hi.IsZero() {
		hi.SetOne()
	}
	s0 := status(lo)
	for status(hi) == s0 {
		if hi.BitLen() > 200 {
			return uint256.Int{}, false
		}
		lo.Set(hi)
		hi.Lsh(hi, 1)
	}
	var mid uint256.Int
	for {
		mid.Sub(hi, lo)
		if mid.IsUint64() && mid.Uint64() <= 1 {
			break
		}
		mid.Rsh(&mid, 1)
		mid.Add(&mid, lo)
		if status(&mid) == s0 {
			lo.Set(&mid)
		} else {
			hi.Set(&mid)
		}
	}
	if rng.IntN(2) == 0 {
		return *lo, true
	}
	return *hi, true
}
