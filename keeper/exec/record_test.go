package exec

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"

	"github.com/holiman/uint256"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"github.com/rs/zerolog"

	"github.com/keeperkit/keeperkit/keeper/journal"
)

// TestJournalQueue: outcomes recorded from many goroutines are all in the
// journal after Flush, in the order each goroutine recorded them (an
// opportunity before its outcome), and one that the journal refuses (an
// outcome of an opportunity never recorded) is counted without losing the
// others of its batch.
func TestJournalQueue(t *testing.T) {
	ctx := context.Background()
	j, err := journal.Open(ctx, filepath.Join(t.TempDir(), "keeper.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	m := NewMetrics(prometheus.NewRegistry())
	q := NewJournalQueue(j, zerolog.Nop(), m)
	const writers, each = 8, 25
	var wg sync.WaitGroup
	for w := range writers {
		wg.Go(func() {
			for i := range each {
				id := fmt.Sprintf("w%d-%d", w, i)
				q.Record(Outcome{ID: id, Strategy: "s", Kind: "k", Status: StatusDropped, Found: 1, MinBlock: 2, MaxBlock: 3, Expected: uint256.NewInt(7)})
				q.Record(Outcome{ID: id, Strategy: "s", Kind: "k", Status: StatusExpired, Block: 3})
			}
		})
	}
	q.Record(Outcome{ID: "never-found", Strategy: "s", Kind: "k", Status: StatusLanded, Block: 3})
	wg.Wait()
	q.Flush()
	entries, err := j.Query(ctx, journal.Filter{Limit: 10_000})
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != writers*each {
		t.Fatalf("journal: got %d opportunities, want %d", len(entries), writers*each)
	}
	for _, e := range entries {
		if e.Status != journal.StatusExpired {
			t.Fatalf("%s: status %q, want expired (the outcome after its opportunity)", e.ID, e.Status)
		}
	}
	var got dto.Metric
	if err := m.journalErrors.Write(&got); err != nil {
		t.Fatal(err)
	}
	if got := got.GetCounter().GetValue(); got != 1 {
		t.Fatalf("journal errors: got %v, want 1 (the outcome of an unknown opportunity)", got)
	}
}
