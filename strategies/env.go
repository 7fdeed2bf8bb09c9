package strategies

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"
)

// Env is what a strategy may touch. The engine builds one per strategy:
// Log carries the strategy's name, Metrics registers under a
// strategy="NAME" label, so two strategies can use the same metric names.
type Env struct {
	// Chain is read-only access to the node the keeper follows.
	Chain Chain
	// Sim runs calls and transactions on a fork of a block. Nil when the
	// engine runs without a simulator (some unit tests); strategies that
	// need it should fail Init then.
	Sim Simulator
	// Log is the strategy's logger.
	Log zerolog.Logger
	// Metrics is where the strategy registers its own collectors.
	Metrics prometheus.Registerer
	// ChainID is the EIP-155 chain ID of the chain.
	ChainID *big.Int
	// Executor is the keeper's executor contract, the `to` of every call an
	// Opportunity lists (the contract does flash loans and swaps on its behalf).
	Executor common.Address
	// Sender is the EOA that signs the keeper's transactions.
	Sender common.Address
}

// Chain is the read-only subset of go-ethereum's client interfaces that a
// strategy may use. *ethclient.Client satisfies it. Every method does I/O:
// in OnEvent, pass the event's ctx so that it obeys the deadline.
type Chain interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	ethereum.ContractCaller
	ethereum.ChainStateReader
}

// BatchCaller is an optional power of a Chain (probe Env.Chain for it with
// a type assertion; fall back to one CallContract per message): many
// eth_calls at one block in a few JSON-RPC round trips. The engine's shared
// chain view (keeper/engine/chainview) has it, so a strategy loading
// thousands of positions in Init pays a few batches, and instances loading
// the same ones at the same block pay them once. outs and errs are aligned
// with msgs: each errs[i] is what CallContract would have returned.
type BatchCaller interface {
	CallContracts(ctx context.Context, msgs []ethereum.CallMsg, block *big.Int) (outs [][]byte, errs []error)
}

// Simulator runs work on a fork of the chain: the state after block Block,
// with a next block built on it. The engine provides it (backed by sim/fork);
// implementations are safe for concurrent use, and a call never changes the
// state another call sees.
type Simulator interface {
	// Simulate runs req.Txs in order, then req.Calls in order, as the next
	// block would. It returns an error only when it cannot simulate (state
	// unavailable, ctx done); reverts are reported per step.
	Simulate(ctx context.Context, req SimRequest) (*SimResult, error)
}

// SimRequest is one simulation: signed transactions first (e.g. the target
// of a backrun), then the strategy's calls sent from From.
type SimRequest struct {
	// Block is the block whose post-state the simulation starts from.
	Block uint64
	// Txs are signed transactions placed first, in order.
	Txs []*types.Transaction
	// From sends Calls; the zero address means Env.Sender.
	From common.Address
	// Calls run after Txs, each as its own transaction.
	Calls []Call
}

// SimResult holds one SimStep per transaction then per call, in request order.
type SimResult struct {
	Steps []SimStep
}

// SimStep is the outcome of one transaction or call.
type SimStep struct {
	// GasUsed by the step, in gas units.
	GasUsed uint64
	// Reverted is true when the step reverted; RevertReason is the decoded
	// Error(string) reason when there is one.
	Reverted     bool
	RevertReason string
	// ReturnData is the raw return (or revert) data.
	ReturnData []byte
	// Logs emitted by the step (none when it reverted).
	Logs []*types.Log
}
