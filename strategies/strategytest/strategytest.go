// Package strategytest is the strategy author's test kit: a devnet with a
// scenario's world (real Uniswap and Aave), the strategy's Env wired to it
// (chain client, fork simulator, logger, metrics), events made from the
// blocks the timeline plays, and a way to land the opportunities a strategy
// returns and see what they did.
//
//	kit := strategytest.New(t, "../../configs/scenarios/demo.toml")
//	s := kit.Init(mystrategy.New(...))
//	for kit.Next() {
//		ops := kit.Deliver(s, kit.Block())
//		...
//	}
//
// It may import the plugin API and the sim packages, never the engine.
package strategytest

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/keeperkit/keeperkit/sim/devnet"
	"github.com/keeperkit/keeperkit/strategies"
	"github.com/keeperkit/keeperkit/strategies/forksim"
)

// Kit is one test's chain, world and strategy environment.
type Kit struct {
	T     testing.TB
	Node  *devnet.Node
	World *devnet.World
	// Sender signs what Land sends (a prefunded account the world does not use).
	Sender devnet.Account
	Env    strategies.Env
	// Registry holds what strategies registered, for assertions on metrics.
	Registry *prometheus.Registry

	head *types.Header
}

// New starts a devnet, builds the scenario's world on it and prepares an
// Env whose Sender is the kit's own account. Everything stops with the test.
func New(t testing.TB, scenarioPath string) *Kit {
	t.Helper()
	sc, err := devnet.LoadScenario(scenarioPath)
	if err != nil {
		t.Fatal(err)
	}
	node := devnet.StartT(t)
	ctx := context.Background()
	w, err := devnet.Build(ctx, node, sc)
	if err != nil {
		t.Fatalf("strategytest: build %s: %v", scenarioPath, err)
	}
	sim := forksim.New(node.RPC())
	t.Cleanup(sim.Close)
	reg := prometheus.NewRegistry()
	k := &Kit{T: t, Node: node, World: w, Sender: node.Accounts()[9], Registry: reg}
	k.Env = strategies.Env{
		Chain: node.Client(), Sim: sim, Log: zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.InfoLevel),
		Metrics: reg, ChainID: node.ChainID(), Sender: k.Sender.Address,
	}
	if k.head, err = node.Client().HeaderByNumber(ctx, nil); err != nil {
		t.Fatal(err)
	}
	return k
}

// Init calls s.Init with the kit's Env and fails the test on error.
func (k *Kit) Init(s strategies.Strategy) strategies.Strategy {
	k.T.Helper()
	if err := s.Init(context.Background(), k.Env); err != nil {
		k.T.Fatalf("strategytest: %s.Init: %v", s.Name(), err)
	}
	return s
}

// Next plays the next block of the scenario's timeline; false when it is over.
func (k *Kit) Next() bool {
	k.T.Helper()
	h, ok, err := k.World.Step(context.Background())
	if err != nil {
		k.T.Fatalf("strategytest: step: %v", err)
	}
	if ok {
		k.head = h
	}
	return ok
}

// Head is the latest block.
func (k *Kit) Head() *types.Header { return k.head }

// Block is the KindBlock event of the latest block.
func (k *Kit) Block() strategies.Event {
	return strategies.Event{Kind: strategies.KindBlock, Block: k.head.Number.Uint64(), Arrived: time.Now(), Header: k.head}
}

// Logs is the KindLogs event of the latest block's logs that match subs.
func (k *Kit) Logs(subs strategies.Subscriptions) strategies.Event {
	k.T.Helper()
	h := k.head.Hash()
	logs, err := k.Node.Client().FilterLogs(context.Background(), ethereum.FilterQuery{BlockHash: &h})
	if err != nil {
		k.T.Fatal(err)
	}
	var match []types.Log
	for i := range logs {
		if subs.MatchLog(&logs[i]) {
			match = append(match, logs[i])
		}
	}
	return strategies.Event{Kind: strategies.KindLogs, Block: k.head.Number.Uint64(), Arrived: time.Now(), Header: k.head, Logs: match}
}

// Pending are KindPendingTx events for the transactions the world left in
// the mempool (pending oracle updates).
func (k *Kit) Pending() []strategies.Event {
	var out []strategies.Event
	for _, tx := range k.World.Pending {
		out = append(out, strategies.Event{Kind: strategies.KindPendingTx, Block: k.head.Number.Uint64(), Arrived: time.Now(), Tx: tx})
	}
	return out
}

// Deliver gives s one event and returns its opportunities, each validated;
// an error from OnEvent or an invalid opportunity fails the test.
func (k *Kit) Deliver(s strategies.Strategy, ev strategies.Event) []strategies.Opportunity {
	k.T.Helper()
	ops, err := s.OnEvent(context.Background(), ev)
	if err != nil {
		k.T.Fatalf("strategytest: %s.OnEvent(%s): %v", s.Name(), ev.Kind, err)
	}
	for i := range ops {
		if err := ops[i].Validate(); err != nil {
			k.T.Fatalf("strategytest: %s returned an invalid opportunity: %v", s.Name(), err)
		}
	}
	return ops
}

// Land sends an opportunity as the next block, exactly as a relay would
// land its bundle: the Front transactions, then each call signed by the
// kit's Sender. It returns the receipts of the calls; a reverted call
// fails the test.
func (k *Kit) Land(o strategies.Opportunity) []*types.Receipt {
	k.T.Helper()
	ctx := context.Background()
	nonce, err := k.Node.Client().PendingNonceAt(ctx, k.Sender.Address)
	if err != nil {
		k.T.Fatal(err)
	}
	txs := append([]*types.Transaction(nil), o.Front...)
	var ours []*types.Transaction
	for i, c := range o.Calls {
		to := c.To
		var v *big.Int
		if c.Value != nil {
			v = c.Value.ToBig()
		}
		gas := o.Gas
		if gas == 0 {
			gas = 3_000_000
		}
		tx, err := devnet.Sign(k.Node, k.Sender, nonce+uint64(i), devnet.Call{To: &to, Data: c.Data, Value: v, Gas: gas + gas/2})
		if err != nil {
			k.T.Fatal(err)
		}
		ours = append(ours, tx)
	}
	txs = append(txs, ours...)
	h, err := k.Node.CommitBlock(ctx, txs)
	if err != nil {
		k.T.Fatalf("strategytest: land %s: %v", o.ID, err)
	}
	k.head = h
	var out []*types.Receipt
	for _, tx := range ours {
		r, err := k.Node.Client().TransactionReceipt(ctx, tx.Hash())
		if err != nil {
			k.T.Fatal(err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			k.T.Fatalf("strategytest: %s: call %s reverted", o.ID, tx.Hash())
		}
		out = append(out, r)
	}
	return out
}

// Decoder decodes src, the body of a [strategies.NAME] section, strictly,
// as the keeper does: an unknown key is an error naming it. Pass it to
// strategies.New or a strategy's factory.
func Decoder(src string) func(v any) error {
	return func(v any) error {
		md, err := toml.Decode(src, v)
		if err != nil {
			return err
		}
		if u := md.Undecoded(); len(u) > 0 {
			return fmt.Errorf("unknown key %s", u[0])
		}
		return nil
	}
}
