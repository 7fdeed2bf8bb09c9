package main

import (
	"github.com/urfave/cli/v2"

	"github.com/keeperkit/keeperkit/keeper/demo"
)

func demoCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "demo",
		Usage: "run the demonstration on the embedded devnet and print what lands",
		Description: "Starts the embedded devnet, deploys a token through its generated binding, sends a\n" +
			"transfer and prints the block it landed in. Needs `make setup` (npm artifacts).\n\n" +
			"Example: keeper demo",
		Action: func(c *cli.Context) error {
			if _, err := demo.Transfer(c.Context, e.stdout); err != nil {
				return fail(exitFailure, "%v", err)
			}
			return nil
		},
	}
}
