package fastpath

import (
	"errors"
	"math/big"
	"sync"
	"testing"

	"github.com/holiman/uint256"

	"github.com/keeperkit/keeperkit/sim/fastpath/internal/aavetest"
)

func aaWords(a, b, c, d uint64) *uint256.Int { return &uint256.Int{a, b, c, d} }

// FuzzAaveWadRay compares every WadRayMath/PercentageMath function (and
// the fast forms the scans use) with the math/big transliteration.
func FuzzAaveWadRay(f *testing.F) {
	f.Add(uint64(5e17), uint64(0), uint64(0), uint64(0), uint64(1), uint64(0), uint64(0), uint64(0), uint8(0))
	f.Add(^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0), uint64(2), uint64(0), uint64(0), uint64(0), uint8(1))
	f.Add(uint64(0x2d6d0d1f0c7e2c00), uint64(0x3b), uint64(0), uint64(0), uint64(0x9fd0803ce8000000), uint64(0x33b2e3c), uint64(0), uint64(0), uint8(6))
	f.Fuzz(func(t *testing.T, x0, x1, x2, x3, y0, y1, y2, y3 uint64, op uint8) {
		aaCheckOp(t, aaOps[int(op)%len(aaOps)], aaWords(x0, x1, x2, x3), aaWords(y0, y1, y2, y3))
	})
}

// aaFuzzMarket builds a two-reserve market and a position from fuzz inputs.
func aaFuzzMarket(price0, price1, scaledColl, scaledDebt, rate uint64, idxBump uint32, dt uint32, lt, bonus, fee uint16, dec0, dec1, emode uint8) (*AaveMarket, AavePosition) {
	m := &AaveMarket{Reserves: make([]AaveReserve, 2)}
	m.EModes[1] = AaveEMode{LTV: 9000, LiquidationThreshold: 9300, LiquidationBonus: 10100}
	if emode&2 != 0 {
		m.EModes[1].Price.SetUint64(price0)
	}
	for i := range m.Reserves {
		r := &m.Reserves[i]
		r.LiquidityIndex.Mul(uint256.NewInt(1e18+uint64(idxBump)*1e6), uint256.NewInt(1e9))
		r.VariableBorrowIndex.Mul(uint256.NewInt(1e18+uint64(idxBump)*3e6), uint256.NewInt(1e9))
		r.LiquidityRate.Mul(uint256.NewInt(rate/2), uint256.NewInt(1e9))
		r.VariableBorrowRate.Mul(uint256.NewInt(rate), uint256.NewInt(1e9))
		r.LastUpdate = 1_700_000_000
		r.LTV, r.LiquidationThreshold, r.LiquidationBonus = lt/2, lt, bonus
		r.LiquidationProtocolFee = fee
	}
	m.Reserves[0].Price.SetUint64(price0)
	m.Reserves[1].Price.SetUint64(price1)
	m.Reserves[0].Decimals, m.Reserves[1].Decimals = dec0%28, dec1%28
	m.Reserves[0].EModeCategory = emode & 1
	m.SetTime(1_700_000_000 + uint64(dt))
	p := AavePosition{EMode: emode & 1, Entries: []AaveEntry{{Reserve: 0, Collateral: true}, {Reserve: 1, Borrowing: true, Collateral: emode&4 != 0}}}
	p.Entries[0].ScaledCollateral.Mul(uint256.NewInt(scaledColl), uint256.NewInt(uint64(idxBump)+1))
	p.Entries[1].ScaledVariableDebt.SetUint64(scaledDebt)
	p.Entries[1].ScaledCollateral.SetUint64(scaledDebt / 3)
	return m, p
}

// FuzzAaveHealthFactor compares AccountData with the reference, and the
// scan book's full and repriced health factors with AccountData.
func FuzzAaveHealthFactor(f *testing.F) {
	f.Add(uint64(2000e8), uint64(1e8), uint64(10e18), uint64(15900e6), uint64(5e16), uint32(1000), uint32(86400), uint16(8250), uint16(10500), uint16(1000), uint8(18), uint8(6), uint8(0))
	f.Add(uint64(1), uint64(1), uint64(1), uint64(1), uint64(0), uint32(0), uint32(0), uint16(0), uint16(10000), uint16(0), uint8(0), uint8(0), uint8(7))
	f.Fuzz(func(t *testing.T, price0, price1, coll, debt, rate uint64, idxBump, dt uint32, lt, bonus, fee uint16, dec0, dec1, emode uint8) {
		m, p := aaFuzzMarket(price0, price1, coll, debt, rate, idxBump, dt, lt, bonus, fee, dec0, dec1, emode)
		aaCheckAccount(t, m, &p)
		book, err := NewAaveBook(m, []AavePosition{p})
		if err != nil {
			t.Fatal(err)
		}
		under := book.ScanFull(make([]uint32, 0, 1))
		m.Reserves[0].Price.SetUint64(price1)
		under = book.Reprice(0, under)
		var want AaveAccount
		werr := m.AccountData(&p, &want)
		hf, ok := book.HealthFactor(0)
		if ok != (werr == nil) || (ok && !hf.Eq(&want.HealthFactor)) {
			t.Fatalf("book after reprice: %s ok=%v, AccountData %s %v", hf.Dec(), ok, want.HealthFactor.Dec(), werr)
		}
		if (len(under) == 1) != (werr == nil && want.HealthFactor.Lt(AaveLiquidationHFThreshold)) {
			t.Fatalf("book under 1: %v, hf %s", under, want.HealthFactor.Dec())
		}
	})
}

// FuzzAaveLiquidation compares Liquidation with the reference.
func FuzzAaveLiquidation(f *testing.F) {
	f.Add(uint64(1600e8), uint64(1e8), uint64(10e18), uint64(15900e6), uint64(5e16), uint32(1000), uint32(86400), uint16(8250), uint16(10500), uint16(1000), uint8(18), uint8(6), uint8(0), uint64(8000e6), false)
	f.Add(uint64(1), uint64(3), uint64(7), uint64(5), uint64(0), uint32(0), uint32(0), uint16(9000), uint16(11000), uint16(5000), uint8(0), uint8(0), uint8(1), uint64(1), true)
	f.Fuzz(func(t *testing.T, price0, price1, coll, debt, rate uint64, idxBump, dt uint32, lt, bonus, fee uint16, dec0, dec1, emode uint8, cover uint64, recv bool) {
		m, p := aaFuzzMarket(price0, price1, coll, debt, rate, idxBump, dt, lt, bonus, fee, dec0, dec1, emode)
		aaCheckLiquidation(t, m, &p, 0, 1, uint256.NewInt(cover), recv)
		aaCheckLiquidation(t, m, &p, 1, 1, new(uint256.Int).SetAllOne(), recv)
	})
}

var (
	aaFuzzOnce   sync.Once
	aaFuzzBase   *aavetest.Market
	aaFuzzErr    error
	aaFuzzEModes = []aavetest.EMode{{ID: 1, LTV: 9000, Threshold: 9300, Bonus: 10100, PriceAsset: 0}}
)

// FuzzAaveLiquidationEVM supplies, borrows, moves time and a price on a
// fork of one deployed market, then compares getUserAccountData and
// liquidationCall (amounts moved, or the revert code) with ours.
func FuzzAaveLiquidationEVM(f *testing.F) {
	f.Add(uint64(10_000), uint16(9000), uint16(8000), uint32(86400), uint64(8000e6), uint8(0), false)
	f.Add(uint64(1), uint16(9999), uint16(5000), uint32(0), uint64(1), uint8(3), true)
	f.Add(uint64(5_000_000), uint16(9500), uint16(7000), uint32(365*86400), ^uint64(0), uint8(6), false)
	f.Fuzz(func(t *testing.T, usd uint64, borrowBps, priceBps uint16, dt uint32, cover uint64, pick uint8, recv bool) {
		aaFuzzOnce.Do(func() {
			c, err := aavetest.NewChain()
			if err != nil {
				aaFuzzErr = err
				return
			}
			aaFuzzBase, aaFuzzErr = aavetest.Deploy(c, aaEVMSpecs, aaFuzzEModes)
			if aaFuzzErr == nil {
				for i, s := range aaEVMSpecs {
					if aaFuzzErr = aaFuzzBase.Supply(aaUser(0), i, aaE(1e10/float64(s.Price)*1e8, int(s.Decimals))); aaFuzzErr != nil {
						break
					}
				}
			}
		})
		if aaFuzzErr != nil {
			t.Fatalf("deploy the Aave market (run `make setup`): %v", aaFuzzErr)
		}
		em := aaFuzzBase.Fork()
		user := aaUser(1)
		c := int(pick) % len(aaEVMSpecs)
		d := int(pick/8) % len(aaEVMSpecs)
		if c == d {
			d = (d + 1) % len(aaEVMSpecs)
		}
		var emode uint8
		if pick&0x80 != 0 && aaEVMSpecs[c].EModeCategory == 1 && aaEVMSpecs[d].EModeCategory == 1 {
			if err := em.SetUserEMode(user, 1); err != nil {
				t.Fatal(err)
			}
			emode = 1
		}
		usd = usd%1e8 + 1
		if err := em.Supply(user, c, aaE(float64(usd)/float64(aaEVMSpecs[c].Price)*1e8, int(aaEVMSpecs[c].Decimals))); err != nil {
			t.Skip(err) // dust that rounds to zero
		}
		acct, err := em.UserAccountData(user)
		if err != nil {
			t.Fatal(err)
		}
		frac := float64(borrowBps%10000) / 1e4
		amt := aaE(acct.AvailableBorrowsBase.Float64()/1e8*frac/float64(aaEVMSpecs[d].Price)*1e8, int(aaEVMSpecs[d].Decimals))
		if amt.Sign() == 0 {
			t.Skip("nothing to borrow")
		}
		if err := em.Borrow(user, d, amt); err != nil {
			t.Fatalf("borrow %s: %v", amt, err)
		}
		em.C.SetTime(em.C.Time() + uint64(dt))
		p, err := em.Price(c)
		if err != nil {
			t.Fatal(err)
		}
		np := new(big.Int).Mul(p.ToBig(), big.NewInt(int64(priceBps%20000)+1))
		if err := em.SetPrice(c, np.Quo(np, big.NewInt(10000))); err != nil {
			t.Fatal(err)
		}
		m := aaReadMarket(t, em, aaFuzzEModes)
		pos := aaReadPosition(t, em, user, emode)
		aaCompareAccount(t, em, m, user, &pos)
		var want AaveLiquidation
		werr := m.Liquidation(&pos, c, d, uint256.NewInt(cover), recv, &want)
		got, err := em.Liquidate(aaUser(2), c, d, user, new(big.Int).SetUint64(cover), recv)
		var re *aavetest.RevertError
		switch {
		case err == nil && werr == nil:
			if !got.DebtPaid.Eq(&want.DebtToCover) || !got.Collateral.Eq(&want.Collateral) || !got.TreasuryFee.Eq(&want.ProtocolFee) {
				t.Fatalf("pool moved debt %s coll %s fee %s, we computed %s %s %s", got.DebtPaid.Dec(), got.Collateral.Dec(),
					got.TreasuryFee.Dec(), want.DebtToCover.Dec(), want.Collateral.Dec(), want.ProtocolFee.Dec())
			}
		case errors.As(err, &re) && werr != nil:
			if code := aaCode(werr); code != "" && code != re.Reason() {
				t.Fatalf("pool reverted %q, we returned %v", re.Reason(), werr)
			}
		default:
			t.Fatalf("pool error %v, ours %v", err, werr)
		}
	})
}
