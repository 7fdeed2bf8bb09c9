package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/keeperkit/keeperkit/keeper/config"
	"github.com/keeperkit/keeperkit/keeper/journal"
)

func journalCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "journal",
		Usage: "show what the keeper found, sent, landed and earned",
		Description: "Reads the journal (journal.path of the config, or --path) without changing it, also while\n" +
			"`keeper run` writes it, and prints one line per opportunity, newest first: its simulations,\n" +
			"bundles, each relay's answers, its outcome and profit, then totals per strategy.\n" +
			"--json prints one JSON object per line instead, relay answers included.\n\n" +
			"Example: keeper journal --config keeper.toml --since 1h --strategy liquidation",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "config", Usage: "the keeper's TOML file (its journal.path is read)"},
			&cli.StringFlag{Name: "path", Usage: "the journal file itself, instead of --config"},
			&cli.BoolFlag{Name: "json", Usage: "JSON lines instead of a table"},
			&cli.DurationFlag{Name: "since", Usage: "only opportunities found within this duration (e.g. 30m, 24h)"},
			&cli.Uint64Flag{Name: "from-block", Usage: "only opportunities revealed by this block or later"},
			&cli.StringFlag{Name: "strategy", Usage: "only this strategy's opportunities"},
			&cli.StringFlag{Name: "kind", Usage: "only this kind (liquidation, arbitrage, backrun, ...)"},
			&cli.IntFlag{Name: "limit", Value: 50, Usage: "at most this many opportunities"},
		},
		Action: func(c *cli.Context) error {
			path, err := journalPath(c.String("config"), c.String("path"))
			if err != nil {
				return fail(exitUnavailable, "%v", err)
			}
			if c.Int("limit") <= 0 {
				return fail(exitUnavailable, "--limit %d: must be positive", c.Int("limit"))
			}
			if c.Duration("since") < 0 {
				return fail(exitUnavailable, "--since %s: must be positive", c.Duration("since"))
			}
			f := journal.Filter{FromBlock: c.Uint64("from-block"), Strategy: c.String("strategy"), Kind: c.String("kind"), Limit: c.Int("limit")}
			if d := c.Duration("since"); d > 0 {
				f.Since = time.Now().Add(-d)
			}
			if err := showJournal(c, e.stdout, path, f, c.Bool("json")); err != nil {
				return fail(exitFailure, "%v", err)
			}
			return nil
		},
	}
}

func journalPath(cfgPath, path string) (string, error) {
	switch {
	case cfgPath != "" && path != "":
		return "", fmt.Errorf("give --config or --path, not both")
	case path != "":
		return path, nil
	case cfgPath != "":
		cfg, err := config.Load(cfgPath)
		if err != nil {
			return "", err
		}
		return cfg.Journal.Path, nil
	}
	return "", fmt.Errorf("--config or --path is required")
}

// journalLine is one opportunity in --json output.
type journalLine struct {
	ID          string          `json:"id"`
	Strategy    string          `json:"strategy"`
	Kind        string          `json:"kind"`
	Block       uint64          `json:"block"`
	MinBlock    uint64          `json:"minBlock"`
	MaxBlock    uint64          `json:"maxBlock"`
	FoundAt     time.Time       `json:"foundAt"`
	ExpectedWei string          `json:"expectedProfitWei"`
	Gas         uint64          `json:"gasEstimate"`
	Simulations int             `json:"simulations"`
	SimsOK      int             `json:"simulationsOk"`
	Bundles     int             `json:"bundles"`
	Relays      []journalAnswer `json:"relayAnswers"`
	Status      string          `json:"status"`
	RealisedWei string          `json:"realisedProfitWei,omitempty"`
	LandedBlock uint64          `json:"landedBlock,omitempty"`
	GasUsed     uint64          `json:"gasUsed,omitempty"`
}

type journalAnswer struct {
	Bundle    string  `json:"bundle"`
	Relay     string  `json:"relay"`
	OK        bool    `json:"ok"`
	Error     string  `json:"error,omitempty"`
	LatencyMs float64 `json:"latencyMs"`
}

func showJournal(c *cli.Context, out io.Writer, path string, f journal.Filter, asJSON bool) error {
	ctx := c.Context
	j, err := journal.OpenReadOnly(ctx, path)
	if err != nil {
		return err
	}
	defer j.Close()
	es, err := j.Query(ctx, f)
	if err != nil {
		return err
	}
	ids := make([]string, len(es))
	for i, e := range es {
		ids[i] = e.ID
	}
	answers, err := j.Answers(ctx, ids)
	if err != nil {
		return err
	}
	if asJSON {
		enc := json.NewEncoder(out)
		for _, e := range es {
			l := journalLine{ID: e.ID, Strategy: e.Strategy, Kind: e.Kind, Block: e.Block, MinBlock: e.MinBlock, MaxBlock: e.MaxBlock,
				FoundAt: e.FoundAt.UTC(), ExpectedWei: e.ProfitWei.String(), Gas: e.Gas, Simulations: e.Simulations, SimsOK: e.SimulationsOK,
				Bundles: e.Bundles, Relays: []journalAnswer{}, Status: statusWord(e.Status), LandedBlock: e.LandedBlock, GasUsed: e.GasUsed}
			if e.RealisedWei != nil {
				l.RealisedWei = e.RealisedWei.String()
			}
			for _, a := range answers[e.ID] {
				l.Relays = append(l.Relays, journalAnswer{Bundle: a.BundleHash, Relay: a.Relay, OK: a.OK, Error: a.Error,
					LatencyMs: float64(a.Latency) / float64(time.Millisecond)})
			}
			if err := enc.Encode(l); err != nil {
				return err
			}
		}
		return nil
	}
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "FOUND (UTC)\tSTRATEGY\tKIND\tOPPORTUNITY\tBLOCK\tSIMS OK/ALL\tBUNDLES\tRELAYS\tSTATUS\tEXPECTED ETH\tREALISED ETH")
	for _, e := range es {
		realised := "-"
		if e.RealisedWei != nil {
			realised = ethString(e.RealisedWei)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%d/%d\t%d\t%s\t%s\t%s\t%s\n", e.FoundAt.UTC().Format("2006-01-02 15:04:05"),
			e.Strategy, e.Kind, shortID(e.ID), e.Block, e.SimulationsOK, e.Simulations, e.Bundles, relaySummary(answers[e.ID]),
			statusWord(e.Status), ethString(e.ProfitWei), realised)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(es) == 0 {
		fmt.Fprintln(out, "(no opportunities match)")
	}
	totals, err := j.Totals(ctx, f.Since)
	if err != nil {
		return err
	}
	fmt.Fprintln(out)
	tw = tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "STRATEGY\tFOUND\tSIMULATED OK\tBUNDLED\tLANDED\tFAILED\tEXPIRED\tREORGED\tPROFIT ETH\tGAS")
	for _, t := range totals {
		if f.Strategy != "" && t.Strategy != f.Strategy {
			continue
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%s\t%d\n", t.Strategy, t.Found, t.SimulatedOK, t.Bundled, t.Landed,
			t.Failed, t.Expired, t.Reorged, ethString(t.ProfitWei), t.GasUsed)
	}
	return tw.Flush()
}

func statusWord(s journal.Status) string {
	if s == "" {
		return "open"
	}
	return string(s)
}

// relaySummary is "local ok, slow err" for each relay's latest answer.
func relaySummary(as []journal.RelayAnswer) string {
	if len(as) == 0 {
		return "-"
	}
	last := map[string]bool{}
	for _, a := range as {
		last[a.Relay] = a.OK
	}
	names := make([]string, 0, len(last))
	for n := range last {
		names = append(names, n)
	}
	sort.Strings(names)
	parts := make([]string, len(names))
	for i, n := range names {
		word := "err"
		if last[n] {
			word = "ok"
		}
		parts[i] = n + " " + word
	}
	return strings.Join(parts, ", ")
}

func shortID(id string) string {
	if len(id) <= 28 {
		return id
	}
	return id[:16] + "…" + id[len(id)-8:]
}

// ethString prints wei as ETH with 6 decimals, rounding toward zero, sign kept.
func ethString(wei *big.Int) string {
	neg := wei.Sign() < 0
	v := new(big.Int).Abs(wei)
	q, r := new(big.Int).QuoRem(v, big.NewInt(1e18), new(big.Int))
	s := fmt.Sprintf("%s.%06d", q, new(big.Int).Quo(r, big.NewInt(1e12)))
	if neg {
		s = "-" + s
	}
	return s
}
