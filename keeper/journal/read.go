package journal

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"
)

// OpenReadOnly opens an existing journal for reading, beside a keeper that
// may be writing it (WAL lets a reader see every committed transaction
// without blocking the writer). Unlike Open it never creates the file nor
// migrates it: an operator looking at a journal must not change it.
func OpenReadOnly(ctx context.Context, path string) (*Journal, error) {
	if path == "" || strings.ContainsAny(path, "?#") {
		return nil, fmt.Errorf("%w: %q", ErrBadPath, path)
	}
	if _, err := os.Stat(path); err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("%w: no journal at %s (journal.path; `keeper run` creates it)", ErrNotFound, path)
		}
		return nil, fmt.Errorf("journal: %s: %w", path, err)
	}
	dsn := "file:" + path + "?_pragma=query_only(1)&_pragma=busy_timeout(10000)"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("journal: open %s: %w", path, err)
	}
	db.SetMaxOpenConns(1)
	var v int
	if err := db.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&v); err != nil {
		db.Close()
		return nil, fmt.Errorf("%w: %s is not a keeper journal: %v", ErrInvalid, path, err)
	}
	switch {
	case v > SchemaVersion():
		db.Close()
		return nil, fmt.Errorf("%w: %s has version %d, this keeper knows up to %d", ErrSchemaTooNew, path, v, SchemaVersion())
	case v < 1:
		db.Close()
		return nil, fmt.Errorf("%w: %s has no tables yet (schema version %d)", ErrInvalid, path, v)
	}
	return &Journal{db: db}, nil
}

// Filter selects opportunities for Query. Zero fields select everything.
type Filter struct {
	// Since keeps opportunities found at or after this time.
	Since time.Time
	// FromBlock keeps opportunities revealed by this block or a later one.
	FromBlock uint64
	// Strategy and Kind keep one strategy's or one kind's opportunities.
	Strategy, Kind string
	// Limit caps the number returned (newest first); 0 means 100.
	Limit int
}

// Query returns the opportunities f selects, newest first.
func (j *Journal) Query(ctx context.Context, f Filter) ([]Entry, error) {
	var where []string
	var args []any
	if !f.Since.IsZero() {
		where, args = append(where, "o.found_at >= ?"), append(args, f.Since.UnixMilli())
	}
	if f.FromBlock > 0 {
		where, args = append(where, "o.block >= ?"), append(args, int64(f.FromBlock))
	}
	if f.Strategy != "" {
		where, args = append(where, "o.strategy = ?"), append(args, f.Strategy)
	}
	if f.Kind != "" {
		where, args = append(where, "o.kind = ?"), append(args, f.Kind)
	}
	if f.Limit <= 0 {
		f.Limit = 100
	}
	q := entrySelect
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	return j.entries(ctx, q+` ORDER BY o.found_at DESC, o.id LIMIT ?`, append(args, f.Limit)...)
}

// Answers returns the relay answers to the bundles built for each of the
// given opportunities, oldest first, keyed by opportunity ID.
func (j *Journal) Answers(ctx context.Context, ids []string) (map[string][]RelayAnswer, error) {
	out := make(map[string][]RelayAnswer, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	q := `SELECT b.opportunity_id, a.bundle_hash, a.relay, a.ok, a.error, a.latency_ms, a.at
		FROM relay_answers a JOIN bundles b ON b.hash = a.bundle_hash
		WHERE b.opportunity_id IN (?` + strings.Repeat(",?", len(ids)-1) + `) ORDER BY a.at, a.id`
	rows, err := j.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("journal: relay answers: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var a RelayAnswer
		var lat, at int64
		if err := rows.Scan(&id, &a.BundleHash, &a.Relay, &a.OK, &a.Error, &lat, &at); err != nil {
			return nil, fmt.Errorf("journal: relay answers: %w", err)
		}
		a.Latency, a.At = time.Duration(lat)*time.Millisecond, time.UnixMilli(at)
		out[id] = append(out[id], a)
	}
	return out, rows.Err()
}
