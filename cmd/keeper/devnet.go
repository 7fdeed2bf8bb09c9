package main

import (
	"encoding/json"
	"fmt"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/keeperkit/keeperkit/bundles/relay"
	"github.com/keeperkit/keeperkit/sim/devnet"
)

func devnetCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "devnet",
		Usage: "run the embedded devnet: a local post-merge chain on 127.0.0.1",
		Description: "Starts a go-ethereum node in this process with JSON-RPC over HTTP and WebSocket on\n" +
			"127.0.0.1, prefunded accounts from the well-known test mnemonic (the keys anvil and\n" +
			"Hardhat print: public, never use them on a real chain), and blocks mined as soon as a\n" +
			"transaction arrives (or on --period). Extra RPC methods: devnet_commitBlock (an exact,\n" +
			"ordered list of raw transactions as the next block), devnet_mine, devnet_setAutomine,\n" +
			"and go-ethereum's testing_commitBlockV1. Stops on Ctrl-C.\n\n" +
			"Example: keeper devnet --http-port 8545 --ws-port 8546",
		Flags: []cli.Flag{
			&cli.Uint64Flag{Name: "chain-id", Value: devnet.DefaultChainID, Usage: "EIP-155 chain ID"},
			&cli.IntFlag{Name: "http-port", Value: 8545, Usage: "HTTP JSON-RPC port on 127.0.0.1 (0 = any free port)"},
			&cli.IntFlag{Name: "ws-port", Value: 8546, Usage: "WebSocket port on 127.0.0.1 (0 = any free port)"},
			&cli.IntFlag{Name: "accounts", Value: devnet.DefaultAccounts, Usage: "prefunded accounts from the test mnemonic"},
			&cli.DurationFlag{Name: "block-time", Value: devnet.DefaultBlockTime, Usage: "chain time between block timestamps (whole seconds)"},
			&cli.DurationFlag{Name: "period", Usage: "also mine a block on this wall-clock interval (0 = only when transactions arrive)"},
			&cli.BoolFlag{Name: "no-automine", Usage: "leave transactions pending until devnet_mine, devnet_commitBlock or --period"},
			&cli.StringFlag{Name: "scenario", Usage: "deploy this world (configs/scenarios/*.toml: real Uniswap V2/V3 and Aave V3) before serving"},
			&cli.StringFlag{Name: "addresses-out", Usage: "with --scenario: also write the world's address book to this JSON file"},
			&cli.BoolFlag{Name: "play", Usage: "with --scenario: play the scenario's whole timeline, one block per step, before serving"},
			&cli.IntFlag{Name: "relay-port", Value: 0, Usage: "port of the local bundle relay on 127.0.0.1 (0 = any free port)"},
			&cli.DurationFlag{Name: "relay-period", Value: 2 * time.Second, Usage: "how often the relay builds a block from the bundles it holds"},
			&cli.BoolFlag{Name: "no-relay", Usage: "do not start the local bundle relay"},
		},
		Action: func(c *cli.Context) error {
			node, err := devnet.Start(c.Context, devnet.Config{
				ChainID:    c.Uint64("chain-id"),
				HTTPPort:   c.Int("http-port"),
				WSPort:     c.Int("ws-port"),
				Accounts:   c.Int("accounts"),
				BlockTime:  c.Duration("block-time"),
				Period:     c.Duration("period"),
				NoAutomine: c.Bool("no-automine"),
			})
			if err != nil {
				return fail(exitFailure, "%v", err)
			}
			defer node.Close()
			w := e.stdout
			if path := c.String("scenario"); path != "" {
				if err := serveWorld(c, e, node, path); err != nil {
					return fail(exitFailure, "%v", err)
				}
			} else if c.String("addresses-out") != "" || c.Bool("play") {
				return fail(exitUnavailable, "devnet: --addresses-out and --play need --scenario")
			}
			fmt.Fprintf(w, "http: %s\n", node.HTTPEndpoint())
			fmt.Fprintf(w, "ws: %s\n", node.WSEndpoint())
			fmt.Fprintf(w, "chain id: %s\n", node.ChainID())
			if !c.Bool("no-relay") {
				rl := relay.New(node, relay.WithLogger(e.log))
				if err := rl.Start(c.Int("relay-port")); err != nil {
					return fail(exitFailure, "devnet: relay: %v", err)
				}
				defer rl.Close()
				go rl.Run(c.Context, c.Duration("relay-period")) //nolint:errcheck // ends with the command's context
				fmt.Fprintf(w, "relay: %s\n", rl.URL())
			}
			fmt.Fprintf(w, "accounts (well-known PUBLIC test keys; never use them on a real chain):\n")
			for i, a := range node.Accounts() {
				fmt.Fprintf(w, "  (%d) %s %s\n", i, a.Address, hexutil.Encode(crypto.FromECDSA(a.Key)))
			}
			e.log.Info().Str("http", node.HTTPEndpoint()).Str("ws", node.WSEndpoint()).Msg("devnet running")
			<-c.Context.Done()
			start := time.Now()
			err = node.Close()
			e.log.Info().Dur("shutdown", time.Since(start)).Msg("devnet stopped")
			return err
		},
	}
}

// serveWorld builds the scenario's world on the devnet, prints and
// optionally writes its address book, and plays the timeline if asked.
func serveWorld(c *cli.Context, e *env, node *devnet.Node, path string) error {
	sc, err := devnet.LoadScenario(path)
	if err != nil {
		return err
	}
	start := time.Now()
	world, err := devnet.Build(c.Context, node, sc)
	if err != nil {
		return err
	}
	book, err := json.MarshalIndent(world.AddressBook(), "", "  ")
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "world %q built in %s (%d blocks)\n%s\n", sc.Name, time.Since(start).Round(time.Millisecond), world.BuildBlocks, book)
	if out := c.String("addresses-out"); out != "" {
		if err := os.WriteFile(out, append(book, '\n'), 0o644); err != nil {
			return fmt.Errorf("devnet: --addresses-out: %w", err)
		}
	}
	if c.Bool("play") {
		for !world.Done() {
			h, _, err := world.Step(c.Context)
			if err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "timeline: block %d\n", h.Number)
		}
	}
	// The world turned automine off so that its pending transactions stay
	// pending; a served devnet mines what clients send unless asked not to.
	if !c.Bool("no-automine") {
		return node.SetAutomine(c.Context, true)
	}
	return nil
}
