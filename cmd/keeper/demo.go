package main

import (
	"github.com/rs/zerolog"
	"github.com/urfave/cli/v2"

	"github.com/keeperkit/keeperkit/keeper/demo"
)

func demoCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "demo",
		Usage: "run the keeper on the embedded devnet: liquidations and arbitrages found, bundled and landed",
		Description: "Starts the embedded devnet with the demo world (real Uniswap V2/V3 and Aave V3 from the\n" +
			"pinned npm packages), the local relay and a keeper with the liquidation and arbitrage\n" +
			"strategies, plays the scenario's timeline (trades that unbalance pools, an oracle price\n" +
			"drop, a pending oracle update to backrun), then has a trader send a private swap through\n" +
			"MEV-Share (mev_sendBundle with the logs hint) that the keeper backruns from the relay's\n" +
			"hint stream. It prints each opportunity found, simulated, bundled and landed, then a\n" +
			"table of profit per strategy (backruns on their own line). Needs `make setup`.\n\n" +
			"Example: keeper demo --scenario configs/scenarios/demo.toml",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "scenario", Value: "configs/scenarios/demo.toml", Usage: "scenario file"},
			&cli.BoolFlag{Name: "transfer", Usage: "only the chain check: deploy a token and land a transfer"},
		},
		Action: func(c *cli.Context) error {
			if c.Bool("transfer") {
				if _, err := demo.Transfer(c.Context, e.stdout); err != nil {
					return fail(exitFailure, "%v", err)
				}
				return nil
			}
			// The demo narrates every opportunity, bundle and relay answer on
			// stdout for humans; its JSON log (stderr) keeps to warnings and
			// errors unless --log-level asks for more.
			log := e.log
			if !c.IsSet("log-level") && log.GetLevel() < zerolog.WarnLevel {
				log = log.Level(zerolog.WarnLevel)
			}
			if _, err := demo.Keeper(c.Context, e.stdout, demo.Options{Scenario: c.String("scenario"), Log: log}); err != nil {
				return fail(exitFailure, "%v", err)
			}
			return nil
		},
	}
}
