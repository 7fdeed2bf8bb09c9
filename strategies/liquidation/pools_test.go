package liquidation

import (
	"bytes"
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/keeperkit/keeperkit/sim/fastpath"
	"github.com/keeperkit/keeperkit/strategies"
)

// poolChain answers loadPools for one V3 pool: token0, token1, fee 3000,
// tick spacing 60, and its logs up to any block.
type poolChain struct {
	strategies.Chain
	history []types.Log
}

func (c poolChain) CallContract(_ context.Context, msg ethereum.CallMsg, _ *big.Int) ([]byte, error) {
	word := func(v uint64) []byte { return common.LeftPadBytes(new(big.Int).SetUint64(v).Bytes(), 32) }
	switch {
	case bytes.Equal(msg.Data, pairABI.PackToken0()):
		return word(1), nil
	case bytes.Equal(msg.Data, pairABI.PackToken1()):
		return word(2), nil
	case bytes.Equal(msg.Data, v3ABI.PackFee()):
		return word(3000), nil
	default: // tickSpacing
		return word(60), nil
	}
}

func (c poolChain) FilterLogs(context.Context, ethereum.FilterQuery) ([]types.Log, error) {
	return c.history, nil
}

// TestReorgReloadCountsMintOnce: after a reorg the first logs event reloads
// the V3 pools at its block, whose logs the reload already includes; a Mint
// in that block must not be applied a second time.
func TestReorgReloadCountsMintOnce(t *testing.T) {
	pool := common.HexToAddress("0x3300000000000000000000000000000000000033")
	int24 := func(v int64) common.Hash {
		return common.BigToHash(new(big.Int).And(big.NewInt(v), new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))))
	}
	var initData []byte
	initData = append(initData, common.BigToHash(new(big.Int).Lsh(big.NewInt(1), 96)).Bytes()...)
	initData = append(initData, int24(0).Bytes()...)
	const amount = 1_000_000
	mintData := make([]byte, 0, 128)
	mintData = append(mintData, common.Hash{}.Bytes()...)
	mintData = append(mintData, common.BigToHash(big.NewInt(amount)).Bytes()...)
	mintData = append(mintData, make([]byte, 64)...)
	initLog := types.Log{Address: pool, BlockNumber: 1, Topics: []common.Hash{fastpath.V3InitializeTopic}, Data: initData}
	mint := types.Log{Address: pool, BlockNumber: 10, Topics: []common.Hash{fastpath.V3MintTopic, {}, int24(-60), int24(60)}, Data: mintData}

	s := &Strategy{}
	s.p.swaps = []swapPool{{v3: true, addr: pool}}
	s.env.Chain = poolChain{history: []types.Log{initLog, mint}}
	ctx := context.Background()
	if _, err := s.OnEvent(ctx, strategies.Event{Kind: strategies.KindReorg}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.OnEvent(ctx, strategies.Event{Kind: strategies.KindLogs, Block: 10, Logs: []types.Log{mint}}); err != nil {
		t.Fatal(err)
	}
	if len(s.swaps) != 1 {
		t.Fatalf("got %d pools, want 1", len(s.swaps))
	}
	if got, want := &s.swaps[0].v3.Liquidity, uint256.NewInt(amount); !got.Eq(want) {
		t.Fatalf("got liquidity %s after the reload, want %s (the block's Mint once)", got, want)
	}
	// The next block's Mint is followed from its log.
	mint.BlockNumber = 11
	if _, err := s.OnEvent(ctx, strategies.Event{Kind: strategies.KindLogs, Block: 11, Logs: []types.Log{mint}}); err != nil {
		t.Fatal(err)
	}
	if got, want := &s.swaps[0].v3.Liquidity, uint256.NewInt(2*amount); !got.Eq(want) {
		t.Fatalf("got liquidity %s after the next block's Mint, want %s", got, want)
	}
}
