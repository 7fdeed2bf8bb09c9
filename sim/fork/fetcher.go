package fork

import (
	"context"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
)

type keyKind uint8

const (
	kindAccount keyKind = iota // balance, nonce and code of an address
	kindSlot                   // one storage slot
)

type fkey struct {
	kind keyKind
	addr common.Address
	slot common.Hash
}

func (k fkey) String() string {
	if k.kind == kindSlot {
		return k.addr.Hex() + "[" + k.slot.Hex() + "]"
	}
	return k.addr.Hex()
}

// call is one key being fetched. Waiters block on done; the fields are
// written before done is closed and never after.
type call struct {
	key  fkey
	done chan struct{}
	acct account
	val  common.Hash
	err  error
}

// fetcher loads the state of one block over JSON-RPC. Keys asked for while
// a batch is on the wire queue up and leave together in the next batch
// (natural batching: no timer, no added latency for a lone request); a key
// already queued or on the wire is not asked twice (one call per key, as
// x/sync/singleflight does). Results go to the block's cache before the
// waiters wake. fetcher is safe for concurrent use.
type fetcher struct {
	sh    *shared
	block uint64
	st    *blockCache

	// mu guards inflight, pending and senders.
	mu       sync.Mutex
	inflight map[fkey]*call
	pending  []*call
	senders  int
}

func newFetcher(sh *shared, block uint64, st *blockCache) *fetcher {
	return &fetcher{sh: sh, block: block, st: st, inflight: make(map[fkey]*call)}
}

// account returns the account at the fork's block, from the cache or the node.
func (f *fetcher) account(ctx context.Context, addr common.Address) (account, error) {
	if a, ok := f.st.accounts.get(addr); ok {
		f.sh.stats.hit()
		return a, nil
	}
	f.sh.stats.miss()
	c := f.request(fkey{kind: kindAccount, addr: addr})
	if err := f.wait(ctx, c); err != nil {
		return account{}, err
	}
	return c.acct, nil
}

// storage returns a slot at the fork's block, from the cache or the node.
func (f *fetcher) storage(ctx context.Context, addr common.Address, slot common.Hash) (common.Hash, error) {
	if v, ok := f.st.slots.get(slotKey{addr, slot}); ok {
		f.sh.stats.hit()
		return v, nil
	}
	f.sh.stats.miss()
	c := f.request(fkey{kind: kindSlot, addr: addr, slot: slot})
	if err := f.wait(ctx, c); err != nil {
		return common.Hash{}, err
	}
	return c.val, nil
}

func (f *fetcher) wait(ctx context.Context, c *call) error {
	select {
	case <-c.done:
		return c.err
	case <-ctx.Done():
		// The fetch goes on and fills the cache for whoever asks next.
		return &FetchError{Method: methodOf(c.key.kind), Block: f.block, Key: c.key.String(), Err: ctx.Err()}
	}
}

// request returns the call for k, queueing a new one if k is neither cached
// nor in flight.
func (f *fetcher) request(k fkey) *call {
	f.mu.Lock()
	defer f.mu.Unlock()
	if c, ok := f.inflight[k]; ok {
		return c
	}
	c := f.enqueueLocked(k)
	f.kickLocked()
	return c
}

// prefetch queues every key that is neither cached nor in flight and waits
// for all of them. Keys queued together leave in as few batches as the
// batch size allows.
func (f *fetcher) prefetch(ctx context.Context, keys []fkey) error {
	var calls []*call
	f.mu.Lock()
	for _, k := range keys {
		if f.cachedLocked(k) {
			continue
		}
		c, ok := f.inflight[k]
		if !ok {
			c = f.enqueueLocked(k)
		}
		calls = append(calls, c)
	}
	f.kickLocked()
	f.mu.Unlock()
	var first error
	for _, c := range calls {
		if err := f.wait(ctx, c); err != nil && first == nil {
			first = err
		}
	}
	return first
}

// start queues every key that is neither cached nor in flight and returns
// at once: the batch goes on the wire, and a reader of one of the keys
// waits for it (request finds it in flight) instead of asking again.
func (f *fetcher) start(keys []fkey) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, k := range keys {
		if _, ok := f.inflight[k]; ok || f.cachedLocked(k) {
			continue
		}
		f.enqueueLocked(k)
	}
	f.kickLocked()
}

func (f *fetcher) cachedLocked(k fkey) bool {
	if k.kind == kindAccount {
		_, ok := f.st.accounts.get(k.addr)
		return ok
	}
	_, ok := f.st.slots.get(slotKey{k.addr, k.slot})
	return ok
}

func (f *fetcher) enqueueLocked(k fkey) *call {
	c := &call{key: k, done: make(chan struct{})}
	f.inflight[k] = c
	f.pending = append(f.pending, c)
	return c
}

// kickLocked starts a sender if fewer than the configured number run.
func (f *fetcher) kickLocked() {
	if len(f.pending) > 0 && f.senders < f.sh.opts.batchConcurrency {
		f.senders++
		go f.send()
	}
}

// send drains the queue batch by batch, then exits.
func (f *fetcher) send() {
	for {
		f.mu.Lock()
		if len(f.pending) == 0 {
			f.senders--
			f.mu.Unlock()
			return
		}
		n := 0
		reqs := 0
		for n < len(f.pending) && reqs < f.sh.opts.maxBatch {
			reqs += requestsOf(f.pending[n].key.kind)
			n++
		}
		batch := make([]*call, n)
		copy(batch, f.pending)
		f.pending = append(f.pending[:0], f.pending[n:]...)
		f.mu.Unlock()

		f.fetch(batch)

		f.mu.Lock()
		for _, c := range batch {
			delete(f.inflight, c.key)
		}
		f.mu.Unlock()
		for _, c := range batch {
			close(c.done)
		}
	}
}

func requestsOf(k keyKind) int {
	if k == kindAccount {
		return 3
	}
	return 1
}

func methodOf(k keyKind) string {
	if k == kindAccount {
		return "eth_getBalance"
	}
	return "eth_getStorageAt"
}

type acctResult struct {
	balance hexutil.Big
	nonce   hexutil.Uint64
	code    hexutil.Bytes
}

// fetch sends one JSON-RPC batch for calls and stores what came back in the
// cache (and on disk) before the caller wakes the waiters.
func (f *fetcher) fetch(calls []*call) {
	blockArg := hexutil.EncodeUint64(f.block)
	elems := make([]rpc.BatchElem, 0, len(calls)*2)
	accts := make([]acctResult, len(calls))
	vals := make([]hexutil.Bytes, len(calls))
	for i, c := range calls {
		switch c.key.kind {
		case kindAccount:
			elems = append(elems,
				rpc.BatchElem{Method: "eth_getBalance", Args: []any{c.key.addr, blockArg}, Result: &accts[i].balance},
				rpc.BatchElem{Method: "eth_getTransactionCount", Args: []any{c.key.addr, blockArg}, Result: &accts[i].nonce},
				rpc.BatchElem{Method: "eth_getCode", Args: []any{c.key.addr, blockArg}, Result: &accts[i].code})
		case kindSlot:
			elems = append(elems, rpc.BatchElem{Method: "eth_getStorageAt", Args: []any{c.key.addr, c.key.slot, blockArg}, Result: &vals[i]})
		}
	}
	err := f.sh.batch(elems)
	var recs []diskRecord
	j := 0
	for i, c := range calls {
		n := requestsOf(c.key.kind)
		my := elems[j : j+n]
		j += n
		if err != nil {
			c.err = &FetchError{Method: my[0].Method, Block: f.block, Key: c.key.String(), Err: classify(err)}
			f.sh.stats.promErrors.WithLabelValues(my[0].Method).Inc()
			continue
		}
		if e := firstElemErr(my); e != nil {
			c.err = &FetchError{Method: e.Method, Block: f.block, Key: c.key.String(), Err: classify(e.Error)}
			f.sh.stats.promErrors.WithLabelValues(e.Method).Inc()
			continue
		}
		switch c.key.kind {
		case kindAccount:
			a, code, cerr := decodeAccount(&accts[i])
			if cerr != nil {
				c.err = &FetchError{Method: "eth_getBalance", Block: f.block, Key: c.key.String(), Err: cerr}
				continue
			}
			if len(code) > 0 {
				if _, ok := f.sh.codes.get(a.codeHash); !ok {
					f.sh.codes.put(a.codeHash, code)
					if f.sh.disk != nil {
						f.sh.disk.putCode(a.codeHash, code)
					}
				}
			}
			c.acct = a
			f.st.accounts.put(c.key.addr, a)
			recs = append(recs, diskRecord{key: c.key, acct: a})
		case kindSlot:
			if len(vals[i]) > 32 {
				c.err = &FetchError{Method: "eth_getStorageAt", Block: f.block, Key: c.key.String(), Err: fmt.Errorf("value of %d bytes", len(vals[i]))}
				continue
			}
			c.val = common.BytesToHash(vals[i])
			f.st.slots.put(slotKey{c.key.addr, c.key.slot}, c.val)
			recs = append(recs, diskRecord{key: c.key, val: c.val})
		}
	}
	if f.sh.disk != nil && len(recs) > 0 {
		f.sh.disk.append(f.block, recs)
	}
}

func firstElemErr(elems []rpc.BatchElem) *rpc.BatchElem {
	for i := range elems {
		if elems[i].Error != nil {
			return &elems[i]
		}
	}
	return nil
}

func decodeAccount(r *acctResult) (account, []byte, error) {
	var a account
	b := (*big.Int)(&r.balance)
	if b.Sign() < 0 || a.balance.SetFromBig(b) {
		return a, nil, fmt.Errorf("balance %s out of range", b)
	}
	a.nonce = uint64(r.nonce)
	code := []byte(r.code)
	if len(code) == 0 {
		a.codeHash = types.EmptyCodeHash
	} else {
		a.codeHash = crypto.Keccak256Hash(code)
	}
	a.exists = a.nonce != 0 || !a.balance.IsZero() || len(code) != 0
	return a, code, nil
}

// batch sends elems as one exchange (or as one plain call when there is a
// single element) with the configured timeout, and counts it.
func (sh *shared) batch(elems []rpc.BatchElem) error {
	ctx, cancel := context.WithTimeout(context.Background(), sh.opts.timeout)
	defer cancel()
	start := time.Now()
	var err error
	if len(elems) == 1 {
		err = sh.rpc.CallContext(ctx, elems[0].Result, elems[0].Method, elems[0].Args...)
		if _, ok := err.(rpc.Error); ok {
			// The node answered with an error for this request.
			elems[0].Error, err = err, nil
		}
	} else {
		err = sh.rpc.BatchCallContext(ctx, elems)
	}
	sh.stats.roundTrips.Add(1)
	sh.stats.requests.Add(uint64(len(elems)))
	sh.stats.promRoundTrips.Inc()
	sh.stats.promRequests.Add(float64(len(elems)))
	sh.stats.promBatch.Observe(time.Since(start).Seconds())
	return err
}

// call sends one request with the caller's context, counted as a round trip.
func (sh *shared) call(ctx context.Context, result any, method string, args ...any) error {
	ctx, cancel := context.WithTimeout(ctx, sh.opts.timeout)
	defer cancel()
	start := time.Now()
	err := sh.rpc.CallContext(ctx, result, method, args...)
	sh.stats.roundTrips.Add(1)
	sh.stats.requests.Add(1)
	sh.stats.promRoundTrips.Inc()
	sh.stats.promRequests.Inc()
	sh.stats.promBatch.Observe(time.Since(start).Seconds())
	return err
}

// batchCtx is batch with the caller's context.
func (sh *shared) batchCtx(ctx context.Context, elems []rpc.BatchElem) error {
	ctx, cancel := context.WithTimeout(ctx, sh.opts.timeout)
	defer cancel()
	start := time.Now()
	err := sh.rpc.BatchCallContext(ctx, elems)
	sh.stats.roundTrips.Add(1)
	sh.stats.requests.Add(uint64(len(elems)))
	sh.stats.promRoundTrips.Inc()
	sh.stats.promRequests.Add(float64(len(elems)))
	sh.stats.promBatch.Observe(time.Since(start).Seconds())
	return err
}

// code returns contract code by hash, loading it from addr's eth_getCode at
// the fork's block if the code cache lost it.
func (f *fetcher) code(ctx context.Context, addr common.Address, h common.Hash) ([]byte, error) {
	if h == types.EmptyCodeHash || h == (common.Hash{}) {
		return nil, nil
	}
	if code, ok := f.sh.codes.get(h); ok {
		return code, nil
	}
	var code hexutil.Bytes
	if err := f.sh.call(ctx, &code, "eth_getCode", addr, hexutil.EncodeUint64(f.block)); err != nil {
		return nil, &FetchError{Method: "eth_getCode", Block: f.block, Key: addr.Hex(), Err: classify(err)}
	}
	if got := crypto.Keccak256Hash(code); got != h {
		return nil, &FetchError{Method: "eth_getCode", Block: f.block, Key: addr.Hex(), Err: fmt.Errorf("code hash %s, want %s", got, h)}
	}
	f.sh.codes.put(h, code)
	return code, nil
}
