package fork

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// NewBlockSession returns a Session on f's state in block b's context that
// records what it loads, for replaying block b's transactions (b.Number
// must be f.Number()+1) and then advancing with AdvanceFrom. Recording
// costs one map insert per account or slot loaded; otherwise the session
// is an ordinary Session.
func (f *Fork) NewBlockSession(b Block) *Session {
	s := &Session{f: f, rd: &reader{f: f.fetch, ctx: context.Background(), rec: newReadSet()}}
	s.setBlock(b)
	s.Reset()
	return s
}

// AdvanceFrom returns the fork at block n (f.Number()+1) built from the
// post-state of s, a block session on f (NewBlockSession) that applied
// exactly block n's transactions, in order: f's cache is carried over
// with every account and slot the session loaded replaced by its value
// after the last transaction. Nothing is traced or proved, so where
// Advance fetches and decodes a prestate trace per block, AdvanceFrom
// fetches only n's header (one small request).
//
// Why this is sound. A transaction can only change state it loads:
// go-ethereum's StateDB reads every account it touches (balance, nonce,
// code, creation, self-destruct all start with a load) and every slot it
// writes (SSTORE reads the committed value for its gas cost), through the
// session's reader, which records them. The one exception is a contract
// created in the block, whose slots are written without being read: any
// account whose existence or code hash changed keeps none of its cached
// slots (they are fetched again at n). What changes state outside the
// transactions is dropped as Advance drops it: the system contracts and
// withdrawal recipients. Pre-merge blocks (block and uncle rewards) go
// through Advance.
//
// What is checked, else an error wrapping ErrBadAdvance and f stays
// usable: s ran on f, in block n's context (number, coinbase, time, gas
// limit, base fee as n's header says), applied exactly n's transaction
// hashes in order (no more, no fewer, no eth_call-only state: calls are
// reverted), had no fetch error, and its gas used equals the header's
// gasUsed. The caller is expected to have checked each receipt's status
// and gas, as the backtest does; with those, the post-state is the node's
// unless the EVM itself disagrees with the node's in a way that changes
// neither status nor gas, which a state root would catch but which the
// fork cannot compute (it holds no trie).
func (f *Fork) AdvanceFrom(ctx context.Context, n uint64, s *Session) (*Fork, error) {
	if n != f.Number()+1 {
		return nil, fmt.Errorf("%w: AdvanceFrom at %d to %d: one block at a time", ErrBadAdvance, f.Number(), n)
	}
	if s.f != f || s.rd.rec == nil {
		return nil, fmt.Errorf("%w: AdvanceFrom needs a block session on the fork at %d", ErrBadAdvance, f.Number())
	}
	if s.broken != nil {
		return nil, fmt.Errorf("%w: session broken: %w", ErrBadAdvance, s.broken)
	}
	if err := s.stateErr(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadAdvance, err)
	}
	b, err := f.sh.fetchBlock(ctx, n)
	if err != nil {
		return nil, err
	}
	h := b.header
	if h.Difficulty != nil && h.Difficulty.Sign() != 0 {
		return f.Advance(ctx, n) // block and uncle rewards: not in any transaction
	}
	blk := &s.block
	if blk.Number != n || blk.Coinbase != h.Coinbase || blk.Time != h.Time || blk.GasLimit != h.GasLimit ||
		(blk.BaseFee == nil) != (h.BaseFee == nil) || (blk.BaseFee != nil && blk.BaseFee.Cmp(h.BaseFee) != 0) {
		return nil, fmt.Errorf("%w: session's block context is not block %d's", ErrBadAdvance, n)
	}
	if len(s.applied) != s.txIdx || len(s.applied) != len(b.txs) {
		return nil, fmt.Errorf("%w: session applied %d transactions, block %d has %d", ErrBadAdvance, len(s.applied), n, len(b.txs))
	}
	for i, tx := range b.txs {
		if s.applied[i] != tx {
			return nil, fmt.Errorf("%w: block %d tx %d is %s, session applied %s", ErrBadAdvance, n, i, tx, s.applied[i])
		}
	}
	if used := s.gp.Used(); used != h.GasUsed {
		return nil, fmt.Errorf("%w: block %d: session used %d gas, header says %d", ErrBadAdvance, n, used, h.GasUsed)
	}

	// The post-state of everything the session loaded.
	rs := s.rd.rec
	s.rd.mu.Lock()
	accts, slots := rs.accounts[:len(rs.accounts):len(rs.accounts)], rs.slots[:len(rs.slots):len(rs.slots)]
	s.rd.mu.Unlock()
	drop := make(map[common.Address]bool, len(systemContracts)+len(b.withdrawals))
	for _, a := range systemContracts {
		drop[a] = true
	}
	for _, a := range b.withdrawals {
		drop[a] = true
	}
	allSlots := make(map[common.Address]bool) // created or destroyed in the block
	post := make(map[common.Address]account, len(accts))
	sdb := s.sdb
	for _, a := range accts {
		if drop[a] {
			continue
		}
		pre, ok := f.st.accounts.get(a)
		// As the fetcher builds it: an empty account does not exist and
		// has the empty code hash.
		acct := account{nonce: sdb.GetNonce(a), codeHash: sdb.GetCodeHash(a)}
		acct.balance = *sdb.GetBalance(a)
		if acct.codeHash == (common.Hash{}) {
			acct.codeHash = types.EmptyCodeHash
		}
		acct.exists = acct.nonce != 0 || !acct.balance.IsZero() || acct.codeHash != types.EmptyCodeHash
		if acct.codeHash != types.EmptyCodeHash {
			if _, have := f.sh.codes.get(acct.codeHash); !have {
				f.sh.codes.put(acct.codeHash, sdb.GetCode(a))
			}
		}
		if !ok || pre.exists != acct.exists || pre.codeHash != acct.codeHash {
			allSlots[a] = true
		}
		post[a] = acct
	}
	if err := s.stateErr(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadAdvance, err)
	}

	st := newBlockCache(f.sh.opts.cacheSize, f.sh.stats)
	var kept, dropped uint64
	f.st.accounts.each(func(a common.Address, acct account) {
		if drop[a] {
			dropped++
			return
		}
		if p, ok := post[a]; ok {
			acct = p
		}
		st.accounts.put(a, acct)
		kept++
	})
	for a, acct := range post {
		if _, ok := st.accounts.get(a); !ok {
			st.accounts.put(a, acct)
		}
	}
	written := make(map[slotKey]common.Hash, len(slots))
	for _, k := range slots {
		if drop[k.addr] || allSlots[k.addr] {
			continue
		}
		written[k] = sdb.GetState(k.addr, k.slot)
	}
	f.st.slots.each(func(k slotKey, v common.Hash) {
		if drop[k.addr] || allSlots[k.addr] {
			dropped++
			return
		}
		if w, ok := written[k]; ok {
			v = w
			delete(written, k)
		}
		st.slots.put(k, v)
		kept++
	})
	for k, v := range written {
		st.slots.put(k, v)
	}
	if err := s.stateErr(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadAdvance, err)
	}
	f.sh.stats.kept.Add(kept)
	f.sh.stats.invalidated.Add(dropped)
	nf := newFork(f.sh, h, b.hash, st)
	if f.sh.disk != nil {
		if err := f.sh.disk.load(nf); err != nil {
			return nil, err
		}
	}
	return nf, nil
}
