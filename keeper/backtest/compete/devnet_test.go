package compete

import (
	"bytes"
	"context"
	"math/big"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/keeperkit/keeperkit/abis/bindings/keeperexecutor"
	"github.com/keeperkit/keeperkit/keeper/backtest/report"
	"github.com/keeperkit/keeperkit/keeper/demo"
	"github.com/keeperkit/keeperkit/sim/devnet"
)

const demoScenario = "../../../configs/scenarios/demo.toml"

// worldBook is the Book of the demo world. demo.Keeper builds its world
// inside; the builder is deterministic, so the same scenario built on a
// fresh node gives the same addresses (checked against the played chain's
// code by the caller).
func worldBook(w *devnet.World) Book {
	b := Book{AavePools: []common.Address{w.Aave.Pool}, Symbols: map[common.Address]string{}}
	for _, p := range w.V2.Pairs {
		b.Pools = append(b.Pools, Pool{Address: p.Address, Kind: V2, Token0: p.Token0, Token1: p.Token1})
	}
	for _, p := range w.V3.Pools {
		b.Pools = append(b.Pools, Pool{Address: p.Address, Kind: V3, Token0: p.Token0, Token1: p.Token1})
	}
	for sym, t := range w.Tokens {
		b.Symbols[t.Address] = sym
	}
	return b
}

// TestDemoBlocks plays the keeper demo on the devnet (the world's user
// swaps and oracle updates, and the keeper's liquidations and arbitrages
// landed through the local relay), then decodes every block over RPC. It
// must find exactly the keeper's landed liquidations (the executor's
// Liquidated events: borrower, debt covered; collateral seized equal to
// the collateral the executor received) and arbitrages (the executor's
// Arbitraged events: start token and profit), landed by the keeper's
// account through its executor, and nothing in the users' swaps. The fees
// it computes add up to the coinbase's balance change of every block. A
// second decoder that knows only the Aave pool and discovers the pools from
// their logs through the node gives the same table.
func TestDemoBlocks(t *testing.T) {
	// The same world on a fresh node gives the book's addresses, checked
	// on each played chain.
	node2 := devnet.StartT(t)
	sc, err := devnet.LoadScenario(demoScenario)
	if err != nil {
		t.Fatal(err)
	}
	w, err := devnet.Build(context.Background(), node2, sc)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []devnet.Chain{devnet.StartT(t), devnet.StartAnvilT(t)} {
		t.Run(c.Name(), func(t *testing.T) { demoBlocks(t, c, node2, w) })
	}
}

func demoBlocks(t *testing.T, node devnet.Chain, node2 devnet.Chain, w *devnet.World) {
	ctx := context.Background()
	var out bytes.Buffer
	rep, err := demo.Keeper(ctx, &out, demo.Options{Scenario: demoScenario, Chain: node, Log: zerolog.Nop()})
	if err != nil {
		t.Fatalf("demo: %v\n%s", err, out.String())
	}
	m := regexp.MustCompile(`executor: (0x[0-9a-fA-F]{40})`).FindStringSubmatch(out.String())
	if m == nil {
		t.Fatalf("no executor address in the demo's output:\n%s", out.String())
	}
	executor := common.HexToAddress(m[1])
	keeperAcc := node.Accounts()[9].Address

	book := worldBook(w)
	check := append([]common.Address{w.Aave.Pool}, book.Pools[0].Address, book.Pools[len(book.Pools)-1].Address)
	for _, a := range check {
		c1, err1 := node.Client().CodeAt(ctx, a, nil)
		c2, err2 := node2.Client().CodeAt(ctx, a, nil)
		if err1 != nil || err2 != nil || len(c1) == 0 || !bytes.Equal(c1, c2) {
			t.Fatalf("world address %s: not the same contract on the played chain (%v, %v)", a, err1, err2)
		}
	}

	known, err := New(book)
	if err != nil {
		t.Fatal(err)
	}
	discover, err := New(Book{AavePools: book.AavePools, Symbols: book.Symbols}, WithResolver(node.Client()))
	if err != nil {
		t.Fatal(err)
	}
	ex := keeperexecutor.NewKeeperExecutor()
	tipTopic := ex.GetABI().Events["TipPaid"].ID
	transferTopic := crypto.Keccak256Hash([]byte("Transfer(address,address,uint256)"))

	head, err := node.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var got, got2 []report.Competitor
	var want []string // from the executor's events, in block order
	var userSwaps int // transactions of others with swap logs
	for n := uint64(1); n <= head; n++ {
		blk, err := Fetch(ctx, node.Client(), n)
		if err != nil {
			t.Fatal(err)
		}
		cs, err := known.Block(ctx, blk)
		if err != nil {
			t.Fatal(err)
		}
		cs2, err := discover.Block(ctx, blk)
		if err != nil {
			t.Fatal(err)
		}
		got, got2 = append(got, cs...), append(got2, cs2...)

		// What each transaction paid, independently: priority fees from the
		// header and receipt, tips from the executor's TipPaid events.
		blockPaid := new(big.Int)
		byTx := map[string]string{}
		for i, tx := range blk.Txs {
			r := blk.Receipts[i]
			paid := new(big.Int).Sub(r.EffectiveGasPrice, blk.Header.BaseFee)
			paid.Mul(paid, new(big.Int).SetUint64(r.GasUsed))
			for _, l := range r.Logs {
				if l.Address == executor && l.Topics[0] == tipTopic {
					paid.Add(paid, new(big.Int).SetBytes(l.Data[:32]))
				}
			}
			blockPaid.Add(blockPaid, paid)
			byTx[tx.Hash().Hex()] = paid.String()
			from, _ := sender(tx)
			for _, l := range r.Logs {
				if from != keeperAcc && (l.Topics[0] == topicV2Swap || l.Topics[0] == topicV3Swap) {
					userSwaps++
					break
				}
			}
			if from != keeperAcc || r.Status != types.ReceiptStatusSuccessful {
				continue
			}
			for _, l := range r.Logs {
				if l.Address != executor {
					continue
				}
				if ev, err := ex.UnpackLiquidatedEvent(l); err == nil {
					seized := new(big.Int)
					for _, tl := range r.Logs { // collateral the executor received
						if tl.Address == ev.Collateral && len(tl.Topics) == 3 && tl.Topics[0] == transferTopic &&
							common.BytesToAddress(tl.Topics[2][:]) == executor {
							seized.Add(seized, new(big.Int).SetBytes(tl.Data))
						}
					}
					want = append(want, tx.Hash().Hex()+" liquidation borrower="+ev.User.Hex()+" debt="+book.Symbols[ev.Debt]+
						" collateral="+book.Symbols[ev.Collateral]+" debtCovered="+ev.DebtCovered.String()+" collateralSeized="+seized.String())
				}
				if ev, err := ex.UnpackArbitragedEvent(l); err == nil {
					want = append(want, tx.Hash().Hex()+" arbitrage start="+book.Symbols[ev.Token]+" profit="+ev.Profit.String())
				}
			}
		}
		for _, c := range cs {
			if c.CoinbasePaid != byTx[c.Tx] {
				t.Errorf("block %d tx %s: CoinbasePaid %s, want %s (priority fees + TipPaid)", n, c.Tx, c.CoinbasePaid, byTx[c.Tx])
			}
		}
		before, err := node.Client().BalanceAt(ctx, blk.Header.Coinbase, new(big.Int).SetUint64(n-1))
		if err != nil {
			t.Fatal(err)
		}
		after, err := node.Client().BalanceAt(ctx, blk.Header.Coinbase, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatal(err)
		}
		if d := new(big.Int).Sub(after, before); d.Cmp(blockPaid) != 0 {
			t.Errorf("block %d: coinbase balance changed by %s, the transactions paid %s", n, d, blockPaid)
		}
	}

	var liqs, arbs int
	var gotLines []string
	for _, c := range got {
		if c.Searcher != keeperAcc.Hex() || c.Contract != executor.Hex() {
			t.Errorf("%s %s: searcher %s contract %s, want the keeper %s through %s", c.Tx, c.Kind, c.Searcher, c.Contract, keeperAcc, executor)
		}
		switch c.Kind {
		case KindLiquidation:
			liqs++
			gotLines = append(gotLines, c.Tx+" liquidation "+c.Details)
		case KindArbitrage:
			arbs++
			start := strings.Split(strings.TrimPrefix(strings.Fields(c.Details)[0], "cycle="), ">")[0]
			profit := strings.TrimPrefix(strings.Fields(c.Details)[2], "profit=")
			gotLines = append(gotLines, c.Tx+" arbitrage start="+start+" profit="+profit)
		}
	}
	// Within a transaction the executor's event follows the decoded logs;
	// compare as sorted sets of lines.
	sort.Strings(gotLines)
	sort.Strings(want)
	if strings.Join(gotLines, "\n") != strings.Join(want, "\n") {
		t.Errorf("decoded:\n%s\nwant (executor events):\n%s", strings.Join(gotLines, "\n"), strings.Join(want, "\n"))
	}
	var landedLiq, landedArb int
	for _, tt := range rep.Totals {
		switch tt.Strategy {
		case "liquidation":
			landedLiq = tt.Landed
		case "arbitrage":
			landedArb = tt.Landed
		}
	}
	// The demo's MEV-Share backruns are arbitrages through the executor too.
	if liqs != landedLiq || arbs != landedArb+len(rep.Backruns) || liqs == 0 || arbs == 0 {
		t.Errorf("decoded %d liquidations and %d arbitrages, the demo landed %d liquidations, %d arbitrages and %d backruns",
			liqs, arbs, landedLiq, landedArb, len(rep.Backruns))
	}
	for _, br := range rep.Backruns {
		found := false
		for _, c := range got {
			found = found || (c.Kind == KindArbitrage && c.Tx == br.Backrun.Hex() && c.Block == br.Block)
		}
		if !found {
			t.Errorf("backrun %s in block %d: not decoded as an arbitrage", br.Backrun, br.Block)
		}
	}
	if userSwaps == 0 {
		t.Errorf("no user swap in the demo's blocks: the negative case is not exercised")
	}
	if len(got2) != len(got) {
		t.Fatalf("discovering decoder: %d competitors, want %d", len(got2), len(got))
	}
	for i := range got {
		if got2[i] != got[i] {
			t.Errorf("discovering decoder row %d: got %+v, want %+v", i, got2[i], got[i])
		}
	}
	t.Logf("%d blocks: %d liquidations, %d arbitrages decoded; %d user swap transactions ignored", head, liqs, arbs, userSwaps)
}
