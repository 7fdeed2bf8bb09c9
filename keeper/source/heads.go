package source

import (
	"context"
	"fmt"
	"slices"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/keeperkit/keeperkit/strategies"
)

// headSubBuffer bounds the channel the newHeads subscription writes to. The
// loop drains it between RPC calls; go-ethereum's client buffers beyond it.
const headSubBuffer = 16

// logSubBuffer bounds the channel the logs subscription writes to, and the
// logs one burst takes from it.
const logSubBuffer = 256

// Heads is the ordered stream of canonical blocks, reorgs and per-block
// logs. Run owns the connection; Events is read by one consumer.
type Heads struct {
	cfg    HeadsConfig
	log    zerolog.Logger
	m      *metrics
	out    chan strategies.Event
	query  ethereum.FilterQuery
	hasQ   bool
	latest atomic.Uint64

	// Owned by the Run goroutine.
	track   tracker
	logsDue []*dueLogs // delivered blocks whose logs are not fetched by hash yet, in order
	// pushing is set while a WebSocket session has a logs subscription;
	// live is the hash of the head it announced last (pushes follow it).
	pushing bool
	live    common.Hash
	early   map[common.Hash][]types.Log // pushed logs of blocks not delivered yet
}

// NewHeads builds a Heads source; metrics go to reg (a private registry when nil).
func NewHeads(cfg HeadsConfig, log zerolog.Logger, reg prometheus.Registerer) (*Heads, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults()
	m, err := newMetrics(reg)
	if err != nil {
		return nil, fmt.Errorf("source: metrics: %w", err)
	}
	h := &Heads{
		cfg:   cfg,
		log:   log.With().Str("component", "source").Str("source", "heads").Logger(),
		m:     m,
		out:   make(chan strategies.Event, cfg.Buffer),
		track: tracker{depth: cfg.MaxReorgDepth},
		early: map[common.Hash][]types.Log{},
	}
	h.query, h.hasQ = LogQuery(cfg.Logs)
	return h, nil
}

// Events is the ordered stream: KindBlock (each canonical block once, in
// number order, except that a KindReorg resets the order to its ancestor),
// KindLogs after its block, KindReorg before the new branch. It is closed
// when Run returns.
func (h *Heads) Events() <-chan strategies.Event { return h.out }

// Latest is the number of the last delivered block (0 before the first);
// safe for concurrent use, e.g. as PendingConfig.Head.
func (h *Heads) Latest() uint64 { return h.latest.Load() }

// Run follows the chain until ctx ends, then closes Events and returns nil.
// Connection failures are retried (with backoff over WebSocket, at the next
// poll over HTTP) and never end Run.
func (h *Heads) Run(ctx context.Context) error {
	defer close(h.out)
	if h.cfg.WSURL != "" {
		h.runWS(ctx)
	} else {
		h.runHTTP(ctx)
	}
	return nil
}

func (h *Heads) runWS(ctx context.Context) {
	bo := newBackoff(h.cfg.MinBackoff, h.cfg.MaxBackoff)
	for {
		err := h.sessionWS(ctx, &bo)
		if ctx.Err() != nil {
			return
		}
		h.m.reconnects.WithLabelValues("heads").Inc()
		d := bo.next()
		h.log.Warn().Err(err).Dur("retry_in", d).Uint64("last_block", h.Latest()).Msg("new heads stream lost")
		select {
		case <-ctx.Done():
			return
		case <-time.After(d):
		}
	}
}

// sessionWS runs one WebSocket connection: subscribe, catch up to the head
// (backfilling what was missed), then follow the subscription.
func (h *Heads) sessionWS(ctx context.Context, bo *backoff) error {
	dctx, cancel := context.WithTimeout(ctx, h.cfg.CallTimeout)
	rc, err := rpc.DialContext(dctx, h.cfg.WSURL)
	cancel()
	if err != nil {
		h.m.rpcErrors.WithLabelValues("heads").Inc()
		return fmt.Errorf("source: dial %s: %w", h.cfg.WSURL, err)
	}
	defer rc.Close()
	c := newRPCChain(rc)
	ch := make(chan *types.Header, headSubBuffer)
	sctx, cancel := context.WithTimeout(ctx, h.cfg.CallTimeout)
	sub, err := c.SubscribeNewHead(sctx, ch)
	cancel()
	if err != nil {
		h.m.rpcErrors.WithLabelValues("heads").Inc()
		return fmt.Errorf("source: subscribe newHeads: %w", err)
	}
	// No Unsubscribe: it waits up to 10 s for the node to answer over a
	// connection that may be dead; closing the client (deferred above) ends
	// the subscription on both sides.
	var (
		logCh  chan types.Log
		logErr <-chan error
	)
	if h.hasQ && !h.cfg.FetchLogsOnly {
		logCh = make(chan types.Log, logSubBuffer)
		sctx, cancel := context.WithTimeout(ctx, h.cfg.CallTimeout)
		lsub, err := subscribeLogs(sctx, rc, h.query, logCh)
		cancel()
		if err != nil {
			// Not every node pushes logs (or takes this filter): each
			// block's logs are then fetched by hash as it arrives.
			h.log.Info().Err(err).Msg("no logs subscription; fetching each block's logs by hash")
			logCh = nil
		} else {
			logErr = lsub.Err()
			h.pushing = true
			defer func() { h.pushing = false }()
		}
	}
	bo.reset()
	// The subscription only announces blocks from now on: fetch the head to
	// backfill what landed while we were away.
	if err := h.catchUp(ctx, c); err != nil {
		return err
	}
	stall := time.NewTimer(h.cfg.StallTimeout)
	defer stall.Stop()
	confirm := time.NewTimer(time.Hour)
	defer confirm.Stop()
	burst := make([]types.Log, 0, logSubBuffer)
	for {
		if at, ok := h.nextRipe(); ok {
			confirm.Reset(time.Until(at))
		} else {
			confirm.Stop()
		}
		select {
		case <-ctx.Done():
			return nil
		case err := <-sub.Err():
			h.m.rpcErrors.WithLabelValues("heads").Inc()
			if err == nil {
				err = ErrSubscriptionEnded
			}
			return err
		case err := <-logErr:
			h.m.rpcErrors.WithLabelValues("heads").Inc()
			if err == nil {
				err = ErrSubscriptionEnded
			}
			return fmt.Errorf("source: logs subscription: %w", err)
		case hdr := <-ch:
			h.live = hdr.Hash()
			if err := h.advance(ctx, c, hdr); err != nil {
				return err
			}
			stall.Reset(h.cfg.StallTimeout)
		case l := <-logCh:
			// The node pushes a block's logs one message each: take what
			// has arrived of the burst, so that a block's logs usually go
			// out as one event.
			burst = append(burst[:0], l)
			for more := true; more && len(burst) < cap(burst); {
				select {
				case l := <-logCh:
					burst = append(burst, l)
				default:
					more = false
				}
			}
			if err := h.onPushed(ctx, burst); err != nil {
				return err
			}
		case <-confirm.C:
			if err := h.flushLogs(ctx, c, ripe); err != nil {
				return err
			}
		case <-stall.C:
			// Quiet for too long: ask for the head. A dead connection fails
			// the call (CallTimeout) and the session is replaced.
			h.log.Debug().Dur("quiet_for", h.cfg.StallTimeout).Msg("no new head; polling")
			if err := h.catchUp(ctx, c); err != nil {
				return err
			}
			stall.Reset(h.cfg.StallTimeout)
		}
	}
}

func (h *Heads) runHTTP(ctx context.Context) {
	rc, err := rpc.DialOptions(ctx, h.cfg.HTTPURL)
	if err != nil { // only a malformed URL fails here: HTTP dials lazily
		h.log.Error().Err(err).Msg("new heads: bad http_url")
		<-ctx.Done()
		return
	}
	defer rc.Close()
	c := newRPCChain(rc)
	t := time.NewTicker(h.cfg.PollInterval)
	defer t.Stop()
	for {
		if err := h.catchUp(ctx, c); err != nil && ctx.Err() == nil {
			h.log.Warn().Err(err).Uint64("last_block", h.Latest()).Msg("new heads poll failed")
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// catchUp fetches the latest header and advances to it.
func (h *Heads) catchUp(ctx context.Context, c chain) error {
	if err := h.flushLogs(ctx, c, allDue); err != nil {
		return err
	}
	cctx, cancel := context.WithTimeout(ctx, h.cfg.CallTimeout)
	tip, err := c.HeaderByNumber(cctx, nil)
	cancel()
	if err != nil {
		h.m.rpcErrors.WithLabelValues("heads").Inc()
		return fmt.Errorf("source: latest header: %w", err)
	}
	return h.advance(ctx, c, tip)
}

// advance delivers every block from the last delivered one up to tip, in
// order, backfilling by number and resolving reorgs on the way. On error,
// everything delivered so far stays delivered; the next call resumes.
func (h *Heads) advance(ctx context.Context, c chain, tip *types.Header) error {
	last, ok := h.track.last()
	if !ok {
		return h.deliver(ctx, c, tip)
	}
	n := tip.Number.Uint64()
	switch {
	case n == last.Number+1 && tip.ParentHash == last.Hash: // the common case: no RPC
		return h.deliver(ctx, c, tip)
	case n <= last.Number:
		if hash, ok := h.track.hash(n); ok && hash == tip.Hash() {
			return nil // already delivered (a repeat after reconnecting)
		}
		return h.reorgTo(ctx, c, tip)
	}
	// A gap: fetch last+1..n-1 by number, in batches.
	for from := last.Number + 1; from < n; {
		k := int(min(uint64(backfillBatch), n-from))
		cctx, cancel := context.WithTimeout(ctx, h.cfg.CallTimeout)
		hdrs, err := c.HeadersByNumber(cctx, from, k)
		cancel()
		if err != nil {
			h.m.rpcErrors.WithLabelValues("heads").Inc()
			return err
		}
		for _, hdr := range hdrs {
			prev, _ := h.track.last()
			if hdr.ParentHash != prev.Hash {
				return h.reorgTo(ctx, c, tip) // the chain moved under us
			}
			if err := h.deliver(ctx, c, hdr); err != nil {
				return err
			}
			h.m.backfilled.Inc()
		}
		if len(hdrs) < k { // the node's head went backwards: a reorg
			return h.reorgTo(ctx, c, tip)
		}
		from += uint64(k)
	}
	if prev, _ := h.track.last(); tip.ParentHash != prev.Hash {
		return h.reorgTo(ctx, c, tip)
	}
	return h.deliver(ctx, c, tip)
}

// reorgTo walks back from tip by parent hash to a delivered block, announces
// the blocks above it as dropped, and delivers tip's branch in order.
func (h *Heads) reorgTo(ctx context.Context, c chain, tip *types.Header) error {
	branch := []*types.Header{tip}
	cur := tip
	var ancestor strategies.BlockID
	for {
		if cur.Number.Sign() == 0 {
			return h.restart(ctx, c, tip, fmt.Errorf("%w: reached genesis", ErrReorgTooDeep))
		}
		pn := cur.Number.Uint64() - 1
		if hash, ok := h.track.hash(pn); ok && hash == cur.ParentHash {
			ancestor = strategies.BlockID{Number: pn, Hash: hash}
			break
		}
		if pn < h.track.oldest() {
			return h.restart(ctx, c, tip, fmt.Errorf("%w: no common ancestor at or above %d", ErrReorgTooDeep, h.track.oldest()))
		}
		cctx, cancel := context.WithTimeout(ctx, h.cfg.CallTimeout)
		parent, err := c.HeaderByHash(cctx, cur.ParentHash)
		cancel()
		if err != nil {
			h.m.rpcErrors.WithLabelValues("heads").Inc()
			return fmt.Errorf("source: walking back from %d: header %s: %w", tip.Number, cur.ParentHash, err)
		}
		if parent == nil {
			return fmt.Errorf("%w: %s", ErrMissingHeader, cur.ParentHash)
		}
		cur = parent
		branch = append(branch, cur)
	}
	if dropped := h.track.cut(ancestor.Number); len(dropped) > 0 {
		h.dropLogsDue(ancestor.Number)
		h.m.reorgs.Inc()
		h.m.reorged.Add(float64(len(dropped)))
		h.log.Info().Uint64("ancestor", ancestor.Number).Int("depth", len(dropped)).
			Uint64("new_head", tip.Number.Uint64()).Msg("reorg")
		ev := strategies.Event{Kind: strategies.KindReorg, Block: ancestor.Number, Arrived: time.Now(),
			Reorg: &strategies.Reorg{Ancestor: ancestor, Dropped: dropped}}
		if err := h.emit(ctx, ev); err != nil {
			return err
		}
	}
	slices.Reverse(branch)
	for _, hdr := range branch {
		if err := h.deliver(ctx, c, hdr); err != nil {
			return err
		}
	}
	return nil
}

// restart forgets every tracked block after a reorg too deep to resolve:
// it announces them all as dropped with an unknown (zero) ancestor and
// starts again at tip.
func (h *Heads) restart(ctx context.Context, c chain, tip *types.Header, cause error) error {
	h.log.Error().Err(cause).Uint64("new_head", tip.Number.Uint64()).Msg("reorg beyond tracked blocks; restarting at the head")
	dropped := h.track.reset()
	h.logsDue = h.logsDue[:0]
	h.m.reorgs.Inc()
	h.m.reorged.Add(float64(len(dropped)))
	ev := strategies.Event{Kind: strategies.KindReorg, Arrived: time.Now(), Reorg: &strategies.Reorg{Dropped: dropped}}
	if err := h.emit(ctx, ev); err != nil {
		return err
	}
	return h.deliver(ctx, c, tip)
}

// emit blocks until the consumer takes ev or ctx ends: the ordered stream
// never drops.
func (h *Heads) emit(ctx context.Context, ev strategies.Event) error {
	select {
	case h.out <- ev:
		h.m.events.WithLabelValues("heads", ev.Kind.String()).Inc()
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// LogQuery returns one eth_getLogs filter that selects at least every log
// any of filters selects: the union of their addresses (any address when
// one filter has none) and, per topic position, the union of their topics
// (any topic when one filter leaves the position open). It may select more
// than the filters do; the runtime narrows each strategy's logs with its own
// filters. ok is false when filters is empty.
func LogQuery(filters []strategies.LogFilter) (q ethereum.FilterQuery, ok bool) {
	if len(filters) == 0 {
		return q, false
	}
	anyAddr := false
	positions := len(filters[0].Topics)
	for _, f := range filters {
		if len(f.Addresses) == 0 {
			anyAddr = true
		}
		positions = min(positions, len(f.Topics))
	}
	if !anyAddr {
		for _, f := range filters {
			for _, a := range f.Addresses {
				if !slices.Contains(q.Addresses, a) {
					q.Addresses = append(q.Addresses, a)
				}
			}
		}
	}
	// Positions past the shortest filter's are open: a log with fewer topics
	// than the longest filter may still match a shorter one.
	for i := range positions {
		var union []common.Hash
		for _, f := range filters {
			if len(f.Topics[i]) == 0 {
				union = nil
				break
			}
			for _, t := range f.Topics[i] {
				if !slices.Contains(union, t) {
					union = append(union, t)
				}
			}
		}
		q.Topics = append(q.Topics, union)
	}
	for len(q.Topics) > 0 && len(q.Topics[len(q.Topics)-1]) == 0 {
		q.Topics = q.Topics[:len(q.Topics)-1]
	}
	return q, true
}
