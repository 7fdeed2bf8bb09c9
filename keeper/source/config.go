package source

import (
	"fmt"
	"time"

	"github.com/keeperkit/keeperkit/strategies"
)

// Defaults of the source configurations.
const (
	// DefaultHeadsBuffer bounds the Heads channel. The stream is ordered and
	// blocks with ctx when full, so the bound only decouples the node's pace
	// from the runtime's; 64 blocks is a backfill batch and more.
	DefaultHeadsBuffer = 64
	// DefaultPendingBuffer bounds the Pending and Hints channels (drop oldest
	// when full): a second or so of a busy mainnet mempool.
	DefaultPendingBuffer = 1024
	// DefaultPollInterval is the HTTP polling period: well under a 12 s slot.
	DefaultPollInterval = time.Second
	// DefaultMinBackoff and DefaultMaxBackoff bound the reconnect delay, which
	// doubles after every failed attempt.
	DefaultMinBackoff = 100 * time.Millisecond
	DefaultMaxBackoff = 30 * time.Second
	// DefaultCallTimeout bounds each RPC call.
	DefaultCallTimeout = 5 * time.Second
	// DefaultStallTimeout is HeadsConfig.StallTimeout's default.
	DefaultStallTimeout = 30 * time.Second
	// DefaultMaxReorgDepth is how many delivered blocks are remembered to
	// find a common ancestor; mainnet reorgs beyond 2 blocks are very rare.
	DefaultMaxReorgDepth = 64
	// DefaultLogsConfirmAfter is HeadsConfig.LogsConfirmAfter's default:
	// well after a block's pushed logs have come, well before the next
	// block on chains with blocks 250 ms apart.
	DefaultLogsConfirmAfter = 100 * time.Millisecond
	// backfillBatch is how many headers one JSON-RPC batch fetches.
	backfillBatch = 64
)

// HeadsConfig configures Heads. The zero value needs only a URL.
type HeadsConfig struct {
	// WSURL is the node's WebSocket endpoint; when set, heads come from an
	// eth_subscribe newHeads subscription.
	WSURL string `toml:"ws_url"`
	// HTTPURL is used, by polling, only when WSURL is empty.
	HTTPURL string `toml:"http_url"`
	// PollInterval is the HTTP polling period; default 1 s.
	PollInterval time.Duration `toml:"poll_interval"`
	// MinBackoff and MaxBackoff bound the WebSocket reconnect delay; defaults 100 ms and 30 s.
	MinBackoff time.Duration `toml:"min_backoff"`
	MaxBackoff time.Duration `toml:"max_backoff"`
	// CallTimeout bounds each RPC call; default 5 s.
	CallTimeout time.Duration `toml:"call_timeout"`
	// StallTimeout is how long a WebSocket session may go without a new
	// head before Heads polls the head itself; a poll that fails ends the
	// session (a half-open connection, a subscription the node dropped
	// silently). Default 30 s: a few slots without a block.
	StallTimeout time.Duration `toml:"stall_timeout"`
	// MaxReorgDepth is the number of delivered blocks remembered for finding
	// a common ancestor; default 64.
	MaxReorgDepth int `toml:"max_reorg_depth"`
	// Buffer is the capacity of the Events channel, in events; default 64.
	Buffer int `toml:"buffer"`
	// LogsConfirmAfter is how long after a head the WebSocket session
	// fetches its logs by hash, to confirm the ones the node pushed and
	// emit any it did not; default 100 ms. The next block is never
	// delivered before that fetch.
	LogsConfirmAfter time.Duration `toml:"logs_confirm_after"`
	// FetchLogsOnly turns the logs subscription off: each block's logs are
	// then fetched by hash as the block arrives, one round trip later.
	FetchLogsOnly bool `toml:"fetch_logs_only"`
	// Logs are the strategies' log filters (from their Subscriptions); none
	// means no eth_getLogs calls and no KindLogs events. Not read from TOML.
	Logs []strategies.LogFilter `toml:"-"`
}

func (c HeadsConfig) withDefaults() HeadsConfig {
	if c.PollInterval == 0 {
		c.PollInterval = DefaultPollInterval
	}
	c.MinBackoff, c.MaxBackoff = backoffDefaults(c.MinBackoff, c.MaxBackoff)
	if c.CallTimeout == 0 {
		c.CallTimeout = DefaultCallTimeout
	}
	if c.StallTimeout == 0 {
		c.StallTimeout = DefaultStallTimeout
	}
	if c.LogsConfirmAfter == 0 {
		c.LogsConfirmAfter = DefaultLogsConfirmAfter
	}
	if c.MaxReorgDepth == 0 {
		c.MaxReorgDepth = DefaultMaxReorgDepth
	}
	if c.Buffer == 0 {
		c.Buffer = DefaultHeadsBuffer
	}
	return c
}

// Validate names the first field that cannot work.
func (c HeadsConfig) Validate() error {
	switch {
	case c.WSURL == "" && c.HTTPURL == "":
		return fmt.Errorf("%w: ws_url or http_url", ErrNoEndpoint)
	case c.PollInterval < 0:
		return fmt.Errorf("source: poll_interval %s is negative", c.PollInterval)
	case c.CallTimeout < 0:
		return fmt.Errorf("source: call_timeout %s is negative", c.CallTimeout)
	case c.StallTimeout < 0:
		return fmt.Errorf("source: stall_timeout %s is negative", c.StallTimeout)
	case c.LogsConfirmAfter < 0:
		return fmt.Errorf("source: logs_confirm_after %s is negative", c.LogsConfirmAfter)
	case c.MaxReorgDepth < 0:
		return fmt.Errorf("source: max_reorg_depth %d is negative", c.MaxReorgDepth)
	case c.Buffer < 0:
		return fmt.Errorf("source: buffer %d is negative", c.Buffer)
	}
	return validateBackoff(c.MinBackoff, c.MaxBackoff)
}

// PendingConfig configures Pending.
type PendingConfig struct {
	// WSURL is the node's WebSocket endpoint (required: pending transactions
	// are only offered as a subscription).
	WSURL string `toml:"ws_url"`
	// MinBackoff and MaxBackoff bound the reconnect delay; defaults 100 ms and 30 s.
	MinBackoff time.Duration `toml:"min_backoff"`
	MaxBackoff time.Duration `toml:"max_backoff"`
	// CallTimeout bounds each eth_getTransactionByHash batch; default 5 s.
	CallTimeout time.Duration `toml:"call_timeout"`
	// Buffer is the capacity of the Events channel (drop oldest); default 1024.
	Buffer int `toml:"buffer"`
	// Head, when set, gives the latest block number for Event.Block
	// (Heads.Latest). Not read from TOML.
	Head func() uint64 `toml:"-"`
}

func (c PendingConfig) withDefaults() PendingConfig {
	c.MinBackoff, c.MaxBackoff = backoffDefaults(c.MinBackoff, c.MaxBackoff)
	if c.CallTimeout == 0 {
		c.CallTimeout = DefaultCallTimeout
	}
	if c.Buffer == 0 {
		c.Buffer = DefaultPendingBuffer
	}
	return c
}

// Validate names the first field that cannot work.
func (c PendingConfig) Validate() error {
	switch {
	case c.WSURL == "":
		return fmt.Errorf("%w: pending transactions need ws_url", ErrNoEndpoint)
	case c.CallTimeout < 0:
		return fmt.Errorf("source: call_timeout %s is negative", c.CallTimeout)
	case c.Buffer < 0:
		return fmt.Errorf("source: buffer %d is negative", c.Buffer)
	}
	return validateBackoff(c.MinBackoff, c.MaxBackoff)
}

func backoffDefaults(lo, hi time.Duration) (time.Duration, time.Duration) {
	if lo == 0 {
		lo = DefaultMinBackoff
	}
	if hi == 0 {
		hi = max(DefaultMaxBackoff, lo)
	}
	return lo, hi
}

func validateBackoff(lo, hi time.Duration) error {
	switch {
	case lo < 0:
		return fmt.Errorf("source: min_backoff %s is negative", lo)
	case hi < 0:
		return fmt.Errorf("source: max_backoff %s is negative", hi)
	case hi != 0 && lo > hi:
		return fmt.Errorf("source: min_backoff %s above max_backoff %s", lo, hi)
	}
	return nil
}

// backoff is an exponential delay between lo and hi.
type backoff struct {
	lo, hi, cur time.Duration
}

func newBackoff(lo, hi time.Duration) backoff { return backoff{lo: lo, hi: hi, cur: lo} }

// next returns the delay to wait now and doubles the following one.
func (b *backoff) next() time.Duration {
	d := b.cur
	b.cur = min(2*b.cur, b.hi)
	return d
}

// reset goes back to the minimum after a successful connection.
func (b *backoff) reset() { b.cur = b.lo }
