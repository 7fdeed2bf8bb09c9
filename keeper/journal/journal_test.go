package journal

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

func open(t *testing.T, path string) *Journal {
	t.Helper()
	j, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { j.Close() })
	return j
}

func tempPath(t *testing.T) string { return filepath.Join(t.TempDir(), "journal.db") }

func wei(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic(s)
	}
	return v
}

func TestOpenAndMigrate(t *testing.T) {
	ctx := context.Background()
	path := tempPath(t)
	j := open(t, path)
	var mode string
	if err := j.db.QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode: got %q (%v), want wal", mode, err)
	}
	var fk int
	if err := j.db.QueryRowContext(ctx, `PRAGMA foreign_keys`).Scan(&fk); err != nil || fk != 1 {
		t.Errorf("foreign_keys: got %d (%v), want 1", fk, err)
	}
	var v int
	if err := j.db.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&v); err != nil || v != SchemaVersion() {
		t.Errorf("schema version: got %d (%v), want %d", v, err, SchemaVersion())
	}
	j.Close()
	j = open(t, path) // reopening an up-to-date file is a no-op
	if _, err := j.db.ExecContext(ctx, `UPDATE schema_version SET version = 99`); err != nil {
		t.Fatal(err)
	}
	j.Close()
	if _, err := Open(ctx, path); !errors.Is(err, ErrSchemaTooNew) {
		t.Errorf("newer schema: got %v, want ErrSchemaTooNew", err)
	}
	for _, bad := range []string{"", "a?b", "x#y"} {
		if _, err := Open(ctx, bad); !errors.Is(err, ErrBadPath) {
			t.Errorf("path %q: got %v, want ErrBadPath", bad, err)
		}
	}
}

// big1e30 does not fit in 64 bits: amounts must round-trip exactly.
const big1e30 = "1000000000000000000000000000000"

func TestRecordAndQuery(t *testing.T) {
	ctx := context.Background()
	j := open(t, tempPath(t))
	t0 := time.UnixMilli(1_700_000_000_000)
	type opp struct {
		id, strategy string
		sims         []bool
		bundles      int
		outcome      Status
		realised     string
	}
	opps := []opp{
		{id: "liq:1", strategy: "liquidation", sims: []bool{true}, bundles: 2, outcome: StatusLanded, realised: big1e30},
		{id: "liq:2", strategy: "liquidation", sims: []bool{false}, outcome: ""},
		{id: "liq:3", strategy: "liquidation", sims: []bool{false, true}, bundles: 1, outcome: StatusLanded, realised: "5"},
		{id: "arb:1", strategy: "arbitrage", sims: []bool{true}, bundles: 1, outcome: StatusFailed, realised: "-21000"},
		{id: "arb:2", strategy: "arbitrage", sims: []bool{true}, bundles: 3, outcome: StatusExpired, realised: "0"},
		{id: "arb:3", strategy: "arbitrage", bundles: 0, outcome: ""},
	}
	for i, o := range opps {
		err := j.Record(ctx, func(tx *Tx) error {
			if err := tx.Opportunity(ctx, Opportunity{ID: o.id, Strategy: o.strategy, Kind: o.strategy, Block: uint64(100 + i),
				MinBlock: uint64(101 + i), MaxBlock: uint64(103 + i), ProfitWei: wei(big1e30), Gas: 300_000, FoundAt: t0.Add(time.Duration(i) * time.Second)}); err != nil {
				return err
			}
			for _, ok := range o.sims {
				if err := tx.Simulation(ctx, Simulation{OpportunityID: o.id, Block: uint64(100 + i), OK: ok, GasUsed: 250_000, ProfitWei: big.NewInt(7)}); err != nil {
					return err
				}
			}
			for b := range o.bundles {
				hash := fmt.Sprintf("0xB%02d%02d", i, b)
				if err := tx.Bundle(ctx, Bundle{Hash: hash, OpportunityID: o.id, TargetBlock: uint64(101 + i + b), TxHashes: []string{"0xAA", "0xBB"}, BuilderPaymentWei: big.NewInt(1)}); err != nil {
					return err
				}
				if err := tx.RelayAnswer(ctx, RelayAnswer{BundleHash: hash, Relay: "local", OK: true, Latency: 3 * time.Millisecond}); err != nil {
					return err
				}
			}
			if o.outcome != "" {
				return tx.Outcome(ctx, Outcome{OpportunityID: o.id, Status: o.outcome, Block: uint64(102 + i), ProfitWei: wei(o.realised), GasUsed: 200_000})
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	// The same opportunity found again is not duplicated.
	if err := j.Record(ctx, func(tx *Tx) error {
		return tx.Opportunity(ctx, Opportunity{ID: "liq:1", Strategy: "liquidation", ProfitWei: big.NewInt(1)})
	}); err != nil {
		t.Fatal(err)
	}

	recent, err := j.Recent(ctx, 4)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, e := range recent {
		ids = append(ids, e.ID)
	}
	if want := []string{"arb:3", "arb:2", "arb:1", "liq:3"}; !slices.Equal(ids, want) {
		t.Errorf("recent: got %v, want %v", ids, want)
	}
	if e := recent[3]; e.Simulations != 2 || e.SimulationsOK != 1 || e.Bundles != 1 || e.Status != StatusLanded ||
		e.RealisedWei.Cmp(big.NewInt(5)) != 0 || e.ProfitWei.String() != big1e30 || e.LandedBlock != 104 || e.MinBlock != 103 {
		t.Errorf("liq:3 entry: got %+v", e)
	}
	if e := recent[0]; e.Status != "" || e.RealisedWei != nil {
		t.Errorf("undecided entry: got status %q realised %v, want none", e.Status, e.RealisedWei)
	}

	totals, err := j.Totals(ctx, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	want := []Totals{
		{Strategy: "arbitrage", Found: 3, Simulated: 2, SimulatedOK: 2, Bundled: 2, Failed: 1, Expired: 1, ProfitWei: big.NewInt(0), GasUsed: 200_000},
		{Strategy: "liquidation", Found: 3, Simulated: 3, SimulatedOK: 2, Bundled: 2, Landed: 2, ProfitWei: wei("1000000000000000000000000000005"), GasUsed: 400_000},
	}
	if fmt.Sprint(totals) != fmt.Sprint(want) {
		t.Errorf("totals:\n got %v\nwant %v", totals, want)
	}
	since, err := j.Totals(ctx, t0.Add(4*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if len(since) != 1 || since[0].Strategy != "arbitrage" || since[0].Found != 2 {
		t.Errorf("totals since t0+4s: got %v, want arbitrage with 2 found", since)
	}

	// A reorg after landing replaces the outcome.
	if err := j.Record(ctx, func(tx *Tx) error {
		return tx.Outcome(ctx, Outcome{OpportunityID: "liq:3", Status: StatusReorged, ProfitWei: big.NewInt(0)})
	}); err != nil {
		t.Fatal(err)
	}
	totals, _ = j.Totals(ctx, time.Time{})
	if l := totals[1]; l.Landed != 1 || l.Reorged != 1 || l.ProfitWei.String() != big1e30 {
		t.Errorf("after reorg: got %+v, want 1 landed, 1 reorged, profit %s", l, big1e30)
	}
}

func TestRecordIsAtomic(t *testing.T) {
	ctx := context.Background()
	j := open(t, tempPath(t))
	good := Opportunity{ID: "o1", Strategy: "s", Kind: "k", ProfitWei: big.NewInt(1)}
	tests := []struct {
		name string
		fn   func(tx *Tx) error
		want error
	}{
		{"error rolls back", func(tx *Tx) error {
			if err := tx.Opportunity(ctx, good); err != nil {
				return err
			}
			return errors.New("later failure")
		}, nil},
		{"foreign key violation rolls back", func(tx *Tx) error {
			if err := tx.Opportunity(ctx, good); err != nil {
				return err
			}
			return tx.Simulation(ctx, Simulation{OpportunityID: "nope", ProfitWei: big.NewInt(0)})
		}, nil},
		{"invalid opportunity", func(tx *Tx) error { return tx.Opportunity(ctx, Opportunity{ID: "x"}) }, ErrInvalid},
		{"invalid status", func(tx *Tx) error {
			return tx.Outcome(ctx, Outcome{OpportunityID: "x", Status: "won", ProfitWei: big.NewInt(0)})
		}, ErrInvalid},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := j.Record(ctx, tc.fn)
			if err == nil {
				t.Fatal("Record succeeded, want an error")
			}
			if tc.want != nil && !errors.Is(err, tc.want) {
				t.Errorf("got %v, want %v", err, tc.want)
			}
			if got, _ := j.Recent(ctx, 10); len(got) != 0 {
				t.Errorf("after a failed Record: got %d opportunities, want 0", len(got))
			}
		})
	}
	t.Run("panic rolls back", func(t *testing.T) {
		func() {
			defer func() { recover() }()       //nolint:errcheck
			j.Record(ctx, func(tx *Tx) error { //nolint:errcheck
				tx.Opportunity(ctx, good) //nolint:errcheck
				panic("boom")
			})
		}()
		if got, err := j.Recent(ctx, 10); err != nil || len(got) != 0 {
			t.Errorf("after a panic: got %d opportunities (%v), want 0", len(got), err)
		}
	})
}

func TestNonces(t *testing.T) {
	ctx := context.Background()
	path := tempPath(t)
	j := open(t, path)
	const acct = "0xAbC0000000000000000000000000000000000001"
	steps := []struct {
		chain, want uint64
	}{
		{chain: 0, want: 0}, {chain: 0, want: 1}, {chain: 1, want: 2}, // the chain lags behind our reservations
		{chain: 10, want: 10}, // sent outside the keeper: skip ahead
		{chain: 3, want: 11},
	}
	for i, s := range steps {
		got, err := j.ReserveNonce(ctx, acct, s.chain)
		if err != nil || got != s.want {
			t.Fatalf("step %d: ReserveNonce(chain %d): got %d (%v), want %d", i, s.chain, got, err, s.want)
		}
	}
	j.Close()
	j = open(t, path) // a restart neither reuses nor skips
	if got, err := j.ReserveNonce(ctx, strings.ToLower(acct), 0); err != nil || got != 12 {
		t.Errorf("after reopen: got %d (%v), want 12", got, err)
	}
	if err := j.ResetNonce(ctx, acct, 5); err != nil {
		t.Fatal(err)
	}
	if next, ok, err := j.NextNonce(ctx, acct); err != nil || !ok || next != 5 {
		t.Errorf("after reset: got %d %v (%v), want 5 true", next, ok, err)
	}
	if _, ok, _ := j.NextNonce(ctx, "0xother"); ok {
		t.Error("NextNonce of an unknown account: got ok, want not found")
	}

	// Concurrent reservations never hand out the same nonce.
	const workers, each = 8, 25
	var mu sync.Mutex
	var got []uint64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for range each {
				n, err := j.ReserveNonce(ctx, acct, 0)
				if err != nil {
					t.Error(err)
					return
				}
				mu.Lock()
				got = append(got, n)
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	slices.Sort(got)
	for i, n := range got {
		if n != uint64(5+i) {
			t.Fatalf("concurrent nonces: position %d is %d, want %d (duplicates or gaps)", i, n, 5+i)
		}
	}
}

func TestPendingTxs(t *testing.T) {
	ctx := context.Background()
	j := open(t, tempPath(t))
	const acct = "0xa1"
	for i, h := range []string{"0xT1", "0xT2"} {
		if err := j.RecordSigned(ctx, PendingTx{Hash: h, Account: acct, Nonce: uint64(7 + i), BundleHash: "0xB"}); err != nil {
			t.Fatal(err)
		}
	}
	if err := j.MarkSent(ctx, "0xt1", []byte{0x02, 0xf8}); err != nil {
		t.Fatal(err)
	}
	if err := j.MarkSent(ctx, "0xnope", nil); !errors.Is(err, ErrNotFound) {
		t.Errorf("MarkSent unknown: got %v, want ErrNotFound", err)
	}
	ps, err := j.PendingTxs(ctx, acct)
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 2 || ps[0].Hash != "0xt1" || !ps[0].Sent || string(ps[0].Raw) != "\x02\xf8" || ps[0].SentAt.IsZero() ||
		ps[1].Hash != "0xt2" || ps[1].Sent || ps[1].Raw != nil || ps[1].Nonce != 8 {
		t.Fatalf("pending: got %+v", ps)
	}
	if err := j.Resolve(ctx, "0xT1"); err != nil {
		t.Fatal(err)
	}
	if ps, _ := j.PendingTxs(ctx, ""); len(ps) != 1 || ps[0].Hash != "0xt2" {
		t.Errorf("after resolve: got %+v, want only 0xt2", ps)
	}
}

// crashEnv makes the test binary act as the crashing keeper.
const crashEnv = "KEEPERKIT_JOURNAL_CRASH_DB"

// TestCrashMidTransaction kills a process (SIGKILL: no deferred code, no
// Close) in the middle of a journal transaction, then reopens the file:
// the committed writes are there, nothing of the open transaction is.
func TestCrashMidTransaction(t *testing.T) {
	if path := os.Getenv(crashEnv); path != "" {
		crashingKeeper(path)
		return
	}
	ctx := context.Background()
	path := tempPath(t)
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashMidTransaction$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashEnv+"="+path)
	out, err := cmd.CombinedOutput()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
		t.Fatalf("crashing process: got %v, want killed by SIGKILL\n%s", err, out)
	}
	if !strings.Contains(string(out), "in transaction") {
		t.Fatalf("crashing process did not reach the open transaction:\n%s", out)
	}

	j := open(t, path)
	var check string
	if err := j.db.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
		t.Errorf("integrity_check: got %q (%v), want ok", check, err)
	}
	recent, err := j.Recent(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(recent) != 1 || recent[0].ID != "committed" || recent[0].Simulations != 1 {
		t.Errorf("after the crash: got %+v, want only the committed opportunity with its simulation", recent)
	}
	// The nonce reserved before the crash stays reserved: 3 was handed out.
	if next, _, err := j.NextNonce(ctx, "0xk"); err != nil || next != 4 {
		t.Errorf("next nonce after the crash: got %d (%v), want 4", next, err)
	}
	if ps, _ := j.PendingTxs(ctx, "0xk"); len(ps) != 1 || ps[0].Nonce != 3 || ps[0].Sent {
		t.Errorf("pending after the crash: got %+v, want nonce 3 signed, not sent", ps)
	}
}

// crashingKeeper commits some work, then dies inside a transaction.
func crashingKeeper(path string) {
	ctx := context.Background()
	j, err := Open(ctx, path)
	if err != nil {
		fmt.Println(err)
		os.Exit(2)
	}
	must := func(err error) {
		if err != nil {
			fmt.Println(err)
			os.Exit(2)
		}
	}
	must(j.Record(ctx, func(tx *Tx) error {
		if err := tx.Opportunity(ctx, Opportunity{ID: "committed", Strategy: "s", Kind: "k", ProfitWei: big.NewInt(1)}); err != nil {
			return err
		}
		return tx.Simulation(ctx, Simulation{OpportunityID: "committed", OK: true, ProfitWei: big.NewInt(1)})
	}))
	n, err := j.ReserveNonce(ctx, "0xk", 3)
	must(err)
	must(j.RecordSigned(ctx, PendingTx{Hash: "0xsigned", Account: "0xk", Nonce: n}))
	tx, err := j.Begin(ctx)
	must(err)
	must(tx.Opportunity(ctx, Opportunity{ID: "lost", Strategy: "s", Kind: "k", ProfitWei: big.NewInt(2)}))
	must(tx.Simulation(ctx, Simulation{OpportunityID: "lost", OK: true, ProfitWei: big.NewInt(2)}))
	must(tx.Outcome(ctx, Outcome{OpportunityID: "committed", Status: StatusLanded, ProfitWei: big.NewInt(1)}))
	fmt.Println("in transaction")
	os.Stdout.Sync()                           //nolint:errcheck
	syscall.Kill(os.Getpid(), syscall.SIGKILL) //nolint:errcheck
	select {}
}
