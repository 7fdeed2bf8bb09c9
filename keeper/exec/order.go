package exec

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Several bundles of one sender in flight at once (two liquidations found
// in the same block) hold consecutive nonces n, n+1, …: the one at n+1 is
// only valid after the one at n. A relay that simulates bundles on arrival
// refuses it ("nonce too high"), and a builder that meets it first in its
// ordering drops it; on its own it lands a block later at best.
//
// So each bundle carries the transactions of our bundles still waiting at
// lower nonces in front of its own, in nonce order, marked as droppable
// (Bundle.Dropping): the bundle is valid on the chain's state by itself.
// Whichever of them the builder takes first lands the earlier transactions
// too; the others then skip the ones already in the block. Each earlier
// bundle sees its own transactions land through its receipts, whoever
// carried them. Predecessors are recomputed at every submission, after the
// leases of landed and expired bundles ended, so a bundle never carries a
// transaction that is already on chain.
//
// The Front transactions (the pending transaction a bundle backruns) are
// droppable too: once the target is mined by someone else, our calls run
// on the state after it anyway, so the bundle stays valid without it.

// predecessors returns the raw transactions of our waiting bundles whose
// nonces are below f's, in nonce order, and their hashes.
func (e *Executor) predecessors(f *flight) ([][]byte, []common.Hash) {
	if len(f.leases) == 0 {
		return nil, nil
	}
	first := f.leases[0].Nonce
	var txs [][]byte
	var hashes []common.Hash
	seen := map[string]bool{f.opp.ID: true}
	for _, l := range e.nonces.Live() {
		if l.Nonce >= first {
			break
		}
		if seen[l.OpportunityID] {
			continue
		}
		seen[l.OpportunityID] = true
		e.mu.Lock()
		p := e.flights[l.OpportunityID]
		var raws [][]byte
		// Skipped: being signed, landed, or a backrun (its target is not
		// ours to include).
		if p != nil && p.status == StatusSent && p.opp.HintHash == (common.Hash{}) {
			raws = p.raws
		}
		e.mu.Unlock()
		for _, raw := range raws {
			txs = append(txs, raw)
			hashes = append(hashes, crypto.Keccak256Hash(raw))
		}
	}
	return txs, hashes
}

// frontHashes are the hashes of f's Front transactions.
func frontHashes(f *flight) []common.Hash {
	out := make([]common.Hash, len(f.opp.Front))
	for i, tx := range f.opp.Front {
		out[i] = tx.Hash()
	}
	return out
}

// closeGaps re-signs our waiting bundles' transactions down to the lowest
// free nonces. A gap opens when a lease ends without landing (its bundle
// expired or its backrun target is gone) while later ones wait: they could
// never land above it. Each moved transaction keeps its call, gas and
// fees; the lease moves with it (persisted before the new transaction is
// sent, as Lease does). The old transaction cannot land any more: it went
// to the relays for blocks already built, and a copy held for a range can
// only fill the nonce it has, which the chain now passes first.
func (e *Executor) closeGaps(ctx context.Context) error {
	next := e.nonces.next()
	for _, l := range e.nonces.Live() {
		if l.Nonce < next {
			continue
		}
		if l.Nonce == next {
			next++
			continue
		}
		e.mu.Lock()
		f := e.flights[l.OpportunityID]
		e.mu.Unlock()
		if f == nil || f.status != StatusSent {
			next = l.Nonce + 1 // being signed now: it keeps its nonce
			continue
		}
		if err := e.moveLease(ctx, f, l, next); err != nil {
			return err
		}
		next++
	}
	return nil
}

// moveLease re-signs f's transaction of lease l with nonce to.
func (e *Executor) moveLease(ctx context.Context, f *flight, l Lease, to uint64) error {
	i := -1
	for j := range f.leases {
		if f.leases[j].Nonce == l.Nonce {
			i = j
		}
	}
	if i < 0 {
		return nil
	}
	k := len(f.raws) - len(f.ours) + i
	var old types.Transaction
	if err := old.UnmarshalBinary(f.raws[k]); err != nil {
		return fmt.Errorf("exec: decode %s: %w", f.ours[i], err)
	}
	tx, err := types.SignNewTx(e.cfg.Key, e.signer, &types.DynamicFeeTx{
		ChainID: e.cfg.ChainID, Nonce: to, GasTipCap: old.GasTipCap(), GasFeeCap: old.GasFeeCap(),
		Gas: old.Gas(), To: old.To(), Value: old.Value(), Data: old.Data(),
	})
	if err != nil {
		return fmt.Errorf("exec: re-sign %s: %w", f.opp.ID, err)
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		return err
	}
	moved, err := e.nonces.move(ctx, l, to, tx.Hash())
	if err != nil {
		return err
	}
	// Fresh slices: outcomes already reported, and predecessors() of a
	// concurrent Submit, hold the old ones.
	ours := append([]common.Hash(nil), f.ours...)
	raws := append([][]byte(nil), f.raws...)
	ours[i], raws[k] = tx.Hash(), raw
	e.mu.Lock()
	f.leases[i], f.raws, f.ours = moved, raws, ours
	e.mu.Unlock()
	return nil
}

// next is the chain's nonce at the last sync.
func (n *Nonces) next() uint64 {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.chain
}

// move replaces lease l by the same lease at nonce to, sent as tx.
func (n *Nonces) move(ctx context.Context, l Lease, to uint64, tx common.Hash) (Lease, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if _, held := n.leases[to]; held {
		return l, fmt.Errorf("exec: move lease %d to %d: held", l.Nonce, to)
	}
	m := l
	m.Nonce, m.Sent, m.TxHash, m.durableUntil = to, true, tx, m.MaxBlock
	if err := n.store.PutLease(ctx, m); err != nil {
		return l, fmt.Errorf("exec: move lease %d to %d: %w", l.Nonce, to, err)
	}
	delete(n.reserved, to) // its row is the lease's now
	if err := n.store.DeleteLease(ctx, l.Account, l.Nonce); err != nil {
		return l, fmt.Errorf("exec: move lease %d to %d: %w", l.Nonce, to, err)
	}
	delete(n.leases, l.Nonce)
	n.leases[to] = m
	return m, nil
}
