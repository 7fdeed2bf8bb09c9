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

// TestOneDurableWritePerSentLease: the only write on the way to the relays
// is MarkSent's; unsent leases never touch the store (a restart releases
// them anyway), sent ones are deleted when they end.
func TestOneDurableWritePerSentLease(t *testing.T) {
	ctx := context.Background()
	account := common.HexToAddress("0xa1")
	st := &countingStore{}
	n, err := NewNonces(ctx, account, st, fixedNonce(5))
	if err != nil {
		t.Fatal(err)
	}
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
