package exec

import (
	"context"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/keeperkit/keeperkit/keeper/journal"
)

type fixedNonce uint64

func (f fixedNonce) NonceAt(context.Context, common.Address, *big.Int) (uint64, error) {
	return uint64(f), nil
}

// BenchmarkLeaseSent is what Submit pays for the nonce of one call before
// its bundle goes on the wire: Lease, then MarkSent (the durable write a
// crash must find), then the lease ends as the next head syncs.
func BenchmarkLeaseSent(b *testing.B) {
	ctx := context.Background()
	account := common.HexToAddress("0xa1")
	for _, tc := range []struct {
		name  string
		store func(b *testing.B) NonceStore
	}{
		{"store=mem", func(*testing.B) NonceStore { return &MemStore{} }},
		{"store=journal", func(b *testing.B) NonceStore {
			j, err := journal.Open(ctx, filepath.Join(b.TempDir(), "keeper.db"))
			if err != nil {
				b.Fatal(err)
			}
			b.Cleanup(func() { j.Close() })
			return JournalStore{J: j}
		}},
	} {
		b.Run(tc.name, func(b *testing.B) {
			n, err := NewNonces(ctx, account, tc.store(b), fixedNonce(0))
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				l, err := n.Lease(ctx, "opp", 10)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := n.MarkSent(ctx, l, common.Hash{1}); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				if err := n.Sync(ctx, fixedNonce(l.Nonce+1), 0); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
			}
		})
	}
}

// countingStore counts the writes that reach a MemStore.
type countingStore struct {
	MemStore
	puts, deletes int
}

func (c *countingStore) PutLease(ctx context.Context, l Lease) error {
	c.puts++
	return c.MemStore.PutLease(ctx, l)
}

func (c *countingStore) DeleteLease(ctx context.Context, a common.Address, nonce uint64) error {
	c.deletes++
	return c.MemStore.DeleteLease(ctx, a, nonce)
}

// testAccount is the sender of countingNonces.
var testAccount = common.HexToAddress("0xa1")

// countingNonces is a nonce manager of testAccount, whose chain nonce is 5,
// over a store that counts its writes.
func countingNonces(t *testing.T) (*Nonces, *countingStore) {
	t.Helper()
	st := &countingStore{}
	n, err := NewNonces(context.Background(), testAccount, st, fixedNonce(5))
	if err != nil {
		t.Fatal(err)
	}
	return n, st
}

// TestOneDurableWritePerSentLease: the only write on the way to the relays
// is MarkSent's; unsent leases never touch the store (a restart releases
// them anyway), sent ones are deleted when they end.
func TestOneDurableWritePerSentLease(t *testing.T) {
	ctx, account := context.Background(), testAccount
	n, st := countingNonces(t)
	sent, _ := n.Lease(ctx, "sent", 10)
	unsent, _ := n.Lease(ctx, "unsent", 10)
	released, _ := n.Lease(ctx, "released", 10)
	if st.puts != 0 {
		t.Fatalf("after 3 leases: got %d writes, want 0", st.puts)
	}
	if sent.Nonce != 5 || unsent.Nonce != 6 || released.Nonce != 7 {
		t.Fatalf("nonces: got %d %d %d, want 5 6 7", sent.Nonce, unsent.Nonce, released.Nonce)
	}
	if _, err := n.MarkSent(ctx, sent, common.Hash{1}); err != nil {
		t.Fatal(err)
	}
	if err := n.Release(ctx, released); err != nil {
		t.Fatal(err)
	}
	if st.puts != 1 || st.deletes != 0 {
		t.Fatalf("after MarkSent and Release: got %d writes and %d deletes, want 1 and 0", st.puts, st.deletes)
	}
	if again, _ := n.Lease(ctx, "again", 10); again.Nonce != 7 {
		t.Fatalf("after a release: got nonce %d, want 7", again.Nonce)
	}
	// Every lease expires at head 10: only the stored one is deleted.
	if err := n.Sync(ctx, fixedNonce(5), 10); err != nil {
		t.Fatal(err)
	}
	if st.deletes != 1 || len(n.Live()) != 0 {
		t.Fatalf("after expiry: got %d deletes and %d live leases, want 1 and 0", st.deletes, len(n.Live()))
	}
	// A restart finds what was stored and sent: nothing now.
	stored, _ := st.Leases(ctx, account)
	if len(stored) != 0 {
		t.Fatalf("stored after expiry: got %d leases, want 0", len(stored))
	}
}

// TestReservedNonces: nonces reserved ahead (Reserve, off the submission
// path) are sent without a write when the lease's last block is within the
// reservation, and with one otherwise; a restart after a crash keeps every
// reserved nonce until the reservation's last block, used or not; a clean
// stop (Unreserve) releases the unused ones.
func TestReservedNonces(t *testing.T) {
	ctx, account := context.Background(), testAccount
	n, st := countingNonces(t)
	if err := n.Reserve(ctx, 10, 2, 8); err != nil { // nonces 5 and 6 until block 18
		t.Fatal(err)
	}
	if st.puts != 2 {
		t.Fatalf("reserving 2: got %d writes, want 2", st.puts)
	}
	covered, _ := n.Lease(ctx, "covered", 15)
	if _, err := n.MarkSent(ctx, covered, common.Hash{1}); err != nil {
		t.Fatal(err)
	}
	if st.puts != 2 {
		t.Fatalf("sending a covered lease: got %d writes, want none more", st.puts)
	}
	long, _ := n.Lease(ctx, "long", 30) // past the reservation: writes its row
	if _, err := n.MarkSent(ctx, long, common.Hash{2}); err != nil {
		t.Fatal(err)
	}
	if covered.Nonce != 5 || long.Nonce != 6 || st.puts != 3 {
		t.Fatalf("got nonces %d, %d and %d writes, want 5, 6 and 3", covered.Nonce, long.Nonce, st.puts)
	}
	// Unsent and released: back to the reservations, no write.
	if err := n.Reserve(ctx, 11, 4, 8); err != nil { // 5 and 6 leased and stored: reserves 7 and 8 until 19
		t.Fatal(err)
	}
	back, _ := n.Lease(ctx, "back", 12)
	if err := n.Release(ctx, back); err != nil {
		t.Fatal(err)
	}
	again, _ := n.Lease(ctx, "again", 12)
	if again.Nonce != back.Nonce {
		t.Fatalf("after a release: got nonce %d, want %d", again.Nonce, back.Nonce)
	}
	puts := st.puts
	if _, err := n.MarkSent(ctx, again, common.Hash{3}); err != nil {
		t.Fatal(err)
	}
	if st.puts != puts {
		t.Fatalf("sending a released reserved nonce: got %d writes, want none more", st.puts-puts)
	}

	// A crash now: a new manager on the same store keeps every stored
	// nonce, reserved and unused ones included, until their last block.
	stored, _ := st.Leases(ctx, account)
	m, err := NewNonces(ctx, account, st, fixedNonce(5))
	if err != nil {
		t.Fatal(err)
	}
	next, _ := m.Lease(ctx, "after-crash", 20)
	if want := uint64(5 + len(stored)); next.Nonce != want || len(stored) < 4 {
		t.Fatalf("after a crash: got nonce %d with %d stored, want %d (past every stored one)", next.Nonce, len(stored), want)
	}
	if err := m.Release(ctx, next); err != nil {
		t.Fatal(err)
	}
	// Once block 20 is mined, the reservations (to 18 and 19) and the
	// leases within them ended; only the long lease (to 30) holds.
	if err := m.Sync(ctx, fixedNonce(5), 20); err != nil {
		t.Fatal(err)
	}
	if l, _ := m.Lease(ctx, "later", 25); l.Nonce != 5 {
		t.Fatalf("after the reservations ended: got nonce %d, want 5", l.Nonce)
	}

	// A clean stop releases what no lease used.
	st2 := &countingStore{}
	c, err := NewNonces(ctx, account, st2, fixedNonce(5))
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Reserve(ctx, 10, 3, 8); err != nil {
		t.Fatal(err)
	}
	used, _ := c.Lease(ctx, "used", 15)
	if _, err := c.MarkSent(ctx, used, common.Hash{4}); err != nil {
		t.Fatal(err)
	}
	if err := c.Unreserve(ctx); err != nil {
		t.Fatal(err)
	}
	if left, _ := st2.Leases(ctx, account); len(left) != 1 || left[0].Nonce != 5 {
		t.Fatalf("after a clean stop: got %v stored, want the used nonce 5 only", left)
	}
}

// TestReservationOutlivesExpiredLease: Reserve extends the row of a nonce a
// lease holds; when that lease expires unsent-to-chain, the nonce stays
// reserved by its row, and the next lease of it is sent without a write.
func TestReservationOutlivesExpiredLease(t *testing.T) {
	ctx, account := context.Background(), testAccount
	n, st := countingNonces(t)
	first, _ := n.Lease(ctx, "first", 12)
	if _, err := n.MarkSent(ctx, first, common.Hash{1}); err != nil { // its own row, to 12
		t.Fatal(err)
	}
	if err := n.Reserve(ctx, 10, 1, 8); err != nil { // extends nonce 5's row to 18
		t.Fatal(err)
	}
	if st.puts != 2 {
		t.Fatalf("got %d writes, want 2 (the lease's, its extension)", st.puts)
	}
	if stored, _ := st.Leases(ctx, account); len(stored) != 1 || stored[0].MaxBlock != 18 || stored[0].OpportunityID != "first" {
		t.Fatalf("stored: got %+v, want the lease reaching block 18", stored)
	}
	if err := n.Sync(ctx, fixedNonce(5), 13); err != nil { // first expired, never landed
		t.Fatal(err)
	}
	if st.deletes != 0 {
		t.Fatalf("the expired lease's row was deleted: it still reserves the nonce")
	}
	second, _ := n.Lease(ctx, "second", 16)
	if _, err := n.MarkSent(ctx, second, common.Hash{2}); err != nil {
		t.Fatal(err)
	}
	if second.Nonce != 5 || st.puts != 2 {
		t.Fatalf("got nonce %d after %d writes, want 5 and no new write", second.Nonce, st.puts)
	}
}

// TestReserveNamesNoUnsentTransaction: a nonce leased but not sent when
// Reserve runs is stored as a reservation, not as that opportunity's sent
// transaction with no hash (what the journal and a restart would show).
func TestReserveNamesNoUnsentTransaction(t *testing.T) {
	ctx, account := context.Background(), testAccount
	n, st := countingNonces(t)
	signing, _ := n.Lease(ctx, "signing", 12)
	if err := n.Reserve(ctx, 10, 2, 8); err != nil {
		t.Fatal(err)
	}
	stored, _ := st.Leases(ctx, account)
	for _, l := range stored {
		if l.Nonce == signing.Nonce && (l.OpportunityID != ReservedID || l.TxHash != (common.Hash{})) {
			t.Fatalf("nonce %d leased, unsent: stored as %q with hash %s, want a reservation", l.Nonce, l.OpportunityID, l.TxHash)
		}
	}
	if len(stored) != 2 {
		t.Fatalf("got %d rows, want 2", len(stored))
	}
	puts := st.puts
	if _, err := n.MarkSent(ctx, signing, common.Hash{1}); err != nil {
		t.Fatal(err)
	}
	if st.puts != puts {
		t.Fatalf("sending within the reservation: got %d writes, want none", st.puts-puts)
	}
}

// TestResentLeaseSeesExtendedRow: a flight re-sent for a later block
// carries its lease copy from the first send; the row Reserve extended
// since covers its longer MaxBlock, so no write.
func TestResentLeaseSeesExtendedRow(t *testing.T) {
	ctx := context.Background()
	n, st := countingNonces(t)
	if err := n.Reserve(ctx, 10, 1, 8); err != nil { // to 18
		t.Fatal(err)
	}
	l, _ := n.Lease(ctx, "opp", 13)
	sent, err := n.MarkSent(ctx, l, common.Hash{1})
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Reserve(ctx, 15, 1, 8); err != nil { // to 23 (18 < 15+4)
		t.Fatal(err)
	}
	puts := st.puts
	again := sent
	again.MaxBlock = 21 // found again on a later block
	if _, err := n.MarkSent(ctx, again, common.Hash{2}); err != nil {
		t.Fatal(err)
	}
	if st.puts != puts {
		t.Fatalf("re-sending within the extended row: got %d writes, want none", st.puts-puts)
	}
}

// TestReleaseSeesExtendedRow: a lease taken before a Reserve wrote a row for
// its nonce and then released (a failed signing, a dry run) hands the row
// back to the reservations, so a clean stop deletes it; with the caller's
// older copy it was forgotten and a restart kept the nonce.
func TestReleaseSeesExtendedRow(t *testing.T) {
	ctx := context.Background()
	n, st := countingNonces(t)
	l, _ := n.Lease(ctx, "opp", 12)
	if err := n.Reserve(ctx, 10, 1, 8); err != nil { // writes nonce 5's row as the lease's, to 18
		t.Fatal(err)
	}
	if err := n.Release(ctx, l); err != nil {
		t.Fatal(err)
	}
	if err := n.Unreserve(ctx); err != nil {
		t.Fatal(err)
	}
	left, _ := st.Leases(ctx, common.HexToAddress("0xa1"))
	if len(left) != 0 {
		t.Fatalf("after a clean stop: got %d stored rows (%+v), want 0", len(left), left)
	}
}
