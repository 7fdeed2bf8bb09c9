package backtest

import (
	"context"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/keeperkit/keeperkit/keeper/backtest/report"
)

// competitors lists what others landed in block and how our strategies
// compared (keeper/backtest/compete decodes and matches them).
func (r *replayer) competitors(ctx context.Context, block *types.Block, receipts []*types.Receipt, res *blockResult) ([]report.Competitor, error) {
	_, _, _, _ = ctx, block, receipts, res
	return nil, nil
}
