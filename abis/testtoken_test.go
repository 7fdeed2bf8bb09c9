package abis_test

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/keeperkit/keeperkit/abis/bindings/testtoken"
	"github.com/keeperkit/keeperkit/sim/devnet"
)

// revertData is the revert payload of a failed eth_call, or nil.
func revertData(t *testing.T, err error) []byte {
	t.Helper()
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil
	}
	s, _ := de.ErrorData().(string)
	b, _ := hexutil.Decode(s)
	return b
}

// TestTestTokenERC20 checks TestToken's EIP-20 behaviour, its minting rights
// and its custom errors, on the embedded devnet and on anvil.
func TestTestTokenERC20(t *testing.T) {
	for _, c := range devnet.Chains(t) {
		t.Run(c.Name(), func(t *testing.T) { checkTestToken(t, c) })
	}
}

func checkTestToken(t *testing.T, c devnet.Chain) {
	ctx := context.Background()
	acc := c.Accounts()
	owner, alice, bob, carol := acc[0], acc[1], acc[2], acc[3]
	tok := testtoken.NewTestToken()
	addr, _, err := devnet.Deploy(ctx, c, owner, append(common0x(testtoken.TestTokenMetaData.Bin), tok.PackConstructor("Test USD", "TUSD", 6)...))
	if err != nil {
		t.Fatal(err)
	}
	send := func(from devnet.Account, data []byte) *types.Receipt {
		t.Helper()
		rcpt, err := devnet.Send(ctx, c, from, devnet.Call{To: &addr, Data: data, Gas: 200_000})
		if err != nil {
			t.Fatal(err)
		}
		return rcpt
	}
	// reverts asserts that from's call reverts with the custom error want.
	reverts := func(from devnet.Account, data []byte, want any) {
		t.Helper()
		_, err := c.Client().CallContract(ctx, ethereum.CallMsg{From: from.Address, To: &addr, Data: data}, nil)
		if err == nil {
			t.Fatalf("call from %s: got success, want a revert with %T", from.Address, want)
		}
		got, uerr := tok.UnpackError(revertData(t, err))
		if uerr != nil {
			t.Fatalf("revert %v: %v", err, uerr)
		}
		if !equalError(got, want) {
			t.Errorf("revert: got %#v, want %#v", got, want)
		}
	}
	balance := func(who common.Address) int64 {
		t.Helper()
		v, err := tok.UnpackBalanceOf(call(t, c, addr, tok.PackBalanceOf(who)))
		if err != nil {
			t.Fatal(err)
		}
		return v.Int64()
	}
	allowance := func(from, spender common.Address) *big.Int {
		t.Helper()
		v, err := tok.UnpackAllowance(call(t, c, addr, tok.PackAllowance(from, spender)))
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	transferLog := func(rcpt *types.Receipt, from, to common.Address, value int64) {
		t.Helper()
		if len(rcpt.Logs) != 1 {
			t.Fatalf("got %d logs, want one Transfer", len(rcpt.Logs))
		}
		ev, err := tok.UnpackTransferEvent(rcpt.Logs[0])
		if err != nil {
			t.Fatal(err)
		}
		if ev.From != from || ev.To != to || ev.Value.Int64() != value {
			t.Errorf("Transfer: got %s→%s %s, want %s→%s %d", ev.From, ev.To, ev.Value, from, to, value)
		}
	}

	if got, _ := tok.UnpackDecimals(call(t, c, addr, tok.PackDecimals())); got != 6 {
		t.Errorf("decimals: got %d, want 6", got)
	}
	if got, _ := tok.UnpackOwner(call(t, c, addr, tok.PackOwner())); got != owner.Address {
		t.Errorf("owner: got %s, want the deployer %s", got, owner.Address)
	}

	// Minting: the owner, then a minter the owner allows, until disallowed.
	transferLog(send(owner, tok.PackMint(alice.Address, big.NewInt(1000))), common.Address{}, alice.Address, 1000)
	reverts(bob, tok.PackMint(bob.Address, big.NewInt(1)), &testtoken.TestTokenNotOwner{})
	reverts(bob, tok.PackSetMinter(bob.Address, true), &testtoken.TestTokenNotOwner{})
	rcpt := send(owner, tok.PackSetMinter(bob.Address, true))
	if ev, err := tok.UnpackMinterSetEvent(rcpt.Logs[0]); err != nil || ev.Minter != bob.Address || !ev.Allowed {
		t.Errorf("MinterSet: got %+v (%v), want bob allowed", ev, err)
	}
	send(bob, tok.PackMint(bob.Address, big.NewInt(5)))
	send(owner, tok.PackSetMinter(bob.Address, false))
	reverts(bob, tok.PackMint(bob.Address, big.NewInt(1)), &testtoken.TestTokenNotOwner{})

	// Transfers: exact balance errors, self-transfer keeps the balance.
	reverts(alice, tok.PackTransfer(bob.Address, big.NewInt(1001)), &testtoken.TestTokenInsufficientBalance{Balance: big.NewInt(1000), Needed: big.NewInt(1001)})
	transferLog(send(alice, tok.PackTransfer(bob.Address, big.NewInt(400))), alice.Address, bob.Address, 400)
	send(alice, tok.PackTransfer(alice.Address, big.NewInt(600)))
	if a, b := balance(alice.Address), balance(bob.Address); a != 600 || b != 405 {
		t.Errorf("balances: alice %d bob %d, want 600 and 405", a, b)
	}

	// Allowances: approve, spend part, spend too much, infinite stays infinite.
	rcpt = send(alice, tok.PackApprove(carol.Address, big.NewInt(300)))
	if ev, err := tok.UnpackApprovalEvent(rcpt.Logs[0]); err != nil || ev.Owner != alice.Address || ev.Spender != carol.Address || ev.Value.Int64() != 300 {
		t.Errorf("Approval: got %+v (%v), want alice→carol 300", ev, err)
	}
	transferLog(send(carol, tok.PackTransferFrom(alice.Address, carol.Address, big.NewInt(100))), alice.Address, carol.Address, 100)
	if got := allowance(alice.Address, carol.Address); got.Int64() != 200 {
		t.Errorf("allowance after spending 100 of 300: got %s, want 200", got)
	}
	reverts(carol, tok.PackTransferFrom(alice.Address, carol.Address, big.NewInt(201)), &testtoken.TestTokenInsufficientAllowance{Allowance: big.NewInt(200), Needed: big.NewInt(201)})
	reverts(bob, tok.PackTransferFrom(alice.Address, bob.Address, big.NewInt(1)), &testtoken.TestTokenInsufficientAllowance{Allowance: big.NewInt(0), Needed: big.NewInt(1)})
	maxU256 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	send(alice, tok.PackApprove(carol.Address, maxU256))
	send(carol, tok.PackTransferFrom(alice.Address, carol.Address, big.NewInt(50)))
	if got := allowance(alice.Address, carol.Address); got.Cmp(maxU256) != 0 {
		t.Errorf("infinite allowance after a spend: got %s, want 2^256-1", got)
	}
	reverts(carol, tok.PackTransferFrom(alice.Address, carol.Address, big.NewInt(451)), &testtoken.TestTokenInsufficientBalance{Balance: big.NewInt(450), Needed: big.NewInt(451)})

	// Supply is the sum of balances.
	supply, _ := tok.UnpackTotalSupply(call(t, c, addr, tok.PackTotalSupply()))
	sum := balance(alice.Address) + balance(bob.Address) + balance(carol.Address)
	if supply.Int64() != 1005 || sum != 1005 {
		t.Errorf("total supply %s, sum of balances %d: want 1005 both", supply, sum)
	}
}

// equalError compares decoded custom errors by value.
func equalError(got, want any) bool {
	switch w := want.(type) {
	case *testtoken.TestTokenNotOwner:
		_, ok := got.(*testtoken.TestTokenNotOwner)
		return ok
	case *testtoken.TestTokenInsufficientBalance:
		g, ok := got.(*testtoken.TestTokenInsufficientBalance)
		return ok && g.Balance.Cmp(w.Balance) == 0 && g.Needed.Cmp(w.Needed) == 0
	case *testtoken.TestTokenInsufficientAllowance:
		g, ok := got.(*testtoken.TestTokenInsufficientAllowance)
		return ok && g.Allowance.Cmp(w.Allowance) == 0 && g.Needed.Cmp(w.Needed) == 0
	}
	return false
}
