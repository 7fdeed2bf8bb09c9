package fork

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/consensus/misc/eip4844"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/ethereum/go-ethereum/triedb"
)

// shared is what every fork of one lineage (New, then Advance, Advance...)
// has in common: the node, the rules, the counters, the code, the block
// hashes, the registered error ABIs and the disk cache.
type shared struct {
	rpc         *rpc.Client
	opts        options
	chainID     uint64
	chainConfig *params.ChainConfig
	stats       *counters
	codes       *codeCache
	disk        *diskCache
	errs        *errorRegistry
	db          state.Database

	// hashMu guards hashes.
	hashMu sync.Mutex
	hashes map[uint64]common.Hash

	// traceMu guards noTrace: set once the node refused prestateTracer.
	traceMu sync.Mutex
	noTrace bool
}

// jumpDests is the process's JUMPDEST analysis of contract code, by code
// hash, shared by every session of every fork (go-ethereum's bounded,
// concurrent cache, as its block processing shares one). Each session runs a
// new EVM, whose own cache starts empty: without this one, every proof
// analysed the Aave pool's logic libraries again, a fifth of its run.
var jumpDests = sync.OnceValue(core.NewJumpDestCache)

// Fork is the state of a chain at one block, loaded lazily over JSON-RPC
// and cached, on which transactions run with the next block's context.
// Forks are safe for concurrent use: simulations on one Fork share its
// cache; each runs on its own Session (pooled).
type Fork struct {
	sh     *shared
	header *types.Header
	hash   common.Hash
	next   Block
	st     *blockCache
	fetch  *fetcher

	sessions sync.Pool
}

// Block is the context a simulation runs in: by default the block after
// the fork's (see Fork.Next).
type Block struct {
	Number      uint64
	Time        uint64         // Unix seconds
	BaseFee     *big.Int       // wei; nil before London
	BlobBaseFee *big.Int       // wei; nil before Cancun
	Coinbase    common.Address // fee recipient
	PrevRandao  common.Hash    // the pinned block's mix digest: the next one's is unknowable
	GasLimit    uint64
	Difficulty  *big.Int // zero after the merge
}

// BlockOf is the context of block h itself, for running h's transactions
// on the fork at h's parent or for matching eth_call at h.
func BlockOf(cfg *params.ChainConfig, h *types.Header) Block {
	b := Block{
		Number: h.Number.Uint64(), Time: h.Time, Coinbase: h.Coinbase, PrevRandao: h.MixDigest,
		GasLimit: h.GasLimit, Difficulty: new(big.Int).Set(h.Difficulty),
	}
	if h.BaseFee != nil {
		b.BaseFee = new(big.Int).Set(h.BaseFee)
	}
	if h.ExcessBlobGas != nil && cfg.BlobScheduleConfig != nil {
		b.BlobBaseFee = eip4844.CalcBlobFee(cfg, h)
	}
	return b
}

func nextBlock(o *options, cfg *params.ChainConfig, parent *types.Header) Block {
	num := new(big.Int).Add(parent.Number, common.Big1)
	b := Block{
		Number:     num.Uint64(),
		Time:       parent.Time + uint64(o.blockTime.Seconds()),
		Coinbase:   parent.Coinbase,
		PrevRandao: parent.MixDigest,
		GasLimit:   parent.GasLimit,
		Difficulty: new(big.Int).Set(parent.Difficulty),
	}
	if o.coinbase != nil {
		b.Coinbase = *o.coinbase
	}
	if cfg.IsLondon(num) {
		b.BaseFee = eip1559.CalcBaseFee(cfg, parent)
	}
	if cfg.IsCancun(num, b.Time) && cfg.BlobScheduleConfig != nil {
		excess := uint64(0)
		if parent.ExcessBlobGas != nil {
			excess = eip4844.CalcExcessBlobGas(cfg, parent, b.Time)
		}
		b.BlobBaseFee = eip4844.CalcBlobFee(cfg, &types.Header{Number: num, Time: b.Time, ExcessBlobGas: &excess})
	}
	return b
}

// New pins a fork of the chain behind client at a block (WithBlock;
// default latest). It reads the block header and, unless WithChainID, the
// chain ID, in one round trip; with a disk cache holding that block and
// WithChainID, none.
func New(ctx context.Context, client *rpc.Client, opts ...Option) (*Fork, error) {
	o := defaultOptions()
	for _, opt := range opts {
		opt(&o)
	}
	stats, err := newCounters(o.reg)
	if err != nil {
		return nil, fmt.Errorf("fork: metrics: %w", err)
	}
	sh := &shared{
		rpc: client, opts: o, chainID: o.chainID, stats: stats,
		codes:  &codeCache{m: make(map[common.Hash][]byte)},
		errs:   newErrorRegistry(),
		hashes: make(map[uint64]common.Hash),
		db:     state.NewDatabase(triedb.NewDatabase(rawdb.NewMemoryDatabase(), nil), nil),
	}
	var header *types.Header
	var hash common.Hash
	if sh.chainID != 0 && o.block != nil && o.diskDir != "" {
		if sh.disk, err = openDisk(o.diskDir, sh.chainID); err != nil {
			return nil, err
		}
		header, hash = sh.disk.header(*o.block)
	}
	if header == nil {
		blockArg := "latest"
		if o.block != nil {
			blockArg = hexutil.EncodeUint64(*o.block)
		}
		var raw json.RawMessage
		var id hexutil.Uint64
		elems := []rpc.BatchElem{{Method: "eth_getBlockByNumber", Args: []any{blockArg, false}, Result: &raw}}
		if sh.chainID == 0 {
			elems = append(elems, rpc.BatchElem{Method: "eth_chainId", Result: &id})
		}
		blockNum := uint64(0)
		if o.block != nil {
			blockNum = *o.block
		}
		if err := sh.batchCtx(ctx, elems); err != nil {
			return nil, &FetchError{Method: "eth_getBlockByNumber", Block: blockNum, Err: classify(err)}
		}
		if e := firstElemErr(elems); e != nil {
			return nil, &FetchError{Method: e.Method, Block: blockNum, Err: classify(e.Error)}
		}
		blk, err := decodeBlock(raw)
		if err != nil {
			return nil, &FetchError{Method: "eth_getBlockByNumber", Block: blockNum, Err: err}
		}
		header, hash = blk.header, blk.hash
		if sh.chainID == 0 {
			sh.chainID = uint64(id)
		}
	}
	sh.chainConfig = o.chainConfig
	if sh.chainConfig == nil {
		sh.chainConfig = defaultChainConfig(sh.chainID)
	}
	if o.diskDir != "" && sh.disk == nil {
		if sh.disk, err = openDisk(o.diskDir, sh.chainID); err != nil {
			return nil, err
		}
	}
	f := newFork(sh, header, hash, newBlockCache(o.cacheSize, stats))
	if sh.disk != nil {
		if err := sh.disk.load(f); err != nil {
			return nil, err
		}
	}
	return f, nil
}

func newFork(sh *shared, header *types.Header, hash common.Hash, st *blockCache) *Fork {
	f := &Fork{sh: sh, header: header, hash: hash, st: st}
	f.next = nextBlock(&sh.opts, sh.chainConfig, header)
	f.fetch = newFetcher(sh, header.Number.Uint64(), st)
	sh.hashMu.Lock()
	sh.hashes[header.Number.Uint64()] = hash
	sh.hashMu.Unlock()
	if sh.disk != nil {
		sh.disk.putHeader(header, hash)
	}
	return f
}

// defaultChainConfig picks go-ethereum's rules for a known chain ID; for
// any other chain (the devnet, anvil, a private chain) every fork through
// Osaka active from genesis: what the devnet runs and what anvil's "latest"
// (Bpo1) executes.
func defaultChainConfig(id uint64) *params.ChainConfig {
	switch id {
	case 1:
		return params.MainnetChainConfig
	case 11155111:
		return params.SepoliaChainConfig
	case 560048:
		return params.HoodiChainConfig
	}
	cfg := *params.AllDevChainProtocolChanges
	cfg.ChainID = new(big.Int).SetUint64(id)
	cfg.BogotaTime = nil // not scheduled on any network
	return &cfg
}

type rpcBlock struct {
	header      *types.Header
	hash        common.Hash
	txs         []common.Hash
	withdrawals []common.Address
}

func decodeBlock(raw json.RawMessage) (*rpcBlock, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return nil, ErrBlockNotAvailable
	}
	var h types.Header
	if err := json.Unmarshal(raw, &h); err != nil {
		return nil, fmt.Errorf("decode header: %w", err)
	}
	var extra struct {
		Hash         common.Hash   `json:"hash"`
		Transactions []common.Hash `json:"transactions"`
		Withdrawals  []struct {
			Address common.Address `json:"address"`
		} `json:"withdrawals"`
	}
	if err := json.Unmarshal(raw, &extra); err != nil {
		return nil, fmt.Errorf("decode block: %w", err)
	}
	b := &rpcBlock{header: &h, hash: extra.Hash, txs: extra.Transactions}
	if b.hash == (common.Hash{}) {
		b.hash = h.Hash()
	}
	for _, w := range extra.Withdrawals {
		b.withdrawals = append(b.withdrawals, w.Address)
	}
	return b, nil
}

// fetchBlock reads block n's header, hash, transaction hashes and withdrawal recipients.
func (sh *shared) fetchBlock(ctx context.Context, n uint64) (*rpcBlock, error) {
	var raw json.RawMessage
	if err := sh.call(ctx, &raw, "eth_getBlockByNumber", hexutil.EncodeUint64(n), false); err != nil {
		return nil, &FetchError{Method: "eth_getBlockByNumber", Block: n, Err: classify(err)}
	}
	b, err := decodeBlock(raw)
	if err != nil {
		return nil, &FetchError{Method: "eth_getBlockByNumber", Block: n, Err: err}
	}
	sh.hashMu.Lock()
	sh.hashes[n] = b.hash
	sh.hashMu.Unlock()
	return b, nil
}

// blockHash serves the BLOCKHASH opcode: from the lineage's cache, else from
// the node.
func (sh *shared) blockHash(ctx context.Context, n uint64) (common.Hash, error) {
	sh.hashMu.Lock()
	h, ok := sh.hashes[n]
	sh.hashMu.Unlock()
	if ok {
		return h, nil
	}
	b, err := sh.fetchBlock(ctx, n)
	if err != nil {
		return common.Hash{}, err
	}
	return b.hash, nil
}

// Header is the pinned block's header. Do not modify it.
func (f *Fork) Header() *types.Header { return f.header }

// Number is the pinned block's number.
func (f *Fork) Number() uint64 { return f.header.Number.Uint64() }

// Hash is the pinned block's hash as the node reported it.
func (f *Fork) Hash() common.Hash { return f.hash }

// Next is the context simulations run in by default: the block after the
// pinned one (number+1, timestamp+block time, base fee from EIP-1559,
// the configured coinbase, the pinned block's gas limit and prevrandao).
func (f *Fork) Next() Block { return f.next }

// ChainConfig is the rules simulations run under.
func (f *Fork) ChainConfig() *params.ChainConfig { return f.sh.chainConfig }

// ChainID is the chain's EIP-155 ID.
func (f *Fork) ChainID() uint64 { return f.sh.chainID }

// Close releases the disk cache's files, shared by every fork of the
// lineage: call it once, when the last of them is done. Without a disk
// cache it does nothing.
func (f *Fork) Close() error {
	if f.sh.disk == nil {
		return nil
	}
	return f.sh.disk.Close()
}

// Stats returns the counters of this fork's lineage (shared with forks
// advanced from it or to it).
func (f *Fork) Stats() Stats { return f.sh.stats.snapshot() }

// CacheLen is the number of accounts and slots cached for this block.
func (f *Fork) CacheLen() int { return f.st.accounts.len() + f.st.slots.len() }

// Prefetch loads, in as few batches as the batch size allows, the accounts
// and slots of an access list plus extra accounts, skipping what is cached.
// It returns the first error; what did load stays cached.
func (f *Fork) Prefetch(ctx context.Context, al types.AccessList, accounts ...common.Address) error {
	keys := make([]fkey, 0, len(al)+len(accounts))
	for _, a := range accounts {
		keys = append(keys, fkey{kind: kindAccount, addr: a})
	}
	for _, t := range al {
		keys = append(keys, fkey{kind: kindAccount, addr: t.Address})
		for _, s := range t.StorageKeys {
			keys = append(keys, fkey{kind: kindSlot, addr: t.Address, slot: s})
		}
	}
	return f.fetch.prefetch(ctx, keys)
}

// CallMsg is a message to run without a signature (eth_call style).
type CallMsg struct {
	From       common.Address
	To         *common.Address // nil creates a contract
	Gas        uint64          // 0: the block gas limit
	GasPrice   *big.Int        // wei; nil or 0 runs with no base fee, as eth_call
	GasFeeCap  *big.Int        // wei
	GasTipCap  *big.Int        // wei
	Value      *big.Int        // wei
	Data       []byte
	AccessList types.AccessList
}

// PrefetchCall asks the node for msg's access list (eth_createAccessList at
// the pinned block) and prefetches it with the sender, recipient and
// coinbase: two round trips however many slots the call reads.
func (f *Fork) PrefetchCall(ctx context.Context, msg CallMsg) error {
	args := map[string]any{"from": msg.From, "input": hexutil.Bytes(msg.Data)}
	if msg.To != nil {
		args["to"] = *msg.To
	}
	if msg.Value != nil {
		args["value"] = (*hexutil.Big)(msg.Value)
	}
	if msg.Gas != 0 {
		args["gas"] = hexutil.Uint64(msg.Gas)
	}
	var res struct {
		AccessList types.AccessList `json:"accessList"`
		Error      string           `json:"error"`
	}
	if err := f.sh.call(ctx, &res, "eth_createAccessList", args, hexutil.EncodeUint64(f.Number())); err != nil {
		return &FetchError{Method: "eth_createAccessList", Block: f.Number(), Err: classify(err)}
	}
	extra := []common.Address{msg.From, f.next.Coinbase}
	if msg.To != nil {
		extra = append(extra, *msg.To)
	}
	return f.Prefetch(ctx, res.AccessList, extra...)
}

// PrefetchBundle asks the node for the access list of each transaction
// (eth_createAccessList at the pinned block, all in one batch) and
// prefetches their union with the senders, recipients and coinbase, in
// one more batch. Transactions that depend on earlier ones in the bundle
// may read a few keys the lists miss; those load lazily. A node that
// cannot make access lists costs this one round trip and nothing else.
func (f *Fork) PrefetchBundle(ctx context.Context, txs []*types.Transaction) error {
	signer := types.LatestSignerForChainID(new(big.Int).SetUint64(f.sh.chainID))
	blockArg := hexutil.EncodeUint64(f.Number())
	type alResult struct {
		AccessList types.AccessList `json:"accessList"`
	}
	results := make([]alResult, len(txs))
	elems := make([]rpc.BatchElem, 0, len(txs))
	extra := []common.Address{f.next.Coinbase}
	for i, tx := range txs {
		from, err := types.Sender(signer, tx)
		if err != nil {
			return fmt.Errorf("fork: prefetch bundle: tx %d: %w", i, err)
		}
		args := map[string]any{"from": from, "input": hexutil.Bytes(tx.Data()), "gas": hexutil.Uint64(tx.Gas()),
			"value": (*hexutil.Big)(tx.Value())}
		extra = append(extra, from)
		if tx.To() != nil {
			args["to"] = *tx.To()
			extra = append(extra, *tx.To())
		}
		elems = append(elems, rpc.BatchElem{Method: "eth_createAccessList", Args: []any{args, blockArg}, Result: &results[i]})
	}
	if len(elems) > 0 {
		if err := f.sh.batchCtx(ctx, elems); err != nil {
			return &FetchError{Method: "eth_createAccessList", Block: f.Number(), Err: classify(err)}
		}
	}
	var al types.AccessList
	for i := range results {
		if elems[i].Error == nil {
			al = append(al, results[i].AccessList...)
		}
	}
	return f.Prefetch(ctx, al, extra...)
}
