package bundles

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
)

type answer struct {
	status int
	body   string
	hang   bool
}

// replay serves answers in turn (the last one repeats), checking every
// request's signature against its raw body.
func replay(t *testing.T, answers ...answer) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	var n atomic.Int32
	stop := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		i := int(n.Add(1)) - 1
		if i >= len(answers) {
			i = len(answers) - 1
		}
		body, _ := io.ReadAll(r.Body)
		if _, err := Verify(r.Header.Get(HeaderSignature), body); err != nil {
			t.Errorf("server: signature of the bytes received: %v", err)
		}
		if ct := r.Header.Get("Content-Type"); ct != "application/json" {
			t.Errorf("got content type %q, want application/json", ct)
		}
		a := answers[i]
		if a.hang {
			select {
			case <-r.Context().Done():
			case <-stop:
			}
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(a.status)
		io.WriteString(w, a.body)
	}))
	t.Cleanup(srv.Close)
	t.Cleanup(func() { close(stop) }) // runs before srv.Close
	return srv, &n
}

const okHash = "0x469bf65d29b5715fe01053f37366a89882d2596e51f07f6dffc8c708d93273ad"

func TestClientSendBundle(t *testing.T) {
	ok := answer{200, `{"jsonrpc":"2.0","id":1,"result":{"bundleHash":"` + okHash + `"}}`, false}
	tests := []struct {
		name      string
		answers   []answer
		wantErr   error
		wantCode  int
		wantHTTP  int
		retryable bool
		attempts  int32
		result    string
	}{
		{"accepted", []answer{ok}, nil, 0, 0, false, 1, "accepted"},
		{"json-rpc rejection", []answer{{200, `{"jsonrpc":"2.0","id":1,"error":{"code":-32000,"message":"invalid bundle body"}}`, false}}, ErrRejected, -32000, 200, false, 1, "rejected"},
		{"signature required", []answer{{200, `{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"signature is required"}}`, false}}, ErrRejected, -32600, 200, false, 1, "rejected"},
		{"legacy 403", []answer{{403, `{"error":"signer address does not equal expected, got 0x1, expected 0x2"}`, false}}, ErrRejected, 0, 403, false, 1, "rejected"},
		{"legacy 400", []answer{{400, `{"error":"missing params"}`, false}}, ErrRejected, 0, 400, false, 1, "rejected"},
		{"bare error 200", []answer{{200, `{"error":"blacklisted tx"}`, false}}, ErrRejected, 0, 200, false, 1, "rejected"},
		{"garbage html", []answer{{200, `<html>bad gateway</html>`, false}}, ErrGarbage, 0, 200, false, 1, "garbage"},
		{"garbage result", []answer{{200, `{"jsonrpc":"2.0","id":1,"result":{"bundleHash":12}}`, false}}, ErrGarbage, 0, 200, false, 1, "garbage"},
		{"no result no error", []answer{{200, `{"jsonrpc":"2.0","id":1}`, false}}, ErrGarbage, 0, 200, false, 1, "garbage"},
		{"500 then 200", []answer{{500, `internal server error`, false}, ok}, nil, 0, 0, false, 2, "accepted"},
		{"429 always", []answer{{429, `{"error":"rate limited"}`, false}}, ErrTransport, 0, 429, true, 3, "error"},
		{"hanging", []answer{{hang: true}}, ErrTimeout, 0, 0, true, 3, "timeout"},
		{"hang then ok", []answer{{hang: true}, ok}, nil, 0, 0, false, 2, "accepted"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv, n := replay(t, tc.answers...)
			reg := prometheus.NewRegistry()
			id := mustIdentity(t, tv3Key)
			c := NewClient("r1", srv.URL, id, WithTimeout(100*time.Millisecond), WithBackoff(time.Millisecond), WithRegisterer(reg))
			r, err := c.SendBundle(context.Background(), &Bundle{Txs: []hexutil.Bytes{hexutil.MustDecode(tv5Tx0)}, BlockNumber: 1})
			if got := n.Load(); got != tc.attempts {
				t.Errorf("got %d attempts, want %d", got, tc.attempts)
			}
			m := newMetrics(reg)
			if got := counterValue(t, m.requests.WithLabelValues("r1", "eth_sendBundle", tc.result)); got < 1 {
				t.Errorf("got %v %s, want >= 1", got, tc.result)
			}
			if got := counterValue(t, m.requests.WithLabelValues("r1", "eth_sendBundle", "sent")); got != float64(tc.attempts) {
				t.Errorf("got %v sent, want %d", got, tc.attempts)
			}
			if tc.wantErr == nil {
				if err != nil {
					t.Fatal(err)
				}
				if r.BundleHash != common.HexToHash(okHash) {
					t.Fatalf("got %s, want %s", r.BundleHash, okHash)
				}
				return
			}
			var re *RelayError
			if !errors.As(err, &re) || !errors.Is(err, tc.wantErr) {
				t.Fatalf("got %v, want *RelayError %v", err, tc.wantErr)
			}
			if re.Code != tc.wantCode || re.HTTPStatus != tc.wantHTTP || re.Retryable != tc.retryable || re.Relay != "r1" || re.Method != "eth_sendBundle" {
				t.Fatalf("got %+v, want code %d http %d retryable %v", re, tc.wantCode, tc.wantHTTP, tc.retryable)
			}
		})
	}
}

func TestClientDown(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	url := srv.URL
	srv.Close()
	c := NewClient("down", url, mustIdentity(t, tv3Key), WithBackoff(time.Millisecond))
	_, err := c.SendBundle(context.Background(), &Bundle{BlockNumber: 1})
	var re *RelayError
	if !errors.As(err, &re) || !re.Retryable || !errors.Is(err, ErrTransport) {
		t.Fatalf("got %v, want retryable transport error", err)
	}
}

func TestClientStatsOff(t *testing.T) {
	c := NewClient("r", "http://127.0.0.1:1", mustIdentity(t, tv3Key))
	if _, err := c.BundleStats(context.Background(), common.Hash{}, 1); !errors.Is(err, ErrStatsDisabled) {
		t.Fatalf("got %v, want %v", err, ErrStatsDisabled)
	}
}

// TestEncodeSigned checks that Encode gives TV-3's exact body and header.
func TestEncodeSigned(t *testing.T) {
	body, err := Encode(1, "eth_sendBundle", &Bundle{Txs: []hexutil.Bytes{hexutil.MustDecode(tv5Tx0)}, BlockNumber: 1})
	if err != nil {
		t.Fatal(err)
	}
	if string(body) != tv3Body {
		t.Fatalf("got %s, want %s", body, tv3Body)
	}
	h, _ := mustIdentity(t, tv3Key).Sign(body)
	if h != tv3Header {
		t.Fatalf("got %s, want %s", h, tv3Header)
	}
}

func TestMulti(t *testing.T) {
	ok := answer{200, `{"jsonrpc":"2.0","id":1,"result":{"bundleHash":"` + okHash + `"}}`, false}
	fast1, _ := replay(t, ok)
	fast2, _ := replay(t, ok)
	hang, _ := replay(t, answer{hang: true})
	garbage, _ := replay(t, answer{200, `nope`, false})
	rej, _ := replay(t, answer{200, `{"jsonrpc":"2.0","id":1,"error":{"code":-32000,"message":"bundle reverts"}}`, false})
	down := httptest.NewServer(http.NotFoundHandler())
	down.Close()
	id := mustIdentity(t, tv3Key)
	timeout := 300 * time.Millisecond
	mk := func(name, url string) *Client {
		return NewClient(name, url, id, WithTimeout(timeout), WithRetries(0))
	}
	m := NewMulti(mk("fast1", fast1.URL), mk("hang", hang.URL), mk("garbage", garbage.URL), mk("down", down.URL), mk("rejects", rej.URL), mk("fast2", fast2.URL))
	start := time.Now()
	res := m.SendRaw(context.Background(), [][]byte{hexutil.MustDecode(tv5Tx0)}, 1)
	el := time.Since(start)
	want := []error{nil, ErrTimeout, ErrGarbage, ErrTransport, ErrRejected, nil}
	for i, r := range res {
		if r.Relay != m.Relays()[i] {
			t.Errorf("result %d: got relay %s, want %s", i, r.Relay, m.Relays()[i])
		}
		if want[i] == nil {
			if r.Err != nil || r.BundleHash != common.HexToHash(okHash) {
				t.Errorf("%s: got %s, %v", r.Relay, r.BundleHash, r.Err)
			}
		} else if !errors.Is(r.Err, want[i]) {
			t.Errorf("%s: got %v, want %v", r.Relay, r.Err, want[i])
		}
	}
	if el > timeout+time.Second {
		t.Errorf("fan-out took %v, want about the %v timeout", el, timeout)
	}
}

func counterValue(t *testing.T, c prometheus.Counter) float64 {
	t.Helper()
	var m dto.Metric
	if err := c.Write(&m); err != nil {
		t.Fatal(err)
	}
	return m.GetCounter().GetValue()
}
