package ops

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestServer(t *testing.T) {
	reg := prometheus.NewRegistry()
	c := prometheus.NewCounter(prometheus.CounterOpts{Name: "keeper_test_events_total", Help: "test"})
	reg.MustRegister(c)
	c.Add(3)
	s := New("127.0.0.1:0", reg)
	s.Require("chain")
	s.Require("nonce")
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	actx, acancel := context.WithTimeout(ctx, 5*time.Second)
	defer acancel()
	addr, err := s.Addr(actx)
	if err != nil {
		t.Fatal(err)
	}
	base := "http://" + addr

	if code, body := get(t, base+"/metrics"); code != 200 || !strings.Contains(body, "keeper_test_events_total 3") {
		t.Errorf("/metrics: %d %q", code, body)
	}
	if code, _ := get(t, base+"/healthz"); code != 200 {
		t.Errorf("/healthz: got %d, want 200", code)
	}
	s.Set("chain", nil)
	s.Set("nonce", errors.New("behind chain by 2"))
	code, body := get(t, base+"/readyz")
	var r struct {
		Unmet map[string]string `json:"unmet"`
	}
	json.Unmarshal([]byte(body), &r)
	if code != 503 || r.Unmet["nonce"] != "behind chain by 2" || len(r.Unmet) != 1 {
		t.Errorf("/readyz with an unmet condition: %d %s", code, body)
	}
	s.Set("nonce", nil)
	if code, body := get(t, base+"/readyz"); code != 200 {
		t.Errorf("/readyz when all met: %d %s", code, body)
	}
	if resp, err := http.Post(base+"/healthz", "text/plain", nil); err == nil {
		if resp.StatusCode != http.StatusMethodNotAllowed {
			t.Errorf("POST /healthz: got %d, want 405", resp.StatusCode)
		}
		resp.Body.Close()
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run after cancel: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("server did not stop")
	}
}

func TestListenError(t *testing.T) {
	s := New("256.0.0.1:1", prometheus.NewRegistry())
	if err := s.Run(context.Background()); err == nil || !strings.Contains(err.Error(), "256.0.0.1:1") {
		t.Errorf("got %v, want a listen error naming the address", err)
	}
}
