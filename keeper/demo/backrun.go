package demo

import (
	"context"
	"fmt"
	"math"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/keeperkit/keeperkit/abis/bindings/univ2router"
	"github.com/keeperkit/keeperkit/bundles"
	"github.com/keeperkit/keeperkit/keeper/source"
	"github.com/keeperkit/keeperkit/sim/devnet"
	"github.com/keeperkit/keeperkit/strategies"
)

// The private trade the demo sends through MEV-Share after the timeline:
// the world's trader sells privateUSDC USDC for WETH on the V2 pair,
// sharing its logs (and so the pair's new reserves) on the hint stream.
const (
	privateUSDC = 40_000
	// hintWait bounds the wait for the trade's hint; the bundle is sent
	// again every hintResend until the hint arrives (the stream may still
	// be connecting; the relay dedupes the bundle and streams it again).
	hintWait   = 20 * time.Second
	hintResend = 250 * time.Millisecond
)

// BackrunResult is one landed MEV-Share backrun: the user's private
// transaction and ours, and their positions in the block.
type BackrunResult struct {
	Block           uint64
	UserTx, Backrun common.Hash
	// UserIndex and BackrunIndex are the positions in the block.
	UserIndex, BackrunIndex int
}

// privateTrade signs the trader's swap and sends it to the relay as a
// hinted MEV-Share bundle for the next 3 blocks, until the hint stream
// carries its hint; it returns the transaction and the hint.
func privateTrade(ctx context.Context, chain devnet.Chain, w *devnet.World, user *bundles.Client, hints <-chan bundles.Hint) (*types.Transaction, *strategies.Hint, error) {
	usdc, weth := w.Tokens["USDC"], w.Tokens["WETH"]
	amount := new(big.Int).Mul(big.NewInt(privateUSDC), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(usdc.Decimals)), nil))
	data := univ2router.NewUniswapV2Router02().PackSwapExactTokensForTokens(amount, new(big.Int),
		[]common.Address{usdc.Address, weth.Address}, w.Trader.Address, big.NewInt(math.MaxInt64))
	nonce, err := chain.Client().PendingNonceAt(ctx, w.Trader.Address)
	if err != nil {
		return nil, nil, err
	}
	router := w.V2.Router
	tx, err := types.SignNewTx(w.Trader.Key, types.LatestSignerForChainID(chain.ChainID()), &types.DynamicFeeTx{
		ChainID: chain.ChainID(), Nonce: nonce, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(100 * params.GWei),
		Gas: 300_000, To: &router, Data: data})
	if err != nil {
		return nil, nil, err
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		return nil, nil, err
	}
	head, err := chain.Client().BlockNumber(ctx)
	if err != nil {
		return nil, nil, err
	}
	b := &bundles.MevBundle{Version: bundles.MevVersion,
		Inclusion: bundles.Inclusion{Block: hexutil.Uint64(head + 1), MaxBlock: hexutil.Uint64(head + 3)},
		Body:      []bundles.BodyElement{{Tx: raw}},
		Privacy:   &bundles.Privacy{Hints: []bundles.HintIntent{bundles.HintHash, bundles.HintLogs}}}
	want := bundles.MatchingHash(tx.Hash()) // a one-tx bundle's hash is the tx's
	deadline := time.Now().Add(hintWait)
	for time.Now().Before(deadline) {
		if _, err := user.SendMevBundle(ctx, b); err != nil {
			return nil, nil, fmt.Errorf("demo: private trade: %w", err)
		}
		t := time.NewTimer(hintResend)
	wait:
		for {
			select {
			case <-ctx.Done():
				t.Stop()
				return nil, nil, ctx.Err()
			case h := <-hints:
				if h.Hash == want {
					t.Stop()
					return tx, strategyHint(h), nil
				}
			case <-t.C:
				break wait
			}
		}
	}
	return nil, nil, fmt.Errorf("demo: no hint for the private trade %s within %s", tx.Hash(), hintWait)
}

// strategyHint is a streamed hint as strategies see it.
func strategyHint(h bundles.Hint) *strategies.Hint {
	out := source.HintOf(h)
	return &out
}

// backrunResult finds the user's transaction and our backrun in block.
func backrunResult(ctx context.Context, chain devnet.Chain, block uint64, user, ours common.Hash) (BackrunResult, error) {
	r := BackrunResult{Block: block, UserTx: user, Backrun: ours, UserIndex: -1, BackrunIndex: -1}
	b, err := chain.Client().BlockByNumber(ctx, new(big.Int).SetUint64(block))
	if err != nil {
		return r, err
	}
	for i, tx := range b.Transactions() {
		switch tx.Hash() {
		case user:
			r.UserIndex = i
		case ours:
			r.BackrunIndex = i
		}
	}
	return r, nil
}

// userIdentity is the private trader's relay identity, from the seed.
func userIdentity(seed uint64) (*bundles.Identity, error) {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("keeperkit/demo/user/%d", seed))))
	if err != nil {
		return nil, err
	}
	return bundles.NewIdentity(k), nil
}
