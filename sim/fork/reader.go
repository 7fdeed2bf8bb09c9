package fork

import (
	"context"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
)

// reader is go-ethereum's state.Reader over the fork's fetcher: the
// StateDB asks it for every account, slot and code it does not hold yet.
//
// state.Reader has no context parameter, so the reader carries the context
// of the simulation step that runs on it (set by the Session before each
// step, like net/http's Request carries one). It also keeps the first
// fetch error: the StateDB records one too (StateDB.Error), but code reads
// cannot return errors through the interface, and the typed *FetchError is
// what callers want.
type reader struct {
	f   *fetcher
	ctx context.Context

	// mu guards err and rec: a StateDB copy may read from another goroutine.
	mu  sync.Mutex
	err error
	// rec, when set (a block session, see Fork.NewBlockSession), records
	// every account and slot the StateDB loaded: a superset of what the
	// session's transactions wrote (see Fork.AdvanceFrom).
	rec *readSet
}

// readSet is the keys a reader served, each once, in first-read order.
type readSet struct {
	accounts []common.Address
	slots    []slotKey
	seenA    map[common.Address]bool
	seenS    map[slotKey]bool
}

func newReadSet() *readSet {
	return &readSet{seenA: make(map[common.Address]bool), seenS: make(map[slotKey]bool)}
}

func (r *reader) recordAccount(a common.Address) {
	r.mu.Lock()
	if rs := r.rec; rs != nil && !rs.seenA[a] {
		rs.seenA[a] = true
		rs.accounts = append(rs.accounts, a)
	}
	r.mu.Unlock()
}

func (r *reader) recordSlot(k slotKey) {
	r.mu.Lock()
	if rs := r.rec; rs != nil && !rs.seenS[k] {
		rs.seenS[k] = true
		rs.slots = append(rs.slots, k)
	}
	r.mu.Unlock()
}

var _ state.Reader = (*reader)(nil)

func (r *reader) setErr(err error) {
	r.mu.Lock()
	if r.err == nil {
		r.err = err
	}
	r.mu.Unlock()
}

func (r *reader) firstErr() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.err
}

// Account implements state.StateReader. A missing account is nil. The
// storage root is not known over eth_getBalance and friends; it is reported
// as empty, which only matters to code that commits a trie (never done on a
// fork) and to the EIP-7610 collision check on a CREATE2 address that has
// storage but neither code nor nonce, which does not occur in practice.
func (r *reader) Account(addr common.Address) (*types.StateAccount, error) {
	if r.rec != nil {
		r.recordAccount(addr)
	}
	a, err := r.f.account(r.ctx, addr)
	if err != nil {
		r.setErr(err)
		return nil, err
	}
	if !a.exists {
		return nil, nil
	}
	return &types.StateAccount{
		Nonce:    a.nonce,
		Balance:  new(uint256.Int).Set(&a.balance),
		Root:     types.EmptyRootHash,
		CodeHash: a.codeHash.Bytes(),
	}, nil
}

// Storage implements state.StateReader.
func (r *reader) Storage(addr common.Address, slot common.Hash) (common.Hash, error) {
	if r.rec != nil {
		r.recordSlot(slotKey{addr, slot})
	}
	v, err := r.f.storage(r.ctx, addr, slot)
	if err != nil {
		r.setErr(err)
	}
	return v, err
}

// Has implements state.ContractCodeReader.
func (r *reader) Has(addr common.Address, codeHash common.Hash) bool {
	return len(r.Code(addr, codeHash)) > 0
}

// Code implements state.ContractCodeReader. Code comes with its account,
// so this is a cache read unless the code cache lost it.
func (r *reader) Code(addr common.Address, codeHash common.Hash) []byte {
	code, err := r.f.code(r.ctx, addr, codeHash)
	if err != nil {
		r.setErr(err)
		return nil
	}
	return code
}

// CodeSize implements state.ContractCodeReader.
func (r *reader) CodeSize(addr common.Address, codeHash common.Hash) int {
	return len(r.Code(addr, codeHash))
}
