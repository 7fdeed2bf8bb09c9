package journal

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// ReserveNonce hands out the next nonce of account and persists the one
// after it before returning, so that no nonce is handed out twice, across
// restarts too. Call it before signing. chainNonce is the account's nonce
// on chain (eth_getTransactionCount); the result is the larger of it and
// the stored next nonce, so transactions sent outside the keeper are
// skipped over. A reserved nonce that is never used leaves a gap on chain,
// which the executor closes with ResetNonce after resyncing.
func (j *Journal) ReserveNonce(ctx context.Context, account string, chainNonce uint64) (uint64, error) {
	var n uint64
	err := j.Record(ctx, func(tx *Tx) error {
		var next int64
		err := tx.tx.QueryRowContext(ctx, `SELECT next FROM nonces WHERE account = ?`, norm(account)).Scan(&next)
		if err != nil && err != sql.ErrNoRows {
			return err
		}
		n = max(uint64(next), chainNonce)
		_, err = tx.tx.ExecContext(ctx, `INSERT INTO nonces (account, next, updated_at) VALUES (?, ?, ?)
			ON CONFLICT (account) DO UPDATE SET next = excluded.next, updated_at = excluded.updated_at`,
			norm(account), int64(n+1), ms(time.Time{}))
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("journal: reserve nonce of %s: %w", account, err)
	}
	return n, nil
}

// ResetNonce sets the next nonce of account, after the executor resynced
// with the chain (a gap, a reorg, a transaction replaced outside the keeper).
func (j *Journal) ResetNonce(ctx context.Context, account string, next uint64) error {
	_, err := j.db.ExecContext(ctx, `INSERT INTO nonces (account, next, updated_at) VALUES (?, ?, ?)
		ON CONFLICT (account) DO UPDATE SET next = excluded.next, updated_at = excluded.updated_at`,
		norm(account), int64(next), ms(time.Time{}))
	return wrap("reset nonce of", account, err)
}

// NextNonce returns the stored next nonce of account; ok is false when the
// journal never reserved one for it.
func (j *Journal) NextNonce(ctx context.Context, account string) (next uint64, ok bool, err error) {
	var v int64
	err = j.db.QueryRowContext(ctx, `SELECT next FROM nonces WHERE account = ?`, norm(account)).Scan(&v)
	switch {
	case err == sql.ErrNoRows:
		return 0, false, nil
	case err != nil:
		return 0, false, wrap("next nonce of", account, err)
	}
	return uint64(v), true, nil
}

// PendingTx is a transaction the keeper signed and has not seen resolved.
type PendingTx struct {
	Hash, Account string
	Nonce         uint64
	BundleHash    string
	// Sent is true once MarkSent recorded it; Raw is the signed transaction
	// then, nil before (see the package doc).
	Sent      bool
	Raw       []byte
	CreatedAt time.Time
	SentAt    time.Time // zero until sent
}

// RecordSigned notes a signed transaction before it is sent (without its
// raw bytes). After a restart, a signed-but-unsent entry means the
// transaction may or may not have reached a relay.
func (j *Journal) RecordSigned(ctx context.Context, p PendingTx) error {
	if p.Hash == "" || p.Account == "" {
		return fmt.Errorf("%w: pending tx needs a hash and an account", ErrInvalid)
	}
	_, err := j.db.ExecContext(ctx, `INSERT INTO pending_txs (hash, account, nonce, bundle_hash, state, created_at)
		VALUES (?, ?, ?, ?, 'signed', ?)`, norm(p.Hash), norm(p.Account), int64(p.Nonce), norm(p.BundleHash), ms(p.CreatedAt))
	return wrap("record signed", p.Hash, err)
}

// MarkSent records that the transaction left for the relays, keeping its
// raw bytes for resubmission. It returns ErrNotFound for an unknown hash.
func (j *Journal) MarkSent(ctx context.Context, hash string, raw []byte) error {
	res, err := j.db.ExecContext(ctx, `UPDATE pending_txs SET state = 'sent', raw = ?, sent_at = ? WHERE hash = ?`,
		raw, ms(time.Time{}), norm(hash))
	if err != nil {
		return wrap("mark sent", hash, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("%w: pending tx %s", ErrNotFound, hash)
	}
	return nil
}

// Resolve forgets a pending transaction: mined, replaced or abandoned.
func (j *Journal) Resolve(ctx context.Context, hash string) error {
	_, err := j.db.ExecContext(ctx, `DELETE FROM pending_txs WHERE hash = ?`, norm(hash))
	return wrap("resolve", hash, err)
}

// PendingTxs lists the unresolved transactions of account by nonce, or of
// every account when account is empty.
func (j *Journal) PendingTxs(ctx context.Context, account string) ([]PendingTx, error) {
	rows, err := j.db.QueryContext(ctx, `SELECT hash, account, nonce, bundle_hash, state, raw, created_at, COALESCE(sent_at, 0)
		FROM pending_txs WHERE ? = '' OR account = ? ORDER BY account, nonce, created_at`, norm(account), norm(account))
	if err != nil {
		return nil, wrap("pending txs of", account, err)
	}
	defer rows.Close()
	var out []PendingTx
	for rows.Next() {
		var p PendingTx
		var nonce, created, sent int64
		var state string
		if err := rows.Scan(&p.Hash, &p.Account, &nonce, &p.BundleHash, &state, &p.Raw, &created, &sent); err != nil {
			return nil, wrap("pending txs of", account, err)
		}
		p.Nonce, p.Sent, p.CreatedAt = uint64(nonce), state == "sent", time.UnixMilli(created)
		if sent != 0 {
			p.SentAt = time.UnixMilli(sent)
		}
		out = append(out, p)
	}
	return out, wrap("pending txs of", account, rows.Err())
}
