package backtest

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/sync/errgroup"
)

// WorkerCommand is the keeper subcommand a worker process runs; the
// parent appends the flags WorkerMain parses.
const WorkerCommand = "backtest-worker"

// workerOut is what a worker writes to its --result file.
type workerOut struct {
	Shard *shardResult `json:"shard"`
	Stats Stats        `json:"stats"`
}

// shardRanges splits from..to into k contiguous ranges of near-equal size.
func shardRanges(from, to uint64, k int) [][2]uint64 {
	n := to - from + 1
	if uint64(k) > n {
		k = int(n)
	}
	out := make([][2]uint64, 0, k)
	start := from
	for i := 0; i < k; i++ {
		size := n / uint64(k)
		if uint64(i) < n%uint64(k) {
			size++
		}
		out = append(out, [2]uint64{start, start + size - 1})
		start += size
	}
	return out
}

// runWorkers runs each shard in its own process (each with the cache
// directory shard-K under the run's cache) and reads their results back.
func runWorkers(ctx context.Context, p *plan, st *Stats) ([]*shardResult, error) {
	argv := p.cfg.Worker
	if len(argv) == 0 {
		exe, err := os.Executable()
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrWorker, err)
		}
		argv = []string{exe, WorkerCommand}
	}
	tmp, err := os.MkdirTemp("", "keeper-backtest-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	ranges := shardRanges(p.cfg.From, p.cfg.To, p.cfg.Workers)
	outs := make([]*workerOut, len(ranges))
	g, gctx := errgroup.WithContext(ctx)
	for i, rg := range ranges {
		args := []string{
			"--rpc", p.cfg.RPC, "--from", strconv.FormatUint(rg[0], 10), "--to", strconv.FormatUint(rg[1], 10),
			"--config", p.cfg.ConfigPath, "--inclusion", p.cfg.Inclusion, "--sender", p.cfg.Sender.Hex(),
			"--result", filepath.Join(tmp, fmt.Sprintf("shard-%d.json", i)),
		}
		if p.cfg.Cache != "" {
			args = append(args, "--cache", filepath.Join(p.cfg.Cache, fmt.Sprintf("shard-%d", i)))
		}
		for _, s := range p.names {
			args = append(args, "--strategy", s)
		}
		if p.cfg.Hints {
			args = append(args, "--hints")
		}
		for _, a := range p.cfg.AavePools {
			args = append(args, "--aave-pool", a.Hex())
		}
		g.Go(func() error {
			cmd := exec.CommandContext(gctx, argv[0], append(append([]string(nil), argv[1:]...), args...)...)
			cmd.Env = append(os.Environ(), p.cfg.WorkerEnv...)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Run(); err != nil {
				msg := strings.TrimSpace(stderr.String())
				if len(msg) > 2000 {
					msg = msg[len(msg)-2000:]
				}
				return fmt.Errorf("%w: shard %d (blocks %d..%d): %v: %s", ErrWorker, i, rg[0], rg[1], err, msg)
			}
			raw, err := os.ReadFile(filepath.Join(tmp, fmt.Sprintf("shard-%d.json", i)))
			if err != nil {
				return fmt.Errorf("%w: shard %d: %w", ErrWorker, i, err)
			}
			var o workerOut
			if err := json.Unmarshal(raw, &o); err != nil || o.Shard == nil {
				return fmt.Errorf("%w: shard %d: bad result file: %v", ErrWorker, i, err)
			}
			outs[i] = &o
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	shards := make([]*shardResult, len(outs))
	for i, o := range outs {
		shards[i] = o.Shard
		st.Blocks += o.Stats.Blocks
		st.Txs += o.Stats.Txs
		st.Resumed += o.Stats.Resumed
		st.RPCRequests += o.Stats.RPCRequests
		st.RPCCalls += o.Stats.RPCCalls
		st.CacheHits += o.Stats.CacheHits
	}
	return shards, nil
}

type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

// WorkerMain is a worker process: it replays one shard, given by the flags
// runWorkers passes, and writes the shard's result to --result.
func WorkerMain(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet(WorkerCommand, flag.ContinueOnError)
	var cfg Config
	var from, to uint64
	var sender, result string
	var strats, aave multiFlag
	fs.StringVar(&cfg.RPC, "rpc", "", "")
	fs.Uint64Var(&from, "from", 0, "")
	fs.Uint64Var(&to, "to", 0, "")
	fs.StringVar(&cfg.ConfigPath, "config", "", "")
	fs.StringVar(&cfg.Inclusion, "inclusion", "", "")
	fs.StringVar(&cfg.Cache, "cache", "", "")
	fs.StringVar(&sender, "sender", "", "")
	fs.StringVar(&result, "result", "", "")
	fs.Var(&strats, "strategy", "")
	fs.Var(&aave, "aave-pool", "")
	fs.BoolVar(&cfg.Hints, "hints", false, "")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if result == "" {
		return fmt.Errorf("%w: --result is required", ErrWorker)
	}
	cfg.From, cfg.To, cfg.Strategies = from, to, strats
	for _, a := range aave {
		cfg.AavePools = append(cfg.AavePools, common.HexToAddress(a))
	}
	if sender != "" {
		cfg.Sender = common.HexToAddress(sender)
	}
	p, err := load(cfg)
	if err != nil {
		return err
	}
	var st Stats
	sr, err := runShard(ctx, p, from, to, cfg.Cache, &st)
	if err != nil {
		return err
	}
	raw, err := json.Marshal(workerOut{Shard: sr, Stats: st})
	if err != nil {
		return err
	}
	if err := os.WriteFile(result+".tmp", raw, 0o644); err != nil {
		return err
	}
	return os.Rename(result+".tmp", result)
}
