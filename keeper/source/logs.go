package source

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/keeperkit/keeperkit/strategies"
)

// maxEarly bounds the blocks whose pushed logs wait for their header.
// Pushes run at most a block or two ahead of the newHeads notification
// they race; more than this is a node sending logs of blocks it never
// announces.
const maxEarly = 16

// dueLogs is a delivered block whose logs are still to be fetched by hash:
// the fetch confirms the pushed ones and emits any that were not pushed.
type dueLogs struct {
	hdr  *types.Header
	hash common.Hash
	at   time.Time         // fetch from then on; sooner if a later block is delivered
	sent map[uint]struct{} // indexes of the logs already emitted from pushes
}

// subscribeLogs asks the node to push the logs the query selects as their
// blocks are made canonical. The filter has no block range: nodes differ on
// what a fromBlock means for a subscription.
func subscribeLogs(ctx context.Context, rc *rpc.Client, q ethereum.FilterQuery, ch chan<- types.Log) (*rpc.ClientSubscription, error) {
	arg := map[string]any{}
	if len(q.Addresses) > 0 {
		arg["address"] = q.Addresses
	}
	if q.Topics != nil {
		arg["topics"] = q.Topics
	}
	return rc.EthSubscribe(ctx, ch, "logs", arg)
}

// deliver emits hdr as the next block, then what is known of its logs.
// Every earlier block's logs are complete before it: their fetch by hash,
// if still due, runs first.
func (h *Heads) deliver(ctx context.Context, c chain, hdr *types.Header) error {
	if err := h.flushLogs(ctx, c, allDue); err != nil {
		return err
	}
	id := strategies.BlockID{Number: hdr.Number.Uint64(), Hash: hdr.Hash()}
	ev := strategies.Event{Kind: strategies.KindBlock, Block: id.Number, Arrived: time.Now(), Header: hdr}
	if err := h.emit(ctx, ev); err != nil {
		return err
	}
	h.track.push(id)
	h.latest.Store(id.Number)
	if !h.hasQ {
		return nil
	}
	d := &dueLogs{hdr: hdr, hash: id.Hash, at: time.Now()}
	h.logsDue = append(h.logsDue, d)
	if !h.pushing || id.Hash != h.live {
		// Backfilled, or no push stream: no push will come.
		return h.flushLogs(ctx, c, allDue)
	}
	// The head the subscription announced: its logs are pushed, usually
	// around its header; the fetch confirms them a little later.
	d.at = d.at.Add(h.cfg.LogsConfirmAfter)
	early := h.early[id.Hash]
	for hash, logs := range h.early {
		if len(logs) == 0 || logs[0].BlockNumber <= id.Number {
			delete(h.early, hash)
		}
	}
	return h.emitPushed(ctx, d, early)
}

// onPushed takes a burst of pushed logs: those of a block delivered and not
// yet confirmed are emitted at once (one event per block), those of a block
// not delivered yet wait for it. Any other (a block confirmed already, one
// off the delivered branch, a log the node marks removed by a reorg) is
// left out: the fetch by hash of each delivered block is the reference.
func (h *Heads) onPushed(ctx context.Context, logs []types.Log) error {
	logs = slices.DeleteFunc(logs, func(l types.Log) bool { return l.Removed })
	for len(logs) > 0 {
		hash := logs[0].BlockHash
		n := 1
		for n < len(logs) && logs[n].BlockHash == hash {
			n++
		}
		group := logs[:n]
		logs = logs[n:]
		if i := slices.IndexFunc(h.logsDue, func(d *dueLogs) bool { return d.hash == hash }); i >= 0 {
			if err := h.emitPushed(ctx, h.logsDue[i], group); err != nil {
				return err
			}
			continue
		}
		if group[0].BlockNumber > h.Latest() && (h.early[hash] != nil || len(h.early) < maxEarly) {
			h.early[hash] = append(h.early[hash], group...)
		}
	}
	return nil
}

// emitPushed emits the logs of d's block not emitted yet, in index order.
func (h *Heads) emitPushed(ctx context.Context, d *dueLogs, logs []types.Log) error {
	var fresh []types.Log
	for _, l := range logs {
		if _, dup := d.sent[l.Index]; dup || l.BlockHash != d.hash {
			continue
		}
		if d.sent == nil {
			d.sent = map[uint]struct{}{}
		}
		d.sent[l.Index] = struct{}{}
		fresh = append(fresh, l)
	}
	if len(fresh) == 0 {
		return nil
	}
	slices.SortFunc(fresh, func(a, b types.Log) int { return int(a.Index) - int(b.Index) })
	h.m.logs.WithLabelValues("push").Add(float64(len(fresh)))
	return h.emit(ctx, strategies.Event{Kind: strategies.KindLogs, Block: d.hdr.Number.Uint64(), Arrived: time.Now(), Logs: fresh, Header: d.hdr})
}

// Which due blocks flushLogs fetches.
const (
	allDue = false // every one
	ripe   = true  // those whose confirmation time has come
)

// flushLogs fetches the logs of due blocks by hash, in order, and emits the
// ones no push brought, stopping at the first failure: the rest is retried
// on the next call, so a block's logs are never skipped, only delayed.
func (h *Heads) flushLogs(ctx context.Context, c chain, onlyRipe bool) error {
	now := time.Now()
	for len(h.logsDue) > 0 {
		d := h.logsDue[0]
		if onlyRipe && d.at.After(now) {
			return nil
		}
		q := h.query
		q.BlockHash = &d.hash
		cctx, cancel := context.WithTimeout(ctx, h.cfg.CallTimeout)
		logs, err := c.FilterLogs(cctx, q)
		cancel()
		if err != nil {
			h.m.rpcErrors.WithLabelValues("heads").Inc()
			return fmt.Errorf("source: logs of block %d: %w", d.hdr.Number, err)
		}
		h.logsDue = h.logsDue[1:]
		logs = slices.DeleteFunc(logs, func(l types.Log) bool {
			_, sent := d.sent[l.Index]
			return sent
		})
		if len(logs) == 0 {
			continue
		}
		h.m.logs.WithLabelValues("fetch").Add(float64(len(logs)))
		ev := strategies.Event{Kind: strategies.KindLogs, Block: d.hdr.Number.Uint64(), Arrived: time.Now(), Logs: logs, Header: d.hdr}
		if err := h.emit(ctx, ev); err != nil {
			return err
		}
	}
	return nil
}

// nextRipe is when the first due block's logs are to be fetched (ok false
// when none is due).
func (h *Heads) nextRipe() (time.Time, bool) {
	if len(h.logsDue) == 0 {
		return time.Time{}, false
	}
	return h.logsDue[0].at, true
}

func (h *Heads) dropLogsDue(ancestor uint64) {
	h.logsDue = slices.DeleteFunc(h.logsDue, func(d *dueLogs) bool { return d.hdr.Number.Uint64() > ancestor })
}
