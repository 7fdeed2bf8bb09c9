package exec

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
	"github.com/rs/zerolog"

	"github.com/keeperkit/keeperkit/abis/bindings/testtoken"
	"github.com/keeperkit/keeperkit/sim/devnet"
	"github.com/keeperkit/keeperkit/strategies"
	"github.com/keeperkit/keeperkit/strategies/forksim"
)

// commitRelay lands each bundle as the devnet's next block, exactly, or
// drops it when drop is set (a relay whose bundle lost the auction).
type commitRelay struct {
	c    devnet.Chain
	drop bool
	sent []Bundle
}

func (r *commitRelay) SendBundle(ctx context.Context, b Bundle) []SendResult {
	r.sent = append(r.sent, b)
	if r.drop {
		return []SendResult{{Relay: "commit"}}
	}
	txs := make([]*types.Transaction, len(b.Txs))
	for i, raw := range b.Txs {
		txs[i] = new(types.Transaction)
		if err := txs[i].UnmarshalBinary(raw); err != nil {
			return []SendResult{{Relay: "commit", Err: err}}
		}
	}
	if _, err := r.c.CommitBlock(ctx, txs); err != nil {
		return []SendResult{{Relay: "commit", Err: err}}
	}
	return []SendResult{{Relay: "commit"}}
}

type world struct {
	node   *devnet.Node
	owner  devnet.Account
	token  common.Address
	tok    *testtoken.TestToken
	relay  *commitRelay
	store  *MemStore
	ex     *Executor
	events []Outcome
}

func newWorld(t *testing.T, pricing Pricing, dryRun bool) *world {
	t.Helper()
	ctx := context.Background()
	node := devnet.StartT(t)
	w := &world{node: node, owner: node.Accounts()[0], tok: testtoken.NewTestToken(), relay: &commitRelay{c: node}, store: &MemStore{}}
	code := append(hexutil.MustDecode(testtoken.TestTokenMetaData.Bin), w.tok.PackConstructor("T", "T", 18)...)
	var err error
	if w.token, _, err = devnet.Deploy(ctx, node, w.owner, code); err != nil {
		t.Fatal(err)
	}
	w.ex = w.executor(t, pricing, dryRun)
	return w
}

func (w *world) executor(t *testing.T, pricing Pricing, dryRun bool) *Executor {
	t.Helper()
	nonces, err := NewNonces(context.Background(), w.owner.Address, w.store, w.node.Client())
	if err != nil {
		t.Fatal(err)
	}
	cfg := Config{Pricing: pricing, Key: w.owner.Key, ChainID: w.node.ChainID(), DryRun: dryRun, Observe: func(o Outcome) { w.events = append(w.events, o) }}
	sim := forksim.New(w.node.RPC())
	t.Cleanup(sim.Close)
	return New(cfg, w.node.Client(), sim, w.relay, nonces, zerolog.Nop(), NewMetrics(nil))
}

// submitMint submits a minting opportunity (0.01 ether of profit) at head,
// failing the test on an error.
func (w *world) submitMint(t *testing.T, id string, head *types.Header) Outcome {
	t.Helper()
	out, err := w.ex.Submit(context.Background(), w.mintOpp(id, head.Number.Uint64(), params.Ether/100), head)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func (w *world) head(t *testing.T) *types.Header {
	t.Helper()
	h, err := w.node.Client().HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// mintOpp is an opportunity whose call is a mint by the owner (succeeds)
// or by someone else's executor (reverts), claiming profit wei.
func (w *world) mintOpp(id string, head uint64, profitWei uint64) strategies.Opportunity {
	return strategies.Opportunity{
		ID: id, Strategy: "test", Kind: strategies.KindArbitrage,
		Calls:    []strategies.Call{{To: w.token, Data: w.tok.PackMint(w.owner.Address, big.NewInt(1))}},
		MinBlock: head + 1, MaxBlock: head + 3,
		Profit: uint256.NewInt(profitWei), Gas: 100_000, MaxBuilderShareBps: 10_000,
	}
}

func defaultPricing() Pricing {
	var p Pricing
	p.MaxFeePerGas.Set(gweiToWei(500))
	p.TipBps = 5000
	return p
}

func TestLandsAndPaysTheBuilder(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, defaultPricing(), false)
	head := w.head(t)
	cb0, _ := w.node.Client().BalanceAt(ctx, devnet.DefaultCoinbase, nil)
	out := w.submitMint(t, "m1", head)
	if out.Status != StatusSent || len(out.TxHashes) != 1 || out.Block != head.Number.Uint64()+1 {
		t.Fatalf("outcome: %+v", out)
	}
	// The relay landed it in the next block; the next head reports it.
	changed, err := w.ex.OnHead(ctx, w.head(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(changed) != 1 || changed[0].Status != StatusLanded {
		t.Fatalf("after the block: %+v", changed)
	}
	rcpt, err := w.node.Client().TransactionReceipt(ctx, out.TxHashes[0])
	if err != nil || rcpt.Status != 1 {
		t.Fatalf("receipt: %v %v", rcpt, err)
	}
	// The coinbase earned exactly gasUsed × tipPerGas: the builder's share.
	cb1, _ := w.node.Client().BalanceAt(ctx, devnet.DefaultCoinbase, nil)
	got := new(big.Int).Sub(cb1, cb0)
	want := new(big.Int).Mul(new(big.Int).SetUint64(rcpt.GasUsed), out.Price.TipPerGas.ToBig())
	if got.Cmp(want) != 0 {
		t.Errorf("coinbase earned %s wei, want gasUsed %d × tip %s = %s", got, rcpt.GasUsed, &out.Price.TipPerGas, want)
	}
	// Half the claimed profit (5000 bps) was offered, floored per gas unit.
	if out.Price.TipPerGas.IsZero() || out.Price.Tip.Gt(uint256.NewInt(params.Ether/200)) {
		t.Errorf("tip %s wei for a 0.005 ETH share", &out.Price.Tip)
	}
	if len(w.ex.nonces.Live()) != 0 {
		t.Errorf("live leases after landing: %v", w.ex.nonces.Live())
	}
}

func TestDrops(t *testing.T) {
	ctx := context.Background()
	p := defaultPricing()
	p.MinProfit.SetUint64(params.Ether / 1000)
	w := newWorld(t, p, false)
	head := w.head(t)
	n := head.Number.Uint64()

	stranger := w.node.Accounts()[3]
	rev := w.mintOpp("rev", n, params.Ether)
	rev.Calls[0].Data = w.tok.PackMint(stranger.Address, big.NewInt(1))
	// The executor signs as the owner; make the call revert by sending it
	// to a token the owner does not own.
	other := testtoken.NewTestToken()
	code := append(hexutil.MustDecode(testtoken.TestTokenMetaData.Bin), other.PackConstructor("O", "O", 18)...)
	otherAddr, _, err := devnet.Deploy(ctx, w.node, stranger, code)
	if err != nil {
		t.Fatal(err)
	}
	rev.Calls[0].To = otherAddr
	head = w.head(t)
	n = head.Number.Uint64()

	for _, tc := range []struct {
		name string
		opp  strategies.Opportunity
		want error
	}{
		{"reverts", rev, ErrReverted},
		{"unprofitable", w.mintOpp("poor", n, 1000), ErrUnprofitable},
		{"under minimum", w.mintOpp("small", n, params.Ether/1000), ErrUnprofitable},
		{"expired", func() strategies.Opportunity {
			o := w.mintOpp("old", n, params.Ether)
			o.MinBlock, o.MaxBlock = n-1, n
			return o
		}(), ErrExpired},
		{"invalid", func() strategies.Opportunity { o := w.mintOpp("", n, params.Ether); return o }(), strategies.ErrInvalidOpportunity},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := len(w.relay.sent)
			out, err := w.ex.Submit(ctx, tc.opp, head)
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
			if out.Status != StatusDropped || len(w.relay.sent) != before {
				t.Errorf("status %s, bundles sent %d → %d; want dropped and nothing sent", out.Status, before, len(w.relay.sent))
			}
			if len(w.ex.nonces.Live()) != 0 {
				t.Errorf("a dropped opportunity holds a nonce: %v", w.ex.nonces.Live())
			}
		})
	}
}

// TestExpiryFreesTheNonce: a bundle that never lands holds its nonce until
// its last block, then the next opportunity gets the same nonce (no gap).
func TestExpiryFreesTheNonce(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, defaultPricing(), false)
	w.relay.drop = true
	head := w.head(t)
	chainNonce, _ := w.node.Client().NonceAt(ctx, w.owner.Address, nil)
	out := w.submitMint(t, "a", head)
	// While it is live, a second opportunity gets the next nonce.
	out2 := w.submitMint(t, "b", head)
	live := w.ex.nonces.Live()
	if len(live) != 2 || live[0].Nonce != chainNonce || live[1].Nonce != chainNonce+1 {
		t.Fatalf("live leases: %+v, want nonces %d and %d", live, chainNonce, chainNonce+1)
	}
	// Blocks pass; the relay keeps getting resubmissions, then they expire.
	for range 3 {
		h, err := w.node.CommitBlock(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.ex.OnHead(ctx, h); err != nil {
			t.Fatal(err)
		}
	}
	if len(w.relay.sent) < 4 {
		t.Errorf("bundles sent: %d, want the first submissions and resubmissions", len(w.relay.sent))
	}
	expired := 0
	for _, o := range w.events {
		if o.Status == StatusExpired && (o.ID == out.ID || o.ID == out2.ID) {
			expired++
		}
	}
	if expired != 2 || len(w.ex.nonces.Live()) != 0 {
		t.Fatalf("expired %d, live %v; want 2 expired and none live", expired, w.ex.nonces.Live())
	}
	w.relay.drop = false
	head = w.head(t)
	out3 := w.submitMint(t, "c", head)
	tx, _, err := w.node.Client().TransactionByHash(ctx, out3.TxHashes[0])
	if err != nil || tx.Nonce() != chainNonce {
		t.Errorf("nonce after expiry: got %v (%v), want %d (reused, not skipped)", tx.Nonce(), err, chainNonce)
	}
}

// TestFollowAtTheSubmitHead: the follow-up of the head a bundle was
// submitted at (the engine runs it after the head's first bundles) does not
// send it again for the same block; the next head resubmits it for the
// block after.
func TestFollowAtTheSubmitHead(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, defaultPricing(), false)
	w.relay.drop = true
	head := w.head(t)
	n := head.Number.Uint64()
	w.submitMint(t, "a", head)
	if err := w.ex.Prepare(ctx, head); err != nil {
		t.Fatal(err)
	}
	if _, err := w.ex.Follow(ctx, head); err != nil {
		t.Fatal(err)
	}
	if len(w.relay.sent) != 1 || w.relay.sent[0].Block != n+1 {
		t.Fatalf("after the follow-up of head %d: %d sends, want only the submission for %d", n, len(w.relay.sent), n+1)
	}
	h, err := w.node.CommitBlock(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.ex.OnHead(ctx, h); err != nil {
		t.Fatal(err)
	}
	if len(w.relay.sent) != 2 || w.relay.sent[1].Block != n+2 {
		t.Fatalf("after head %d: sends %d, want the resubmission for %d", n+1, len(w.relay.sent), n+2)
	}
}

// TestRestart: a lease persisted but never sent (killed between signing
// and sending) is released on restart; one that was sent is held until its
// bundle lands or expires.
func TestRestart(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, defaultPricing(), false)
	chainNonce, _ := w.node.Client().NonceAt(ctx, w.owner.Address, nil)
	head := w.head(t).Number.Uint64()
	// What a killed keeper leaves: one unsent lease, one sent.
	w.store.PutLease(ctx, Lease{Account: w.owner.Address, Nonce: chainNonce, OpportunityID: "unsent", MaxBlock: head + 5})
	w.store.PutLease(ctx, Lease{Account: w.owner.Address, Nonce: chainNonce + 1, OpportunityID: "sent", MaxBlock: head + 5, Sent: true, TxHash: common.Hash{1}})

	nonces, err := NewNonces(ctx, w.owner.Address, w.store, w.node.Client())
	if err != nil {
		t.Fatal(err)
	}
	live := nonces.Live()
	if len(live) != 1 || live[0].OpportunityID != "sent" {
		t.Fatalf("live after restart: %+v, want only the sent lease", live)
	}
	l, err := nonces.Lease(ctx, "next", head+2)
	if err != nil {
		t.Fatal(err)
	}
	if l.Nonce != chainNonce {
		t.Errorf("first lease after restart: nonce %d, want %d (the unsent one's, reused safely)", l.Nonce, chainNonce)
	}
	l2, _ := nonces.Lease(ctx, "next2", head+2)
	if l2.Nonce != chainNonce+2 {
		t.Errorf("second lease: nonce %d, want %d (skipping the live sent one)", l2.Nonce, chainNonce+2)
	}
	// Past its last block the sent lease expires and its nonce is free.
	if err := nonces.Sync(ctx, w.node.Client(), head+6); err != nil {
		t.Fatal(err)
	}
	for _, l := range nonces.Live() {
		if l.OpportunityID == "sent" {
			t.Error("sent lease still live after its last block")
		}
	}
}

// TestReorgDetected: a bundle lands, then a reorg replaces its block; the
// executor reports it reorged and resubmits it, and it lands again.
func TestReorgDetected(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, defaultPricing(), false)
	head := w.head(t)
	out := w.submitMint(t, "r", head)
	landedHead := w.head(t)
	if ch, _ := w.ex.OnHead(ctx, landedHead); len(ch) != 1 || ch[0].Status != StatusLanded {
		t.Fatalf("landing: %+v", ch)
	}
	// Another block at the same height, without our transaction.
	if err := w.node.SetAutomine(ctx, false); err != nil {
		t.Fatal(err)
	}
	newHead, err := w.node.Reorg(ctx, landedHead.Number.Uint64()-1, nil)
	if err != nil {
		t.Fatal(err)
	}
	sentBefore := len(w.relay.sent)
	ch, err := w.ex.OnHead(ctx, newHead)
	if err != nil {
		t.Fatal(err)
	}
	if len(ch) != 1 || ch[0].Status != StatusReorged {
		t.Fatalf("after the reorg: %+v, want one reorged outcome", ch)
	}
	if len(w.relay.sent) != sentBefore+1 {
		t.Fatalf("resubmissions after reorg: %d, want 1", len(w.relay.sent)-sentBefore)
	}
	if ch, _ := w.ex.OnHead(ctx, w.head(t)); len(ch) != 1 || ch[0].Status != StatusLanded {
		t.Fatalf("after resubmission: %+v, want landed again", ch)
	}
	if r, err := w.node.Client().TransactionReceipt(ctx, out.TxHashes[0]); err != nil || r.BlockNumber.Uint64() != newHead.Number.Uint64()+1 {
		t.Errorf("re-landed receipt: %v %v", r, err)
	}
}

func TestDryRunSendsNothing(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, defaultPricing(), true)
	head := w.head(t)
	out := w.submitMint(t, "d", head)
	if out.Status != StatusDryRun || len(w.relay.sent) != 0 || len(w.ex.nonces.Live()) != 0 || len(out.TxHashes) != 1 {
		t.Errorf("dry run: status %s, sent %d, live %d, txs %d", out.Status, len(w.relay.sent), len(w.ex.nonces.Live()), len(out.TxHashes))
	}
	if _, err := w.ex.Submit(ctx, w.mintOpp("d", head.Number.Uint64(), params.Ether/100), head); err != nil && strings.Contains(err.Error(), "flight") {
		t.Errorf("a dry-run opportunity must not stay in flight: %v", err)
	}
}

func TestQuote(t *testing.T) {
	base := gweiToWei(10)
	for _, tc := range []struct {
		name     string
		p        func(*Pricing)
		gas      uint64
		profit   uint64
		share    uint16
		wantErr  error
		wantTipG uint64 // tip per gas in wei
	}{
		{"half to builder", nil, 100_000, params.Ether / 100, 10_000, nil, params.Ether / 200 / 100_000},
		{"opportunity caps share", nil, 100_000, params.Ether / 100, 1000, nil, params.Ether / 1000 / 100_000},
		{"tip cap", func(p *Pricing) { p.TipCap.SetUint64(params.GWei * 100_000) }, 100_000, params.Ether / 100, 10_000, nil, params.GWei},
		{"max fee caps tip", func(p *Pricing) { p.MaxFeePerGas.Set(gweiToWei(12)) }, 100_000, params.Ether / 100, 10_000, nil, 2 * params.GWei},
		{"base fee over max", func(p *Pricing) { p.MaxFeePerGas.Set(gweiToWei(5)) }, 100_000, params.Ether, 10_000, ErrGasPrice, 0},
		{"gas eats profit", nil, 1_000_000, params.GWei * 1000, 10_000, ErrUnprofitable, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := defaultPricing()
			if tc.p != nil {
				tc.p(&p)
			}
			pr, err := p.Quote(base, tc.gas, uint256.NewInt(tc.profit), tc.share)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("err: got %v, want %v", err, tc.wantErr)
			}
			if err != nil {
				return
			}
			if pr.TipPerGas.Uint64() != tc.wantTipG {
				t.Errorf("tip per gas: got %s, want %d", &pr.TipPerGas, tc.wantTipG)
			}
			var sum uint256.Int
			sum.Add(&pr.Net, &pr.GasCost)
			sum.Add(&sum, &pr.Tip)
			if sum.Uint64() != tc.profit {
				t.Errorf("net + gas + tip = %s, want the profit %d", &sum, tc.profit)
			}
			if pr.MaxFeePerGas.Gt(&p.MaxFeePerGas) {
				t.Errorf("max fee %s over the cap %s", &pr.MaxFeePerGas, &p.MaxFeePerGas)
			}
		})
	}
}
