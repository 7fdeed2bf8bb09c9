package demo

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"math/big"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/BurntSushi/toml"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/rs/zerolog"

	"github.com/keeperkit/keeperkit/abis/bindings/erc20"
	"github.com/keeperkit/keeperkit/abis/bindings/keeperexecutor"
	"github.com/keeperkit/keeperkit/bundles"
	"github.com/keeperkit/keeperkit/bundles/relay"
	"github.com/keeperkit/keeperkit/keeper/exec"
	"github.com/keeperkit/keeperkit/sim/devnet"
	"github.com/keeperkit/keeperkit/strategies"
	"github.com/keeperkit/keeperkit/strategies/arbitrage"
	"github.com/keeperkit/keeperkit/strategies/forksim"
	"github.com/keeperkit/keeperkit/strategies/liquidation"
)

// Options of the keeper demo.
type Options struct {
	// Scenario file; default configs/scenarios/demo.toml.
	Scenario string
	// Chain to run on; nil starts the embedded devnet.
	Chain devnet.Chain
	// ExtraBlocks are played after the timeline so that resubmitted
	// bundles land or expire; default 6.
	ExtraBlocks int
	Log         zerolog.Logger
}

// StrategyTotals is one strategy's line of the final table.
type StrategyTotals struct {
	Strategy      string
	Opportunities int
	Sent          int
	Landed        int
	// Profit per token as the executor reported it (and the owner received),
	// in token units; ProfitWei values it at the oracle's prices.
	Profit    map[string]*big.Int
	ProfitWei *big.Int
	// GasWei is what the keeper's account paid for its landed transactions.
	GasWei *big.Int
}

// Report is what the demo did.
type Report struct {
	Totals []*StrategyTotals
	// OwnerDelta is the executor owner's balance change per token symbol
	// over the run (tokens in units; "ETH" in wei, gas included).
	OwnerDelta map[string]*big.Int
	Relay      string
	// Backruns are the MEV-Share backruns that landed.
	Backruns []BackrunResult
}

// Keeper runs the main demo: the embedded devnet with the demo world, the
// local relay, and a keeper with the liquidation and arbitrage strategies.
// Each timeline block is delivered to the strategies as it would be live
// (the block, its logs, the mempool's pending transactions); what they find
// is proven on a fork, priced, signed and sent to the relay over its
// JSON-RPC API; the relay builds the next block from the bundles; the
// executor follows what landed. After the timeline a trader sends a private
// swap to the relay through MEV-Share (mev_sendBundle with the "logs"
// hint); the keeper reads the relay's hint stream and backruns it. It prints
// as it goes and ends with a table (backruns on their own line).
// The same scenario and seed give the same blocks, bundles and profits.
func Keeper(ctx context.Context, out io.Writer, o Options) (*Report, error) {
	if o.Scenario == "" {
		o.Scenario = "configs/scenarios/demo.toml"
	}
	if o.ExtraBlocks == 0 {
		o.ExtraBlocks = 6
	}
	sc, err := devnet.LoadScenario(o.Scenario)
	if err != nil {
		return nil, err
	}
	chain := o.Chain
	if chain == nil {
		node, err := devnet.Start(ctx, devnet.Config{})
		if err != nil {
			return nil, err
		}
		defer node.Close()
		chain = node
	}
	fmt.Fprintf(out, "devnet: chain %s at %s\n", chain.ChainID(), chain.HTTPEndpoint())
	world, err := devnet.Build(ctx, chain, sc)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(out, "world %q: %d tokens, %d V2 pairs, %d V3 pools, Aave V3 with %d reserves, %d borrowers (%d blocks)\n",
		sc.Name, len(world.Tokens), len(world.V2.Pairs), len(world.V3.Pools), len(world.Aave.Reserves), len(world.Borrower), world.BuildBlocks)

	// The keeper's account (signs and owns the executor) and its relay identity.
	keeperAcc := chain.Accounts()[9]
	ex := keeperexecutor.NewKeeperExecutor()
	code := append(hexutil.MustDecode(keeperexecutor.KeeperExecutorMetaData.Bin), ex.PackConstructor(keeperAcc.Address)...)
	executor, _, err := devnet.Deploy(ctx, chain, keeperAcc, code)
	if err != nil {
		return nil, fmt.Errorf("demo: deploy executor: %w", err)
	}
	fmt.Fprintf(out, "executor: %s (owner %s)\n", executor, keeperAcc.Address)

	rl := relay.New(chain, relay.WithLogger(o.Log), relay.WithEmptyBlocks(true))
	if err := rl.Start(0); err != nil {
		return nil, err
	}
	defer rl.Close()
	fmt.Fprintf(out, "relay: %s\n", rl.URL())
	idKey, err := identityKey(sc.Seed)
	if err != nil {
		return nil, err
	}
	multi := bundles.NewMulti(bundles.NewClient("local", rl.URL(), bundles.NewIdentity(idKey)))
	userID, err := userIdentity(sc.Seed)
	if err != nil {
		return nil, err
	}
	userClient := bundles.NewClient("local", rl.URL(), userID)
	// The keeper follows the relay's MEV-Share hint stream from the start.
	hs := bundles.NewHintStream(rl.URL(), o.Log)
	hctx, stopHints := context.WithCancel(ctx)
	hintsDone := make(chan struct{})
	go func() {
		defer close(hintsDone)
		_ = hs.Run(hctx)
	}()
	defer func() {
		stopHints()
		<-hintsDone
	}()

	sim := forksim.New(chain.RPC())
	defer sim.Close()
	env := strategies.Env{Chain: chain.Client(), Sim: sim, Log: o.Log, ChainID: chain.ChainID(), Executor: executor, Sender: keeperAcc.Address}
	strats, err := demoStrategies(ctx, env, world)
	if err != nil {
		return nil, err
	}

	rep := &Report{Relay: rl.URL(), OwnerDelta: map[string]*big.Int{}}
	totals := map[string]*StrategyTotals{}
	for _, s := range strats {
		t := &StrategyTotals{Strategy: s.Name(), Profit: map[string]*big.Int{}, ProfitWei: new(big.Int), GasWei: new(big.Int)}
		totals[s.Name()] = t
		rep.Totals = append(rep.Totals, t)
	}
	totals[strategies.KindBackrun] = &StrategyTotals{Strategy: strategies.KindBackrun, Profit: map[string]*big.Int{}, ProfitWei: new(big.Int), GasWei: new(big.Int)}
	rep.Totals = append(rep.Totals, totals[strategies.KindBackrun])
	// row is an opportunity's line of the table: its strategy's, or the
	// backrun line for MEV-Share backruns.
	row := func(s strategies.Strategy, op strategies.Opportunity) string {
		if op.Kind == strategies.KindBackrun {
			return strategies.KindBackrun
		}
		return s.Name()
	}
	sentBy := map[string]string{}              // opportunity → table row
	userOf := map[string]common.Hash{}         // backrun opportunity → the user's private tx
	privateTx := map[common.Hash]common.Hash{} // hint → the user's private tx
	nonces, err := exec.NewNonces(ctx, keeperAcc.Address, &exec.MemStore{}, chain.Client())
	if err != nil {
		return nil, err
	}
	var pricing exec.Pricing
	pricing.MaxFeePerGas.SetUint64(500 * params.GWei)
	pricing.TipBps = 5000
	executor2 := exec.New(exec.Config{Pricing: pricing, Key: keeperAcc.Key, ChainID: chain.ChainID()},
		chain.Client(), sim, exec.MultiRelays{Multi: multi}, nonces, o.Log, nil)

	before, err := balances(ctx, chain, world, keeperAcc.Address)
	if err != nil {
		return nil, err
	}
	symOf := map[common.Address]string{}
	for sym, t := range world.Tokens {
		symOf[t.Address] = sym
	}

	head, err := chain.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	deliver := func(ev strategies.Event) error {
		for _, s := range strats {
			evs := ev
			if ev.Kind == strategies.KindLogs {
				evs.Logs = filterLogs(s, ev.Logs)
				if len(evs.Logs) == 0 {
					continue
				}
			}
			if sub, ok := s.(strategies.Subscriber); ev.Kind == strategies.KindHint && (!ok || !sub.Subscriptions().Wants(strategies.KindHint)) {
				continue
			}
			ops, err := s.OnEvent(ctx, evs)
			if err != nil {
				return fmt.Errorf("demo: %s: %w", s.Name(), err)
			}
			for _, op := range ops {
				op.Strategy = s.Name()
				r := row(s, op)
				totals[r].Opportunities++
				res, err := executor2.Submit(ctx, op, head)
				if err != nil {
					fmt.Fprintf(out, "  block %d  %-11s %-60s dropped: %v\n", head.Number, s.Name(), op.ID, err)
					continue
				}
				totals[r].Sent++
				sentBy[op.ID] = r
				if op.HintHash != (common.Hash{}) {
					userOf[op.ID] = privateTx[op.HintHash]
					fmt.Fprintf(out, "  block %d  %-11s %-60s found %s ETH on the hint's state, backrun sent (mev_sendBundle [hint, ours]) for blocks %d..%d (tip %s gwei/gas)\n",
						head.Number, s.Name(), op.ID, ether(op.Profit.ToBig()), res.Block, op.MaxBlock, gwei(res.Price.TipPerGas.ToBig()))
					continue
				}
				fmt.Fprintf(out, "  block %d  %-11s %-60s found %s ETH, simulated, bundle sent for block %d (tip %s gwei/gas)\n",
					head.Number, s.Name(), op.ID, ether(op.Profit.ToBig()), res.Block, gwei(res.Price.TipPerGas.ToBig()))
			}
		}
		return nil
	}
	blockEvents := func(h *types.Header) error {
		hash := h.Hash()
		logs, err := chain.Client().FilterLogs(ctx, ethereum.FilterQuery{BlockHash: &hash})
		if err != nil {
			return err
		}
		if err := deliver(strategies.Event{Kind: strategies.KindBlock, Block: h.Number.Uint64(), Header: h}); err != nil {
			return err
		}
		return deliver(strategies.Event{Kind: strategies.KindLogs, Block: h.Number.Uint64(), Header: h, Logs: logs})
	}
	build := func() error {
		built, err := rl.BuildBlock(ctx)
		if err != nil {
			return fmt.Errorf("demo: relay build: %w", err)
		}
		if built.Header == nil { // nothing built: the chain did not move
			return nil
		}
		head = built.Header
		outs, err := executor2.OnHead(ctx, head)
		if err != nil {
			return err
		}
		for _, oc := range outs {
			if oc.Status != exec.StatusLanded {
				fmt.Fprintf(out, "  block %d  %-11s %-60s %s\n", head.Number, oc.Strategy, oc.ID, oc.Status)
				continue
			}
			t := totals[sentBy[oc.ID]]
			t.Landed++
			for _, h := range oc.TxHashes {
				r, err := chain.Client().TransactionReceipt(ctx, h)
				if err != nil {
					return err
				}
				t.GasWei.Add(t.GasWei, new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice))
				for _, l := range r.Logs {
					if ev, err := ex.UnpackLiquidatedEvent(l); err == nil {
						addProfit(t, symOf[ev.Debt], ev.Profit)
					}
					if ev, err := ex.UnpackArbitragedEvent(l); err == nil {
						addProfit(t, symOf[ev.Token], ev.Profit)
					}
				}
			}
			if user, ok := userOf[oc.ID]; ok {
				br, err := backrunResult(ctx, chain, oc.Block, user, oc.TxHashes[len(oc.TxHashes)-1])
				if err != nil {
					return err
				}
				rep.Backruns = append(rep.Backruns, br)
				fmt.Fprintf(out, "  block %d  %-11s %-60s landed at position %d, right after the private trade at %d\n",
					head.Number, oc.Strategy, oc.ID, br.BackrunIndex, br.UserIndex)
				continue
			}
			fmt.Fprintf(out, "  block %d  %-11s %-60s landed\n", head.Number, oc.Strategy, oc.ID)
		}
		return blockEvents(head)
	}

	steps := len(sc.Timeline) + o.ExtraBlocks
	traded := false
	for i := 0; i < steps; i++ {
		if !world.Done() {
			h, _, err := world.Step(ctx)
			if err != nil {
				return nil, err
			}
			head = h
			fmt.Fprintf(out, "[%d/%d] block %d: timeline step %d\n", i+1, steps, h.Number, i+1)
			if err := blockEvents(h); err != nil {
				return nil, err
			}
			for _, tx := range world.Pending {
				if err := deliver(strategies.Event{Kind: strategies.KindPendingTx, Block: head.Number.Uint64(), Tx: tx}); err != nil {
					return nil, err
				}
			}
		} else {
			fmt.Fprintf(out, "[%d/%d] after the timeline\n", i+1, steps)
		}
		if world.Done() && !traded && len(nonces.Live()) == 0 {
			// A trader's private swap through MEV-Share: only its hint is
			// public. Sent once the keeper has no bundle in flight, since a
			// backrun needs the sender's next nonce (exec.ErrNonceBusy).
			traded = true
			tx, hint, err := privateTrade(ctx, chain, world, userClient, hs.Hints())
			if err != nil {
				return nil, err
			}
			privateTx[hint.Hash] = tx.Hash()
			fmt.Fprintf(out, "  block %d  %-11s private swap %d USDC -> WETH on the V2 pair sent to the relay (mev_sendBundle, hints: logs): tx %s, hint %s with %d logs\n",
				head.Number, "user", privateUSDC, tx.Hash(), hint.Hash, len(hint.Logs))
			if err := deliver(strategies.Event{Kind: strategies.KindHint, Block: head.Number.Uint64(), Hint: hint}); err != nil {
				return nil, err
			}
		}
		// The relay builds the next block from the bundles it holds.
		if err := build(); err != nil {
			return nil, err
		}
	}

	after, err := balances(ctx, chain, world, keeperAcc.Address)
	if err != nil {
		return nil, err
	}
	for sym, b := range after {
		rep.OwnerDelta[sym] = new(big.Int).Sub(b, before[sym])
	}
	priceWei(ctx, chain, world, rep)
	printTable(out, rep)
	return rep, nil
}

func addProfit(t *StrategyTotals, sym string, v *big.Int) {
	if t.Profit[sym] == nil {
		t.Profit[sym] = new(big.Int)
	}
	t.Profit[sym].Add(t.Profit[sym], v)
}

// identityKey derives the relay identity from the seed (it holds nothing).
func identityKey(seed uint64) (*ecdsa.PrivateKey, error) {
	return crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("keeperkit/demo/identity/%d", seed))))
}

func demoStrategies(ctx context.Context, env strategies.Env, w *devnet.World) ([]strategies.Strategy, error) {
	var swaps []string
	for _, p := range w.V3.Pools {
		swaps = append(swaps, fmt.Sprintf("%q", "v3:"+p.Address.Hex()))
	}
	for _, p := range w.V2.Pairs {
		swaps = append(swaps, fmt.Sprintf("%q", "v2:"+p.Address.Hex()))
	}
	sections := map[string]string{
		liquidation.Name: fmt.Sprintf("pool = %q\noracle = %q\nweth = %q\nswap_pools = [%s]\nmin_profit_wei = \"1000000000000000\"\nblocks = 4\n",
			w.Aave.Pool.Hex(), w.Aave.Oracle.Hex(), w.WETH.Hex(), strings.Join(swaps, ", ")),
		arbitrage.Name: fmt.Sprintf("v2_factories = [%q]\nv3_factories = [%q]\nweth = %q\nmin_profit_wei = \"100000000000000\"\nblocks = 3\nbackrun_hints = true\n",
			w.V2.Factory.Hex(), w.V3.Factory.Hex(), w.WETH.Hex()),
	}
	var out []strategies.Strategy
	for _, name := range []string{liquidation.Name, arbitrage.Name} {
		src := sections[name]
		s, err := strategies.New(name, func(v any) error {
			md, err := toml.Decode(src, v)
			if err != nil {
				return err
			}
			if u := md.Undecoded(); len(u) > 0 {
				return fmt.Errorf("strategies.%s: unknown key %s", name, u[0])
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		e := env
		e.Log = env.Log.With().Str("strategy", name).Logger()
		if err := s.Init(ctx, e); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

func filterLogs(s strategies.Strategy, logs []types.Log) []types.Log {
	sub, ok := s.(strategies.Subscriber)
	if !ok {
		return nil
	}
	subs := sub.Subscriptions()
	var out []types.Log
	for i := range logs {
		if subs.MatchLog(&logs[i]) {
			out = append(out, logs[i])
		}
	}
	return out
}

var erc = erc20.NewIERC20Detailed()

func balances(ctx context.Context, c devnet.Chain, w *devnet.World, who common.Address) (map[string]*big.Int, error) {
	out := map[string]*big.Int{}
	eth, err := c.Client().BalanceAt(ctx, who, nil)
	if err != nil {
		return nil, err
	}
	out["ETH"] = eth
	for sym, t := range w.Tokens {
		addr := t.Address
		raw, err := c.Client().CallContract(ctx, ethereum.CallMsg{To: &addr, Data: erc.PackBalanceOf(who)}, nil)
		if err != nil {
			return nil, err
		}
		if out[sym], err = erc.UnpackBalanceOf(raw); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// priceWei values each strategy's token profits in wei at the feeds' final prices.
func priceWei(ctx context.Context, c devnet.Chain, w *devnet.World, rep *Report) {
	price := map[string]*big.Int{}
	for sym, t := range w.Tokens {
		feed := t.Feed
		raw, err := c.Client().CallContract(ctx, ethereum.CallMsg{To: &feed, Data: hexutil.MustDecode("0x50d25bcd")}, nil) // latestAnswer()
		if err == nil && len(raw) == 32 {
			price[sym] = new(big.Int).SetBytes(raw)
		}
	}
	for _, t := range rep.Totals {
		for sym, v := range t.Profit {
			p, eth := price[sym], price["WETH"]
			if p == nil || eth == nil || eth.Sign() == 0 {
				continue
			}
			x := new(big.Int).Mul(v, p)
			x.Mul(x, big.NewInt(params.Ether))
			x.Div(x, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(w.Tokens[sym].Decimals)), nil))
			t.ProfitWei.Add(t.ProfitWei, x.Div(x, eth))
		}
	}
}

func printTable(out io.Writer, rep *Report) {
	fmt.Fprintln(out)
	tw := tabwriter.NewWriter(out, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "strategy\topportunities\tbundles sent\tlanded\tprofit (token units)\tprofit (ETH)\tgas spent (ETH)")
	for _, t := range rep.Totals {
		var parts []string
		syms := make([]string, 0, len(t.Profit))
		for s := range t.Profit {
			syms = append(syms, s)
		}
		sort.Strings(syms)
		for _, s := range syms {
			parts = append(parts, t.Profit[s].String()+" "+s)
		}
		if len(parts) == 0 {
			parts = []string{"0"}
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%s\t%s\t%s\n", t.Strategy, t.Opportunities, t.Sent, t.Landed, strings.Join(parts, ", "), ether(t.ProfitWei), ether(t.GasWei))
	}
	tw.Flush()
	syms := make([]string, 0, len(rep.OwnerDelta))
	for s := range rep.OwnerDelta {
		syms = append(syms, s)
	}
	sort.Strings(syms)
	fmt.Fprint(out, "\nexecutor owner's balance change on chain:")
	for _, s := range syms {
		if rep.OwnerDelta[s].Sign() != 0 {
			fmt.Fprintf(out, " %s %s", rep.OwnerDelta[s], s)
		}
	}
	fmt.Fprintln(out, " (token units; ETH in wei, gas included)")
}

// ether formats wei as ETH with 6 decimals, exactly (truncated).
func ether(wei *big.Int) string {
	if wei == nil {
		return "0"
	}
	return units(new(big.Int).Div(wei, big.NewInt(1e12)), 6)
}

func gwei(wei *big.Int) string { return units(new(big.Int).Div(wei, big.NewInt(1e6)), 3) }
