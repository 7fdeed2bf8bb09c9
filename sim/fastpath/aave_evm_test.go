package fastpath

// Differential tests against the real Aave V3 contracts (@aave/core-v3
// 1.19.3) in go-ethereum's EVM, through internal/aavetest.

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/keeperkit/keeperkit/sim/fastpath/internal/aavetest"
)

var aaEVMSpecs = []aavetest.AssetSpec{
	{Symbol: "WETH", Decimals: 18, Price: 2000e8, LTV: 8000, Threshold: 8250, Bonus: 10500, EModeCategory: 1},
	{Symbol: "USDC", Decimals: 6, Price: 1e8, LTV: 8000, Threshold: 8500, Bonus: 10450},
	{Symbol: "WBTC", Decimals: 8, Price: 30000e8, LTV: 7000, Threshold: 7500, Bonus: 10650, LiquidationProtocolFee: 1000},
	{Symbol: "DAI", Decimals: 18, Price: 1e8, LTV: 6300, Threshold: 7700, Bonus: 10400, LiquidationProtocolFee: 2000},
	{Symbol: "WSTETH", Decimals: 18, Price: 2200e8, LTV: 7100, Threshold: 8000, Bonus: 10600, LiquidationProtocolFee: 1000, EModeCategory: 1},
}

func aaDeploy(t testing.TB, specs []aavetest.AssetSpec, emodes []aavetest.EMode) *aavetest.Market {
	t.Helper()
	c, err := aavetest.NewChain()
	if err != nil {
		t.Fatal(err)
	}
	m, err := aavetest.Deploy(c, specs, emodes)
	if err != nil {
		t.Fatalf("deploy the Aave market (needs node_modules: run `make setup`): %v", err)
	}
	return m
}

func aaUser(i int) common.Address { return common.BigToAddress(big.NewInt(int64(0x10000 + i))) }

// aaReadMarket reads every reserve from the chain into an AaveMarket at
// the chain's time, decoding the configuration bitmap.
func aaReadMarket(t testing.TB, em *aavetest.Market, emodes []aavetest.EMode) *AaveMarket {
	t.Helper()
	m := &AaveMarket{Reserves: make([]AaveReserve, len(em.Assets))}
	for i := range em.Assets {
		rd, err := em.ReserveData(i)
		if err != nil {
			t.Fatal(err)
		}
		if int(rd.ID) != i {
			t.Fatalf("reserve %d has id %d", i, rd.ID)
		}
		cfg := rd.Configuration
		field := func(shift, bits uint) uint64 {
			var x uint256.Int
			x.Rsh(&cfg, shift)
			return x.Uint64() & (1<<bits - 1)
		}
		r := &m.Reserves[i]
		r.LiquidityIndex, r.LiquidityRate = rd.LiquidityIndex, rd.LiquidityRate
		r.VariableBorrowIndex, r.VariableBorrowRate = rd.VariableBorrowIndex, rd.VariableBorrowRate
		r.LastUpdate = rd.LastUpdate
		r.LTV, r.LiquidationThreshold, r.LiquidationBonus = uint16(field(0, 16)), uint16(field(16, 16)), uint16(field(32, 16))
		r.Decimals = uint8(field(48, 8))
		r.LiquidationProtocolFee = uint16(field(152, 16))
		r.EModeCategory = uint8(field(168, 8))
		p, err := em.Price(i)
		if err != nil {
			t.Fatal(err)
		}
		r.Price = *p
	}
	for _, e := range emodes {
		c := &m.EModes[e.ID]
		c.LTV, c.LiquidationThreshold, c.LiquidationBonus = e.LTV, e.Threshold, e.Bonus
		if e.PriceAsset >= 0 {
			c.Price = m.Reserves[e.PriceAsset].Price
		}
	}
	m.SetTime(em.C.Time())
	return m
}

// aaReadPosition reads a user's configuration bits and scaled balances.
func aaReadPosition(t testing.TB, em *aavetest.Market, user common.Address, emode uint8) AavePosition {
	t.Helper()
	cfg, err := em.UserConfig(user)
	if err != nil {
		t.Fatal(err)
	}
	p := AavePosition{EMode: emode}
	for i := range em.Assets {
		coll, debt, err := em.ScaledBalances(user, i)
		if err != nil {
			t.Fatal(err)
		}
		e := AaveEntry{Reserve: i, Borrowing: aaBit(cfg, 2*i), Collateral: aaBit(cfg, 2*i+1),
			ScaledCollateral: *coll, ScaledVariableDebt: *debt}
		if e.Borrowing || e.Collateral || !coll.IsZero() || !debt.IsZero() {
			p.Entries = append(p.Entries, e)
		}
	}
	return p
}

func aaCompareAccount(t testing.TB, em *aavetest.Market, m *AaveMarket, user common.Address, p *AavePosition) *AaveAccount {
	t.Helper()
	want, err := em.UserAccountData(user)
	if err != nil {
		t.Fatal(err)
	}
	var got AaveAccount
	if err := m.AccountData(p, &got); err != nil {
		t.Fatalf("AccountData: %v (the pool answered)", err)
	}
	for _, c := range []struct {
		name      string
		got, want *uint256.Int
	}{
		{"totalCollateralBase", &got.TotalCollateralBase, &want.TotalCollateralBase},
		{"totalDebtBase", &got.TotalDebtBase, &want.TotalDebtBase},
		{"availableBorrowsBase", &got.AvailableBorrowsBase, &want.AvailableBorrowsBase},
		{"currentLiquidationThreshold", &got.LiquidationThreshold, &want.LiquidationThreshold},
		{"ltv", &got.LTV, &want.LTV},
		{"healthFactor", &got.HealthFactor, &want.HealthFactor},
	} {
		if !c.got.Eq(c.want) {
			t.Fatalf("user %s at %d: %s: got %s, want %s (pool)", user, m.Time(), c.name, c.got.Dec(), c.want.Dec())
		}
	}
	return &got
}

func aaE(x float64, dec int) *big.Int {
	f := new(big.Float).Mul(big.NewFloat(x), new(big.Float).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(dec)), nil)))
	i, _ := f.Int(nil)
	return i
}

// TestAaveEVMCheckedCase is the case of protocol-artifacts.md on the real
// pool, then with interest accrual.
func TestAaveEVMCheckedCase(t *testing.T) {
	specs := []aavetest.AssetSpec{aaEVMSpecs[0], aaEVMSpecs[1]}
	specs[0].EModeCategory = 0
	em := aaDeploy(t, specs, nil)
	lp, user, liq := aaUser(0), aaUser(1), aaUser(2)
	if err := em.Supply(lp, 1, aaE(1e6, 6)); err != nil {
		t.Fatal(err)
	}
	if err := em.Supply(user, 0, aaE(10, 18)); err != nil {
		t.Fatal(err)
	}
	if err := em.Borrow(user, 1, aaE(15900, 6)); err != nil {
		t.Fatal(err)
	}
	m := aaReadMarket(t, em, nil)
	p := aaReadPosition(t, em, user, 0)
	a := aaCompareAccount(t, em, m, user, &p)
	if got, want := a.HealthFactor.Dec(), "1037735849056603774"; got != want {
		t.Fatalf("hf: got %s, want %s", got, want)
	}
	if err := em.SetPrice(0, big.NewInt(1600e8)); err != nil {
		t.Fatal(err)
	}
	m = aaReadMarket(t, em, nil)
	aaCompareAccount(t, em, m, user, &p)
	var l AaveLiquidation
	if err := m.Liquidation(&p, 0, 1, uint256.NewInt(8000e6), false, &l); err != nil {
		t.Fatal(err)
	}
	got, err := em.Liquidate(liq, 0, 1, user, big.NewInt(8000e6), false)
	if err != nil {
		t.Fatal(err)
	}
	if got.Collateral.Dec() != "5250000000000000000" || !got.Collateral.Eq(&l.Collateral) || !got.DebtPaid.Eq(&l.DebtToCover) {
		t.Fatalf("liquidation: pool moved %s WETH for %s USDC, we computed %s for %s", got.Collateral.Dec(), got.DebtPaid.Dec(), l.Collateral.Dec(), l.DebtToCover.Dec())
	}
	// interest: a year later, without any transaction on the reserves
	em.C.SetTime(em.C.Time() + 365*86400)
	m = aaReadMarket(t, em, nil)
	p = aaReadPosition(t, em, user, 0)
	aaCompareAccount(t, em, m, user, &p)
	if m.Reserves[1].VariableBorrowRate.IsZero() {
		t.Fatal("no borrow rate: the accrual path is not exercised")
	}
}

// TestAaveEVMRandom runs random users, time steps, price moves and
// liquidations on the real pool and compares every getUserAccountData
// and every liquidationCall (amounts moved, or the revert code).
func TestAaveEVMRandom(t *testing.T) {
	for _, c := range []struct {
		name  string
		price int
		seed  uint64
	}{{"emode-price=none", -1, 21}, {"emode-price=WETH", 0, 22}, {"emode-price=none/seed=3", -1, 23}} {
		t.Run(c.name, func(t *testing.T) { aaEVMRandom(t, c.price, c.seed) })
	}
}

func aaEVMRandom(t *testing.T, emodePrice int, seed uint64) {
	emodes := []aavetest.EMode{{ID: 1, LTV: 9000, Threshold: 9300, Bonus: 10100, PriceAsset: emodePrice}}
	em := aaDeploy(t, aaEVMSpecs, emodes)
	rng := rand.New(rand.NewPCG(seed, 22))
	lp := aaUser(0)
	for i, s := range aaEVMSpecs {
		if err := em.Supply(lp, i, aaE(1e9/float64(s.Price)*1e8/1e3, int(s.Decimals))); err != nil {
			t.Fatal(err)
		}
	}
	const nUsers = 24
	emodeOf := make([]uint8, nUsers)
	for u := 1; u < nUsers; u++ {
		user := aaUser(u)
		if u%5 == 0 {
			if err := em.SetUserEMode(user, 1); err != nil {
				t.Fatal(err)
			}
			emodeOf[u] = 1
		}
		// one or two collaterals, then borrow most of what they allow
		for k := 0; k < 1+rng.IntN(2); k++ {
			i := rng.IntN(len(aaEVMSpecs))
			if emodeOf[u] == 1 && aaEVMSpecs[i].EModeCategory != 1 {
				i = 0
			}
			usd := 1000 + rng.Float64()*1e5
			if err := em.Supply(user, i, aaE(usd/float64(aaEVMSpecs[i].Price)*1e8, int(aaEVMSpecs[i].Decimals))); err != nil {
				t.Fatal(err)
			}
		}
		for k := 0; k < 1+rng.IntN(2); k++ {
			acct, err := em.UserAccountData(user)
			if err != nil {
				t.Fatal(err)
			}
			i := rng.IntN(len(aaEVMSpecs))
			if emodeOf[u] == 1 && aaEVMSpecs[i].EModeCategory != 1 {
				i = 4
			}
			usd := acct.AvailableBorrowsBase.Float64() / 1e8 * (0.5 + 0.45*rng.Float64())
			amt := aaE(usd/float64(aaEVMSpecs[i].Price)*1e8, int(aaEVMSpecs[i].Decimals))
			if amt.Sign() > 0 {
				if err := em.Borrow(user, i, amt); err != nil {
					t.Fatalf("borrow: %v", err)
				}
			}
		}
		em.C.SetTime(em.C.Time() + 12)
	}
	liq := aaUser(1000)
	compared, liquidated := 0, 0
	seen := map[string]int{}
	for step := 0; step < 30; step++ {
		// time passes (interest accrues), a price moves
		em.C.SetTime(em.C.Time() + uint64(rng.IntN(90*86400)))
		i := rng.IntN(len(aaEVMSpecs))
		p, err := em.Price(i)
		if err != nil {
			t.Fatal(err)
		}
		np := new(big.Int).Mul(p.ToBig(), big.NewInt(int64(80+rng.IntN(35))))
		np.Quo(np, big.NewInt(100))
		if err := em.SetPrice(i, np); err != nil {
			t.Fatal(err)
		}
		m := aaReadMarket(t, em, emodes)
		for u := 1; u < nUsers; u++ {
			user := aaUser(u)
			pos := aaReadPosition(t, em, user, emodeOf[u])
			acct := aaCompareAccount(t, em, m, user, &pos)
			compared++
			if !acct.HealthFactor.Lt(AaveLiquidationHFThreshold) && rng.IntN(6) != 0 {
				continue
			}
			// try a liquidation on a random pair, with a random cover
			var c, d int
			for _, e := range pos.Entries {
				if e.Collateral && rng.IntN(2) == 0 || c == 0 && e.Collateral {
					c = e.Reserve
				}
				if e.Borrowing {
					d = e.Reserve
				}
			}
			cover := []*uint256.Int{uint256.NewInt(1), uint256.NewInt(rng.Uint64N(1e12)), new(uint256.Int).SetAllOne()}[rng.IntN(3)]
			recv := rng.IntN(3) == 0
			var want AaveLiquidation
			werr := m.Liquidation(&pos, c, d, cover, recv, &want)
			got, err := em.Liquidate(liq, c, d, user, cover.ToBig(), recv)
			var re *aavetest.RevertError
			switch {
			case err == nil && werr == nil:
				if !got.DebtPaid.Eq(&want.DebtToCover) || !got.Collateral.Eq(&want.Collateral) || !got.TreasuryFee.Eq(&want.ProtocolFee) {
					t.Fatalf("user %d liquidation c=%d d=%d cover=%s recv=%v: pool moved debt %s coll %s fee %s, we computed %s %s %s",
						u, c, d, cover.Dec(), recv, got.DebtPaid.Dec(), got.Collateral.Dec(), got.TreasuryFee.Dec(),
						want.DebtToCover.Dec(), want.Collateral.Dec(), want.ProtocolFee.Dec())
				}
				liquidated++
				if !want.ProtocolFee.IsZero() {
					seen["fee"]++
				}
				if want.CloseFactor == AaveCloseFactorMax {
					seen["close100"]++
				} else {
					seen["close50"]++
				}
				if want.CollateralCleared {
					seen["collateralCap"]++
				}
				if recv {
					seen["receiveAToken"]++
				}
				if emodeOf[u] != 0 {
					seen["emode"]++
				}
				em.C.SetTime(em.C.Time() + 12)
				m = aaReadMarket(t, em, emodes)
			case errors.As(err, &re) && werr != nil:
				if code := aaCode(werr); code != "" && code != re.Reason() {
					t.Fatalf("user %d liquidation: pool reverted %q, we returned %v", u, re.Reason(), werr)
				}
				seen["revert "+re.Reason()]++
			default:
				t.Fatalf("user %d liquidation c=%d d=%d cover=%s: pool error %v, ours %v", u, c, d, cover.Dec(), err, werr)
			}
		}
	}
	if liquidated < 5 {
		t.Fatalf("only %d liquidations went through: the scenario does not exercise liquidationCall", liquidated)
	}
	t.Logf("%d account reads and %d liquidations equal to the pool; %v", compared, liquidated, seen)
}

// aaCode is the Aave error code a sentinel stands for.
func aaCode(err error) string {
	switch {
	case errors.Is(err, ErrAaveHealthFactorNotBelowThreshold):
		return "45"
	case errors.Is(err, ErrAaveCollateralCannotBeLiquidated):
		return "46"
	case errors.Is(err, ErrAaveNotBorrowed):
		return "47"
	case errors.Is(err, ErrAaveInvalidBurn):
		return "25"
	}
	return ""
}

// aaBenchMarket is a user on the real pool with two collaterals and two
// debts (10 WETH and 0.5 WBTC against 15,900 USDC and 10,000 DAI), WETH
// then moved to $1600 (HF 0.944…, under 0.95), a day of interest later;
// with the same market and position read for the Go implementations.
func aaBenchMarket(b *testing.B) (*aavetest.Market, common.Address, *AaveMarket, AavePosition) {
	specs := []aavetest.AssetSpec{aaEVMSpecs[0], aaEVMSpecs[1], aaEVMSpecs[2], aaEVMSpecs[3]}
	specs[0].EModeCategory = 0
	em := aaDeploy(b, specs, nil)
	user, lp := aaUser(1), aaUser(0)
	for _, err := range []error{
		em.Supply(lp, 1, aaE(1e6, 6)), em.Supply(lp, 3, aaE(1e6, 18)),
		em.Supply(user, 0, aaE(10, 18)), em.Supply(user, 2, aaE(0.5, 8)),
		em.Borrow(user, 1, aaE(15900, 6)), em.Borrow(user, 3, aaE(10000, 18)),
		em.SetPrice(0, big.NewInt(1600e8)),
	} {
		if err != nil {
			b.Fatal(err)
		}
	}
	em.C.SetTime(em.C.Time() + 86400)
	m := aaReadMarket(b, em, nil)
	pos := aaReadPosition(b, em, user, 0)
	a := aaCompareAccount(b, em, m, user, &pos)
	if !a.HealthFactor.Lt(AaveCloseFactorHFThreshold) {
		b.Fatalf("bench account HF %s: want under 0.95", a.HealthFactor.Dec())
	}
	return em, user, m, pos
}

// aaBenchEVMAccountData calls getUserAccountData on the real pool, one
// EVM reused, and decodes the answer.
func aaBenchEVMAccountData(b *testing.B, em *aavetest.Market, user common.Address) {
	data, decode, err := em.AccountDataCall(user)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu := aaStartCPU()
	for b.Loop() {
		ret, err := em.C.View(em.Pool, data)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := decode(ret); err != nil {
			b.Fatal(err)
		}
	}
	cpu.report(b)
}

// aaBenchEVMLiquidation runs liquidationCall(8000e6) on the real pool
// as an eth_call (its state changes discarded), one EVM reused.
func aaBenchEVMLiquidation(b *testing.B, em *aavetest.Market, user common.Address) {
	liq := aaUser(2)
	if err := em.PrepareLiquidator(liq, 1, aaE(1e6, 6)); err != nil {
		b.Fatal(err)
	}
	data, err := em.LiquidationCallData(0, 1, user, big.NewInt(8000e6), false)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu := aaStartCPU()
	for b.Loop() {
		if _, err := em.C.ViewFrom(liq, em.Pool, data); err != nil {
			b.Fatal(err)
		}
	}
	cpu.report(b)
}

func aaBit(x *uint256.Int, n int) bool { return x[n/64]>>(n%64)&1 != 0 }
