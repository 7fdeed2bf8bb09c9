package exec

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/keeperkit/keeperkit/bundles"
	"github.com/keeperkit/keeperkit/strategies"
)

// MEV-Share backruns: an opportunity with a HintHash backruns a private
// transaction the keeper knows only by its hint. It goes out as
// mev_sendBundle with body [{hash: hint}, {tx: ours, canRevert: false}] and
// the opportunity's inclusion range, to every relay (relays that do not
// know the hint refuse it; that is their answer, not a failure).
//
// It cannot be simulated here: the hinted transaction is not ours to
// replay, and our call only pays on the state after it. So the executor
// prices it with the strategy's gas estimate instead of a simulation, and
// relies on the relay: it simulates the matched bundle and, since our
// transaction may not revert, drops the bundle rather than landing a
// revert (the executor contract reverts under the strategy's minimum
// profit). MEV-Share takes one backrun transaction per bundle, so a backrun
// has exactly one call and no Front transactions.
//
// Nonces: the backrun's transaction comes right after a transaction we do
// not have, so no other bundle of ours can sit between the chain's state
// and it. A backrun is therefore sent only when the sender has no other
// bundle in flight (else it is dropped with ErrNonceBusy): it then takes the
// chain's next nonce, and bundles submitted after it queue behind it as
// usual (they land once it landed, or once its lease expired).

// Backrun is one MEV-Share backrun bundle for the relays.
type Backrun struct {
	// Hint is the hinted transaction's or bundle's hash from the stream.
	Hint common.Hash
	// Tx is our signed raw transaction.
	Tx []byte
	// Block and MaxBlock are the inclusion range, inclusive.
	Block, MaxBlock uint64
	// OpportunityID and Strategy are for the relays' logs and the journal.
	OpportunityID, Strategy string
}

// BackrunRelays is implemented by Relays that can also send MEV-Share
// bundles. An executor whose Relays lack it drops backruns with
// ErrNoBackrun.
type BackrunRelays interface {
	SendBackrun(ctx context.Context, b Backrun) []SendResult
}

// MevBundle is b as mev_sendBundle's params[0].
func (b Backrun) MevBundle() *bundles.MevBundle {
	hint := b.Hint
	return &bundles.MevBundle{
		Version:   bundles.MevVersion,
		Inclusion: bundles.Inclusion{Block: hexutil.Uint64(b.Block), MaxBlock: hexutil.Uint64(b.MaxBlock)},
		Body:      []bundles.BodyElement{{Hash: &hint}, {Tx: b.Tx, CanRevert: false}},
	}
}

// Hash is the bundle hash MEV-Share answers with: keccak256 of the hint's
// hash and our transaction's hash.
func (b Backrun) Hash() common.Hash { return bundles.MevBundleHash(b.MevBundle()) }

// checkBackrun says why opp cannot go out as a backrun.
func (e *Executor) checkBackrun(opp *strategies.Opportunity) error {
	if _, ok := e.relays.(BackrunRelays); !ok {
		return fmt.Errorf("%w: %s", ErrNoBackrun, opp.ID)
	}
	if len(opp.Front) != 0 || len(opp.Calls) != 1 {
		return fmt.Errorf("%w %q: a backrun of hint %s has %d front txs and %d calls, want 0 and 1",
			strategies.ErrInvalidOpportunity, opp.ID, opp.HintHash, len(opp.Front), len(opp.Calls))
	}
	// Our transaction must be valid right behind the hinted one, so it
	// needs the sender's next nonce: a bundle of ours still in flight would
	// leave a gap that no relay can fill (it cannot put our other bundle
	// between the user's transaction and ours), and the backrun's nonce
	// would then hold up every later bundle until it expired.
	for _, l := range e.nonces.Live() {
		if l.OpportunityID != opp.ID {
			return fmt.Errorf("%w: %s waits on nonce %d (%s)", ErrNonceBusy, opp.ID, l.Nonce, l.OpportunityID)
		}
	}
	return nil
}

// sendBackrun hands f's transaction to the relays as a backrun of its hint
// for blocks block..MaxBlock.
func (e *Executor) sendBackrun(ctx context.Context, f *flight, block uint64) []SendResult {
	b := Backrun{Hint: f.opp.HintHash, Tx: f.raws[len(f.raws)-1], Block: block, MaxBlock: max(block, f.opp.MaxBlock),
		OpportunityID: f.opp.ID, Strategy: f.opp.Strategy}
	if f.bundle == (common.Hash{}) {
		f.bundle = b.Hash()
	}
	return e.relays.(BackrunRelays).SendBackrun(ctx, b)
}

// errBackrunGone says why a backrun ended before its last block.
var errBackrunGone = errors.New("exec: backrun target no longer pending (backrun not found)")

// backrunGone ends a backrun whose target every relay says it no longer
// has ("backrun not found", mev-share-node's answer once the hinted
// transaction was included or expired): it can never land, so its nonce is
// released at once instead of holding up our later bundles until its last
// block (closeGaps then moves them down).
func (e *Executor) backrunGone(ctx context.Context, f *flight, res []SendResult) bool {
	if f.opp.HintHash == (common.Hash{}) || len(res) == 0 {
		return false
	}
	for _, r := range res {
		if r.Err == nil || !strings.Contains(r.Err.Error(), "backrun not found") {
			return false
		}
	}
	f.status = StatusExpired
	e.m.expired.WithLabelValues(f.opp.Strategy).Inc()
	e.release(ctx, f.leases)
	return true
}
