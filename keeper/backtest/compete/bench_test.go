package compete

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/keeperkit/keeperkit/keeper/backtest/report"
)

// BenchmarkDecoderBlock decodes a busy block: 200 transactions, of which
// 150 plain swaps, 40 three-pool arbitrages and 10 liquidations with a
// collateral sale. Senders are recovered once and cached in the
// transactions, as ethclient's blocks carry them from the node.
func BenchmarkDecoderBlock(b *testing.B) {
	var txLogs [][]*types.Log
	for i := 0; i < 200; i++ {
		switch {
		case i%20 == 0:
			txLogs = append(txLogs, []*types.Log{
				liqLog(aavePool, tWETH, tUSDC, common.BigToAddress(common.Big1), 1500, 7),
				swapV2(pV2WethUsdc, true, 7, 14000),
			})
		case i%5 == 1:
			txLogs = append(txLogs, []*types.Log{
				swapV2(pV2UsdcWbtc, true, 20000, 1000),
				swapV2(pV2WethWbtc, false, 1000, 13),
				swapV3(pV3WethUsdc, true, 10, 20000),
			})
		default:
			txLogs = append(txLogs, []*types.Log{swapV3(pV3WethUsdc, false, 20000, 10)})
		}
	}
	blk := blockOf(b, txLogs, nil)
	d, err := New(testBook())
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	var out []report.Competitor
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		out, err = d.Block(ctx, blk)
		if err != nil {
			b.Fatal(err)
		}
	}
	if len(out) != 50 {
		b.Fatalf("got %d competitors, want 50", len(out))
	}
}
