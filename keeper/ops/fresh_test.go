package ops

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// TestReadyzHeadFreshness walks /readyz through a head's life: not ready
// before the first head, ready after it, not ready once it is older than
// the maximum age, ready again on the next head.
func TestReadyzHeadFreshness(t *testing.T) {
	now := time.Unix(1_700_000_000, 0)
	s := New("127.0.0.1:0", prometheus.NewRegistry())
	s.now = func() time.Time { return now }
	s.Require("strategies")
	s.Set("strategies", nil)
	s.RequireFresh("chain_head", 36*time.Second, "head")
	s.Beat("unknown") // ignored
	h := s.Handler()
	readyz := func() (int, map[string]string) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/readyz", nil))
		var r struct {
			Unmet map[string]string `json:"unmet"`
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil {
			t.Fatalf("/readyz body %q: %v", rec.Body.String(), err)
		}
		return rec.Code, r.Unmet
	}
	for _, step := range []struct {
		name    string
		advance time.Duration
		beat    bool
		code    int
		unmet   string
	}{
		{"before the first head", 0, false, 503, "no head yet"},
		{"a head arrives", time.Second, true, 200, ""},
		{"36s later: still fresh", 36 * time.Second, false, 200, ""},
		{"1ms more: stale", time.Millisecond, false, 503, "newest head is 36.001s old (max 36s)"},
		{"a new head", time.Hour, true, 200, ""},
	} {
		now = now.Add(step.advance)
		if step.beat {
			s.Beat("chain_head")
		}
		code, unmet := readyz()
		if code != step.code || unmet["chain_head"] != step.unmet {
			t.Errorf("%s: got %d %v, want %d with chain_head %q", step.name, code, unmet, step.code, step.unmet)
		}
	}
}
