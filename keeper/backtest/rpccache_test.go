package backtest

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

func TestCacheKey(t *testing.T) {
	for _, tc := range []struct {
		method, params string
		want           bool
	}{
		{"eth_chainId", `[]`, true},
		{"eth_getBlockByNumber", `["0x10",true]`, true},
		{"eth_getBlockByNumber", `["latest",false]`, false},
		{"eth_getBlockByNumber", `["pending",false]`, false},
		{"eth_blockNumber", `[]`, false},
		{"eth_getBalance", `["0x0000000000000000000000000000000000000001","0x5"]`, true},
		{"eth_getBalance", `["0x0000000000000000000000000000000000000001","latest"]`, false},
		{"eth_getStorageAt", `["0x0000000000000000000000000000000000000001","0x0","0x5"]`, true},
		{"eth_getStorageAt", `["0x0000000000000000000000000000000000000001","0x0","safe"]`, false},
		{"eth_call", `[{"to":"0x0000000000000000000000000000000000000001"},"0x5"]`, true},
		{"eth_call", `[{"to":"0x0000000000000000000000000000000000000001"},{"blockHash":"0xaa"}]`, true},
		{"eth_call", `[{"to":"0x0000000000000000000000000000000000000001"},"finalized"]`, false},
		{"eth_getLogs", `[{"fromBlock":"0x1","toBlock":"0x5"}]`, true},
		{"eth_getLogs", `[{"fromBlock":"0x1","toBlock":"latest"}]`, false},
		{"eth_getLogs", `[{"blockHash":"0xaa"}]`, true},
		{"eth_getTransactionReceipt", `["0xaa"]`, true},
		{"debug_traceBlockByNumber", `["0x5",{"tracer":"prestateTracer"}]`, true},
		{"eth_sendRawTransaction", `["0x01"]`, false},
	} {
		t.Run(tc.method+tc.params, func(t *testing.T) {
			_, got := cacheKey(tc.method, json.RawMessage(tc.params))
			if got != tc.want {
				t.Errorf("cacheKey(%s, %s): got %v, want %v", tc.method, tc.params, got, tc.want)
			}
		})
	}
}

// TestCacheTransport: pinned calls are answered from the cache on the
// second try (also after reopening the directory, and after a torn last
// record), "latest" always goes to the node, errors and nulls are not kept.
func TestCacheTransport(t *testing.T) {
	var hits atomic.Int64
	node := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		body, _ := io.ReadAll(r.Body)
		var reqs []rpcMsg
		batch := strings.HasPrefix(strings.TrimSpace(string(body)), "[")
		if batch {
			json.Unmarshal(body, &reqs)
		} else {
			var m rpcMsg
			json.Unmarshal(body, &m)
			reqs = []rpcMsg{m}
		}
		var out []rpcMsg
		for _, m := range reqs {
			switch {
			case m.Method == "eth_getBalance" && strings.Contains(string(m.Params), "dead\""):
				out = append(out, rpcMsg{Version: "2.0", ID: m.ID, Error: json.RawMessage(`{"code":-32000,"message":"boom"}`)})
			case m.Method == "eth_getBlockByNumber" && strings.Contains(string(m.Params), "0x99"):
				out = append(out, rpcMsg{Version: "2.0", ID: m.ID, Result: json.RawMessage(`null`)})
			default:
				out = append(out, rpcMsg{Version: "2.0", ID: m.ID, Result: json.RawMessage(`"0x2a"`)})
			}
		}
		if batch {
			json.NewEncoder(w).Encode(out)
		} else {
			json.NewEncoder(w).Encode(out[0])
		}
	}))
	defer node.Close()
	ctx := context.Background()
	dir := t.TempDir()
	calls := func(c *Cache) {
		rc, err := dial(ctx, node.URL, c)
		if err != nil {
			t.Fatal(err)
		}
		defer rc.Close()
		var v hexutil.Uint64
		var raw json.RawMessage
		rc.CallContext(ctx, &v, "eth_chainId")
		rc.CallContext(ctx, &v, "eth_getBalance", "0x0000000000000000000000000000000000000001", "0x5")
		rc.CallContext(ctx, &v, "eth_getBalance", "0x0000000000000000000000000000000000000001", "latest")
		rc.CallContext(ctx, &v, "eth_getBalance", "0x000000000000000000000000000000000000dead", "0x5")
		rc.CallContext(ctx, &raw, "eth_getBlockByNumber", "0x99", false)
	}
	c, err := OpenCache(dir)
	if err != nil {
		t.Fatal(err)
	}
	calls(c)
	if got := c.Requests(); got != 5 {
		t.Errorf("cold: got %d requests, want 5", got)
	}
	if got := c.Len(); got != 2 {
		t.Errorf("cold: got %d cached answers, want 2 (chain ID, balance at 0x5)", got)
	}
	c.Close()
	// A run killed while writing leaves a torn record: it is dropped.
	f, _ := os.OpenFile(filepath.Join(dir, cacheFile), os.O_APPEND|os.O_WRONLY, 0)
	f.Write([]byte{0, 0, 0, 9, 'e', 't'})
	f.Close()
	c, err = OpenCache(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	calls(c)
	if got := c.Requests(); got != 3 {
		t.Errorf("warm: got %d requests, want 3 (latest, the error and the null again)", got)
	}
	if got := c.Hits(); got != 2 {
		t.Errorf("warm: got %d hits, want 2", got)
	}
}
