package fork

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/rpc"
)

// TestDialNoGzip: over HTTP, Dial's requests do not ask the node for gzip,
// where rpc.DialContext's do (the control: the server sees the header), and
// sequential calls reuse one connection.
func TestDialNoGzip(t *testing.T) {
	var (
		mu    sync.Mutex
		enc   = map[string]bool{}
		conns = map[string]bool{}
	)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		enc[r.Header.Get("Accept-Encoding")] = true
		conns[r.RemoteAddr] = true
		mu.Unlock()
		_, _ = io.Copy(io.Discard, r.Body)
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, `{"jsonrpc":"2.0","id":1,"result":"0x1"}`)
	}))
	defer srv.Close()
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		dial func(context.Context, string) (*rpc.Client, error)
		want string // Accept-Encoding
	}{
		{"fork.Dial", Dial, ""},
		{"rpc.DialContext", rpc.DialContext, "gzip"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			mu.Lock()
			clear(enc)
			clear(conns)
			mu.Unlock()
			c, err := tc.dial(ctx, srv.URL)
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			for range 5 {
				var n string
				if err := c.CallContext(ctx, &n, "eth_blockNumber"); err != nil {
					t.Fatal(err)
				}
			}
			mu.Lock()
			defer mu.Unlock()
			if len(enc) != 1 || !enc[tc.want] {
				t.Errorf("Accept-Encoding seen: %v, want only %q", enc, tc.want)
			}
			if len(conns) != 1 {
				t.Errorf("%d connections for 5 sequential calls, want 1", len(conns))
			}
		})
	}
}
