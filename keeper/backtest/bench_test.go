package backtest

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"

	"github.com/keeperkit/keeperkit/abis/bindings/keeperexecutor"
	"github.com/keeperkit/keeperkit/sim/devnet"
)

// stressWorld is the stress scenario played on the embedded devnet (an
// archive node) with the keeper's executor deployed, and a keeper config
// with both strategies over it: the range a backtest benchmark replays.
type stressWorld struct {
	node     *devnet.Node
	from, to uint64
	config   string
	sender   common.Address
}

var (
	stressOnce sync.Once
	stressW    *stressWorld
	stressErr  error
)

// stressSizes: 1,000 borrowers and 100 blocks; 10,000 and 500 (the
// scenario's own sizes) with KEEPERKIT_STRESS=1.
func stressSizes() (borrowers, blocks int) {
	if os.Getenv("KEEPERKIT_STRESS") == "1" {
		return 10_000, 500
	}
	return 1_000, 100
}

func buildStress(ctx context.Context, dir string) (*stressWorld, error) {
	sc, err := devnet.LoadScenario("../../configs/scenarios/stress.toml")
	if err != nil {
		return nil, err
	}
	g := *sc.Generate
	g.Borrowers, g.Blocks = stressSizes()
	sc.Generate = &g
	node, err := devnet.Start(ctx, devnet.StressConfig())
	if err != nil {
		return nil, err
	}
	sw, err := playWorld(ctx, node, sc, dir)
	if err != nil {
		node.Close()
		return nil, err
	}
	return sw, nil
}

// playWorld builds scenario sc on node, deploys the keeper's executor
// (owner: account 9), plays the scenario's timeline and writes, in dir, a
// keeper config with both strategies over the world: the range a backtest
// replays. The caller owns node.
func playWorld(ctx context.Context, node *devnet.Node, sc *devnet.Scenario, dir string) (*stressWorld, error) {
	w, err := devnet.Build(ctx, node, sc)
	if err != nil {
		return nil, err
	}
	owner := node.Accounts()[9]
	code := append(hexutil.MustDecode(keeperexecutor.KeeperExecutorMetaData.Bin), keeperexecutor.NewKeeperExecutor().PackConstructor(owner.Address)...)
	executor, _, err := devnet.Deploy(ctx, node, owner, code)
	if err != nil {
		return nil, err
	}
	head, err := node.Client().BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	sw := &stressWorld{node: node, from: head + 1, sender: owner.Address}
	for !w.Done() {
		h, _, err := w.Step(ctx)
		if err != nil {
			return nil, err
		}
		sw.to = h.Number.Uint64()
	}
	var swaps []string
	for _, p := range w.V2.Pairs {
		swaps = append(swaps, fmt.Sprintf("%q", "v2:"+p.Address.Hex()))
	}
	cfg := fmt.Sprintf(`[chain]
rpc_url = %q
chain_id = %d

[executor]
address = %q

[strategies.liquidation]
pool = %q
oracle = %q
weth = %q
swap_pools = [%s]
min_profit_wei = "1000000000000000"

[strategies.arbitrage]
v2_factories = [%q]
weth = %q
`, node.HTTPEndpoint(), node.ChainID(), executor.Hex(), w.Aave.Pool.Hex(), w.Aave.Oracle.Hex(), w.WETH.Hex(), strings.Join(swaps, ", "), w.V2.Factory.Hex(), w.WETH.Hex())
	sw.config = filepath.Join(dir, "keeper.toml")
	if err := os.WriteFile(sw.config, []byte(cfg), 0o644); err != nil {
		return nil, err
	}
	return sw, nil
}

// stress builds the stress world once per test binary (the build takes
// seconds to minutes); the node lives until the process exits.
func stress(b *testing.B) *stressWorld {
	b.Helper()
	stressOnce.Do(func() {
		dir, err := os.MkdirTemp("", "keeperkit-backtest-bench-")
		if err != nil {
			stressErr = err
			return
		}
		stressW, stressErr = buildStress(context.Background(), dir)
	})
	if stressErr != nil {
		b.Fatalf("stress world: %v", stressErr)
	}
	return stressW
}

func (sw *stressWorld) cfg(cache string) Config {
	return Config{RPC: sw.node.HTTPEndpoint(), From: sw.from, To: sw.to, ConfigPath: sw.config, Sender: sw.sender, Cache: cache, Log: zerolog.Nop()}
}

// runBlocks replays b.N blocks of the stress range (whole ranges, the last
// one cut short unless whole is set, then one op is the whole range): one
// op is one block. prepare runs before each range, untimed.
func runBlocks(b *testing.B, sw *stressWorld, cfg Config, whole bool, prepare func()) {
	b.Helper()
	ctx := context.Background()
	span := sw.to - sw.from + 1
	done := 0
	var txs int
	b.ResetTimer()
	start := time.Now()
	for i := 0; (whole && i < b.N) || (!whole && done < b.N); i++ {
		c := cfg
		n := min(uint64(b.N-done), span)
		if whole {
			n = span
		}
		c.To = c.From + n - 1
		b.StopTimer()
		prepare()
		var st Stats
		c.Stats = &st
		b.StartTimer()
		if _, err := Run(ctx, c); err != nil {
			b.Fatal(err)
		}
		done += int(n)
		txs += st.Txs
	}
	el := time.Since(start)
	b.ReportMetric(float64(done)/el.Seconds(), "blocks/s")
	b.ReportMetric(float64(txs)/float64(done), "txs/block")
}

// BenchmarkBacktestBlock: one op is one block of the stress scenario
// replayed (every transaction re-executed and checked against its
// receipt, both strategies fed, their opportunities simulated and priced).
//   - impl=keeperkit: warm, every RPC answer from the disk cache (the
//     checkpoint is removed so that nothing is skipped).
//   - impl=cold: a fresh cache, everything over RPC from the devnet.
//   - impl=anvil-restart: the common practice: `anvil --fork-url RPC
//     --fork-block-number B-1` started per block, B's transactions sent
//     with eth_sendRawTransaction and their receipts awaited; no strategy
//     runs at all. Measured on a few blocks.
func BenchmarkBacktestBlock(b *testing.B) {
	sw := stress(b)
	b.Run("impl=keeperkit", func(b *testing.B) {
		b.ReportAllocs()
		cache := b.TempDir()
		if _, err := Run(context.Background(), sw.cfg(cache)); err != nil { // fill the cache
			b.Fatal(err)
		}
		runBlocks(b, sw, sw.cfg(cache), false, func() { os.Remove(filepath.Join(cache, checkpointFile)) })
	})
	b.Run("impl=cold", func(b *testing.B) {
		b.ReportAllocs()
		runBlocks(b, sw, sw.cfg(""), false, func() {})
	})
	b.Run("impl=anvil-restart", func(b *testing.B) {
		b.ReportAllocs()
		ctx := context.Background()
		var txs int
		start := time.Now()
		for i := 0; i < b.N; i++ {
			n := sw.from + uint64(i)%(sw.to-sw.from+1)
			txs += anvilReplay(b, ctx, sw, n)
		}
		b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "blocks/s")
		b.ReportMetric(float64(txs)/float64(b.N), "txs/block")
	})
}

// anvilReplay forks anvil at n-1, replays block n's transactions through
// its RPC, checks each receipt's status against the node's, and stops it.
func anvilReplay(b *testing.B, ctx context.Context, sw *stressWorld, n uint64) int {
	block, err := sw.node.Client().BlockByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		b.Fatal(err)
	}
	a, err := devnet.StartAnvil(ctx, devnet.AnvilConfig{ChainID: sw.node.ChainID().Uint64(), ForkURL: sw.node.HTTPEndpoint(), ForkBlock: n - 1, GasLimit: block.GasLimit()})
	if err != nil {
		b.Fatal(err)
	}
	defer a.Close()
	var hashes []common.Hash
	for _, tx := range block.Transactions() {
		raw, _ := tx.MarshalBinary()
		var h common.Hash
		if err := a.RPC().CallContext(ctx, &h, "eth_sendRawTransaction", hexutil.Bytes(raw)); err != nil {
			b.Fatalf("anvil: block %d tx %s: %v", n, tx.Hash(), err)
		}
		hashes = append(hashes, h)
	}
	for i, h := range hashes {
		var r *types.Receipt
		deadline := time.Now().Add(30 * time.Second)
		for r == nil {
			r, _ = a.Client().TransactionReceipt(ctx, h)
			if r == nil && time.Now().After(deadline) {
				b.Fatalf("anvil: no receipt for block %d tx %d", n, i)
			}
		}
		want, err := sw.node.Client().TransactionReceipt(ctx, h)
		if err != nil {
			b.Fatal(err)
		}
		if r.Status != want.Status {
			b.Fatalf("anvil: block %d tx %d: status %d, node %d", n, i, r.Status, want.Status)
		}
	}
	return len(hashes)
}

// BenchmarkBacktestWorkers: the whole stress range, warm, in two worker
// processes (impl=keeperkit) against one process (impl=1-worker); one op is
// the whole range (the shards' caches are per range), blocks/s is reported.
func BenchmarkBacktestWorkers(b *testing.B) {
	sw := stress(b)
	for _, tc := range []struct {
		name    string
		workers int
	}{{"impl=keeperkit", 2}, {"impl=1-worker", 1}} {
		b.Run(tc.name, func(b *testing.B) {
			cache := b.TempDir()
			cfg := sw.cfg(cache)
			cfg.Workers, cfg.Worker, cfg.WorkerEnv = tc.workers, []string{os.Args[0]}, []string{workerEnv + "=1"}
			if _, err := Run(context.Background(), cfg); err != nil { // fill the caches
				b.Fatal(err)
			}
			runBlocks(b, sw, cfg, true, func() {
				matches, _ := filepath.Glob(filepath.Join(cache, "*", checkpointFile))
				matches = append(matches, filepath.Join(cache, checkpointFile))
				for _, m := range matches {
					os.Remove(m)
				}
			})
		})
	}
}

// BenchmarkReplayBlock compares the same work on both sides: one op is
// one block of the stress range whose transactions are re-executed on the
// parent's state and checked against the node's receipts, with no
// strategy running. impl=keeperkit: sim/fork from the warm disk cache;
// impl=anvil-restart: anvil forked at the parent per block (a few blocks).
func BenchmarkReplayBlock(b *testing.B) {
	sw := stress(b)
	b.Run("impl=keeperkit", func(b *testing.B) {
		b.ReportAllocs()
		ctx := context.Background()
		cache := b.TempDir()
		p, err := load(sw.cfg(cache))
		if err != nil {
			b.Fatal(err)
		}
		p.names = nil // replay only
		span := sw.to - sw.from + 1
		run := func(n uint64) int {
			os.Remove(filepath.Join(cache, checkpointFile))
			var st Stats
			if _, err := runShard(ctx, p, sw.from, sw.from+n-1, cache, &st); err != nil {
				b.Fatal(err)
			}
			return st.Txs
		}
		run(span) // fill the cache
		b.ResetTimer()
		start := time.Now()
		done, txs := 0, 0
		for done < b.N {
			n := min(uint64(b.N-done), span)
			txs += run(n)
			done += int(n)
		}
		b.ReportMetric(float64(done)/time.Since(start).Seconds(), "blocks/s")
		b.ReportMetric(float64(txs)/float64(done), "txs/block")
	})
	b.Run("impl=anvil-restart", func(b *testing.B) {
		b.ReportAllocs()
		ctx := context.Background()
		start := time.Now()
		txs := 0
		for i := 0; i < b.N; i++ {
			txs += anvilReplay(b, ctx, sw, sw.from+uint64(i)%(sw.to-sw.from+1))
		}
		b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "blocks/s")
		b.ReportMetric(float64(txs)/float64(b.N), "txs/block")
	})
}
