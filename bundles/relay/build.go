package relay

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/keeperkit/keeperkit/sim/fork"
)

// Built is what BuildBlock did. Header is nil when nothing was committed.
type Built struct {
	Header  *types.Header
	Landed  []common.Hash          // bundles in the block, in block order
	Dropped map[common.Hash]string // bundles for this block left out, and why
	Pool    int                    // pool transactions added after the bundles
}

type candidate struct {
	e   *entry
	pay *big.Int
	gas uint64
}

// BuildBlock builds and commits the next block from the pending bundles
// (see the package doc). Calls are serialised.
func (r *Relay) BuildBlock(ctx context.Context) (*Built, error) {
	r.buildMu.Lock()
	defer r.buildMu.Unlock()
	head, err := r.head(ctx)
	if err != nil {
		return nil, err
	}
	f, err := r.forkAt(ctx, head)
	if err != nil {
		return nil, err
	}
	next := f.Next()
	target := head + 1
	out := &Built{Dropped: map[common.Hash]string{}}

	r.mu.Lock()
	var pending []*entry
	for _, e := range r.entries {
		if e.minBlock <= target && target <= e.maxBlock &&
			(e.minTime == 0 || next.Time >= e.minTime) && (e.maxTime == 0 || next.Time <= e.maxTime) {
			pending = append(pending, e)
		}
	}
	r.mu.Unlock()

	now := time.Now()
	reasons := map[*entry]string{}
	var cands []candidate
	for _, e := range pending {
		res, err := f.SimulateBundle(ctx, e.txs)
		if err != nil {
			return nil, fmt.Errorf("relay: simulate %s: %w", e.hash, err)
		}
		r.simulated(e, now, res.GasUsed)
		if err := judge(e, res.Txs); err != nil {
			reasons[e] = err.Error()
			continue
		}
		cands = append(cands, candidate{e: e, pay: nz(res.CoinbasePayment), gas: res.GasUsed})
	}
	// coinbase payment per gas, highest first: a.pay/a.gas > b.pay/b.gas
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		l := new(big.Int).Mul(a.pay, new(big.Int).SetUint64(max(b.gas, 1)))
		rr := new(big.Int).Mul(b.pay, new(big.Int).SetUint64(max(a.gas, 1)))
		if c := l.Cmp(rr); c != 0 {
			return c > 0
		}
		return a.e.seq < b.e.seq
	})
	s := f.NewSession()
	var block []*types.Transaction
	var picked []candidate
	in := map[common.Hash]bool{}
	for _, c := range cands {
		snap := s.Snapshot()
		ok, why := true, ""
		var kept []*types.Transaction
		for i, tx := range c.e.txs {
			if in[tx.Hash()] {
				if c.e.droppable(i) {
					continue
				}
				ok, why = false, fmt.Sprintf("conflict: tx %s already in the block", tx.Hash())
				break
			}
			var txSnap *fork.Snapshot
			if c.e.droppable(i) {
				txSnap = s.Snapshot()
			}
			res, err := s.Apply(ctx, tx)
			if err != nil {
				return nil, fmt.Errorf("relay: apply %s: %w", tx.Hash(), err)
			}
			bad := res.Invalid != nil || (res.Status != types.ReceiptStatusSuccessful && !c.e.canRevert[i])
			if bad && txSnap != nil {
				// droppingTxHashes: left out, never reverting on chain
				s.Revert(txSnap)
				continue
			}
			if res.Invalid != nil {
				ok, why = false, fmt.Sprintf("conflict: tx %s: %v", tx.Hash(), res.Invalid)
				break
			}
			if bad {
				ok, why = false, fmt.Sprintf("conflict: tx %s reverts on top of better bundles: %v", tx.Hash(), res.Err)
				break
			}
			kept = append(kept, tx)
		}
		if ok && len(kept) == 0 {
			ok, why = false, "every tx dropped"
		}
		if !ok {
			s.Revert(snap)
			reasons[c.e] = why
			continue
		}
		for _, tx := range kept {
			in[tx.Hash()] = true
			block = append(block, tx)
		}
		picked = append(picked, c)
	}
	if r.pending {
		pool, err := r.poolTxs(ctx)
		if err != nil {
			return nil, err
		}
		for _, tx := range pool {
			if in[tx.Hash()] {
				continue
			}
			snap := s.Snapshot()
			res, err := s.Apply(ctx, tx)
			if err != nil {
				return nil, fmt.Errorf("relay: apply %s: %w", tx.Hash(), err)
			}
			if res.Invalid != nil {
				s.Revert(snap)
				continue
			}
			in[tx.Hash()] = true
			block = append(block, tx)
			out.Pool++
		}
	}
	var hdr *types.Header
	if len(block) > 0 || r.empty {
		if hdr, err = r.chain.CommitBlock(ctx, block); err != nil {
			for _, c := range picked {
				reasons[c.e] = "commit failed: " + err.Error()
			}
			picked = nil
		}
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	sealed := time.Now()
	for _, c := range picked {
		c.e.status = Status{State: Landed, Block: hdr.Number.Uint64()}
		c.e.sealedAt = sealed
		out.Landed = append(out.Landed, c.e.hash)
		u := r.userLocked(c.e.signer)
		u.payments.Add(u.payments, c.pay)
	}
	for e, why := range reasons {
		e.status.Reason = why
		out.Dropped[e.hash] = why
	}
	newHead := head
	if hdr != nil {
		newHead = hdr.Number.Uint64()
	}
	keep := r.entries[:0]
	for _, e := range r.entries {
		switch {
		case e.status.State == Landed:
		case e.maxBlock <= newHead:
			e.status.State = Expired
			if reasons[e] != "" {
				e.status.State = Failed
			}
			if e.status.Reason == "" {
				e.status.Reason = fmt.Sprintf("not included by block %d", e.maxBlock)
			}
		default:
			keep = append(keep, e)
		}
	}
	clear(r.entries[len(keep):])
	r.entries = keep
	out.Header = hdr
	if err != nil {
		return out, fmt.Errorf("relay: commit: %w", err)
	}
	return out, nil
}

func (r *Relay) userLocked(a common.Address) *userStats {
	u := r.users[a]
	if u == nil {
		u = &userStats{payments: new(big.Int)}
		r.users[a] = u
	}
	return u
}

func (r *Relay) simulated(e *entry, considered time.Time, gas uint64) {
	r.mu.Lock()
	defer r.mu.Unlock()
	e.consideredAt, e.simulatedAt, e.gasSimulated = considered, time.Now(), gas
	r.userLocked(e.signer).gas += gas
}

// poolTxs are the pool's pending transactions, by sender then nonce.
func (r *Relay) poolTxs(ctx context.Context) ([]*types.Transaction, error) {
	var content struct {
		Pending map[common.Address]map[string]*types.Transaction `json:"pending"`
	}
	if err := r.chain.RPC().CallContext(ctx, &content, "txpool_content"); err != nil {
		return nil, fmt.Errorf("relay: txpool_content: %w", err)
	}
	var out []*types.Transaction
	senders := make([]common.Address, 0, len(content.Pending))
	for a := range content.Pending {
		senders = append(senders, a)
	}
	sort.Slice(senders, func(i, j int) bool { return senders[i].Cmp(senders[j]) < 0 })
	for _, a := range senders {
		var txs []*types.Transaction
		for _, tx := range content.Pending[a] {
			txs = append(txs, tx)
		}
		sort.Slice(txs, func(i, j int) bool { return txs[i].Nonce() < txs[j].Nonce() })
		out = append(out, txs...)
	}
	return out, nil
}
