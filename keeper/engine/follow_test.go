package engine

import (
	"context"
	"testing"
	"time"
)

// TestBlockMark: a head's follow-up waits for the head's first bundle (or
// a newer block's), at most the delay, and never past its context.
func TestBlockMark(t *testing.T) {
	const long = 5 * time.Second
	for _, tc := range []struct {
		name   string
		marked uint64 // marked before the wait (0: none)
		later  uint64 // marked 20 ms into the wait (0: none)
		delay  time.Duration
		cancel bool
		min    time.Duration
		max    time.Duration
	}{
		{name: "already marked", marked: 7, delay: long, max: time.Second},
		{name: "newer block marked", marked: 9, delay: long, max: time.Second},
		{name: "marked while waiting", later: 7, delay: long, min: 20 * time.Millisecond, max: time.Second},
		{name: "newer marked while waiting", later: 8, delay: long, min: 20 * time.Millisecond, max: time.Second},
		{name: "older marked: the delay", marked: 6, later: 6, delay: 100 * time.Millisecond, min: 100 * time.Millisecond, max: long},
		{name: "nothing: the delay", delay: 50 * time.Millisecond, min: 50 * time.Millisecond, max: long},
		{name: "context ends", delay: long, cancel: true, min: 20 * time.Millisecond, max: time.Second},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var m blockMark
			if tc.marked != 0 {
				m.mark(tc.marked)
			}
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if tc.later != 0 || tc.cancel {
				go func() {
					time.Sleep(20 * time.Millisecond)
					if tc.later != 0 {
						m.mark(tc.later)
					}
					if tc.cancel {
						cancel()
					}
				}()
			}
			start := time.Now()
			m.wait(ctx, 7, tc.delay)
			if d := time.Since(start); d < tc.min || d > tc.max {
				t.Fatalf("wait for block 7 returned after %v, want between %v and %v", d, tc.min, tc.max)
			}
		})
	}
}
