package source

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// chain is what Heads reads from a node; rpcChain implements it over
// JSON-RPC, and the tests' fake chain in memory.
type chain interface {
	// HeaderByNumber returns the canonical header at number, nil number
	// meaning the latest.
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	HeaderByHash(ctx context.Context, hash common.Hash) (*types.Header, error)
	// HeadersByNumber returns the canonical headers from..from+n-1 in order,
	// fewer when the chain ends earlier.
	HeadersByNumber(ctx context.Context, from uint64, n int) ([]*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

type rpcChain struct {
	rc *rpc.Client
	*ethclient.Client
}

func newRPCChain(rc *rpc.Client) *rpcChain { return &rpcChain{rc: rc, Client: ethclient.NewClient(rc)} }

// HeadersByNumber fetches the headers in one JSON-RPC batch.
func (c *rpcChain) HeadersByNumber(ctx context.Context, from uint64, n int) ([]*types.Header, error) {
	heads := make([]*types.Header, n)
	batch := make([]rpc.BatchElem, n)
	for i := range batch {
		batch[i] = rpc.BatchElem{
			Method: "eth_getBlockByNumber",
			Args:   []any{hexutil.EncodeUint64(from + uint64(i)), false},
			Result: &heads[i],
		}
	}
	if err := c.rc.BatchCallContext(ctx, batch); err != nil {
		return nil, fmt.Errorf("source: headers %d..%d: %w", from, from+uint64(n)-1, err)
	}
	for i := range batch {
		if batch[i].Error != nil {
			return nil, fmt.Errorf("source: header %d: %w", from+uint64(i), batch[i].Error)
		}
		if heads[i] == nil { // past the head: the chain is shorter than asked
			return heads[:i], nil
		}
	}
	return heads, nil
}
