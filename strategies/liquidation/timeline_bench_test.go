package liquidation

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/keeperkit/keeperkit/bundles"
	"github.com/keeperkit/keeperkit/bundles/relay"
	"github.com/keeperkit/keeperkit/keeper/engine"
	"github.com/keeperkit/keeperkit/keeper/exec"
	"github.com/keeperkit/keeperkit/strategies"
)

// timeline is what one play of the stress timeline measured.
type timeline struct {
	blocks           int             // timeline blocks played
	oracle           int             // of which carried a reserve's price update
	first, last      []time.Duration // oracle block delivered → first / last bundle of it on the wire
	strategy         []time.Duration // oracle block delivered → the strategy returned
	fork             []time.Duration // new head → its fork prepared (the warm-up, beside the strategy)
	exec             []time.Duration // strategy returned → first bundle on the wire (the executor's proof, signing)
	rest             []time.Duration // of which not proving: reloading the reserve (RPC) and the scan
	proofs           []time.Duration // each proof the strategy ran on the fork, oracle blocks
	toFirst          int             // proofs run before the first bundle, summed over the samples
	found            int             // opportunities the strategy returned, every event
	sent             int             // bundles handed to the relay
	accepted         int             // of which the relay accepted
	dropped          int             // opportunities the executor dropped (reverted, duplicate, …)
	execReverts      int             // of which because its simulation reverted
	proven, reverted int             // the strategy's proofs, and those that reverted
	landed           int             // liquidations that landed
}

// playTimeline drives the stress world as keeper/demo.Keeper drives the
// demo world: each timeline block's logs are delivered to the strategy;
// what it returns goes through the executor (proof on the fork, pricing,
// signing, nonces) to the local relay over JSON-RPC; the relay builds the
// next block from its bundles, the executor follows what landed, and that
// block's logs are delivered too (liquidations change positions).
func playTimeline(ctx context.Context, e *stressEnv, tl *timeline) error {
	// The strategy's proofs are timed (the executor's simulations are not).
	proofs := &timedSim{Simulator: e.s.env.Sim}
	e.s.env.Sim = proofs
	rl := relay.New(e.node, relay.WithEmptyBlocks(true))
	if err := rl.Start(0); err != nil {
		return err
	}
	defer rl.Close()
	id, err := bundles.GenerateIdentity()
	if err != nil {
		return err
	}
	multi := bundles.NewMulti(bundles.NewClient("local", rl.URL(), id))
	nonces, err := exec.NewNonces(ctx, e.keeper.Address, &exec.MemStore{}, e.node.Client())
	if err != nil {
		return err
	}
	var pricing exec.Pricing
	pricing.MaxFeePerGas.SetUint64(500 * params.GWei)
	pricing.TipBps = 5000
	ex := exec.New(exec.Config{Pricing: pricing, Key: e.keeper.Key, ChainID: e.node.ChainID()},
		e.node.Client(), e.sim, engine.Relays{Multi: multi}, nonces, e.env.Log, nil)

	// submit hands one opportunity to the executor and counts what became
	// of it; sent is when its bundle went on the wire.
	var sent []time.Time
	var inEmit time.Duration // executor time spent inside OnEvent (streamed opportunities)
	toFirst := 0             // the strategy's proofs run before the event's first bundle
	submit := func(op strategies.Opportunity, head *types.Header) error {
		tl.found++
		op.Strategy = Name
		out, err := ex.Submit(ctx, op, head)
		switch {
		case err == nil && out.Status == exec.StatusSent:
			tl.sent++
			if len(sent) == 0 {
				toFirst = len(proofs.took)
			}
			sent = append(sent, out.Timing.Sent)
			if len(out.Relays) == 1 && out.Relays[0].Err == nil {
				tl.accepted++
			}
		case errors.Is(err, exec.ErrReverted):
			tl.dropped++
			tl.execReverts++
		case err == nil || errors.Is(err, exec.ErrUnprofitable) ||
			errors.Is(err, exec.ErrDuplicate) || errors.Is(err, exec.ErrExpired) || errors.Is(err, exec.ErrGasPrice):
			tl.dropped++
		default:
			return err
		}
		return nil
	}
	// deliver gives the strategy one event and submits what it returns, in
	// order, as the engine does. An opportunity the strategy streams
	// (strategies.Emit) is submitted at once, from inside OnEvent, so that
	// its bundle is on the wire before the strategy proves the next one.
	deliver := func(ev strategies.Event, head *types.Header) (returned time.Time, _ []time.Time, err error) {
		sent, inEmit = sent[:0], 0
		var emitErr error
		ectx := strategies.WithEmitter(ctx, strategies.EmitterFunc(func(op strategies.Opportunity) {
			start := time.Now()
			if err := submit(op, head); err != nil && emitErr == nil {
				emitErr = err
			}
			inEmit += time.Since(start)
		}))
		ops, err := e.s.OnEvent(ectx, ev)
		returned = time.Now()
		if err == nil {
			err = emitErr
		}
		if err != nil {
			return returned, nil, err
		}
		for _, op := range ops {
			if err := submit(op, head); err != nil {
				return returned, nil, err
			}
		}
		return returned, sent, nil
	}
	// warm prepares the simulator's fork of a new head as it arrives, in
	// its own goroutine, as keeper/engine does (Engine.Sim): the first
	// proof of the block then finds it ready, or waits for it.
	warm := func(n uint64) <-chan time.Duration {
		took := make(chan time.Duration, 1)
		go func() {
			start := time.Now()
			_, _ = e.sim.Simulate(ctx, strategies.SimRequest{Block: n}) // a failure is retried by the first proof
			took <- time.Since(start)
		}()
		return took
	}
	defer func() { tl.proven, tl.reverted = tl.proven+proofs.all, tl.reverted+proofs.reverted }()
	for {
		h, ok, err := e.world.Step(ctx)
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
		tl.blocks++
		forkReady := warm(h.Number.Uint64())
		if err := e.block(ctx, h); err != nil {
			return err
		}
		ev, oracle, err := e.logsEvent(ctx, h)
		if err != nil {
			return err
		}
		if len(ev.Logs) > 0 {
			proofs.took = proofs.took[:0]
			ev.Arrived = time.Now()
			returned, sent, err := deliver(ev, h)
			if err != nil {
				return err
			}
			if oracle {
				tl.oracle++
				tl.fork = append(tl.fork, <-forkReady)
				tl.strategy = append(tl.strategy, returned.Sub(ev.Arrived))
				rest := returned.Sub(ev.Arrived) - inEmit
				for _, d := range proofs.took {
					rest -= d
				}
				tl.rest = append(tl.rest, rest)
				tl.proofs = append(tl.proofs, proofs.took...)
				if len(sent) > 0 {
					tl.first = append(tl.first, sent[0].Sub(ev.Arrived))
					tl.last = append(tl.last, sent[len(sent)-1].Sub(ev.Arrived))
					tl.toFirst += toFirst
					if inEmit == 0 { // not streamed: the executor ran after OnEvent
						tl.exec = append(tl.exec, sent[0].Sub(returned))
					}
				}
			}
		}
		for _, tx := range e.world.Pending {
			if _, _, err := deliver(strategies.Event{Kind: strategies.KindPendingTx, Block: h.Number.Uint64(), Arrived: time.Now(), Tx: tx}, h); err != nil {
				return err
			}
		}
		built, err := rl.BuildBlock(ctx)
		if err != nil {
			return fmt.Errorf("relay build: %w", err)
		}
		if built.Header == nil {
			continue
		}
		warm(built.Header.Number.Uint64())
		if err := e.block(ctx, built.Header); err != nil {
			return err
		}
		outs, err := ex.OnHead(ctx, built.Header)
		if err != nil {
			return err
		}
		for _, o := range outs {
			if o.Status == exec.StatusLanded {
				tl.landed++
			}
		}
		if ev, _, err = e.logsEvent(ctx, built.Header); err != nil {
			return err
		}
		if len(ev.Logs) > 0 {
			ev.Arrived = time.Now()
			if _, _, err := deliver(ev, built.Header); err != nil {
				return err
			}
		}
	}
}

// block delivers h's KindBlock event, as the engine and the demo do before
// the block's logs (the strategy follows the clock by it).
func (e *stressEnv) block(ctx context.Context, h *types.Header) error {
	_, err := e.s.OnEvent(ctx, strategies.Event{Kind: strategies.KindBlock, Block: h.Number.Uint64(), Arrived: time.Now(), Header: h})
	return err
}

// timedSim times each simulation the strategy asks for (its proofs) and
// counts those whose last call reverts.
type timedSim struct {
	strategies.Simulator
	took []time.Duration
	// all and reverted count every proof of the play (warm-ups excluded).
	all, reverted int
}

func (t *timedSim) Simulate(ctx context.Context, req strategies.SimRequest) (*strategies.SimResult, error) {
	start := time.Now()
	r, err := t.Simulator.Simulate(ctx, req)
	t.took = append(t.took, time.Since(start))
	if err == nil && len(req.Calls) > 0 {
		t.all++
		if n := len(r.Steps); n > 0 && r.Steps[n-1].Reverted {
			t.reverted++
		}
	}
	return r, err
}

// BenchmarkOracleToBundle plays the generated stress timeline (price
// drifts on the reserves and the other tokens, swaps) with the liquidation
// strategy, the keeper's executor and the local relay, wired as the demo
// wires them. One op is one play of the timeline; the world is built
// outside the timer. Metrics:
//
//	p50-ms, p99-ms   a block whose logs carry a reserve's price update,
//	                 delivered to the strategy → its first liquidation
//	                 bundle on the wire (over the oracle blocks that sent one)
//	last-p*-ms       the same, to the block's last bundle
//	exec-p*-ms       the strategy's answer → the first bundle on the wire
//	                 (the executor's simulation and signing; only when the
//	                 strategy does not stream)
//	strategy-p*-ms   the strategy's own time, every oracle block
//	rest-p*-ms       of which outside its proofs (reloading the reserve
//	                 over RPC, the scan)
//	fork-p*-ms       new head → its fork prepared, in a goroutine of its own
//	                 as keeper/engine does it (the first proof waits for it)
//	proof-p*-ms      one proof on the fork; proofs/move per oracle block;
//	                 proofs-to-first: run before the first bundle (a proof
//	                 that reverts, e.g. the swap does not repay the loan,
//	                 delays it)
//	opps/block       opportunities per timeline block (all events)
//	sent, accepted   bundles handed to the relay, and accepted by it: each
//	                 opportunity is its own bundle with the next nonce, so
//	                 the relay refuses all but one per block ("nonce too high")
//	landed           liquidations that landed
//	proof-revert-%   share of the strategy's proofs whose call reverts
//	                 (e.g. the sale does not repay the loan)
//	exec-reverted    opportunities the executor dropped because its own
//	                 simulation reverted
//
// A strategy that streams (strategies.Emit) has each opportunity submitted
// from inside OnEvent, as the engine does. The 10,000-borrower, 500-block
// stress world needs KEEPERKIT_STRESS=1 (build about 2 minutes):
//
//	go test ./strategies/liquidation -run '^$' -bench OracleToBundle -benchtime 1x -count 5
//	KEEPERKIT_STRESS=1 go test ./strategies/liquidation -run '^$' -bench 'OracleToBundle/accounts=10k' -benchtime 1x -timeout 60m
func BenchmarkOracleToBundle(b *testing.B) {
	for _, bc := range []struct{ borrowers, blocks int }{{1_000, 200}, {10_000, 500}} {
		b.Run(fmt.Sprintf("accounts=%dk/blocks=%d", bc.borrowers/1000, bc.blocks), func(b *testing.B) {
			if bc.borrowers > 1_000 && os.Getenv("KEEPERKIT_STRESS") == "" {
				b.Skip("set KEEPERKIT_STRESS=1 for the 10,000-borrower stress world")
			}
			ctx := context.Background()
			var tl timeline
			for b.Loop() {
				b.StopTimer()
				e, err := newStressEnv(ctx, bc.borrowers, bc.blocks)
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				err = playTimeline(ctx, e, &tl)
				b.StopTimer()
				e.close()
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
			}
			if len(tl.first) == 0 {
				b.Fatalf("%d oracle blocks in %d, no liquidation bundle sent", tl.oracle, tl.blocks)
			}
			for _, m := range []struct {
				name string
				ds   []time.Duration
			}{{"", tl.first}, {"last-", tl.last}, {"exec-", tl.exec}, {"fork-", tl.fork}, {"strategy-", tl.strategy}, {"rest-", tl.rest}, {"proof-", tl.proofs}} {
				if len(m.ds) == 0 {
					continue
				}
				slices.Sort(m.ds)
				b.ReportMetric(ms(percentile(m.ds, 50)), m.name+"p50-ms")
				b.ReportMetric(ms(percentile(m.ds, 99)), m.name+"p99-ms")
			}
			b.ReportMetric(float64(tl.found)/float64(tl.blocks), "opps/block")
			b.ReportMetric(float64(len(tl.proofs))/float64(tl.oracle), "proofs/move")
			b.ReportMetric(float64(tl.toFirst)/float64(len(tl.first)), "proofs-to-first")
			b.ReportMetric(float64(tl.oracle)/float64(b.N), "oracle-blocks")
			b.ReportMetric(float64(len(tl.first))/float64(b.N), "samples")
			b.ReportMetric(float64(tl.sent)/float64(b.N), "sent")
			b.ReportMetric(float64(tl.accepted)/float64(b.N), "accepted")
			b.ReportMetric(float64(tl.landed)/float64(b.N), "landed")
			if tl.proven > 0 {
				b.ReportMetric(100*float64(tl.reverted)/float64(tl.proven), "proof-revert-%")
			}
			b.ReportMetric(float64(tl.execReverts)/float64(b.N), "exec-reverted")
		})
	}
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// percentile of sorted durations, nearest rank.
func percentile(sorted []time.Duration, p int) time.Duration {
	i := (len(sorted)*p + 99) / 100
	return sorted[max(0, min(len(sorted)-1, i-1))]
}
