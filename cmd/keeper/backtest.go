package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/keeperkit/keeperkit/keeper/backtest"
	"github.com/keeperkit/keeperkit/keeper/backtest/compete"
	"github.com/keeperkit/keeperkit/keeper/backtest/report"
)

func backtestCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "backtest",
		Usage: "replay a block range and report what strategies would have earned",
		Description: "Replays blocks --from..--to of the chain behind --rpc on forks: each block's transactions are\n" +
			"re-executed and checked against the node's receipts, the strategies of --config get the\n" +
			"events they would have seen live, and what they find is simulated where it would land,\n" +
			"priced with the [executor] settings and counted as landed under --inclusion.\n" +
			"Everything read from the node is cached under --cache: a second run makes no RPC request,\n" +
			"and an interrupted run resumes where it stopped.\n\n" +
			"Example: keeper backtest --rpc http://127.0.0.1:8545 --from 100 --to 400 --config keeper.toml --out bt\n\n" +
			"Shards run as independent jobs (one --from/--to slice each, on any machine) are joined by\n" +
			"`keeper backtest merge --out DIR SHARD_DIR...` into the report of the whole range.",
		Subcommands: []*cli.Command{backtestMergeCommand(e)},
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "rpc", Usage: "the node's JSON-RPC URL (http or https; an archive node for old blocks)"},
			&cli.Uint64Flag{Name: "from", Usage: "first block to replay"},
			&cli.Uint64Flag{Name: "to", Usage: "last block to replay (inclusive)"},
			&cli.StringFlag{Name: "config", Usage: "the keeper's TOML file (strategies, executor pricing, chain_id)"},
			&cli.StringSliceFlag{Name: "strategy", Usage: "strategy to run (repeatable); default every [strategies.NAME] section"},
			&cli.StringFlag{Name: "out", Value: "backtest-out", Usage: "report directory"},
			&cli.StringFlag{Name: "cache", Value: ".keeper-backtest-cache", Usage: "RPC cache and checkpoint directory; \"\" for none"},
			&cli.StringFlag{Name: "inclusion", Value: backtest.InclusionAlways, Usage: "always, or outbid (landed only if our bid beats what the block paid its coinbase)"},
			&cli.IntFlag{Name: "workers", Value: 1, Usage: "worker processes, each replaying one shard of the range"},
			&cli.BoolFlag{Name: "hints", Usage: "also deliver each transaction as a MEV-Share hint sharing its logs (for strategies with hint backruns)"},
			&cli.StringSliceFlag{Name: "aave-pool", Usage: "an Aave V3 Pool whose liquidations count as competitors (repeatable; the liquidation strategy's pool always does)"},
			&cli.StringFlag{Name: "sender", Usage: "the keeper's EOA (default: the config's signing key's address, if it can be loaded)"},
		},
		Action: func(c *cli.Context) error {
			// Checked here, not by the flags' Required: urfave/cli would
			// demand them of the merge subcommand too.
			var missing []string
			for _, f := range []string{"rpc", "from", "to", "config"} {
				if !c.IsSet(f) {
					missing = append(missing, "--"+f)
				}
			}
			if len(missing) > 0 {
				return fail(exitUnavailable, "backtest: %s required (keeper backtest --help)", strings.Join(missing, ", "))
			}
			cfg := backtest.Config{
				RPC: c.String("rpc"), From: c.Uint64("from"), To: c.Uint64("to"), ConfigPath: c.String("config"),
				Strategies: c.StringSlice("strategy"), Cache: c.String("cache"), Inclusion: c.String("inclusion"),
				Workers: c.Int("workers"), Hints: c.Bool("hints"), Log: e.log,
			}
			for _, a := range c.StringSlice("aave-pool") {
				if !common.IsHexAddress(a) {
					return fail(exitFailure, "--aave-pool %q: not an address", a)
				}
				cfg.AavePools = append(cfg.AavePools, common.HexToAddress(a))
			}
			if s := c.String("sender"); s != "" {
				if !common.IsHexAddress(s) {
					return fail(exitFailure, "--sender %q: not an address", s)
				}
				cfg.Sender = common.HexToAddress(s)
			}
			var st backtest.Stats
			cfg.Stats = &st
			cfg.Progress = report.NewProgress(e.stderr, isTerminal(e.stderr)).Update
			res, err := backtest.Run(c.Context, cfg)
			if err != nil {
				return fail(exitFailure, "%v", err)
			}
			if err := report.Write(c.String("out"), res); err != nil {
				return fail(exitFailure, "%v", err)
			}
			report.Table(e.stdout, res)
			rate := 0.0
			if st.Elapsed > 0 {
				rate = float64(st.Blocks) / st.Elapsed.Seconds()
			}
			fmt.Fprintf(e.stdout, "replayed %d blocks (%d txs) in %s (%.1f blocks/s), %d resumed from the checkpoint, %d workers\n",
				st.Blocks, st.Txs, st.Elapsed.Round(time.Millisecond), rate, st.Resumed, cfg.Workers)
			if st.RPCRequests == 0 {
				fmt.Fprintf(e.stdout, "rpc requests: 0 (all from cache %s)\n", cfg.Cache)
			} else {
				fmt.Fprintf(e.stdout, "rpc requests: %d (%d calls; %d answered from cache %s)\n", st.RPCRequests, st.RPCCalls, st.CacheHits, cfg.Cache)
			}
			fmt.Fprintf(e.stdout, "report: %s\n", c.String("out"))
			return nil
		},
	}
}

// backtestMergeCommand joins the report directories of shards run apart
// (other machines, other days) into the report one run over the whole range
// gives: competitors are matched again against every shard's opportunities
// and the landed-once rule is applied across shards (report.Merger).
func backtestMergeCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "merge",
		Usage:     "merge the report directories of shards into one report",
		ArgsUsage: "SHARD_DIR...",
		Description: "Reads summary.json and the CSVs of each SHARD_DIR (written by keeper backtest over\n" +
			"contiguous slices of one range, with the same config and inclusion model), checks that\n" +
			"they tile the range without gap or overlap, and writes the merged report to --out.\n\n" +
			"Example: keeper backtest merge --out bt shard-0 shard-1 shard-2",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "out", Required: true, Usage: "directory for the merged report"},
		},
		Action: func(c *cli.Context) error {
			dirs := c.Args().Slice()
			if len(dirs) == 0 {
				return fail(exitUnavailable, "backtest merge: no shard directory given (usage: keeper backtest merge --out DIR SHARD_DIR...)")
			}
			parts := make([]*report.Result, len(dirs))
			for i, d := range dirs {
				r, err := report.Read(d)
				if err != nil {
					return fail(exitFailure, "backtest merge: shard %s: %v", d, err)
				}
				parts[i] = r
			}
			res, err := report.Merger{Match: compete.Match}.Merge(parts...)
			if err != nil {
				return fail(exitFailure, "backtest merge: %v", err)
			}
			if err := report.Write(c.String("out"), res); err != nil {
				return fail(exitFailure, "backtest merge: %v", err)
			}
			report.Table(e.stdout, res)
			fmt.Fprintf(e.stdout, "merged %d shards (blocks %d..%d): %s\n", len(dirs), res.Summary.Run.From, res.Summary.Run.To, c.String("out"))
			return nil
		},
	}
}

// backtestWorkerCommand is the hidden worker process of --workers.
func backtestWorkerCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:            backtest.WorkerCommand,
		Hidden:          true,
		SkipFlagParsing: true,
		Action: func(c *cli.Context) error {
			if err := backtest.WorkerMain(c.Context, c.Args().Slice()); err != nil {
				return fail(exitFailure, "%v", err)
			}
			return nil
		},
	}
}

// isTerminal reports whether w is a character device (the progress line
// is then redrawn in place).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
