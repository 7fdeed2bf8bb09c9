package abis_test

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/keeperkit/keeperkit/sim/devnet"
)

func common0x(s string) []byte { return hexutil.MustDecode(s) }

func call(t *testing.T, c devnet.Chain, to common.Address, data []byte) []byte {
	t.Helper()
	out, err := c.Client().CallContract(context.Background(), ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return out
}
