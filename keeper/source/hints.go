package source

import (
	"context"
	"fmt"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/keeperkit/keeperkit/bundles"
	"github.com/keeperkit/keeperkit/strategies"
)

// HintsConfig configures Hints.
type HintsConfig struct {
	// Buffer is the capacity of the Events channel (drop oldest); default 1024.
	Buffer int `toml:"buffer"`
	// Head, when set, gives the latest block number for Event.Block. Not read from TOML.
	Head func() uint64 `toml:"-"`
}

// Hints adapts a channel of MEV-Share hints (decoded by the bundles
// package's SSE client, which owns reconnection) into KindHint events.
type Hints struct {
	cfg HintsConfig
	in  <-chan strategies.Hint
	m   *metrics
	out chan strategies.Event
}

// NewHints reads hints from in; metrics go to reg (a private registry when nil).
func NewHints(in <-chan strategies.Hint, cfg HintsConfig, reg prometheus.Registerer) (*Hints, error) {
	if cfg.Buffer < 0 {
		return nil, fmt.Errorf("source: hints buffer %d is negative", cfg.Buffer)
	}
	if cfg.Buffer == 0 {
		cfg.Buffer = DefaultPendingBuffer
	}
	m, err := newMetrics(reg)
	if err != nil {
		return nil, fmt.Errorf("source: metrics: %w", err)
	}
	return &Hints{cfg: cfg, in: in, m: m, out: make(chan strategies.Event, cfg.Buffer)}, nil
}

// Events carries KindHint events, dropping the oldest when full; closed
// when Run returns.
func (h *Hints) Events() <-chan strategies.Event { return h.out }

// Run forwards hints until ctx ends or the input channel closes, then
// closes Events and returns nil.
func (h *Hints) Run(ctx context.Context) error {
	defer close(h.out)
	drops := h.m.drops.WithLabelValues("hints")
	count := h.m.events.WithLabelValues("hints", "hint")
	for {
		select {
		case <-ctx.Done():
			return nil
		case hint, ok := <-h.in:
			if !ok {
				return nil
			}
			var head uint64
			if h.cfg.Head != nil {
				head = h.cfg.Head()
			}
			emitDropOldest(h.out, strategies.Event{Kind: strategies.KindHint, Block: head, Arrived: time.Now(), Hint: &hint}, drops)
			count.Inc()
		}
	}
}

// HintOf is a streamed MEV-Share hint (bundles.HintStream) as strategies
// see it: the hash to backrun, the shared logs and the shared parts of its
// transactions. Fields the relay did not share stay zero.
func HintOf(h bundles.Hint) strategies.Hint {
	out := strategies.Hint{Hash: h.Hash}
	for _, l := range h.Logs {
		out.Logs = append(out.Logs, types.Log{Address: l.Address, Topics: l.Topics, Data: l.Data})
	}
	for _, t := range h.Txs {
		var ht strategies.HintTx
		ht.To = t.To
		if t.FunctionSelector != nil {
			copy(ht.FunctionSelector[:], *t.FunctionSelector)
		}
		if t.CallData != nil {
			ht.CallData = *t.CallData
		}
		out.Txs = append(out.Txs, ht)
	}
	return out
}
