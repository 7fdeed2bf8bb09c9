package liquidation

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/keeperkit/keeperkit/abis/bindings/univ3pool"
	"github.com/keeperkit/keeperkit/sim/fastpath"
)

var v3ABI = univ3pool.NewUniswapV3Pool()

// v2FeeBps is the fee the executor charges itself on a V2 hop (the Hop's
// feeBps): Uniswap V2's 0.3%.
const v2FeeBps = 30

// swap is one configured pool the seized collateral may be sold through,
// with its state as the chain has it after the latest logs seen: a V2
// pair's reserves (getReserves at Init, then Sync logs) or a V3 pool's
// slot0, liquidity and initialized ticks (its logs replayed from block 0,
// then followed).
type swap struct {
	pool           swapPool
	token0, token1 common.Address
	v2             fastpath.V2Pair
	v3             fastpath.V3Pool
}

// poolState is a pool's state as a scan sizes against it: a copy of the
// strategy's, moved by the swaps of the liquidations chosen earlier in the
// same scan (they land first). Copying a V3Pool shares its ticks, which a
// swap only reads.
type poolState struct {
	v3 bool
	v2 fastpath.V2Pair
	p3 fastpath.V3Pool
}

// loadPools reads every configured pool's tokens and state at block.
func (s *Strategy) loadPools(ctx context.Context, block *big.Int) error {
	s.swaps = s.swaps[:0]
	for _, sp := range s.p.swaps {
		sw := swap{pool: sp}
		for _, f := range []struct {
			data []byte
			dst  *common.Address
		}{{pairABI.PackToken0(), &sw.token0}, {pairABI.PackToken1(), &sw.token1}} {
			out, err := s.call(ctx, sp.addr, f.data, block)
			if err != nil {
				return err
			}
			if *f.dst, err = pairABI.UnpackToken0(out); err != nil {
				return err
			}
		}
		if !sp.v3 {
			out, err := s.call(ctx, sp.addr, pairABI.PackGetReserves(), block)
			if err != nil {
				return err
			}
			r, err := pairABI.UnpackGetReserves(out)
			if err != nil {
				return fmt.Errorf("%s: reserves of %s: %w", Name, sp.addr, err)
			}
			sw.v2 = fastpath.V2Pair{FeeBps: v2FeeBps}
			sw.v2.Reserve0.SetFromBig(r.Reserve0)
			sw.v2.Reserve1.SetFromBig(r.Reserve1)
		} else {
			out, err := s.call(ctx, sp.addr, v3ABI.PackFee(), block)
			if err != nil {
				return err
			}
			fee, err := v3ABI.UnpackFee(out)
			if err != nil {
				return err
			}
			if out, err = s.call(ctx, sp.addr, v3ABI.PackTickSpacing(), block); err != nil {
				return err
			}
			spacing, err := v3ABI.UnpackTickSpacing(out)
			if err != nil {
				return err
			}
			sw.v3 = fastpath.V3Pool{Fee: uint32(fee.Uint64()), TickSpacing: int32(spacing.Int64())}
			history, err := s.env.Chain.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int), ToBlock: block, Addresses: []common.Address{sp.addr}})
			if err != nil {
				return fmt.Errorf("%s: history of %s: %w", Name, sp.addr, err)
			}
			for i := range history {
				if err := applyV3(&sw.v3, &history[i]); err != nil {
					return fmt.Errorf("%s: %s log %d: %w", Name, sp.addr, i, err)
				}
			}
			if sw.v3.SqrtPriceX96.IsZero() {
				return fmt.Errorf("%s: v3 pool %s has no Initialize log up to block %s", Name, sp.addr, block)
			}
		}
		s.swaps = append(s.swaps, sw)
	}
	s.byPool = map[common.Address]int{}
	for i := range s.swaps {
		s.byPool[s.swaps[i].pool.addr] = i
	}
	return nil
}

func applyV3(p *fastpath.V3Pool, l *types.Log) error {
	var buf [4][32]byte
	topics := buf[:0]
	for _, t := range l.Topics {
		topics = append(topics, t)
	}
	return p.ApplyLog(topics, l.Data)
}

// applyPoolLog follows one log of a configured pool (Sync for a V2 pair,
// Initialize/Swap/Mint/Burn for a V3 pool); it reports whether it was one.
func (s *Strategy) applyPoolLog(l *types.Log) (bool, error) {
	i, ok := s.byPool[l.Address]
	if !ok || len(l.Topics) == 0 {
		return false, nil
	}
	sw := &s.swaps[i]
	var err error
	if !sw.pool.v3 {
		if l.Topics[0] != fastpath.V2SyncTopic {
			return false, nil
		}
		err = sw.v2.ApplySync(l.Data)
	} else {
		err = applyV3(&sw.v3, l)
	}
	if err != nil {
		return false, fmt.Errorf("%s: pool %s: %w", Name, l.Address, err)
	}
	return true, nil
}

// sell sets z to what the executor's hop receives for amountIn of the
// pool's token0 (zeroForOne) or token1, exactly as the pool pays it: a V2
// pair at the executor's fee, a V3 pool swapped with the extreme price
// limit (an input the pool cannot absorb is partly spent, as the pool
// does). An error is a swap that reverts.
func (p *poolState) sell(z, amountIn *uint256.Int, zeroForOne bool, scratch *fastpath.V3SwapResult) error {
	if !p.v3 {
		return p.v2.AmountOut(z, amountIn, zeroForOne)
	}
	if err := p.p3.ExactInput(scratch, zeroForOne, amountIn); err != nil {
		return err
	}
	z.Set(&scratch.AmountOut)
	if z.IsZero() {
		return errNoOutput
	}
	return nil
}

// apply moves the pool by the sale of amountIn, as it lands.
func (p *poolState) apply(amountIn *uint256.Int, zeroForOne bool) error {
	var out uint256.Int
	if !p.v3 {
		return p.v2.Swap(&out, amountIn, zeroForOne)
	}
	var res fastpath.V3SwapResult
	if err := p.p3.ExactInput(&res, zeroForOne, amountIn); err != nil {
		return err
	}
	p.p3.Commit(&res)
	return nil
}
