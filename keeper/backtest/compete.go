package backtest

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/keeperkit/keeperkit/keeper/backtest/compete"
	"github.com/keeperkit/keeperkit/keeper/backtest/report"
	"github.com/keeperkit/keeperkit/keeper/config"
	"github.com/keeperkit/keeperkit/strategies/arbitrage"
	"github.com/keeperkit/keeperkit/strategies/liquidation"
)

// bookOf is what the competition decoder knows from the keeper config: the
// Aave pool of the liquidation section, the factories of the arbitrage
// section (pools that emit swaps are resolved at the block and kept only
// when a listed factory made them), plus extra Aave pools.
func bookOf(kc *config.Config, extraAave []common.Address) (compete.Book, error) {
	book := compete.Book{AavePools: append([]common.Address(nil), extraAave...)}
	for _, name := range kc.StrategyNames() {
		switch name {
		case liquidation.Name:
			var c liquidation.Config
			if err := kc.DecodeStrategy(name, &c); err != nil {
				return book, err
			}
			if common.IsHexAddress(c.Pool) {
				book.AavePools = append(book.AavePools, common.HexToAddress(c.Pool))
			}
		case arbitrage.Name:
			var c arbitrage.Config
			if err := kc.DecodeStrategy(name, &c); err != nil {
				return book, err
			}
			for _, f := range c.V2Factories {
				book.V2Factories = append(book.V2Factories, common.HexToAddress(f))
			}
			for _, f := range c.V3Factories {
				book.V3Factories = append(book.V3Factories, common.HexToAddress(f))
			}
		}
	}
	return book, nil
}

// competitors lists what others landed in block (keeper/backtest/compete
// decodes them; finalize matches them with our opportunities).
func (r *replayer) competitors(ctx context.Context, block *types.Block, receipts []*types.Receipt, deltas []*big.Int) ([]report.Competitor, error) {
	if r.decoder == nil {
		return nil, nil
	}
	bd := compete.FromBlock(block, receipts)
	bd.CoinbaseDelta = deltas
	out, err := r.decoder.Block(ctx, bd)
	if err != nil {
		return nil, fmt.Errorf("backtest: competition in block %d: %w", block.NumberU64(), err)
	}
	return out, nil
}
