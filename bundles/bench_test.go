package bundles

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

func threeTxBundle() *Bundle {
	tx0, tx1 := hexutil.MustDecode(tv5Tx0), hexutil.MustDecode(tv5Tx1)
	return &Bundle{Txs: []hexutil.Bytes{tx0, tx1, tx0}, BlockNumber: 0xb63dcd}
}

// BenchmarkSignBundle signs and encodes a 3-tx eth_sendBundle request:
// impl=keeperkit is Encode + Identity.Sign; impl=naive marshals the whole
// envelope with encoding/json and signs with accounts.TextHash.
func BenchmarkSignBundle(b *testing.B) {
	id := mustIdentity(b, tv3Key)
	bd := threeTxBundle()
	b.Run("impl=keeperkit", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			body, err := Encode(uint64(i), "eth_sendBundle", bd)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := id.Sign(body); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("impl=naive", func(b *testing.B) {
		b.ReportAllocs()
		key := id.key
		for i := 0; i < b.N; i++ {
			body, err := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": i, "method": "eth_sendBundle", "params": []any{bd}})
			if err != nil {
				b.Fatal(err)
			}
			h := crypto.Keccak256Hash(body)
			sig, err := crypto.Sign(accounts.TextHash([]byte(h.Hex())), key)
			if err != nil {
				b.Fatal(err)
			}
			sig[64] += 27
			_ = crypto.PubkeyToAddress(key.PublicKey).Hex() + ":0x" + hex.EncodeToString(sig)
		}
	})
}

// BenchmarkFanout sends to 5 httptest relays, one hanging, with a 100 ms
// timeout: fast_ms is when the 4 fast answers are in (Stream), all_ms when
// the hung relay's timeout ends the call.
func BenchmarkFanout(b *testing.B) {
	ok := func() *httptest.Server {
		return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			_, _ = io.Copy(io.Discard, r.Body)
			w.Header().Set("Content-Type", "application/json")
			io.WriteString(w, `{"jsonrpc":"2.0","id":1,"result":{"bundleHash":"`+okHash+`"}}`)
		}))
	}
	stop := make(chan struct{})
	hang := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-stop:
		}
	}))
	defer hang.Close()
	defer close(stop)
	id := mustIdentity(b, tv3Key)
	const timeout = 100 * time.Millisecond
	var clients []*Client
	for i := 0; i < 4; i++ {
		s := ok()
		defer s.Close()
		clients = append(clients, NewClient("fast", s.URL, id, WithTimeout(timeout), WithRetries(0)))
	}
	clients = append(clients, NewClient("hang", hang.URL, id, WithTimeout(timeout), WithRetries(0)))
	m := NewMulti(clients...)
	bd := threeTxBundle()
	// warm the connections: the first dial on a loaded machine can take
	// longer than the timeout, which is not what this measures
	for range m.Stream(context.Background(), bd) {
	}
	b.Run("impl=keeperkit", func(b *testing.B) {
		b.ReportAllocs()
		var fast, all time.Duration
		fastErrs := 0
		for i := 0; i < b.N; i++ {
			start := time.Now()
			n := 0
			for r := range m.Stream(context.Background(), bd) {
				if r.Index == 4 { // the hanging relay
					if r.Err == nil {
						b.Fatal("hanging relay answered")
					}
					continue
				}
				if r.Err != nil {
					fastErrs++ // a fast relay missed the timeout (machine load): counted, not fatal
				}
				if n++; n == 4 {
					fast += time.Since(start)
				}
			}
			all += time.Since(start)
		}
		b.ReportMetric(float64(fast.Microseconds())/1e3/float64(b.N), "fast_ms")
		b.ReportMetric(float64(all.Microseconds())/1e3/float64(b.N), "all_ms")
		b.ReportMetric(float64(timeout.Milliseconds()), "timeout_ms")
		b.ReportMetric(float64(fastErrs)/float64(b.N), "fast_errors/op")
	})
}
