package journal

import (
	"context"
	"errors"
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

// TestPutLeases: several leases in one transaction, replacing existing
// rows; a bad row stores none of them.
func TestPutLeases(t *testing.T) {
	ctx := context.Background()
	j := open(t, tempPath(t))
	const acct = "0xAbC0000000000000000000000000000000000001"
	if err := j.PutLease(ctx, Lease{Account: acct, Nonce: 5, OpportunityID: "o", MaxBlock: 9}); err != nil {
		t.Fatal(err)
	}
	rows := []Lease{
		{Account: acct, Nonce: 5, OpportunityID: "(reserved)", MaxBlock: 20, Sent: true},
		{Account: acct, Nonce: 6, OpportunityID: "(reserved)", MaxBlock: 20, Sent: true},
	}
	if err := j.PutLeases(ctx, rows); err != nil {
		t.Fatal(err)
	}
	want := "[{0xabc0000000000000000000000000000000000001 5 (reserved) 20 true } {0xabc0000000000000000000000000000000000001 6 (reserved) 20 true }]"
	check := func(when string) {
		t.Helper()
		got, err := j.Leases(ctx, acct)
		if err != nil {
			t.Fatal(err)
		}
		if s := fmt.Sprint(got); s != want {
			t.Fatalf("%s: got %s, want %s", when, s, want)
		}
	}
	check("after the batch")
	bad := []Lease{{Account: acct, Nonce: 7, OpportunityID: "x", MaxBlock: 30}, {Nonce: 8}}
	if err := j.PutLeases(ctx, bad); !errors.Is(err, ErrInvalid) {
		t.Fatalf("a row without an account: got %v, want ErrInvalid", err)
	}
	check("after a refused batch")
}
