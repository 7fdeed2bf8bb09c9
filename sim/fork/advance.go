package fork

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"
)

// maxTraceGap is the most blocks Advance traces or proves in one step;
// a longer jump starts from an empty cache (disk cache aside).
const maxTraceGap = 16

// systemContracts are written by the protocol outside of any transaction
// (EIP-4788 beacon roots, EIP-2935 block hashes, EIP-7002 and EIP-7251
// request queues), so no transaction trace shows those writes: Advance
// always drops them.
var systemContracts = []common.Address{
	params.BeaconRootsAddress, params.HistoryStorageAddress,
	params.WithdrawalQueueAddress, params.ConsolidationQueueAddress,
}

// dirty is what a range of blocks changed, as far as the cache cares.
type dirty struct {
	accounts map[common.Address]bool                 // balance, nonce or code may have changed
	allSlots map[common.Address]bool                 // any slot may have changed
	slots    map[common.Address]map[common.Hash]bool // these slots may have changed
	// values are the changed slots' values after the range, where the
	// trace gave them (its post state); a slot of an address in allSlots
	// has none.
	values map[slotKey]common.Hash
	// fields are the changed accounts' balance and nonce after the range,
	// where the trace gave them; refetch are the changed accounts whose
	// new state the trace does not give (created, destroyed, new code,
	// changed outside any transaction): read again from the node.
	fields  map[common.Address]*acctFields
	refetch map[common.Address]bool
}

// acctFields is what transactions set of an account: nil is unchanged.
type acctFields struct {
	balance *uint256.Int
	nonce   *uint64
}

func newDirty() *dirty {
	return &dirty{
		fields:   make(map[common.Address]*acctFields),
		refetch:  make(map[common.Address]bool),
		accounts: make(map[common.Address]bool),
		allSlots: make(map[common.Address]bool),
		slots:    make(map[common.Address]map[common.Hash]bool),
		values:   make(map[slotKey]common.Hash),
	}
}

// account is a's state after the range from its state before (old), when
// the trace gave every field that changed.
func (d *dirty) account(a common.Address, old account) (account, bool) {
	f := d.fields[a]
	if d.refetch[a] || f == nil {
		return account{}, false
	}
	if f.balance != nil {
		old.balance = *f.balance
	}
	if f.nonce != nil {
		old.nonce = *f.nonce
	}
	old.exists = old.exists || old.nonce != 0 || !old.balance.IsZero()
	return old, true
}

// changed notes a's fields as a transaction's post state gives them;
// what it cannot read, or new code, makes a refetched.
func (d *dirty) changed(a common.Address, post *diffAccount) {
	d.accounts[a] = true
	if len(post.Code) > 0 || len(post.CodeHash) > 0 {
		d.refetch[a] = true
		return
	}
	f := d.fields[a]
	if f == nil {
		f = &acctFields{}
		d.fields[a] = f
	}
	if len(post.Balance) > 0 {
		var b hexutil.Big
		if json.Unmarshal(post.Balance, &b) != nil {
			d.refetch[a] = true
			return
		}
		v, overflow := uint256.FromBig((*big.Int)(&b))
		if overflow || (*big.Int)(&b).Sign() < 0 {
			d.refetch[a] = true
			return
		}
		f.balance = v
	}
	if len(post.Nonce) > 0 {
		n, ok := nonceValue(post.Nonce)
		if !ok {
			d.refetch[a] = true
			return
		}
		f.nonce = &n
	}
}

// nonceValue reads a tracer's nonce: a JSON number (geth) or a hex string.
func nonceValue(raw json.RawMessage) (uint64, bool) {
	var n uint64
	if json.Unmarshal(raw, &n) == nil {
		return n, true
	}
	var h hexutil.Uint64
	if json.Unmarshal(raw, &h) == nil {
		return uint64(h), true
	}
	return 0, false
}

// value is the slot's value after the range, when the trace gave it.
func (d *dirty) value(k slotKey) (common.Hash, bool) {
	if d.allSlots[k.addr] {
		return common.Hash{}, false
	}
	v, ok := d.values[k]
	return v, ok
}

func (d *dirty) slot(a common.Address, s common.Hash) {
	m := d.slots[a]
	if m == nil {
		m = make(map[common.Hash]bool)
		d.slots[a] = m
	}
	m[s] = true
}

func (d *dirty) slotDirty(k slotKey) bool {
	return d.allSlots[k.addr] || d.slots[k.addr][k.slot]
}

// Advance returns a fork at block n (above f's), carrying over f's cache
// except what blocks f.Number()+1..n changed; see the package doc for how.
// f stays usable. Counters, code, block hashes, ABIs and the disk cache
// are shared with the new fork.
func (f *Fork) Advance(ctx context.Context, n uint64) (*Fork, error) {
	from := f.Number()
	if n <= from {
		return nil, fmt.Errorf("%w: at %d, asked for %d", ErrBadAdvance, from, n)
	}
	sh := f.sh
	mode := sh.opts.invalidation
	if n-from > maxTraceGap {
		mode = InvalidateAll
	}
	var (
		d      *dirty
		blocks []*rpcBlock
		err    error
	)
	switch mode {
	case InvalidateAuto, InvalidateTrace:
		sh.traceMu.Lock()
		noTrace := sh.noTrace
		sh.traceMu.Unlock()
		if !noTrace || mode == InvalidateTrace {
			d, blocks, err = f.traceDirty(ctx, from, n)
			if err == nil || mode == InvalidateTrace {
				break
			}
			var fe *FetchError
			if errors.As(err, &fe) && errors.Is(fe.Err, ErrBlockNotAvailable) {
				return nil, err
			}
			sh.opts.log.Debug().Err(err).Msg("trace invalidation unavailable, using proofs")
		}
		d, blocks, err = f.proofDirty(ctx, from, n)
	case InvalidateProof:
		d, blocks, err = f.proofDirty(ctx, from, n)
	case InvalidateAll:
		var b *rpcBlock
		b, err = sh.fetchBlock(ctx, n)
		blocks = []*rpcBlock{b}
	}
	if err != nil {
		return nil, err
	}
	last := blocks[len(blocks)-1]
	if last.header.Number.Uint64() != n {
		return nil, &FetchError{Method: "eth_getBlockByNumber", Block: n, Err: fmt.Errorf("node returned block %d", last.header.Number)}
	}
	if d != nil {
		// Carrying the cache over is only right on f's own branch.
		if err := descends(f.hash, from, blocks); err != nil {
			return nil, err
		}
	}
	st := newBlockCache(sh.opts.cacheSize, sh.stats)
	var refresh []fkey
	if d != nil {
		for _, b := range blocks {
			// Before the merge a block pays its coinbase a reward outside
			// any transaction; after it, only the transactions' tips,
			// which their traces show.
			if b.header.Difficulty != nil && b.header.Difficulty.Sign() != 0 {
				d.accounts[b.header.Coinbase], d.refetch[b.header.Coinbase] = true, true
			}
			for _, w := range b.withdrawals {
				d.accounts[w], d.refetch[w] = true, true
			}
		}
		for _, a := range systemContracts {
			d.accounts[a], d.refetch[a] = true, true
			d.allSlots[a] = true
		}
		var kept, dropped uint64
		f.st.accounts.each(func(a common.Address, acct account) {
			if d.accounts[a] {
				// Balance and nonce from the trace's post state: the
				// block's coinbase, its senders, need no read.
				if now, ok := d.account(a, acct); ok {
					st.accounts.put(a, now)
					kept++
					return
				}
				dropped++
				refresh = append(refresh, fkey{kind: kindAccount, addr: a})
				return
			}
			st.accounts.put(a, acct)
			kept++
		})
		f.st.slots.each(func(k slotKey, v common.Hash) {
			if d.slotDirty(k) {
				dropped++
				if _, ok := d.value(k); !ok {
					refresh = append(refresh, fkey{kind: kindSlot, addr: k.addr, slot: k.slot})
				}
				return
			}
			st.slots.put(k, v)
			kept++
		})
		// Slots the blocks wrote, with their values after the blocks: no
		// read needed (the trace's post state is the node's own).
		for k := range d.values {
			if v, ok := d.value(k); ok {
				st.slots.put(k, v)
			}
		}
		sh.stats.kept.Add(kept)
		sh.stats.invalidated.Add(dropped)
	} else {
		sh.stats.invalidated.Add(uint64(f.CacheLen()))
	}
	nf := newFork(sh, last.header, last.hash, st)
	if sh.disk != nil {
		if err := sh.disk.load(nf); err != nil {
			return nil, err
		}
	}
	if sh.opts.refresh && len(refresh) > 0 {
		// On the wire while the caller goes on: a simulation that reads
		// one of them waits for that answer only, never asks twice.
		nf.fetch.start(refresh)
	}
	return nf, nil
}

// descends checks that blocks, from+1 upward, each name the one before as
// parent, the first one the fork's block (hash): else a reorg replaced a
// block the cache was read at.
func descends(hash common.Hash, from uint64, blocks []*rpcBlock) error {
	for i, b := range blocks {
		if b.header.ParentHash != hash {
			return fmt.Errorf("%w: block %d has parent %s, the fork has %s at %d", ErrNotOnBranch,
				b.header.Number.Uint64(), b.header.ParentHash, hash, from+uint64(i))
		}
		hash = b.hash
	}
	return nil
}

// prestate is one transaction's prestateTracer result in diff mode.
type prestate struct {
	Pre  map[common.Address]diffAccount `json:"pre"`
	Post map[common.Address]diffAccount `json:"post"`
}

// diffAccount is one account of a prestateTracer diff. In post, an
// account lists only what the transaction changed: balance, nonce, code
// (and codeHash) when they moved, and each slot written to a non-zero
// value; a slot in pre but not in post was cleared to zero, an account in
// pre but not in post was destroyed.
type diffAccount struct {
	Balance  json.RawMessage                 `json:"balance"`
	Nonce    json.RawMessage                 `json:"nonce"`
	Code     json.RawMessage                 `json:"code"`
	CodeHash json.RawMessage                 `json:"codeHash"`
	Storage  map[common.Hash]json.RawMessage `json:"storage"`
}

// slotValue parses a tracer's slot value ("0x" and up to 64 hex digits);
// false when it cannot (the slot is then refetched).
func slotValue(raw json.RawMessage) (common.Hash, bool) {
	var s string
	if json.Unmarshal(raw, &s) != nil || !strings.HasPrefix(s, "0x") {
		return common.Hash{}, false
	}
	s = s[2:]
	if len(s)%2 == 1 {
		s = "0" + s
	}
	b, err := hex.DecodeString(s)
	if err != nil || len(b) > 32 {
		return common.Hash{}, false
	}
	return common.BytesToHash(b), true
}

// fieldsChanged reports whether a post-state account moved its balance,
// nonce or code.
func (a *diffAccount) fieldsChanged() bool {
	return len(a.Balance) > 0 || len(a.Nonce) > 0 || len(a.Code) > 0 || len(a.CodeHash) > 0
}

type txTrace struct {
	Result *prestate `json:"result"`
	Error  string    `json:"error"`
}

// traceDirty asks for every block in (from, to] and its prestateTracer
// diff in one batch.
func (f *Fork) traceDirty(ctx context.Context, from, to uint64) (*dirty, []*rpcBlock, error) {
	count := int(to - from)
	raws := make([]json.RawMessage, count)
	traces := make([][]txTrace, count)
	elems := make([]rpc.BatchElem, 0, 2*count)
	cfg := map[string]any{"tracer": "prestateTracer", "tracerConfig": map[string]any{"diffMode": true}}
	for i := 0; i < count; i++ {
		num := hexutil.EncodeUint64(from + 1 + uint64(i))
		elems = append(elems,
			rpc.BatchElem{Method: "eth_getBlockByNumber", Args: []any{num, false}, Result: &raws[i]},
			rpc.BatchElem{Method: "debug_traceBlockByNumber", Args: []any{num, cfg}, Result: &traces[i]})
	}
	if err := f.sh.batchCtx(ctx, elems); err != nil {
		return nil, nil, &FetchError{Method: "debug_traceBlockByNumber", Block: to, Err: classify(err)}
	}
	blocks := make([]*rpcBlock, count)
	d := newDirty()
	for i := 0; i < count; i++ {
		num := from + 1 + uint64(i)
		if e := elems[2*i].Error; e != nil {
			return nil, nil, &FetchError{Method: "eth_getBlockByNumber", Block: num, Err: classify(e)}
		}
		b, err := decodeBlock(raws[i])
		if err != nil {
			return nil, nil, &FetchError{Method: "eth_getBlockByNumber", Block: num, Err: err}
		}
		blocks[i] = b
		if e := elems[2*i+1].Error; e != nil {
			f.noteTraceError(e)
			return nil, nil, &FetchError{Method: "debug_traceBlockByNumber", Block: num, Err: classify(e)}
		}
		if len(traces[i]) != len(b.txs) {
			return nil, nil, &FetchError{Method: "debug_traceBlockByNumber", Block: num,
				Err: fmt.Errorf("%d traces for %d transactions", len(traces[i]), len(b.txs))}
		}
		for j, t := range traces[i] {
			if t.Result == nil {
				return nil, nil, &FetchError{Method: "debug_traceBlockByNumber", Block: num,
					Err: fmt.Errorf("tx %d: no trace: %s", j, t.Error)}
			}
			// Transactions in order: a later one's values replace an
			// earlier one's.
			for a, acct := range t.Result.Pre {
				post, inPost := t.Result.Post[a]
				if !inPost {
					// Deleted (or a tracer that lists it only before): any slot may be gone.
					d.accounts[a], d.refetch[a] = true, true
					d.allSlots[a] = true
				} else if post.fieldsChanged() {
					d.changed(a, &post)
				}
				for s := range acct.Storage {
					// Its value is known only if post lists it (a slot cleared
					// to zero is refetched: trust no tracer's omission).
					d.slot(a, s)
					delete(d.values, slotKey{a, s})
				}
			}
			for a, acct := range t.Result.Post {
				if _, ok := t.Result.Pre[a]; !ok {
					d.accounts[a], d.refetch[a] = true, true // created
				} else if acct.fieldsChanged() {
					d.changed(a, &acct)
				}
				for s, raw := range acct.Storage {
					d.slot(a, s)
					if v, ok := slotValue(raw); ok {
						d.values[slotKey{a, s}] = v
					} else {
						delete(d.values, slotKey{a, s})
					}
				}
			}
		}
	}
	for _, b := range blocks {
		f.sh.hashMu.Lock()
		f.sh.hashes[b.header.Number.Uint64()] = b.hash
		f.sh.hashMu.Unlock()
	}
	return d, blocks, nil
}

// noteTraceError remembers that the node does not serve the tracer, so that
// later Advances go straight to proofs.
func (f *Fork) noteTraceError(err error) {
	var re rpc.Error
	msg := strings.ToLower(err.Error())
	if (errors.As(err, &re) && re.ErrorCode() == -32601) || strings.Contains(msg, "not supported") ||
		strings.Contains(msg, "unsupported") || strings.Contains(msg, "does not exist") || strings.Contains(msg, "not found") {
		f.sh.traceMu.Lock()
		f.sh.noTrace = true
		f.sh.traceMu.Unlock()
	}
}

type proofResult struct {
	Balance     *hexutil.Big   `json:"balance"`
	Nonce       hexutil.Uint64 `json:"nonce"`
	CodeHash    common.Hash    `json:"codeHash"`
	StorageHash common.Hash    `json:"storageHash"`
}

// proofDirty compares eth_getProof of every cached address at from and at
// to: an address whose storage root did not move kept all its slots; one
// whose balance, nonce or code hash did not move kept its account.
func (f *Fork) proofDirty(ctx context.Context, from, to uint64) (*dirty, []*rpcBlock, error) {
	addrs := make(map[common.Address]bool)
	f.st.accounts.each(func(a common.Address, _ account) { addrs[a] = true })
	f.st.slots.each(func(k slotKey, _ common.Hash) { addrs[k.addr] = true })
	list := make([]common.Address, 0, len(addrs))
	for a := range addrs {
		list = append(list, a)
	}
	count := int(to - from)
	raws := make([]json.RawMessage, count)
	var elems []rpc.BatchElem
	for i := 0; i < count; i++ {
		elems = append(elems, rpc.BatchElem{Method: "eth_getBlockByNumber", Args: []any{hexutil.EncodeUint64(from + 1 + uint64(i)), false}, Result: &raws[i]})
	}
	olds := make([]proofResult, len(list))
	news := make([]proofResult, len(list))
	fromArg, toArg := hexutil.EncodeUint64(from), hexutil.EncodeUint64(to)
	for i, a := range list {
		elems = append(elems,
			rpc.BatchElem{Method: "eth_getProof", Args: []any{a, []common.Hash{}, fromArg}, Result: &olds[i]},
			rpc.BatchElem{Method: "eth_getProof", Args: []any{a, []common.Hash{}, toArg}, Result: &news[i]})
	}
	for start := 0; start < len(elems); start += f.sh.opts.maxBatch {
		end := min(start+f.sh.opts.maxBatch, len(elems))
		if err := f.sh.batchCtx(ctx, elems[start:end]); err != nil {
			return nil, nil, &FetchError{Method: "eth_getProof", Block: to, Err: classify(err)}
		}
	}
	blocks := make([]*rpcBlock, count)
	for i := 0; i < count; i++ {
		num := from + 1 + uint64(i)
		if e := elems[i].Error; e != nil {
			return nil, nil, &FetchError{Method: "eth_getBlockByNumber", Block: num, Err: classify(e)}
		}
		b, err := decodeBlock(raws[i])
		if err != nil {
			return nil, nil, &FetchError{Method: "eth_getBlockByNumber", Block: num, Err: err}
		}
		blocks[i] = b
	}
	d := newDirty()
	for i, a := range list {
		eo, en := elems[count+2*i], elems[count+2*i+1]
		if eo.Error != nil || en.Error != nil {
			e := eo
			if e.Error == nil {
				e = en
			}
			return nil, nil, &FetchError{Method: "eth_getProof", Block: to, Key: a.Hex(), Err: classify(e.Error)}
		}
		o, nw := &olds[i], &news[i]
		if o.StorageHash != nw.StorageHash {
			d.allSlots[a] = true
		}
		if o.Nonce != nw.Nonce || o.CodeHash != nw.CodeHash || o.Balance == nil || nw.Balance == nil ||
			o.Balance.ToInt().Cmp(nw.Balance.ToInt()) != 0 {
			d.accounts[a] = true
		}
	}
	return d, blocks, nil
}
