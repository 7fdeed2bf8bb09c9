package arbitrage_test

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/rs/zerolog"

	"github.com/keeperkit/keeperkit/abis/bindings/erc20"
	"github.com/keeperkit/keeperkit/abis/bindings/keeperexecutor"
	"github.com/keeperkit/keeperkit/abis/bindings/univ2pair"
	"github.com/keeperkit/keeperkit/abis/bindings/univ3pool"
	"github.com/keeperkit/keeperkit/sim/devnet"
	"github.com/keeperkit/keeperkit/strategies"
	"github.com/keeperkit/keeperkit/strategies/arbitrage"
	"github.com/keeperkit/keeperkit/strategies/strategytest"
)

// TestCapturesPlantedArbitrage: the demo's first block pushes WETH/USDC
// off parity between the V2 pair and the V3 pools; the strategy finds the
// cycles, proves them, and after they land the pools are within a fee of
// each other and the owner holds exactly the reported profit.
func TestCapturesPlantedArbitrage(t *testing.T) {
	ctx := context.Background()
	kit := strategytest.New(t, "../../configs/scenarios/demo.toml")
	w := kit.World
	ex := keeperexecutor.NewKeeperExecutor()
	code := append(hexutil.MustDecode(keeperexecutor.KeeperExecutorMetaData.Bin), ex.PackConstructor(kit.Sender.Address)...)
	addr, _, err := devnet.Deploy(ctx, kit.Node, kit.Sender, code)
	if err != nil {
		t.Fatal(err)
	}
	kit.Env.Executor = addr
	cfg := fmt.Sprintf("v2_factories = [%q]\nv3_factories = [%q]\nweth = %q\n", w.V2.Factory.Hex(), w.V3.Factory.Hex(), w.WETH.Hex())
	s, err := strategies.New(arbitrage.Name, strategytest.Decoder(cfg))
	if err != nil {
		t.Fatal(err)
	}
	var logs bytes.Buffer
	kit.Env.Log = zerolog.New(&logs)
	kit.Init(s)
	sub := s.(strategies.Subscriber).Subscriptions()
	erc := erc20.NewIERC20Detailed()
	wethBal := func() *big.Int {
		out, _ := kit.Node.Client().CallContract(ctx, ethereum.CallMsg{To: &w.WETH, Data: erc.PackBalanceOf(kit.Sender.Address)}, nil)
		v, _ := erc.UnpackBalanceOf(out)
		return v
	}
	before := wethBal()
	if !kit.Next() { // block 1: the trader's swaps
		t.Fatal("no timeline")
	}
	ops := kit.Deliver(s, kit.Logs(sub))
	if len(ops) == 0 {
		t.Fatal("no arbitrage found after the planted swaps")
	}
	reported := new(big.Int)
	for rounds := 0; len(ops) > 0 && rounds < 10; rounds++ {
		for _, r := range kit.Land(ops[0]) {
			for _, l := range r.Logs {
				if ev, err := ex.UnpackArbitragedEvent(l); err == nil {
					reported.Add(reported, ev.Profit)
				}
			}
		}
		ops = kit.Deliver(s, kit.Logs(sub))
	}
	if len(ops) != 0 {
		t.Fatalf("still %d opportunities after 10 rounds", len(ops))
	}
	// Every cycle's fast-path profit equalled the fork's to the wei.
	if strings.Contains(logs.String(), "disagree") {
		t.Errorf("fast path and fork disagreed:\n%s", logs.String())
	}
	if got := new(big.Int).Sub(wethBal(), before); got.Cmp(reported) != 0 || reported.Sign() <= 0 {
		t.Errorf("owner gained %s wei of WETH, executor reported %s", got, reported)
	}
	// Parity: the V2 pair's price and each V3 pool's differ by less than
	// the fees of a round trip through them.
	pair := univ2pair.NewUniswapV2Pair()
	out, _ := kit.Node.Client().CallContract(ctx, ethereum.CallMsg{To: &w.V2.Pairs[0].Address, Data: pair.PackGetReserves()}, nil)
	r, _ := pair.UnpackGetReserves(out)
	v2 := new(big.Float).Quo(new(big.Float).SetInt(r.Reserve1), new(big.Float).SetInt(r.Reserve0)) // token1 per token0
	pool := univ3pool.NewUniswapV3Pool()
	for _, p := range w.V3.Pools {
		if p.Token0 != w.V2.Pairs[0].Token0 {
			continue
		}
		out, _ := kit.Node.Client().CallContract(ctx, ethereum.CallMsg{To: &p.Address, Data: pool.PackSlot0()}, nil)
		s0, _ := pool.UnpackSlot0(out)
		sq := new(big.Float).Quo(new(big.Float).SetInt(s0.SqrtPriceX96), new(big.Float).SetInt(new(big.Int).Lsh(big.NewInt(1), 96)))
		v3 := new(big.Float).Mul(sq, sq)
		ratio, _ := new(big.Float).Quo(v3, v2).Float64()
		fees := 0.003 + float64(p.Fee)/1e6
		if ratio > 1+fees*1.01 || ratio < 1-fees*1.01 {
			t.Errorf("%s: price ratio to V2 %.5f, beyond the round-trip fee %.4f", p.Name, ratio, fees)
		}
	}
}

func TestConfigErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{`weth = "0x1"`, "weth"},
		{`weth = "0x0000000000000000000000000000000000000001"`, "factory"},
		{"weth = \"0x0000000000000000000000000000000000000001\"\nv2_factories = [\"0x0000000000000000000000000000000000000002\"]\nmax_hops = 4", "max_hops = 4"},
		{"hops = 1", "hops"},
	} {
		if _, err := arbitrage.New(strategytest.Decoder(tc.src)); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: got %v, want an error naming %s", tc.src, err, tc.want)
		}
	}
}
