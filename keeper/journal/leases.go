package journal

import (
	"context"
	"fmt"
	"time"
)

// Lease is one nonce held by one live bundle (keeper/exec's Lease, with
// the address and hash as 0x-hex strings). An adapter in the engine
// converts between the two; the journal stays free of go-ethereum types.
type Lease struct {
	Account       string
	Nonce         uint64
	OpportunityID string
	// MaxBlock is the last block the bundle may land in.
	MaxBlock uint64
	// Sent is true once the signed transaction went to the relays; TxHash
	// is its hash then.
	Sent   bool
	TxHash string
}

const putLeaseSQL = `INSERT INTO nonce_leases
	(account, nonce, opportunity_id, max_block, sent, tx_hash, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
	ON CONFLICT (account, nonce) DO UPDATE SET opportunity_id = excluded.opportunity_id,
	max_block = excluded.max_block, sent = excluded.sent, tx_hash = excluded.tx_hash, updated_at = excluded.updated_at`

// PutLease stores or replaces the lease for (Account, Nonce), durably
// before it returns: the executor signs only after.
func (j *Journal) PutLease(ctx context.Context, l Lease) error {
	if l.Account == "" {
		return fmt.Errorf("%w: lease without an account", ErrInvalid)
	}
	_, err := j.db.ExecContext(ctx, putLeaseSQL,
		norm(l.Account), int64(l.Nonce), l.OpportunityID, int64(l.MaxBlock), l.Sent, norm(l.TxHash), ms(time.Time{}))
	return wrap("put lease of", fmt.Sprintf("%s/%d", l.Account, l.Nonce), err)
}

// PutLeases is PutLease for several leases in one transaction: all are
// stored, durably, or none is. The executor's nonce reservations rewrite a
// few dozen rows at once; one disk sync instead of one each keeps them from
// holding up the lease writes that a bundle waits for.
func (j *Journal) PutLeases(ctx context.Context, ls []Lease) (err error) {
	for _, l := range ls {
		if l.Account == "" {
			return fmt.Errorf("%w: lease without an account", ErrInvalid)
		}
	}
	tx, err := j.db.BeginTx(ctx, nil)
	if err != nil {
		return wrap("put leases", fmt.Sprintf("%d rows", len(ls)), err)
	}
	defer func() {
		if err != nil {
			tx.Rollback() //nolint:errcheck // the first error is the one to report
		}
	}()
	for _, l := range ls {
		if _, err := tx.ExecContext(ctx, putLeaseSQL,
			norm(l.Account), int64(l.Nonce), l.OpportunityID, int64(l.MaxBlock), l.Sent, norm(l.TxHash), ms(time.Time{})); err != nil {
			return wrap("put lease of", fmt.Sprintf("%s/%d", l.Account, l.Nonce), err)
		}
	}
	return wrap("put leases", fmt.Sprintf("%d rows", len(ls)), tx.Commit())
}

// DeleteLease removes the lease for (account, nonce); a missing one is fine.
func (j *Journal) DeleteLease(ctx context.Context, account string, nonce uint64) error {
	_, err := j.db.ExecContext(ctx, `DELETE FROM nonce_leases WHERE account = ? AND nonce = ?`, norm(account), int64(nonce))
	return wrap("delete lease of", fmt.Sprintf("%s/%d", account, nonce), err)
}

// Leases returns the account's leases, lowest nonce first.
func (j *Journal) Leases(ctx context.Context, account string) ([]Lease, error) {
	rows, err := j.db.QueryContext(ctx, `SELECT account, nonce, opportunity_id, max_block, sent, tx_hash
		FROM nonce_leases WHERE account = ? ORDER BY nonce`, norm(account))
	if err != nil {
		return nil, wrap("leases of", account, err)
	}
	defer rows.Close()
	var out []Lease
	for rows.Next() {
		var l Lease
		var nonce, maxBlock int64
		if err := rows.Scan(&l.Account, &nonce, &l.OpportunityID, &maxBlock, &l.Sent, &l.TxHash); err != nil {
			return nil, wrap("leases of", account, err)
		}
		l.Nonce, l.MaxBlock = uint64(nonce), uint64(maxBlock)
		out = append(out, l)
	}
	return out, wrap("leases of", account, rows.Err())
}
