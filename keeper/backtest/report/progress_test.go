package report

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// clock is a fake clock the test moves by hand.
type clock struct{ t time.Time }

func (c *clock) now() time.Time          { return c.t }
func (c *clock) advance(d time.Duration) { c.t = c.t.Add(d) }
func newClock() *clock                   { return &clock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)} }
func lines(s string) []string            { return strings.Split(strings.TrimSuffix(s, "\n"), "\n") }
func updates(p *Progress, c *clock, d time.Duration, done ...int) {
	for _, n := range done {
		c.advance(d)
		p.Update(n, 100)
	}
}

func TestProgressLine(t *testing.T) {
	tests := []struct {
		done, total int
		elapsed     time.Duration
		want        string
	}{
		{0, 100, 0, "backtest: 0/100 blocks (0.0%)  0.0 blocks/s  ETA --"},
		{25, 100, 5 * time.Second, "backtest: 25/100 blocks (25.0%)  5.0 blocks/s  ETA 15s"},
		{1, 3, 300 * time.Millisecond, "backtest: 1/3 blocks (33.3%)  3.3 blocks/s  ETA 600ms"},
		{10, 1000, 10 * time.Second, "backtest: 10/1000 blocks (1.0%)  1.0 blocks/s  ETA 16m30s"},
		{100, 100, 8500 * time.Millisecond, "backtest: 100/100 blocks (100.0%)  11.8 blocks/s  done in 8.5s"},
		{0, 0, time.Second, "backtest: 0/0 blocks (0.0%)  0.0 blocks/s  ETA --"},
	}
	for _, tt := range tests {
		if got := ProgressLine(tt.done, tt.total, tt.elapsed); got != tt.want {
			t.Errorf("ProgressLine(%d, %d, %s): got %q, want %q", tt.done, tt.total, tt.elapsed, got, tt.want)
		}
	}
}

// TestProgressTerminal: every update redraws the line with \r, padded over
// a longer previous line; the last one ends with a newline, and Finish then
// adds nothing.
func TestProgressTerminal(t *testing.T) {
	var b bytes.Buffer
	c := newClock()
	p := NewProgress(&b, true, WithClock(c.now))
	updates(p, c, 100*time.Second, 1) // a long ETA
	updates(p, c, time.Second, 99)    // a shorter line: padded over the first
	c.advance(time.Second)
	p.Update(100, 100)
	p.Finish()
	want := "\rbacktest: 1/100 blocks (1.0%)  0.0 blocks/s  ETA 2h45m0s" +
		"\rbacktest: 99/100 blocks (99.0%)  1.0 blocks/s  ETA 1s   " +
		"\rbacktest: 100/100 blocks (100.0%)  1.0 blocks/s  done in 1m42s\n"
	if got := b.String(); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}

	// Stopped early: Finish redraws the line (the elapsed time moved on) and
	// ends it, once.
	b.Reset()
	p = NewProgress(&b, true, WithClock(c.now))
	updates(p, c, time.Second, 1)
	c.advance(time.Second)
	p.Finish()
	p.Finish()
	if got, want := b.String(), "\rbacktest: 1/100 blocks (1.0%)  1.0 blocks/s  ETA 1m39s\rbacktest: 1/100 blocks (1.0%)  0.5 blocks/s  ETA 3m18s\n"; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestProgressLog: off a terminal, a line at the first update, then at most
// one per interval, and the last one always.
// TestProgressResumed: blocks resumed from a checkpoint do not inflate the
// rate.
func TestProgressResumed(t *testing.T) {
	var b bytes.Buffer
	c := newClock()
	p := NewProgress(&b, false, WithClock(c.now), WithEvery(time.Hour))
	updates(p, c, 2*time.Second, 61, 62, 63, 64) // 60 resumed, then 1 block every 2 s
	c.advance(2 * time.Second)
	p.Update(100, 100)
	want := []string{
		"backtest: 61/100 blocks (61.0%)  0.5 blocks/s  ETA 1m18s",
		"backtest: 100/100 blocks (100.0%)  4.0 blocks/s  done in 10s",
	}
	if got := lines(b.String()); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestProgressLog(t *testing.T) {
	var b bytes.Buffer
	c := newClock()
	p := NewProgress(&b, false, WithClock(c.now), WithEvery(10*time.Second))
	updates(p, c, 3*time.Second, 1, 2, 3, 4, 5, 6, 7, 8) // t = 3 .. 24 s
	p.Finish()
	got := lines(b.String())
	want := []string{
		"backtest: 1/100 blocks (1.0%)  0.3 blocks/s  ETA 4m57s", // t=3
		"backtest: 5/100 blocks (5.0%)  0.3 blocks/s  ETA 4m45s", // t=15
		"backtest: 8/100 blocks (8.0%)  0.3 blocks/s  ETA 4m36s", // Finish at t=24
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if strings.Contains(b.String(), "\r") {
		t.Errorf("got a \\r off a terminal")
	}

	b.Reset()
	c = newClock()
	p = NewProgress(&b, false, WithClock(c.now), WithEvery(time.Hour))
	updates(p, c, time.Second, 1, 50, 100)
	p.Finish()
	want = []string{
		"backtest: 1/100 blocks (1.0%)  1.0 blocks/s  ETA 1m39s",
		"backtest: 100/100 blocks (100.0%)  33.3 blocks/s  done in 3s",
	}
	if got := lines(b.String()); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
