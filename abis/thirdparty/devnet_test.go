package thirdparty_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/keeperkit/keeperkit/abis/thirdparty"
	"github.com/keeperkit/keeperkit/sim/devnet"
)

// TestLinkedCodeOnChain deploys linked creation code and checks that the
// chain holds exactly what LinkDeployed predicts: the link offsets of both
// codes are right, and the libraries really are called where linked.
func TestLinkedCodeOnChain(t *testing.T) {
	ctx := context.Background()
	c := devnet.StartT(t)
	from := c.Accounts()[0]
	deploy := func(id thirdparty.ID, libs map[string]common.Address) (common.Address, []byte) {
		t.Helper()
		a := thirdparty.MustLoad(id)
		data, err := a.DeployData(libs)
		if err != nil {
			t.Fatal(err)
		}
		addr, _, err := devnet.Deploy(ctx, c, from, data)
		if err != nil {
			t.Fatalf("deploy %s: %v", id.Name(), err)
		}
		code, err := c.Client().CodeAt(ctx, addr, nil)
		if err != nil {
			t.Fatal(err)
		}
		want, err := a.LinkDeployed(libs)
		if err != nil {
			t.Fatal(err)
		}
		// A library's runtime code starts with PUSH20 <its own address>, set
		// at deployment; compare the rest.
		if len(code) > 21 && code[0] == 0x73 && common.BytesToAddress(code[1:21]) == addr {
			code, want = code[21:], want[21:]
		}
		if !bytes.Equal(code, want) {
			t.Errorf("%s: code on chain (%d bytes) differs from LinkDeployed (%d bytes)", id.Name(), len(code), len(want))
		}
		return addr, code
	}

	borrow, _ := deploy(thirdparty.BorrowLogic, nil)
	_, flash := deploy(thirdparty.FlashLoanLogic, map[string]common.Address{"BorrowLogic": borrow})
	if !bytes.Contains(flash, borrow[:]) {
		t.Error("FlashLoanLogic on chain does not hold BorrowLogic's address")
	}
	cfgLogic, _ := deploy(thirdparty.ConfiguratorLogic, nil)
	_, cfg := deploy(thirdparty.PoolConfigurator, map[string]common.Address{"ConfiguratorLogic": cfgLogic})
	if n := len(thirdparty.MustLoad(thirdparty.PoolConfigurator).DeployedLinkReferences); n == 0 || !bytes.Contains(cfg, cfgLogic[:]) {
		t.Errorf("PoolConfigurator: %d deployed link references, want its runtime code to call ConfiguratorLogic", n)
	}
}
