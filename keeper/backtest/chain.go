package backtest

import (
	"context"
	"math/big"
	"sync/atomic"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/keeperkit/keeperkit/strategies"
)

// pinnedChain is the strategies.Chain of a backtest: every read that would
// go to "latest" (a nil block number) goes to the block being replayed, so
// a strategy never sees the node's present.
type pinnedChain struct {
	c     *ethclient.Client
	block atomic.Uint64
}

var _ strategies.Chain = (*pinnedChain)(nil)

func (p *pinnedChain) at(n *big.Int) *big.Int {
	if n == nil || n.Sign() < 0 {
		return new(big.Int).SetUint64(p.block.Load())
	}
	return n
}

func (p *pinnedChain) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	return p.c.HeaderByNumber(ctx, p.at(n))
}

func (p *pinnedChain) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if q.BlockHash == nil {
		if q.FromBlock == nil {
			q.FromBlock = p.at(nil)
		}
		q.ToBlock = p.at(q.ToBlock)
	}
	return p.c.FilterLogs(ctx, q)
}

func (p *pinnedChain) CallContract(ctx context.Context, msg ethereum.CallMsg, n *big.Int) ([]byte, error) {
	return p.c.CallContract(ctx, msg, p.at(n))
}

func (p *pinnedChain) BalanceAt(ctx context.Context, a common.Address, n *big.Int) (*big.Int, error) {
	return p.c.BalanceAt(ctx, a, p.at(n))
}

func (p *pinnedChain) StorageAt(ctx context.Context, a common.Address, key common.Hash, n *big.Int) ([]byte, error) {
	return p.c.StorageAt(ctx, a, key, p.at(n))
}

func (p *pinnedChain) CodeAt(ctx context.Context, a common.Address, n *big.Int) ([]byte, error) {
	return p.c.CodeAt(ctx, a, p.at(n))
}

func (p *pinnedChain) NonceAt(ctx context.Context, a common.Address, n *big.Int) (uint64, error) {
	return p.c.NonceAt(ctx, a, p.at(n))
}
