package liquidation

import (
	"context"
	"fmt"
	"math"
	"math/big"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"
	"github.com/rs/zerolog"

	"github.com/keeperkit/keeperkit/abis/bindings/keeperexecutor"
	"github.com/keeperkit/keeperkit/sim/devnet"
	"github.com/keeperkit/keeperkit/sim/fastpath"
	"github.com/keeperkit/keeperkit/strategies"
	"github.com/keeperkit/keeperkit/strategies/forksim"
	"github.com/keeperkit/keeperkit/strategies/strategytest"
)

// stressPath is the stress scenario; its [generate] section is cut down
// to the sizes the tests and benchmarks ask for.
const stressPath = "../../configs/scenarios/stress.toml"

// rpcBatchSize is how many eth_calls the rpc-batch baseline sends per
// JSON-RPC batch: go-ethereum's default BatchRequestLimit, the most a
// stock node accepts.
const rpcBatchSize = 1000

// stressEnv is a devnet with the stress world (borrowers accounts, blocks
// timeline blocks), the keeper's executor contract deployed, and the
// liquidation strategy initialised on it.
type stressEnv struct {
	node     *devnet.Node
	world    *devnet.World
	keeper   devnet.Account
	executor common.Address
	sim      *forksim.Simulator
	env      strategies.Env
	s        *Strategy
}

func (e *stressEnv) close() {
	e.sim.Close()
	e.node.Close()
}

// newStressEnv builds the world; the caller closes it.
func newStressEnv(ctx context.Context, borrowers, blocks int) (_ *stressEnv, err error) {
	sc, err := devnet.LoadScenario(stressPath)
	if err != nil {
		return nil, err
	}
	g := *sc.Generate
	g.Borrowers, g.Blocks = borrowers, blocks
	sc.Generate = &g
	node, err := devnet.Start(ctx, devnet.StressConfig())
	if err != nil {
		return nil, err
	}
	e := &stressEnv{node: node, keeper: node.Accounts()[9], sim: forksim.New(node.RPC())}
	defer func() {
		if err != nil {
			e.close()
		}
	}()
	if e.world, err = devnet.Build(ctx, node, sc); err != nil {
		return nil, err
	}
	ex := keeperexecutor.NewKeeperExecutor()
	code := append(hexutil.MustDecode(keeperexecutor.KeeperExecutorMetaData.Bin), ex.PackConstructor(e.keeper.Address)...)
	if e.executor, _, err = devnet.Deploy(ctx, node, e.keeper, code); err != nil {
		return nil, err
	}
	log := zerolog.Nop()
	switch os.Getenv("KEEPERKIT_BENCH_LOG") {
	case "":
	case "debug":
		log = zerolog.New(os.Stderr).Level(zerolog.DebugLevel)
	default:
		log = zerolog.New(os.Stderr).Level(zerolog.InfoLevel)
	}
	e.env = strategies.Env{Chain: node.Client(), Sim: e.sim, Log: log, ChainID: node.ChainID(), Executor: e.executor, Sender: e.keeper.Address}
	st, err := New(strategytest.Decoder(e.config()))
	if err != nil {
		return nil, err
	}
	e.s = st.(*Strategy)
	if err := e.s.Init(ctx, e.env); err != nil {
		return nil, err
	}
	return e, nil
}

// config is the strategy's section on the stress world: every pair may
// be sold through, as an operator of this market would configure it; the
// defaults otherwise (max_proofs 16).
func (e *stressEnv) config() string {
	var swaps []string
	for _, p := range e.world.V2.Pairs {
		swaps = append(swaps, fmt.Sprintf("%q", "v2:"+p.Address.Hex()))
	}
	w := e.world
	return fmt.Sprintf("pool = %q\noracle = %q\nweth = %q\nswap_pools = [%s]\nmin_profit_wei = \"1000000000000000\"\nblocks = 3\n",
		w.Aave.Pool.Hex(), w.Aave.Oracle.Hex(), w.WETH.Hex(), strings.Join(swaps, ", "))
}

// logsEvent is the KindLogs event of block h's logs that the strategy
// subscribed to, as the engine delivers it.
func (e *stressEnv) logsEvent(ctx context.Context, h *types.Header) (strategies.Event, bool, error) {
	hash := h.Hash()
	logs, err := e.node.Client().FilterLogs(ctx, ethereum.FilterQuery{BlockHash: &hash})
	if err != nil {
		return strategies.Event{}, false, err
	}
	sub := e.s.Subscriptions()
	var match []types.Log
	oracle := false
	for i := range logs {
		if sub.MatchLog(&logs[i]) {
			match = append(match, logs[i])
			oracle = oracle || (len(logs[i].Topics) > 0 && logs[i].Topics[0] == topicAnswerUpdated)
		}
	}
	return strategies.Event{Kind: strategies.KindLogs, Block: h.Number.Uint64(), Header: h, Logs: match}, oracle, nil
}

// setPrice commits a block with the oracle's new answer for sym (8
// decimals) and returns its header.
func (e *stressEnv) setPrice(ctx context.Context, sym string, usd8 int64) (*types.Header, error) {
	n, err := e.node.Client().PendingNonceAt(ctx, e.world.Oracle.Address)
	if err != nil {
		return nil, err
	}
	feed := e.world.Tokens[sym].Feed
	tx, err := devnet.Sign(e.node, e.world.Oracle, n, devnet.Call{To: &feed, Data: feedABI.PackSetAnswer(big.NewInt(usd8)), Gas: 200_000})
	if err != nil {
		return nil, err
	}
	return e.node.CommitBlock(ctx, []*types.Transaction{tx})
}

// users are the tracked borrowers, sorted.
func (e *stressEnv) users() []common.Address {
	out := make([]common.Address, 0, len(e.s.users))
	for u := range e.s.users {
		out = append(out, u)
	}
	slices.SortFunc(out, func(a, b common.Address) int { return a.Cmp(b) })
	return out
}

// scanFixture is a stress world where one oracle move (WETH down 15%) has
// made part of the borrowers liquidatable, and the strategy has seen it.
type scanFixture struct {
	*stressEnv
	block *big.Int // the block of the move: both scans read its state
	time  uint64
}

var (
	scanMu       sync.Mutex
	scanFixtures = map[int]*scanFixture{}
)

// TestMain closes the worlds the benchmarks share across -count runs.
func TestMain(m *testing.M) {
	code := m.Run()
	for _, f := range scanFixtures {
		f.close()
	}
	os.Exit(code)
}

// scanWorld returns the shared fixture of that many borrowers, building it
// the first time.
func scanWorld(tb testing.TB, borrowers int) *scanFixture {
	tb.Helper()
	scanMu.Lock()
	defer scanMu.Unlock()
	if f := scanFixtures[borrowers]; f != nil {
		return f
	}
	ctx := context.Background()
	e, err := newStressEnv(ctx, borrowers, 0)
	if err != nil {
		tb.Fatalf("stress world of %d borrowers: %v", borrowers, err)
	}
	h, err := e.setPrice(ctx, "WETH", 1700e8) // from 2000: HF × 0.85 for WETH collateral
	if err != nil {
		e.close()
		tb.Fatal(err)
	}
	ev, _, err := e.logsEvent(ctx, h)
	if err != nil {
		e.close()
		tb.Fatal(err)
	}
	if _, err := e.s.OnEvent(ctx, ev); err != nil {
		e.close()
		tb.Fatal(err)
	}
	f := &scanFixture{stressEnv: e, block: h.Number, time: h.Time}
	scanFixtures[borrowers] = f
	return f
}

// fastScan is the strategy's own scan: every tracked account's health
// factor in the market as it stands, at time now, in its book (ScanFull),
// ranked as the strategy proves them.
func (f *scanFixture) fastScan(now uint64) []candidate {
	f.s.market.SetTime(now)
	f.s.scanFull(now)
	return slices.Clone(f.s.bookCandidates(math.MaxInt))
}

// mapScan is the strategy's scan before the book (session 3): AccountData
// over every position, then the same ranking.
func (f *scanFixture) mapScan(now uint64) []candidate {
	f.s.market.SetTime(now)
	return slices.Clone(f.s.liquidatable(&f.s.market, math.MaxInt))
}

// rpcCall is the common practice: Pool.getUserAccountData for each account,
// one eth_call each, at the block of the move.
func (f *scanFixture) rpcCall(ctx context.Context, users []common.Address) ([]common.Address, error) {
	client := f.node.Client()
	var out []common.Address
	for _, u := range users {
		raw, err := client.CallContract(ctx, ethereum.CallMsg{To: &f.world.Aave.Pool, Data: poolABI.PackGetUserAccountData(u)}, f.block)
		if err != nil {
			return nil, err
		}
		if under, err := underwater(raw); err != nil {
			return nil, fmt.Errorf("%s: %w", u, err)
		} else if under {
			out = append(out, u)
		}
	}
	return out, nil
}

// rpcBatch sends the same eth_calls as JSON-RPC batches of rpcBatchSize.
func (f *scanFixture) rpcBatch(ctx context.Context, users []common.Address) ([]common.Address, error) {
	type callArg struct {
		To   common.Address `json:"to"`
		Data hexutil.Bytes  `json:"data"`
	}
	block := hexutil.EncodeBig(f.block)
	results := make([]hexutil.Bytes, len(users))
	elems := make([]rpc.BatchElem, len(users))
	for i, u := range users {
		elems[i] = rpc.BatchElem{Method: "eth_call", Args: []any{callArg{To: f.world.Aave.Pool, Data: poolABI.PackGetUserAccountData(u)}, block}, Result: &results[i]}
	}
	for i := 0; i < len(elems); i += rpcBatchSize {
		if err := f.node.RPC().BatchCallContext(ctx, elems[i:min(i+rpcBatchSize, len(elems))]); err != nil {
			return nil, err
		}
	}
	var out []common.Address
	for i, u := range users {
		if elems[i].Error != nil {
			return nil, fmt.Errorf("%s: %w", u, elems[i].Error)
		}
		if under, err := underwater(results[i]); err != nil {
			return nil, fmt.Errorf("%s: %w", u, err)
		} else if under {
			out = append(out, u)
		}
	}
	return out, nil
}

// underwater decodes getUserAccountData's answer: health factor under 1.
func underwater(raw []byte) (bool, error) {
	d, err := poolABI.UnpackGetUserAccountData(raw)
	if err != nil {
		return false, err
	}
	return d.HealthFactor.Cmp(fastpath.AaveLiquidationHFThreshold.ToBig()) < 0, nil
}

// book copies the strategy's positions of users, in that order, into a
// fastpath.AaveBook over the strategy's market.
func (f *scanFixture) book(tb testing.TB, users []common.Address) (*fastpath.AaveBook, []uint32) {
	tb.Helper()
	pos := make([]fastpath.AavePosition, len(users))
	for i, u := range users {
		pos[i] = f.s.pos[f.s.users[u]]
	}
	book, err := fastpath.NewAaveBook(&f.s.market, pos)
	if err != nil {
		tb.Fatal(err)
	}
	return book, make([]uint32, 0, len(users))
}

func bookAddrs(users []common.Address, under []uint32) []common.Address {
	out := make([]common.Address, len(under))
	for i, a := range under {
		out[i] = users[a]
	}
	return out
}

func addresses(cands []candidate) []common.Address {
	out := make([]common.Address, len(cands))
	for i, c := range cands {
		out[i] = c.user
	}
	slices.SortFunc(out, func(a, b common.Address) int { return a.Cmp(b) })
	return out
}

// TestScanMatchesRPC: on the stress world after an oracle move, the
// strategy's fast-path scan finds exactly the accounts that Aave's own
// getUserAccountData calls liquidatable, by one eth_call per account and by
// batches, and each account's health factor and debt are the chain's to the
// wei.
func TestScanMatchesRPC(t *testing.T) {
	f := scanWorld(t, 1_000)
	ctx := context.Background()
	users := f.users()
	// The borrowers and the world's supplier, found from the pool's events.
	if len(users) != 1_001 {
		t.Fatalf("the strategy tracks %d accounts, want 1,001", len(users))
	}
	// The chain's eth_call runs at the block's own time; so does this scan.
	ranked := f.fastScan(f.time)
	fast := addresses(ranked)
	// The book ranks exactly as AccountData over every position did.
	old := f.mapScan(f.time)
	if len(old) != len(ranked) {
		t.Fatalf("book finds %d liquidatable, AccountData over the positions %d", len(ranked), len(old))
	}
	for i := range old {
		if old[i].user != ranked[i].user || !old[i].debt.Eq(&ranked[i].debt) {
			t.Fatalf("rank %d: book has %s (debt %s), AccountData %s (debt %s)", i, ranked[i].user, &ranked[i].debt, old[i].user, &old[i].debt)
		}
	}
	byCall, err := f.rpcCall(ctx, users)
	if err != nil {
		t.Fatal(err)
	}
	byBatch, err := f.rpcBatch(ctx, users)
	if err != nil {
		t.Fatal(err)
	}
	if len(fast) == 0 || len(fast) == len(users) {
		t.Fatalf("%d of %d liquidatable: the move should leave some on each side", len(fast), len(users))
	}
	if !slices.Equal(fast, byCall) {
		t.Errorf("fast path finds %d liquidatable, one eth_call per account %d: sets differ", len(fast), len(byCall))
	}
	if !slices.Equal(byCall, byBatch) {
		t.Errorf("eth_call finds %d, batched eth_call %d: sets differ", len(byCall), len(byBatch))
	}
	book, under := f.book(t, users)
	if got := bookAddrs(users, book.ScanFull(under)); !slices.Equal(got, fast) {
		t.Errorf("fastpath.AaveBook finds %d liquidatable, the strategy's scan %d: sets differ", len(got), len(fast))
	}
	var acct fastpath.AaveAccount
	for _, u := range users {
		raw, err := f.node.Client().CallContract(ctx, ethereum.CallMsg{To: &f.world.Aave.Pool, Data: poolABI.PackGetUserAccountData(u)}, f.block)
		if err != nil {
			t.Fatal(err)
		}
		d, err := poolABI.UnpackGetUserAccountData(raw)
		if err != nil {
			t.Fatal(err)
		}
		if err := f.s.market.AccountData(&f.s.pos[f.s.users[u]], &acct); err != nil {
			t.Fatalf("%s: %v", u, err)
		}
		if want, _ := uint256.FromBig(d.HealthFactor); !acct.HealthFactor.Eq(want) {
			t.Errorf("%s: got health factor %s, want %s", u, &acct.HealthFactor, want)
		}
		if want, _ := uint256.FromBig(d.TotalDebtBase); !acct.TotalDebtBase.Eq(want) {
			t.Errorf("%s: got debt %s, want %s", u, &acct.TotalDebtBase, want)
		}
	}
	t.Logf("%d of %d borrowers liquidatable after WETH 2000 → 1700", len(fast), len(users))
}

// BenchmarkLiquidationScan: after an oracle move, find every liquidatable
// account among the tracked borrowers of the stress world and rank them.
// keeperkit is the strategy's own scan (a full rescan of its
// fastpath.AaveBook at the next block's time, health factors exact to the
// wei); accountdata is its scan before the book (AaveMarket.AccountData
// over a map of positions, session 3); rpc-call asks the node's Pool.getUserAccountData
// once per account (eth_call over HTTP on loopback), rpc-batch sends the
// same calls as JSON-RPC batches of 1,000. All three find the same set
// (TestScanMatchesRPC). The 10,000-borrower stress world needs
// KEEPERKIT_STRESS=1 (about 2 minutes to build).
//
//	go test ./strategies/liquidation -run '^$' -bench LiquidationScan -count 5 | go run ./internal/benchtable
func BenchmarkLiquidationScan(b *testing.B) {
	ctx := context.Background()
	impls := []struct {
		name string
		scan func(f *scanFixture, users []common.Address) (int, error)
	}{
		{"keeperkit", func(f *scanFixture, _ []common.Address) (int, error) {
			return len(f.fastScan(f.s.now + 12)), nil
		}},
		{"accountdata", func(f *scanFixture, _ []common.Address) (int, error) {
			return len(f.mapScan(f.s.now + 12)), nil
		}},
		{"rpc-call", func(f *scanFixture, users []common.Address) (int, error) {
			out, err := f.rpcCall(ctx, users)
			return len(out), err
		}},
		{"rpc-batch", func(f *scanFixture, users []common.Address) (int, error) {
			out, err := f.rpcBatch(ctx, users)
			return len(out), err
		}},
	}
	for _, im := range impls {
		for _, n := range []int{1_000, 10_000} {
			b.Run(fmt.Sprintf("impl=%s/accounts=%dk", im.name, n/1000), func(b *testing.B) {
				if n > 1_000 && os.Getenv("KEEPERKIT_STRESS") == "" {
					b.Skip("set KEEPERKIT_STRESS=1 for the 10,000-borrower stress world")
				}
				f := scanWorld(b, n)
				users := f.users()
				found := 0
				b.ReportAllocs()
				for b.Loop() {
					k, err := im.scan(f, users)
					if err != nil {
						b.Fatal(err)
					}
					found = k
				}
				b.ReportMetric(float64(found), "liquidatable")
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(users)), "ns/account")
			})
		}
	}
}

// BenchmarkLiquidationScanBook is the scan the strategy could have: the
// same positions copied into sim/fastpath's AaveBook (flat arrays instead
// of the strategy's map of positions), rescanned in full (scan=full, at
// the next block's time) or only the accounts exposed to WETH after its
// price moved (scan=weth-move). Not a comparison: the strategy does not
// use the book (yet); TestScanMatchesRPC checks it finds the same set.
//
//	go test ./strategies/liquidation -run '^$' -bench LiquidationScanBook
func BenchmarkLiquidationScanBook(b *testing.B) {
	for _, n := range []int{1_000, 10_000} {
		for _, scan := range []string{"full", "weth-move"} {
			b.Run(fmt.Sprintf("accounts=%dk/scan=%s", n/1000, scan), func(b *testing.B) {
				if n > 1_000 && os.Getenv("KEEPERKIT_STRESS") == "" {
					b.Skip("set KEEPERKIT_STRESS=1 for the 10,000-borrower stress world")
				}
				f := scanWorld(b, n)
				users := f.users()
				book, under := f.book(b, users)
				weth := f.s.byAsset[f.world.WETH]
				f.s.market.SetTime(f.s.now + 12)
				under = book.ScanFull(under)
				b.ReportAllocs()
				for b.Loop() {
					if scan == "full" {
						f.s.market.SetTime(f.s.now + 12)
						under = book.ScanFull(under)
					} else {
						under = book.Reprice(weth, under)
					}
				}
				b.ReportMetric(float64(len(under)), "liquidatable")
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(users)), "ns/account")
			})
		}
	}
}

// TestBookFollowsMoves: the book's incremental updates (Reprice after a
// price answer, SetScaled after a position event, at the time its last
// ScanFull was done for) find exactly the accounts, in the same ranking,
// that AccountData over every position finds in the same market.
func TestBookFollowsMoves(t *testing.T) {
	f := scanWorld(t, 1_000)
	s := f.s
	weth := s.byAsset[f.world.WETH]
	now := s.now + 12
	s.advance(now) // the book scanned in full at the next block's time
	check := func(what string) {
		t.Helper()
		if s.scanned != now {
			t.Fatalf("%s: the book was rescanned in full (at %d, want the incremental path at %d)", what, s.scanned, now)
		}
		got, want := slices.Clone(s.bookCandidates(math.MaxInt)), f.mapScan(now)
		if len(got) != len(want) {
			t.Fatalf("%s: book finds %d liquidatable, AccountData %d", what, len(got), len(want))
		}
		for i := range want {
			if got[i].user != want[i].user || !got[i].debt.Eq(&want[i].debt) {
				t.Fatalf("%s: rank %d: book %s, AccountData %s", what, i, got[i].user, want[i].user)
			}
		}
		// The k best alone: exact debts only where the float bounds
		// overlap the k-th best's, the same k accounts in the same order.
		for _, k := range []int{1, 2, 16, 64} {
			top := s.bookCandidates(k)
			if n := min(k, len(want)); len(top) != n {
				t.Fatalf("%s: k=%d: book keeps %d, want %d", what, k, len(top), n)
			}
			for i := range top {
				if top[i].user != want[i].user || !top[i].debt.Eq(&want[i].debt) {
					t.Fatalf("%s: k=%d rank %d: book %s (debt %s), AccountData %s (debt %s)", what, k, i, top[i].user, top[i].debt.Dec(), want[i].user, want[i].debt.Dec())
				}
			}
		}
		t.Logf("%s: %d liquidatable", what, len(got))
	}
	old := s.market.Reserves[weth].Price
	defer func() { // the fixture is shared: leave it as found
		s.market.Reserves[weth].Price = old
		s.advance(now)
	}()
	for _, usd := range []uint64{1650, 1800, 1500, 1700} {
		s.market.Reserves[weth].Price.SetUint64(usd * 1e8)
		if err := s.update(false, []int{weth}, nil); err != nil {
			t.Fatal(err)
		}
		check(fmt.Sprintf("WETH at %d", usd))
	}
	// A borrower whose debt doubles (same reserves: SetScaled), and one
	// whose collateral halves.
	var up, down int = -1, -1
	for i := range s.pos {
		for _, e := range s.pos[i].Entries {
			if e.Borrowing && up < 0 && !e.ScaledVariableDebt.IsZero() {
				up = i
			}
			if e.Collateral && down < 0 && i != up && !e.ScaledCollateral.IsZero() {
				down = i
			}
		}
	}
	saved := [2]fastpath.AavePosition{clonePos(s.pos[up]), clonePos(s.pos[down])}
	defer func() {
		s.pos[up], s.pos[down] = saved[0], saved[1]
		s.setScaled(up)
		s.setScaled(down)
	}()
	for j := range s.pos[up].Entries {
		e := &s.pos[up].Entries[j]
		e.ScaledVariableDebt.Lsh(&e.ScaledVariableDebt, 1)
	}
	for j := range s.pos[down].Entries {
		e := &s.pos[down].Entries[j]
		e.ScaledCollateral.Rsh(&e.ScaledCollateral, 1)
	}
	if err := s.update(false, nil, []int{up, down}); err != nil {
		t.Fatal(err)
	}
	check("two positions moved")
}

func clonePos(p fastpath.AavePosition) fastpath.AavePosition {
	p.Entries = append([]fastpath.AaveEntry(nil), p.Entries...)
	return p
}

// plainChain hides the RPC client behind Env.Chain: Init then reads the
// borrowers with one eth_call each (as the strategy did before batching,
// and as it still does where Env.Chain is no RPC client).
type plainChain struct{ strategies.Chain }

// BenchmarkStrategyInit: the strategy's Init on the stress world (market,
// pools, borrower discovery, every borrower's position). keeperkit reads
// the positions from storage (eth_getStorageAt in JSON-RPC batches of
// 1,000, the layout calibrated on 16 borrowers against the views);
// one-call-each calls the views (getUserConfiguration, getUserEMode,
// scaledBalanceOf) one eth_call at a time, as the strategy did before.
//
//	go test ./strategies/liquidation -run '^$' -bench StrategyInit -benchtime 3x
func BenchmarkStrategyInit(b *testing.B) {
	for _, n := range []int{1_000, 10_000} {
		for _, im := range []string{"keeperkit", "one-call-each"} {
			b.Run(fmt.Sprintf("impl=%s/accounts=%dk", im, n/1000), func(b *testing.B) {
				if n > 1_000 && os.Getenv("KEEPERKIT_STRESS") == "" {
					b.Skip("set KEEPERKIT_STRESS=1 for the 10,000-borrower stress world")
				}
				f := scanWorld(b, n)
				env := f.env
				if im != "keeperkit" {
					env.Chain = plainChain{env.Chain}
				}
				ctx := context.Background()
				b.ReportAllocs()
				for b.Loop() {
					st, err := New(strategytest.Decoder(f.config()))
					if err != nil {
						b.Fatal(err)
					}
					if err := st.Init(ctx, env); err != nil {
						b.Fatal(err)
					}
					if got := len(st.(*Strategy).addrs); got != len(f.s.addrs) {
						b.Fatalf("loaded %d borrowers, want %d", got, len(f.s.addrs))
					}
				}
			})
		}
	}
}

// batchChain is a Chain with the strategies.BatchCaller power (as the
// engine's shared chain view), counting the messages it was given.
type batchChain struct {
	strategies.Chain
	rc   *rpc.Client
	msgs *int
}

func (b batchChain) CallContracts(ctx context.Context, msgs []ethereum.CallMsg, block *big.Int) ([][]byte, []error) {
	*b.msgs += len(msgs)
	type callArg struct {
		To   *common.Address `json:"to"`
		Data hexutil.Bytes   `json:"data"`
	}
	res := make([]hexutil.Bytes, len(msgs))
	elems := make([]rpc.BatchElem, len(msgs))
	for i, m := range msgs {
		elems[i] = rpc.BatchElem{Method: "eth_call", Args: []any{callArg{m.To, m.Data}, hexutil.EncodeBig(block)}, Result: &res[i]}
	}
	outs, errs := make([][]byte, len(msgs)), make([]error, len(msgs))
	for from := 0; from < len(elems); from += rpcBatchSize {
		to := min(from+rpcBatchSize, len(elems))
		err := b.rc.BatchCallContext(ctx, elems[from:to])
		for i := from; i < to; i++ {
			outs[i], errs[i] = res[i], elems[i].Error
			if err != nil {
				errs[i] = err
			}
		}
	}
	return outs, errs
}

// TestBatchedInitMatches: the positions read from storage in batches (the
// layout calibrated on the first borrowers) are those the contracts' views
// return, read through a strategies.BatchCaller (as the engine's shared
// chain view offers).
func TestBatchedInitMatches(t *testing.T) {
	f := scanWorld(t, 1_000)
	ctx := context.Background()
	var got [2]*Strategy
	batched := 0
	for i, chain := range []strategies.Chain{f.env.Chain, batchChain{plainChain{f.env.Chain}, f.node.RPC(), &batched}} {
		env := f.env
		env.Chain = chain
		st, err := New(strategytest.Decoder(f.config()))
		if err != nil {
			t.Fatal(err)
		}
		if err := st.Init(ctx, env); err != nil {
			t.Fatal(err)
		}
		got[i] = st.(*Strategy)
	}
	if l := got[0].layout; l == nil || l.config >= maxSlot {
		t.Fatalf("the storage layout was not found (%+v)", l)
	}
	if got[1].layout != nil {
		t.Fatalf("a BatchCaller read storage (%+v)", got[1].layout)
	}
	if batched < 2*1_000 {
		t.Errorf("the BatchCaller was given %d calls, want every borrower's", batched)
	}
	if len(got[0].addrs) != len(got[1].addrs) || len(got[0].addrs) < 1_000 {
		t.Fatalf("Init from storage loaded %d borrowers, through the views %d", len(got[0].addrs), len(got[1].addrs))
	}
	for i, u := range got[0].addrs {
		if !samePosition(&got[0].pos[i], &got[1].pos[got[1].users[u]]) {
			t.Fatalf("%s: the position read from storage is not the views'", u)
		}
	}
}

// TestShortfallLandsSmaller: on the stress world after WETH 2000 → 1700,
// liquidations are landed one block at a time, largest debt first, each
// selling WETH into the pools; soon a borrower's liquidation at the full
// close factor reverts on the fork with InsufficientOutput (the seized
// collateral sold through the pool does not repay the flash loan: what the
// strategy used to propose). It is sized smaller, proven, and lands.
func TestShortfallLandsSmaller(t *testing.T) {
	ctx := context.Background()
	e, err := newStressEnv(ctx, 1_000, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer e.close()
	h, err := e.setPrice(ctx, "WETH", 1700e8)
	if err != nil {
		t.Fatal(err)
	}
	s := e.s
	// follow gives the strategy block h without proving anything, and
	// leaves its book at h's next block.
	follow := func(h *types.Header) {
		t.Helper()
		if err := e.block(ctx, h); err != nil {
			t.Fatal(err)
		}
		ev, _, err := e.logsEvent(ctx, h)
		if err != nil {
			t.Fatal(err)
		}
		minProfit := s.p.minProfit
		s.p.minProfit = new(big.Int).Lsh(big.NewInt(1), 200)
		if _, err := s.OnEvent(ctx, ev); err != nil {
			t.Fatal(err)
		}
		s.p.minProfit = minProfit
		s.market.SetTime(s.now + 12)
		s.scanFull(s.now + 12)
	}
	// land sends op's call as the next block and checks it liquidated user.
	land := func(op strategies.Opportunity, user common.Address) (*types.Header, *keeperexecutor.KeeperExecutorLiquidated) {
		t.Helper()
		n, err := e.node.Client().PendingNonceAt(ctx, e.keeper.Address)
		if err != nil {
			t.Fatal(err)
		}
		to := op.Calls[0].To
		tx, err := devnet.Sign(e.node, e.keeper, n, devnet.Call{To: &to, Data: op.Calls[0].Data, Gas: op.Gas + op.Gas/2})
		if err != nil {
			t.Fatal(err)
		}
		h, err := e.node.CommitBlock(ctx, []*types.Transaction{tx})
		if err != nil {
			t.Fatal(err)
		}
		r, err := e.node.Client().TransactionReceipt(ctx, tx.Hash())
		if err != nil {
			t.Fatal(err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("%s: the liquidation reverted on chain", user)
		}
		for _, l := range r.Logs {
			if ev, err := execABI.UnpackLiquidatedEvent(l); err == nil && ev.User == user {
				return h, ev
			}
		}
		t.Fatalf("%s: no Liquidated event", user)
		return nil, nil
	}
	insufficientOutput := crypto.Keccak256([]byte("InsufficientOutput(uint256,uint256)"))[:4]
	follow(h)
	for round := 0; round < 30; round++ {
		block := h.Number.Uint64()
		var first *plan
		var firstC candidate
		for _, c := range slices.Clone(s.bookCandidates(math.MaxInt)) {
			states := s.poolStates(nil)
			pl, ok := s.plan(&s.market, &c, states, new(uint256.Int))
			if !ok {
				continue
			}
			// The same pair and pool at the full close factor.
			z := sizing{m: &s.market, pos: c.pos, coll: pl.coll, debt: pl.debt, pool: &states[pl.route], zeroForOne: pl.zeroForOne, premiumBps: s.premium}
			z.prepare()
			var full sized
			top := new(uint256.Int).SetAllOne()
			if s.market.Liquidation(c.pos, pl.coll, pl.debt, top, false, &full.Liq) != nil {
				continue
			}
			z.eval(&full, &full.Liq.DebtToCover)
			if !full.Loss {
				if first == nil {
					first, firstC = &pl, c
				}
				continue
			}
			sw := &s.swaps[pl.route]
			coll, debt := s.reserves[pl.coll].asset, s.reserves[pl.debt].asset
			hop := keeperexecutor.KeeperExecutorHop{Pool: sw.pool.addr, TokenIn: coll, TokenOut: debt, FeeBps: v2FeeBps}
			if sw.pool.v3 {
				hop.Kind, hop.FeeBps = 1, 0
			}
			old := execABI.PackLiquidate(keeperexecutor.KeeperExecutorLiquidation{
				Pool: s.p.pool, Collateral: coll, Debt: debt, User: c.user, DebtToCover: full.DebtToCover.ToBig(),
				Hops: []keeperexecutor.KeeperExecutorHop{hop}, MinProfit: new(big.Int), TipWei: new(big.Int), Weth: s.p.weth,
			})
			res, err := s.env.Sim.Simulate(ctx, strategies.SimRequest{Block: block, From: s.env.Sender, Calls: []strategies.Call{{To: s.env.Executor, Data: old}}})
			if err != nil {
				t.Fatal(err)
			}
			if st := res.Steps[0]; !st.Reverted || len(st.ReturnData) < 4 || !slices.Equal(st.ReturnData[:4], insufficientOutput) {
				t.Fatalf("%s: the full close factor (%s) should revert with InsufficientOutput on the fork, got reverted %v %q", c.user, &full.DebtToCover, st.Reverted, st.RevertReason)
			}
			op, ok, err := s.prove(ctx, &s.market, &c, &pl, block, nil)
			if err != nil {
				t.Fatal(err)
			}
			if !ok {
				t.Fatalf("%s: sized to %s of %s, the proof fails", c.user, &pl.best.DebtToCover, &full.DebtToCover)
			}
			_, ev := land(op, c.user)
			t.Logf("after %d liquidations: %s at the full close factor %s reverts (InsufficientOutput); sized to %s, landed, profit %s",
				round, c.user, &full.DebtToCover, ev.DebtCovered, ev.Profit)
			return
		}
		if first == nil {
			break
		}
		op, ok, err := s.prove(ctx, &s.market, &firstC, first, block, nil)
		if err != nil || !ok {
			t.Fatalf("%s: proof: ok %v, %v", firstC.user, ok, err)
		}
		h, _ = land(op, firstC.user)
		follow(h)
	}
	t.Fatal("no liquidatable borrower's full close factor fell short")
}

// TestPendingScanMatches: a pending price update applied to a copy of the
// market finds, from the accounts exposed to the moved reserve and the
// book's other accounts under 1, exactly the set and ranking AccountData
// over every position finds; with the book at that time or one block past
// it (its state before the advance).
func TestPendingScanMatches(t *testing.T) {
	f := scanWorld(t, 1_000)
	s := f.s
	now := s.now + 12
	defer s.advance(now)
	for _, advanced := range []bool{false, true} {
		s.advance(now)
		if advanced {
			s.advance(now + 12)
		}
		for _, mv := range []struct {
			sym string
			usd uint64
		}{{"WETH", 1500}, {"WETH", 1900}, {"WBTC", 20_000}, {"USDC", 2}} {
			tok, ok := f.world.Tokens[mv.sym]
			if !ok {
				continue
			}
			r, ok := s.byAsset[tok.Address]
			if !ok {
				continue
			}
			m := s.market
			m.Reserves = append([]fastpath.AaveReserve(nil), s.market.Reserves...)
			m.Reserves[r].Price.SetUint64(mv.usd * 1e8)
			m.SetTime(now)
			got, want := slices.Clone(s.pendingCandidates(&m, r, math.MaxInt)), slices.Clone(s.liquidatable(&m, math.MaxInt))
			if len(got) != len(want) {
				t.Fatalf("advanced %v, %s at %d: %d liquidatable, AccountData over every position %d", advanced, mv.sym, mv.usd, len(got), len(want))
			}
			for i := range want {
				if got[i].user != want[i].user || !got[i].debt.Eq(&want[i].debt) {
					t.Fatalf("advanced %v, %s at %d: rank %d: %s, want %s", advanced, mv.sym, mv.usd, i, got[i].user, want[i].user)
				}
			}
			t.Logf("advanced %v, %s at %d: %d liquidatable (%d accounts exposed)", advanced, mv.sym, mv.usd, len(got), len(s.expo[r]))
		}
	}
}
