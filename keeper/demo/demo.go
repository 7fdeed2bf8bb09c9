// Package demo plays keeperkit's demonstrations on the embedded devnet and
// prints what happens, for `keeper demo` (and `make demo`).
//
// Keeper is the main demo: the demo world, the local relay and a keeper
// with the liquidation and arbitrage strategies, including a private trade
// sent through MEV-Share and backrun from the relay's hint stream. Transfer
// is the chain check alone: a token deployed through its generated binding,
// a transfer and the block it lands in.
package demo

import (
	"context"
	"fmt"
	"io"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/keeperkit/keeperkit/abis/bindings/testtoken"
	"github.com/keeperkit/keeperkit/sim/devnet"
)

// Result is what the transfer demo did, for tests.
type Result struct {
	Token          string
	TransferTx     string
	Block          uint64
	RecipientUnits *big.Int // token units (6 decimals)
}

// Transfer starts a devnet, deploys TestToken, mints, transfers 250 TST to
// a second account and prints each step and the block the transfer landed in.
func Transfer(ctx context.Context, out io.Writer) (*Result, error) {
	node, err := devnet.Start(ctx, devnet.Config{})
	if err != nil {
		return nil, err
	}
	defer node.Close()
	fmt.Fprintf(out, "devnet: chain %s at %s (ws %s)\n", node.ChainID(), node.HTTPEndpoint(), node.WSEndpoint())

	owner, alice := node.Accounts()[0], node.Accounts()[1]
	tok := testtoken.NewTestToken()
	code := append(hexutil.MustDecode(testtoken.TestTokenMetaData.Bin), tok.PackConstructor("Test Token", "TST", 6)...)
	addr, rcpt, err := devnet.Deploy(ctx, node, owner, code)
	if err != nil {
		return nil, fmt.Errorf("demo: deploy TestToken: %w", err)
	}
	fmt.Fprintf(out, "deployed TestToken at %s in block %d (gas %d)\n", addr, rcpt.BlockNumber, rcpt.GasUsed)

	supply := big.NewInt(1_000_000_000_000) // 1,000,000 TST with 6 decimals
	if _, err := devnet.Send(ctx, node, owner, devnet.Call{To: &addr, Data: tok.PackMint(owner.Address, supply)}); err != nil {
		return nil, fmt.Errorf("demo: mint: %w", err)
	}
	amount := big.NewInt(250_000_000) // 250 TST
	rcpt, err = devnet.Send(ctx, node, owner, devnet.Call{To: &addr, Data: tok.PackTransfer(alice.Address, amount)})
	if err != nil {
		return nil, fmt.Errorf("demo: transfer: %w", err)
	}
	raw, err := node.Client().CallContract(ctx, ethereum.CallMsg{To: &addr, Data: tok.PackBalanceOf(alice.Address)}, nil)
	if err != nil {
		return nil, fmt.Errorf("demo: balanceOf: %w", err)
	}
	bal, err := tok.UnpackBalanceOf(raw)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(out, "transfer 250 TST %s -> %s: tx %s landed in block %d (status %d, gas %d)\n",
		owner.Address, alice.Address, rcpt.TxHash, rcpt.BlockNumber, rcpt.Status, rcpt.GasUsed)
	fmt.Fprintf(out, "recipient balance: %s TST\n", units(bal, 6))
	return &Result{Token: addr.Hex(), TransferTx: rcpt.TxHash.Hex(), Block: rcpt.BlockNumber.Uint64(), RecipientUnits: bal}, nil
}

// units formats an integer amount with decimals, exactly (no float).
func units(v *big.Int, decimals int) string {
	s := v.String()
	for len(s) <= decimals {
		s = "0" + s
	}
	return s[:len(s)-decimals] + "." + s[len(s)-decimals:]
}
