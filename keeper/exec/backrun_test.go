package exec

import (
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/rs/zerolog"

	"github.com/keeperkit/keeperkit/bundles"
	"github.com/keeperkit/keeperkit/bundles/relay"
	"github.com/keeperkit/keeperkit/keeper/journal"
	"github.com/keeperkit/keeperkit/strategies"
	"github.com/keeperkit/keeperkit/strategies/forksim"
)

// localRelays sends to the local relay over JSON-RPC (MultiRelays) and
// keeps the backruns it sent.
type localRelays struct {
	MultiRelays
	sent []Backrun
}

func (r *localRelays) SendBackrun(ctx context.Context, b Backrun) []SendResult {
	r.sent = append(r.sent, b)
	return r.MultiRelays.SendBackrun(ctx, b)
}

type relayWorld struct {
	*world
	rl      *relay.Relay
	relays  *localRelays
	client  *bundles.Client
	journal *journal.Journal
}

// newRelayWorld is newWorld with the local relay (bundles/relay) on the
// devnet as the executor's only relay.
func newRelayWorld(t *testing.T, dryRun bool) *relayWorld {
	t.Helper()
	w := newWorld(t, defaultPricing(), false)
	rl := relay.New(w.node, relay.WithEmptyBlocks(true))
	if err := rl.Start(0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { rl.Close() })
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("keeperkit/exec/test/identity")))
	c := bundles.NewClient("local", rl.URL(), bundles.NewIdentity(key))
	rw := &relayWorld{world: w, rl: rl, relays: &localRelays{MultiRelays: MultiRelays{bundles.NewMulti(c)}}, client: c}
	nonces, err := NewNonces(context.Background(), w.owner.Address, w.store, w.node.Client())
	if err != nil {
		t.Fatal(err)
	}
	sim := forksim.New(w.node.RPC())
	t.Cleanup(sim.Close)
	if rw.journal, err = journal.Open(context.Background(), filepath.Join(t.TempDir(), "journal.db")); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { rw.journal.Close() })
	cfg := Config{Pricing: defaultPricing(), Key: w.owner.Key, ChainID: w.node.ChainID(), DryRun: dryRun,
		Observe: func(o Outcome) { w.events = append(w.events, o) }, Record: JournalRecorder(rw.journal, zerolog.Nop(), nil)}
	w.ex = New(cfg, w.node.Client(), sim, rw.relays, nonces, zerolog.Nop(), NewMetrics(nil))
	return rw
}

// buildAndFollow has the relay build the next block and the executor
// follow it, and returns the block's header and the changed outcomes.
func (rw *relayWorld) buildAndFollow(ctx context.Context, t *testing.T) (*types.Header, []Outcome) {
	t.Helper()
	built, err := rw.rl.BuildBlock(ctx)
	if err != nil || built.Header == nil {
		t.Fatalf("build: %v", err)
	}
	outs, err := rw.ex.OnHead(ctx, built.Header)
	if err != nil {
		t.Fatal(err)
	}
	return built.Header, outs
}

// private sends a user's transfer to the relay as a hinted MEV-Share
// bundle for blocks head+1..head+3 and returns it with its hint hash.
func (rw *relayWorld) private(t *testing.T, head uint64) (*types.Transaction, common.Hash) {
	t.Helper()
	ctx := context.Background()
	user := rw.node.Accounts()[1]
	nonce, err := rw.node.Client().NonceAt(ctx, user.Address, nil)
	if err != nil {
		t.Fatal(err)
	}
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	tx, err := types.SignNewTx(user.Key, types.LatestSignerForChainID(rw.node.ChainID()), &types.DynamicFeeTx{ChainID: rw.node.ChainID(),
		Nonce: nonce, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(100 * params.GWei), Gas: 21000, To: &to, Value: big.NewInt(1)})
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := tx.MarshalBinary()
	res, err := rw.client.SendMevBundle(ctx, &bundles.MevBundle{Version: bundles.MevVersion,
		Inclusion: bundles.Inclusion{Block: hexutil.Uint64(head + 1), MaxBlock: hexutil.Uint64(head + 3)},
		Body:      []bundles.BodyElement{{Tx: raw}}, Privacy: &bundles.Privacy{Hints: []bundles.HintIntent{bundles.HintHash, bundles.HintLogs}}})
	if err != nil {
		t.Fatal(err)
	}
	return tx, bundles.MatchingHash(res.BundleHash)
}

// TestBackrunSentAsMevShare: an opportunity with a HintHash goes to the
// relay as mev_sendBundle [{hash}, {tx, canRevert false}] over its block
// range, is matched to the user's private transaction, lands right after
// it and is followed to landed; the bundle hash is the relay's.
func TestBackrunSentAsMevShare(t *testing.T) {
	ctx := context.Background()
	rw := newRelayWorld(t, false)
	head := rw.head(t)
	n := head.Number.Uint64()
	user, hint := rw.private(t, n)

	opp := rw.mintOpp("backrun:1", n, params.Ether/100)
	opp.Kind, opp.HintHash = strategies.KindBackrun, hint
	out, err := rw.ex.Submit(ctx, opp, head)
	if err != nil {
		t.Fatal(err)
	}
	if out.Status != StatusSent || out.Simulated || len(out.Relays) != 1 || out.Relays[0].Err != nil {
		t.Fatalf("got status %s, simulated %v, relays %+v; want sent, not simulated, accepted", out.Status, out.Simulated, out.Relays)
	}
	if got := out.Relays[0].BundleHash; got != out.BundleHash || got == (common.Hash{}) {
		t.Errorf("got bundle hash %s from the relay, %s from the executor; want equal", got, out.BundleHash)
	}
	b := rw.relays.sent[0]
	mb := b.MevBundle()
	if b.Hint != hint || b.Block != n+1 || b.MaxBlock != n+3 || len(mb.Body) != 2 || *mb.Body[0].Hash != hint || mb.Body[1].CanRevert {
		t.Errorf("got backrun %+v, want hint %s for blocks %d..%d, body [hash, tx canRevert=false]", mb, hint, n+1, n+3)
	}
	if out.Price.GasUsed != opp.Gas {
		t.Errorf("got priced on %d gas, want the strategy's estimate %d", out.Price.GasUsed, opp.Gas)
	}
	head, outs := rw.buildAndFollow(ctx, t)
	if len(outs) != 1 || outs[0].Status != StatusLanded || outs[0].Block != n+1 {
		t.Fatalf("got outcomes %+v, want landed in block %d", outs, n+1)
	}
	blk, err := rw.node.Client().BlockByNumber(ctx, head.Number)
	if err != nil {
		t.Fatal(err)
	}
	var got []common.Hash
	for _, tx := range blk.Transactions() {
		got = append(got, tx.Hash())
	}
	if len(got) != 2 || got[0] != user.Hash() || got[1] != out.TxHashes[0] {
		t.Errorf("got block txs %v, want [user %s, backrun %s]", got, user.Hash(), out.TxHashes[0])
	}
	// Journaled like any bundle: found, bundled with the relay's answer, landed.
	es, err := rw.journal.Recent(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 1 || es[0].Kind != strategies.KindBackrun || es[0].Status != journal.StatusLanded || es[0].Bundles != 1 || es[0].LandedBlock != n+1 {
		t.Fatalf("got journal %+v, want one landed backrun with one bundle", es)
	}
	ans, err := rw.journal.Answers(ctx, []string{opp.ID})
	if err != nil {
		t.Fatal(err)
	}
	if a := ans[opp.ID]; len(a) != 1 || !a[0].OK || a[0].BundleHash != out.BundleHash.Hex() {
		t.Errorf("got relay answers %+v, want one OK answer for bundle %s", a, out.BundleHash)
	}
}

// TestBackrunRefused: what the executor does with backruns it cannot send
// or the relay cannot match.
func TestBackrunRefused(t *testing.T) {
	ctx := context.Background()

	t.Run("no mev-share relays", func(t *testing.T) {
		w := newWorld(t, defaultPricing(), false)
		head := w.head(t)
		opp := w.mintOpp("b", head.Number.Uint64(), params.Ether/100)
		opp.HintHash = common.HexToHash("0x01")
		if _, err := w.ex.Submit(ctx, opp, head); !errors.Is(err, ErrNoBackrun) {
			t.Errorf("got %v, want ErrNoBackrun", err)
		}
		if len(w.relay.sent) != 0 || len(w.ex.nonces.Live()) != 0 {
			t.Errorf("got %d bundles sent and %d leases, want none", len(w.relay.sent), len(w.ex.nonces.Live()))
		}
	})

	rw := newRelayWorld(t, false)
	head := rw.head(t)
	n := head.Number.Uint64()
	t.Run("two calls", func(t *testing.T) {
		opp := rw.mintOpp("b2", n, params.Ether/100)
		opp.HintHash = common.HexToHash("0x01")
		opp.Calls = append(opp.Calls, opp.Calls[0])
		if _, err := rw.ex.Submit(ctx, opp, head); !errors.Is(err, strategies.ErrInvalidOpportunity) {
			t.Errorf("got %v, want ErrInvalidOpportunity", err)
		}
	})
	t.Run("unknown hint", func(t *testing.T) {
		opp := rw.mintOpp("b3", n, params.Ether/100)
		opp.HintHash = common.HexToHash("0x02")
		out, err := rw.ex.Submit(ctx, opp, head)
		if err != nil {
			t.Fatal(err)
		}
		if len(out.Relays) != 1 || out.Relays[0].Err == nil || !strings.Contains(out.Relays[0].Err.Error(), "backrun not found") {
			t.Errorf("got relays %+v, want the relay's \"backrun not found\"", out.Relays)
		}
	})
	t.Run("dry run", func(t *testing.T) {
		dry := newRelayWorld(t, true)
		head := dry.head(t)
		_, hint := dry.private(t, head.Number.Uint64())
		opp := dry.mintOpp("b4", head.Number.Uint64(), params.Ether/100)
		opp.HintHash = hint
		out, err := dry.ex.Submit(ctx, opp, head)
		if err != nil || out.Status != StatusDryRun {
			t.Fatalf("got %s, %v; want dry-run", out.Status, err)
		}
		if len(dry.relays.sent) != 0 || len(dry.ex.nonces.Live()) != 0 {
			t.Errorf("dry run: got %d backruns sent and %d leases, want none", len(dry.relays.sent), len(dry.ex.nonces.Live()))
		}
	})
}
