package engine

import (
	"context"
	"math/big"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/keeperkit/keeperkit/bundles"
	"github.com/keeperkit/keeperkit/bundles/relay"
	"github.com/keeperkit/keeperkit/keeper/exec"
	"github.com/keeperkit/keeperkit/keeper/journal"
	"github.com/keeperkit/keeperkit/keeper/runtime"
	"github.com/keeperkit/keeperkit/keeper/source"
	"github.com/keeperkit/keeperkit/sim/devnet"
	"github.com/keeperkit/keeperkit/strategies"
	"github.com/keeperkit/keeperkit/strategies/forksim"
)

// hintRecorder is a strategy that asks for hints and keeps them.
type hintRecorder struct {
	mu    sync.Mutex
	hints []strategies.Event
}

func (h *hintRecorder) Name() string                               { return "hint-recorder" }
func (h *hintRecorder) Init(context.Context, strategies.Env) error { return nil }
func (h *hintRecorder) Subscriptions() strategies.Subscriptions {
	return strategies.Subscriptions{Kinds: strategies.NewKindSet(strategies.KindHint)}
}
func (h *hintRecorder) OnEvent(_ context.Context, ev strategies.Event) ([]strategies.Opportunity, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.hints = append(h.hints, ev)
	return nil, nil
}

func (h *hintRecorder) seen(hash common.Hash) (strategies.Event, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, ev := range h.hints {
		if ev.Hint != nil && ev.Hint.Hash == hash {
			return ev, true
		}
	}
	return strategies.Event{}, false
}

// TestEngineHints: with a relay's hints_url configured (Engine.Hints, as
// keeper run sets it), a private transaction sent to the relay through
// mev_sendBundle with hints reaches a strategy that asks for hints as a
// KindHint event carrying the hash a backrun refers to and the shared
// fields; with no hint URL the strategy gets nothing.
func TestEngineHints(t *testing.T) {
	for _, withURL := range []bool{true, false} {
		t.Run(map[bool]string{true: "hints_url", false: "no hints_url"}[withURL], func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			node := devnet.StartT(t)
			rl := relay.New(node)
			if err := rl.Start(0); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { rl.Close() })
			id, err := bundles.GenerateIdentity()
			if err != nil {
				t.Fatal(err)
			}
			client := bundles.NewClient("local", rl.URL(), id)
			reg := prometheus.NewRegistry()
			log := zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.WarnLevel)
			sim := forksim.New(node.RPC())
			t.Cleanup(sim.Close)
			keeperAcc := node.Accounts()[9]
			rec := &hintRecorder{}
			env := strategies.Env{Chain: node.Client(), Sim: sim, Log: log, Metrics: reg, ChainID: node.ChainID(), Sender: keeperAcc.Address}
			rt, err := runtime.New(runtime.Config{}, env, []strategies.Strategy{rec})
			if err != nil {
				t.Fatal(err)
			}
			j, err := journal.Open(ctx, filepath.Join(t.TempDir(), "keeper.db"))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { j.Close() })
			nonces, err := exec.NewNonces(ctx, keeperAcc.Address, exec.JournalStore{J: j}, node.Client())
			if err != nil {
				t.Fatal(err)
			}
			ex := exec.New(exec.Config{Key: keeperAcc.Key, ChainID: node.ChainID()}, node.Client(), sim,
				Relays{Multi: bundles.NewMulti(client)}, nonces, log, exec.NewMetrics(reg))
			ready := make(chan struct{})
			eng := &Engine{Strategies: []strategies.Strategy{rec}, Runtime: rt, Exec: ex, Sim: sim, Log: log, Registry: reg,
				Heads: source.HeadsConfig{WSURL: node.WSEndpoint(), HTTPURL: node.HTTPEndpoint()},
				Ready: func() { close(ready) }}
			if withURL {
				eng.Hints = []string{rl.URL()}
			}
			done := make(chan error, 1)
			go func() { done <- eng.Run(ctx) }()
			select {
			case <-ready:
			case err := <-done:
				t.Fatalf("engine stopped before ready: %v", err)
			case <-time.After(30 * time.Second):
				t.Fatal("engine not ready within 30s")
			}

			// A user's private transfer, hinted with its hash and destination.
			user := node.Accounts()[3]
			to := common.HexToAddress("0x00000000000000000000000000000000000b0b0b")
			nonce, err := node.Client().PendingNonceAt(ctx, user.Address)
			if err != nil {
				t.Fatal(err)
			}
			tx, err := types.SignNewTx(user.Key, types.LatestSignerForChainID(node.ChainID()), &types.DynamicFeeTx{
				ChainID: node.ChainID(), Nonce: nonce, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(100 * params.GWei),
				Gas: 21_000, To: &to, Value: big.NewInt(1)})
			if err != nil {
				t.Fatal(err)
			}
			raw, err := tx.MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			head, err := node.Client().BlockNumber(ctx)
			if err != nil {
				t.Fatal(err)
			}
			b := &bundles.MevBundle{Version: bundles.MevVersion,
				Inclusion: bundles.Inclusion{Block: hexutil.Uint64(head + 1), MaxBlock: hexutil.Uint64(head + 20)},
				Body:      []bundles.BodyElement{{Tx: raw}},
				Privacy:   &bundles.Privacy{Hints: []bundles.HintIntent{bundles.HintHash, bundles.HintContractAddress}}}
			want := bundles.MatchingHash(tx.Hash())
			// The stream may still be connecting: the relay streams the
			// hint again each time the bundle is sent.
			var got strategies.Event
			var ok bool
			deadline := time.Now().Add(map[bool]time.Duration{true: 20 * time.Second, false: 3 * time.Second}[withURL])
			for !ok && time.Now().Before(deadline) {
				if _, err := client.SendMevBundle(ctx, b); err != nil {
					t.Fatalf("mev_sendBundle: %v", err)
				}
				time.Sleep(200 * time.Millisecond)
				got, ok = rec.seen(want)
			}
			if !withURL {
				if ok {
					t.Fatalf("no hints_url: the strategy got hint %s", want)
				}
				return
			}
			if !ok {
				t.Fatalf("the strategy got no hint %s within 20s (got %d hints)", want, len(rec.hints))
			}
			if got.Kind != strategies.KindHint || len(got.Hint.Txs) != 1 || got.Hint.Txs[0].To == nil || *got.Hint.Txs[0].To != to {
				t.Errorf("hint event: got kind %v txs %+v, want a KindHint sharing to=%s", got.Kind, got.Hint.Txs, to)
			}
			if got.Block < head {
				t.Errorf("hint event block: got %d, want the head (>= %d)", got.Block, head)
			}
			cancel()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("engine stopped with %v, want nil on cancel", err)
				}
			case <-time.After(15 * time.Second):
				t.Error("engine did not stop within 15s of cancel")
			}
		})
	}
}
