package journal

import (
	"context"
	"database/sql"
	"fmt"
)

// migrations[i] moves the schema from version i to i+1. Never edit a
// released migration: append a new one.
var migrations = []string{
	// 1: the initial schema. Times are Unix milliseconds; amounts in wei are
	// decimal TEXT (uint256 does not fit SQLite's INTEGER); addresses and
	// hashes are lower-case 0x-hex.
	`
CREATE TABLE opportunities (
	id         TEXT PRIMARY KEY,  -- the strategy's dedupe key
	strategy   TEXT NOT NULL,
	kind       TEXT NOT NULL,
	block      INTEGER NOT NULL,  -- block of the event that revealed it
	min_block  INTEGER NOT NULL,
	max_block  INTEGER NOT NULL,
	profit_wei TEXT NOT NULL,     -- expected, before gas and builder payment
	gas        INTEGER NOT NULL,  -- estimate
	found_at   INTEGER NOT NULL
);
CREATE INDEX opportunities_found_at ON opportunities(found_at);
CREATE INDEX opportunities_strategy ON opportunities(strategy);

CREATE TABLE simulations (
	id             INTEGER PRIMARY KEY,
	opportunity_id TEXT NOT NULL REFERENCES opportunities(id),
	block          INTEGER NOT NULL,  -- state after this block
	ok             INTEGER NOT NULL,  -- 1 when nothing reverted
	gas_used       INTEGER NOT NULL,
	profit_wei     TEXT NOT NULL,
	revert_reason  TEXT NOT NULL DEFAULT '',
	at             INTEGER NOT NULL
);
CREATE INDEX simulations_opportunity ON simulations(opportunity_id);

CREATE TABLE bundles (
	hash                TEXT PRIMARY KEY,
	opportunity_id      TEXT NOT NULL REFERENCES opportunities(id),
	target_block        INTEGER NOT NULL,
	tx_hashes           TEXT NOT NULL,   -- comma-separated, bundle order
	builder_payment_wei TEXT NOT NULL,
	created_at          INTEGER NOT NULL
);
CREATE INDEX bundles_opportunity ON bundles(opportunity_id);

CREATE TABLE relay_answers (
	id          INTEGER PRIMARY KEY,
	bundle_hash TEXT NOT NULL REFERENCES bundles(hash),
	relay       TEXT NOT NULL,
	ok          INTEGER NOT NULL,
	error       TEXT NOT NULL DEFAULT '',
	latency_ms  INTEGER NOT NULL,
	at          INTEGER NOT NULL
);
CREATE INDEX relay_answers_bundle ON relay_answers(bundle_hash);

CREATE TABLE outcomes (
	opportunity_id TEXT PRIMARY KEY REFERENCES opportunities(id),
	status         TEXT NOT NULL CHECK (status IN ('landed', 'failed', 'expired', 'reorged')),
	bundle_hash    TEXT NOT NULL DEFAULT '',
	block          INTEGER NOT NULL DEFAULT 0,
	profit_wei     TEXT NOT NULL,     -- realised, after gas and builder payment; may be negative
	gas_used       INTEGER NOT NULL,
	at             INTEGER NOT NULL
);

CREATE TABLE nonces (
	account    TEXT PRIMARY KEY,
	next       INTEGER NOT NULL,  -- the next nonce to hand out
	updated_at INTEGER NOT NULL
);

CREATE TABLE pending_txs (
	hash        TEXT PRIMARY KEY,
	account     TEXT NOT NULL,
	nonce       INTEGER NOT NULL,
	bundle_hash TEXT NOT NULL DEFAULT '',
	state       TEXT NOT NULL CHECK (state IN ('signed', 'sent')),
	raw         BLOB,             -- only once sent: see the package doc
	created_at  INTEGER NOT NULL,
	sent_at     INTEGER
);
CREATE INDEX pending_txs_account ON pending_txs(account, nonce);
`,
	// 2: nonce leases, the store behind keeper/exec's nonce manager: one
	// row per nonce held by a live bundle.
	`
CREATE TABLE nonce_leases (
	account        TEXT NOT NULL,
	nonce          INTEGER NOT NULL,
	opportunity_id TEXT NOT NULL DEFAULT '',
	max_block      INTEGER NOT NULL,  -- last block the bundle may land in
	sent           INTEGER NOT NULL,  -- 1 once handed to the relays
	tx_hash        TEXT NOT NULL DEFAULT '',
	updated_at     INTEGER NOT NULL,
	PRIMARY KEY (account, nonce)
);
`,
}

// SchemaVersion is the schema this keeper writes.
func SchemaVersion() int { return len(migrations) }

// migrate brings the schema to SchemaVersion, one transaction per step.
func migrate(ctx context.Context, db *sql.DB) error {
	if _, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`); err != nil {
		return fmt.Errorf("journal: schema_version: %w", err)
	}
	var v int
	err := db.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&v)
	switch {
	case err == sql.ErrNoRows:
		if _, err := db.ExecContext(ctx, `INSERT INTO schema_version (version) VALUES (0)`); err != nil {
			return fmt.Errorf("journal: schema_version: %w", err)
		}
	case err != nil:
		return fmt.Errorf("journal: schema_version: %w", err)
	}
	if v > len(migrations) {
		return fmt.Errorf("%w: file has version %d, this keeper knows up to %d", ErrSchemaTooNew, v, len(migrations))
	}
	for ; v < len(migrations); v++ {
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
			tx.Rollback() //nolint:errcheck // the migration error is the one to report
			return fmt.Errorf("journal: migration %d: %w", v+1, err)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE schema_version SET version = ?`, v+1); err != nil {
			tx.Rollback() //nolint:errcheck
			return fmt.Errorf("journal: migration %d: %w", v+1, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("journal: migration %d: %w", v+1, err)
		}
	}
	return nil
}
