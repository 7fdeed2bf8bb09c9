package fork

import (
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"
)

// Invalidation says how Advance finds what a block changed.
type Invalidation int

const (
	// InvalidateAuto uses traces when the node serves them, else proofs.
	InvalidateAuto Invalidation = iota
	// InvalidateTrace drops what debug_traceBlockByNumber's prestateTracer
	// (diffMode) reports as changed.
	InvalidateTrace
	// InvalidateProof compares every cached account's eth_getProof at the
	// old and the new block and keeps the storage of those whose storage
	// root did not move.
	InvalidateProof
	// InvalidateAll drops the whole cache (code excepted).
	InvalidateAll
)

type options struct {
	block            *uint64
	chainID          uint64
	chainConfig      *params.ChainConfig
	cacheSize        int
	reg              prometheus.Registerer
	diskDir          string
	timeout          time.Duration
	maxBatch         int
	batchConcurrency int
	invalidation     Invalidation
	refresh          bool
	blockTime        time.Duration
	coinbase         *common.Address
	log              zerolog.Logger
}

func defaultOptions() options {
	return options{
		cacheSize:        1 << 20,
		timeout:          10 * time.Second,
		maxBatch:         300,
		batchConcurrency: 4,
		refresh:          true,
		blockTime:        12 * time.Second,
		log:              zerolog.Nop(),
	}
}

// Option configures New.
type Option func(*options)

// WithBlock pins the fork to block n. Default: the node's latest block at New.
func WithBlock(n uint64) Option { return func(o *options) { o.block = &n } }

// WithChainID sets the chain ID instead of asking eth_chainId (with
// WithBlock and a disk cache, a re-run then needs no RPC at all).
func WithChainID(id uint64) Option { return func(o *options) { o.chainID = id } }

// WithChainConfig sets the fork rules. Default: go-ethereum's config for
// mainnet, Sepolia and Hoodi by chain ID; for any other chain, every fork
// through Osaka from genesis with the chain's ID (what the devnet and
// anvil run).
func WithChainConfig(cfg *params.ChainConfig) Option { return func(o *options) { o.chainConfig = cfg } }

// WithCacheSize bounds the cache of one block, in storage slots (accounts
// get a quarter of it). Default 1,048,576.
func WithCacheSize(n int) Option { return func(o *options) { o.cacheSize = n } }

// WithRegisterer registers the fork's Prometheus metrics
// (keeper_fork_*). Default: not registered.
func WithRegisterer(reg prometheus.Registerer) Option { return func(o *options) { o.reg = reg } }

// WithDiskCache keeps every fetched value under dir, one file per chain
// and block, and loads it back at New and Advance. Default: memory only.
func WithDiskCache(dir string) Option { return func(o *options) { o.diskDir = dir } }

// WithTimeout bounds each JSON-RPC exchange. Default 10 s.
func WithTimeout(d time.Duration) Option { return func(o *options) { o.timeout = d } }

// WithMaxBatch bounds the requests in one JSON-RPC batch. Default 300
// (geth serves up to 1,000).
func WithMaxBatch(n int) Option { return func(o *options) { o.maxBatch = n } }

// WithBatchConcurrency bounds the batches on the wire at once. Default 4.
func WithBatchConcurrency(n int) Option { return func(o *options) { o.batchConcurrency = n } }

// WithInvalidation sets how Advance finds what changed. Default InvalidateAuto.
func WithInvalidation(inv Invalidation) Option { return func(o *options) { o.invalidation = inv } }

// WithRefresh makes Advance refetch, in one batch, the cached entries the
// new block invalidated, so that the first simulation at the new block
// finds them warm. Default true.
func WithRefresh(on bool) Option { return func(o *options) { o.refresh = on } }

// WithBlockTime is the gap between the pinned block's timestamp and the
// next block's. Default 12 s.
func WithBlockTime(d time.Duration) Option { return func(o *options) { o.blockTime = d } }

// WithCoinbase sets the next block's fee recipient. Default: the pinned
// block's coinbase.
func WithCoinbase(a common.Address) Option { return func(o *options) { o.coinbase = &a } }

// WithLogger sets the logger. Default: none.
func WithLogger(l zerolog.Logger) Option { return func(o *options) { o.log = l } }
