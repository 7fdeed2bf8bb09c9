package relay

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/keeperkit/keeperkit/bundles"
	"github.com/keeperkit/keeperkit/sim/fork"
)

// validated is what validateMev learned about a bundle.
type validated struct {
	min, max  uint64
	txs       int
	unmatched bool
}

// validateMev is mev-share-node's validateBundleInner (spec §5.4), in its
// order, with cur the head block number. It adds the implied "hash" hint
// and lowercases builders.
func validateMev(b *bundles.MevBundle, level int, cur uint64) (validated, error) {
	var v validated
	if level > maxNesting {
		return v, errTooDeep
	}
	if b.Version != bundles.MevVersion && b.Version != "beta-1" {
		return v, errVersion
	}
	v.min, v.max = uint64(b.Inclusion.Block), uint64(b.Inclusion.MaxBlock)
	if v.max == 0 {
		v.max = v.min
	}
	if v.max < v.min || v.max-v.min > maxBlockRange || cur >= v.max || v.min > cur+maxBlockOffset {
		return v, errInclusion
	}
	if len(b.Body) == 0 {
		return v, errBodySize
	}
	for i := range b.Body {
		el := &b.Body[i]
		switch {
		case el.Hash != nil:
			if i != 0 || len(b.Body) == 1 {
				return v, errBody
			}
			v.unmatched = true
			v.txs++
		case el.Tx != nil:
			if err := new(types.Transaction).UnmarshalBinary(el.Tx); err != nil {
				return v, serverErr(err.Error())
			}
			if _, err := revertAllowed(el); err != nil {
				return v, err
			}
			v.txs++
		case el.Bundle != nil:
			inner, err := validateMev(el.Bundle, level+1, cur)
			if err != nil {
				return v, err
			}
			v.min, v.max = max(v.min, inner.min), min(v.max, inner.max)
			if v.min > v.max {
				return v, errInclusion
			}
			if inner.unmatched {
				return v, errBody
			}
			v.txs += inner.txs
		default:
			return v, errBody
		}
	}
	if v.txs > maxMevTxs {
		return v, errBodySize
	}
	if val := b.Validity; val != nil {
		if v.unmatched && len(val.Refund) > 0 {
			return v, errConstraints
		}
		sum := 0
		for _, c := range val.RefundConfig {
			if c.Percent < 0 || c.Percent > 100 {
				return v, errConstraints
			}
			sum += c.Percent
		}
		if sum > 100 {
			return v, errConstraints
		}
		sum = 0
		seen := map[int]bool{}
		for _, rf := range val.Refund {
			if rf.BodyIdx < 0 || rf.BodyIdx >= len(b.Body) || seen[rf.BodyIdx] || rf.Percent < 0 || rf.Percent > 100 {
				return v, errConstraints
			}
			seen[rf.BodyIdx] = true
			sum += rf.Percent
		}
		if sum > 100 {
			return v, errConstraints
		}
	}
	if p := b.Privacy; p != nil {
		if v.unmatched && len(p.Hints) > 0 {
			return v, errPrivacy
		}
		if p.WantRefund != nil && (*p.WantRefund < 0 || *p.WantRefund > 100) {
			return v, errPrivacy
		}
		if len(p.Hints) > 0 && !slices.Contains(p.Hints, bundles.HintHash) {
			p.Hints = append(p.Hints, bundles.HintHash)
		}
		p.Builders = lowerAll(p.Builders)
	}
	return v, nil
}

// revertAllowed is a body tx's revert mode (spec §5.1); "drop" is
// simulated as "allow".
func revertAllowed(el *bundles.BodyElement) (bool, error) {
	switch el.RevertMode {
	case "":
		return el.CanRevert, nil
	case bundles.RevertFail:
		return false, nil
	case bundles.RevertAllow, bundles.RevertDrop:
		return true, nil
	}
	return false, errRevertMode
}

// flatten lists the bundle's own transactions in order (a leading hash
// element is left out) and which may revert.
func flatten(b *bundles.MevBundle, txs []*types.Transaction, canRevert []bool) ([]*types.Transaction, []bool) {
	for i := range b.Body {
		el := &b.Body[i]
		switch {
		case el.Hash != nil:
		case el.Tx != nil:
			tx := new(types.Transaction)
			_ = tx.UnmarshalBinary(el.Tx) // validated
			ok, _ := revertAllowed(el)
			txs, canRevert = append(txs, tx), append(canRevert, ok)
		case el.Bundle != nil:
			txs, canRevert = flatten(el.Bundle, txs, canRevert)
		}
	}
	return txs, canRevert
}

func (r *Relay) mevSendBundle(ctx context.Context, signer common.Address, params []json.RawMessage) (any, error) {
	var b bundles.MevBundle
	if err := decodeParam(params, 0, &b); err != nil {
		return nil, err
	}
	head, err := r.head(ctx)
	if err != nil {
		return nil, err
	}
	v, err := validateMev(&b, 0, head)
	if err != nil {
		return nil, err
	}
	hash := bundles.MevBundleHash(&b)
	txs, canRevert := flatten(&b, nil, nil)
	e := &entry{hash: hash, match: bundles.MatchingHash(hash), mev: true, signer: signer, uuid: b.ReplacementUUID,
		minBlock: v.min, maxBlock: v.max, receivedAt: time.Now(), wantRefund: 90}
	if p := b.Privacy; p != nil {
		e.hinted = len(p.Hints) > 0
		e.builders = p.Builders
		if p.WantRefund != nil {
			e.wantRefund = *p.WantRefund
		}
	}
	if v.unmatched {
		r.mu.Lock()
		target := r.byMatch[*b.Body[0].Hash]
		live := target != nil && target.status.State == Pending
		r.mu.Unlock()
		if !live {
			return nil, errNotFound
		}
		if !target.hinted {
			return nil, errBackrunBad
		}
		e.minBlock, e.maxBlock = max(e.minBlock, target.minBlock), min(e.maxBlock, target.maxBlock)
		if e.minBlock > e.maxBlock {
			return nil, errBackrunIncl
		}
		txs = append(slices.Clone(target.txs), txs...)
		canRevert = append(slices.Clone(target.canRevert), canRevert...)
	}
	e.txs, e.canRevert = txs, canRevert
	var sim *fork.BundleResult
	if e.minBlock <= head+1 && head+1 <= e.maxBlock {
		if sim, err = r.simulateEntry(ctx, e, head); err != nil {
			return nil, err
		}
	}
	r.add(e)
	if e.hinted {
		h := makeHint(e, b.Privacy.Hints, sim)
		r.addHintGas(&h, sim)
		r.hub.publish(h)
	}
	return bundles.SendBundleResult{BundleHash: hash}, nil
}

var swapTopics = map[common.Hash]bool{
	crypto.Keccak256Hash([]byte("Swap(address,uint256,uint256,uint256,uint256,address)")):     false, // Uniswap V2
	crypto.Keccak256Hash([]byte("Swap(address,address,int256,int256,uint160,uint128,int24)")): false, // Uniswap V3
	crypto.Keccak256Hash([]byte("TokenExchange(address,int128,uint256,int128,uint256)")):      false, // Curve
	crypto.Keccak256Hash([]byte("Swap(bytes32,address,address,uint256,uint256)")):             true,  // Balancer: keeps poolId
}

// makeHint is mev-share-node's hint extraction (spec §7) for e's txs.
func makeHint(e *entry, intents []bundles.HintIntent, sim *fork.BundleResult) bundles.Hint {
	has := map[bundles.HintIntent]bool{}
	for _, h := range intents {
		has[h] = true
	}
	if has[bundles.HintCalldata] {
		has[bundles.HintFunctionSelector] = true
	}
	if has[bundles.HintFunctionSelector] {
		has[bundles.HintContractAddress] = true
	}
	h := bundles.Hint{Hash: e.match}
	for _, tx := range e.txs {
		var th bundles.TxHint
		any := false
		if has[bundles.HintContractAddress] && tx.To() != nil {
			to := *tx.To()
			th.To, any = &to, true
		}
		if has[bundles.HintFunctionSelector] {
			sel := make(hexutil.Bytes, 4)
			copy(sel, tx.Data())
			th.FunctionSelector, any = &sel, true
		}
		if has[bundles.HintCalldata] {
			cd := hexutil.Bytes(tx.Data())
			th.CallData, any = &cd, true
		}
		if has[bundles.HintTxHash] {
			hh := tx.Hash()
			th.Hash, any = &hh, true
		}
		if any {
			h.Txs = append(h.Txs, th)
		}
	}
	if sim != nil && (has[bundles.HintLogs] || has[bundles.HintDefaultLogs] || has[bundles.HintSpecialLogs]) {
		for _, t := range sim.Txs {
			for _, l := range t.Logs {
				if has[bundles.HintLogs] {
					h.Logs = append(h.Logs, bundles.HintLog{Address: l.Address, Topics: l.Topics, Data: l.Data})
					continue
				}
				if len(l.Topics) == 0 {
					continue
				}
				keepPool, ok := swapTopics[l.Topics[0]]
				if !ok {
					continue
				}
				topics := make([]common.Hash, len(l.Topics))
				topics[0] = l.Topics[0]
				if keepPool && len(topics) > 1 {
					topics[1] = l.Topics[1]
				}
				h.Logs = append(h.Logs, bundles.HintLog{Address: l.Address, Topics: topics, Data: hexutil.Bytes{}})
			}
		}
	}
	return h
}

func (r *Relay) mevSimBundle(ctx context.Context, _ common.Address, params []json.RawMessage) (any, error) {
	var b bundles.MevBundle
	if err := decodeParam(params, 0, &b); err != nil {
		return nil, err
	}
	var o bundles.SimBundleOptions
	if len(params) > 1 {
		if err := decodeParam(params, 1, &o); err != nil {
			return nil, err
		}
	}
	for i := range b.Body {
		if b.Body[i].Hash != nil {
			return nil, serverErr("cannot simulate an unmatched bundle")
		}
		if b.Body[i].Tx != nil {
			if err := new(types.Transaction).UnmarshalBinary(b.Body[i].Tx); err != nil {
				return nil, serverErr(err.Error())
			}
			if _, err := revertAllowed(&b.Body[i]); err != nil {
				return nil, err
			}
		}
	}
	if o.Timeout != nil && *o.Timeout > 0 {
		// spec §12.4: seconds under 60, else milliseconds
		d := time.Duration(*o.Timeout) * time.Millisecond
		if *o.Timeout < 60 {
			d = time.Duration(*o.Timeout) * time.Second
		}
		r.log.Debug().Dur("timeout", d).Msg("mev_simBundle timeout")
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, d)
		defer cancel()
	}
	state, err := r.head(ctx)
	if err != nil {
		return nil, err
	}
	if o.ParentBlock != nil && *o.ParentBlock != "latest" {
		n, err := hexutil.DecodeUint64(*o.ParentBlock)
		if err != nil {
			return nil, serverErr("invalid parentBlock: " + *o.ParentBlock)
		}
		state = n
	}
	f, err := r.forkAt(ctx, state)
	if err != nil {
		return nil, err
	}
	blk := f.Next()
	if o.BlockNumber != nil {
		blk.Number = o.BlockNumber.ToInt().Uint64()
	}
	if o.Coinbase != nil {
		blk.Coinbase = *o.Coinbase
	}
	if o.Timestamp != nil {
		blk.Time = uint64(*o.Timestamp)
	}
	if o.GasLimit != nil {
		blk.GasLimit = uint64(*o.GasLimit)
	}
	if o.BaseFee != nil {
		blk.BaseFee = o.BaseFee.ToInt()
	}
	txs, canRevert := flatten(&b, nil, nil)
	res, err := f.SimulateBundle(ctx, txs, fork.AtBlock(blk))
	if err != nil {
		return nil, fmt.Errorf("relay: simulate: %w", err)
	}
	out := &bundles.SimBundleResult{Success: true, StateBlock: hexutil.Uint64(state), GasUsed: hexutil.Uint64(res.GasUsed)}
	if err := judge(&entry{txs: txs, canRevert: canRevert}, res.Txs); err != nil {
		out.Success, out.Error = false, err.Error()
		// mev-share-node's extras: the first failing tx's EVM error and revert data
		for i := range res.Txs {
			if t := &res.Txs[i]; t.Invalid == nil && t.Status != types.ReceiptStatusSuccessful && !canRevert[i] {
				if t.Err != nil {
					out.ExecError = t.Err.Error()
				}
				out.Revert = t.ReturnData
				break
			}
		}
	}
	pay := nz(res.CoinbasePayment)
	out.Profit = hexutil.Big(*pay)
	out.RefundableValue = hexutil.Big(*pay)
	out.MevGasPrice = hexutil.Big(*perGas(pay, res.GasUsed))
	next := 0
	out.Logs = simLogs(&b, res.Txs, &next)
	return out, nil
}

// simLogs gives one SimBundleLogs per body element, consuming results in order.
func simLogs(b *bundles.MevBundle, res []fork.TxResult, next *int) []bundles.SimBundleLogs {
	out := make([]bundles.SimBundleLogs, len(b.Body))
	for i := range b.Body {
		el := &b.Body[i]
		switch {
		case el.Tx != nil && *next < len(res):
			for _, l := range res[*next].Logs {
				out[i].TxLogs = append(out[i].TxLogs, bundles.HintLog{Address: l.Address, Topics: l.Topics, Data: l.Data})
			}
			*next++
		case el.Bundle != nil:
			out[i].BundleLogs = simLogs(el.Bundle, res, next)
		}
	}
	return out
}

// mevCancelByHash is mev-share-node's mev_cancelBundleByHash (spec §5.5):
// params ["0x<bundleHash>"]; only the signer's own pending bundle can be
// cancelled; the result is null, else -32000 "bundle not cancelled".
func (r *Relay) mevCancelByHash(_ context.Context, signer common.Address, params []json.RawMessage) (any, error) {
	var h common.Hash
	if err := decodeParam(params, 0, &h); err != nil {
		return nil, err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	e := r.byHash[h]
	if e == nil || !e.mev || e.signer != signer || e.status.State != Pending {
		return nil, errNotCancelled
	}
	e.status = Status{State: Cancelled, Reason: "mev_cancelBundleByHash"}
	keep := r.entries[:0]
	for _, x := range r.entries {
		if x != e {
			keep = append(keep, x)
		}
	}
	clear(r.entries[len(keep):])
	r.entries = keep
	return nil, nil
}
