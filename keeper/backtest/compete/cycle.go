package compete

import (
	"context"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// Event signatures (topic 0).
var (
	topicLiquidationCall = crypto.Keccak256Hash([]byte("LiquidationCall(address,address,address,uint256,uint256,address,bool)"))
	topicV2Swap          = crypto.Keccak256Hash([]byte("Swap(address,uint256,uint256,uint256,uint256,address)"))
	topicV3Swap          = crypto.Keccak256Hash([]byte("Swap(address,address,int256,int256,uint160,uint128,int24)"))
)

// leg is one swap from the trader's side: amountIn of tokenIn went into
// the pool, amountOut of tokenOut came out.
type leg struct {
	pool              common.Address
	tokenIn, tokenOut common.Address
	amountIn          uint256.Int
	amountOut         uint256.Int
	logIndex          uint
}

// swapLeg decodes a V2 or V3 Swap log of a known (or resolvable) pool. A
// log whose net amounts do not show one token in and the other out (a
// no-op, or a malformed log) gives no leg.
func (d *Decoder) swapLeg(ctx context.Context, number uint64, l *types.Log) (leg, bool, error) {
	kind := V2
	if l.Topics[0] == topicV3Swap {
		kind = V3
	}
	p, err := d.pool(ctx, number, l.Address, kind)
	if err != nil || p == nil {
		return leg{}, false, err
	}
	lg := leg{pool: p.Address, logIndex: l.Index}
	var ok bool
	if kind == V2 {
		ok = v2Leg(&lg, p, l.Data)
	} else {
		ok = v3Leg(&lg, p, l.Data)
	}
	return lg, ok, nil
}

// v2Leg: the net of amountXIn - amountXOut per token (a flash swap can pay
// in and out of the same token).
func v2Leg(lg *leg, p *Pool, data []byte) bool {
	if len(data) != 4*32 {
		return false
	}
	var in0, in1, out0, out1 uint256.Int
	in0.SetBytes32(data[0:32])
	in1.SetBytes32(data[32:64])
	out0.SetBytes32(data[64:96])
	out1.SetBytes32(data[96:128])
	switch {
	case in0.Gt(&out0) && out1.Gt(&in1):
		lg.tokenIn, lg.tokenOut = p.Token0, p.Token1
		lg.amountIn.Sub(&in0, &out0)
		lg.amountOut.Sub(&out1, &in1)
	case in1.Gt(&out1) && out0.Gt(&in0):
		lg.tokenIn, lg.tokenOut = p.Token1, p.Token0
		lg.amountIn.Sub(&in1, &out1)
		lg.amountOut.Sub(&out0, &in0)
	default:
		return false
	}
	return true
}

// v3Leg: amount0 and amount1 are signed from the pool's side (positive:
// the pool received it).
func v3Leg(lg *leg, p *Pool, data []byte) bool {
	if len(data) != 5*32 {
		return false
	}
	var a0, a1 uint256.Int
	a0.SetBytes32(data[0:32])
	a1.SetBytes32(data[32:64])
	switch {
	case a0.Sign() > 0 && a1.Sign() < 0:
		lg.tokenIn, lg.tokenOut = p.Token0, p.Token1
		lg.amountIn.Set(&a0)
		lg.amountOut.Neg(&a1)
	case a1.Sign() > 0 && a0.Sign() < 0:
		lg.tokenIn, lg.tokenOut = p.Token1, p.Token0
		lg.amountIn.Set(&a1)
		lg.amountOut.Neg(&a0)
	default:
		return false
	}
	return true
}

// cycle is a profitable closed sequence of legs, rotated to start at the
// token where the profit stays.
type cycle struct {
	legs     []leg
	profit   uint256.Int
	logIndex uint // of the first leg in log order
}

// cycles finds the arbitrages in one transaction's swap legs (in log
// order). A cycle is a run of consecutive legs, each taking the token the
// previous one gave, the last giving back the first's token (or the same
// in reverse log order, as nested flash swaps log); the shortest closing
// run is taken and the search goes on after it. Logs follow the
// order in which the pools finished their swaps, which for a first hop that
// pays out before it is paid (a V2 flash swap or a V3 swap whose callback
// runs the rest of the cycle) is a rotation of the trade's order; so the
// profit is found at every junction of the cycle: the tokens a leg gave
// minus what the next leg took. It is an arbitrage when no junction lost
// and one gained; the cycle then starts at the first junction (in log
// order) that gained, and profit is that gain in that token's base units.
// A single swap, a path that does not return to its token, or one
// returning less is not an arbitrage.
func cycles(legs []leg) []cycle {
	var out []cycle
	var rev []leg
	for i := 0; i < len(legs); {
		end, backward := closing(legs, i, false), false
		if end < 0 {
			end, backward = closing(legs, i, true), true
		}
		if end < 0 {
			i++
			continue
		}
		run := legs[i : end+1]
		if backward {
			rev = append(rev[:0], run...)
			slices.Reverse(rev)
			run = rev
		}
		if c, ok := closed(run); ok {
			c.logIndex = legs[i].logIndex
			out = append(out, c)
		}
		i = end + 1
	}
	return out
}

// closing returns the end of the shortest closed run starting at i, or -1.
// Forward, each leg takes what the previous one gave; backward (nested
// flash swaps, each logged after the swaps its callback made), each leg
// gave what the previous one took.
func closing(legs []leg, i int, backward bool) int {
	for j := i + 1; j < len(legs); j++ {
		if !backward && legs[j].tokenIn != legs[j-1].tokenOut || backward && legs[j].tokenOut != legs[j-1].tokenIn {
			return -1
		}
		if !backward && legs[j].tokenOut == legs[i].tokenIn || backward && legs[j].tokenIn == legs[i].tokenOut {
			return j
		}
	}
	return -1
}

// closed checks the junctions of a closed run and rotates it to its
// profit token.
func closed(run []leg) (cycle, bool) {
	n := len(run)
	start := -1
	var gain uint256.Int
	for k := 0; k < n; k++ {
		prev := &run[(k+n-1)%n]
		next := &run[k]
		if prev.amountOut.Lt(&next.amountIn) {
			return cycle{}, false
		}
		if start < 0 && prev.amountOut.Gt(&next.amountIn) {
			start = k
			gain.Sub(&prev.amountOut, &next.amountIn)
		}
	}
	if start < 0 {
		return cycle{}, false
	}
	c := cycle{legs: make([]leg, 0, n)}
	c.legs = append(c.legs, run[start:]...)
	c.legs = append(c.legs, run[:start]...)
	c.profit.Set(&gain)
	return c, true
}
