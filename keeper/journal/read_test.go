package journal

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestReadOnlyBesideWriter: a reader opened while the keeper's writer holds
// the file sees every committed record, filters them, and cannot write.
func TestReadOnlyBesideWriter(t *testing.T) {
	ctx := context.Background()
	path := tempPath(t)
	w := open(t, path)
	t0 := time.UnixMilli(1_700_000_000_000)
	add := func(i int, id, strategy, kind string, relays ...string) {
		t.Helper()
		err := w.Record(ctx, func(tx *Tx) error {
			if err := tx.Opportunity(ctx, Opportunity{ID: id, Strategy: strategy, Kind: kind, Block: uint64(100 + i),
				MinBlock: uint64(101 + i), MaxBlock: uint64(102 + i), ProfitWei: big.NewInt(int64(1000 + i)), FoundAt: t0.Add(time.Duration(i) * time.Minute)}); err != nil {
				return err
			}
			if len(relays) == 0 {
				return nil
			}
			hash := fmt.Sprintf("0xb%d", i)
			if err := tx.Bundle(ctx, Bundle{Hash: hash, OpportunityID: id, TargetBlock: uint64(101 + i), TxHashes: []string{"0xaa"}, BuilderPaymentWei: big.NewInt(1)}); err != nil {
				return err
			}
			for k, r := range relays {
				a := RelayAnswer{BundleHash: hash, Relay: r, OK: k == 0, Latency: time.Duration(k+1) * time.Millisecond, At: t0.Add(time.Duration(k) * time.Millisecond)}
				if !a.OK {
					a.Error = "timeout"
				}
				if err := tx.RelayAnswer(ctx, a); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	add(0, "liq:a", "liquidation", "liquidation", "local", "slow")
	add(1, "arb:a", "arbitrage", "arbitrage")
	add(2, "liq:b", "liquidation", "liquidation", "local")

	r, err := OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	// Written after the reader opened: still seen.
	add(3, "arb:b", "arbitrage", "backrun")

	tests := []struct {
		name string
		f    Filter
		want []string
	}{
		{"all, newest first", Filter{}, []string{"arb:b", "liq:b", "arb:a", "liq:a"}},
		{"limit", Filter{Limit: 2}, []string{"arb:b", "liq:b"}},
		{"strategy", Filter{Strategy: "liquidation"}, []string{"liq:b", "liq:a"}},
		{"kind", Filter{Kind: "backrun"}, []string{"arb:b"}},
		{"since", Filter{Since: t0.Add(90 * time.Second)}, []string{"arb:b", "liq:b"}},
		{"from block", Filter{FromBlock: 101}, []string{"arb:b", "liq:b", "arb:a"}},
		{"combined", Filter{Strategy: "arbitrage", FromBlock: 102}, []string{"arb:b"}},
		{"nothing", Filter{Strategy: "nope"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			es, err := r.Query(ctx, tc.f)
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, e := range es {
				ids = append(ids, e.ID)
			}
			if !slices.Equal(ids, tc.want) {
				t.Fatalf("got %v, want %v", ids, tc.want)
			}
		})
	}

	ans, err := r.Answers(ctx, []string{"liq:a", "arb:a", "liq:b"})
	if err != nil {
		t.Fatal(err)
	}
	if got := ans["liq:a"]; len(got) != 2 || got[0].Relay != "local" || !got[0].OK || got[1].Relay != "slow" || got[1].OK ||
		got[1].Error != "timeout" || got[1].Latency != 2*time.Millisecond {
		t.Errorf("liq:a answers: got %+v", got)
	}
	if got := ans["arb:a"]; len(got) != 0 {
		t.Errorf("arb:a answers: got %+v, want none", got)
	}
	if got := ans["liq:b"]; len(got) != 1 || got[0].BundleHash != "0xb2" {
		t.Errorf("liq:b answers: got %+v", got)
	}

	// The reader cannot write.
	err = r.Record(ctx, func(tx *Tx) error {
		return tx.Opportunity(ctx, Opportunity{ID: "x", Strategy: "s", Kind: "k", ProfitWei: big.NewInt(1)})
	})
	if err == nil {
		t.Fatal("write through a read-only journal succeeded")
	}
}

func TestOpenReadOnlyErrors(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	notDB := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(notDB, []byte("not a database at all, just text"), 0o600); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "empty.db")
	if err := os.WriteFile(empty, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	newer := tempPath(t)
	j := open(t, newer)
	if _, err := j.db.ExecContext(ctx, `UPDATE schema_version SET version = 99`); err != nil {
		t.Fatal(err)
	}
	j.Close()
	tests := []struct {
		path string
		want error
		msg  string
	}{
		{filepath.Join(dir, "missing.db"), ErrNotFound, "no journal at"},
		{"", ErrBadPath, `""`},
		{notDB, ErrInvalid, "is not a keeper journal"},
		{empty, ErrInvalid, "is not a keeper journal"},
		{newer, ErrSchemaTooNew, "version 99"},
	}
	for _, tc := range tests {
		t.Run(filepath.Base(tc.path), func(t *testing.T) {
			j, err := OpenReadOnly(ctx, tc.path)
			if err == nil {
				j.Close()
			}
			if !errors.Is(err, tc.want) || !strings.Contains(err.Error(), tc.msg) {
				t.Fatalf("got %v, want %v containing %q", err, tc.want, tc.msg)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "missing.db")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("OpenReadOnly created the missing file: %v", err)
	}
}
