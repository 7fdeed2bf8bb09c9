package fastpath

import "github.com/holiman/uint256"

// Aave V3 (@aave/core-v3 1.19.3) account and liquidation math. Every
// function follows, step for step and in the same integer order, the
// Solidity it names; where the contract would revert it returns an error.

// Aave constants of 1.19.3.
const (
	// AaveCloseFactorDefault is LiquidationLogic.DEFAULT_LIQUIDATION_CLOSE_FACTOR (bps).
	AaveCloseFactorDefault = 5000
	// AaveCloseFactorMax is LiquidationLogic.MAX_LIQUIDATION_CLOSE_FACTOR (bps).
	AaveCloseFactorMax = 10000
)

var (
	// AaveCloseFactorHFThreshold is LiquidationLogic.CLOSE_FACTOR_HF_THRESHOLD (0.95 wad):
	// at or under it the whole debt may be covered.
	AaveCloseFactorHFThreshold = uint256.NewInt(95e16)
	// AaveLiquidationHFThreshold is ValidationLogic.HEALTH_FACTOR_LIQUIDATION_THRESHOLD (1 wad).
	AaveLiquidationHFThreshold = uint256.NewInt(1e18)
)

// AaveReserve is one reserve as the pool stores it (ReserveData and the
// configuration bitmap) plus its oracle price. Indexes and rates are rays.
type AaveReserve struct {
	LiquidityIndex      uint256.Int // ReserveData.liquidityIndex
	VariableBorrowIndex uint256.Int // ReserveData.variableBorrowIndex
	LiquidityRate       uint256.Int // ReserveData.currentLiquidityRate
	VariableBorrowRate  uint256.Int // ReserveData.currentVariableBorrowRate
	LastUpdate          uint64      // ReserveData.lastUpdateTimestamp (uint40)

	// Price is AaveOracle.getAssetPrice(asset), in the base currency unit
	// (1e8 for USD markets).
	Price uint256.Int

	LTV                    uint16 // bps
	LiquidationThreshold   uint16 // bps
	LiquidationBonus       uint16 // bps, 10000 + bonus
	LiquidationProtocolFee uint16 // bps of the bonus
	Decimals               uint8  // 10^Decimals wraps above 77, as the contract's unchecked power
	EModeCategory          uint8

	// cached by AaveMarket.SetTime
	unit       uint256.Int // 10^Decimals
	normIncome uint256.Int // getNormalizedIncome at the market time
	normDebt   uint256.Int // getNormalizedDebt at the market time
	badIncome  bool        // getNormalizedIncome would revert
	badDebt    bool        // getNormalizedDebt would revert
}

// AaveEMode is an e-mode category (DataTypes.EModeCategory). Price is
// oracle.getAssetPrice(priceSource), zero when the category has no price source.
type AaveEMode struct {
	LTV                  uint16
	LiquidationThreshold uint16
	LiquidationBonus     uint16
	Price                uint256.Int
}

// AaveMarket is the reserves of one pool, in reserve id order, its e-mode
// categories, and the timestamp at which balances are read (block.timestamp).
type AaveMarket struct {
	Reserves []AaveReserve
	EModes   [256]AaveEMode
	now      uint64
}

// SetTime sets block.timestamp and computes every reserve's normalized
// income and debt at it (ReserveLogic.getNormalizedIncome/Debt). Call it
// again after changing a reserve's indexes, rates or decimals. A reserve
// whose index would revert at that time (now before its last update, an
// overflow) makes every account touching it fail with ErrAaveMath.
func (m *AaveMarket) SetTime(now uint64) {
	m.now = now
	for i := range m.Reserves {
		m.Reserves[i].prepare(now)
	}
}

// Time is the timestamp of the last SetTime.
func (m *AaveMarket) Time() uint64 { return m.now }

func (r *AaveReserve) prepare(now uint64) {
	r.unit.Exp(uint256.NewInt(10), uint256.NewInt(uint64(r.Decimals)))
	r.badIncome = r.NormalizedIncome(&r.normIncome, now) != nil
	r.badDebt = r.NormalizedDebt(&r.normDebt, now) != nil
}

// NormalizedIncome is ReserveLogic.getNormalizedIncome at timestamp now:
// the liquidity index itself when now is the last update, else
// calculateLinearInterest(rate, last).rayMul(index).
func (r *AaveReserve) NormalizedIncome(z *uint256.Int, now uint64) error {
	if now == r.LastUpdate {
		z.Set(&r.LiquidityIndex)
		return nil
	}
	var f uint256.Int
	if err := CalculateLinearInterest(&f, &r.LiquidityRate, r.LastUpdate, now); err != nil {
		return err
	}
	return RayMul(z, &f, &r.LiquidityIndex)
}

// NormalizedDebt is ReserveLogic.getNormalizedDebt at timestamp now, with
// calculateCompoundedInterest.
func (r *AaveReserve) NormalizedDebt(z *uint256.Int, now uint64) error {
	if now == r.LastUpdate {
		z.Set(&r.VariableBorrowIndex)
		return nil
	}
	var f uint256.Int
	if err := CalculateCompoundedInterest(&f, &r.VariableBorrowRate, r.LastUpdate, now); err != nil {
		return err
	}
	return RayMul(z, &f, &r.VariableBorrowIndex)
}

// AaveEntry is a user's stake in one reserve: the bits of its
// UserConfigurationMap and its token balances.
type AaveEntry struct {
	Reserve    int  // index in AaveMarket.Reserves (the reserve id)
	Collateral bool // isUsingAsCollateral
	Borrowing  bool // isBorrowing

	ScaledCollateral   uint256.Int // AToken.scaledBalanceOf
	ScaledVariableDebt uint256.Int // VariableDebtToken.scaledBalanceOf
	// Stable debt (deprecated on most markets): the principal
	// (StableDebtToken.principalBalanceOf), the user's stable rate (ray)
	// and the timestamp of its last update.
	StableDebt       uint256.Int
	StableRate       uint256.Int
	StableLastUpdate uint64
}

// AavePosition is one user: its e-mode category and its entries, at most
// one per reserve.
type AavePosition struct {
	EMode   uint8
	Entries []AaveEntry
}

// AaveAccount is what Pool.getUserAccountData returns, plus
// calculateUserAccountData's hasZeroLtvCollateral.
type AaveAccount struct {
	TotalCollateralBase  uint256.Int
	TotalDebtBase        uint256.Int
	AvailableBorrowsBase uint256.Int
	LiquidationThreshold uint256.Int // currentLiquidationThreshold, bps
	LTV                  uint256.Int // bps
	HealthFactor         uint256.Int // wad; 2^256-1 without debt
	HasZeroLTVCollateral bool
}

// entryPrice is the price calculateUserAccountData uses for a reserve:
// the e-mode price when the user's category has a price source and the
// reserve is in it, else the oracle's.
func (m *AaveMarket) entryPrice(r *AaveReserve, emode uint8) *uint256.Int {
	if emode != 0 && r.EModeCategory == emode && !m.EModes[emode].Price.IsZero() {
		return &m.EModes[emode].Price
	}
	return &r.Price
}

// collateralBase is _getUserBalanceInBaseCurrency: scaled.rayMul(income) * price / unit.
func collateralBase(z, scaled, income, price *uint256.Int, dec uint8, unit *uint256.Int) error {
	if err := rayMulFast(z, scaled, income); err != nil {
		return err
	}
	return mulDivUnit(z, z, price, dec, unit)
}

// debtBalance is the user's debt in one reserve: variable
// (scaled.rayMul(normalized debt), skipped when zero) plus stable
// (StableDebtToken.balanceOf).
func (m *AaveMarket) debtBalance(z *uint256.Int, r *AaveReserve, e *AaveEntry) error {
	z.Clear()
	if !e.ScaledVariableDebt.IsZero() {
		if r.badDebt {
			return ErrAaveMath
		}
		if err := rayMulFast(z, &e.ScaledVariableDebt, &r.normDebt); err != nil {
			return err
		}
	}
	if !e.StableDebt.IsZero() {
		var s uint256.Int
		if err := stableBalance(&s, e, m.now); err != nil {
			return err
		}
		if _, of := z.AddOverflow(z, &s); of {
			return ErrAaveMath
		}
	}
	return nil
}

// stableBalance is StableDebtToken.balanceOf.
func stableBalance(z *uint256.Int, e *AaveEntry, now uint64) error {
	if e.StableDebt.IsZero() {
		z.Clear()
		return nil
	}
	var f uint256.Int
	if err := CalculateCompoundedInterest(&f, &e.StableRate, e.StableLastUpdate, now); err != nil {
		return err
	}
	return RayMul(z, &e.StableDebt, &f)
}

// AccountData is GenericLogic.calculateUserAccountData with
// calculateAvailableBorrows, as Pool.getUserAccountData returns it at the
// market's time. Sums and products are checked as Solidity 0.8 does.
func (m *AaveMarket) AccountData(p *AavePosition, out *AaveAccount) error {
	var coll, debt, sumLTV, sumLT, v, w uint256.Int
	out.HasZeroLTVCollateral = false
	var emLTV, emLT uint64
	if p.EMode != 0 {
		emLTV, emLT = uint64(m.EModes[p.EMode].LTV), uint64(m.EModes[p.EMode].LiquidationThreshold)
	}
	for i := range p.Entries {
		e := &p.Entries[i]
		if !e.Collateral && !e.Borrowing {
			continue
		}
		if e.Reserve < 0 || e.Reserve >= len(m.Reserves) {
			return ErrAaveReserve
		}
		r := &m.Reserves[e.Reserve]
		price := m.entryPrice(r, p.EMode)
		if r.LiquidationThreshold != 0 && e.Collateral {
			if r.badIncome {
				return ErrAaveMath
			}
			if err := collateralBase(&v, &e.ScaledCollateral, &r.normIncome, price, r.Decimals, &r.unit); err != nil {
				return err
			}
			if _, of := coll.AddOverflow(&coll, &v); of {
				return ErrAaveMath
			}
			ltv, lt := uint64(r.LTV), uint64(r.LiquidationThreshold)
			if p.EMode != 0 && r.EModeCategory == p.EMode {
				ltv, lt = emLTV, emLT
			}
			if r.LTV != 0 {
				if _, of := w.MulOverflow(&v, uint256.NewInt(ltv)); of {
					return ErrAaveMath
				}
				if _, of := sumLTV.AddOverflow(&sumLTV, &w); of {
					return ErrAaveMath
				}
			} else {
				out.HasZeroLTVCollateral = true
			}
			if _, of := w.MulOverflow(&v, uint256.NewInt(lt)); of {
				return ErrAaveMath
			}
			if _, of := sumLT.AddOverflow(&sumLT, &w); of {
				return ErrAaveMath
			}
		}
		if e.Borrowing {
			if err := m.debtBalance(&v, r, e); err != nil {
				return err
			}
			if err := mulDivUnit(&v, &v, price, r.Decimals, &r.unit); err != nil {
				return err
			}
			if _, of := debt.AddOverflow(&debt, &v); of {
				return ErrAaveMath
			}
		}
	}
	if err := aaveFinish(out, &coll, &debt, &sumLTV, &sumLT); err != nil {
		return err
	}
	// calculateAvailableBorrows
	if err := percentMulSmall(&v, &coll, out.LTV.Uint64()); err != nil {
		return err
	}
	if v.Lt(&debt) {
		out.AvailableBorrowsBase.Clear()
	} else {
		out.AvailableBorrowsBase.Sub(&v, &debt)
	}
	return nil
}

// aaveFinish divides the weighted sums and computes the health factor:
// collateral.percentMul(avgLT).wadDiv(debt), or 2^256-1 without debt.
func aaveFinish(out *AaveAccount, coll, debt, sumLTV, sumLT *uint256.Int) error {
	out.TotalCollateralBase.Set(coll)
	out.TotalDebtBase.Set(debt)
	if coll.IsZero() {
		out.LTV.Clear()
		out.LiquidationThreshold.Clear()
	} else {
		divSmallQuot(&out.LTV, sumLTV, coll)
		divSmallQuot(&out.LiquidationThreshold, sumLT, coll)
	}
	return hfFast(&out.HealthFactor, coll, debt, &out.LiquidationThreshold)
}

func healthFactor(z, coll, debt, avgLT *uint256.Int) error {
	if debt.IsZero() {
		z.SetAllOne()
		return nil
	}
	var t uint256.Int
	if err := PercentMul(&t, coll, avgLT); err != nil {
		return err
	}
	return WadDiv(z, &t, debt)
}

// AaveLiquidation is what liquidationCall computes and moves.
type AaveLiquidation struct {
	HealthFactor     uint256.Int // before the call
	UserVariableDebt uint256.Int // in the debt asset
	UserTotalDebt    uint256.Int // variable + stable
	UserCollateral   uint256.Int // aToken balanceOf in the collateral asset
	CloseFactor      uint64      // bps
	// DebtToCover is actualDebtToLiquidate: what the liquidator pays.
	DebtToCover uint256.Int
	// Collateral is actualCollateralToLiquidate: what the liquidator
	// receives (underlying, or aTokens with receiveAToken).
	Collateral uint256.Int
	// ProtocolFee is the aToken amount sent to the treasury, after the
	// contract's cap at the user's remaining scaled balance.
	ProtocolFee uint256.Int
	// DebtCleared and CollateralCleared say whether the call clears the
	// user's borrowing and collateral bits for these reserves.
	DebtCleared       bool
	CollateralCleared bool
}

// Liquidation is LiquidationLogic.executeLiquidationCall(collateral, debt,
// user, debtToCover, receiveAToken) at the market's time, without state
// changes: the health factor, _calculateDebt, validateLiquidationCall,
// _getConfigurationData, _calculateAvailableCollateralToLiquidate, the
// burn checks and the protocol fee cap. Reserve flags (active, paused,
// the price oracle sentinel) and the aToken's cash are not modelled.
func (m *AaveMarket) Liquidation(p *AavePosition, collateral, debt int, debtToCover *uint256.Int, receiveAToken bool, out *AaveLiquidation) error {
	if collateral < 0 || collateral >= len(m.Reserves) || debt < 0 || debt >= len(m.Reserves) {
		return ErrAaveReserve
	}
	var acct AaveAccount
	if err := m.AccountData(p, &acct); err != nil {
		return err
	}
	out.HealthFactor.Set(&acct.HealthFactor)
	cr, dr := &m.Reserves[collateral], &m.Reserves[debt]
	var ce, de *AaveEntry
	for i := range p.Entries {
		if p.Entries[i].Reserve == collateral {
			ce = &p.Entries[i]
		}
		if p.Entries[i].Reserve == debt {
			de = &p.Entries[i]
		}
	}
	var zero AaveEntry
	if ce == nil {
		ce = &zero
	}
	if de == nil {
		de = &zero
	}
	// _calculateDebt: balanceOf of both debt tokens.
	var stable uint256.Int
	if err := stableBalance(&stable, de, m.now); err != nil {
		return err
	}
	if dr.badDebt {
		return ErrAaveMath
	}
	if err := RayMul(&out.UserVariableDebt, &de.ScaledVariableDebt, &dr.normDebt); err != nil {
		return err
	}
	if _, of := out.UserTotalDebt.AddOverflow(&stable, &out.UserVariableDebt); of {
		return ErrAaveMath
	}
	out.CloseFactor = AaveCloseFactorDefault
	if !acct.HealthFactor.Gt(AaveCloseFactorHFThreshold) {
		out.CloseFactor = AaveCloseFactorMax
	}
	var maxDebt uint256.Int
	if err := percentMulSmall(&maxDebt, &out.UserTotalDebt, out.CloseFactor); err != nil {
		return err
	}
	if debtToCover.Gt(&maxDebt) {
		out.DebtToCover.Set(&maxDebt)
	} else {
		out.DebtToCover.Set(debtToCover)
	}
	// validateLiquidationCall
	if !acct.HealthFactor.Lt(AaveLiquidationHFThreshold) {
		return ErrAaveHealthFactorNotBelowThreshold
	}
	if cr.LiquidationThreshold == 0 || !ce.Collateral {
		return ErrAaveCollateralCannotBeLiquidated
	}
	if out.UserTotalDebt.IsZero() {
		return ErrAaveNotBorrowed
	}
	// _getConfigurationData
	bonus := uint64(cr.LiquidationBonus)
	collPrice, debtPrice := &cr.Price, &dr.Price
	if p.EMode != 0 {
		em := &m.EModes[p.EMode]
		if cr.EModeCategory == p.EMode {
			bonus = uint64(em.LiquidationBonus)
			if !em.Price.IsZero() {
				collPrice = &em.Price
			}
		}
		if !em.Price.IsZero() {
			debtPrice = &em.Price
		}
	}
	if cr.badIncome {
		return ErrAaveMath
	}
	if err := RayMul(&out.UserCollateral, &ce.ScaledCollateral, &cr.normIncome); err != nil {
		return err
	}
	// _calculateAvailableCollateralToLiquidate
	var a, b, base, maxColl, amount, needed uint256.Int
	var bonusInt uint256.Int
	bonusInt.SetUint64(bonus)
	if _, of := a.MulOverflow(debtPrice, &out.DebtToCover); of {
		return ErrAaveMath
	}
	if _, of := a.MulOverflow(&a, &cr.unit); of {
		return ErrAaveMath
	}
	if _, of := b.MulOverflow(collPrice, &dr.unit); of {
		return ErrAaveMath
	}
	if b.IsZero() {
		return ErrAaveMath
	}
	base.Div(&a, &b)
	if err := PercentMul(&maxColl, &base, &bonusInt); err != nil {
		return err
	}
	if maxColl.Gt(&out.UserCollateral) {
		amount.Set(&out.UserCollateral)
		if _, of := a.MulOverflow(collPrice, &amount); of {
			return ErrAaveMath
		}
		if _, of := a.MulOverflow(&a, &dr.unit); of {
			return ErrAaveMath
		}
		if _, of := b.MulOverflow(debtPrice, &cr.unit); of {
			return ErrAaveMath
		}
		if b.IsZero() {
			return ErrAaveMath
		}
		a.Div(&a, &b)
		if err := PercentDiv(&needed, &a, &bonusInt); err != nil {
			return err
		}
	} else {
		amount.Set(&maxColl)
		needed.Set(&out.DebtToCover)
	}
	out.ProtocolFee.Clear()
	if fee := uint64(cr.LiquidationProtocolFee); fee != 0 {
		var bonusColl uint256.Int
		if err := PercentDiv(&bonusColl, &amount, &bonusInt); err != nil {
			return err
		}
		if _, of := bonusColl.SubOverflow(&amount, &bonusColl); of {
			return ErrAaveMath
		}
		if err := percentMulSmall(&out.ProtocolFee, &bonusColl, fee); err != nil {
			return err
		}
		if _, of := out.Collateral.SubOverflow(&amount, &out.ProtocolFee); of {
			return ErrAaveMath
		}
	} else {
		out.Collateral.Set(&amount)
	}
	out.DebtToCover.Set(&needed)
	out.DebtCleared = out.UserTotalDebt.Eq(&out.DebtToCover)
	var sum uint256.Int
	_, of := sum.AddOverflow(&out.Collateral, &out.ProtocolFee)
	if of {
		return ErrAaveMath
	}
	out.CollateralCleared = sum.Eq(&out.UserCollateral)
	// _burnDebtTokens: a variable burn must scale to a non-zero amount
	// within the balance.
	var scaled uint256.Int
	burnVar := &out.DebtToCover
	if out.UserVariableDebt.Lt(&out.DebtToCover) {
		burnVar = &out.UserVariableDebt
	}
	if !burnVar.IsZero() || out.UserVariableDebt.Cmp(&out.DebtToCover) >= 0 {
		if err := RayDiv(&scaled, burnVar, &dr.normDebt); err != nil {
			return err
		}
		if scaled.IsZero() {
			return ErrAaveInvalidBurn
		}
		if scaled.Gt(&de.ScaledVariableDebt) {
			return ErrAaveMath
		}
	}
	if out.UserVariableDebt.Lt(&out.DebtToCover) {
		var rest uint256.Int
		rest.Sub(&out.DebtToCover, &out.UserVariableDebt)
		if rest.Gt(&stable) {
			return ErrAaveMath
		}
	}
	// collateral: burn (or transferOnLiquidation) of the scaled amount,
	// then the fee, capped at what is left.
	if err := RayDiv(&scaled, &out.Collateral, &cr.normIncome); err != nil {
		return err
	}
	if !receiveAToken && scaled.IsZero() {
		return ErrAaveInvalidBurn
	}
	var left uint256.Int
	if _, of := left.SubOverflow(&ce.ScaledCollateral, &scaled); of {
		return ErrAaveMath
	}
	if !out.ProtocolFee.IsZero() {
		if err := RayDiv(&scaled, &out.ProtocolFee, &cr.normIncome); err != nil {
			return err
		}
		if scaled.Gt(&left) {
			if err := RayMul(&out.ProtocolFee, &left, &cr.normIncome); err != nil {
				return err
			}
			if err := RayDiv(&scaled, &out.ProtocolFee, &cr.normIncome); err != nil {
				return err
			}
			if scaled.Gt(&left) {
				return ErrAaveMath
			}
		}
	}
	return nil
}
