package abis_test

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/keeperkit/keeperkit/abis/bindings/erc20"
	"github.com/keeperkit/keeperkit/abis/bindings/keeperexecutor"
	"github.com/keeperkit/keeperkit/sim/devnet"
)

type execWorld struct {
	c     devnet.Chain
	w     *devnet.World
	owner devnet.Account
	addr  common.Address
	ex    *keeperexecutor.KeeperExecutor
}

var erc = erc20.NewIERC20Detailed()

func newExecWorld(t *testing.T, c devnet.Chain) *execWorld {
	t.Helper()
	ctx := context.Background()
	sc, err := devnet.LoadScenario("../configs/scenarios/demo.toml")
	if err != nil {
		t.Fatal(err)
	}
	w, err := devnet.Build(ctx, c, sc)
	if err != nil {
		t.Fatal(err)
	}
	e := &execWorld{c: c, w: w, owner: c.Accounts()[7], ex: keeperexecutor.NewKeeperExecutor()}
	code := append(hexutil.MustDecode(keeperexecutor.KeeperExecutorMetaData.Bin), e.ex.PackConstructor(e.owner.Address)...)
	if e.addr, _, err = devnet.Deploy(ctx, c, e.owner, code); err != nil {
		t.Fatal(err)
	}
	return e
}

func (e *execWorld) bal(t *testing.T, token, who common.Address) *big.Int {
	t.Helper()
	v, err := erc.UnpackBalanceOf(call(t, e.c, token, erc.PackBalanceOf(who)))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func (e *execWorld) send(t *testing.T, from devnet.Account, data []byte, value *big.Int) (*types.Receipt, error) {
	t.Helper()
	return devnet.Send(context.Background(), e.c, from, devnet.Call{To: &e.addr, Data: data, Value: value, Gas: 3_000_000})
}

func (e *execWorld) hop(pool string, in, out string) keeperexecutor.KeeperExecutorHop {
	h := keeperexecutor.KeeperExecutorHop{TokenIn: e.w.Tokens[in].Address, TokenOut: e.w.Tokens[out].Address}
	for _, p := range e.w.V2.Pairs {
		if p.Name == pool {
			h.Kind, h.Pool, h.FeeBps = 0, p.Address, 30
		}
	}
	for _, p := range e.w.V3.Pools {
		if p.Name == pool {
			h.Kind, h.Pool = 1, p.Address
		}
	}
	return h
}

func wantRevert(t *testing.T, err error, reason string) {
	t.Helper()
	if err == nil || !strings.Contains(err.Error(), "reverted") || !strings.Contains(err.Error(), reason) {
		t.Errorf("got %v, want a revert with %q", err, reason)
	}
}

func TestExecutorLiquidation(t *testing.T) {
	for _, c := range devnet.Chains(t) {
		t.Run(c.Name(), func(t *testing.T) {
			ctx := context.Background()
			e := newExecWorld(t, c)
			w := e.w
			for range 2 { // block 2 drops ETH to $1600
				if _, _, err := w.Step(ctx); err != nil {
					t.Fatal(err)
				}
			}
			usdc, weth := w.Tokens["USDC"].Address, w.Tokens["WETH"].Address
			liq := keeperexecutor.KeeperExecutorLiquidation{
				Pool: w.Aave.Pool, Collateral: weth, Debt: usdc, User: w.Borrower[0].Address,
				DebtToCover: big.NewInt(8000e6),
				Hops:        []keeperexecutor.KeeperExecutorHop{e.hop("v3:WETH/USDC:500", "WETH", "USDC")},
				MinProfit:   big.NewInt(100e6), TipWei: big.NewInt(params.Ether / 100), Weth: weth,
			}
			// The tip is paid in ETH the executor holds.
			if _, err := devnet.Send(ctx, c, e.owner, devnet.Call{To: &e.addr, Value: big.NewInt(params.Ether)}); err != nil {
				t.Fatal(err)
			}
			t.Run("not owner", func(t *testing.T) {
				_, err := e.send(t, c.Accounts()[8], e.ex.PackLiquidate(liq), nil)
				wantRevert(t, err, "")
			})
			t.Run("profit under minimum", func(t *testing.T) {
				hi := liq
				hi.MinProfit = big.NewInt(1_000_000e6)
				_, err := e.send(t, e.owner, e.ex.PackLiquidate(hi), nil)
				wantRevert(t, err, "")
			})
			t.Run("callback from outside", func(t *testing.T) {
				_, err := e.send(t, c.Accounts()[8], e.ex.PackExecuteOperation(usdc, big.NewInt(1), big.NewInt(0), e.addr, nil), nil)
				wantRevert(t, err, "")
			})
			t.Run("healthy borrower", func(t *testing.T) {
				ok := liq
				ok.User = w.Borrower[5].Address // 10 WETH for 5,000 USDC: HF 2.6 at $1600
				_, err := e.send(t, e.owner, e.ex.PackLiquidate(ok), nil)
				wantRevert(t, err, "45") // Aave: HEALTH_FACTOR_NOT_BELOW_THRESHOLD
			})
			ownerBefore := e.bal(t, usdc, e.owner.Address)
			cbBefore, _ := c.Client().BalanceAt(ctx, devnet.DefaultCoinbase, nil)
			rcpt, err := e.send(t, e.owner, e.ex.PackLiquidate(liq), nil)
			if err != nil {
				t.Fatal(err)
			}
			var profit *big.Int
			for _, l := range rcpt.Logs {
				if ev, err := e.ex.UnpackLiquidatedEvent(l); err == nil {
					profit = ev.Profit
				}
			}
			if profit == nil || profit.Cmp(liq.MinProfit) < 0 {
				t.Fatalf("Liquidated event profit: %v", profit)
			}
			if got := new(big.Int).Sub(e.bal(t, usdc, e.owner.Address), ownerBefore); got.Cmp(profit) != 0 {
				t.Errorf("owner received %s USDC units, event says %s", got, profit)
			}
			// Coinbase: the priority fees of the block plus exactly the tip.
			cbAfter, _ := c.Client().BalanceAt(ctx, devnet.DefaultCoinbase, nil)
			block, _ := c.Client().BlockByNumber(ctx, rcpt.BlockNumber)
			fees := new(big.Int)
			for _, tx := range block.Transactions() {
				r, _ := c.Client().TransactionReceipt(ctx, tx.Hash())
				tip := new(big.Int).Sub(r.EffectiveGasPrice, block.BaseFee())
				fees.Add(fees, tip.Mul(tip, new(big.Int).SetUint64(r.GasUsed)))
			}
			if got := new(big.Int).Sub(new(big.Int).Sub(cbAfter, cbBefore), fees); got.Cmp(liq.TipWei) != 0 {
				t.Errorf("coinbase tip: got %s wei, want %s", got, liq.TipWei)
			}
			if b := e.bal(t, weth, e.addr); b.Sign() != 0 {
				t.Errorf("executor kept %s WETH", b)
			}
		})
	}
}

func TestExecutorArbitrage(t *testing.T) {
	for _, c := range devnet.Chains(t) {
		t.Run(c.Name(), func(t *testing.T) {
			ctx := context.Background()
			e := newExecWorld(t, c)
			w := e.w
			// Block 1: WETH sold into V2 (WETH cheap there), USDC into the V3
			// 0.3% pool (WETH dear there).
			if _, _, err := w.Step(ctx); err != nil {
				t.Fatal(err)
			}
			usdc, weth := w.Tokens["USDC"].Address, w.Tokens["WETH"].Address
			cases := []struct {
				name  string
				hops  []keeperexecutor.KeeperExecutorHop
				in    *big.Int
				token common.Address
			}{
				{"v2 flash swap first", []keeperexecutor.KeeperExecutorHop{e.hop("v2:WETH/USDC", "USDC", "WETH"), e.hop("v3:WETH/USDC:3000", "WETH", "USDC")}, big.NewInt(5_000e6), usdc},
				{"v3 callback first", []keeperexecutor.KeeperExecutorHop{e.hop("v3:WETH/USDC:3000", "WETH", "USDC"), e.hop("v2:WETH/USDC", "USDC", "WETH")}, big.NewInt(params.Ether), weth},
			}
			for _, tc := range cases {
				t.Run(tc.name, func(t *testing.T) {
					arb := keeperexecutor.KeeperExecutorArbitrage{Hops: tc.hops, AmountIn: tc.in, MinProfit: big.NewInt(1), TipWei: new(big.Int), Weth: weth}
					before := e.bal(t, tc.token, e.owner.Address)
					rcpt, err := e.send(t, e.owner, e.ex.PackArbitrage(arb), nil)
					if err != nil {
						t.Fatal(err)
					}
					var profit *big.Int
					for _, l := range rcpt.Logs {
						if ev, err := e.ex.UnpackArbitragedEvent(l); err == nil {
							profit = ev.Profit
						}
					}
					if profit == nil || profit.Sign() <= 0 {
						t.Fatalf("profit %v", profit)
					}
					if got := new(big.Int).Sub(e.bal(t, tc.token, e.owner.Address), before); got.Cmp(profit) != 0 {
						t.Errorf("owner got %s, event says %s", got, profit)
					}
				})
			}
			t.Run("losing direction reverts", func(t *testing.T) {
				arb := keeperexecutor.KeeperExecutorArbitrage{
					Hops:     []keeperexecutor.KeeperExecutorHop{e.hop("v3:WETH/USDC:3000", "USDC", "WETH"), e.hop("v2:WETH/USDC", "WETH", "USDC")},
					AmountIn: big.NewInt(5_000e6), MinProfit: big.NewInt(1), TipWei: new(big.Int), Weth: weth,
				}
				_, err := e.send(t, e.owner, e.ex.PackArbitrage(arb), nil)
				wantRevert(t, err, "")
			})
			t.Run("not a cycle", func(t *testing.T) {
				arb := keeperexecutor.KeeperExecutorArbitrage{
					Hops:     []keeperexecutor.KeeperExecutorHop{e.hop("v2:WETH/USDC", "USDC", "WETH"), e.hop("v2:WETH/WBTC", "WETH", "WBTC")},
					AmountIn: big.NewInt(5_000e6), MinProfit: big.NewInt(1), TipWei: new(big.Int), Weth: weth,
				}
				_, err := e.send(t, e.owner, e.ex.PackArbitrage(arb), nil)
				wantRevert(t, err, "")
			})
			t.Run("swap callback from outside", func(t *testing.T) {
				_, err := e.send(t, c.Accounts()[8], e.ex.PackUniswapV3SwapCallback(big.NewInt(1), big.NewInt(-1), common.LeftPadBytes(usdc.Bytes(), 32)), nil)
				wantRevert(t, err, "")
				_, err = e.send(t, c.Accounts()[8], e.ex.PackUniswapV2Call(e.addr, big.NewInt(1), big.NewInt(0), nil), nil)
				wantRevert(t, err, "")
			})
		})
	}
}
