// Package ops serves what operators and orchestrators poll: Prometheus
// metrics at /metrics, liveness at /healthz and readiness at /readyz.
//
// Readiness is a set of named conditions the keeper's parts report (the
// chain source connected, the chain ID checked, the nonce synced): /readyz
// answers 200 only when all are met, else 503 with the unmet ones, so a
// container orchestrator holds traffic and alerts until the keeper can act.
package ops

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sort"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Server is the ops HTTP server. Safe for concurrent use.
type Server struct {
	addr    string
	gather  prometheus.Gatherer
	started time.Time

	// now is the clock of the freshness conditions (time.Now; tests set it).
	now func() time.Time

	// mu guards conds and fresh.
	mu    sync.Mutex
	conds map[string]error // name → nil when met
	fresh map[string]*freshness

	bound chan string // the listening address, once
}

// New returns a server for addr (host:port; port 0 picks one) exposing the
// metrics of gather.
func New(addr string, gather prometheus.Gatherer) *Server {
	return &Server{addr: addr, gather: gather, conds: map[string]error{}, fresh: map[string]*freshness{},
		bound: make(chan string, 1), started: time.Now(), now: time.Now}
}

// freshness is a condition met while its last beat is recent enough.
type freshness struct {
	maxAge time.Duration
	what   string
	last   time.Time // zero until the first beat
}

// RequireFresh adds a readiness condition that is met while Beat(name) was
// called within maxAge (the newest head is recent: the chain source is
// alive and the node is in sync). It is unmet until the first Beat, with
// "no WHAT yet", and unmet again once the last one is older than maxAge,
// with "newest WHAT is D old (max MAXAGE)". maxAge must be positive.
func (s *Server) RequireFresh(name string, maxAge time.Duration, what string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.fresh[name] = &freshness{maxAge: maxAge, what: what}
}

// Beat records that name's thing (a head) arrived now. Beats for a name
// that RequireFresh did not add are ignored.
func (s *Server) Beat(name string) {
	now := s.now()
	s.mu.Lock()
	defer s.mu.Unlock()
	if f := s.fresh[name]; f != nil {
		f.last = now
	}
}

// Require adds a readiness condition, unmet until Set(name, nil).
func (s *Server) Require(name string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.conds[name]; !ok {
		s.conds[name] = errors.New("not yet reported")
	}
}

// Set records a condition: nil is met, an error says why not.
func (s *Server) Set(name string, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.conds[name] = err
}

// Ready reports whether every condition is met, and the unmet ones.
func (s *Server) Ready() (bool, map[string]string) {
	now := s.now()
	s.mu.Lock()
	defer s.mu.Unlock()
	unmet := map[string]string{}
	for name, err := range s.conds {
		if err != nil {
			unmet[name] = err.Error()
		}
	}
	for name, f := range s.fresh {
		switch age := now.Sub(f.last); {
		case f.last.IsZero():
			unmet[name] = "no " + f.what + " yet"
		case age > f.maxAge:
			unmet[name] = fmt.Sprintf("newest %s is %s old (max %s)", f.what, age.Round(time.Millisecond), f.maxAge)
		}
	}
	return len(unmet) == 0, unmet
}

// Handler returns the mux, for tests and embedding.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(s.gather, promhttp.HandlerOpts{}))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, map[string]any{"status": "ok", "uptime_s": int(time.Since(s.started).Seconds())})
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, _ *http.Request) {
		ok, unmet := s.Ready()
		if ok {
			writeJSON(w, http.StatusOK, map[string]any{"status": "ready"})
			return
		}
		names := make([]string, 0, len(unmet))
		for n := range unmet {
			names = append(names, n)
		}
		sort.Strings(names)
		writeJSON(w, http.StatusServiceUnavailable, map[string]any{"status": "not ready", "unmet": unmet, "names": names})
	})
	return mux
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

// Addr blocks until the server listens and returns its address.
func (s *Server) Addr(ctx context.Context) (string, error) {
	select {
	case a := <-s.bound:
		s.bound <- a
		return a, nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

// Run listens and serves until ctx ends, then shuts down gracefully.
func (s *Server) Run(ctx context.Context) error {
	ln, err := net.Listen("tcp", s.addr)
	if err != nil {
		return fmt.Errorf("ops: listen %s: %w", s.addr, err)
	}
	s.bound <- ln.Addr().String()
	srv := &http.Server{Handler: s.Handler(), ReadHeaderTimeout: 5 * time.Second}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("ops: serve: %w", err)
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("ops: shutdown: %w", err)
	}
	<-errc
	return nil
}
