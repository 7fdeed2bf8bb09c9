package report

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

// DefaultProgressEvery is how often Progress prints a line when its writer
// is not a terminal.
const DefaultProgressEvery = 10 * time.Second

// Progress prints the replay's progress: blocks done of total, blocks per
// second and the estimated time left. On a terminal it redraws one line with
// \r at every update; otherwise (a log file, CI) it prints a full line at
// most once per interval, and always the last one. It is safe for
// concurrent use; the clock is injected so that it can be tested.
type Progress struct {
	mu      sync.Mutex
	w       io.Writer
	tty     bool
	every   time.Duration
	now     func() time.Time
	start   time.Time
	printed time.Time // when the last line was printed (not on a terminal)
	shown   int       // blocks done in the last line printed (not on a terminal)
	width   int       // length of the line on screen (terminal)
	done    int
	total   int
	base    int // blocks done before the first update: resumed, not timed
	updated bool
	started bool
	ended   bool // the last line is out, with its newline (terminal)
}

// ProgressOption configures a Progress.
type ProgressOption func(*Progress)

// WithClock sets the clock; default time.Now.
func WithClock(now func() time.Time) ProgressOption { return func(p *Progress) { p.now = now } }

// WithEvery sets how often a line is printed when the writer is not a
// terminal; default DefaultProgressEvery.
func WithEvery(d time.Duration) ProgressOption { return func(p *Progress) { p.every = d } }

// NewProgress returns a Progress writing to w; tty says whether w is a
// terminal. The elapsed time counts from this call. Blocks per second count
// only the blocks replayed by this run: Update is expected after each
// block, so the blocks before the first one reported (done-1) are taken as
// resumed from a checkpoint.
func NewProgress(w io.Writer, tty bool, opts ...ProgressOption) *Progress {
	p := &Progress{w: w, tty: tty, every: DefaultProgressEvery, now: time.Now}
	for _, o := range opts {
		o(p)
	}
	p.start = p.now()
	return p
}

// Update records that done of total blocks are replayed and prints the line
// if it is due. The update that reaches total prints the last line, ended
// by a newline. Its signature is backtest.Config.Progress's.
func (p *Progress) Update(done, total int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.updated {
		// The first update comes after the first block this run replayed:
		// the ones before it were resumed from a checkpoint and took no time.
		p.updated, p.base = true, max(0, done-1)
	}
	p.done, p.total = done, total
	now := p.now()
	if p.tty {
		if p.ended {
			return
		}
		p.redrawLocked(now)
		if total > 0 && done >= total {
			fmt.Fprintln(p.w)
			p.ended = true
		}
		return
	}
	if !p.started || now.Sub(p.printed) >= p.every || (total > 0 && done >= total) {
		p.started, p.printed, p.shown = true, now, done
		fmt.Fprintln(p.w, progressLine(done, total, p.base, now.Sub(p.start)))
	}
}

// Finish prints the last line if Update has not (the run stopped before
// total, or total was unknown), so that what follows starts on its own
// line. Call it once, after the last Update; it is a no-op after the update
// that reached total.
func (p *Progress) Finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	now := p.now()
	if p.tty {
		if !p.ended {
			p.redrawLocked(now)
			fmt.Fprintln(p.w)
			p.ended = true
		}
		return
	}
	if !p.started || p.shown != p.done {
		fmt.Fprintln(p.w, progressLine(p.done, p.total, p.base, now.Sub(p.start)))
	}
}

func (p *Progress) redrawLocked(now time.Time) {
	line := progressLine(p.done, p.total, p.base, now.Sub(p.start))
	pad := ""
	if n := p.width - len(line); n > 0 {
		pad = strings.Repeat(" ", n)
	}
	p.width = len(line)
	fmt.Fprint(p.w, "\r"+line+pad)
}

// ProgressLine is one progress line: "backtest: 120/300 blocks (40.0%)
// 35.2 blocks/s ETA 5s", or "... done in 8.5s" once done reaches total.
func ProgressLine(done, total int, elapsed time.Duration) string {
	return progressLine(done, total, 0, elapsed)
}

// progressLine is ProgressLine when the first base blocks were done before
// the clock started (resumed): the rate counts only the others.
func progressLine(done, total, base int, elapsed time.Duration) string {
	pct := 0.0
	if total > 0 {
		pct = 100 * float64(done) / float64(total)
	}
	rate := 0.0
	if elapsed > 0 {
		rate = float64(done-base) / elapsed.Seconds()
	}
	tail := "ETA --"
	switch {
	case total > 0 && done >= total:
		tail = "done in " + roundDuration(elapsed).String()
	case rate > 0:
		tail = "ETA " + roundDuration(time.Duration(float64(total-done)/rate*float64(time.Second))).String()
	}
	return fmt.Sprintf("backtest: %d/%d blocks (%.1f%%)  %.1f blocks/s  %s", done, total, pct, rate, tail)
}

// roundDuration keeps a duration short: tenths of a second under a minute,
// seconds above.
func roundDuration(d time.Duration) time.Duration {
	if d < time.Minute {
		return d.Round(100 * time.Millisecond)
	}
	return d.Round(time.Second)
}
