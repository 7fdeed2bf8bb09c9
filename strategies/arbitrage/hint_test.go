package arbitrage_test

import (
	"context"
	"fmt"
	"math"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/keeperkit/keeperkit/abis/bindings/keeperexecutor"
	"github.com/keeperkit/keeperkit/abis/bindings/swaprouter"
	"github.com/keeperkit/keeperkit/abis/bindings/univ2router"
	"github.com/keeperkit/keeperkit/sim/devnet"
	"github.com/keeperkit/keeperkit/sim/fastpath"
	"github.com/keeperkit/keeperkit/strategies"
	"github.com/keeperkit/keeperkit/strategies/arbitrage"
	"github.com/keeperkit/keeperkit/strategies/strategytest"
)

// userSwap signs the world trader's private swap of amount (whole tokens)
// of tokenIn on the WETH/USDC V2 pair or the V3 pool of that fee.
func userSwap(t testing.TB, kit *strategytest.Kit, v3fee uint32, tokenIn string, amount int64) *types.Transaction {
	t.Helper()
	ctx := context.Background()
	w := kit.World
	in := w.Tokens[tokenIn]
	out := w.Tokens["USDC"]
	if tokenIn == "USDC" {
		out = w.Tokens["WETH"]
	}
	amt := new(big.Int).Mul(big.NewInt(amount), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(in.Decimals)), nil))
	to, data := w.V2.Router, univ2router.NewUniswapV2Router02().PackSwapExactTokensForTokens(amt, new(big.Int),
		[]common.Address{in.Address, out.Address}, w.Trader.Address, big.NewInt(math.MaxInt64))
	if v3fee != 0 {
		to, data = w.V3.SwapRouter, swaprouter.NewSwapRouter().PackExactInputSingle(swaprouter.ISwapRouterExactInputSingleParams{
			TokenIn: in.Address, TokenOut: out.Address, Fee: big.NewInt(int64(v3fee)), Recipient: w.Trader.Address,
			Deadline: big.NewInt(math.MaxInt64), AmountIn: amt, AmountOutMinimum: new(big.Int), SqrtPriceLimitX96: new(big.Int)})
	}
	nonce, err := kit.Node.Client().NonceAt(ctx, w.Trader.Address, nil)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := devnet.Sign(kit.Node, w.Trader, nonce, devnet.Call{To: &to, Data: data, Gas: 500_000})
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

// hintOf is what a relay streams for tx sent with the "logs" hint: the
// matching hash and every log of its simulation on the latest block. With
// redact, the logs are what "default_logs" shares: swap events only, topic
// 0 kept, the other topics zeroed and no data.
func hintOf(t testing.TB, kit *strategytest.Kit, tx *types.Transaction, redact bool) *strategies.Hint {
	t.Helper()
	res, err := kit.Env.Sim.Simulate(context.Background(), strategies.SimRequest{Block: kit.Head().Number.Uint64(), Txs: []*types.Transaction{tx}})
	if err != nil || res.Steps[0].Reverted {
		t.Fatalf("simulate the user's swap: %v %+v", err, res)
	}
	h := &strategies.Hint{Hash: crypto.Keccak256Hash(tx.Hash().Bytes())}
	v2swap := crypto.Keccak256Hash([]byte("Swap(address,uint256,uint256,uint256,uint256,address)"))
	for _, l := range res.Steps[0].Logs {
		if !redact {
			h.Logs = append(h.Logs, types.Log{Address: l.Address, Topics: l.Topics, Data: l.Data})
			continue
		}
		if len(l.Topics) > 0 && (l.Topics[0] == v2swap || l.Topics[0] == common.Hash(fastpath.V3SwapTopic)) {
			topics := make([]common.Hash, len(l.Topics))
			topics[0] = l.Topics[0]
			h.Logs = append(h.Logs, types.Log{Address: l.Address, Topics: topics, Data: []byte{}})
		}
	}
	return h
}

func newHintStrategy(t testing.TB, kit *strategytest.Kit, on bool) strategies.Strategy {
	t.Helper()
	w := kit.World
	cfg := fmt.Sprintf("v2_factories = [%q]\nv3_factories = [%q]\nweth = %q\nbackrun_hints = %v\nblocks = 2\n",
		w.V2.Factory.Hex(), w.V3.Factory.Hex(), w.WETH.Hex(), on)
	s, err := strategies.New(arbitrage.Name, strategytest.Decoder(cfg))
	if err != nil {
		t.Fatal(err)
	}
	return kit.Init(s)
}

// TestBackrunsHint: a private swap on a watched pool, known only by its
// hint's logs, is backrun: the strategy sizes the cycle on the state the
// logs give, and landing [user's swap, backrun] pays exactly the profit
// the opportunity announced. A redacted hint and a hint of an unwatched
// contract give nothing, and with backrun_hints off hints are not asked for.
func TestBackrunsHint(t *testing.T) {
	ctx := context.Background()
	kit := strategytest.New(t, "../../configs/scenarios/demo.toml")
	ex := keeperexecutor.NewKeeperExecutor()
	code := append(hexutil.MustDecode(keeperexecutor.KeeperExecutorMetaData.Bin), ex.PackConstructor(kit.Sender.Address)...)
	addr, _, err := devnet.Deploy(ctx, kit.Node, kit.Sender, code)
	if err != nil {
		t.Fatal(err)
	}
	kit.Env.Executor = addr
	off := newHintStrategy(t, kit, false)
	if off.(strategies.Subscriber).Subscriptions().Wants(strategies.KindHint) {
		t.Error("backrun_hints = false: got a hint subscription, want none")
	}
	s := newHintStrategy(t, kit, true)
	if !s.(strategies.Subscriber).Subscriptions().Wants(strategies.KindHint) {
		t.Fatal("backrun_hints = true: got no hint subscription")
	}
	kit.Deliver(s, kit.Block())

	for _, tc := range []struct {
		name    string
		v3fee   uint32
		tokenIn string
		amount  int64
	}{
		{"v2 WETH in", 0, "WETH", 25},
		{"v3 USDC in", 3000, "USDC", 60_000},
		{"v3 WETH in", 500, "WETH", 30},
	} {
		t.Run(tc.name, func(t *testing.T) {
			user := userSwap(t, kit, tc.v3fee, tc.tokenIn, tc.amount)
			head := kit.Head().Number.Uint64()
			ev := strategies.Event{Kind: strategies.KindHint, Block: head}

			ev.Hint = hintOf(t, kit, user, true)
			if len(ev.Hint.Logs) == 0 {
				t.Fatal("the redacted hint has no swap log")
			}
			if ops := kit.Deliver(s, ev); len(ops) != 0 {
				t.Errorf("redacted hint: got %d opportunities, want 0", len(ops))
			}
			if ops := kit.Deliver(off, strategies.Event{Kind: strategies.KindHint, Block: head, Hint: hintOf(t, kit, user, false)}); len(ops) != 0 {
				t.Errorf("backrun_hints = false: got %d opportunities, want 0", len(ops))
			}
			foreign := hintOf(t, kit, user, false)
			for i := range foreign.Logs {
				foreign.Logs[i].Address = common.HexToAddress("0x00000000000000000000000000000000000000aa")
			}
			if ops := kit.Deliver(s, strategies.Event{Kind: strategies.KindHint, Block: head, Hint: foreign}); len(ops) != 0 {
				t.Errorf("hint of unwatched pools: got %d opportunities, want 0", len(ops))
			}

			ev.Hint = hintOf(t, kit, user, false)
			ops := kit.Deliver(s, ev)
			if len(ops) != 1 {
				t.Fatalf("got %d opportunities, want 1 backrun", len(ops))
			}
			op := ops[0]
			if op.HintHash != ev.Hint.Hash || op.Kind != strategies.KindBackrun || len(op.Front) != 0 || len(op.Calls) != 1 {
				t.Fatalf("got hint %s kind %q, %d front txs, %d calls; want hint %s, backrun, 0, 1", op.HintHash, op.Kind, len(op.Front), len(op.Calls), ev.Hint.Hash)
			}
			if op.MinBlock != head+1 || op.MaxBlock != head+2 {
				t.Errorf("got blocks %d..%d, want %d..%d", op.MinBlock, op.MaxBlock, head+1, head+2)
			}
			if again := kit.Deliver(s, ev); len(again) != 1 || again[0].ID != op.ID {
				t.Errorf("the same hint again: got %v, want the same ID %s", again, op.ID)
			}
			// What the relay lands: the user's swap, then the backrun.
			landed := op
			landed.Front = []*types.Transaction{user}
			var got *big.Int
			for _, l := range kit.Land(landed)[0].Logs {
				if e, err := ex.UnpackArbitragedEvent(l); err == nil {
					got = e.Profit
				}
			}
			if got == nil || got.Cmp(op.Profit.ToBig()) != 0 {
				t.Errorf("executor reported profit %v wei, want the fast path's %s", got, op.Profit.Dec())
			}
			// The strategy follows the block as usual: the backrun's cycle
			// is gone (others through the pool may remain).
			key := op.ID[strings.LastIndex(op.ID, ":")+1:]
			for _, o := range kit.Deliver(s, kit.Logs(s.(strategies.Subscriber).Subscriptions())) {
				if strings.HasPrefix(o.ID, "arb:"+key) {
					t.Errorf("after the backrun landed: cycle %s is still profitable (%s wei)", key, o.Profit.Dec())
				}
			}
		})
	}
}
