package exec

import (
	"context"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/keeperkit/keeperkit/keeper/journal"
)

// JournalStore keeps nonce leases in the keeper's journal, so that they
// survive a crash or a restart. Each call is one durable write.
//
// Take it from JournalQueue.Store when outcomes are journaled by a
// JournalQueue: its writes then take turns with the queue's in the process.
// Left to contend inside SQLite, a lease write that finds the queue's
// transaction holding the lock sleeps in SQLite's busy handler (1, 2, 5, 10
// ms...) instead of going as soon as the lock is free, and a lease write is
// what a bundle waits for before it goes to the relays.
type JournalStore struct {
	J *journal.Journal
	// writes, when set, is held around each write (JournalQueue.Store).
	writes *sync.Mutex
}

var (
	_ NonceStore   = JournalStore{}
	_ LeaseBatcher = JournalStore{}
)

func (s JournalStore) lock() func() {
	if s.writes == nil {
		return func() {}
	}
	s.writes.Lock()
	return s.writes.Unlock
}

// PutLease implements NonceStore.
func (s JournalStore) PutLease(ctx context.Context, l Lease) error {
	jl := journalLease(l)
	defer s.lock()()
	return s.J.PutLease(ctx, jl)
}

func journalLease(l Lease) journal.Lease {
	jl := journal.Lease{Account: l.Account.Hex(), Nonce: l.Nonce, OpportunityID: l.OpportunityID, MaxBlock: l.MaxBlock, Sent: l.Sent}
	if l.Sent {
		jl.TxHash = l.TxHash.Hex()
	}
	return jl
}

// PutLeases implements LeaseBatcher: one journal transaction.
func (s JournalStore) PutLeases(ctx context.Context, ls []Lease) error {
	jls := make([]journal.Lease, len(ls))
	for i, l := range ls {
		jls[i] = journalLease(l)
	}
	defer s.lock()()
	return s.J.PutLeases(ctx, jls)
}

// DeleteLease implements NonceStore.
func (s JournalStore) DeleteLease(ctx context.Context, account common.Address, nonce uint64) error {
	defer s.lock()()
	return s.J.DeleteLease(ctx, account.Hex(), nonce)
}

// Leases implements NonceStore.
func (s JournalStore) Leases(ctx context.Context, account common.Address) ([]Lease, error) {
	jls, err := s.J.Leases(ctx, account.Hex())
	if err != nil {
		return nil, err
	}
	out := make([]Lease, len(jls))
	for i, l := range jls {
		out[i] = Lease{Account: common.HexToAddress(l.Account), Nonce: l.Nonce, OpportunityID: l.OpportunityID, MaxBlock: l.MaxBlock, Sent: l.Sent}
		if l.Sent {
			out[i].TxHash = common.HexToHash(l.TxHash)
		}
	}
	return out, nil
}
