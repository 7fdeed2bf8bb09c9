package bundles

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/rs/zerolog"
)

// hintBuffer bounds the hints waiting for the consumer; when it is full
// the oldest hint is dropped and counted (a stale hint is worth least).
const hintBuffer = 256

// maxEventLine bounds one SSE line, in bytes.
const maxEventLine = 1 << 20

// HintStream reads MEV-Share hints from a server-sent-event stream
// (spec §7). Run connects, reconnects with exponential backoff, resumes
// with Last-Event-ID when the server sent ids, ignores comments such as
// ":ping", and delivers hints on Hints.
type HintStream struct {
	url     string
	hc      *http.Client
	log     zerolog.Logger
	out     chan Hint
	dropped atomic.Uint64
	bad     atomic.Uint64
	minWait time.Duration
	maxWait time.Duration
	lastID  string
}

// NewHintStream reads the stream at url (for example https://mev-share.flashbots.net).
func NewHintStream(url string, log zerolog.Logger) *HintStream {
	return &HintStream{url: url, hc: &http.Client{}, log: log, out: make(chan Hint, hintBuffer), minWait: 100 * time.Millisecond, maxWait: 5 * time.Second}
}

// Hints delivers hints in arrival order.
func (s *HintStream) Hints() <-chan Hint { return s.out }

// Dropped is how many hints were dropped because the consumer lagged.
func (s *HintStream) Dropped() uint64 { return s.dropped.Load() }

// Malformed is how many events were not hints.
func (s *HintStream) Malformed() uint64 { return s.bad.Load() }

// Run reads the stream until ctx ends, reconnecting after errors.
func (s *HintStream) Run(ctx context.Context) error {
	wait := s.minWait
	for {
		got, err := s.once(ctx)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if got {
			wait = s.minWait
		}
		s.log.Debug().Err(err).Dur("retry_in", wait).Msg("hint stream disconnected")
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
		if wait *= 2; wait > s.maxWait {
			wait = s.maxWait
		}
	}
}

// once reads one connection; got says whether any event arrived.
func (s *HintStream) once(ctx context.Context) (got bool, err error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, s.url, nil)
	if err != nil {
		return false, err
	}
	req.Header.Set("Accept", "text/event-stream")
	if s.lastID != "" {
		req.Header.Set("Last-Event-ID", s.lastID)
	}
	resp, err := s.hc.Do(req)
	if err != nil {
		return false, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return false, fmt.Errorf("bundles: hint stream: http %d", resp.StatusCode)
	}
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 0, 4096), maxEventLine)
	var data []byte
	for sc.Scan() {
		line := sc.Bytes()
		switch {
		case len(line) == 0:
			if len(data) > 0 {
				got = true
				s.dispatch(data)
				data = data[:0]
			}
		case line[0] == ':':
			// comment, e.g. ":ping" keep-alive
		default:
			field, value, _ := bytes.Cut(line, []byte(":"))
			value = bytes.TrimPrefix(value, []byte(" "))
			switch string(field) {
			case "data":
				if len(data) > 0 {
					data = append(data, '\n')
				}
				data = append(data, value...)
			case "id":
				s.lastID = string(value)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return got, err
	}
	return got, fmt.Errorf("bundles: hint stream closed")
}

func (s *HintStream) dispatch(data []byte) {
	h, err := DecodeHint(data)
	if err != nil {
		s.bad.Add(1)
		return
	}
	for {
		select {
		case s.out <- h:
			return
		default:
		}
		select {
		case <-s.out:
			s.dropped.Add(1)
		default:
		}
	}
}
