package source

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/keeperkit/keeperkit/strategies"
)

const (
	// pendingSubBuffer bounds the channel the subscription writes to; the
	// loop drains it continuously (go-ethereum's client buffers beyond it).
	pendingSubBuffer = 256
	// hashBatch is the most transaction hashes fetched in one JSON-RPC batch
	// when the node only announces hashes.
	hashBatch = 100
)

// Pending streams transactions entering the node's pool. It subscribes to
// newPendingTransactions with full bodies (go-ethereum's fullTx flag); when
// the node refuses the flag or announces hashes anyway, it fetches the
// bodies with batched eth_getTransactionByHash, skipping transactions
// already gone from the pool. Events drop the oldest when full.
type Pending struct {
	cfg PendingConfig
	log zerolog.Logger
	m   *metrics
	out chan strategies.Event
}

// NewPending builds a Pending source; metrics go to reg (a private registry when nil).
func NewPending(cfg PendingConfig, log zerolog.Logger, reg prometheus.Registerer) (*Pending, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults()
	m, err := newMetrics(reg)
	if err != nil {
		return nil, fmt.Errorf("source: metrics: %w", err)
	}
	return &Pending{
		cfg: cfg,
		log: log.With().Str("component", "source").Str("source", "pending").Logger(),
		m:   m,
		out: make(chan strategies.Event, cfg.Buffer),
	}, nil
}

// Events carries KindPendingTx events; closed when Run returns.
func (p *Pending) Events() <-chan strategies.Event { return p.out }

// Run follows the pool until ctx ends, reconnecting with backoff, then
// closes Events and returns nil.
func (p *Pending) Run(ctx context.Context) error {
	defer close(p.out)
	bo := newBackoff(p.cfg.MinBackoff, p.cfg.MaxBackoff)
	for {
		err := p.session(ctx, &bo)
		if ctx.Err() != nil {
			return nil
		}
		p.m.reconnects.WithLabelValues("pending").Inc()
		d := bo.next()
		p.log.Warn().Err(err).Dur("retry_in", d).Msg("pending transactions stream lost")
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(d):
		}
	}
}

func (p *Pending) session(ctx context.Context, bo *backoff) error {
	dctx, cancel := context.WithTimeout(ctx, p.cfg.CallTimeout)
	defer cancel()
	rc, err := rpc.DialContext(dctx, p.cfg.WSURL)
	if err != nil {
		p.m.rpcErrors.WithLabelValues("pending").Inc()
		return fmt.Errorf("source: dial %s: %w", p.cfg.WSURL, err)
	}
	defer rc.Close()
	raw := make(chan json.RawMessage, pendingSubBuffer)
	sub, err := rc.EthSubscribe(dctx, raw, "newPendingTransactions", true)
	if err != nil {
		// Nodes without the fullTx flag reject the extra parameter.
		p.log.Debug().Err(err).Msg("full pending transactions refused; subscribing to hashes")
		sub, err = rc.EthSubscribe(dctx, raw, "newPendingTransactions")
	}
	if err != nil {
		p.m.rpcErrors.WithLabelValues("pending").Inc()
		return fmt.Errorf("source: subscribe newPendingTransactions: %w", err)
	}
	// No Unsubscribe: it waits up to 10 s for the node to answer over a
	// connection that may be dead; closing the client (deferred above) ends
	// the subscription on both sides.
	bo.reset()
	hashes := make([]common.Hash, 0, hashBatch)
	for {
		select {
		case <-ctx.Done():
			return nil
		case err := <-sub.Err():
			p.m.rpcErrors.WithLabelValues("pending").Inc()
			if err == nil {
				err = ErrSubscriptionEnded
			}
			return err
		case msg := <-raw:
			hashes = p.take(msg, hashes[:0])
		drain: // batch the hashes already queued
			for len(hashes) < hashBatch {
				select {
				case msg := <-raw:
					hashes = p.take(msg, hashes)
				default:
					break drain
				}
			}
			if len(hashes) > 0 {
				if err := p.fetch(ctx, rc, hashes); err != nil {
					return err
				}
			}
		}
	}
}

// take emits msg when it is a full transaction, or appends its hash.
func (p *Pending) take(msg json.RawMessage, hashes []common.Hash) []common.Hash {
	if len(msg) > 0 && msg[0] == '"' {
		var h common.Hash
		if err := h.UnmarshalJSON(msg); err != nil {
			p.m.rpcErrors.WithLabelValues("pending").Inc()
			return hashes
		}
		return append(hashes, h)
	}
	tx := new(types.Transaction)
	if err := tx.UnmarshalJSON(msg); err != nil {
		p.m.rpcErrors.WithLabelValues("pending").Inc()
		p.log.Debug().Err(err).Msg("undecodable pending transaction")
		return hashes
	}
	p.emit(tx)
	return hashes
}

// fetch gets the bodies of hashes in one batch and emits those still known.
func (p *Pending) fetch(ctx context.Context, rc *rpc.Client, hashes []common.Hash) error {
	txs := make([]*types.Transaction, len(hashes))
	batch := make([]rpc.BatchElem, len(hashes))
	for i, h := range hashes {
		batch[i] = rpc.BatchElem{Method: "eth_getTransactionByHash", Args: []any{h}, Result: &txs[i]}
	}
	cctx, cancel := context.WithTimeout(ctx, p.cfg.CallTimeout)
	err := rc.BatchCallContext(cctx, batch)
	cancel()
	if err != nil {
		p.m.rpcErrors.WithLabelValues("pending").Inc()
		return fmt.Errorf("source: %d pending transactions by hash: %w", len(hashes), err)
	}
	for i := range batch {
		if batch[i].Error != nil || txs[i] == nil {
			continue // gone from the pool (mined or replaced) before we asked
		}
		p.emit(txs[i])
	}
	return nil
}

func (p *Pending) emit(tx *types.Transaction) {
	var head uint64
	if p.cfg.Head != nil {
		head = p.cfg.Head()
	}
	ev := strategies.Event{Kind: strategies.KindPendingTx, Block: head, Arrived: time.Now(), Tx: tx}
	emitDropOldest(p.out, ev, p.m.drops.WithLabelValues("pending"))
	p.m.events.WithLabelValues("pending", "pending_tx").Inc()
}

// emitDropOldest sends ev without blocking, dropping the oldest queued
// events to make room. It must be the channel's only sender.
func emitDropOldest(out chan strategies.Event, ev strategies.Event, drops prometheus.Counter) {
	for {
		select {
		case out <- ev:
			return
		default:
		}
		select {
		case <-out:
			drops.Inc()
		default: // the consumer took one meanwhile
		}
	}
}
