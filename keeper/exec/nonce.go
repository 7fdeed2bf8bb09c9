package exec

import (
	"context"
	"fmt"
	"sort"
	"sync"

	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// Lease is one nonce held for one bundle.
type Lease struct {
	Account common.Address
	Nonce   uint64
	// OpportunityID is the opportunity the nonce is for.
	OpportunityID string
	// MaxBlock is the last block the bundle may land in; after it the
	// lease expires unless the chain's nonce moved past Nonce.
	MaxBlock uint64
	// Sent is true once the signed transaction was handed to the relays;
	// TxHash is then its hash. An unsent lease is released on restart.
	Sent   bool
	TxHash common.Hash

	// durableUntil is the MaxBlock of the row the store holds for this
	// nonce (a reservation's or the lease's own); 0 when none. A lease
	// whose MaxBlock it covers is sent without a write first.
	durableUntil uint64
}

// ReservedID is the OpportunityID of a reservation: a nonce stored as sent
// ahead of need (Nonces.Reserve). A restart finds it like any sent lease
// and keeps the nonce until the chain passes it or its MaxBlock is mined.
const ReservedID = "(reserved)"

// NonceStore persists leases so that a restart neither reuses a nonce a
// live bundle holds nor skips one. The journal implements it; calls are
// transactional (a lease is either stored or not).
type NonceStore interface {
	// PutLease stores or replaces the lease for (Account, Nonce).
	PutLease(ctx context.Context, l Lease) error
	// DeleteLease removes the lease for (account, nonce).
	DeleteLease(ctx context.Context, account common.Address, nonce uint64) error
	// Leases returns the account's stored leases.
	Leases(ctx context.Context, account common.Address) ([]Lease, error)
}

// LeaseBatcher is a NonceStore that can store several leases in one
// transaction (all or none). Reserve uses it when the store has it, so
// that rewriting a few dozen reservations costs one disk sync, not one
// each, while MarkSent's writes wait their turn.
type LeaseBatcher interface {
	PutLeases(ctx context.Context, ls []Lease) error
}

// NonceReader is what the manager reads from the chain: the nonce of an
// account at the latest block (ethclient.Client has it as NonceAt(ctx, a, nil)).
type NonceReader interface {
	NonceAt(ctx context.Context, account common.Address, block *big.Int) (uint64, error)
}

// Nonces hands out nonces for one account. Safe for concurrent use.
type Nonces struct {
	account common.Address
	store   NonceStore

	// mu guards chain, leases and reserved.
	mu     sync.Mutex
	chain  uint64           // the account's nonce at the latest block seen
	leases map[uint64]Lease // live leases by nonce
	// reserved are nonces no lease holds that the store keeps as sent
	// (Reserve), with the MaxBlock of their rows.
	reserved map[uint64]uint64

	// writes orders MarkSent's and Reserve's store writes (taken before mu):
	// a reservation row never lands over a sent lease's own row.
	writes sync.Mutex
}

// NewNonces loads the account's leases from store and syncs with the chain:
// leases below the chain's nonce landed and are removed; unsent ones are
// released (their transactions never left the process).
func NewNonces(ctx context.Context, account common.Address, store NonceStore, chain NonceReader) (*Nonces, error) {
	n := &Nonces{account: account, store: store, leases: map[uint64]Lease{}, reserved: map[uint64]uint64{}}
	stored, err := store.Leases(ctx, account)
	if err != nil {
		return nil, fmt.Errorf("exec: load leases of %s: %w", account, err)
	}
	for _, l := range stored {
		if !l.Sent {
			if err := store.DeleteLease(ctx, account, l.Nonce); err != nil {
				return nil, fmt.Errorf("exec: release unsent lease %d: %w", l.Nonce, err)
			}
			continue
		}
		l.durableUntil = l.MaxBlock
		n.leases[l.Nonce] = l
	}
	if err := n.Sync(ctx, chain, 0); err != nil {
		return nil, err
	}
	return n, nil
}

// Sync reads the chain's nonce and ends leases: those under it landed (or
// were overtaken), those whose MaxBlock is at or before head expired (that
// block is mined and the chain nonce did not pass them). head 0
// skips expiry. It returns the leases that ended, for the caller's records.
func (n *Nonces) Sync(ctx context.Context, chain NonceReader, head uint64) error {
	_, err := n.SyncEnded(ctx, chain, head)
	return err
}

// Ended is a lease that ended at a sync, and how.
type Ended struct {
	Lease
	Landed bool // the chain's nonce moved past it
}

// SyncEnded is Sync returning the ended leases.
func (n *Nonces) SyncEnded(ctx context.Context, chain NonceReader, head uint64) ([]Ended, error) {
	cn, err := chain.NonceAt(ctx, n.account, nil)
	if err != nil {
		return nil, fmt.Errorf("exec: nonce of %s: %w", n.account, err)
	}
	// The rows go after the maps are updated, outside mu: Lease does not
	// wait for the deletes' fsyncs. writes is held throughout, so a lease
	// of a freed nonce writes its row (MarkSent) only after the old row
	// is deleted.
	n.writes.Lock()
	defer n.writes.Unlock()
	n.mu.Lock()
	n.chain = cn
	var ended []Ended
	var rows []uint64
	for nonce, l := range n.leases {
		switch {
		case nonce < cn:
			ended = append(ended, Ended{l, true})
		case head != 0 && l.MaxBlock <= head: // its last block is mined without it
			ended = append(ended, Ended{l, false})
		default:
			continue
		}
		delete(n.leases, nonce)
		switch {
		case nonce >= cn && l.durableUntil > head:
			// Expired, but its row reaches further: a reservation now.
			n.reserved[nonce] = l.durableUntil
		case l.Sent || l.durableUntil > 0: // an unsent lease was never stored
			rows = append(rows, nonce)
		}
	}
	for nonce, until := range n.reserved {
		if nonce >= cn && (head == 0 || until > head) {
			continue
		}
		rows = append(rows, nonce)
		delete(n.reserved, nonce)
	}
	n.mu.Unlock()
	sort.Slice(ended, func(i, j int) bool { return ended[i].Nonce < ended[j].Nonce })
	for _, nonce := range rows {
		if err := n.store.DeleteLease(ctx, n.account, nonce); err != nil {
			return ended, fmt.Errorf("exec: end lease %d: %w", nonce, err)
		}
	}
	return ended, nil
}

// Lease reserves the lowest nonce at or above the chain's that no live
// lease holds. The lease lives in memory until MarkSent: a restart
// releases unsent leases anyway, so storing one would only cost a durable
// write on the way to the relays (and a delete later).
func (n *Nonces) Lease(ctx context.Context, opportunityID string, maxBlock uint64) (Lease, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	nonce := n.chain
	for {
		if _, held := n.leases[nonce]; !held {
			break
		}
		nonce++
	}
	l := Lease{Account: n.account, Nonce: nonce, OpportunityID: opportunityID, MaxBlock: maxBlock}
	if until, ok := n.reserved[nonce]; ok {
		l.durableUntil = until
		delete(n.reserved, nonce)
	}
	n.leases[nonce] = l
	return l, nil
}

// MarkSent records that the lease's transaction is about to go to the
// relays. A crash must find that the nonce may be in use: when the store
// already holds a row for the nonce reaching the lease's MaxBlock (a
// reservation, see Reserve, or the lease's earlier send) nothing is
// written; otherwise this is the one durable write on the way to the
// relays. The write runs outside the manager's lock, so Submits of other
// opportunities do not queue behind it.
func (n *Nonces) MarkSent(ctx context.Context, l Lease, tx common.Hash) (Lease, error) {
	l.Sent, l.TxHash = true, tx
	n.mu.Lock()
	if cur, ok := n.leases[l.Nonce]; ok && cur.durableUntil > l.durableUntil {
		// The caller's copy is older (a flight's lease re-sent for a later
		// block): the row reaches what the manager knows it reaches.
		l.durableUntil = cur.durableUntil
	}
	n.mu.Unlock()
	if l.durableUntil < l.MaxBlock {
		n.writes.Lock()
		err := n.store.PutLease(ctx, l)
		n.writes.Unlock()
		if err != nil {
			return l, fmt.Errorf("exec: mark lease %d sent: %w", l.Nonce, err)
		}
		l.durableUntil = l.MaxBlock
	}
	n.mu.Lock()
	n.leases[l.Nonce] = l
	n.mu.Unlock()
	return l, nil
}

// Reserve keeps the count lowest nonces at or above the chain's stored as
// sent, each row covering the blocks up to head+blocks (rewritten when less
// than half of that is left): a free one as a reservation (ReservedID), a
// leased one as its lease with the longer reach. A lease of any of them
// whose MaxBlock the row reaches is sent without a durable write on the way
// (MarkSent), and so is the same nonce leased again after its lease
// expired. The executor calls it after each head, off the submission path
// (Config.ReserveNonces).
//
// The price is paid only after a crash: the restarted keeper keeps the
// stored nonces, used or not, until the chain passes them or their last
// block is mined, so no new bundle lands before that. A clean stop
// releases the unused ones (Unreserve).
func (n *Nonces) Reserve(ctx context.Context, head uint64, count int, blocks uint64) error {
	until, stale := head+blocks, head+blocks/2
	n.writes.Lock()
	defer n.writes.Unlock()
	var rows []Lease
	n.mu.Lock()
	for nonce := n.chain; nonce < n.chain+uint64(count); nonce++ {
		if l, held := n.leases[nonce]; held {
			if l.durableUntil < stale && l.MaxBlock <= until {
				row := l
				if !l.Sent {
					// Leased, not sent yet: no transaction to name, so the
					// row is a reservation's (as it stays when the lease is
					// then sent: MarkSent writes nothing within the row).
					row.OpportunityID, row.TxHash = ReservedID, common.Hash{}
				}
				row.MaxBlock, row.Sent = until, true
				rows = append(rows, row)
			}
			continue
		}
		if have, ok := n.reserved[nonce]; !ok || have < stale {
			rows = append(rows, Lease{Account: n.account, Nonce: nonce, OpportunityID: ReservedID, MaxBlock: until, Sent: true})
		}
	}
	n.mu.Unlock()
	if b, ok := n.store.(LeaseBatcher); ok && len(rows) > 1 {
		if err := b.PutLeases(ctx, rows); err != nil {
			return fmt.Errorf("exec: reserve nonces %d..%d: %w", rows[0].Nonce, rows[len(rows)-1].Nonce, err)
		}
		n.stored(rows, until)
		return nil
	}
	for i, row := range rows {
		if err := n.store.PutLease(ctx, row); err != nil {
			return fmt.Errorf("exec: reserve nonce %d: %w", row.Nonce, err)
		}
		n.stored(rows[i:i+1], until)
	}
	return nil
}

// stored notes that the rows now reach until, whoever holds their nonces (a
// lease whose MaxBlock is further writes its own row in MarkSent, after
// Reserve: writes is held).
func (n *Nonces) stored(rows []Lease, until uint64) {
	for _, row := range rows {
		n.mu.Lock()
		if l, held := n.leases[row.Nonce]; held {
			l.durableUntil = until
			n.leases[row.Nonce] = l
		} else {
			n.reserved[row.Nonce] = until
		}
		n.mu.Unlock()
	}
}

// Unreserve deletes the rows of reserved nonces no lease uses (a clean
// stop: nothing more will be sent).
func (n *Nonces) Unreserve(ctx context.Context) error {
	n.writes.Lock()
	defer n.writes.Unlock()
	n.mu.Lock()
	defer n.mu.Unlock()
	for nonce := range n.reserved {
		if err := n.store.DeleteLease(ctx, n.account, nonce); err != nil {
			return fmt.Errorf("exec: unreserve nonce %d: %w", nonce, err)
		}
		delete(n.reserved, nonce)
	}
	return nil
}

// Release frees a lease whose transaction was not sent (a failed signing,
// a dry run).
func (n *Nonces) Release(ctx context.Context, l Lease) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	if cur, ok := n.leases[l.Nonce]; ok && cur.durableUntil > l.durableUntil {
		// The caller's copy is older than a Reserve that wrote a row for
		// the nonce while it was leased (as in MarkSent).
		l.durableUntil = cur.durableUntil
	}
	delete(n.leases, l.Nonce)
	if l.durableUntil > 0 && !l.Sent {
		// Its row is a reservation's: the nonce goes back to them.
		n.reserved[l.Nonce] = l.durableUntil
		return nil
	}
	if l.Sent {
		if err := n.store.DeleteLease(ctx, n.account, l.Nonce); err != nil {
			return fmt.Errorf("exec: release lease %d: %w", l.Nonce, err)
		}
	}
	return nil
}

// Live returns the live leases, lowest nonce first.
func (n *Nonces) Live() []Lease {
	n.mu.Lock()
	defer n.mu.Unlock()
	out := make([]Lease, 0, len(n.leases))
	for _, l := range n.leases {
		out = append(out, l)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Nonce < out[j].Nonce })
	return out
}

// MemStore is a NonceStore in memory: for dry runs and tests of what does
// not survive a restart. Safe for concurrent use.
type MemStore struct {
	mu sync.Mutex
	m  map[common.Address]map[uint64]Lease
}

// PutLease implements NonceStore.
func (s *MemStore) PutLease(_ context.Context, l Lease) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil {
		s.m = map[common.Address]map[uint64]Lease{}
	}
	if s.m[l.Account] == nil {
		s.m[l.Account] = map[uint64]Lease{}
	}
	s.m[l.Account][l.Nonce] = l
	return nil
}

// DeleteLease implements NonceStore.
func (s *MemStore) DeleteLease(_ context.Context, a common.Address, nonce uint64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.m[a], nonce)
	return nil
}

// Leases implements NonceStore.
func (s *MemStore) Leases(_ context.Context, a common.Address) ([]Lease, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Lease
	for _, l := range s.m[a] {
		out = append(out, l)
	}
	return out, nil
}
