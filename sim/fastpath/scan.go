package fastpath

import "github.com/holiman/uint256"

// AaveBook holds many Aave accounts of one market as flat slices of
// uint256 values (no per-account heap objects) and finds the liquidatable
// ones (health factor below 1): all accounts (ScanFull, after the market
// time or the balances move), or only the accounts exposed to one asset
// after its oracle price moves (Reprice, RepriceEMode). The set returned
// is exactly the accounts AaveMarket.AccountData puts under 1.
//
// The exact health factor of an account is computed when a scan finds it
// under or near 1, and otherwise on demand by HealthFactor: an account
// whose Σ value × threshold is at least its collateral plus 10^4 × (debt
// + 1) has a health factor of at least 1 whatever the roundings (see
// surelySafe), so the scan skips its three divisions. Set Eager to compute
// every health factor in the scan itself.
//
// An AaveBook is not safe for concurrent use.
type AaveBook struct {
	m *AaveMarket

	// Eager makes the scans compute every exposed account's exact health
	// factor instead of only those that may be under 1.
	Eager bool

	// Hot data sits in arrays of structs so that re-evaluating one
	// account touches a few adjacent cache lines.
	accts  []bookAccount
	ents   []bookEntry   // one per account, reserve and side (collateral or debt)
	scaled []uint256.Int // per entry: aToken or variable debt scaled balance
	stable []int32       // per entry: index in stbl for stable debt, else -1
	stbl   []AaveEntry

	// exposure index: entries of reserve r are expEnt[expStart[r]:expStart[r+1]]
	expStart []uint32
	expEnt   []uint32

	mark  []uint32 // per account: epoch of its last RepriceEMode visit
	epoch uint32
	todo  []uint32
}

type bookAccount struct {
	hf    uint256.Int
	start uint32 // entries are start up to the next account's start
	emode uint8
	state uint8 // acctBad, acctStale
}

type bookEntry struct {
	val  uint256.Int // value in base currency at the current price (0 if not counted)
	bal  uint256.Int // balance at the market time (debt: variable + stable)
	acct uint32
	res  uint16
	debt bool
}

const (
	acctBad   = 1 << iota // the contract would revert computing it
	acctStale             // hf not computed since the last scan
)

// NewAaveBook copies the positions into a book over market m, which the
// book reads at scan time: change prices and call SetTime on m, then
// scan. Account i is positions[i]. An entry counts as collateral when its
// Collateral flag is set and as debt when Borrowing is. It fails with
// ErrAaveReserve on an entry whose reserve is outside the market or
// repeated within a position.
func NewAaveBook(m *AaveMarket, positions []AavePosition) (*AaveBook, error) {
	n := len(positions)
	ne := 0
	for i := range positions {
		p := &positions[i]
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
			if e.Collateral {
				ne++
			}
			if e.Borrowing {
				ne++
			}
		}
	}
	b := &AaveBook{
		m: m, accts: make([]bookAccount, n+1), ents: make([]bookEntry, ne),
		mark: make([]uint32, n), todo: make([]uint32, 0, n),
		scaled: make([]uint256.Int, ne), stable: make([]int32, ne), expStart: make([]uint32, len(m.Reserves)+1),
	}
	k := 0
	add := func(i int, e *AaveEntry, debt bool) {
		b.ents[k] = bookEntry{res: uint16(e.Reserve), debt: debt, acct: uint32(i)}
		b.stable[k] = -1
		if debt {
			b.scaled[k] = e.ScaledVariableDebt
			if !e.StableDebt.IsZero() {
				b.stable[k] = int32(len(b.stbl))
				b.stbl = append(b.stbl, *e)
			}
		} else {
			b.scaled[k] = e.ScaledCollateral
		}
		b.expStart[e.Reserve+1]++
		k++
	}
	for i := range positions {
		p := &positions[i]
		b.accts[i] = bookAccount{start: uint32(k), emode: p.EMode, state: acctStale}
		for j := range p.Entries {
			if e := &p.Entries[j]; e.Collateral {
				add(i, e, false)
			}
			if e := &p.Entries[j]; e.Borrowing {
				add(i, e, true)
			}
		}
	}
	b.accts[n].start = uint32(k) // sentinel: the end of the last account
	for r := 1; r < len(b.expStart); r++ {
		b.expStart[r] += b.expStart[r-1]
	}
	b.expEnt = make([]uint32, ne)
	fill := make([]uint32, len(m.Reserves))
	for e := 0; e < ne; e++ {
		r := b.ents[e].res
		b.expEnt[b.expStart[r]+fill[r]] = uint32(e)
		fill[r]++
	}
	return b, nil
}

// Len is the number of accounts.
func (b *AaveBook) Len() int { return len(b.accts) - 1 }

// Exposed is the number of accounts with an entry in reserve r.
func (b *AaveBook) Exposed(r int) int {
	n, last := 0, uint32(1<<32-1)
	for _, e := range b.expEnt[b.expStart[r]:b.expStart[r+1]] {
		if b.ents[e].acct != last {
			n++
			last = b.ents[e].acct
		}
	}
	return n
}

// HealthFactor is account i's exact health factor at the last scan, and
// false when the contract would revert computing it.
func (b *AaveBook) HealthFactor(i int) (*uint256.Int, bool) {
	ac := &b.accts[i]
	if ac.state&acctBad == 0 && ac.state&acctStale != 0 {
		var coll, debt, sumLT uint256.Int
		if b.sums(i, &coll, &debt, &sumLT) {
			b.exactHF(i, &coll, &debt, &sumLT)
		} else {
			ac.state |= acctBad
		}
	}
	return &ac.hf, ac.state&acctBad == 0
}

// Totals is account i's total collateral and debt in base currency at
// the last scan, and false when the contract would revert computing them.
func (b *AaveBook) Totals(i int) (coll, debt uint256.Int, ok bool) {
	var sumLT uint256.Int
	ok = b.accts[i].state&acctBad == 0 && b.sums(i, &coll, &debt, &sumLT)
	return coll, debt, ok
}

// ScanFull recomputes every account from its scaled balances at the
// market's time and prices, and appends to under[:0] the accounts whose
// health factor is below 1, in account order. It does not allocate when
// under has capacity for them.
func (b *AaveBook) ScanFull(under []uint32) []uint32 {
	under = under[:0]
	m := b.m
	for a := 0; a < len(b.accts)-1; a++ {
		em := b.accts[a].emode
		ok := true
		for e := b.accts[a].start; e < b.accts[a+1].start; e++ {
			r := &m.Reserves[b.ents[e].res]
			if !b.balance(e, r) || !b.value(e, r, em) {
				ok = false
				break
			}
		}
		if b.evaluate(a, ok) {
			under = append(under, uint32(a))
		}
	}
	return under
}

// balance sets entry e's balance at the market time: the aToken balance
// (scaled.rayMul(normalized income)) or the debt (variable, skipped when
// zero, plus stable).
func (b *AaveBook) balance(e uint32, r *AaveReserve) bool {
	z := &b.ents[e].bal
	if !b.ents[e].debt {
		if r.LiquidationThreshold == 0 {
			z.Clear()
			return true
		}
		return !r.badIncome && rayMulFast(z, &b.scaled[e], &r.normIncome) == nil
	}
	z.Clear()
	if !b.scaled[e].IsZero() {
		if r.badDebt || rayMulFast(z, &b.scaled[e], &r.normDebt) != nil {
			return false
		}
	}
	if s := b.stable[e]; s >= 0 {
		var sb uint256.Int
		if stableBalance(&sb, &b.stbl[s], b.m.now) != nil {
			return false
		}
		if _, of := z.AddOverflow(z, &sb); of {
			return false
		}
	}
	return true
}

// value sets entry e's value in base currency: balance × price / 10^decimals,
// with the e-mode price when it applies.
func (b *AaveBook) value(e uint32, r *AaveReserve, em uint8) bool {
	x := &b.ents[e]
	if !x.debt && r.LiquidationThreshold == 0 {
		x.val.Clear()
		return true
	}
	return mulDivUnit(&x.val, &x.bal, b.m.entryPrice(r, em), r.Decimals, &r.unit) == nil
}

// sums adds up account a's entry values as calculateUserAccountData does:
// collateral, debt and Σ collateral × liquidation threshold. False on overflow.
func (b *AaveBook) sums(a int, coll, debt, sumLT *uint256.Int) bool {
	m := b.m
	em := b.accts[a].emode
	coll.Clear()
	debt.Clear()
	sumLT.Clear()
	var w uint256.Int
	ents := b.ents[b.accts[a].start:b.accts[a+1].start]
	for k := range ents {
		x := &ents[k]
		v := &x.val
		if x.debt {
			if _, of := debt.AddOverflow(debt, v); of {
				return false
			}
			continue
		}
		r := &m.Reserves[x.res]
		lt := uint64(r.LiquidationThreshold)
		if lt == 0 {
			continue
		}
		if em != 0 && r.EModeCategory == em {
			lt = uint64(m.EModes[em].LiquidationThreshold)
		}
		if _, of := coll.AddOverflow(coll, v); of {
			return false
		}
		if mulSmall(&w, v, lt) {
			return false
		}
		if _, of := sumLT.AddOverflow(sumLT, &w); of {
			return false
		}
	}
	return true
}

// evaluate finishes account a after its entries changed (ok false: one of
// them would revert) and reports whether it is under 1.
func (b *AaveBook) evaluate(a int, ok bool) bool {
	var coll, debt, sumLT uint256.Int
	ac := &b.accts[a]
	if !ok || !b.sums(a, &coll, &debt, &sumLT) {
		ac.state = acctBad
		return false
	}
	if !b.Eager && surelySafe(&coll, &debt, &sumLT) {
		ac.state = acctStale
		return false
	}
	if !b.exactHF(a, &coll, &debt, &sumLT) {
		return false
	}
	return ac.hf.Lt(AaveLiquidationHFThreshold)
}

// exactHF computes account a's health factor from its sums.
func (b *AaveBook) exactHF(a int, coll, debt, sumLT *uint256.Int) bool {
	var avg uint256.Int
	if !coll.IsZero() {
		divSmallQuot(&avg, sumLT, coll)
	}
	ac := &b.accts[a]
	if hfFast(&ac.hf, coll, debt, &avg) != nil {
		ac.state = acctBad
		return false
	}
	ac.state = 0
	return true
}

// surelySafe reports sumLT >= coll + 10^4 × (debt + 1), which implies a
// health factor of at least 1: avgLT = ⌊sumLT/coll⌋ > sumLT/coll − 1, so
// t = percentMul(coll, avgLT) > (coll·avgLT + 5000)/10^4 − 1 >
// (sumLT − coll)/10^4 − 1 >= debt, and wadDiv(t, debt) >= 10^18 when t >= debt.
// (No debt: the health factor is 2^256−1.)
func surelySafe(coll, debt, sumLT *uint256.Int) bool {
	if debt.IsZero() {
		return true
	}
	var bound uint256.Int
	bound.AddUint64(debt, 1)
	if mulSmall(&bound, &bound, 1e4) {
		return false
	}
	if _, of := bound.AddOverflow(&bound, coll); of {
		return false
	}
	return !sumLT.Lt(&bound)
}

// Reprice re-evaluates, after m.Reserves[r].Price changed, only the
// accounts with an entry in reserve r (with the balances of the last
// ScanFull), and appends to under[:0] those of them now under 1. Accounts
// in an e-mode category with a price source use that price for the
// category's assets: move it with RepriceEMode.
func (b *AaveBook) Reprice(r int, under []uint32) []uint32 {
	under = under[:0]
	res := &b.m.Reserves[r]
	list := b.expEnt[b.expStart[r]:b.expStart[r+1]]
	ok := true
	for k, e := range list {
		a := int(b.ents[e].acct)
		ok = b.value(e, res, b.accts[a].emode) && ok
		if k+1 < len(list) && int(b.ents[list[k+1]].acct) == a {
			continue // the account's other side in this reserve
		}
		if b.accts[a].state&acctBad != 0 {
			ok = b.refresh(a)
		}
		if b.evaluate(a, ok) {
			under = append(under, uint32(a))
		}
		ok = true
	}
	return under
}

// refresh recomputes every entry of account a (after an overflow).
func (b *AaveBook) refresh(a int) bool {
	for e := b.accts[a].start; e < b.accts[a+1].start; e++ {
		r := &b.m.Reserves[b.ents[e].res]
		if !b.balance(e, r) || !b.value(e, r, b.accts[a].emode) {
			return false
		}
	}
	return true
}

// RepriceEMode is Reprice for a move of e-mode category c's price source
// (m.EModes[c].Price): it re-evaluates the accounts in category c holding
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
	for r := range b.m.Reserves {
		res := &b.m.Reserves[r]
		if res.EModeCategory != c {
			continue
		}
		for _, e := range b.expEnt[b.expStart[r]:b.expStart[r+1]] {
			a := b.ents[e].acct
			if b.accts[a].emode != c {
				continue
			}
			if b.mark[a] != b.epoch {
				b.mark[a] = b.epoch
				b.todo = append(b.todo, a)
			}
			if !b.value(e, res, c) {
				b.accts[a].state = acctBad
			}
		}
	}
	for _, a := range b.todo {
		ok := true
		if b.accts[a].state&acctBad != 0 {
			ok = b.refresh(int(a))
		}
		if b.evaluate(int(a), ok) {
			under = append(under, a)
		}
	}
	return under
}

// SetScaled replaces the scaled balance of account a's collateral (debt
// false) or variable debt (debt true) in reserve r, after a Supply,
// Withdraw, Borrow, Repay or Transfer event, and re-evaluates the account
// at the market's time. It reports whether the account is now under 1;
// found is false when the account has no such entry (build a new book).
func (b *AaveBook) SetScaled(a, r int, debt bool, scaled *uint256.Int) (under, found bool) {
	for e := b.accts[a].start; e < b.accts[a+1].start; e++ {
		x := &b.ents[e]
		if int(x.res) != r || x.debt != debt {
			continue
		}
		b.scaled[e] = *scaled
		res := &b.m.Reserves[r]
		ok := b.balance(e, res) && b.value(e, res, b.accts[a].emode)
		if ok && b.accts[a].state&acctBad != 0 {
			ok = b.refresh(a)
		}
		return b.evaluate(a, ok), true
	}
	return false, false
}
