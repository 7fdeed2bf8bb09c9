package exec

import (
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/keeperkit/keeperkit/keeper/journal"
)

// JournalRecorder returns a Config.Record function that writes every
// outcome to j: the opportunity when first submitted, each simulation, each
// bundle with every relay's answer, and the final status with its profit.
// Each outcome is one transaction, so a crash loses at most the outcome being
// written, never half of one. A journal error is logged and counted, never
// fatal: the keeper's job is landing bundles, the journal only reports it.
func JournalRecorder(j *journal.Journal, log zerolog.Logger, m *Metrics) func(Outcome) {
	if m == nil {
		m = newMetrics(nil)
	}
	return func(o Outcome) {
		if o.ID == "" {
			return // an invalid opportunity: its drop is counted in metrics
		}
		if err := recordOutcome(context.Background(), j, o); err != nil {
			m.journalErrors.Inc()
			log.Error().Err(err).Str("opportunity", o.ID).Str("status", string(o.Status)).Msg("journal write failed")
		}
	}
}

func recordOutcome(ctx context.Context, j *journal.Journal, o Outcome) error {
	now := time.Now()
	return j.Record(ctx, func(tx *journal.Tx) error {
		if o.Expected != nil {
			if err := tx.Opportunity(ctx, journal.Opportunity{ID: o.ID, Strategy: o.Strategy, Kind: o.Kind, Block: o.Found,
				MinBlock: o.MinBlock, MaxBlock: o.MaxBlock, ProfitWei: o.Expected.ToBig(), Gas: o.GasEstimate, FoundAt: now}); err != nil {
				return err
			}
		}
		if o.Simulated {
			if err := tx.Simulation(ctx, journal.Simulation{OpportunityID: o.ID, Block: o.Found, OK: o.RevertReason == "",
				GasUsed: o.Price.GasUsed, ProfitWei: o.Price.Net.ToBig(), RevertReason: o.RevertReason, At: now}); err != nil {
				return err
			}
		}
		if len(o.Relays) > 0 && o.BundleHash != (common.Hash{}) {
			hashes := make([]string, len(o.TxHashes))
			for i, h := range o.TxHashes {
				hashes[i] = h.Hex()
			}
			if err := tx.Bundle(ctx, journal.Bundle{Hash: o.BundleHash.Hex(), OpportunityID: o.ID, TargetBlock: o.Block,
				TxHashes: hashes, BuilderPaymentWei: o.Price.Tip.ToBig(), CreatedAt: now}); err != nil {
				return err
			}
			for _, r := range o.Relays {
				a := journal.RelayAnswer{BundleHash: o.BundleHash.Hex(), Relay: r.Relay, OK: r.Err == nil, Latency: r.Latency, At: now}
				if r.Err != nil {
					a.Error = r.Err.Error()
				}
				if err := tx.RelayAnswer(ctx, a); err != nil {
					return err
				}
			}
		}
		var status journal.Status
		profit, gas := new(big.Int), uint64(0)
		switch o.Status {
		case StatusLanded:
			status, profit, gas = journal.StatusLanded, o.Price.Net.ToBig(), o.Price.GasUsed
		case StatusExpired:
			status = journal.StatusExpired
		case StatusReorged:
			status = journal.StatusReorged
		default:
			return nil // sent, dry-run, dropped: not an outcome yet
		}
		return tx.Outcome(ctx, journal.Outcome{OpportunityID: o.ID, Status: status, BundleHash: o.BundleHash.Hex(),
			Block: o.Block, ProfitWei: profit, GasUsed: gas, At: now})
	})
}
