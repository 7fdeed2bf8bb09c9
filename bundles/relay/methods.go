package relay

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/keeperkit/keeperkit/bundles"
	"github.com/keeperkit/keeperkit/sim/fork"
)

func decodeTxs(raws []hexutil.Bytes) ([]*types.Transaction, error) {
	txs := make([]*types.Transaction, len(raws))
	for i, raw := range raws {
		tx := new(types.Transaction)
		if err := tx.UnmarshalBinary(raw); err != nil {
			return nil, serverErr(fmt.Sprintf("unable to decode txs: tx %d: %v", i, err))
		}
		txs[i] = tx
	}
	return txs, nil
}

func (r *Relay) sendBundle(ctx context.Context, signer common.Address, params []json.RawMessage) (any, error) {
	var b bundles.Bundle
	if err := decodeParam(params, 0, &b); err != nil {
		return nil, err
	}
	uuid := b.ID()
	if len(b.Txs) == 0 {
		if uuid != "" {
			r.cancel(signer, uuid, Cancelled)
			return bundles.SendBundleResult{}, nil
		}
		return nil, serverErr("bundle missing txs")
	}
	if len(b.Txs) > maxTxs {
		return nil, serverErr(fmt.Sprintf("too many txs: %d, max %d", len(b.Txs), maxTxs))
	}
	size := 0
	for _, tx := range b.Txs {
		size += len(tx)
	}
	if size > maxBundleBytes {
		return nil, serverErr(fmt.Sprintf("bundle too large: %d bytes, max %d", size, maxBundleBytes))
	}
	txs, err := decodeTxs(b.Txs)
	if err != nil {
		return nil, err
	}
	if b.BlockNumber == 0 {
		return nil, serverErr("missing block param")
	}
	head, err := r.head(ctx)
	if err != nil {
		return nil, err
	}
	if uint64(b.BlockNumber) <= head {
		return nil, serverErr(fmt.Sprintf("block param in the past: target %d, head %d", b.BlockNumber, head))
	}
	if b.MinTimestamp != 0 && b.MaxTimestamp != 0 && b.MinTimestamp > b.MaxTimestamp {
		return nil, serverErr("minTimestamp greater than maxTimestamp")
	}
	if err := checkVersion(&b); err != nil {
		return nil, err
	}
	raws := make([][]byte, len(b.Txs))
	canRevert := make([]bool, len(txs))
	canDrop := make([]bool, len(txs))
	for i, tx := range txs {
		raws[i] = b.Txs[i]
		canRevert[i] = slices.Contains(b.RevertingTxHashes, tx.Hash())
		canDrop[i] = slices.Contains(b.DroppingTxHashes, tx.Hash())
	}
	e := &entry{hash: bundles.BundleHash(raws), signer: signer, uuid: uuid, txs: txs, canRevert: canRevert, canDrop: canDrop,
		minBlock: uint64(b.BlockNumber), maxBlock: uint64(b.BlockNumber), minTime: b.MinTimestamp, maxTime: b.MaxTimestamp,
		receivedAt: time.Now(), builders: b.Builders}
	if e.minBlock == head+1 && !r.lazy {
		if _, err := r.simulateEntry(ctx, e, head); err != nil {
			return nil, err
		}
	}
	if uuid != "" {
		r.cancel(signer, uuid, Replaced)
	}
	r.add(e)
	res := bundles.SendBundleResult{BundleHash: e.hash}
	if len(b.Builders) > 0 {
		res.Smart = "true"
	}
	return res, nil
}

// simulateEntry runs e alone on the state of block n, rejecting invalid
// and not-allowed reverting transactions with the documented messages.
func (r *Relay) simulateEntry(ctx context.Context, e *entry, n uint64) (*fork.BundleResult, error) {
	f, err := r.forkAt(ctx, n)
	if err != nil {
		return nil, err
	}
	res, err := f.SimulateBundle(ctx, e.txs)
	if err != nil {
		return nil, fmt.Errorf("relay: simulate: %w", err)
	}
	e.simulatedAt = time.Now()
	e.gasSimulated = res.GasUsed
	if err := judge(e, res.Txs); err != nil {
		return res, err
	}
	return res, nil
}

// checkVersion applies rbuilder's rules for the builder fields of
// eth_sendBundle (spec §2.1): v1 forbids the v2 fields; an absent version
// is v2 (spec §12.6). The local relay lands droppingTxHashes but pays no
// refunds.
func checkVersion(b *bundles.Bundle) error {
	switch b.Version {
	case "", bundles.BundleV2:
	case bundles.BundleV1:
		for _, f := range []struct {
			name string
			set  bool
		}{
			{"droppingTxHashes", len(b.DroppingTxHashes) > 0},
			{"refundPercent", b.RefundPercent != 0},
			{"refundRecipient", b.RefundRecipient != nil},
			{"refundTxHashes", len(b.RefundTxHashes) > 0},
			{"delayedRefund", b.DelayedRefund},
		} {
			if f.set {
				return serverErr("Field " + f.name + " not supported by version v1")
			}
		}
	default:
		return serverErr("unsupported bundle version: " + b.Version)
	}
	if b.RefundPercent < 0 || b.RefundPercent >= 100 {
		return serverErr("Invalid refund percent")
	}
	if len(b.RefundTxHashes) > 1 {
		return serverErr("More than one refund tx hash not supported")
	}
	return nil
}

// droppable says whether tx i may be left out (droppingTxHashes).
func (e *entry) droppable(i int) bool { return i < len(e.canDrop) && e.canDrop[i] }

// judge is the bundle rule: no invalid tx; no revert unless allowed; a
// droppable tx may be either (it is left out when the block is built).
func judge(e *entry, txs []fork.TxResult) error {
	for i := range txs {
		t := &txs[i]
		if e.droppable(i) {
			continue
		}
		if t.Invalid != nil {
			return serverErr(fmt.Sprintf("bundle invalid: tx %s: %v", e.txs[i].Hash(), t.Invalid))
		}
		if t.Status != types.ReceiptStatusSuccessful && !e.canRevert[i] {
			return serverErr(fmt.Sprintf("bundle reverts: tx %s: %v", e.txs[i].Hash(), t.Err))
		}
	}
	return nil
}

func (r *Relay) add(e *entry) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if old := r.byHash[e.hash]; old != nil && old.status.State == Pending {
		if e.maxBlock > old.maxBlock {
			old.maxBlock = e.maxBlock
		}
		return
	}
	r.seq++
	e.seq = r.seq
	e.status = Status{State: Pending}
	r.entries = append(r.entries, e)
	r.byHash[e.hash] = e
	if e.mev {
		r.byMatch[e.match] = e
	}
}

// cancel marks the signer's pending bundles with uuid and returns their hashes.
func (r *Relay) cancel(signer common.Address, uuid string, st State) []common.Hash {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := []common.Hash{}
	keep := r.entries[:0]
	for _, e := range r.entries {
		if e.signer == signer && e.uuid == uuid {
			e.status = Status{State: st, Reason: "replacementUuid " + uuid}
			out = append(out, e.hash)
			continue
		}
		keep = append(keep, e)
	}
	clear(r.entries[len(keep):])
	r.entries = keep
	return out
}

func (r *Relay) cancelBundle(_ context.Context, signer common.Address, params []json.RawMessage) (any, error) {
	var a bundles.CancelBundleArgs
	if err := decodeParam(params, 0, &a); err != nil {
		return nil, err
	}
	if a.ReplacementUUID == "" {
		return nil, serverErr("missing replacementUuid")
	}
	return r.cancel(signer, a.ReplacementUUID, Cancelled), nil
}

func (r *Relay) callBundle(ctx context.Context, _ common.Address, params []json.RawMessage) (any, error) {
	var a bundles.CallBundleArgs
	if err := decodeParam(params, 0, &a); err != nil {
		return nil, err
	}
	if len(a.Txs) == 0 {
		return nil, serverErr("bundle missing txs")
	}
	if a.BlockNumber == 0 {
		return nil, serverErr("bundle missing blockNumber")
	}
	txs, err := decodeTxs(a.Txs)
	if err != nil {
		return nil, err
	}
	state, err := r.head(ctx)
	if err != nil {
		return nil, err
	}
	if s := a.StateBlockNumber; s != "" && s != "latest" && s != "pending" {
		n, err := hexutil.DecodeUint64(s)
		if err != nil {
			return nil, serverErr("invalid stateBlockNumber: " + s)
		}
		state = n
	}
	f, err := r.forkAt(ctx, state)
	if err != nil {
		return nil, err
	}
	blk := f.Next()
	blk.Number = uint64(a.BlockNumber)
	if a.Timestamp != 0 {
		blk.Time = a.Timestamp
	}
	if a.Coinbase != nil {
		blk.Coinbase = *a.Coinbase
	}
	if a.GasLimit != 0 {
		blk.GasLimit = a.GasLimit
	}
	if a.BaseFee != nil {
		blk.BaseFee = new(big.Int).Set(a.BaseFee)
	}
	if a.Difficulty != nil {
		blk.Difficulty = new(big.Int).Set(a.Difficulty)
	}
	// the builder's timeout is in milliseconds, default 5000 (spec §3.1)
	timeout := 5 * time.Second
	if a.Timeout > 0 {
		timeout = time.Duration(a.Timeout) * time.Millisecond
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	res, err := f.SimulateBundle(ctx, txs, fork.AtBlock(blk))
	if err != nil {
		return nil, fmt.Errorf("relay: simulate: %w", err)
	}
	signer := types.LatestSignerForChainID(r.chain.ChainID())
	raws := make([][]byte, len(a.Txs))
	out := &bundles.CallBundleResult{StateBlockNumber: state, Results: make([]bundles.CallTxResult, len(txs))}
	for i, tx := range txs {
		raws[i] = a.Txs[i]
		t := &res.Txs[i]
		if t.Invalid != nil {
			return nil, serverErr(fmt.Sprintf("err: %v; txhash %s", t.Invalid, tx.Hash()))
		}
		from, _ := types.Sender(signer, tx)
		to := "0x"
		if tx.To() != nil {
			to = tx.To().Hex()
		}
		pay := nz(t.CoinbasePayment)
		fee := nz(t.GasFee)
		ctr := bundles.CallTxResult{TxHash: tx.Hash(), GasUsed: t.GasUsed, FromAddress: from.Hex(), ToAddress: to,
			GasPrice: perGas(pay, t.GasUsed).String(), GasFees: fee.String(), CoinbaseDiff: pay.String(),
			EthSentToCoinbase: new(big.Int).Sub(pay, fee).String()}
		if t.Status == types.ReceiptStatusSuccessful {
			v := hexutil.Encode(t.ReturnData)
			ctr.Value = &v
		} else {
			ctr.Error = "execution reverted"
			if t.Err != nil {
				ctr.Error = t.Err.Error()
			}
			if len(t.ReturnData) > 0 {
				ctr.Revert = string(t.ReturnData)
			}
		}
		out.Results[i] = ctr
		out.TotalGasUsed += t.GasUsed
	}
	pay, fee := nz(res.CoinbasePayment), nz(res.GasFees)
	out.BundleHash = bundles.BundleHash(raws)
	out.CoinbaseDiff = pay.String()
	out.GasFees = fee.String()
	out.EthSentToCoinbase = new(big.Int).Sub(pay, fee).String()
	out.BundleGasPrice = perGas(pay, out.TotalGasUsed).String()
	return out, nil
}

func nz(x *big.Int) *big.Int {
	if x == nil {
		return new(big.Int)
	}
	return x
}

func perGas(pay *big.Int, gas uint64) *big.Int {
	if gas == 0 {
		return new(big.Int)
	}
	return new(big.Int).Div(pay, new(big.Int).SetUint64(gas))
}

func (r *Relay) bundleStats(_ context.Context, signer common.Address, params []json.RawMessage) (any, error) {
	var a bundles.BundleStatsArgs
	if err := decodeParam(params, 0, &a); err != nil {
		return nil, err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	e := r.byHash[a.BundleHash]
	if e == nil || e.signer != signer {
		return bundles.BundleStats{}, nil
	}
	s := bundles.BundleStats{ReceivedAt: rfc(e.receivedAt)}
	if !e.simulatedAt.IsZero() {
		s.IsSimulated = true
		s.SimulatedAt = rfc(e.simulatedAt)
	}
	if !e.consideredAt.IsZero() {
		s.ConsideredByBuildersAt = []bundles.BuilderTime{{Pubkey: "local", Timestamp: rfc(e.consideredAt)}}
	}
	if !e.sealedAt.IsZero() {
		s.SealedByBuildersAt = []bundles.BuilderTime{{Pubkey: "local", Timestamp: rfc(e.sealedAt)}}
	}
	return s, nil
}

func rfc(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000Z") }

func (r *Relay) userStats(ctx context.Context, signer common.Address, params []json.RawMessage) (any, error) {
	var a bundles.UserStatsArgs
	if err := decodeParam(params, 0, &a); err != nil {
		return nil, err
	}
	head, err := r.head(ctx)
	if err != nil {
		return nil, err
	}
	if d := int64(head) - int64(a.BlockNumber); d > 20 || d < -20 {
		return nil, serverErr(fmt.Sprintf("block number %d not within 20 blocks of head %d", a.BlockNumber, head))
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	u := r.users[signer]
	pay, gas := "0", "0"
	if u != nil {
		pay, gas = u.payments.String(), fmt.Sprint(u.gas)
	}
	return bundles.UserStats{AllTimeValidatorPayments: pay, AllTimeGasSimulated: gas, Last7dValidatorPayments: pay,
		Last7dGasSimulated: gas, Last1dValidatorPayments: pay, Last1dGasSimulated: gas}, nil
}

func lowerAll(s []string) []string {
	out := make([]string, len(s))
	for i, v := range s {
		out[i] = strings.ToLower(v)
	}
	return out
}
