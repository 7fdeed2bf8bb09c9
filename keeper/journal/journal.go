package journal

import (
	"context"
	"database/sql"
	"fmt"
	"math/big"
	"strings"
	"time"

	_ "modernc.org/sqlite" // registers the pure-Go "sqlite" driver
)

// Journal is an open database file. It is safe for concurrent use: writes
// are serialized on one connection (SQLite has one writer anyway), so a
// Record callback must not call the Journal itself.
type Journal struct {
	db *sql.DB
}

// Open opens or creates the database at path and migrates it to
// SchemaVersion. It returns ErrSchemaTooNew for a file written by a newer keeper.
func Open(ctx context.Context, path string) (*Journal, error) {
	if path == "" || strings.ContainsAny(path, "?#") {
		return nil, fmt.Errorf("%w: %q", ErrBadPath, path)
	}
	// WAL lets readers run beside the writer; synchronous=FULL makes a
	// commit durable before it returns; immediate transactions take the
	// write lock at BEGIN, so a transaction never fails midway on a lock.
	dsn := "file:" + path + "?_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)" +
		"&_pragma=foreign_keys(1)&_pragma=busy_timeout(10000)&_txlock=immediate"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("journal: open %s: %w", path, err)
	}
	db.SetMaxOpenConns(1)
	if err := migrate(ctx, db); err != nil {
		db.Close()
		return nil, err
	}
	return &Journal{db: db}, nil
}

// Close closes the database; uncommitted transactions are rolled back.
func (j *Journal) Close() error { return j.db.Close() }

// Record runs fn in one transaction and commits it when fn returns nil;
// otherwise (or on a panic) nothing fn wrote is kept.
func (j *Journal) Record(ctx context.Context, fn func(tx *Tx) error) (err error) {
	stx, err := j.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("journal: begin: %w", err)
	}
	defer func() {
		if p := recover(); p != nil {
			stx.Rollback() //nolint:errcheck // the panic is what matters
			panic(p)
		}
		if err != nil {
			stx.Rollback() //nolint:errcheck // the first error is the one to report
		}
	}()
	if err := fn(&Tx{tx: stx}); err != nil {
		return err
	}
	if err := stx.Commit(); err != nil {
		return fmt.Errorf("journal: commit: %w", err)
	}
	return nil
}

// Begin starts a transaction for callers that cannot use Record's callback
// form; they must Commit or Rollback it.
func (j *Journal) Begin(ctx context.Context) (*Tx, error) {
	stx, err := j.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("journal: begin: %w", err)
	}
	return &Tx{tx: stx}, nil
}

// Tx writes records inside one transaction.
type Tx struct {
	tx *sql.Tx
}

// Commit makes every write of the transaction durable.
func (t *Tx) Commit() error { return t.tx.Commit() }

// Rollback discards every write of the transaction.
func (t *Tx) Rollback() error { return t.tx.Rollback() }

// Opportunity is a found opportunity as the journal stores it.
type Opportunity struct {
	ID, Strategy, Kind string
	// Block is the block of the event that revealed it.
	Block              uint64
	MinBlock, MaxBlock uint64
	// ProfitWei is the expected profit in wei.
	ProfitWei *big.Int
	// Gas is the gas estimate.
	Gas     uint64
	FoundAt time.Time
}

// Simulation is one simulation of an opportunity.
type Simulation struct {
	OpportunityID string
	// Block is the block whose state the simulation started from.
	Block        uint64
	OK           bool
	GasUsed      uint64
	ProfitWei    *big.Int
	RevertReason string
	At           time.Time
}

// Bundle is one bundle built for an opportunity (one per target block).
type Bundle struct {
	Hash          string
	OpportunityID string
	TargetBlock   uint64
	// TxHashes in bundle order.
	TxHashes []string
	// BuilderPaymentWei is the coinbase payment in wei.
	BuilderPaymentWei *big.Int
	CreatedAt         time.Time
}

// RelayAnswer is one relay's answer to a bundle submission.
type RelayAnswer struct {
	BundleHash string
	Relay      string
	OK         bool
	Error      string
	Latency    time.Duration
	At         time.Time
}

// Status is an opportunity's final state.
type Status string

// Outcome statuses.
const (
	StatusLanded  Status = "landed"  // a bundle landed; profit realised
	StatusFailed  Status = "failed"  // landed but reverted, or rejected for good
	StatusExpired Status = "expired" // the block range passed without landing
	StatusReorged Status = "reorged" // landed, then a reorg removed the block
)

// Outcome is how an opportunity ended; a later Outcome for the same
// opportunity (a reorg after landing) replaces the earlier one.
type Outcome struct {
	OpportunityID string
	Status        Status
	BundleHash    string
	// Block where it landed; 0 when it did not.
	Block uint64
	// ProfitWei is realised profit after gas and builder payment, in wei
	// (negative for a loss; 0 unless landed).
	ProfitWei *big.Int
	GasUsed   uint64
	At        time.Time
}

// Opportunity stores o; an ID already stored is left as it was (the same
// opportunity found again).
func (t *Tx) Opportunity(ctx context.Context, o Opportunity) error {
	if o.ID == "" || o.ProfitWei == nil {
		return fmt.Errorf("%w: opportunity %q needs an ID and a profit", ErrInvalid, o.ID)
	}
	_, err := t.tx.ExecContext(ctx, `INSERT INTO opportunities
		(id, strategy, kind, block, min_block, max_block, profit_wei, gas, found_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
		o.ID, o.Strategy, o.Kind, int64(o.Block), int64(o.MinBlock), int64(o.MaxBlock), o.ProfitWei.String(), int64(o.Gas), ms(o.FoundAt))
	return wrap("opportunity", o.ID, err)
}

// Simulation stores one simulation.
func (t *Tx) Simulation(ctx context.Context, s Simulation) error {
	if s.ProfitWei == nil {
		return fmt.Errorf("%w: simulation of %q has no profit", ErrInvalid, s.OpportunityID)
	}
	_, err := t.tx.ExecContext(ctx, `INSERT INTO simulations
		(opportunity_id, block, ok, gas_used, profit_wei, revert_reason, at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
		s.OpportunityID, int64(s.Block), s.OK, int64(s.GasUsed), s.ProfitWei.String(), s.RevertReason, ms(s.At))
	return wrap("simulation of", s.OpportunityID, err)
}

// Bundle stores a bundle; the same hash again is ignored.
func (t *Tx) Bundle(ctx context.Context, b Bundle) error {
	if b.Hash == "" || b.BuilderPaymentWei == nil {
		return fmt.Errorf("%w: bundle %q needs a hash and a builder payment", ErrInvalid, b.Hash)
	}
	_, err := t.tx.ExecContext(ctx, `INSERT INTO bundles
		(hash, opportunity_id, target_block, tx_hashes, builder_payment_wei, created_at)
		VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING`,
		norm(b.Hash), b.OpportunityID, int64(b.TargetBlock), norm(strings.Join(b.TxHashes, ",")), b.BuilderPaymentWei.String(), ms(b.CreatedAt))
	return wrap("bundle", b.Hash, err)
}

// RelayAnswer stores a relay's answer.
func (t *Tx) RelayAnswer(ctx context.Context, a RelayAnswer) error {
	_, err := t.tx.ExecContext(ctx, `INSERT INTO relay_answers (bundle_hash, relay, ok, error, latency_ms, at)
		VALUES (?, ?, ?, ?, ?, ?)`, norm(a.BundleHash), a.Relay, a.OK, a.Error, a.Latency.Milliseconds(), ms(a.At))
	return wrap("relay answer for", a.BundleHash, err)
}

// Outcome stores or replaces an opportunity's outcome.
func (t *Tx) Outcome(ctx context.Context, o Outcome) error {
	switch {
	case o.ProfitWei == nil:
		return fmt.Errorf("%w: outcome of %q has no profit", ErrInvalid, o.OpportunityID)
	case o.Status != StatusLanded && o.Status != StatusFailed && o.Status != StatusExpired && o.Status != StatusReorged:
		return fmt.Errorf("%w: outcome of %q: status %q", ErrInvalid, o.OpportunityID, o.Status)
	}
	_, err := t.tx.ExecContext(ctx, `INSERT INTO outcomes
		(opportunity_id, status, bundle_hash, block, profit_wei, gas_used, at) VALUES (?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (opportunity_id) DO UPDATE SET status = excluded.status, bundle_hash = excluded.bundle_hash,
		block = excluded.block, profit_wei = excluded.profit_wei, gas_used = excluded.gas_used, at = excluded.at`,
		o.OpportunityID, string(o.Status), norm(o.BundleHash), int64(o.Block), o.ProfitWei.String(), int64(o.GasUsed), ms(o.At))
	return wrap("outcome of", o.OpportunityID, err)
}

func wrap(what, key string, err error) error {
	if err != nil {
		return fmt.Errorf("journal: %s %s: %w", what, key, err)
	}
	return nil
}

// ms is t in Unix milliseconds; the zero time is stored as now.
func ms(t time.Time) int64 {
	if t.IsZero() {
		t = time.Now()
	}
	return t.UnixMilli()
}

// norm lower-cases hex so that lookups do not depend on checksum casing.
func norm(s string) string { return strings.ToLower(s) }
