package exec

import (
	"github.com/ethereum/go-ethereum/common"
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
		e.mu.Unlock()
		if p == nil || p.status != StatusSent || p.opp.HintHash != (common.Hash{}) {
			continue // being signed, landed, or a backrun (its target is not ours to include)
		}
		for _, raw := range p.raws {
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
