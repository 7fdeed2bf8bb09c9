package exec

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"github.com/keeperkit/keeperkit/keeper/journal"
)

// JournalStore keeps nonce leases in the keeper's journal, so that they
// survive a crash or a restart. Each call is one durable write.
type JournalStore struct{ J *journal.Journal }

var _ NonceStore = JournalStore{}

// PutLease implements NonceStore.
func (s JournalStore) PutLease(ctx context.Context, l Lease) error {
	jl := journal.Lease{Account: l.Account.Hex(), Nonce: l.Nonce, OpportunityID: l.OpportunityID, MaxBlock: l.MaxBlock, Sent: l.Sent}
	if l.Sent {
		jl.TxHash = l.TxHash.Hex()
	}
	return s.J.PutLease(ctx, jl)
}

// DeleteLease implements NonceStore.
func (s JournalStore) DeleteLease(ctx context.Context, account common.Address, nonce uint64) error {
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
