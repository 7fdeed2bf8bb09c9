package chainview

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/keeperkit/keeperkit/strategies"
)

// Defaults of the options.
const (
	// DefaultMaxBytes bounds the cache: 10 strategy instances loading
	// 10,000 Aave borrowers at one head need about 40 MiB.
	DefaultMaxBytes = 128 << 20
	// DefaultMaxBatch is the most calls CallContracts puts in one JSON-RPC
	// batch (go-ethereum serves up to 1,000).
	DefaultMaxBatch = 500
)

// entryOverhead approximates what one cached answer costs beyond its key
// and value (map entry, slice header, the key's place in its block's list).
const entryOverhead = 96

// View is a strategies.Chain over a node's JSON-RPC client that answers
// each read pinned to a block once (see the package doc). Safe for
// concurrent use.
type View struct {
	rc       *rpc.Client
	ec       *ethclient.Client
	maxBytes int64
	maxBatch int
	m        *metrics

	hits, misses, shared, passed atomic.Uint64

	// mu guards the fields below.
	mu      sync.Mutex
	entries map[string]entry
	flights map[string]*flight
	buckets map[uint64]*bucket
	blocks  []uint64 // the buckets' blocks, ascending
	size    int64
	head    uint64 // newest head known: nothing above it is kept
	gen     uint64 // bumped by Forget: flights begun before are not kept
}

var (
	_ strategies.Chain       = (*View)(nil)
	_ strategies.BatchCaller = (*View)(nil)
)

// entry is one cached answer (the raw JSON result) and its block.
type entry struct {
	val   json.RawMessage
	block uint64
}

// bucket is one block's cached keys in the order they came; keys before
// first were evicted.
type bucket struct {
	keys  []string
	first int
}

// flight is one request on the wire; val and err are set before done is
// closed and never after. known is whether its block was at or below the
// head when it was asked (only then may its answer be kept).
type flight struct {
	done  chan struct{}
	val   json.RawMessage
	err   error
	known bool
}

// Option configures New.
type Option func(*View)

// WithMaxBytes bounds the cached keys and answers, in bytes; default
// DefaultMaxBytes (128 MiB).
func WithMaxBytes(n int64) Option { return func(v *View) { v.maxBytes = n } }

// WithMaxBatch bounds the calls of one JSON-RPC batch in CallContracts;
// default DefaultMaxBatch (500).
func WithMaxBatch(n int) Option { return func(v *View) { v.maxBatch = max(1, n) } }

// WithRegisterer registers keeper_chainview_calls_total{result} (hit,
// miss, shared, passed) and keeper_chainview_cache_bytes. Default: not
// registered.
func WithRegisterer(reg prometheus.Registerer) Option {
	return func(v *View) { v.m = &metrics{reg: reg} }
}

// New returns a view of the chain behind rc.
func New(rc *rpc.Client, opts ...Option) (*View, error) {
	v := &View{rc: rc, ec: ethclient.NewClient(rc), maxBytes: DefaultMaxBytes, maxBatch: DefaultMaxBatch,
		entries: map[string]entry{}, flights: map[string]*flight{}, buckets: map[uint64]*bucket{}}
	for _, o := range opts {
		o(v)
	}
	if v.m != nil {
		if err := v.m.register(v); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// SetHead tells the view that block n exists: answers at blocks up to n
// may be kept. The engine calls it with every new head.
func (v *View) SetHead(n uint64) {
	v.mu.Lock()
	v.head = max(v.head, n)
	v.mu.Unlock()
}

// Forget drops every answer at block from and above, and keeps none of the
// answers to requests already on the wire: blocks from and above left the
// canonical chain (a reorg whose common ancestor is from-1).
func (v *View) Forget(from uint64) {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.gen++
	for len(v.blocks) > 0 && v.blocks[len(v.blocks)-1] >= from {
		n := v.blocks[len(v.blocks)-1]
		b := v.buckets[n]
		for _, k := range b.keys[b.first:] {
			v.dropLocked(k)
		}
		delete(v.buckets, n)
		v.blocks = v.blocks[:len(v.blocks)-1]
	}
	if from > 0 && v.head >= from {
		v.head = from - 1
	}
}

// Stats are the view's counters: calls answered from the cache (Hits),
// sent to the node (Misses), answered by another caller's request on the
// wire (Shared), or not pinned to a block and passed through (Passed); and
// what the cache holds.
type Stats struct {
	Hits, Misses, Shared, Passed uint64
	Entries                      int
	Bytes                        int64
}

// Stats returns the counters so far.
func (v *View) Stats() Stats {
	v.mu.Lock()
	n, size := len(v.entries), v.size
	v.mu.Unlock()
	return Stats{Hits: v.hits.Load(), Misses: v.misses.Load(), Shared: v.shared.Load(), Passed: v.passed.Load(), Entries: n, Bytes: size}
}

// join returns key's cached answer, or else the flight to wait for, or
// else a new flight the caller must finish (lead) and the generation it
// began in.
func (v *View) join(key string, block uint64) (val json.RawMessage, f *flight, lead bool, gen uint64) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if e, ok := v.entries[key]; ok {
		return e.val, nil, false, 0
	}
	if f, ok := v.flights[key]; ok {
		return nil, f, false, 0
	}
	f = &flight{done: make(chan struct{}), known: block <= v.head}
	v.flights[key] = f
	return nil, f, true, v.gen
}

// finish ends a flight the caller led: the answer is kept when it is one
// (no error, not null), its block was known to exist when it was asked (a
// node may answer a request past its head with what it had then), and no
// Forget came in between.
func (v *View) finish(key string, block, gen uint64, f *flight, raw json.RawMessage, err error) {
	f.val, f.err = raw, err
	v.mu.Lock()
	delete(v.flights, key)
	if err == nil && len(raw) > 0 && string(raw) != "null" && gen == v.gen && f.known {
		v.putLocked(key, block, raw)
	}
	v.mu.Unlock()
	close(f.done)
}

func (v *View) putLocked(key string, block uint64, raw json.RawMessage) {
	sz := int64(len(key)+len(raw)) + entryOverhead
	if sz > v.maxBytes {
		return
	}
	if _, ok := v.entries[key]; ok {
		return
	}
	v.entries[key] = entry{val: raw, block: block}
	b := v.buckets[block]
	if b == nil {
		b = &bucket{}
		v.buckets[block] = b
		i, _ := slices.BinarySearch(v.blocks, block)
		v.blocks = slices.Insert(v.blocks, i, block)
	}
	b.keys = append(b.keys, key)
	v.size += sz
	for v.size > v.maxBytes && len(v.blocks) > 0 {
		v.evictLocked()
	}
}

// evictLocked drops the oldest answer of the oldest block.
func (v *View) evictLocked() {
	n := v.blocks[0]
	b := v.buckets[n]
	if b.first < len(b.keys) {
		v.dropLocked(b.keys[b.first])
		b.keys[b.first] = ""
		b.first++
	}
	if b.first >= len(b.keys) {
		delete(v.buckets, n)
		v.blocks = v.blocks[1:]
	}
}

func (v *View) dropLocked(key string) {
	if e, ok := v.entries[key]; ok {
		v.size -= int64(len(key)+len(e.val)) + entryOverhead
		delete(v.entries, key)
	}
}

func isCtxErr(err error) bool {
	return errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
}

// call is rpc.Client.CallContext for a request pinned to block, answered
// once.
func (v *View) call(ctx context.Context, block uint64, result any, method string, args ...any) error {
	params, err := json.Marshal(args)
	if err != nil {
		return fmt.Errorf("chainview: %s: %w", method, err)
	}
	// Key(method, params), without its checks: every caller pinned the
	// block, and json.Marshal's output is already compact.
	key := method + "|" + string(params)
	for {
		val, f, lead, gen := v.join(key, block)
		if val != nil {
			v.count(&v.hits, resultHit)
			return json.Unmarshal(val, result)
		}
		if !lead {
			v.count(&v.shared, resultShared)
			select {
			case <-f.done:
			case <-ctx.Done():
				return ctx.Err()
			}
			if f.err == nil {
				return json.Unmarshal(f.val, result)
			}
			if isCtxErr(f.err) && ctx.Err() == nil {
				continue // the leader gave up; ask again
			}
			return f.err
		}
		v.count(&v.misses, resultMiss)
		var raw json.RawMessage
		err := v.rc.CallContext(ctx, &raw, method, args...)
		v.finish(key, block, gen, f, raw, err)
		if err != nil {
			return err
		}
		return json.Unmarshal(raw, result)
	}
}

func (v *View) count(c *atomic.Uint64, result string) {
	c.Add(1)
	if v.m != nil {
		v.m.calls.WithLabelValues(result).Inc()
	}
}

// pinned is the block number n names for good, and false for nil (latest)
// and the negative tags (pending, safe, finalized...).
func pinned(n *big.Int) (uint64, bool) {
	if n == nil || n.Sign() < 0 || !n.IsUint64() {
		return 0, false
	}
	return n.Uint64(), true
}

// HeaderByNumber implements strategies.Chain. A "latest" header also tells
// the view the head (SetHead).
func (v *View) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	n, ok := pinned(number)
	if !ok {
		v.count(&v.passed, resultPassed)
		h, err := v.ec.HeaderByNumber(ctx, number)
		if err == nil && number == nil {
			v.SetHead(h.Number.Uint64())
		}
		return h, err
	}
	var head *types.Header
	err := v.call(ctx, n, &head, "eth_getBlockByNumber", hexutil.EncodeBig(number), false)
	if err == nil && head == nil {
		err = ethereum.NotFound
	}
	return head, err
}

// FilterLogs implements strategies.Chain. A query by block hash, or with
// an end that is not a number, passes through.
func (v *View) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	to, ok := pinned(q.ToBlock)
	if q.BlockHash != nil || !ok || (q.FromBlock != nil && q.FromBlock.Sign() < 0) {
		v.count(&v.passed, resultPassed)
		return v.ec.FilterLogs(ctx, q)
	}
	var logs []types.Log
	err := v.call(ctx, to, &logs, "eth_getLogs", FilterArg(q))
	return logs, err
}

// FilterArg is the eth_getLogs argument for q as ethclient sends it (its
// toFilterArg), for a query by block hash or with numeric ends: the same
// JSON, so the same Key here and in the backtest's cache. Checking that q
// does not set both a hash and ends is the caller's.
func FilterArg(q ethereum.FilterQuery) map[string]any {
	arg := map[string]any{}
	if len(q.Addresses) > 0 {
		arg["address"] = q.Addresses
	}
	if q.Topics != nil {
		arg["topics"] = q.Topics
	}
	if q.BlockHash != nil {
		arg["blockHash"] = *q.BlockHash
		return arg
	}
	arg["fromBlock"] = "0x0"
	if q.FromBlock != nil {
		arg["fromBlock"] = hexutil.EncodeBig(q.FromBlock)
	}
	arg["toBlock"] = hexutil.EncodeBig(q.ToBlock)
	return arg
}

// CallContract implements strategies.Chain.
func (v *View) CallContract(ctx context.Context, msg ethereum.CallMsg, number *big.Int) ([]byte, error) {
	n, ok := pinned(number)
	if !ok {
		v.count(&v.passed, resultPassed)
		return v.ec.CallContract(ctx, msg, number)
	}
	var out hexutil.Bytes
	if err := v.call(ctx, n, &out, "eth_call", CallArg(msg), hexutil.EncodeBig(number)); err != nil {
		return nil, err
	}
	return out, nil
}

// CodeAt implements strategies.Chain.
func (v *View) CodeAt(ctx context.Context, a common.Address, number *big.Int) ([]byte, error) {
	n, ok := pinned(number)
	if !ok {
		v.count(&v.passed, resultPassed)
		return v.ec.CodeAt(ctx, a, number)
	}
	var out hexutil.Bytes
	err := v.call(ctx, n, &out, "eth_getCode", a, hexutil.EncodeBig(number))
	return out, err
}

// BalanceAt implements strategies.Chain.
func (v *View) BalanceAt(ctx context.Context, a common.Address, number *big.Int) (*big.Int, error) {
	n, ok := pinned(number)
	if !ok {
		v.count(&v.passed, resultPassed)
		return v.ec.BalanceAt(ctx, a, number)
	}
	var out hexutil.Big
	err := v.call(ctx, n, &out, "eth_getBalance", a, hexutil.EncodeBig(number))
	return (*big.Int)(&out), err
}

// StorageAt implements strategies.Chain.
func (v *View) StorageAt(ctx context.Context, a common.Address, key common.Hash, number *big.Int) ([]byte, error) {
	n, ok := pinned(number)
	if !ok {
		v.count(&v.passed, resultPassed)
		return v.ec.StorageAt(ctx, a, key, number)
	}
	var out hexutil.Bytes
	err := v.call(ctx, n, &out, "eth_getStorageAt", a, key, hexutil.EncodeBig(number))
	return out, err
}

// NonceAt implements strategies.Chain.
func (v *View) NonceAt(ctx context.Context, a common.Address, number *big.Int) (uint64, error) {
	n, ok := pinned(number)
	if !ok {
		v.count(&v.passed, resultPassed)
		return v.ec.NonceAt(ctx, a, number)
	}
	var out hexutil.Uint64
	err := v.call(ctx, n, &out, "eth_getTransactionCount", a, hexutil.EncodeBig(number))
	return uint64(out), err
}

// CallArg is ethclient's eth_call argument for msg (its toCallArg): the
// same JSON, so the same Key.
func CallArg(msg ethereum.CallMsg) any {
	arg := map[string]any{"from": msg.From, "to": msg.To}
	if len(msg.Data) > 0 {
		arg["input"] = hexutil.Bytes(msg.Data)
	}
	if msg.Value != nil {
		arg["value"] = (*hexutil.Big)(msg.Value)
	}
	if msg.Gas != 0 {
		arg["gas"] = hexutil.Uint64(msg.Gas)
	}
	if msg.GasPrice != nil {
		arg["gasPrice"] = (*hexutil.Big)(msg.GasPrice)
	}
	if msg.GasFeeCap != nil {
		arg["maxFeePerGas"] = (*hexutil.Big)(msg.GasFeeCap)
	}
	if msg.GasTipCap != nil {
		arg["maxPriorityFeePerGas"] = (*hexutil.Big)(msg.GasTipCap)
	}
	if msg.AccessList != nil {
		arg["accessList"] = msg.AccessList
	}
	if msg.BlobGasFeeCap != nil {
		arg["maxFeePerBlobGas"] = (*hexutil.Big)(msg.BlobGasFeeCap)
	}
	if msg.BlobHashes != nil {
		arg["blobVersionedHashes"] = msg.BlobHashes
	}
	if msg.AuthorizationList != nil {
		arg["authorizationList"] = msg.AuthorizationList
	}
	return arg
}
