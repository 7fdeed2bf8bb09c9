package devnet

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// Call is one transaction to send from a test account: To nil deploys Data.
type Call struct {
	To    *common.Address
	Data  []byte
	Value *big.Int
	// Gas limit; 0 estimates it and adds a 20% margin.
	Gas uint64
}

// Sign builds and signs a dynamic-fee transaction with an explicit nonce.
// The fee cap (100 gwei) is far above a local chain's base fee; the tip is 1 gwei.
func Sign(c Chain, from Account, nonce uint64, call Call) (*types.Transaction, error) {
	value := call.Value
	if value == nil {
		value = new(big.Int)
	}
	return types.SignNewTx(from.Key, types.LatestSignerForChainID(c.ChainID()), &types.DynamicFeeTx{
		ChainID:   c.ChainID(),
		Nonce:     nonce,
		GasTipCap: big.NewInt(params.GWei),
		GasFeeCap: big.NewInt(100 * params.GWei),
		Gas:       call.Gas,
		To:        call.To,
		Value:     value,
		Data:      call.Data,
	})
}

// Send signs call at from's pending nonce, lands it in a block of its own
// with CommitBlock, and returns the receipt. A reverted transaction is an
// error naming it; its receipt is returned too.
func Send(ctx context.Context, c Chain, from Account, call Call) (*types.Receipt, error) {
	nonce, err := c.Client().PendingNonceAt(ctx, from.Address)
	if err != nil {
		return nil, fmt.Errorf("devnet: nonce of %s: %w", from.Address, err)
	}
	if call.Gas == 0 {
		if call.Gas, err = estimate(ctx, c, from.Address, call); err != nil {
			return nil, err
		}
	}
	tx, err := Sign(c, from, nonce, call)
	if err != nil {
		return nil, err
	}
	if _, err := c.CommitBlock(ctx, []*types.Transaction{tx}); err != nil {
		return nil, err
	}
	rcpt, err := WaitReceipt(ctx, c, tx.Hash())
	if err != nil {
		return nil, err
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return rcpt, fmt.Errorf("devnet: tx %s from %s reverted%s (gas used %d)", tx.Hash(), from.Address, revertReason(ctx, c, tx.Hash()), rcpt.GasUsed)
	}
	return rcpt, nil
}

// Deploy sends creation code and returns the new contract's address.
func Deploy(ctx context.Context, c Chain, from Account, code []byte) (common.Address, *types.Receipt, error) {
	rcpt, err := Send(ctx, c, from, Call{Data: code})
	if err != nil {
		return common.Address{}, rcpt, fmt.Errorf("devnet: deploy: %w", err)
	}
	return rcpt.ContractAddress, rcpt, nil
}

func estimate(ctx context.Context, c Chain, from common.Address, call Call) (uint64, error) {
	var msg = struct {
		From  common.Address  `json:"from"`
		To    *common.Address `json:"to,omitempty"`
		Data  hexutil.Bytes   `json:"input"`
		Value *hexutil.Big    `json:"value,omitempty"`
	}{From: from, To: call.To, Data: call.Data}
	if call.Value != nil {
		v := hexutil.Big(*call.Value)
		msg.Value = &v
	}
	var gas hexutil.Uint64
	if err := c.RPC().CallContext(ctx, &gas, "eth_estimateGas", msg); err != nil {
		return 0, fmt.Errorf("devnet: estimate gas from %s: %w", from, err)
	}
	return uint64(gas) * 12 / 10, nil
}

// WaitReceipt polls for a receipt until ctx ends (anvil may answer a send
// before the receipt is queryable).
func WaitReceipt(ctx context.Context, c Chain, h common.Hash) (*types.Receipt, error) {
	for {
		r, err := c.Client().TransactionReceipt(ctx, h)
		if err == nil {
			return r, nil
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("devnet: receipt of %s: %w (last error: %v)", h, ctx.Err(), err)
		case <-time.After(2 * time.Millisecond):
		}
	}
}
