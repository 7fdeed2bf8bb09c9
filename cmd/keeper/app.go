package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/rs/zerolog"
	"github.com/urfave/cli/v2"

	"github.com/keeperkit/keeperkit/keeper/logging"
)

// Exit codes.
const (
	exitOK          = 0
	exitFailure     = 1 // bad input, a failed check, a runtime error
	exitUnavailable = 2 // a command this build does not have yet, or bad usage
)

// exitError carries the process exit code with the error.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

func fail(code int, format string, args ...any) error {
	return &exitError{code: code, err: fmt.Errorf(format, args...)}
}

// env is what commands get from outside: streams, environment, logger.
type env struct {
	stdout, stderr io.Writer
	getenv         func(string) string
	log            zerolog.Logger
	// redact sits in front of stderr (logs and the final error): secrets
	// loaded at run time are registered with it.
	redact *logging.Redactor
}

// run builds the app and runs it; it returns the exit code. Tests call it
// in-process with their own streams and environment.
func run(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) int {
	e := &env{stdout: stdout, stderr: stderr, getenv: getenv, log: zerolog.Nop(), redact: logging.NewRedactor(stderr)}
	app := &cli.App{
		Name:  "keeper",
		Usage: "liquidation and arbitrage keepers for EVM chains",
		Description: "keeperkit watches a chain, finds liquidations and arbitrages with exact fast-path math,\n" +
			"proves them in a local EVM and sends them as private bundles to block builders.\n\n" +
			"Start with `keeper demo`, or `keeper devnet` for a local chain to point tools at.",
		Writer:    stdout,
		ErrWriter: stderr,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "log-level", Value: "info", Usage: "trace, debug, info, warn or error"},
			&cli.StringFlag{Name: "log-format", Value: "json", Usage: "json (for machines) or console (for humans)"},
		},
		Before: func(c *cli.Context) error {
			log, err := logging.New(e.redact, c.String("log-level"), c.String("log-format"))
			if err != nil {
				return fail(exitUnavailable, "%v", err)
			}
			e.log = log
			return nil
		},
		Commands: []*cli.Command{
			devnetCommand(e),
			demoCommand(e),
			configCommand(e),
			versionCommand(e),
			runCommand(e),
			backtestCommand(e), backtestWorkerCommand(e),
			newStrategyCommand(e),
			journalCommand(e),
		},
		ExitErrHandler: func(*cli.Context, error) {}, // run maps errors to codes itself
	}
	err := app.RunContext(ctx, args)
	if err == nil {
		return exitOK
	}
	fmt.Fprintln(e.redact, "keeper:", err)
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	return exitFailure
}
