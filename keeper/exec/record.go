package exec

import (
	"context"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/keeperkit/keeperkit/keeper/journal"
)

// JournalRecorder returns a Config.Record function that writes every
// outcome to j: the opportunity when first submitted, each simulation, each
// bundle with every relay's answer, and the final status with its profit.
// Each outcome is one transaction, so a crash loses at most the outcome being
// written, never half of one. A journal error is logged and counted, never
// fatal: the keeper's job is landing bundles, the journal only reports it.
func JournalRecorder(j *journal.Journal, log zerolog.Logger, m *Metrics) func(Outcome) {
	if m == nil {
		m = newMetrics(nil)
	}
	return func(o Outcome) {
		if o.ID == "" {
			return // an invalid opportunity: its drop is counted in metrics
		}
		if err := recordOutcome(context.Background(), j, o); err != nil {
			m.journalErrors.Inc()
			log.Error().Err(err).Str("opportunity", o.ID).Str("status", string(o.Status)).Msg("journal write failed")
		}
	}
}

// journalQueueMax bounds the outcomes a JournalQueue holds before Record
// waits for the writer (backpressure: the journal never drops a record).
const journalQueueMax = 4096

// JournalQueue journals outcomes off the caller's goroutine: Record queues
// the outcome and returns, and one writer at a time stores everything
// queued in one transaction (group commit: one fsync for a burst of
// opportunities instead of one each). Submit reaches the relays sooner and
// the nonce leases' durable writes (MarkSent) wait behind fewer journal
// transactions. Outcomes are stored in the order Record got them. Flush
// waits until every outcome recorded before it is stored: call it before
// closing the journal (the engine calls the executor's Flush once its
// submissions are done). A journal error is logged and counted, never
// fatal, as with JournalRecorder. Safe for concurrent use.
type JournalQueue struct {
	j   *journal.Journal
	log zerolog.Logger
	m   *Metrics

	// writes is held around each journal transaction, the queue's and its
	// Store's lease writes, so that they take turns in the process.
	writes sync.Mutex

	// mu guards pending and writing; cond signals when the writer takes a
	// batch or stops.
	mu      sync.Mutex
	cond    *sync.Cond
	pending []Outcome
	writing bool
}

// NewJournalQueue journals into j.
func NewJournalQueue(j *journal.Journal, log zerolog.Logger, m *Metrics) *JournalQueue {
	if m == nil {
		m = newMetrics(nil)
	}
	q := &JournalQueue{j: j, log: log, m: m}
	q.cond = sync.NewCond(&q.mu)
	return q
}

// Store is a NonceStore in the same journal whose writes take turns with
// the queue's (see JournalStore).
func (q *JournalQueue) Store() JournalStore { return JournalStore{J: q.j, writes: &q.writes} }

// Record queues o (a Config.Record); it waits only when journalQueueMax
// outcomes are already waiting.
func (q *JournalQueue) Record(o Outcome) {
	if o.ID == "" {
		return // an invalid opportunity: its drop is counted in metrics
	}
	q.mu.Lock()
	for len(q.pending) >= journalQueueMax {
		q.cond.Wait()
	}
	q.pending = append(q.pending, o)
	start := !q.writing
	q.writing = true
	q.mu.Unlock()
	if start {
		go q.write()
	}
}

// Flush waits until every outcome queued so far is stored (or failed and
// was counted).
func (q *JournalQueue) Flush() {
	q.mu.Lock()
	defer q.mu.Unlock()
	for q.writing {
		q.cond.Wait()
	}
}

// write stores batches until the queue is empty, then stops.
func (q *JournalQueue) write() {
	ctx := context.Background()
	for {
		q.mu.Lock()
		batch := q.pending
		q.pending = nil
		if len(batch) == 0 {
			q.writing = false
			q.cond.Broadcast()
			q.mu.Unlock()
			return
		}
		q.cond.Broadcast()
		q.mu.Unlock()
		now := time.Now()
		q.writes.Lock()
		err := q.j.Record(ctx, func(tx *journal.Tx) error {
			for i := range batch {
				if err := recordOutcomeTx(ctx, tx, batch[i], now); err != nil {
					return err
				}
			}
			return nil
		})
		q.writes.Unlock()
		if err == nil {
			continue
		}
		// One bad outcome must not lose the others: one transaction each.
		for _, o := range batch {
			q.writes.Lock()
			err := recordOutcome(ctx, q.j, o)
			q.writes.Unlock()
			if err != nil {
				q.m.journalErrors.Inc()
				q.log.Error().Err(err).Str("opportunity", o.ID).Str("status", string(o.Status)).Msg("journal write failed")
			}
		}
	}
}

func recordOutcome(ctx context.Context, j *journal.Journal, o Outcome) error {
	now := time.Now()
	return j.Record(ctx, func(tx *journal.Tx) error { return recordOutcomeTx(ctx, tx, o, now) })
}

// recordOutcomeTx writes o in tx.
func recordOutcomeTx(ctx context.Context, tx *journal.Tx, o Outcome, now time.Time) error {
	if o.Expected != nil {
		if err := tx.Opportunity(ctx, journal.Opportunity{ID: o.ID, Strategy: o.Strategy, Kind: o.Kind, Block: o.Found,
			MinBlock: o.MinBlock, MaxBlock: o.MaxBlock, ProfitWei: o.Expected.ToBig(), Gas: o.GasEstimate, FoundAt: now}); err != nil {
			return err
		}
	}
	if o.Simulated {
		if err := tx.Simulation(ctx, journal.Simulation{OpportunityID: o.ID, Block: o.Found, OK: o.RevertReason == "",
			GasUsed: o.Price.GasUsed, ProfitWei: o.Price.Net.ToBig(), RevertReason: o.RevertReason, At: now}); err != nil {
			return err
		}
	}
	if len(o.Relays) > 0 && o.BundleHash != (common.Hash{}) {
		hashes := make([]string, len(o.TxHashes))
		for i, h := range o.TxHashes {
			hashes[i] = h.Hex()
		}
		if err := tx.Bundle(ctx, journal.Bundle{Hash: o.BundleHash.Hex(), OpportunityID: o.ID, TargetBlock: o.Block,
			TxHashes: hashes, BuilderPaymentWei: o.Price.Tip.ToBig(), CreatedAt: now}); err != nil {
			return err
		}
		for _, r := range o.Relays {
			a := journal.RelayAnswer{BundleHash: o.BundleHash.Hex(), Relay: r.Relay, OK: r.Err == nil, Latency: r.Latency, At: now}
			if r.Err != nil {
				a.Error = r.Err.Error()
			}
			if err := tx.RelayAnswer(ctx, a); err != nil {
				return err
			}
		}
	}
	var status journal.Status
	profit, gas := new(big.Int), uint64(0)
	switch o.Status {
	case StatusLanded:
		status, profit, gas = journal.StatusLanded, o.Price.Net.ToBig(), o.Price.GasUsed
	case StatusExpired:
		status = journal.StatusExpired
	case StatusReorged:
		status = journal.StatusReorged
	default:
		return nil // sent, dry-run, dropped: not an outcome yet
	}
	return tx.Outcome(ctx, journal.Outcome{OpportunityID: o.ID, Status: status, BundleHash: o.BundleHash.Hex(),
		Block: o.Block, ProfitWei: profit, GasUsed: gas, At: now})
}
