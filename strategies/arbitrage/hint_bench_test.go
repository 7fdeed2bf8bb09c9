package arbitrage_test

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/keeperkit/keeperkit/abis/bindings/keeperexecutor"
	"github.com/keeperkit/keeperkit/sim/devnet"
	"github.com/keeperkit/keeperkit/strategies"
	"github.com/keeperkit/keeperkit/strategies/strategytest"
)

// BenchmarkOnHint is the strategy's time from a MEV-Share hint to the
// backrun opportunity: the hint's logs applied to copies of the pools and
// every cycle through them sized with the fast path (the demo world: 5
// pools, 12 cycles). Nothing is proven on a fork: the hinted transaction
// is private.
func BenchmarkOnHint(b *testing.B) {
	kit := strategytest.New(b, "../../configs/scenarios/demo.toml")
	ex := keeperexecutor.NewKeeperExecutor()
	code := append(hexutil.MustDecode(keeperexecutor.KeeperExecutorMetaData.Bin), ex.PackConstructor(kit.Sender.Address)...)
	addr, _, err := devnet.Deploy(context.Background(), kit.Node, kit.Sender, code)
	if err != nil {
		b.Fatal(err)
	}
	kit.Env.Executor = addr
	s := newHintStrategy(b, kit, true)
	for _, bc := range []struct {
		name    string
		v3fee   uint32
		tokenIn string
		amount  int64
	}{{"pool=v2", 0, "WETH", 25}, {"pool=v3", 3000, "USDC", 60_000}} {
		ev := strategies.Event{Kind: strategies.KindHint, Block: kit.Head().Number.Uint64(), Hint: hintOf(b, kit, userSwap(b, kit, bc.v3fee, bc.tokenIn, bc.amount), false)}
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				ops, err := s.OnEvent(context.Background(), ev)
				if err != nil || len(ops) != 1 {
					b.Fatalf("got %d opportunities, %v; want 1", len(ops), err)
				}
			}
		})
	}
}
