package fastpath

// math/big transliteration of @aave/core-v3 1.19.3 for the tests: every
// Solidity expression written again over big.Int, reverting (errAaveRef) where
// the contract's checked arithmetic or assembly does.

import (
	"errors"
	"math/big"

	"github.com/holiman/uint256"
)

var errAaveRef = errors.New("ref: revert")

var (
	aaBWad       = big.NewInt(1e18)
	aaBHalfWad   = big.NewInt(5e17)
	aaBRay       = new(big.Int).Exp(big.NewInt(10), big.NewInt(27), nil)
	aaBHalfRay   = new(big.Int).Rsh(aaBRay, 1)
	aaBMax       = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	aaBPF        = big.NewInt(1e4)
	aaBHalfPF    = big.NewInt(5e3)
	aaBSPY       = big.NewInt(365 * 24 * 3600)
	aaBHFOne     = big.NewInt(1e18)
	aaBHFClose   = big.NewInt(95e16)
	aaBDefaultCF = big.NewInt(5000)
	aaBMaxCF     = big.NewInt(10000)
)

// chk is Solidity 0.8's checked result: a revert above 2^256-1 or below 0.
func aaChk(x *big.Int) (*big.Int, error) {
	if x.Sign() < 0 || x.Cmp(aaBMax) > 0 {
		return nil, errAaveRef
	}
	return x, nil
}

func aaBAdd(a, b *big.Int) (*big.Int, error) { return aaChk(new(big.Int).Add(a, b)) }
func aaBSub(a, b *big.Int) (*big.Int, error) { return aaChk(new(big.Int).Sub(a, b)) }
func aaBMul(a, b *big.Int) (*big.Int, error) { return aaChk(new(big.Int).Mul(a, b)) }

// arefMulHalf is wadMul/rayMul/percentMul: revert if b != 0 && a > (max-half)/b.
func arefMulHalf(a, b, half, unit *big.Int) (*big.Int, error) {
	if b.Sign() != 0 && a.Cmp(new(big.Int).Quo(new(big.Int).Sub(aaBMax, half), b)) > 0 {
		return nil, errAaveRef
	}
	r := new(big.Int).Mul(a, b)
	r.Add(r, half)
	return r.Quo(r, unit), nil
}

// arefDivHalf is wadDiv/rayDiv/percentDiv: revert if b == 0 || a > (max - b/2)/unit.
func arefDivHalf(a, b, unit *big.Int) (*big.Int, error) {
	if b.Sign() == 0 {
		return nil, errAaveRef
	}
	h := new(big.Int).Rsh(b, 1)
	if a.Cmp(new(big.Int).Quo(new(big.Int).Sub(aaBMax, h), unit)) > 0 {
		return nil, errAaveRef
	}
	r := new(big.Int).Mul(a, unit)
	r.Add(r, h)
	return r.Quo(r, b), nil
}

func arefWadMul(a, b *big.Int) (*big.Int, error)     { return arefMulHalf(a, b, aaBHalfWad, aaBWad) }
func arefRayMul(a, b *big.Int) (*big.Int, error)     { return arefMulHalf(a, b, aaBHalfRay, aaBRay) }
func arefPercentMul(a, b *big.Int) (*big.Int, error) { return arefMulHalf(a, b, aaBHalfPF, aaBPF) }
func arefWadDiv(a, b *big.Int) (*big.Int, error)     { return arefDivHalf(a, b, aaBWad) }
func arefRayDiv(a, b *big.Int) (*big.Int, error)     { return arefDivHalf(a, b, aaBRay) }
func arefPercentDiv(a, b *big.Int) (*big.Int, error) { return arefDivHalf(a, b, aaBPF) }

func arefWadToRay(a *big.Int) (*big.Int, error) { return aaChk(new(big.Int).Mul(a, big.NewInt(1e9))) }

func arefRayToWad(a *big.Int) *big.Int {
	q, r := new(big.Int).QuoRem(a, big.NewInt(1e9), new(big.Int))
	if r.Cmp(big.NewInt(5e8)) >= 0 {
		q.Add(q, big.NewInt(1))
	}
	return q
}

func arefLinear(rate *big.Int, last, now uint64) (*big.Int, error) {
	if now < last {
		return nil, errAaveRef
	}
	r, err := aaBMul(rate, new(big.Int).SetUint64(now-last))
	if err != nil {
		return nil, err
	}
	r.Quo(r, aaBSPY)
	return aaBAdd(aaBRay, r)
}

func arefCompounded(rate *big.Int, last, now uint64) (*big.Int, error) {
	if now < last {
		return nil, errAaveRef
	}
	exp := new(big.Int).SetUint64(now - last)
	if exp.Sign() == 0 {
		return new(big.Int).Set(aaBRay), nil
	}
	em1 := new(big.Int).Sub(exp, big.NewInt(1))
	em2 := new(big.Int)
	if exp.Cmp(big.NewInt(2)) > 0 {
		em2.Sub(exp, big.NewInt(2))
	}
	p2, err := arefRayMul(rate, rate)
	if err != nil {
		return nil, err
	}
	p2.Quo(p2, new(big.Int).Mul(aaBSPY, aaBSPY))
	p3, err := arefRayMul(p2, rate)
	if err != nil {
		return nil, err
	}
	p3.Quo(p3, aaBSPY)
	second, err := aaChainMul(exp, em1, p2)
	if err != nil {
		return nil, err
	}
	second.Quo(second, big.NewInt(2))
	third, err := aaChainMul(exp, em1, em2, p3)
	if err != nil {
		return nil, err
	}
	third.Quo(third, big.NewInt(6))
	first, err := aaBMul(rate, exp)
	if err != nil {
		return nil, err
	}
	first.Quo(first, aaBSPY)
	s, err := aaBAdd(aaBRay, first)
	if err != nil {
		return nil, err
	}
	if s, err = aaBAdd(s, second); err != nil {
		return nil, err
	}
	return aaBAdd(s, third)
}

func aaChainMul(xs ...*big.Int) (*big.Int, error) {
	r := new(big.Int).Set(xs[0])
	var err error
	for _, x := range xs[1:] {
		if r, err = aaBMul(r, x); err != nil {
			return nil, err
		}
	}
	return r, nil
}

func aaBig(x *uint256.Int) *big.Int { return x.ToBig() }

func arefNormIncome(r *AaveReserve, now uint64) (*big.Int, error) {
	if now == r.LastUpdate {
		return aaBig(&r.LiquidityIndex), nil
	}
	f, err := arefLinear(aaBig(&r.LiquidityRate), r.LastUpdate, now)
	if err != nil {
		return nil, err
	}
	return arefRayMul(f, aaBig(&r.LiquidityIndex))
}

func arefNormDebt(r *AaveReserve, now uint64) (*big.Int, error) {
	if now == r.LastUpdate {
		return aaBig(&r.VariableBorrowIndex), nil
	}
	f, err := arefCompounded(aaBig(&r.VariableBorrowRate), r.LastUpdate, now)
	if err != nil {
		return nil, err
	}
	return arefRayMul(f, aaBig(&r.VariableBorrowIndex))
}

type arefAccount struct {
	coll, debt, avail, lt, ltv, hf *big.Int
	zeroLTV                        bool
}

func arefStable(e *AaveEntry, now uint64) (*big.Int, error) {
	if e.StableDebt.IsZero() {
		return new(big.Int), nil
	}
	f, err := arefCompounded(aaBig(&e.StableRate), e.StableLastUpdate, now)
	if err != nil {
		return nil, err
	}
	return arefRayMul(aaBig(&e.StableDebt), f)
}

// arefAccountData is GenericLogic.calculateUserAccountData + calculateAvailableBorrows,
// iterating the reserves in id order as the contract does.
func arefAccountData(m *AaveMarket, p *AavePosition, now uint64) (*arefAccount, error) {
	out := &arefAccount{coll: new(big.Int), debt: new(big.Int)}
	avgLtv, avgLT := new(big.Int), new(big.Int)
	var emLtv, emLT, emPrice *big.Int = new(big.Int), new(big.Int), new(big.Int)
	if p.EMode != 0 {
		c := &m.EModes[p.EMode]
		emLtv, emLT, emPrice = big.NewInt(int64(c.LTV)), big.NewInt(int64(c.LiquidationThreshold)), aaBig(&c.Price)
	}
	var err error
	for id := range m.Reserves {
		var e *AaveEntry
		for j := range p.Entries {
			if p.Entries[j].Reserve == id {
				e = &p.Entries[j]
			}
		}
		if e == nil || (!e.Collateral && !e.Borrowing) {
			continue
		}
		r := &m.Reserves[id]
		unit := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(r.Decimals)), nil)
		price := aaBig(&r.Price)
		if emPrice.Sign() != 0 && p.EMode == r.EModeCategory {
			price = emPrice
		}
		if r.LiquidationThreshold != 0 && e.Collateral {
			inc, err := arefNormIncome(r, now)
			if err != nil {
				return nil, err
			}
			bal, err := arefRayMul(aaBig(&e.ScaledCollateral), inc)
			if err != nil {
				return nil, err
			}
			if bal, err = aaBMul(bal, price); err != nil {
				return nil, err
			}
			bal.Quo(bal, unit)
			if out.coll, err = aaBAdd(out.coll, bal); err != nil {
				return nil, err
			}
			in := p.EMode != 0 && r.EModeCategory == p.EMode
			ltv, lt := big.NewInt(int64(r.LTV)), big.NewInt(int64(r.LiquidationThreshold))
			if in {
				ltv, lt = emLtv, emLT
			}
			if r.LTV != 0 {
				w, err := aaBMul(bal, ltv)
				if err != nil {
					return nil, err
				}
				if avgLtv, err = aaBAdd(avgLtv, w); err != nil {
					return nil, err
				}
			} else {
				out.zeroLTV = true
			}
			w, err := aaBMul(bal, lt)
			if err != nil {
				return nil, err
			}
			if avgLT, err = aaBAdd(avgLT, w); err != nil {
				return nil, err
			}
		}
		if e.Borrowing {
			d := aaBig(&e.ScaledVariableDebt)
			if d.Sign() != 0 {
				nd, err := arefNormDebt(r, now)
				if err != nil {
					return nil, err
				}
				if d, err = arefRayMul(d, nd); err != nil {
					return nil, err
				}
			}
			s, err := arefStable(e, now)
			if err != nil {
				return nil, err
			}
			if d, err = aaBAdd(d, s); err != nil {
				return nil, err
			}
			if d, err = aaBMul(price, d); err != nil {
				return nil, err
			}
			d.Quo(d, unit)
			if out.debt, err = aaBAdd(out.debt, d); err != nil {
				return nil, err
			}
		}
	}
	out.ltv, out.lt = new(big.Int), new(big.Int)
	if out.coll.Sign() != 0 {
		out.ltv.Quo(avgLtv, out.coll)
		out.lt.Quo(avgLT, out.coll)
	}
	if out.debt.Sign() == 0 {
		out.hf = new(big.Int).Set(aaBMax)
	} else {
		t, err := arefPercentMul(out.coll, out.lt)
		if err != nil {
			return nil, err
		}
		if out.hf, err = arefWadDiv(t, out.debt); err != nil {
			return nil, err
		}
	}
	a, err := arefPercentMul(out.coll, out.ltv)
	if err != nil {
		return nil, err
	}
	out.avail = new(big.Int)
	if a.Cmp(out.debt) >= 0 {
		out.avail.Sub(a, out.debt)
	}
	return out, err
}

type arefLiq struct {
	hf, userVar, userTotal, userColl, debt, coll, fee *big.Int
}

// arefLiquidation is executeLiquidationCall's arithmetic and checks.
func arefLiquidation(m *AaveMarket, p *AavePosition, cIdx, dIdx int, debtToCover *big.Int, receiveAToken bool, now uint64) (*arefLiq, error) {
	acct, err := arefAccountData(m, p, now)
	if err != nil {
		return nil, err
	}
	out := &arefLiq{hf: acct.hf}
	var ce, de AaveEntry
	for _, e := range p.Entries {
		if e.Reserve == cIdx {
			ce = e
		}
		if e.Reserve == dIdx {
			de = e
		}
	}
	cr, dr := &m.Reserves[cIdx], &m.Reserves[dIdx]
	// _calculateDebt
	stable, err := arefStable(&de, now)
	if err != nil {
		return nil, err
	}
	nd, err := arefNormDebt(dr, now)
	if err != nil {
		return nil, err
	}
	out.userVar = new(big.Int)
	if !de.ScaledVariableDebt.IsZero() {
		if out.userVar, err = arefRayMul(aaBig(&de.ScaledVariableDebt), nd); err != nil {
			return nil, err
		}
	}
	if out.userTotal, err = aaBAdd(stable, out.userVar); err != nil {
		return nil, err
	}
	cf := aaBDefaultCF
	if acct.hf.Cmp(aaBHFClose) <= 0 {
		cf = aaBMaxCF
	}
	maxDebt, err := arefPercentMul(out.userTotal, cf)
	if err != nil {
		return nil, err
	}
	actual := new(big.Int).Set(debtToCover)
	if actual.Cmp(maxDebt) > 0 {
		actual.Set(maxDebt)
	}
	// validateLiquidationCall
	if acct.hf.Cmp(aaBHFOne) >= 0 {
		return nil, ErrAaveHealthFactorNotBelowThreshold
	}
	if cr.LiquidationThreshold == 0 || !ce.Collateral {
		return nil, ErrAaveCollateralCannotBeLiquidated
	}
	if out.userTotal.Sign() == 0 {
		return nil, ErrAaveNotBorrowed
	}
	// _getConfigurationData
	bonus := big.NewInt(int64(cr.LiquidationBonus))
	cp, dp := aaBig(&cr.Price), aaBig(&dr.Price)
	if p.EMode != 0 {
		c := &m.EModes[p.EMode]
		if cr.EModeCategory == p.EMode {
			bonus = big.NewInt(int64(c.LiquidationBonus))
			if !c.Price.IsZero() {
				cp = aaBig(&c.Price)
			}
		}
		if !c.Price.IsZero() {
			dp = aaBig(&c.Price)
		}
	}
	inc, err := arefNormIncome(cr, now)
	if err != nil {
		return nil, err
	}
	if out.userColl, err = arefRayMul(aaBig(&ce.ScaledCollateral), inc); err != nil {
		return nil, err
	}
	// _calculateAvailableCollateralToLiquidate
	cu := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(cr.Decimals)), nil)
	du := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(dr.Decimals)), nil)
	num, err := aaChainMul(dp, actual, cu)
	if err != nil {
		return nil, err
	}
	den, err := aaBMul(cp, du)
	if err != nil {
		return nil, err
	}
	if den.Sign() == 0 {
		return nil, errAaveRef
	}
	base := new(big.Int).Quo(num, den)
	maxColl, err := arefPercentMul(base, bonus)
	if err != nil {
		return nil, err
	}
	var amount, needed *big.Int
	if maxColl.Cmp(out.userColl) > 0 {
		amount = out.userColl
		num, err := aaChainMul(cp, amount, du)
		if err != nil {
			return nil, err
		}
		den, err := aaBMul(dp, cu)
		if err != nil {
			return nil, err
		}
		if den.Sign() == 0 {
			return nil, errAaveRef
		}
		if needed, err = arefPercentDiv(new(big.Int).Quo(num, den), bonus); err != nil {
			return nil, err
		}
	} else {
		amount, needed = maxColl, actual
	}
	out.fee = new(big.Int)
	out.coll = amount
	if cr.LiquidationProtocolFee != 0 {
		d, err := arefPercentDiv(amount, bonus)
		if err != nil {
			return nil, err
		}
		bc, err := aaBSub(amount, d)
		if err != nil {
			return nil, err
		}
		if out.fee, err = arefPercentMul(bc, big.NewInt(int64(cr.LiquidationProtocolFee))); err != nil {
			return nil, err
		}
		if out.coll, err = aaBSub(amount, out.fee); err != nil {
			return nil, err
		}
	}
	out.debt = needed
	// _burnDebtTokens
	if out.userVar.Cmp(out.debt) >= 0 {
		s, err := arefRayDiv(out.debt, nd)
		if err != nil {
			return nil, err
		}
		if s.Sign() == 0 {
			return nil, ErrAaveInvalidBurn
		}
		if _, err := aaBSub(aaBig(&de.ScaledVariableDebt), s); err != nil {
			return nil, err
		}
	} else {
		if out.userVar.Sign() != 0 {
			s, err := arefRayDiv(out.userVar, nd)
			if err != nil {
				return nil, err
			}
			if s.Sign() == 0 {
				return nil, ErrAaveInvalidBurn
			}
			if _, err := aaBSub(aaBig(&de.ScaledVariableDebt), s); err != nil {
				return nil, err
			}
		}
		if _, err := aaBSub(stable, new(big.Int).Sub(out.debt, out.userVar)); err != nil {
			return nil, err
		}
	}
	// collateral burn or transfer, then the fee with its cap
	s, err := arefRayDiv(out.coll, inc)
	if err != nil {
		return nil, err
	}
	if !receiveAToken && s.Sign() == 0 {
		return nil, ErrAaveInvalidBurn
	}
	left, err := aaBSub(aaBig(&ce.ScaledCollateral), s)
	if err != nil {
		return nil, err
	}
	if out.fee.Sign() != 0 {
		sf, err := arefRayDiv(out.fee, inc)
		if err != nil {
			return nil, err
		}
		if sf.Cmp(left) > 0 {
			if out.fee, err = arefRayMul(left, inc); err != nil {
				return nil, err
			}
			if sf, err = arefRayDiv(out.fee, inc); err != nil {
				return nil, err
			}
			if _, err := aaBSub(left, sf); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}
