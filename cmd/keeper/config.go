package main

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/keeperkit/keeperkit/keeper/config"
)

func configCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "config",
		Usage: "work with keeper configuration files",
		Subcommands: []*cli.Command{{
			Name:      "check",
			Usage:     "validate a config file and print what the keeper would connect to",
			ArgsUsage: "FILE",
			Description: "Decodes FILE strictly (unknown keys are errors), validates every value and prints the\n" +
				"chain, relays, keys, metrics and journal it configures, with secrets redacted.\n" +
				"With --connect it also dials chain.rpc_url and checks the chain ID.\n\n" +
				"Example: keeper config check configs/keeper.example.toml",
			Flags: []cli.Flag{
				&cli.BoolFlag{Name: "connect", Usage: "dial chain.rpc_url and check eth_chainId against chain.chain_id"},
				&cli.BoolFlag{Name: "json", Usage: "print the summary as JSON"},
				&cli.BoolFlag{Name: "keys", Usage: "also load the signing and searcher keys (decrypting keystores) and print their addresses"},
			},
			Action: func(c *cli.Context) error {
				if c.NArg() != 1 {
					return fail(exitUnavailable, "config check: want exactly one FILE, got %d arguments", c.NArg())
				}
				cfg, err := config.Load(c.Args().First())
				if err != nil {
					return fail(exitFailure, "%v", err)
				}
				if c.Bool("connect") {
					if err := connect(c.Context, cfg); err != nil {
						return fail(exitFailure, "%v", err)
					}
				}
				if err := printSummary(e, cfg.Summary(), c.Bool("json"), c.Bool("connect")); err != nil {
					return err
				}
				if c.Bool("keys") {
					return checkKeys(e, cfg)
				}
				return nil
			},
		}},
	}
}

func connect(ctx context.Context, cfg *config.Config) error {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	client, err := ethclient.DialContext(ctx, cfg.Chain.RPCURL)
	if err != nil {
		return fmt.Errorf("config: chain.rpc_url: %w", err)
	}
	defer client.Close()
	return cfg.CheckChainID(ctx, client)
}

func printSummary(e *env, s config.Summary, asJSON, connected bool) error {
	if asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(s)
	}
	w := e.stdout
	fmt.Fprintf(w, "config %s: ok\n", s.File)
	check := ""
	if connected {
		check = " (node agrees)"
	}
	fmt.Fprintf(w, "  chain:      id %d%s\n", s.ChainID, check)
	fmt.Fprintf(w, "  rpc:        %s\n", s.RPC)
	if s.WS != "" {
		fmt.Fprintf(w, "  ws:         %s\n", s.WS)
	} else {
		fmt.Fprintf(w, "  ws:         none (heads polled over rpc)\n")
	}
	fmt.Fprintf(w, "  signing:    %s\n", s.SigningKey)
	fmt.Fprintf(w, "  searcher:   %s\n", s.Searcher)
	for _, r := range s.Relays {
		fmt.Fprintf(w, "  relay:      %s (%s) %s timeout %s\n", r.Name, r.Kind, r.URL, r.Timeout)
	}
	if len(s.Relays) == 0 {
		fmt.Fprintf(w, "  relay:      none (bundles go nowhere; fine for --dry-run)\n")
	}
	fmt.Fprintf(w, "  executor:   %s min profit %s wei, max gas price %s gwei, builder tip %s bps, dry run %s\n",
		orNone(s.Executor["address"]), s.Executor["min_profit_wei"], s.Executor["max_gas_price_gwei"], s.Executor["builder_tip_bps"], s.Executor["dry_run"])
	fmt.Fprintf(w, "  strategies: %v\n", s.Strategies)
	fmt.Fprintf(w, "  metrics:    %s\n", s.Metrics)
	fmt.Fprintf(w, "  journal:    %s\n", s.Journal)
	fmt.Fprintf(w, "  log:        %s\n", s.Log)
	return nil
}

func orNone(s string) string {
	if s == "" {
		return "(no address)"
	}
	return s
}

// checkKeys loads both keys as `keeper run` would and prints only addresses.
func checkKeys(e *env, cfg *config.Config) error {
	e.redact.Add(e.getenv(config.EnvPrivateKey))
	e.redact.Add(e.getenv(cfg.Keys.PasswordEnv))
	e.redact.Add(e.getenv(cfg.Keys.SearcherKeyEnv))
	key, err := cfg.Keys.SigningKey(e.getenv)
	if err != nil {
		return fail(exitFailure, "%v", err)
	}
	e.redact.Add(hexutil.Encode(crypto.FromECDSA(key)))
	fmt.Fprintf(e.stdout, "  signer:     %s\n", crypto.PubkeyToAddress(key.PublicKey))
	e.log.Info().Str("signer", crypto.PubkeyToAddress(key.PublicKey).Hex()).Msg("signing key loaded")
	sk, err := cfg.Keys.SearcherKey(e.getenv)
	if err != nil {
		return fail(exitFailure, "%v", err)
	}
	if sk == nil {
		fmt.Fprintf(e.stdout, "  searcher:   random identity per run\n")
		return nil
	}
	e.redact.Add(hexutil.Encode(crypto.FromECDSA(sk)))
	fmt.Fprintf(e.stdout, "  searcher:   %s\n", crypto.PubkeyToAddress(sk.PublicKey))
	return nil
}
