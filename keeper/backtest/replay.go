package backtest

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/keeperkit/keeperkit/keeper/backtest/compete"
	"github.com/keeperkit/keeperkit/keeper/backtest/report"
	"github.com/keeperkit/keeperkit/keeper/exec"
	"github.com/keeperkit/keeperkit/sim/fork"
	"github.com/keeperkit/keeperkit/strategies"
)

// shardResult is what one shard replayed, before the run-wide pass
// (finalize) dedupes landed opportunities and sums the totals.
type shardResult struct {
	ChainID     uint64               `json:"chainId"`
	Blocks      []report.Block       `json:"blocks"`
	Opps        []report.Opportunity `json:"opportunities"`
	Competitors []report.Competitor  `json:"competitors"`
}

// replayer replays one shard.
type replayer struct {
	p       *plan
	rc      *rpc.Client
	client  *ethclient.Client
	chain   *pinnedChain
	sim     *simulator
	strats  []strategies.Strategy
	subs    []strategies.Subscriptions
	sender  common.Address
	chainID uint64
	// paid memoizes what each target block paid its coinbase (outbid).
	paid    map[uint64]*big.Int
	decoder *compete.Decoder
	// byHash is the replayed block's transactions, for backruns of hints.
	byHash map[common.Hash]*types.Transaction
}

// runShard replays from..to in this process, resuming from the checkpoint
// in cacheDir when it has one for the same run.
func runShard(ctx context.Context, p *plan, from, to uint64, cacheDir string, st *Stats) (*shardResult, error) {
	cache, err := OpenCache(cacheDir)
	if err != nil {
		return nil, err
	}
	defer cache.Close()
	defer func() {
		st.RPCRequests += cache.Requests()
		st.RPCCalls += cache.Calls()
		st.CacheHits += cache.Hits()
	}()
	rc, err := dial(ctx, p.cfg.RPC, cache)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	r := &replayer{p: p, rc: rc, client: ethclient.NewClient(rc), paid: map[uint64]*big.Int{}}
	r.chain = &pinnedChain{c: r.client, cache: cache, rc: rc}
	if r.decoder, err = compete.New(p.book, compete.WithResolver(r.client)); err != nil {
		return nil, err
	}

	var id hexutil.Uint64
	if err := rc.CallContext(ctx, &id, "eth_chainId"); err != nil {
		return nil, fmt.Errorf("backtest: --rpc %s: %w", p.cfg.RPC, err)
	}
	r.chainID = uint64(id)
	if want := uint64(p.keeper.Chain.ChainID); r.chainID != want {
		return nil, fmt.Errorf("%w: node %s is on chain %d, config %s says chain_id = %d", ErrChain, p.cfg.RPC, r.chainID, p.cfg.ConfigPath, want)
	}

	cp, done, err := openCheckpoint(cacheDir, p, from, to)
	if err != nil {
		return nil, err
	}
	defer cp.close()
	out := &shardResult{ChainID: r.chainID}
	for _, b := range done {
		out.Blocks = append(out.Blocks, b.Block)
		out.Opps = append(out.Opps, b.Opps...)
		out.Competitors = append(out.Competitors, b.Competitors...)
	}
	st.Resumed += len(done)
	start := from + uint64(len(done))
	if start > to {
		return out, nil
	}

	r.sender = p.cfg.Sender
	if r.sender == (common.Address{}) {
		if key, err := p.keeper.Keys.SigningKey(noEnv); err == nil && key != nil {
			r.sender = crypto.PubkeyToAddress(key.PublicKey)
		}
	}
	opts := []fork.Option{fork.WithChainID(r.chainID), fork.WithLogger(p.cfg.Log), fork.WithRefresh(false)}
	var forkOpts []fork.Option
	if cacheDir != "" {
		forkOpts = append(forkOpts, fork.WithDiskCache(cacheDir+"/fork"))
	}
	r.sim = newSimulator(rc, opts...)
	parent, err := fork.New(ctx, rc, append(append([]fork.Option{fork.WithBlock(start - 1)}, opts...), forkOpts...)...)
	if err != nil {
		return nil, fmt.Errorf("backtest: fork at block %d: %w", start-1, err)
	}
	defer parent.Close() // the lineage's disk cache
	r.chain.block.Store(start - 1)
	if err := r.initStrategies(ctx); err != nil {
		return nil, err
	}
	defer r.closeStrategies()

	total := int(to - from + 1)
	for n := start; n <= to; n++ {
		blk, next, err := r.replay(ctx, parent, n)
		if err != nil {
			return nil, err
		}
		out.Blocks = append(out.Blocks, blk.Block)
		out.Opps = append(out.Opps, blk.Opps...)
		out.Competitors = append(out.Competitors, blk.Competitors...)
		if err := cp.write(blk); err != nil {
			return nil, err
		}
		parent = next
		st.Blocks++
		st.Txs += blk.Block.Txs
		if p.cfg.Progress != nil {
			p.cfg.Progress(int(n-from+1), total)
		}
	}
	return out, nil
}

func noEnv(string) string { return "" }

func (r *replayer) initStrategies(ctx context.Context) error {
	env := strategies.Env{
		Chain: r.chain, Sim: r.sim, Log: r.p.cfg.Log, ChainID: new(big.Int).SetUint64(r.chainID),
		Executor: r.p.keeper.ExecutorAddress(), Sender: r.sender,
	}
	for _, name := range r.p.names {
		s, err := strategies.New(name, func(v any) error { return r.p.keeper.DecodeStrategy(name, v) })
		if err != nil {
			return fmt.Errorf("%w: %w", ErrStrategy, err)
		}
		e := env
		e.Log = env.Log.With().Str("strategy", name).Logger()
		e.Metrics = prometheus.NewRegistry()
		if err := s.Init(ctx, e); err != nil {
			return fmt.Errorf("%w %s: init at block %d: %w", ErrStrategy, name, r.chain.block.Load(), err)
		}
		sub := strategies.DefaultSubscriptions
		if ss, ok := s.(strategies.Subscriber); ok {
			sub = ss.Subscriptions()
		}
		r.strats = append(r.strats, s)
		r.subs = append(r.subs, sub)
	}
	return nil
}

func (r *replayer) closeStrategies() {
	for _, s := range r.strats {
		if c, ok := s.(strategies.Closer); ok {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			_ = c.Close(ctx)
			cancel()
		}
	}
}

// blockResult is one replayed block, as the checkpoint stores it.
type blockResult struct {
	Block       report.Block         `json:"block"`
	Opps        []report.Opportunity `json:"opportunities,omitempty"`
	Competitors []report.Competitor  `json:"competitors,omitempty"`
}

// replay replays block n on parent (the fork at n-1) and returns its result
// and the fork at n.
func (r *replayer) replay(ctx context.Context, parent *fork.Fork, n uint64) (*blockResult, *fork.Fork, error) {
	block, err := r.client.BlockByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return nil, nil, fmt.Errorf("backtest: block %d: %w", n, err)
	}
	var receipts []*types.Receipt
	if err := r.chain.call(ctx, &receipts, "eth_getBlockReceipts", hexutil.EncodeUint64(n)); err != nil {
		return nil, nil, fmt.Errorf("backtest: receipts of block %d: %w", n, err)
	}
	txs := block.Transactions()
	if len(receipts) != len(txs) {
		return nil, nil, fmt.Errorf("backtest: block %d: %d receipts for %d transactions", n, len(receipts), len(txs))
	}
	header := block.Header()
	res := &blockResult{Block: report.Block{Number: n, Txs: len(txs), GasUsed: header.GasUsed}}
	r.sim.hold(parent)

	// The mempool as the live keeper saw it: each of n's transactions
	// before n, on n-1's state; with Hints, also as a MEV-Share hint that
	// shares its logs.
	r.chain.block.Store(n - 1)
	r.byHash = make(map[common.Hash]*types.Transaction, len(txs))
	for _, tx := range txs {
		r.byHash[tx.Hash()] = tx
	}
	for i, tx := range txs {
		ev := strategies.Event{Kind: strategies.KindPendingTx, Block: n - 1, Tx: tx}
		if err := r.deliver(ctx, ev, parent, res); err != nil {
			return nil, nil, err
		}
		if r.p.cfg.Hints {
			ev := strategies.Event{Kind: strategies.KindHint, Block: n - 1, Hint: hintOf(tx, receipts[i])}
			if err := r.deliver(ctx, ev, parent, res); err != nil {
				return nil, nil, err
			}
		}
	}

	// Re-execute n's transactions on n-1 and check them against the node.
	sess := parent.NewBlockSession(fork.BlockOf(parent.ChainConfig(), header))
	paid := new(big.Int)
	deltas := make([]*big.Int, len(txs))
	for i, tx := range txs {
		got, err := sess.Apply(ctx, tx)
		if err != nil {
			return nil, nil, fmt.Errorf("backtest: block %d tx %d %s: %w", n, i, tx.Hash(), err)
		}
		want := receipts[i]
		if got.Invalid != nil {
			return nil, nil, fmt.Errorf("%w: block %d tx %d %s: invalid on the fork (%v), the node included it with status %d",
				ErrMismatch, n, i, tx.Hash(), got.Invalid, want.Status)
		}
		if got.Status != want.Status || got.GasUsed != want.GasUsed {
			return nil, nil, fmt.Errorf("%w: block %d tx %d %s: replay status %d gas %d, node status %d gas %d",
				ErrMismatch, n, i, tx.Hash(), got.Status, got.GasUsed, want.Status, want.GasUsed)
		}
		paid.Add(paid, got.CoinbasePayment)
		deltas[i] = got.CoinbasePayment
	}
	res.Block.CoinbasePaid = paid.String()

	// Every receipt matched (status and gas): the fork at n is the
	// session's post-state (fork.AdvanceFrom says why that is sound and
	// what it checks), with no prestate trace to fetch and decode.
	next, err := parent.AdvanceFrom(ctx, n, sess)
	if err != nil {
		return nil, nil, fmt.Errorf("backtest: fork at block %d: %w", n, err)
	}
	r.sim.hold(parent, next)
	r.chain.block.Store(n)
	if err := r.deliver(ctx, strategies.Event{Kind: strategies.KindBlock, Block: n, Header: header}, next, res); err != nil {
		return nil, nil, err
	}
	var logs []types.Log
	for _, rc := range receipts {
		for _, l := range rc.Logs {
			logs = append(logs, *l)
		}
	}
	if err := r.deliver(ctx, strategies.Event{Kind: strategies.KindLogs, Block: n, Header: header, Logs: logs}, next, res); err != nil {
		return nil, nil, err
	}
	comps, err := r.competitors(ctx, block, receipts, deltas)
	if err != nil {
		return nil, nil, err
	}
	res.Competitors = comps
	return res, next, nil
}

// deliver gives ev to every strategy that wants it and evaluates what they
// return on f (the state ev's opportunities start from).
func (r *replayer) deliver(ctx context.Context, ev strategies.Event, f *fork.Fork, res *blockResult) error {
	for i, s := range r.strats {
		sub := r.subs[i]
		if !sub.Wants(ev.Kind) && !(ev.Kind == strategies.KindBlock && sub.Kinds.Has(ev.Kind)) {
			continue
		}
		e := ev
		if ev.Kind == strategies.KindLogs {
			e.Logs = nil
			for j := range ev.Logs {
				if sub.MatchLog(&ev.Logs[j]) {
					e.Logs = append(e.Logs, ev.Logs[j])
				}
			}
			if len(e.Logs) == 0 {
				continue
			}
		}
		opps, err := s.OnEvent(ctx, e)
		if err != nil {
			// The live runtime logs and counts a strategy error and goes on.
			r.p.cfg.Log.Warn().Err(err).Str("strategy", s.Name()).Uint64("block", ev.Block).Str("event", ev.Kind.String()).Msg("strategy error")
			continue
		}
		for _, op := range opps {
			if op.Strategy == "" {
				op.Strategy = s.Name()
			}
			o, err := r.evaluate(ctx, op, f)
			if err != nil {
				return err
			}
			res.Opps = append(res.Opps, o)
		}
	}
	return nil
}

// evaluate simulates op where it lands, as the executor's Submit does (same
// simulation request, same pricing), and decides whether it lands.
func (r *replayer) evaluate(ctx context.Context, op strategies.Opportunity, f *fork.Fork) (report.Opportunity, error) {
	n := f.Number()
	o := report.Opportunity{
		Block: n + 1, Strategy: op.Strategy, Kind: op.Kind, ID: op.ID, Position: "top",
		Inputs: inputs(&op), GasCost: "0", Bid: "0", Profit: "0",
	}
	front := op.Front
	if op.HintHash != (common.Hash{}) && len(front) == 0 {
		// A MEV-Share backrun: the hinted transaction is in the replayed
		// block, so it can be run in front of ours.
		tx, ok := r.byHash[op.HintHash]
		if !ok {
			o.Reason = fmt.Sprintf("hint %s is not a transaction of block %d", op.HintHash, n+1)
			return o, nil
		}
		front = []*types.Transaction{tx}
	}
	if len(front) > 0 {
		// A backrun lands right after the transaction it follows, in the
		// block that includes it: the block being replayed.
		o.Position = front[len(front)-1].Hash().Hex()
	}
	if err := op.Validate(); err != nil {
		o.Reason = "invalid: " + err.Error()
		return o, nil
	}
	if n >= op.MaxBlock {
		o.Reason = fmt.Sprintf("expired: found on block %d, last block %d", n, op.MaxBlock)
		return o, nil
	}
	sr, err := r.sim.Simulate(ctx, strategies.SimRequest{Block: n, Txs: front, From: r.sender, Calls: op.Calls})
	if err != nil {
		return o, fmt.Errorf("backtest: block %d: simulate %s: %w", n, op.ID, err)
	}
	var gas uint64
	for i, st := range sr.Steps {
		if st.Reverted {
			what := "call"
			if i < len(front) {
				what = "front tx"
			} else {
				gas += st.GasUsed
			}
			o.GasUsed = gas
			o.Reason = fmt.Sprintf("reverted: %s %d: %s", what, i, st.RevertReason)
			return o, nil
		}
		if i >= len(front) {
			gas += st.GasUsed
		}
	}
	o.GasUsed = gas
	for _, st := range sr.Steps[len(front):] {
		// What each call returned (the executor returns its profit in
		// token units): the profit a landed transaction would report.
		if len(st.ReturnData) >= 32 {
			o.Inputs += " returned=" + new(big.Int).SetBytes(st.ReturnData[:32]).String()
		}
	}
	// The executor prices a MEV-Share backrun on the strategy's gas
	// estimate (it cannot simulate a private transaction), anything else
	// on the simulated gas; what is paid is per gas times the gas used.
	priceGas := gas
	if op.HintHash != (common.Hash{}) {
		priceGas = op.Gas
	}
	price, qerr := r.p.pricing.Quote(exec.NextBaseFee(f.Header()), priceGas, op.Profit, op.MaxBuilderShareBps)
	gasCost := new(big.Int).Mul(price.BaseFee.ToBig(), new(big.Int).SetUint64(gas))
	bid := new(big.Int).Mul(price.TipPerGas.ToBig(), new(big.Int).SetUint64(gas))
	o.GasCost, o.Bid = gasCost.String(), bid.String()
	net := new(big.Int).Sub(op.Profit.ToBig(), gasCost)
	net.Sub(net, bid)
	o.Profit = net.String()
	if qerr != nil {
		switch {
		case errors.Is(qerr, exec.ErrUnprofitable):
			o.Reason = "below min profit: " + qerr.Error()
		default:
			o.Reason = qerr.Error()
		}
		return o, nil
	}
	o.Landed = true
	if r.p.cfg.Inclusion == InclusionOutbid {
		paid, err := r.coinbasePaid(ctx, o.Block)
		if err != nil {
			return o, err
		}
		if bid.Cmp(paid) <= 0 {
			o.Landed = false
			o.Reason = fmt.Sprintf("outbid: block %d paid %s wei, bid %s wei", o.Block, paid, bid)
		}
	}
	return o, nil
}

// hintOf is the MEV-Share hint of tx as a sender sharing its logs and
// calldata would give it: the receipt's logs (address, topics, data).
func hintOf(tx *types.Transaction, r *types.Receipt) *strategies.Hint {
	h := &strategies.Hint{Hash: tx.Hash()}
	for _, l := range r.Logs {
		h.Logs = append(h.Logs, types.Log{Address: l.Address, Topics: l.Topics, Data: l.Data})
	}
	ht := strategies.HintTx{To: tx.To(), CallData: tx.Data()}
	if len(tx.Data()) >= 4 {
		copy(ht.FunctionSelector[:], tx.Data()[:4])
	}
	h.Txs = []strategies.HintTx{ht}
	return h
}

// inputs is a deterministic summary of what the strategy sized.
func inputs(op *strategies.Opportunity) string {
	profit := "0"
	if op.Profit != nil {
		profit = op.Profit.Dec()
	}
	s := fmt.Sprintf("id=%s expectedProfitWei=%s gasEstimate=%d calls=%d", op.ID, profit, op.Gas, len(op.Calls))
	if t := compete.Target(op); t != "" {
		s += " " + t
	}
	if len(op.Front) > 0 {
		s += fmt.Sprintf(" front=%d", len(op.Front))
	}
	for _, c := range op.Calls {
		// The call's target and a digest of its calldata: two
		// opportunities with the same digest send the same transaction.
		s += fmt.Sprintf(" call=%s:%x", c.To.Hex(), crypto.Keccak256(c.Data)[:8])
	}
	return s
}

// coinbasePaid is what block n paid its coinbase beyond the base fee: the
// coinbase's balance at n minus at n-1 (0 when the node has no block n).
func (r *replayer) coinbasePaid(ctx context.Context, n uint64) (*big.Int, error) {
	if v, ok := r.paid[n]; ok {
		return v, nil
	}
	var raw *types.Header
	if err := r.rc.CallContext(ctx, &raw, "eth_getBlockByNumber", hexutil.EncodeUint64(n), false); err != nil {
		return nil, fmt.Errorf("backtest: block %d: %w", n, err)
	}
	v := new(big.Int)
	if raw != nil {
		after, err := r.client.BalanceAt(ctx, raw.Coinbase, new(big.Int).SetUint64(n))
		if err != nil {
			return nil, fmt.Errorf("backtest: coinbase balance at %d: %w", n, err)
		}
		before, err := r.client.BalanceAt(ctx, raw.Coinbase, new(big.Int).SetUint64(n-1))
		if err != nil {
			return nil, fmt.Errorf("backtest: coinbase balance at %d: %w", n-1, err)
		}
		v.Sub(after, before)
	}
	r.paid[n] = v
	return v, nil
}
