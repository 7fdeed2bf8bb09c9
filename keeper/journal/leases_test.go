package journal

import (
	"context"
	"fmt"
	"math/big"
	"testing"
)

func TestLeases(t *testing.T) {
	ctx := context.Background()
	path := tempPath(t)
	j := open(t, path)
	const acct = "0xAbC0000000000000000000000000000000000001"
	steps := []struct {
		name string
		do   func() error
		want string // fmt of Leases(acct)
	}{
		{"put two", func() error {
			if err := j.PutLease(ctx, Lease{Account: acct, Nonce: 8, OpportunityID: "o2", MaxBlock: 12}); err != nil {
				return err
			}
			return j.PutLease(ctx, Lease{Account: acct, Nonce: 7, OpportunityID: "o1", MaxBlock: 11})
		}, "[{0xabc0000000000000000000000000000000000001 7 o1 11 false } {0xabc0000000000000000000000000000000000001 8 o2 12 false }]"},
		{"mark sent replaces", func() error {
			return j.PutLease(ctx, Lease{Account: acct, Nonce: 7, OpportunityID: "o1", MaxBlock: 11, Sent: true, TxHash: "0xAB"})
		}, "[{0xabc0000000000000000000000000000000000001 7 o1 11 true 0xab} {0xabc0000000000000000000000000000000000001 8 o2 12 false }]"},
		{"delete", func() error { return j.DeleteLease(ctx, acct, 8) },
			"[{0xabc0000000000000000000000000000000000001 7 o1 11 true 0xab}]"},
		{"delete missing is fine", func() error { return j.DeleteLease(ctx, acct, 99) },
			"[{0xabc0000000000000000000000000000000000001 7 o1 11 true 0xab}]"},
		{"survives reopen", func() error {
			j.Close()
			j = open(t, path)
			return nil
		}, "[{0xabc0000000000000000000000000000000000001 7 o1 11 true 0xab}]"},
	}
	for _, s := range steps {
		if err := s.do(); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		ls, err := j.Leases(ctx, acct)
		if err != nil {
			t.Fatal(err)
		}
		if got := fmt.Sprint(ls); got != s.want {
			t.Errorf("%s: got %s, want %s", s.name, got, s.want)
		}
	}
	if ls, _ := j.Leases(ctx, "0xother"); len(ls) != 0 {
		t.Errorf("other account: got %v, want none", ls)
	}
}

// TestMigrateFromV1 opens a file written at schema 1 (before leases) and
// checks that the upgrade keeps its data and adds the new table.
func TestMigrateFromV1(t *testing.T) {
	ctx := context.Background()
	path := tempPath(t)
	all := migrations
	migrations = all[:1]
	j, err := Open(ctx, path)
	if err != nil {
		migrations = all
		t.Fatal(err)
	}
	err = j.Record(ctx, func(tx *Tx) error {
		return tx.Opportunity(ctx, Opportunity{ID: "old", Strategy: "s", Kind: "k", ProfitWei: big.NewInt(3)})
	})
	j.Close()
	migrations = all
	if err != nil {
		t.Fatal(err)
	}
	j = open(t, path)
	var v int
	if err := j.db.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&v); err != nil || v != 2 {
		t.Errorf("version after upgrade: got %d (%v), want 2", v, err)
	}
	if e, err := j.Recent(ctx, 1); err != nil || len(e) != 1 || e[0].ID != "old" {
		t.Errorf("data after upgrade: got %v (%v), want the v1 opportunity", e, err)
	}
	if err := j.PutLease(ctx, Lease{Account: "0xa", Nonce: 1, MaxBlock: 2}); err != nil {
		t.Errorf("lease after upgrade: %v", err)
	}
}
