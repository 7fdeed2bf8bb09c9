package demo

import (
	"bytes"
	"context"
	"math/big"
	"strings"
	"testing"
)

func TestTransfer(t *testing.T) {
	var out bytes.Buffer
	res, err := Transfer(context.Background(), &out)
	if err != nil {
		t.Fatal(err)
	}
	if res.RecipientUnits.Cmp(big.NewInt(250_000_000)) != 0 {
		t.Errorf("recipient: got %s units, want 250000000", res.RecipientUnits)
	}
	if res.Block != 3 { // deploy, mint, transfer: one block each
		t.Errorf("transfer block: got %d, want 3", res.Block)
	}
	for _, want := range []string{"landed in block 3", res.TransferTx, "recipient balance: 250.000000 TST"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

func TestUnits(t *testing.T) {
	for _, tc := range []struct {
		v    int64
		want string
	}{{0, "0.000000"}, {5, "0.000005"}, {250_000_000, "250.000000"}} {
		if got := units(big.NewInt(tc.v), 6); got != tc.want {
			t.Errorf("units(%d): got %s, want %s", tc.v, got, tc.want)
		}
	}
}
