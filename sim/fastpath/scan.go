package fastpath

import "github.com/holiman/uint256"

// AaveBook holds many Aave accounts of one market as flat slices of
// uint256 values (no per-account heap objects) and recomputes their health
// factors: all of them (ScanFull, after the market time or balances move),
// or only the accounts exposed to one asset after its oracle price moves
// (Reprice). Results are exactly AaveMarket.AccountData's health factors.
//
// An AaveBook is not safe for concurrent use.
type AaveBook struct {
	m *AaveMarket

	// per account
	start []uint32 // entries of account i are start[i]:start[i+1]
	emode []uint8
	coll  []uint256.Int // total collateral in base currency
	debt  []uint256.Int // total debt in base currency
	sumLT []uint256.Int // Σ collateral value × liquidation threshold
	hf    []uint256.Int
	bad   []bool // the contract would revert (overflow): no health factor

	// per entry (one per account and reserve)
	res    []uint16
	flags  []uint8
	acct   []uint32
	sColl  []uint256.Int // aToken scaled balance
	sDebt  []uint256.Int // variable debt scaled balance
	bColl  []uint256.Int // aToken balance at the market time
	bDebt  []uint256.Int // total debt balance at the market time
	vColl  []uint256.Int // collateral value in base currency (0 if not counted)
	vDebt  []uint256.Int // debt value in base currency
	stable []int32       // index in stables, or -1
	stbl   []AaveEntry   // the few entries with stable debt

	// exposure index: entries of reserve r are expEnt[expStart[r]:expStart[r+1]]
	expStart []uint32
	expEnt   []uint32

	mark  []uint32 // per account: epoch of its last Reprice visit
	epoch uint32
	todo  []uint32 // scratch: accounts visited by RepriceEMode
}

const (
	bookCollateral = 1 << iota
	bookBorrowing
)

// NewAaveBook copies the positions into a book over market m (which the
// book reads at scan time: change prices and call SetTime on m, then scan).
// Account i is positions[i]. It fails with ErrAaveReserve on an entry whose
// reserve is outside the market or repeated within a position.
func NewAaveBook(m *AaveMarket, positions []AavePosition) (*AaveBook, error) {
	n := len(positions)
	ne := 0
	for i := range positions {
		ne += len(positions[i].Entries)
	}
	b := &AaveBook{
		m: m, start: make([]uint32, n+1), emode: make([]uint8, n),
		coll: make([]uint256.Int, n), debt: make([]uint256.Int, n), sumLT: make([]uint256.Int, n),
		hf: make([]uint256.Int, n), bad: make([]bool, n), mark: make([]uint32, n), todo: make([]uint32, 0, n),
		res: make([]uint16, ne), flags: make([]uint8, ne), acct: make([]uint32, ne),
		sColl: make([]uint256.Int, ne), sDebt: make([]uint256.Int, ne), bColl: make([]uint256.Int, ne),
		bDebt: make([]uint256.Int, ne), vColl: make([]uint256.Int, ne), vDebt: make([]uint256.Int, ne),
		stable: make([]int32, ne), expStart: make([]uint32, len(m.Reserves)+1),
	}
	k := 0
	for i := range positions {
		p := &positions[i]
		b.start[i] = uint32(k)
		b.emode[i] = p.EMode
		for j := range p.Entries {
			e := &p.Entries[j]
			if e.Reserve < 0 || e.Reserve >= len(m.Reserves) || e.Reserve > 0xffff {
				return nil, ErrAaveReserve
			}
			for q := 0; q < j; q++ {
				if p.Entries[q].Reserve == e.Reserve {
					return nil, ErrAaveReserve
				}
			}
			b.res[k] = uint16(e.Reserve)
			if e.Collateral {
				b.flags[k] |= bookCollateral
			}
			if e.Borrowing {
				b.flags[k] |= bookBorrowing
			}
			b.acct[k] = uint32(i)
			b.sColl[k] = e.ScaledCollateral
			b.sDebt[k] = e.ScaledVariableDebt
			b.stable[k] = -1
			if !e.StableDebt.IsZero() {
				b.stable[k] = int32(len(b.stbl))
				b.stbl = append(b.stbl, *e)
			}
			b.expStart[e.Reserve+1]++
			k++
		}
	}
	b.start[n] = uint32(k)
	for r := 1; r < len(b.expStart); r++ {
		b.expStart[r] += b.expStart[r-1]
	}
	b.expEnt = make([]uint32, ne)
	fill := make([]uint32, len(m.Reserves))
	for e := 0; e < ne; e++ {
		r := b.res[e]
		b.expEnt[b.expStart[r]+fill[r]] = uint32(e)
		fill[r]++
	}
	return b, nil
}

// Len is the number of accounts.
func (b *AaveBook) Len() int { return len(b.emode) }

// HealthFactor is account i's health factor from the last scan, and false
// when the contract would revert computing it.
func (b *AaveBook) HealthFactor(i int) (*uint256.Int, bool) { return &b.hf[i], !b.bad[i] }

// Totals is account i's total collateral and debt in base currency from the last scan.
func (b *AaveBook) Totals(i int) (coll, debt *uint256.Int) { return &b.coll[i], &b.debt[i] }

// Exposed is the number of accounts with an entry in reserve r.
func (b *AaveBook) Exposed(r int) int { return int(b.expStart[r+1] - b.expStart[r]) }

// ScanFull recomputes every account from its scaled balances at the
// market's time and prices, and appends to under[:0] the accounts whose
// health factor is below 1 (liquidatable), in account order. It does not
// allocate when under has capacity for them.
func (b *AaveBook) ScanFull(under []uint32) []uint32 {
	under = under[:0]
	for a := range b.emode {
		b.accountFull(a)
		if !b.bad[a] && b.hf[a].Lt(AaveLiquidationHFThreshold) {
			under = append(under, uint32(a))
		}
	}
	return under
}

// ltFor is the liquidation threshold that counts for entry e of an account in e-mode em.
func (b *AaveBook) ltFor(r *AaveReserve, em uint8) uint64 {
	if em != 0 && r.EModeCategory == em {
		return uint64(b.m.EModes[em].LiquidationThreshold)
	}
	return uint64(r.LiquidationThreshold)
}

// accountFull recomputes account a's balances, values, sums and health factor.
func (b *AaveBook) accountFull(a int) {
	m := b.m
	em := b.emode[a]
	var coll, debt, sumLT, w uint256.Int
	bad := false
	for e := b.start[a]; e < b.start[a+1]; e++ {
		r := &m.Reserves[b.res[e]]
		f := b.flags[e]
		b.vColl[e].Clear()
		b.vDebt[e].Clear()
		if f == 0 {
			continue
		}
		price := m.entryPrice(r, em)
		if f&bookCollateral != 0 && r.LiquidationThreshold != 0 {
			if r.badIncome || rayMulFast(&b.bColl[e], &b.sColl[e], &r.normIncome) != nil ||
				mulDivUnit(&b.vColl[e], &b.bColl[e], price, r.Decimals, &r.unit) != nil {
				bad = true
				break
			}
			if !addMulSmall(&coll, &sumLT, &b.vColl[e], b.ltFor(r, em), &w) {
				bad = true
				break
			}
		}
		if f&bookBorrowing != 0 {
			if err := b.debtBal(e, r); err != nil {
				bad = true
				break
			}
			if mulDivUnit(&b.vDebt[e], &b.bDebt[e], price, r.Decimals, &r.unit) != nil {
				bad = true
				break
			}
			if _, of := debt.AddOverflow(&debt, &b.vDebt[e]); of {
				bad = true
				break
			}
		}
	}
	b.bad[a] = bad
	if bad {
		return
	}
	b.coll[a], b.debt[a], b.sumLT[a] = coll, debt, sumLT
	b.finish(a)
}

func (b *AaveBook) debtBal(e uint32, r *AaveReserve) error {
	z := &b.bDebt[e]
	z.Clear()
	if !b.sDebt[e].IsZero() {
		if r.badDebt {
			return ErrAaveMath
		}
		if err := rayMulFast(z, &b.sDebt[e], &r.normDebt); err != nil {
			return err
		}
	}
	if s := b.stable[e]; s >= 0 {
		var sb uint256.Int
		if err := stableBalance(&sb, &b.stbl[s], b.m.now); err != nil {
			return err
		}
		if _, of := z.AddOverflow(z, &sb); of {
			return ErrAaveMath
		}
	}
	return nil
}

// addMulSmall adds v to coll and v*lt to sumLT, reporting false on overflow.
func addMulSmall(coll, sumLT, v *uint256.Int, lt uint64, w *uint256.Int) bool {
	if _, of := coll.AddOverflow(coll, v); of {
		return false
	}
	if mulSmall(w, v, lt) {
		return false
	}
	_, of := sumLT.AddOverflow(sumLT, w)
	return !of
}

// finish computes account a's health factor from its sums.
func (b *AaveBook) finish(a int) {
	var avg uint256.Int
	if !b.coll[a].IsZero() {
		divSmallQuot(&avg, &b.sumLT[a], &b.coll[a])
	}
	if hfFast(&b.hf[a], &b.coll[a], &b.debt[a], &avg) != nil {
		b.bad[a] = true
	}
}

// Reprice recomputes, after m.Reserves[r].Price changed, only the accounts
// with an entry in reserve r (from the balances of the last ScanFull),
// and appends to under[:0] those of them whose health factor is now
// below 1. Accounts in an e-mode category with a price source use that
// price for the category's assets: move it with RepriceEMode.
func (b *AaveBook) Reprice(r int, under []uint32) []uint32 {
	under = under[:0]
	m := b.m
	res := &m.Reserves[r]
	var nv, w uint256.Int
	for _, e := range b.expEnt[b.expStart[r]:b.expStart[r+1]] {
		a := int(b.acct[e])
		if b.bad[a] {
			b.accountFull(a)
		} else if !b.repriceEntry(a, e, res, &nv, &w) {
			b.accountFull(a)
		} else {
			b.finish(a)
		}
		if !b.bad[a] && b.hf[a].Lt(AaveLiquidationHFThreshold) {
			under = append(under, uint32(a))
		}
	}
	return under
}

// repriceEntry updates entry e's values and its account's sums at the
// reserve's current price. False means an overflow: recompute in full.
func (b *AaveBook) repriceEntry(a int, e uint32, r *AaveReserve, nv, w *uint256.Int) bool {
	em := b.emode[a]
	price := b.m.entryPrice(r, em)
	f := b.flags[e]
	if f&bookCollateral != 0 && r.LiquidationThreshold != 0 {
		if mulDivUnit(nv, &b.bColl[e], price, r.Decimals, &r.unit) != nil {
			return false
		}
		lt := b.ltFor(r, em)
		b.coll[a].Sub(&b.coll[a], &b.vColl[e])
		mulSmall(w, &b.vColl[e], lt)
		b.sumLT[a].Sub(&b.sumLT[a], w)
		b.vColl[e] = *nv
		if !addMulSmall(&b.coll[a], &b.sumLT[a], nv, lt, w) {
			return false
		}
	}
	if f&bookBorrowing != 0 {
		if mulDivUnit(nv, &b.bDebt[e], price, r.Decimals, &r.unit) != nil {
			return false
		}
		b.debt[a].Sub(&b.debt[a], &b.vDebt[e])
		b.vDebt[e] = *nv
		if _, of := b.debt[a].AddOverflow(&b.debt[a], nv); of {
			return false
		}
	}
	return true
}

// RepriceEMode is Reprice for a move of e-mode category c's price source
// (m.EModes[c].Price): it recomputes the accounts in category c holding
// one of its assets.
func (b *AaveBook) RepriceEMode(c uint8, under []uint32) []uint32 {
	under = under[:0]
	if c == 0 {
		return under
	}
	b.epoch++
	if b.epoch == 0 {
		clear(b.mark)
		b.epoch = 1
	}
	b.todo = b.todo[:0]
	var nv, w uint256.Int
	for r := range b.m.Reserves {
		res := &b.m.Reserves[r]
		if res.EModeCategory != c {
			continue
		}
		for _, e := range b.expEnt[b.expStart[r]:b.expStart[r+1]] {
			a := int(b.acct[e])
			if b.emode[a] != c {
				continue
			}
			if b.mark[a] != b.epoch {
				b.mark[a] = b.epoch
				b.todo = append(b.todo, uint32(a))
			}
			if b.bad[a] || !b.repriceEntry(a, e, res, &nv, &w) {
				b.bad[a] = true // recomputed in full below
			}
		}
	}
	for _, a := range b.todo {
		if b.bad[a] {
			b.accountFull(int(a))
		} else {
			b.finish(int(a))
		}
		if !b.bad[a] && b.hf[a].Lt(AaveLiquidationHFThreshold) {
			under = append(under, a)
		}
	}
	return under
}
