package compete

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// fakeChain answers token0/token1/factory/symbol for a few contracts.
type fakeChain struct {
	answers map[common.Address]map[string][]byte // selector hex → return data
	calls   int
	fail    error
}

type revertErr struct{}

func (revertErr) Error() string          { return "execution reverted" }
func (revertErr) ErrorCode() int         { return 3 }
func (revertErr) ErrorData() interface{} { return "0x" }

func (f *fakeChain) CallContract(_ context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	f.calls++
	if f.fail != nil {
		return nil, f.fail
	}
	if block == nil || block.Uint64() != 100 {
		return nil, errors.New("want calls at the decoded block 100")
	}
	out, ok := f.answers[*msg.To][common.Bytes2Hex(msg.Data)]
	if !ok {
		return nil, revertErr{}
	}
	return out, nil
}

func abiString(s string) []byte {
	out := append(common.LeftPadBytes([]byte{32}, 32), common.LeftPadBytes(big.NewInt(int64(len(s))).Bytes(), 32)...)
	return append(out, common.RightPadBytes([]byte(s), 32)...)
}

func addrWord(a common.Address) []byte { return common.LeftPadBytes(a.Bytes(), 32) }

func TestResolver(t *testing.T) {
	factory := common.HexToAddress("0xfac0")
	rogueFactory := common.HexToAddress("0xbad0")
	pRogue := common.HexToAddress("0xa900000000000000000000000000000000000010")
	tMKR := common.HexToAddress("0x4000000000000000000000000000000000000004")
	chain := &fakeChain{answers: map[common.Address]map[string][]byte{
		pUnknown: {"0dfe1681": addrWord(tUSDC), "d21220a7": addrWord(tWETH), "c45a0155": addrWord(factory)}, // token0 > token1: sorted
		pRogue:   {"0dfe1681": addrWord(tWETH), "d21220a7": addrWord(tUSDC), "c45a0155": addrWord(rogueFactory)},
		tUSDC:    {"95d89b41": abiString("USDC")},
		tWETH:    {"95d89b41": common.RightPadBytes([]byte("WETH"), 32)}, // bytes32 symbol
		tMKR:     {"95d89b41": abiString("bad symbol")},
	}}
	book := Book{AavePools: []common.Address{aavePool}, V3Factories: []common.Address{factory}}
	d, err := New(book, WithResolver(chain))
	if err != nil {
		t.Fatal(err)
	}
	blk := blockOf(t, [][]*types.Log{
		{swapV2(pV2WethUsdc, true, 10, 20000), swapV3(pUnknown, false, 20000, 11)}, // pV2WethUsdc: no token0 answer → not a pool
		{swapV3(pUnknown, true, 10, 20000), swapV3(pUnknown, false, 20000, 11)},    // resolved pool, listed factory
		{swapV3(pRogue, true, 10, 20000), swapV3(pRogue, false, 20000, 11)},        // rogue factory
		{liqLog(aavePool, tMKR, tUSDC, common.HexToAddress("0xb0b"), 1, 2)},        // MKR's symbol is not usable
		{swapV2(pUnknown, true, 10, 20000), swapV2(pUnknown, false, 20000, 11)},    // a V3 pool emitting V2 Swaps
	}, nil)
	got, err := d.Block(context.Background(), blk)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"cycle=WETH>USDC>WETH pools=" + pUnknown.Hex() + "," + pUnknown.Hex() + " profit=1",
		"borrower=0x0000000000000000000000000000000000000B0b debt=USDC collateral=" + tMKR.Hex() + " debtCovered=1 collateralSeized=2",
	}
	if len(got) != len(want) {
		t.Fatalf("got %d competitors %+v, want %d", len(got), got, len(want))
	}
	for i := range want {
		if got[i].Details != want[i] {
			t.Errorf("competitor %d: got %q, want %q", i, got[i].Details, want[i])
		}
	}
	calls := chain.calls
	if _, err := d.Block(context.Background(), blk); err != nil {
		t.Fatal(err)
	}
	if chain.calls != calls {
		t.Errorf("second decode made %d calls, want 0 (cached)", chain.calls-calls)
	}

	// A transport error is an error, not "not a pool".
	d2, _ := New(book, WithResolver(&fakeChain{fail: errors.New("connection refused")}))
	if _, err := d2.Block(context.Background(), blk); err == nil {
		t.Errorf("got no error from a failing node")
	}
}

func TestDecodeSymbol(t *testing.T) {
	tests := []struct {
		name string
		out  []byte
		want string
		ok   bool
	}{
		{"string", abiString("WETH"), "WETH", true},
		{"bytes32", common.RightPadBytes([]byte("MKR"), 32), "MKR", true},
		{"empty", nil, "", false},
		{"spaces", abiString("A B"), "", false},
		{"separator", abiString("A>B"), "", false},
		{"too long", append(append(common.LeftPadBytes([]byte{32}, 32), common.LeftPadBytes([]byte{200}, 32)...), make([]byte, 32)...), "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := decodeSymbol(tt.out)
			if got != tt.want || ok != tt.ok {
				t.Errorf("got %q %v, want %q %v", got, ok, tt.want, tt.ok)
			}
		})
	}
}
