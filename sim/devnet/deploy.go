package devnet

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Gas limits for batched transactions whose gas cannot be estimated (they
// depend on contracts deployed earlier in the same block). Generous: only
// gas used is paid.
const (
	gasDeploy = 7_000_000
	gasCall   = 2_500_000 // set-up calls that create proxies or many slots
	// Per-operation limits for the calls made per account (thousands of
	// them in a stress world), so that many fit a block.
	gasTransfer = 150_000
	gasSupply   = 450_000
	gasBorrow   = 600_000
)

// batch queues transactions from several accounts with explicit nonces and
// lands them many to a block with CommitBlock, in order, checking every
// receipt. Contract addresses are known when the deployment is queued
// (CREATE address from sender and nonce), so later transactions in the same
// batch can call them.
type batch struct {
	c      Chain
	nonces map[common.Address]uint64
	txs    []*types.Transaction
	labels []string
	// gasBudget is how much gas limit one block takes: the block limit
	// with a margin.
	gasBudget uint64
	blocks    int
}

func newBatch(ctx context.Context, c Chain) (*batch, error) {
	h, err := c.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("devnet: head: %w", err)
	}
	return &batch{c: c, nonces: map[common.Address]uint64{}, gasBudget: h.GasLimit * 9 / 10}, nil
}

func (b *batch) nonce(ctx context.Context, a common.Address) (uint64, error) {
	if n, ok := b.nonces[a]; ok {
		return n, nil
	}
	n, err := b.c.Client().PendingNonceAt(ctx, a)
	if err != nil {
		return 0, fmt.Errorf("devnet: nonce of %s: %w", a, err)
	}
	b.nonces[a] = n
	return n, nil
}

// add queues a call (to nil: a deployment) and returns the created address
// for deployments.
func (b *batch) add(ctx context.Context, from Account, to *common.Address, data []byte, value *big.Int, gas uint64, label string) (common.Address, error) {
	n, err := b.nonce(ctx, from.Address)
	if err != nil {
		return common.Address{}, err
	}
	tx, err := Sign(b.c, from, n, Call{To: to, Data: data, Value: value, Gas: gas})
	if err != nil {
		return common.Address{}, err
	}
	b.nonces[from.Address] = n + 1
	b.txs = append(b.txs, tx)
	b.labels = append(b.labels, label)
	if to == nil {
		return crypto.CreateAddress(from.Address, n), nil
	}
	return common.Address{}, nil
}

func (b *batch) deploy(ctx context.Context, from Account, code []byte, label string) (common.Address, error) {
	return b.add(ctx, from, nil, code, nil, gasDeploy, "deploy "+label)
}

func (b *batch) call(ctx context.Context, from Account, to common.Address, data []byte, label string) error {
	_, err := b.add(ctx, from, &to, data, nil, gasCall, label)
	return err
}

func (b *batch) pay(ctx context.Context, from Account, to common.Address, value *big.Int, data []byte, label string) error {
	_, err := b.add(ctx, from, &to, data, value, gasCall, label)
	return err
}

// flush lands every queued transaction, as many per block as the gas
// budget allows, and fails naming the first that reverted.
func (b *batch) flush(ctx context.Context) error {
	for len(b.txs) > 0 {
		var used uint64
		n := 0
		for n < len(b.txs) && used+b.txs[n].Gas() <= b.gasBudget {
			used += b.txs[n].Gas()
			n++
		}
		if n == 0 {
			n = 1
		}
		txs, labels := b.txs[:n], b.labels[:n]
		h, err := b.c.CommitBlock(ctx, txs)
		if err != nil {
			return fmt.Errorf("devnet: world block (%s … %s): %w", labels[0], labels[len(labels)-1], err)
		}
		b.blocks++
		var receipts []*types.Receipt
		if err := b.c.RPC().CallContext(ctx, &receipts, "eth_getBlockReceipts", h.Hash()); err != nil {
			return fmt.Errorf("devnet: receipts of block %d: %w", h.Number, err)
		}
		if len(receipts) != n {
			return fmt.Errorf("devnet: block %d has %d receipts, want %d", h.Number, len(receipts), n)
		}
		for i, r := range receipts {
			if r.Status != types.ReceiptStatusSuccessful {
				return fmt.Errorf("devnet: world step %q reverted%s (tx %s, block %d, gas used %d)", labels[i], revertReason(ctx, b.c, r.TxHash), r.TxHash, h.Number, r.GasUsed)
			}
		}
		b.txs, b.labels = b.txs[n:], b.labels[n:]
	}
	return nil
}

// revertReason asks the node to trace a reverted transaction and returns
// ": <reason>" when it gives one (both the devnet and anvil serve
// debug_traceTransaction), else "".
func revertReason(ctx context.Context, c Chain, tx common.Hash) string {
	var res struct {
		Error        string `json:"error"`
		RevertReason string `json:"revertReason"`
	}
	if err := c.RPC().CallContext(ctx, &res, "debug_traceTransaction", tx, map[string]any{"tracer": "callTracer"}); err != nil {
		return ""
	}
	switch {
	case res.RevertReason != "":
		return ": " + res.RevertReason
	case res.Error != "":
		return ": " + res.Error
	}
	return ""
}
