package bundles

import (
	"context"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"
)

func TestHintStream(t *testing.T) {
	var conns atomic.Int32
	lastIDs := make(chan string, 4)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := conns.Add(1)
		lastIDs <- r.Header.Get("Last-Event-ID")
		w.Header().Set("Content-Type", "text/event-stream")
		f := w.(http.Flusher)
		if n == 1 {
			// two events with ids, a ping, a malformed event, then drop the connection
			fmt.Fprintf(w, ":ping\n\nid: 1\ndata: {\"hash\":\"%s\",\"logs\":null,\"txs\":null}\n\n", common.BigToHash(common.Big1))
			fmt.Fprintf(w, "data: not json\n\n")
			fmt.Fprintf(w, "id: 2\ndata: {\"hash\":\"%s\",\"logs\":null,\"txs\":null}\n\n", common.BigToHash(common.Big2))
			f.Flush()
			return
		}
		fmt.Fprintf(w, "id: 3\ndata: {\"hash\":\"%s\",\"logs\":null,\"txs\":null}\n\n", common.BigToHash(common.Big3))
		f.Flush()
		<-r.Context().Done()
	}))
	defer srv.Close()
	s := NewHintStream(srv.URL, zerolog.Nop())
	s.minWait = time.Millisecond
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	for i := int64(1); i <= 3; i++ {
		select {
		case h := <-s.Hints():
			if want := common.BigToHash(big.NewInt(i)); h.Hash != want {
				t.Fatalf("hint %d: got %s, want %s", i, h.Hash, want)
			}
		case <-ctx.Done():
			t.Fatal("no hint")
		}
	}
	if got := <-lastIDs; got != "" {
		t.Fatalf("first connection Last-Event-ID: got %q, want none", got)
	}
	if got := <-lastIDs; got != "2" {
		t.Fatalf("reconnect Last-Event-ID: got %q, want 2", got)
	}
	if s.Malformed() != 1 {
		t.Fatalf("got %d malformed, want 1", s.Malformed())
	}
	cancel()
	<-done
}

func TestHintStreamDropsOldest(t *testing.T) {
	s := NewHintStream("", zerolog.Nop())
	for i := 0; i < hintBuffer+5; i++ {
		s.dispatch([]byte(fmt.Sprintf(`{"hash":"%s"}`, common.BigToHash(big.NewInt(int64(i))))))
	}
	if s.Dropped() != 5 {
		t.Fatalf("got %d dropped, want 5", s.Dropped())
	}
	if h := <-s.Hints(); h.Hash != common.BigToHash(big.NewInt(5)) {
		t.Fatalf("oldest kept: got %s, want hash 5", h.Hash)
	}
}
