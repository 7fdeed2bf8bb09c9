package relay

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"time"
)

type event struct {
	id   uint64
	data []byte
}

// hub fans hint events out to SSE subscribers.
type hub struct {
	// mu guards the fields below.
	mu      sync.Mutex
	nextID  uint64
	history []event // last historySize events
	subs    map[chan event]struct{}
	done    chan struct{}
	closed  bool
}

func newHub() *hub { return &hub{subs: map[chan event]struct{}{}, done: make(chan struct{})} }

func (h *hub) close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if !h.closed {
		h.closed = true
		close(h.done)
	}
}

// publish sends v to every subscriber; a full subscriber misses it.
func (h *hub) publish(v any) {
	data, err := json.Marshal(v)
	if err != nil {
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	h.nextID++
	ev := event{id: h.nextID, data: data}
	h.history = append(h.history, ev)
	if len(h.history) > historySize {
		h.history = h.history[len(h.history)-historySize:]
	}
	for c := range h.subs {
		select {
		case c <- ev:
		default:
		}
	}
}

func (h *hub) serve(w http.ResponseWriter, req *http.Request, ping time.Duration) {
	fl, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	c := make(chan event, subscriberBuffer)
	h.mu.Lock()
	var replay []event
	if last, err := strconv.ParseUint(req.Header.Get("Last-Event-ID"), 10, 64); err == nil {
		for _, ev := range h.history {
			if ev.id > last {
				replay = append(replay, ev)
			}
		}
	}
	h.subs[c] = struct{}{}
	h.mu.Unlock()
	defer func() {
		h.mu.Lock()
		delete(h.subs, c)
		h.mu.Unlock()
	}()
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("Connection", "keep-alive")
	w.WriteHeader(http.StatusOK)
	fl.Flush()
	write := func(ev event) bool {
		_, err := fmt.Fprintf(w, "id: %d\ndata: %s\n\n", ev.id, ev.data)
		fl.Flush()
		return err == nil
	}
	for _, ev := range replay {
		if !write(ev) {
			return
		}
	}
	t := time.NewTicker(ping)
	defer t.Stop()
	for {
		select {
		case <-req.Context().Done():
			return
		case <-h.done:
			return
		case <-t.C:
			if _, err := fmt.Fprint(w, ":ping\n\n"); err != nil {
				return
			}
			fl.Flush()
		case ev := <-c:
			if !write(ev) {
				return
			}
		}
	}
}
