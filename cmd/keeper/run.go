package main

import (
	"context"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/urfave/cli/v2"
	"golang.org/x/sync/errgroup"

	"github.com/keeperkit/keeperkit/bundles"
	"github.com/keeperkit/keeperkit/keeper/config"
	"github.com/keeperkit/keeperkit/keeper/engine"
	"github.com/keeperkit/keeperkit/keeper/engine/chainview"
	"github.com/keeperkit/keeperkit/keeper/exec"
	"github.com/keeperkit/keeperkit/keeper/journal"
	"github.com/keeperkit/keeperkit/keeper/ops"
	"github.com/keeperkit/keeperkit/keeper/runtime"
	"github.com/keeperkit/keeperkit/keeper/source"
	"github.com/keeperkit/keeperkit/sim/fork"
	"github.com/keeperkit/keeperkit/strategies"
	"github.com/keeperkit/keeperkit/strategies/forksim"

	// The built-in strategies register themselves by name.
	_ "github.com/keeperkit/keeperkit/strategies/arbitrage"
	_ "github.com/keeperkit/keeperkit/strategies/liquidation"
)

func runCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "run",
		Usage: "run a keeper against a chain and relays",
		Description: "Reads the config, loads the signing key (keystore or $KEEPER_PRIVATE_KEY) and the relay\n" +
			"identity, checks the node's chain ID, starts the strategies of its [strategies.NAME]\n" +
			"sections, follows new heads (and the mempool when a strategy wants it), and sends the\n" +
			"bundles it proves to every relay. Metrics, /healthz and /readyz on metrics.addr.\n" +
			"Stops on Ctrl-C or SIGTERM.\n\n" +
			"Example: keeper run --config keeper.toml --dry-run",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "config", Required: true, Usage: "the keeper's TOML file"},
			&cli.BoolFlag{Name: "dry-run", Usage: "do everything but send bundles"},
			&cli.StringFlag{Name: "metrics.addr", Usage: "override metrics.addr (host:port)"},
		},
		Action: func(c *cli.Context) error {
			if err := runKeeper(c.Context, e, c.String("config"), c.Bool("dry-run"), c.String("metrics.addr")); err != nil {
				return fail(exitFailure, "%v", err)
			}
			return nil
		},
	}
}

func runKeeper(ctx context.Context, e *env, path string, dryRun bool, metricsAddr string) error {
	cfg, err := config.Load(path)
	if err != nil {
		return err
	}
	if dryRun {
		cfg.Executor.DryRun = true
	}
	if metricsAddr != "" {
		cfg.Metrics.Addr = metricsAddr
	}
	log := e.log
	key, err := cfg.Keys.SigningKey(e.getenv)
	if err != nil {
		return err
	}
	idKey, err := cfg.Keys.SearcherKey(e.getenv)
	if err != nil {
		return err
	}
	if idKey == nil {
		if idKey, err = crypto.GenerateKey(); err != nil {
			return err
		}
	}
	rc, err := fork.Dial(ctx, cfg.Chain.RPCURL)
	if err != nil {
		return fmt.Errorf("chain.rpc_url: %w", err)
	}
	defer rc.Close()
	client := ethclient.NewClient(rc)
	if err := cfg.CheckChainID(ctx, client); err != nil {
		return err
	}
	j, err := journal.Open(ctx, cfg.Journal.Path)
	if err != nil {
		return err
	}
	defer j.Close()

	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	var clients []*bundles.Client
	id := bundles.NewIdentity(idKey)
	for _, name := range sortedRelayNames(cfg) {
		r := cfg.Relays[name]
		clients = append(clients, bundles.NewClient(name, r.URL, id, bundles.WithTimeout(r.Timeout.Duration), bundles.WithRetries(*r.Retries), bundles.WithRegisterer(reg)))
	}
	sender := crypto.PubkeyToAddress(key.PublicKey)
	fs := forksim.New(rc)
	defer fs.Close()
	// The strategies and the executor share one simulator; equal
	// simulations on a block run once.
	sim := engine.NewSharedSim(fs)
	// The strategies share one chain view: a read pinned to a block goes
	// to the node once, however many instances ask.
	view, err := chainview.New(rc, chainview.WithRegisterer(reg))
	if err != nil {
		return err
	}
	env := strategies.Env{Chain: view, Sim: sim, Log: log, Metrics: reg, ChainID: big.NewInt(cfg.Chain.ChainID), Executor: cfg.ExecutorAddress(), Sender: sender}
	var strats []strategies.Strategy
	for _, name := range cfg.StrategyNames() {
		s, err := strategies.New(name, func(v any) error { return cfg.DecodeStrategy(name, v) })
		if err != nil {
			return err
		}
		strats = append(strats, s)
	}
	if len(strats) == 0 {
		return fmt.Errorf("no [strategies.NAME] section: nothing to run (registered: %v)", strategies.Names())
	}
	rt, err := runtime.New(runtime.Config{QueueSize: int(cfg.Runtime.QueueSize), Budget: cfg.Runtime.BlockDeadline.Duration, Concurrency: int(cfg.Runtime.Concurrency)}, env, strats)
	if err != nil {
		return err
	}
	exLog, exMetrics := log.With().Str("component", "exec").Logger(), exec.NewMetrics(reg)
	// Outcomes are journaled off the submission path, in group commits
	// (the engine flushes them before Run returns); the nonce leases'
	// writes take turns with them.
	jq := exec.NewJournalQueue(j, exLog, exMetrics)
	nonces, err := exec.NewNonces(ctx, sender, jq.Store(), client)
	if err != nil {
		return err
	}
	pricing := pricingOf(cfg)
	ex := exec.New(exec.Config{Pricing: pricing, Key: key, ChainID: big.NewInt(cfg.Chain.ChainID), DryRun: cfg.Executor.DryRun,
		Record: jq.Record, Flush: jq.Flush,
		ReserveNonces: int(*cfg.Executor.ReserveNonces), ReserveBlocks: uint64(cfg.Executor.ReserveBlocks)},
		client, sim, engine.Relays{Multi: bundles.NewMulti(clients...)}, nonces, exLog, exMetrics)

	server := ops.New(cfg.Metrics.Addr, reg)
	server.Require("strategies")
	server.RequireFresh("chain_head", cfg.Metrics.MaxHeadAge.Duration, "head")
	eng := &engine.Engine{
		Strategies: strats, Runtime: rt, Exec: ex, Sim: sim, Chain: view, Log: log, Registry: reg,
		Heads: source.HeadsConfig{WSURL: cfg.Chain.WSURL, HTTPURL: cfg.Chain.RPCURL, PollInterval: cfg.Source.PollInterval.Duration, MinBackoff: cfg.Source.ReconnectMin.Duration, MaxBackoff: cfg.Source.ReconnectMax.Duration,
			LogsConfirmAfter: cfg.Source.LogsConfirmAfter.Duration, FetchLogsOnly: !*cfg.Source.LogsPush},
		Pending: source.PendingConfig{WSURL: pendingURL(cfg)},
		Hints:   hintURLs(cfg),
		Ready:   func() { server.Set("strategies", nil) },
		Head:    func(*types.Header) { server.Beat("chain_head") },
	}
	log.Info().Str("sender", sender.Hex()).Int("relays", len(clients)).Int("strategies", len(strats)).Bool("dry_run", cfg.Executor.DryRun).Msg("keeper starting")
	g, gctx := errgroup.WithContext(ctx)
	if *cfg.Metrics.Enabled {
		g.Go(func() error { return server.Run(gctx) })
	}
	g.Go(func() error { return eng.Run(gctx) })
	err = g.Wait()
	log.Info().Msg("keeper stopped")
	return err
}

// hintURLs are the relays' MEV-Share hint streams, in relay name order.
func hintURLs(cfg *config.Config) []string {
	var urls []string
	for _, name := range sortedRelayNames(cfg) {
		if u := cfg.Relays[name].HintsURL; u != "" {
			urls = append(urls, u)
		}
	}
	return urls
}

func pendingURL(cfg *config.Config) string {
	if cfg.Source.PendingTxs != nil && !*cfg.Source.PendingTxs {
		return ""
	}
	return cfg.Chain.WSURL
}

func pricingOf(cfg *config.Config) exec.Pricing {
	var p exec.Pricing
	if cfg.Executor.MinProfitWei.Int != nil {
		p.MinProfit.SetFromBig(cfg.Executor.MinProfitWei.Int)
	}
	p.MaxFeePerGas.SetFromBig(new(big.Int).Mul(big.NewInt(cfg.Executor.MaxGasPriceGwei), big.NewInt(params.GWei)))
	p.TipBps = uint16(*cfg.Executor.BuilderTipBps)
	if cfg.Executor.TipCapWei.Int != nil {
		p.TipCap.SetFromBig(cfg.Executor.TipCapWei.Int)
	}
	return p
}

func sortedRelayNames(cfg *config.Config) []string {
	names := make([]string, 0, len(cfg.Relays))
	for n := range cfg.Relays {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
