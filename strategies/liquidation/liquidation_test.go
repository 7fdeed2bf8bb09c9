package liquidation_test

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/keeperkit/keeperkit/abis/bindings/aavepool"
	"github.com/keeperkit/keeperkit/abis/bindings/erc20"
	"github.com/keeperkit/keeperkit/abis/bindings/keeperexecutor"
	"github.com/keeperkit/keeperkit/sim/devnet"
	"github.com/keeperkit/keeperkit/strategies"
	"github.com/keeperkit/keeperkit/strategies/liquidation"
	"github.com/keeperkit/keeperkit/strategies/strategytest"
)

// setup builds the demo world and the strategy; extra is appended to its
// config section.
func setup(t *testing.T, extra ...string) (*strategytest.Kit, strategies.Strategy) {
	t.Helper()
	kit := strategytest.New(t, "../../configs/scenarios/demo.toml")
	ex := keeperexecutor.NewKeeperExecutor()
	code := append(hexutil.MustDecode(keeperexecutor.KeeperExecutorMetaData.Bin), ex.PackConstructor(kit.Sender.Address)...)
	addr, _, err := devnet.Deploy(context.Background(), kit.Node, kit.Sender, code)
	if err != nil {
		t.Fatal(err)
	}
	kit.Env.Executor = addr
	return kit, newOn(t, kit, extra...)
}

// newOn is another instance of the strategy on kit's world.
func newOn(t *testing.T, kit *strategytest.Kit, extra ...string) strategies.Strategy {
	t.Helper()
	w := kit.World
	var pools []string
	for _, p := range w.V3.Pools {
		if p.Fee == 500 {
			pools = append(pools, `"v3:`+p.Address.Hex()+`"`)
		}
	}
	for _, p := range w.V2.Pairs {
		if p.Name == "v2:WBTC/USDC" {
			pools = append(pools, `"v2:`+p.Address.Hex()+`"`)
		}
	}
	cfg := fmt.Sprintf("pool = %q\noracle = %q\nweth = %q\nswap_pools = [%s]\nmin_profit_wei = \"1000000000000000\"\n",
		w.Aave.Pool.Hex(), w.Aave.Oracle.Hex(), w.WETH.Hex(), strings.Join(pools, ", "))
	cfg += strings.Join(extra, "\n")
	s, err := strategies.New(liquidation.Name, strategytest.Decoder(cfg))
	if err != nil {
		t.Fatal(err)
	}
	return kit.Init(s)
}

// TestLiquidatesEveryPositionOnce plays the demo timeline: the ETH drop
// makes three borrowers liquidatable, the pending WBTC update two more (a
// backrun). Each is liquidated once and only once, and the executor's
// owner receives exactly the profit the executor reports.
func TestLiquidatesEveryPositionOnce(t *testing.T) {
	kit, s := setup(t)
	ctx := context.Background()
	w := kit.World
	sub := s.(strategies.Subscriber).Subscriptions()
	usdc := w.Tokens["USDC"].Address
	erc := erc20.NewIERC20Detailed()
	balance := func() *big.Int {
		out, err := kit.Node.Client().CallContract(ctx, ethereum.CallMsg{To: &usdc, Data: erc.PackBalanceOf(kit.Sender.Address)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		v, _ := erc.UnpackBalanceOf(out)
		return v
	}
	before := balance()
	ex := keeperexecutor.NewKeeperExecutor()
	liquidated := map[common.Address]int{}
	profit := new(big.Int)
	// Land one opportunity at a time, as blocks do: what landed changes the
	// chain, the strategy sees it as logs and re-proves what is left.
	land := func(ops []strategies.Opportunity) {
		for len(ops) > 0 {
			op := ops[0]
			for _, r := range kit.Land(op) {
				for _, l := range r.Logs {
					if ev, err := ex.UnpackLiquidatedEvent(l); err == nil {
						liquidated[ev.User]++
						profit.Add(profit, ev.Profit)
					}
				}
			}
			ops = kit.Deliver(s, kit.Logs(sub))
			for _, o := range ops {
				if o.ID == op.ID {
					t.Errorf("%s found again after it landed", op.ID)
					return
				}
			}
		}
	}
	for kit.Next() {
		land(kit.Deliver(s, kit.Logs(sub)))
		for _, ev := range kit.Pending() {
			ops := kit.Deliver(s, ev)
			for _, op := range ops {
				if len(op.Front) != 1 || op.Front[0].Hash() != ev.Tx.Hash() {
					t.Errorf("%s: a backrun must carry the oracle update in front", op.ID)
				}
			}
			if len(ops) > 0 {
				land(ops[:1]) // the oracle update lands with the first; the rest are re-found from logs
			}
		}
	}
	want := map[common.Address]int{}
	for _, b := range w.Borrower[:5] {
		want[b.Address] = 1
	}
	if len(liquidated) != len(want) {
		t.Errorf("liquidated %d borrowers, want %d: %v", len(liquidated), len(want), liquidated)
	}
	for u, n := range liquidated {
		if want[u] != n {
			t.Errorf("borrower %s liquidated %d times, want %d", u, n, want[u])
		}
	}
	if got := new(big.Int).Sub(balance(), before); got.Cmp(profit) != 0 || profit.Sign() <= 0 {
		t.Errorf("owner received %s USDC units, executor reported %s", got, profit)
	}
	// Each is healthy again, or was underwater and has no collateral left
	// but dust (bad debt stays with the pool: 10 WETH at $1600 cover 15,238 of
	// 15,900 USDC).
	pool := aavepool.NewPool()
	for _, b := range w.Borrower[:5] {
		out, _ := kit.Node.Client().CallContract(ctx, ethereum.CallMsg{To: &w.Aave.Pool, Data: pool.PackGetUserAccountData(b.Address)}, nil)
		d, _ := pool.UnpackGetUserAccountData(out)
		// Rounding leaves dust (a few 1e-8 USD) that no liquidation can pay for.
		if d.HealthFactor.Cmp(big.NewInt(1e18)) < 0 && d.TotalCollateralBase.Cmp(big.NewInt(1e8)) >= 0 {
			t.Errorf("borrower %s still at HF %s with collateral %s left", b.Address, d.HealthFactor, d.TotalCollateralBase)
		}
	}
}

// TestProofCap: with max_proofs = 1 the ETH drop that makes several
// borrowers liquidatable yields one proven opportunity, the largest debt's.
func TestProofCap(t *testing.T) {
	kit, s := setup(t, "max_proofs = 1")
	ctx := context.Background()
	w := kit.World
	sub := s.(strategies.Subscriber).Subscriptions()
	pool := aavepool.NewPool()
	for kit.Next() {
		ops := kit.Deliver(s, kit.Logs(sub))
		if len(ops) == 0 {
			continue
		}
		if len(ops) != 1 {
			t.Fatalf("got %d opportunities, want 1 (max_proofs = 1)", len(ops))
		}
		// The chain's own view: the liquidatable borrower with the largest
		// debt (the demo has equal debts: the lowest address wins the tie).
		var best common.Address
		bestDebt := new(big.Int)
		under := 0
		for _, b := range w.Borrower {
			out, err := kit.Node.Client().CallContract(ctx, ethereum.CallMsg{To: &w.Aave.Pool, Data: pool.PackGetUserAccountData(b.Address)}, nil)
			if err != nil {
				t.Fatal(err)
			}
			d, err := pool.UnpackGetUserAccountData(out)
			if err != nil {
				t.Fatal(err)
			}
			if d.HealthFactor.Cmp(big.NewInt(1e18)) < 0 {
				under++
				// ties go to the lower address, as the strategy ranks them
				if c := d.TotalDebtBase.Cmp(bestDebt); c > 0 || (c == 0 && b.Address.Cmp(best) < 0) {
					best, bestDebt = b.Address, d.TotalDebtBase
				}
			}
		}
		if under < 2 {
			t.Fatalf("%d liquidatable borrowers: the cap is not exercised", under)
		}
		if !strings.Contains(ops[0].ID, best.Hex()) {
			t.Errorf("proved %s, want the largest debt's borrower %s", ops[0].ID, best.Hex())
		}
		return
	}
	t.Fatal("the timeline made no borrower liquidatable")
}

func TestConfigErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{`pool = "0x1"`, "pool"},
		{"pool = \"0x0000000000000000000000000000000000000001\"\noracle = \"0x0000000000000000000000000000000000000002\"\nweth = \"0x0000000000000000000000000000000000000003\"\nswap_pools = [\"v4:0x0000000000000000000000000000000000000004\"]", "swap_pools[0]"},
		{"pool = \"0x0000000000000000000000000000000000000001\"\noracle = \"0x0000000000000000000000000000000000000002\"\nweth = \"0x0000000000000000000000000000000000000003\"\nswap_pools = []", "swap_pools"},
		{"colour = 1", "colour"},
		{"pool = \"0x0000000000000000000000000000000000000001\"\noracle = \"0x0000000000000000000000000000000000000002\"\nweth = \"0x0000000000000000000000000000000000000003\"\nswap_pools = [\"v2:0x0000000000000000000000000000000000000004\"]\nmax_gas_price_gwei = 2000000", "max_gas_price_gwei = 2000000"},
		{"pool = \"0x0000000000000000000000000000000000000001\"\noracle = \"0x0000000000000000000000000000000000000002\"\nweth = \"0x0000000000000000000000000000000000000003\"\nswap_pools = [\"v2:0x0000000000000000000000000000000000000004\"]\nmax_gas_price_gwei = -1", "max_gas_price_gwei"},
		{"pool = \"0x0000000000000000000000000000000000000001\"\noracle = \"0x0000000000000000000000000000000000000002\"\nweth = \"0x0000000000000000000000000000000000000003\"\nswap_pools = [\"v2:0x0000000000000000000000000000000000000004\"]\ngas_estimate = 0", "gas_estimate = 0"},
		{"pool = \"0x0000000000000000000000000000000000000001\"\noracle = \"0x0000000000000000000000000000000000000002\"\nweth = \"0x0000000000000000000000000000000000000003\"\nswap_pools = [\"v2:0x0000000000000000000000000000000000000004\"]\nmax_proofs = 0", "max_proofs = 0"},
	} {
		if _, err := liquidation.New(strategytest.Decoder(tc.src)); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: got %v, want an error naming %s", tc.src, err, tc.want)
		}
	}
}

// TestSamePoolSameBlock: the ETH drop makes three borrowers liquidatable
// whose WETH collateral sells through the same pool. Each liquidation is
// sized on the pool as the ones before it leave it, so all of them land in
// one block, in the order they were found; each earns at least its
// on-chain minimum (a liquidation sized on the untouched pool would revert
// behind the first: InsufficientProfit).
func TestSamePoolSameBlock(t *testing.T) {
	kit, s := setup(t)
	sub := s.(strategies.Subscriber).Subscriptions()
	ex := keeperexecutor.NewKeeperExecutor()
	for kit.Next() {
		ops := kit.Deliver(s, kit.Logs(sub))
		if len(ops) < 2 {
			continue
		}
		pools := map[common.Address]int{}
		all := strategies.Opportunity{ID: "all", Kind: strategies.KindLiquidation}
		for _, op := range ops {
			args, err := ex.GetABI().Methods["liquidate"].Inputs.Unpack(op.Calls[0].Data[4:])
			if err != nil {
				t.Fatal(err)
			}
			l := *abi.ConvertType(args[0], new(keeperexecutor.KeeperExecutorLiquidation)).(*keeperexecutor.KeeperExecutorLiquidation)
			pools[l.Hops[0].Pool]++
			all.Calls = append(all.Calls, op.Calls...)
			all.Gas = max(all.Gas, op.Gas)
		}
		shared := 0
		for _, n := range pools {
			shared = max(shared, n)
		}
		if shared < 2 {
			t.Fatalf("%d liquidations through %d pools: none shares a pool", len(ops), len(pools))
		}
		landed := 0
		for _, r := range kit.Land(all) { // fails the test if one reverts
			for _, l := range r.Logs {
				if _, err := ex.UnpackLiquidatedEvent(l); err == nil {
					landed++
				}
			}
		}
		if landed != len(ops) {
			t.Errorf("%d of %d liquidations landed in the block", landed, len(ops))
		}
		t.Logf("%d liquidations, %d through one pool, landed in one block", len(ops), shared)
		return
	}
	t.Fatal("the timeline never made two borrowers liquidatable at once")
}

// TestMaxGasPrice: while the next block's base fee is above
// max_gas_price_gwei no liquidation is proposed; the same event under the
// cap (another instance on the same chain) yields them.
func TestMaxGasPrice(t *testing.T) {
	kit, capped := setup(t, "max_gas_price_gwei = 50")
	free := newOn(t, kit, "max_gas_price_gwei = 200")
	sub := capped.(strategies.Subscriber).Subscriptions()
	for kit.Next() {
		ev := kit.Logs(sub)
		// The block as if it were full at 100 gwei: the next base fee is
		// 112.5 gwei (EIP-1559: +12.5% over the target).
		h := types.CopyHeader(ev.Header)
		h.BaseFee, h.GasUsed = big.NewInt(100e9), h.GasLimit
		ev.Header = h
		kit.Deliver(capped, strategies.Event{Kind: strategies.KindBlock, Block: ev.Block, Header: h})
		kit.Deliver(free, strategies.Event{Kind: strategies.KindBlock, Block: ev.Block, Header: h})
		if ops := kit.Deliver(capped, ev); len(ops) > 0 {
			t.Fatalf("%d opportunities at a next base fee of 112.5 gwei with max_gas_price_gwei = 50", len(ops))
		}
		if ops := kit.Deliver(free, ev); len(ops) > 0 {
			t.Logf("block %d: %d liquidations under a 200 gwei cap, none under 50", ev.Block, len(ops))
			return
		}
	}
	t.Fatal("the timeline made no borrower liquidatable")
}
