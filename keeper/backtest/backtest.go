package backtest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/big"
	"net/http"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/rs/zerolog"

	"github.com/keeperkit/keeperkit/keeper/backtest/compete"
	"github.com/keeperkit/keeperkit/keeper/backtest/report"
	"github.com/keeperkit/keeperkit/keeper/config"
	"github.com/keeperkit/keeperkit/keeper/exec"
	"github.com/keeperkit/keeperkit/strategies"
)

// Inclusion models.
const (
	// InclusionAlways counts every opportunity that simulates and pays for
	// itself as landed.
	InclusionAlways = "always"
	// InclusionOutbid counts it landed only if its bid (the priority fee
	// our bundle pays the coinbase: tip per gas × gas used) is strictly
	// greater than what the target block actually paid its coinbase: the
	// coinbase's balance at the target block minus its balance at the
	// block before (priority fees plus direct transfers; the base fee is
	// burnt and not in it). A target block the node does not have counts
	// as having paid 0.
	InclusionOutbid = "outbid"
)

// Config of a backtest.
type Config struct {
	// RPC is the node's JSON-RPC URL (http or https); required.
	RPC string
	// From and To are the inclusive block range; 1 <= From <= To.
	From, To uint64
	// ConfigPath is the keeper's TOML file: its [strategies.NAME] sections,
	// [executor] pricing and address, and chain.chain_id (checked against
	// the node). Its rpc_url is not used.
	ConfigPath string
	// Strategies to run, by name; default every [strategies.NAME] section.
	Strategies []string
	// Sender is the keeper's EOA (strategies simulate from it); default the
	// address of the config's signing key when one is available, else the
	// zero address.
	Sender common.Address
	// Cache is the directory of the RPC cache and the resume checkpoint;
	// "" keeps everything in memory (no resume, every run hits the node).
	Cache string
	// Inclusion is InclusionAlways (default) or InclusionOutbid.
	Inclusion string
	// Hints also delivers each transaction of a block, before the block,
	// as a MEV-Share hint sharing its logs (from its receipt) and calldata,
	// to strategies that subscribe to hints; their backruns (HintHash) are
	// simulated right after it. History does not say which transactions
	// were private: this assumes every one was hinted. Default off.
	Hints bool
	// Workers is the number of worker processes; default 1 (in process).
	Workers int
	// Worker is the command line that starts a worker process, to which
	// the worker flags are appended; default: this executable with
	// "backtest-worker". Only used with Workers > 1.
	Worker []string
	// WorkerEnv is added to the workers' environment.
	WorkerEnv []string
	// AavePools are Aave V3 Pool contracts whose liquidations count as
	// competitors, besides the liquidation strategy's pool.
	AavePools []common.Address
	// Log receives progress and strategy logs; default none.
	Log zerolog.Logger
	// Progress, when set, is called after each block with the blocks done
	// and the total (in this process; workers report nothing).
	Progress func(done, total int)
	// Stats, when set, is filled with what the run cost.
	Stats *Stats
}

// Stats is what a run cost; it is printed, never written to the report
// (it differs between runs and worker counts).
type Stats struct {
	// Blocks replayed in this run (resumed ones excluded), and their
	// transactions.
	Blocks, Txs int
	// Resumed blocks came from the checkpoint.
	Resumed int
	// RPCRequests is the number of HTTP requests sent to the node (all
	// workers), RPCCalls the JSON-RPC calls in them, CacheHits the calls
	// answered from the cache.
	RPCRequests, RPCCalls, CacheHits int64
	Elapsed                          time.Duration
}

func (c *Config) withDefaults() {
	if c.Inclusion == "" {
		c.Inclusion = InclusionAlways
	}
	if c.Workers <= 0 {
		c.Workers = 1
	}
}

// validate checks what can be checked without the node.
func (c *Config) validate() error {
	switch {
	case c.RPC == "":
		return fmt.Errorf("backtest: --rpc is required")
	case !strings.HasPrefix(c.RPC, "http://") && !strings.HasPrefix(c.RPC, "https://"):
		return fmt.Errorf("backtest: --rpc %q: must be an http(s) URL", c.RPC)
	case c.From == 0:
		return fmt.Errorf("%w: --from 0: the genesis block has no parent to fork", ErrRange)
	case c.From > c.To:
		return fmt.Errorf("%w: --from %d is after --to %d", ErrRange, c.From, c.To)
	case c.Inclusion != InclusionAlways && c.Inclusion != InclusionOutbid:
		return fmt.Errorf("%w %q (want %q or %q)", ErrInclusion, c.Inclusion, InclusionAlways, InclusionOutbid)
	case c.ConfigPath == "":
		return fmt.Errorf("backtest: --config is required")
	}
	return nil
}

// plan is what every shard of a run shares, loaded once per process.
type plan struct {
	cfg     Config
	keeper  *config.Config
	names   []string
	pricing exec.Pricing
	hash    string
	book    compete.Book
}

func load(cfg Config) (*plan, error) {
	cfg.withDefaults()
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	src, err := os.ReadFile(cfg.ConfigPath)
	if err != nil {
		return nil, fmt.Errorf("backtest: --config: %w", err)
	}
	kc, err := config.Load(cfg.ConfigPath)
	if err != nil {
		return nil, err
	}
	names := cfg.Strategies
	if len(names) == 0 {
		names = kc.StrategyNames()
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("%w: %s has no [strategies.NAME] section (registered: %s)", ErrStrategy, cfg.ConfigPath, strings.Join(strategies.Names(), ", "))
	}
	names = slices.Clone(names)
	slices.Sort(names)
	names = slices.Compact(names)
	for _, n := range names {
		if !slices.Contains(strategies.Names(), n) {
			return nil, fmt.Errorf("%w %q: unknown (registered: %s)", ErrStrategy, n, strings.Join(strategies.Names(), ", "))
		}
	}
	book, err := bookOf(kc, cfg.AavePools)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(src)
	return &plan{cfg: cfg, keeper: kc, names: names, pricing: pricingOf(kc), hash: hex.EncodeToString(sum[:]), book: book}, nil
}

// pricingOf is the executor's pricing from the [executor] section, as
// `keeper run` builds it.
func pricingOf(cfg *config.Config) exec.Pricing {
	var p exec.Pricing
	if cfg.Executor.MinProfitWei.Int != nil {
		p.MinProfit.SetFromBig(cfg.Executor.MinProfitWei.Int)
	}
	p.MaxFeePerGas.SetFromBig(new(big.Int).Mul(big.NewInt(cfg.Executor.MaxGasPriceGwei), big.NewInt(params.GWei)))
	if cfg.Executor.BuilderTipBps != nil {
		p.TipBps = uint16(*cfg.Executor.BuilderTipBps)
	}
	if cfg.Executor.TipCapWei.Int != nil {
		p.TipCap.SetFromBig(cfg.Executor.TipCapWei.Int)
	}
	return p
}

// Run replays cfg.From..cfg.To and returns the result, with every block,
// opportunity and competitor in order. Errors name the bad value: a range
// that is empty, an unknown strategy, a node that is down or on another
// chain, a replayed transaction that does not match its receipt.
func Run(ctx context.Context, cfg Config) (*report.Result, error) {
	start := time.Now()
	p, err := load(cfg)
	if err != nil {
		return nil, err
	}
	var st Stats
	var shards []*shardResult
	if p.cfg.Workers > 1 && p.cfg.To > p.cfg.From {
		shards, err = runWorkers(ctx, p, &st)
	} else {
		var sr *shardResult
		sr, err = runShard(ctx, p, p.cfg.From, p.cfg.To, p.cfg.Cache, &st)
		shards = []*shardResult{sr}
	}
	if err != nil {
		return nil, err
	}
	res := finalize(p, shards)
	st.Elapsed = time.Since(start)
	if cfg.Stats != nil {
		*cfg.Stats = st
	}
	return res, nil
}

// dial connects to the node through the cache.
func dial(ctx context.Context, url string, c *Cache) (*rpc.Client, error) {
	hc := &http.Client{Transport: c.Transport(nil)}
	rc, err := rpc.DialOptions(ctx, url, rpc.WithHTTPClient(hc))
	if err != nil {
		return nil, fmt.Errorf("backtest: --rpc %s: %w", url, err)
	}
	return rc, nil
}
