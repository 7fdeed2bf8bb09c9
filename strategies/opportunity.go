package strategies

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
)

// Opportunity kinds used by the bundled strategies; the journal and metrics
// group by Kind, so new strategies should reuse these when they fit.
const (
	KindLiquidation = "liquidation"
	KindArbitrage   = "arbitrage"
	KindBackrun     = "backrun"
)

// MaxBps is 100% in basis points.
const MaxBps = 10_000

// Opportunity is what a strategy found: calls for the executor to make in
// one transaction each, optionally behind signed transactions of others (a
// backrun), within a block range, with the profit it expects.
type Opportunity struct {
	// ID is the dedupe key: the same opportunity found again (next block,
	// another event) must have the same ID, so the executor does not send it
	// twice. Strategies usually derive it from the target (borrower, pool
	// cycle, hinted tx hash).
	ID string
	// Strategy is the name of the strategy that found it; the engine fills
	// it in when empty.
	Strategy string
	// Kind is "liquidation", "arbitrage", "backrun" or a strategy's own word.
	Kind string
	// Calls are made by the keeper's sender, in order; usually one call to
	// Env.Executor. At least one is required.
	Calls []Call
	// Front are signed transactions of others placed before the calls in
	// the bundle (the target of a backrun), in order. MEV-Share backruns
	// instead name the hint in HintHash.
	Front []*types.Transaction
	// HintHash is the MEV-Share hint the calls backrun; zero otherwise.
	HintHash common.Hash
	// MinBlock and MaxBlock are the inclusive range of blocks the bundle may
	// land in; the executor resubmits for each until one lands.
	MinBlock, MaxBlock uint64
	// Profit is the expected profit in wei before gas and builder payment.
	Profit *uint256.Int
	// Gas is the estimated gas of the calls together, in gas units.
	Gas uint64
	// MaxBuilderShareBps caps the share of Profit (basis points, 0..10000)
	// the executor may pay the block builder as a coinbase tip; 0 means the
	// bundle competes on priority fee only.
	MaxBuilderShareBps uint16
}

// Call is one call the keeper makes.
type Call struct {
	To   common.Address
	Data []byte
	// Value sent with the call in wei; nil means 0.
	Value *uint256.Int
}

// Validate reports the first field that makes the opportunity unusable, as
// an error wrapping ErrInvalidOpportunity.
func (o *Opportunity) Validate() error {
	var why string
	switch {
	case o.ID == "":
		why = "empty ID"
	case o.Kind == "":
		why = "empty kind"
	case len(o.Calls) == 0:
		why = "no calls"
	case o.MinBlock == 0 || o.MaxBlock < o.MinBlock:
		why = fmt.Sprintf("block range %d..%d", o.MinBlock, o.MaxBlock)
	case o.Profit == nil:
		why = "nil profit"
	case o.Gas == 0:
		why = "zero gas estimate"
	case o.MaxBuilderShareBps > MaxBps:
		why = fmt.Sprintf("builder share %d bps over %d", o.MaxBuilderShareBps, MaxBps)
	default:
		for i := range o.Calls {
			if o.Calls[i].To == (common.Address{}) {
				why = fmt.Sprintf("call %d to the zero address", i)
				break
			}
		}
		if why == "" {
			return nil
		}
	}
	return fmt.Errorf("%w %q: %s", ErrInvalidOpportunity, o.ID, why)
}
