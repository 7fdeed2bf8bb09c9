package compete

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// BlockData is what the decoder needs of one block; the replay already has
// all of it.
type BlockData struct {
	// Header of the block: its number, base fee and coinbase are used.
	Header *types.Header
	// Txs of the block in order, and their Receipts aligned with them (logs
	// with their block-wide Index, GasUsed, EffectiveGasPrice).
	Txs      types.Transactions
	Receipts []*types.Receipt
	// CoinbaseDelta, optional: CoinbaseDelta[i] is the coinbase's balance
	// after transaction i minus before it, in wei (the replay reads it from
	// its fork's state around each transaction). When given (aligned with
	// Txs; a nil entry is unknown), the direct transfers of transaction i
	// are CoinbaseDelta[i] minus its priority fees, counted in CoinbasePaid
	// (never below 0: a negative remainder means the coinbase itself spent,
	// e.g. sent the transaction). When nil, CoinbasePaid is the priority
	// fees only.
	CoinbaseDelta []*big.Int
}

// Fetcher reads a block and its receipts; *ethclient.Client implements it,
// and so can a caching RPC layer.
type Fetcher interface {
	BlockByNumber(ctx context.Context, number *big.Int) (*types.Block, error)
	BlockReceipts(ctx context.Context, blockNrOrHash rpc.BlockNumberOrHash) ([]*types.Receipt, error)
}

// Fetch reads block number and its receipts (by the block's hash, so both
// are of the same block) into a BlockData without CoinbaseDelta.
func Fetch(ctx context.Context, f Fetcher, number uint64) (BlockData, error) {
	b, err := f.BlockByNumber(ctx, new(big.Int).SetUint64(number))
	if err != nil {
		return BlockData{}, fmt.Errorf("compete: block %d: %w", number, err)
	}
	rs, err := f.BlockReceipts(ctx, rpc.BlockNumberOrHashWithHash(b.Hash(), false))
	if err != nil {
		return BlockData{}, fmt.Errorf("compete: receipts of block %d: %w", number, err)
	}
	d := FromBlock(b, rs)
	if err := d.check(); err != nil {
		return BlockData{}, err
	}
	return d, nil
}

// FromBlock makes a BlockData from a block and its receipts.
func FromBlock(b *types.Block, receipts []*types.Receipt) BlockData {
	return BlockData{Header: b.Header(), Txs: b.Transactions(), Receipts: receipts}
}

// check verifies that the receipts are the transactions'.
func (d *BlockData) check() error {
	if d.Header == nil || d.Header.Number == nil {
		return fmt.Errorf("%w: no header", ErrBlock)
	}
	n := d.Header.Number.Uint64()
	if len(d.Receipts) != len(d.Txs) {
		return fmt.Errorf("%w: block %d has %d transactions and %d receipts", ErrBlock, n, len(d.Txs), len(d.Receipts))
	}
	if d.CoinbaseDelta != nil && len(d.CoinbaseDelta) != len(d.Txs) {
		return fmt.Errorf("%w: block %d has %d transactions and %d coinbase deltas", ErrBlock, n, len(d.Txs), len(d.CoinbaseDelta))
	}
	for i, r := range d.Receipts {
		if r == nil || r.TxHash != d.Txs[i].Hash() {
			return fmt.Errorf("%w: block %d: receipt %d is not transaction %s's", ErrBlock, n, i, d.Txs[i].Hash())
		}
	}
	return nil
}
