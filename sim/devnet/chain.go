package devnet

import (
	"context"
	"crypto/ecdsa"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// Chain is a local chain that tests, the world builder and the local relay
// drive the same way, whether it is the embedded devnet (*Node) or anvil
// (*Anvil). Implementations are safe for concurrent use.
type Chain interface {
	// Name says which implementation this is ("devnet" or "anvil"), for test names and logs.
	Name() string
	// HTTPEndpoint and WSEndpoint are the loopback JSON-RPC URLs the chain serves.
	HTTPEndpoint() string
	WSEndpoint() string
	// RPC is a JSON-RPC client over HTTP; Client wraps it. Both are owned by
	// the chain and closed by Close.
	RPC() *rpc.Client
	Client() *ethclient.Client
	// ChainID is the EIP-155 chain ID the chain signs with.
	ChainID() *big.Int
	// Accounts are the prefunded accounts, derived from the well-known test
	// mnemonic (m/44'/60'/0'/0/i), so their keys are the ones anvil and
	// Hardhat print.
	Accounts() []Account
	// CommitBlock lands the next block holding exactly txs, in that order,
	// and nothing else. An empty txs builds an empty block. If any
	// transaction is invalid (nonce gap, fee cap under base fee, bad
	// signature) nothing is committed and the head does not move.
	CommitBlock(ctx context.Context, txs []*types.Transaction) (*types.Header, error)
	// Mine lands the next block from the transactions waiting in the pool.
	Mine(ctx context.Context) (*types.Header, error)
	// SetAutomine turns mining a block on every new pool transaction on or
	// off (on by default). Off, transactions wait in the pool, as pending
	// transactions on a live chain do, until Mine or CommitBlock.
	SetAutomine(ctx context.Context, on bool) error
	// Close stops the chain and frees its ports.
	Close() error
}

// Account is a prefunded test account.
type Account struct {
	Address common.Address
	Key     *ecdsa.PrivateKey
}
