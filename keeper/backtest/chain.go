package backtest

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"sync/atomic"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/keeperkit/keeperkit/keeper/engine/chainview"
	"github.com/keeperkit/keeperkit/strategies"
)

// pinnedChain is the strategies.Chain of a backtest: every read that would
// go to "latest" (a nil block number) goes to the block being replayed, so
// a strategy never sees the node's present.
//
// With a cache (runShard sets cache and rc), a call whose answer the cache
// holds is served from it directly: the same key the cache's Transport
// would compute, the cached JSON decoded straight into the result, without
// the rpc client's request encoding, HTTP round trip and envelope decoding.
// Anything else goes through rc (and the Transport) as before.
type pinnedChain struct {
	c     *ethclient.Client
	block atomic.Uint64
	cache *Cache
	rc    *rpc.Client
}

// call is rpc.Client.CallContext, from the cache when it has the answer.
func (p *pinnedChain) call(ctx context.Context, result any, method string, args ...any) error {
	if p.cache != nil {
		if params, err := json.Marshal(args); err == nil {
			if key, ok := cacheKey(method, params); ok {
				if v, ok := p.cache.get(key); ok {
					p.cache.hits.Add(1)
					return json.Unmarshal(v, result)
				}
			}
		}
	}
	if p.rc == nil {
		return p.c.Client().CallContext(ctx, result, method, args...)
	}
	return p.rc.CallContext(ctx, result, method, args...)
}

// blockArg is ethclient's block number argument for n (never nil here).
func blockArg(n *big.Int) string { return hexutil.EncodeBig(n) }

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
	// ethclient's filter argument, with both ends pinned.
	if q.BlockHash != nil && (q.FromBlock != nil || q.ToBlock != nil) {
		return nil, errors.New("cannot specify both BlockHash and FromBlock/ToBlock")
	}
	if q.BlockHash == nil && q.FromBlock.Sign() < 0 {
		return p.c.FilterLogs(ctx, q)
	}
	var result []types.Log
	err := p.call(ctx, &result, "eth_getLogs", chainview.FilterArg(q))
	return result, err
}

func (p *pinnedChain) CallContract(ctx context.Context, msg ethereum.CallMsg, n *big.Int) ([]byte, error) {
	var hex hexutil.Bytes
	err := p.call(ctx, &hex, "eth_call", chainview.CallArg(msg), blockArg(p.at(n)))
	if err != nil {
		return nil, err
	}
	return hex, nil
}

func (p *pinnedChain) BalanceAt(ctx context.Context, a common.Address, n *big.Int) (*big.Int, error) {
	var result hexutil.Big
	err := p.call(ctx, &result, "eth_getBalance", a, blockArg(p.at(n)))
	return (*big.Int)(&result), err
}

func (p *pinnedChain) StorageAt(ctx context.Context, a common.Address, key common.Hash, n *big.Int) ([]byte, error) {
	var result hexutil.Bytes
	err := p.call(ctx, &result, "eth_getStorageAt", a, key, blockArg(p.at(n)))
	return result, err
}

func (p *pinnedChain) CodeAt(ctx context.Context, a common.Address, n *big.Int) ([]byte, error) {
	var result hexutil.Bytes
	err := p.call(ctx, &result, "eth_getCode", a, blockArg(p.at(n)))
	return result, err
}

func (p *pinnedChain) NonceAt(ctx context.Context, a common.Address, n *big.Int) (uint64, error) {
	var result hexutil.Uint64
	err := p.call(ctx, &result, "eth_getTransactionCount", a, blockArg(p.at(n)))
	return uint64(result), err
}
