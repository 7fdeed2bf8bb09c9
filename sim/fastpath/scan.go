package fastpath

import "github.com/holiman/uint256"

// AaveBook holds many Aave accounts of one market as flat slices (no
// per-account heap objects) and finds the liquidatable ones (health factor
// below 1): all accounts (ScanFull, after the market time or the balances
// move), or only the accounts exposed to one asset after its oracle price
// moves (Reprice, RepriceEMode). The set returned is exactly the accounts
// AaveMarket.AccountData puts under 1 at the book's snapshot of the market.
//
// Most accounts are decided without their exact uint256 values: a float64
// pre-pass with a proven error bound (scan_bound.go) shows each one surely
// at least 1 or surely under 1, and only the accounts inside the bound's
// uncertainty band, or too large for it, take the exact path. After an
// oracle move an account's proven margin is moved by its exact linear
// sensitivity to that price (stored per account and reserve), so Reprice
// re-judges only the accounts whose margin the move used up: it is one
// sequential pass over the reserve's exposure list, and the answer is a
// flag per account (Under). Unlike a per-reserve index of critical prices,
// the margins stay valid when other reserves' prices move, so nothing is
// rebuilt between ScanFulls. Exact values
// are computed when needed: HealthFactor and Totals compute them on demand
// from the snapshot (Eager computes every health factor in the scans).
//
// The snapshot: ScanFull copies the market's reserves, e-mode categories
// and time; Reprice copies one reserve's price, RepriceEMode one category's
// price. HealthFactor, Totals and SetScaled read the snapshot, so change
// the market (prices, SetTime, reserve parameters), then scan.
//
// An AaveBook is not safe for concurrent use.
type AaveBook struct {
	m  *AaveMarket // the caller's market, read by the scans
	sm AaveMarket  // the book's snapshot of m, read by every computation

	// Eager makes the scans compute every visited account's exact health
	// factor instead of only those the float bound does not decide.
	Eager bool

	accts  []bookAccount // one per account, plus a sentinel
	hot    []bookHot     // one per account: the scans' state
	ents   []bookEntry   // one per account, reserve and side (collateral or debt)
	fe     []floatEntry  // per entry: the float pre-pass's view
	scaled []uint256.Int // per entry: aToken or variable debt scaled balance
	stable []int32       // per entry: index in stbl for stable debt, else -1
	stbl   []AaveEntry
	slot   []uint32 // per entry: its position in expEnt

	// exposure index: entries of reserve r are expEnt[expStart[r]:expStart[r+1]],
	// and exp holds their account and their margin's sensitivity to the
	// reserve's price (one sequential stream for Reprice)
	expStart []uint32
	expEnt   []uint32
	exp      []expSlot

	tab  []boundRow // per reserve: row 2r (oracle price, own threshold), 2r+1 (e-mode)
	maxS []float64  // per reserve: an upper bound of its entries' scaled balances

	mark  []uint32 // per account: epoch of its last RepriceEMode visit
	epoch uint32
	todo  []uint32

	nExact uint64 // accounts decided by the exact path (the benchmarks' %exact)
}

type bookAccount struct {
	hf    uint256.Int
	start uint32 // entries are start up to the next account's start
}

type expSlot struct {
	g    float64 // d(margin)/d(price): the bound's exact linear coefficient, in float
	gm   float32 // an upper bound of the magnitudes summed into g
	acct uint32
}

type bookHot struct {
	sig float64 // with stFloat: the proven margin left (> 0), see scan_bound.go
	st  uint8
	em  uint8 // e-mode category
}

type bookEntry struct {
	val  uint256.Int // value in base currency (0 if not counted), when acctVals is clear
	bal  uint256.Int // balance at the snapshot time (debt: variable + stable)
	acct uint32
	res  uint16
	debt bool
}

const (
	acctBad       = 1 << iota // the contract would revert computing it
	acctStale                 // hf not computed at the snapshot
	acctVals                  // entries' bal and val not computed at the snapshot
	acctUnder                 // health factor below 1
	acctFloat                 // decided by the float bound: sig is its margin
	acctExactOnly             // never decided by the float bound (stable debt, too many entries)
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
	nr := len(m.Reserves)
	b := &AaveBook{
		m: m, accts: make([]bookAccount, n+1), hot: make([]bookHot, n), ents: make([]bookEntry, ne),
		fe: make([]floatEntry, ne), slot: make([]uint32, ne),
		mark: make([]uint32, n), todo: make([]uint32, 0, n),
		scaled: make([]uint256.Int, ne), stable: make([]int32, ne), expStart: make([]uint32, nr+1),
		tab: make([]boundRow, 2*nr), maxS: make([]float64, nr),
	}
	b.sm.Reserves = make([]AaveReserve, nr)
	k := 0
	add := func(i int, e *AaveEntry, debt bool) {
		b.ents[k] = bookEntry{res: uint16(e.Reserve), debt: debt, acct: uint32(i)}
		b.stable[k] = -1
		if debt {
			b.scaled[k] = e.ScaledVariableDebt
			if !e.StableDebt.IsZero() {
				b.stable[k] = int32(len(b.stbl))
				b.stbl = append(b.stbl, *e)
				b.hot[i].st |= acctExactOnly
			}
		} else {
			b.scaled[k] = e.ScaledCollateral
		}
		b.setFloat(k)
		b.expStart[e.Reserve+1]++
		k++
	}
	for i := range positions {
		p := &positions[i]
		b.accts[i].start = uint32(k)
		b.hot[i].em = p.EMode
		b.hot[i].st |= acctStale | acctVals
		for j := range p.Entries {
			if e := &p.Entries[j]; e.Collateral {
				add(i, e, false)
			}
			if e := &p.Entries[j]; e.Borrowing {
				add(i, e, true)
			}
		}
		if k-int(b.accts[i].start) > boundMaxEntries {
			b.hot[i].st |= acctExactOnly
		}
	}
	b.accts[n].start = uint32(k) // sentinel: the end of the last account
	for r := 1; r < len(b.expStart); r++ {
		b.expStart[r] += b.expStart[r-1]
	}
	b.expEnt = make([]uint32, ne)
	b.exp = make([]expSlot, ne)
	fill := make([]uint32, nr)
	for e := 0; e < ne; e++ {
		r := b.ents[e].res
		pos := b.expStart[r] + fill[r]
		b.expEnt[pos] = uint32(e)
		b.exp[pos].acct = b.ents[e].acct
		b.slot[e] = pos
		fill[r]++
	}
	b.snapshot()
	return b, nil
}

// Len is the number of accounts.
func (b *AaveBook) Len() int { return len(b.accts) - 1 }

// Exposed is the number of accounts with an entry in reserve r.
func (b *AaveBook) Exposed(r int) int {
	n, last := 0, uint32(1<<32-1)
	for _, x := range b.exp[b.expStart[r]:b.expStart[r+1]] {
		if x.acct != last {
			n++
			last = x.acct
		}
	}
	return n
}

// Under reports whether account i was under 1 at the last scan that
// visited it (ScanFull, Reprice, RepriceEMode or SetScaled): the flag
// behind the scans' answers.
func (b *AaveBook) Under(i int) bool { return b.hot[i].st&acctUnder != 0 }

// HealthFactor is account i's exact health factor at the book's snapshot,
// and false when the contract would revert computing it.
func (b *AaveBook) HealthFactor(i int) (*uint256.Int, bool) {
	h := &b.hot[i]
	if h.st&acctBad == 0 && h.st&(acctStale|acctVals) != 0 {
		var coll, debt, sumLT uint256.Int
		if b.fresh(i) && b.sums(i, &coll, &debt, &sumLT) {
			b.exactHF(i, &coll, &debt, &sumLT)
		} else {
			h.st |= acctBad
		}
	}
	return &b.accts[i].hf, h.st&acctBad == 0
}

// Totals is account i's total collateral and debt in base currency at the
// book's snapshot, and false when the contract would revert computing them.
func (b *AaveBook) Totals(i int) (coll, debt uint256.Int, ok bool) {
	var sumLT uint256.Int
	ok = b.hot[i].st&acctBad == 0 && b.fresh(i) && b.sums(i, &coll, &debt, &sumLT)
	return coll, debt, ok
}

// DebtBounds bounds account i's total debt in base currency at the book's
// snapshot, the debt Totals returns, by the float pass (scan_bound.go):
// lo <= debt <= hi, hi − lo being the per-entry rounding bound plus 2^-40
// of the debt. Ranking thousands of accounts by debt then needs the exact
// Totals only of those whose bounds overlap the best ones'. ok is false
// where the pass does not apply (stable debt, more entries than it
// handles, balances beyond its limits, a reserve whose indexes revert, an
// account the contract reverts on): Totals decides those.
func (b *AaveBook) DebtBounds(i int) (lo, hi float64, ok bool) {
	h := &b.hot[i]
	if h.st&(acctExactOnly|acctBad) != 0 {
		return 0, 0, false
	}
	var xd, ad float64
	for e := b.accts[i].start; e < b.accts[i+1].start; e++ {
		f := &b.fe[e]
		if !f.debt {
			continue
		}
		t := b.row(f.res, h.em)
		if !(f.s <= t.lim) {
			return 0, 0, false
		}
		xd += f.s * t.qd * t.p
		ad += t.hu*t.p + 1
	}
	d := ad + boundEps*(xd+ad)
	return xd - d, xd + d, true
}

// fresh computes account i's entries at the snapshot if they are stale.
func (b *AaveBook) fresh(i int) bool {
	h := &b.hot[i]
	if h.st&acctVals == 0 {
		return true
	}
	if !b.refresh(i) {
		return false
	}
	h.st &^= acctVals
	return true
}

// ScanFull takes a snapshot of the market (reserves, e-mode categories,
// time), decides every account from its scaled balances, and appends to
// under[:0] the accounts whose health factor is below 1, in account order.
// It does not allocate when under has capacity for them.
func (b *AaveBook) ScanFull(under []uint32) []uint32 {
	under = under[:0]
	b.snapshot()
	for a := 0; a < len(b.hot); a++ {
		b.hot[a].st |= acctStale | acctVals
		if b.judge(a) {
			under = append(under, uint32(a))
		}
	}
	return under
}

// snapshot copies the market into the book and prepares the float rows.
func (b *AaveBook) snapshot() {
	copy(b.sm.Reserves, b.m.Reserves)
	b.sm.EModes = b.m.EModes
	b.sm.now = b.m.now
	for r := range b.sm.Reserves {
		b.setRow(r)
	}
}

// judge decides account a at the snapshot, by the float bound when it can
// (leaving the exact values stale) and exactly otherwise, and reports
// whether it is under 1.
func (b *AaveBook) judge(a int) bool {
	if b.Eager || b.hot[a].st&acctExactOnly != 0 || !b.bound(a) {
		return b.exact(a)
	}
	return b.hot[a].st&acctUnder != 0
}

// exact decides account a from its exact values.
func (b *AaveBook) exact(a int) bool {
	h := &b.hot[a]
	b.nExact++
	h.st &^= acctFloat | acctUnder | acctBad
	ok := h.st&acctVals == 0 || b.refresh(a)
	if ok {
		h.st &^= acctVals
	}
	if b.evaluate(a, ok) {
		h.st |= acctUnder
		return true
	}
	return false
}

// balance sets entry e's balance at the snapshot time: the aToken balance
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
		if stableBalance(&sb, &b.stbl[s], b.sm.now) != nil {
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
	return mulDivUnit(&x.val, &x.bal, b.sm.entryPrice(r, em), r.Decimals, &r.unit) == nil
}

// sums adds up account a's entry values as calculateUserAccountData does:
// collateral, debt and Σ collateral × liquidation threshold. False on overflow.
func (b *AaveBook) sums(a int, coll, debt, sumLT *uint256.Int) bool {
	m := &b.sm
	em := b.hot[a].em
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

// evaluate finishes account a after its entries were computed (ok false:
// one of them would revert) and reports whether it is under 1.
func (b *AaveBook) evaluate(a int, ok bool) bool {
	var coll, debt, sumLT uint256.Int
	h := &b.hot[a]
	if !ok || !b.sums(a, &coll, &debt, &sumLT) {
		h.st |= acctBad
		return false
	}
	if !b.Eager && surelySafe(&coll, &debt, &sumLT) {
		h.st |= acctStale
		return false
	}
	if !b.exactHF(a, &coll, &debt, &sumLT) {
		return false
	}
	return b.accts[a].hf.Lt(AaveLiquidationHFThreshold)
}

// exactHF computes account a's health factor from its sums.
func (b *AaveBook) exactHF(a int, coll, debt, sumLT *uint256.Int) bool {
	var avg uint256.Int
	if !coll.IsZero() {
		divSmallQuot(&avg, sumLT, coll)
	}
	h := &b.hot[a]
	if hfFast(&b.accts[a].hf, coll, debt, &avg) != nil {
		h.st |= acctBad
		return false
	}
	h.st &^= acctStale
	return true
}

// surelySafe reports sumLT >= coll + 10^4 × (debt + 1), which implies a
// health factor of at least 1: avgLT = ⌊sumLT/coll⌋ > sumLT/coll − 1, so
// t = percentMul(coll, avgLT) > (coll·avgLT + 5000)/10^4 − 1 >
// (sumLT − coll)/10^4 − 1 >= debt, and wadDiv(t, debt) >= 10^18 when t >= debt.
// (No debt: the health factor is 2^256−1.) A debt of 2^256−1, whose
// debt + 1 wraps, is not surely safe (FuzzAaveBook found one at hf 0).
func surelySafe(coll, debt, sumLT *uint256.Int) bool {
	if debt.IsZero() {
		return true
	}
	var bound uint256.Int
	if _, of := bound.AddOverflow(debt, uint256.NewInt(1)); of {
		return false
	}
	if mulSmall(&bound, &bound, 1e4) {
		return false
	}
	if _, of := bound.AddOverflow(&bound, coll); of {
		return false
	}
	return !sumLT.Lt(&bound)
}

// Reprice re-decides, after m.Reserves[r].Price changed, only the accounts
// with an entry in reserve r (with the balances of the last ScanFull), and
// appends to under[:0] those of them now under 1, in account order. An
// account decided by the float bound keeps its answer while its margin,
// moved by its exact sensitivity to this price, stays positive; the others
// are decided again. Accounts in an e-mode category with a price source
// use that price for the category's assets: move it with RepriceEMode.
func (b *AaveBook) Reprice(r int, under []uint32) []uint32 {
	under = under[:0]
	po := b.tab[2*r].p
	b.sm.Reserves[r].Price = b.m.Reserves[r].Price
	b.setRow(r)
	pn := b.tab[2*r].p
	// keep: every entry of r within the float bound's range at the new price
	keep := !b.Eager && b.maxS[r] <= b.tab[2*r].lim && b.maxS[r] <= b.tab[2*r+1].lim
	dp, ps := pn-po, pn+po
	lo, hi := b.expStart[r], b.expStart[r+1]
	fresh := false // the account's values were at the snapshot before this move
	for k := lo; k < hi; k++ {
		x := &b.exp[k]
		a := x.acct
		h := &b.hot[a]
		if k == lo || b.exp[k-1].acct != a {
			fresh = h.st&acctVals == 0
		}
		h.st |= acctStale | acctVals
		if h.st&acctFloat != 0 {
			if s := moveMargin(h.sig, x.g, x.gm, dp, ps); keep && s > 0 {
				h.sig = s
			} else {
				h.st &^= acctFloat
			}
		}
		if k+1 < hi && b.exp[k+1].acct == a {
			continue // the account's other side in this reserve
		}
		if h.st&acctFloat == 0 {
			if fresh && b.revalue(r, k, lo) {
				h.st &^= acctVals
			}
			b.judge(int(a))
		}
		if h.st&acctUnder != 0 {
			under = append(under, a)
		}
	}
	return under
}

// revalue recomputes the values of the entries of reserve r at exposure
// positions k and, for the same account, k−1 (its balances stand: only
// the price moved).
func (b *AaveBook) revalue(r int, k, lo uint32) bool {
	res := &b.sm.Reserves[r]
	a := b.exp[k].acct
	em := b.hot[a].em
	if !b.value(b.expEnt[k], res, em) {
		return false
	}
	return k == lo || b.exp[k-1].acct != a || b.value(b.expEnt[k-1], res, em)
}

// refresh computes every entry of account a at the snapshot.
func (b *AaveBook) refresh(a int) bool {
	em := b.hot[a].em
	for e := b.accts[a].start; e < b.accts[a+1].start; e++ {
		r := &b.sm.Reserves[b.ents[e].res]
		if !b.balance(e, r) || !b.value(e, r, em) {
			return false
		}
	}
	return true
}

// RepriceEMode is Reprice for a move of e-mode category c's price source
// (m.EModes[c].Price): it decides again the accounts in category c holding
// one of its assets, and appends those now under 1 to under[:0].
func (b *AaveBook) RepriceEMode(c uint8, under []uint32) []uint32 {
	under = under[:0]
	if c == 0 {
		return under
	}
	b.sm.EModes[c].Price = b.m.EModes[c].Price
	b.epoch++
	if b.epoch == 0 {
		clear(b.mark)
		b.epoch = 1
	}
	b.todo = b.todo[:0]
	for r := range b.sm.Reserves {
		if b.sm.Reserves[r].EModeCategory != c {
			continue
		}
		b.setRow(r)
		for _, x := range b.exp[b.expStart[r]:b.expStart[r+1]] {
			if a := x.acct; b.hot[a].em == c && b.mark[a] != b.epoch {
				b.mark[a] = b.epoch
				b.todo = append(b.todo, a)
			}
		}
	}
	for _, a := range b.todo {
		b.hot[a].st |= acctStale | acctVals
		if b.judge(int(a)) {
			under = append(under, a)
		}
	}
	return under
}

// SetScaled replaces the scaled balance of account a's collateral (debt
// false) or variable debt (debt true) in reserve r, after a Supply,
// Withdraw, Borrow, Repay or Transfer event, and decides the account again
// at the book's snapshot (the market's time at the last ScanFull). It
// reports whether the account is now under 1; found is false when the
// account has no such entry (build a new book).
func (b *AaveBook) SetScaled(a, r int, debt bool, scaled *uint256.Int) (under, found bool) {
	for e := b.accts[a].start; e < b.accts[a+1].start; e++ {
		x := &b.ents[e]
		if int(x.res) != r || x.debt != debt {
			continue
		}
		b.scaled[e] = *scaled
		b.setFloat(int(e))
		b.hot[a].st |= acctStale | acctVals
		return b.judge(a), true
	}
	return false, false
}
