package compete

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/keeperkit/keeperkit/abis/bindings/keeperexecutor"
	"github.com/keeperkit/keeperkit/keeper/backtest/report"
	"github.com/keeperkit/keeperkit/strategies"
)

func TestTarget(t *testing.T) {
	ex := keeperexecutor.NewKeeperExecutor()
	user := common.HexToAddress("0xB0b000000000000000000000000000000000000B")
	hops := []keeperexecutor.KeeperExecutorHop{
		{Kind: 1, Pool: pV3WethUsdc, TokenIn: tWETH, TokenOut: tUSDC},
		{Kind: 0, Pool: pV2WethUsdc, TokenIn: tUSDC, TokenOut: tWETH, FeeBps: 30},
	}
	liqCall := strategies.Call{To: common.HexToAddress("0xe0"), Data: ex.PackLiquidate(keeperexecutor.KeeperExecutorLiquidation{
		Pool: aavePool, Collateral: tWETH, Debt: tUSDC, User: user, DebtToCover: big.NewInt(5), Hops: hops[:1],
		MinProfit: big.NewInt(0), TipWei: big.NewInt(0), Weth: tWETH,
	})}
	arbCall := strategies.Call{To: common.HexToAddress("0xe0"), Data: ex.PackArbitrage(keeperexecutor.KeeperExecutorArbitrage{
		Hops: hops, AmountIn: big.NewInt(1), MinProfit: big.NewInt(0), TipWei: big.NewInt(0), Weth: tWETH,
	})}
	tests := []struct {
		name  string
		calls []strategies.Call
		want  string
	}{
		{"liquidate", []strategies.Call{liqCall}, "borrower=" + user.Hex()},
		{"arbitrage", []strategies.Call{arbCall}, "pools=" + pV3WethUsdc.Hex() + "," + pV2WethUsdc.Hex()},
		{"both", []strategies.Call{liqCall, arbCall}, "borrower=" + user.Hex() + " pools=" + pV3WethUsdc.Hex() + "," + pV2WethUsdc.Hex()},
		{"other call", []strategies.Call{{Data: []byte{1, 2, 3, 4, 5}}}, ""},
		{"truncated", []strategies.Call{{Data: arbCall.Data[:40]}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Target(&strategies.Opportunity{Calls: tt.calls}); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	// What Target writes, Match reads: the decoder's cycle (logged from
	// another rotation) matches.
	cs := []report.Competitor{{Block: 5, Kind: KindArbitrage, CoinbasePaid: "1",
		Details: "cycle=USDC>WETH>USDC pools=" + pV2WethUsdc.Hex() + "," + pV3WethUsdc.Hex() + " profit=3"}}
	Match(cs, []report.Opportunity{{Block: 5, Kind: "arbitrage", ID: "x", Inputs: "id=x " + Target(&strategies.Opportunity{Calls: []strategies.Call{arbCall}}), Bid: "2", Profit: "9"}})
	if !cs[0].Seen || !cs[0].WouldWin {
		t.Errorf("got %+v, want seen and won", cs[0])
	}
}
