package exec

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"
	"github.com/rs/zerolog"

	"github.com/keeperkit/keeperkit/keeper/journal"
	"github.com/keeperkit/keeperkit/strategies/forksim"
)

// TestKilledBetweenSigningAndSending: a keeper signs with a leased nonce
// and dies before the relays get it (nothing sent), and another bundle's
// lease was sent. A new process on the same journal file neither reuses
// the sent nonce while it is live nor skips the unsent one, and its next
// bundle lands with the right nonce.
func TestKilledBetweenSigningAndSending(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, defaultPricing(), false)
	path := filepath.Join(t.TempDir(), "keeper.db")
	j, err := journal.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	store := JournalStore{J: j}
	chainNonce, _ := w.node.Client().NonceAt(ctx, w.owner.Address, nil)
	head := w.head(t).Number.Uint64()

	// First process: lease n (signed, never sent), lease n+1 and mark it sent.
	n1, err := NewNonces(ctx, w.owner.Address, store, w.node.Client())
	if err != nil {
		t.Fatal(err)
	}
	unsent, _ := n1.Lease(ctx, "unsent", head+1)
	sent, _ := n1.Lease(ctx, "sent", head+1)
	if _, err := n1.MarkSent(ctx, sent, [32]byte{9}); err != nil {
		t.Fatal(err)
	}
	if unsent.Nonce != chainNonce || sent.Nonce != chainNonce+1 {
		t.Fatalf("leases %d, %d; want %d, %d", unsent.Nonce, sent.Nonce, chainNonce, chainNonce+1)
	}
	j.Close() // the process dies here

	// Second process on the same file.
	j2, err := journal.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer j2.Close()
	nonces, err := NewNonces(ctx, w.owner.Address, JournalStore{J: j2}, w.node.Client())
	if err != nil {
		t.Fatal(err)
	}
	live := nonces.Live()
	if len(live) != 1 || live[0].Nonce != chainNonce+1 || !live[0].Sent {
		t.Fatalf("live after restart: %+v, want the sent lease only", live)
	}
	ex := New(Config{Pricing: defaultPricing(), Key: w.owner.Key, ChainID: w.node.ChainID()}, w.node.Client(), forksim.New(w.node.RPC()), w.relay, nonces, zerolog.Nop(), nil)
	out, err := ex.Submit(ctx, w.mintOpp("after-restart", head, params.Ether/100), w.head(t))
	if err != nil {
		t.Fatal(err)
	}
	tx, _, err := w.node.Client().TransactionByHash(ctx, out.TxHashes[0])
	if err != nil || tx.Nonce() != chainNonce {
		t.Fatalf("nonce after restart: %v (%v), want %d: the unsent one, no gap", tx.Nonce(), err, chainNonce)
	}
	// It landed (the relay commits); the sent lease above it is still held
	// until its last block passes.
	if _, err := ex.OnHead(ctx, w.head(t)); err != nil {
		t.Fatal(err)
	}
	stored, _ := JournalStore{J: j2}.Leases(ctx, w.owner.Address)
	if len(stored) != 0 {
		t.Errorf("journal leases after both ended: %+v", stored)
	}
}

// batchCounter is a journal store that counts its batched and single writes.
type batchCounter struct {
	JournalStore
	batches, puts int
}

func (b *batchCounter) PutLeases(ctx context.Context, ls []Lease) error {
	b.batches++
	return b.JournalStore.PutLeases(ctx, ls)
}

func (b *batchCounter) PutLease(ctx context.Context, l Lease) error {
	b.puts++
	return b.JournalStore.PutLease(ctx, l)
}

// TestReserveIsOneJournalTransaction: reserving 32 nonces on the journal
// is one batched write (one disk sync, not 32), and a keeper restarted on
// the file after a crash holds every one of them.
func TestReserveIsOneJournalTransaction(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "keeper.db")
	j, err := journal.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	account := common.HexToAddress("0xa1")
	st := &batchCounter{JournalStore: JournalStore{J: j}}
	n, err := NewNonces(ctx, account, st, fixedNonce(5))
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Reserve(ctx, 10, 32, 8); err != nil {
		t.Fatal(err)
	}
	if st.batches != 1 || st.puts != 0 {
		t.Fatalf("reserving 32: got %d batches and %d single writes, want 1 and 0", st.batches, st.puts)
	}
	covered, _ := n.Lease(ctx, "covered", 15)
	if _, err := n.MarkSent(ctx, covered, common.Hash{1}); err != nil {
		t.Fatal(err)
	}
	if st.puts != 0 {
		t.Fatalf("sending a reserved nonce: got %d writes, want none", st.puts)
	}
	j.Close() // the process dies here

	j2, err := journal.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer j2.Close()
	n2, err := NewNonces(ctx, account, JournalStore{J: j2}, fixedNonce(5))
	if err != nil {
		t.Fatal(err)
	}
	if live := n2.Live(); len(live) != 32 || live[0].Nonce != 5 || live[31].Nonce != 36 {
		t.Fatalf("after a crash: %d stored nonces (%v), want 5..36 held", len(live), live)
	}
	next, err := n2.Lease(ctx, "next", 20)
	if err != nil || next.Nonce != 37 {
		t.Fatalf("first lease after the crash: nonce %d (%v), want 37", next.Nonce, err)
	}
}
