package bundles

import (
	"context"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"golang.org/x/sync/errgroup"
)

// Multi sends to every relay at once. Each relay has its own timeout (its
// Client's), so a slow, down or garbage-answering relay never delays or
// fails the others. Safe for concurrent use.
type Multi struct {
	clients []*Client
}

// NewMulti fans out to clients.
func NewMulti(clients ...*Client) *Multi { return &Multi{clients: clients} }

// Result is one relay's answer to a fan-out, aligned with the relays.
type Result struct {
	Relay      string
	BundleHash common.Hash
	Err        error
	// Latency is how long this relay took to answer (or to fail).
	Latency time.Duration
}

// Indexed is a Result with the index of its relay, as Stream delivers it.
type Indexed struct {
	Index int
	Result
}

// Stream sends b to every relay in parallel and delivers each answer as
// soon as it arrives, so a caller can act on the fast relays while a slow
// one runs into its timeout. The channel (buffered, one slot per relay, so
// nothing blocks if the caller stops reading) is closed after the last.
func (m *Multi) Stream(ctx context.Context, b *Bundle) <-chan Indexed {
	out := make(chan Indexed, len(m.clients))
	var g errgroup.Group
	g.SetLimit(len(m.clients) + 1)
	for i, c := range m.clients {
		g.Go(func() error {
			start := time.Now()
			r, err := c.SendBundle(ctx, b)
			out <- Indexed{Index: i, Result: Result{Relay: c.name, BundleHash: r.BundleHash, Err: err, Latency: time.Since(start)}}
			return nil
		})
	}
	go func() {
		_ = g.Wait()
		close(out)
	}()
	return out
}

// Relays are the names of the relays, in result order.
func (m *Multi) Relays() []string {
	out := make([]string, len(m.clients))
	for i, c := range m.clients {
		out[i] = c.name
	}
	return out
}

// SendBundle sends b to every relay in parallel; results[i] is relay i's.
func (m *Multi) SendBundle(ctx context.Context, b *Bundle) []Result {
	return m.each(ctx, func(ctx context.Context, c *Client) (common.Hash, error) {
		r, err := c.SendBundle(ctx, b)
		return r.BundleHash, err
	})
}

// SendMevBundle sends b to every relay in parallel.
func (m *Multi) SendMevBundle(ctx context.Context, b *MevBundle) []Result {
	return m.each(ctx, func(ctx context.Context, c *Client) (common.Hash, error) {
		r, err := c.SendMevBundle(ctx, b)
		return r.BundleHash, err
	})
}

// SendRaw sends the raw signed txs as an eth_sendBundle for block to every
// relay; the engine adapts this to its own interface.
func (m *Multi) SendRaw(ctx context.Context, txs [][]byte, block uint64) []Result {
	b := &Bundle{Txs: make([]hexutil.Bytes, len(txs)), BlockNumber: hexutil.Uint64(block)}
	for i, tx := range txs {
		b.Txs[i] = tx
	}
	return m.SendBundle(ctx, b)
}

func (m *Multi) each(ctx context.Context, f func(context.Context, *Client) (common.Hash, error)) []Result {
	out := make([]Result, len(m.clients))
	var g errgroup.Group
	g.SetLimit(len(m.clients) + 1)
	for i, c := range m.clients {
		out[i].Relay = c.name
		g.Go(func() error {
			start := time.Now()
			out[i].BundleHash, out[i].Err = f(ctx, c)
			out[i].Latency = time.Since(start)
			return nil
		})
	}
	_ = g.Wait()
	return out
}
