package exec

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/rs/zerolog"

	"github.com/keeperkit/keeperkit/strategies"
)

// Bundle is what goes to the relays: raw signed transactions in order, for
// one block.
type Bundle struct {
	Txs [][]byte
	// Dropping are transactions of Txs that may be left out: our earlier
	// bundles' transactions put first so that this one is valid on its own
	// (order.go); a relay that already included them skips them. Relays
	// send them as droppingTxHashes; one that cannot still gets a bundle
	// that lands whenever the earlier ones are not in the block yet.
	Dropping []common.Hash
	Block    uint64
	// OpportunityID and Strategy are for the relays' logs and the journal.
	OpportunityID, Strategy string
}

// SendResult is one relay's answer.
type SendResult struct {
	Relay      string
	BundleHash common.Hash
	Err        error
	// Latency of the relay's answer; zero when unknown.
	Latency time.Duration
}

// Relays sends a bundle to every configured relay at once and reports per
// relay (the bundles package's fan-out satisfies it through an adapter).
// A slow or failing relay must not delay the others.
type Relays interface {
	SendBundle(ctx context.Context, b Bundle) []SendResult
}

// Simulator proves an opportunity on a fork (strategies.Simulator).
type Simulator = strategies.Simulator

// Chain is what the executor reads from the node.
type Chain interface {
	NonceReader
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error)
}

// Status of a bundle in flight.
type Status string

// Statuses an Outcome reports.
const (
	StatusSent    Status = "sent"    // handed to the relays, waiting
	StatusDryRun  Status = "dry-run" // everything but sending
	StatusLanded  Status = "landed"  // our transactions are in a canonical block
	StatusExpired Status = "expired" // the last target block passed without it
	StatusReorged Status = "reorged" // it had landed; a reorg removed it
	StatusDropped Status = "dropped" // never sent: reverted, unprofitable, too expensive
)

// Outcome is what happened to an opportunity, reported to Observe.
type Outcome struct {
	ID, Strategy, Kind string
	Status             Status
	// Block the bundle targeted (sent) or landed in.
	Block    uint64
	TxHashes []common.Hash
	Price    Price
	// Relays' answers for the latest submission, and the hash of the bundle
	// they got (keccak of its transaction hashes, as relays compute it).
	Relays     []SendResult
	BundleHash common.Hash
	// Err says why it was dropped.
	Err error

	// Found is the head the opportunity was submitted at; MinBlock and
	// MaxBlock its block range; Expected its expected profit in wei before
	// gas; GasEstimate the strategy's estimate. Set by Submit only.
	Found, MinBlock, MaxBlock uint64
	Expected                  *uint256.Int
	GasEstimate               uint64
	// Simulated is set when Submit simulated it; RevertReason then says
	// what reverted ("" when nothing did; Price.GasUsed is the gas).
	Simulated    bool
	RevertReason string
	// Timing of Submit's stages, wall clock (zero where not reached).
	Timing Timing
}

// Timing stamps Submit's stages: Start (Submit called), Simulated (the
// fork's answer), Signed (priced and signed), Sent (handed to the relays'
// fan-out, the first request going on the wire), Answered (every relay
// answered or timed out).
type Timing struct {
	Start, Simulated, Signed, Sent, Answered time.Time
}

// Config of the executor.
type Config struct {
	Pricing Pricing
	// Key signs transactions; its address is the sender.
	Key     *ecdsa.PrivateKey
	ChainID *big.Int
	// DryRun does everything but hand bundles to the relays.
	DryRun bool
	// Observe, when set, receives every outcome (metrics, demo output). It
	// is called synchronously: keep it fast.
	Observe func(Outcome)
	// Record, when set, receives what Observe does plus every resubmission
	// to a later block (an Outcome with Status sent): the journal's feed
	// (JournalQueue.Record, or the synchronous JournalRecorder).
	Record func(Outcome)
	// Flush, when set, waits until every outcome given to Record is stored
	// (JournalQueue.Flush); Executor.Flush calls it.
	Flush func()
	// ReorgDepth is how many blocks after landing a bundle is re-checked;
	// default 64.
	ReorgDepth uint64
	// ReserveNonces, when above 0, keeps that many nonces stored as sent
	// ahead of need (Nonces.Reserve, after each head): a bundle whose
	// transactions use them and whose last block is within the
	// reservation goes to the relays without waiting for a durable write.
	// After a crash (not a clean stop) the restarted keeper keeps them
	// until ReserveBlocks past the last head before the crash. 0: off.
	ReserveNonces int
	// ReserveBlocks is how many blocks past the head a reservation covers;
	// default 8.
	ReserveBlocks uint64
}

// Executor proves, prices, signs, sends and tracks opportunities. Safe for
// concurrent use: Submit may run for several opportunities at once, OnHead
// from the head source.
type Executor struct {
	cfg    Config
	sender common.Address
	signer types.Signer
	chain  Chain
	sim    Simulator
	relays Relays
	nonces *Nonces
	log    zerolog.Logger
	m      *Metrics

	// mu guards flights.
	mu      sync.Mutex
	flights map[string]*flight
}

// flight is one opportunity after it was signed.
type flight struct {
	opp    strategies.Opportunity
	leases []Lease
	raws   [][]byte
	ours   []common.Hash
	price  Price
	status Status
	block  uint64 // landed block
	hash   common.Hash
	bundle common.Hash // the bundle's hash
	sentAt time.Time
	target uint64 // the block it was last sent for
}

// New builds an executor. nonces must be for cfg.Key's address.
func New(cfg Config, chain Chain, sim Simulator, relays Relays, nonces *Nonces, log zerolog.Logger, m *Metrics) *Executor {
	if cfg.ReorgDepth == 0 {
		cfg.ReorgDepth = 64
	}
	if cfg.ReserveBlocks == 0 {
		cfg.ReserveBlocks = 8
	}
	if m == nil {
		m = newMetrics(nil)
	}
	return &Executor{
		cfg: cfg, sender: crypto.PubkeyToAddress(cfg.Key.PublicKey), signer: types.LatestSignerForChainID(cfg.ChainID),
		chain: chain, sim: sim, relays: relays, nonces: nonces, log: log, m: m, flights: map[string]*flight{},
	}
}

// Sender is the address that signs.
func (e *Executor) Sender() common.Address { return e.sender }

// Submit takes an opportunity seen at head: simulates it on head's state,
// prices it, signs it and hands it to the relays for the first block it may
// land in. A dropped opportunity returns an error wrapping ErrReverted,
// ErrUnprofitable, ErrGasPrice, ErrExpired or ErrDuplicate; that is normal
// operation, not a failure of the keeper.
func (e *Executor) Submit(ctx context.Context, opp strategies.Opportunity, head *types.Header) (Outcome, error) {
	out := Outcome{ID: opp.ID, Strategy: opp.Strategy, Kind: opp.Kind, Status: StatusDropped, Timing: Timing{Start: time.Now()},
		Found: head.Number.Uint64(), MinBlock: opp.MinBlock, MaxBlock: opp.MaxBlock, Expected: opp.Profit, GasEstimate: opp.Gas}
	drop := func(err error) (Outcome, error) {
		out.Err = err
		e.m.dropped(opp.Strategy, err)
		e.observe(out)
		return out, err
	}
	if err := opp.Validate(); err != nil {
		return drop(err)
	}
	n := head.Number.Uint64()
	if n >= opp.MaxBlock {
		return drop(fmt.Errorf("%w: head %d, last block %d", ErrExpired, n, opp.MaxBlock))
	}
	// The same opportunity found again on a newer block replaces the one in
	// flight (fresher amounts, fresher minimums), signed with the same
	// nonces: only one of the two can ever land. A landed one is not redone.
	e.mu.Lock()
	prev, dup := e.flights[opp.ID]
	e.mu.Unlock()
	if dup && (prev.status == StatusLanded || len(prev.leases) != len(opp.Calls)) {
		return drop(fmt.Errorf("%w: %s", ErrDuplicate, opp.ID))
	}
	target := max(n+1, opp.MinBlock)

	var gasUsed uint64
	gasOf := make([]uint64, len(opp.Calls))
	var steps []strategies.SimStep
	if opp.HintHash != (common.Hash{}) {
		// A MEV-Share backrun: its target is private, so it is priced on
		// the strategy's estimate and proven by the relay (backrun.go).
		if err := e.checkBackrun(&opp); err != nil {
			return drop(err)
		}
		gasOf[0], gasUsed = opp.Gas, opp.Gas
	} else {
		res, err := e.sim.Simulate(ctx, strategies.SimRequest{Block: n, Txs: opp.Front, From: e.sender, Calls: opp.Calls})
		if err != nil {
			return out, fmt.Errorf("exec: simulate %s: %w", opp.ID, err)
		}
		if len(res.Steps) != len(opp.Front)+len(opp.Calls) {
			return out, fmt.Errorf("exec: simulate %s: %d steps for %d txs and %d calls", opp.ID, len(res.Steps), len(opp.Front), len(opp.Calls))
		}
		out.Simulated, out.Timing.Simulated = true, time.Now()
		steps = res.Steps
	}
	for i, st := range steps {
		if st.Reverted {
			what := "call"
			if i < len(opp.Front) {
				what = "front tx"
			}
			out.RevertReason = fmt.Sprintf("%s %d: %s", what, i, st.RevertReason)
			return drop(fmt.Errorf("%w: %s %d: %q", ErrReverted, what, i, st.RevertReason))
		}
		if i >= len(opp.Front) {
			gasOf[i-len(opp.Front)] = st.GasUsed
			gasUsed += st.GasUsed
		}
	}
	price, err := e.cfg.Pricing.Quote(NextBaseFee(head), gasUsed, opp.Profit, opp.MaxBuilderShareBps)
	out.Price = price
	if err != nil {
		return drop(err)
	}

	f := &flight{opp: opp, price: price}
	for _, tx := range opp.Front {
		raw, err := tx.MarshalBinary()
		if err != nil {
			return drop(fmt.Errorf("exec: front tx %s: %w", tx.Hash(), err))
		}
		f.raws = append(f.raws, raw)
	}
	for i, call := range opp.Calls {
		var l Lease
		if dup {
			l = prev.leases[i]
			l.MaxBlock = max(l.MaxBlock, opp.MaxBlock)
		} else if l, err = e.nonces.Lease(ctx, opp.ID, opp.MaxBlock); err != nil {
			e.release(ctx, f.leases)
			return out, err
		}
		f.leases = append(f.leases, l)
		var value *big.Int
		if call.Value != nil {
			value = call.Value.ToBig()
		}
		to := call.To
		tx, err := types.SignNewTx(e.cfg.Key, e.signer, &types.DynamicFeeTx{
			ChainID:   e.cfg.ChainID,
			Nonce:     l.Nonce,
			GasTipCap: price.TipPerGas.ToBig(),
			GasFeeCap: price.MaxFeePerGas.ToBig(),
			Gas:       gasOf[i] + gasOf[i]/4 + 20_000,
			To:        &to,
			Value:     value,
			Data:      call.Data,
		})
		if err != nil {
			if !dup {
				e.release(ctx, f.leases)
			}
			return out, fmt.Errorf("exec: sign %s: %w", opp.ID, err)
		}
		raw, _ := tx.MarshalBinary()
		f.raws = append(f.raws, raw)
		f.ours = append(f.ours, tx.Hash())
	}
	out.TxHashes, out.Block = f.ours, target
	out.Timing.Signed = time.Now()

	if e.cfg.DryRun {
		if !dup {
			e.release(ctx, f.leases)
		}
		out.Status = StatusDryRun
		e.log.Info().Str("opportunity", opp.ID).Str("strategy", opp.Strategy).Uint64("block", target).
			Str("net_wei", price.Net.Dec()).Str("tip_per_gas_wei", price.TipPerGas.Dec()).Msg("dry run: bundle not sent")
		e.observe(out)
		return out, nil
	}
	// From here the transactions leave the process: record that first, so
	// that a crash after sending never frees their nonces early.
	for i := range f.leases {
		if f.leases[i], err = e.nonces.MarkSent(ctx, f.leases[i], f.ours[i]); err != nil {
			return out, err
		}
	}
	f.sentAt = time.Now()
	out.Timing.Sent = f.sentAt
	out.Relays = e.send(ctx, f, target)
	out.Timing.Answered = time.Now()
	out.BundleHash = f.bundle
	f.status = StatusSent
	out.Status = StatusSent
	e.mu.Lock()
	e.flights[opp.ID] = f
	e.mu.Unlock()
	e.m.sent.WithLabelValues(opp.Strategy).Inc()
	e.observe(out)
	return out, nil
}

func (e *Executor) send(ctx context.Context, f *flight, block uint64) []SendResult {
	if f.opp.HintHash != (common.Hash{}) {
		return e.logRefusals(f, block, e.sendBackrun(ctx, f, block))
	}
	txs, dropping := e.predecessors(f)
	txs = append(txs, f.raws...)
	dropping = append(dropping, frontHashes(f)...)
	hashes := make([]byte, 0, 32*len(txs))
	for _, raw := range txs {
		hashes = append(hashes, crypto.Keccak256(raw)...)
	}
	f.bundle = crypto.Keccak256Hash(hashes)
	f.target = block
	return e.logRefusals(f, block, e.relays.SendBundle(ctx, Bundle{Txs: txs, Dropping: dropping, Block: block, OpportunityID: f.opp.ID, Strategy: f.opp.Strategy}))
}

func (e *Executor) logRefusals(f *flight, block uint64, res []SendResult) []SendResult {
	for _, r := range res {
		if r.Err != nil {
			e.m.relayErrors.WithLabelValues(r.Relay).Inc()
			e.log.Info().Str("relay", r.Relay).Str("opportunity", f.opp.ID).Uint64("block", block).Err(r.Err).Msg("relay refused bundle")
		}
	}
	return res
}

func (e *Executor) release(ctx context.Context, leases []Lease) {
	for _, l := range leases {
		if err := e.nonces.Release(ctx, l); err != nil {
			e.log.Error().Err(err).Uint64("nonce", l.Nonce).Msg("release nonce")
		}
	}
}

func (e *Executor) observe(o Outcome) {
	if e.cfg.Observe != nil {
		e.cfg.Observe(o)
	}
	e.record(o)
}

func (e *Executor) record(o Outcome) {
	if e.cfg.Record != nil {
		e.cfg.Record(o)
	}
}

// OnHead follows every bundle in flight after a new canonical head: it
// records the ones that landed, re-checks recently landed ones against
// reorgs, resubmits the rest for the next block, and expires the ones whose
// last block passed. It returns the outcomes that changed. It is Prepare
// then Follow; a caller that wants the head's new bundles out first calls
// Prepare at once and Follow after them.
func (e *Executor) OnHead(ctx context.Context, head *types.Header) ([]Outcome, error) {
	if err := e.Prepare(ctx, head); err != nil {
		return nil, err
	}
	return e.Follow(ctx, head)
}

// Prepare is the part of OnHead the head's new bundles depend on: the
// nonces of landed and expired bundles end, gaps close, and nonces are
// reserved for the next submissions (so that Submit need not write its
// own lease first).
func (e *Executor) Prepare(ctx context.Context, head *types.Header) error {
	n := head.Number.Uint64()
	// Leases of landed and expired bundles end first, so that resubmissions
	// carry only the predecessors still waiting (order.go).
	if _, err := e.nonces.SyncEnded(ctx, e.chain, n); err != nil {
		return err
	}
	if err := e.closeGaps(ctx); err != nil {
		return err
	}
	if e.cfg.ReserveNonces > 0 && !e.cfg.DryRun {
		if err := e.nonces.Reserve(ctx, n, e.cfg.ReserveNonces, e.cfg.ReserveBlocks); err != nil {
			// Only the next bundles' speed depends on it: they write their own rows.
			e.log.Warn().Err(err).Uint64("block", n).Msg("nonce reservation failed")
		}
	}
	return nil
}

// Follow is the rest of OnHead, after Prepare at the same head: each
// bundle in flight is checked for inclusion, resubmitted or expired.
func (e *Executor) Follow(ctx context.Context, head *types.Header) ([]Outcome, error) {
	n := head.Number.Uint64()
	e.mu.Lock()
	ids := make([]string, 0, len(e.flights))
	for id := range e.flights {
		ids = append(ids, id)
	}
	e.mu.Unlock()
	sort.Strings(ids)

	var changed []Outcome
	for _, id := range ids {
		e.mu.Lock()
		f := e.flights[id]
		e.mu.Unlock()
		o, err := e.follow(ctx, f, n)
		if err != nil {
			return changed, err
		}
		if o != nil {
			changed = append(changed, *o)
			e.observe(*o)
		}
		if f.status == StatusExpired || (f.status == StatusLanded && n >= f.block+e.cfg.ReorgDepth) {
			e.mu.Lock()
			delete(e.flights, id)
			e.mu.Unlock()
		}
	}
	return changed, nil
}

func (e *Executor) follow(ctx context.Context, f *flight, head uint64) (*Outcome, error) {
	out := &Outcome{ID: f.opp.ID, Strategy: f.opp.Strategy, Kind: f.opp.Kind, TxHashes: f.ours, Price: f.price, BundleHash: f.bundle}
	landed, block, hash, err := e.included(ctx, f.ours[len(f.ours)-1])
	if err != nil {
		return nil, err
	}
	switch {
	case landed && f.status != StatusLanded:
		f.status, f.block, f.hash = StatusLanded, block, hash
		out.Status, out.Block = StatusLanded, block
		e.m.landed.WithLabelValues(f.opp.Strategy).Inc()
		e.m.sendToLand.Observe(float64(time.Since(f.sentAt).Milliseconds()))
		return out, nil
	case landed:
		return nil, nil
	case f.status == StatusLanded:
		// It had landed and its block is no longer canonical.
		f.status = StatusReorged
		e.m.reorged.WithLabelValues(f.opp.Strategy).Inc()
		out.Status, out.Block = StatusReorged, f.block
		if head < f.opp.MaxBlock {
			out.Relays = e.send(ctx, f, head+1)
			f.status = StatusSent
		}
		return out, nil
	case head >= f.opp.MaxBlock:
		f.status = StatusExpired
		e.m.expired.WithLabelValues(f.opp.Strategy).Inc()
		out.Status, out.Block = StatusExpired, f.opp.MaxBlock
		return out, nil
	case f.target > head:
		// Already sent for the next block: submitted at this head, after
		// its nonce work and before its follow-up (the engine's order).
		return nil, nil
	default:
		out.Relays = e.send(ctx, f, head+1)
		out.Status, out.Block = StatusSent, head+1
		e.record(*out)
		if e.backrunGone(ctx, f, out.Relays) {
			out.Status, out.Block, out.Err = StatusExpired, head, errBackrunGone
			return out, nil
		}
		return nil, nil
	}
}

// included reports whether tx is in a canonical block.
func (e *Executor) included(ctx context.Context, tx common.Hash) (bool, uint64, common.Hash, error) {
	r, err := e.chain.TransactionReceipt(ctx, tx)
	if errors.Is(err, ethereum.NotFound) {
		return false, 0, common.Hash{}, nil
	}
	if err != nil {
		return false, 0, common.Hash{}, fmt.Errorf("exec: receipt %s: %w", tx, err)
	}
	h, err := e.chain.HeaderByNumber(ctx, r.BlockNumber)
	if err != nil {
		return false, 0, common.Hash{}, fmt.Errorf("exec: header %s: %w", r.BlockNumber, err)
	}
	if h.Hash() != r.BlockHash {
		return false, 0, common.Hash{}, nil // the receipt is from a block a reorg removed
	}
	return true, r.BlockNumber.Uint64(), r.BlockHash, nil
}

// Flush waits until every outcome recorded so far is stored (Config.Flush);
// call it once no Submit or OnHead runs, before closing the journal.
func (e *Executor) Flush() {
	if e.cfg.Flush != nil {
		e.cfg.Flush()
	}
}

// Shutdown ends a clean stop, once no Submit runs: the reserved nonces no
// bundle used are released (a restart need not wait for them) and the
// journal flushed.
func (e *Executor) Shutdown(ctx context.Context) {
	if err := e.nonces.Unreserve(ctx); err != nil {
		e.log.Error().Err(err).Msg("release nonce reservations")
	}
	e.Flush()
}

// InFlight returns the number of bundles being followed.
func (e *Executor) InFlight() int {
	e.mu.Lock()
	defer e.mu.Unlock()
	return len(e.flights)
}
