package compete

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// Tokens and pools of the hand-built logs (token addresses are ordered:
// WETH < USDC < WBTC, so token0/token1 follow).
var (
	tWETH = common.HexToAddress("0x1000000000000000000000000000000000000001")
	tUSDC = common.HexToAddress("0x2000000000000000000000000000000000000002")
	tWBTC = common.HexToAddress("0x3000000000000000000000000000000000000003")

	pV2WethUsdc = common.HexToAddress("0xa200000000000000000000000000000000000001")
	pV3WethUsdc = common.HexToAddress("0xa300000000000000000000000000000000000002")
	pV2UsdcWbtc = common.HexToAddress("0xa200000000000000000000000000000000000003")
	pV2WethWbtc = common.HexToAddress("0xa200000000000000000000000000000000000004")
	pUnknown    = common.HexToAddress("0xa900000000000000000000000000000000000009")
	aavePool    = common.HexToAddress("0xaa00000000000000000000000000000000000aa0")
)

func testBook() Book {
	return Book{
		AavePools: []common.Address{aavePool},
		Pools: []Pool{
			{Address: pV2WethUsdc, Kind: V2, Token0: tWETH, Token1: tUSDC},
			{Address: pV3WethUsdc, Kind: V3, Token0: tWETH, Token1: tUSDC},
			{Address: pV2UsdcWbtc, Kind: V2, Token0: tUSDC, Token1: tWBTC},
			{Address: pV2WethWbtc, Kind: V2, Token0: tWBTC, Token1: tWETH}, // reversed on purpose: New sorts
		},
		Symbols: map[common.Address]string{tWETH: "WETH", tUSDC: "USDC", tWBTC: "WBTC"},
	}
}

func word(v *big.Int) []byte { return common.BigToHash(v).Bytes() }

// signedWord is v in two's complement.
func signedWord(v int64) []byte {
	x := uint256.NewInt(0)
	if v < 0 {
		x.SetUint64(uint64(-v))
		x.Neg(x)
	} else {
		x.SetUint64(uint64(v))
	}
	b := x.Bytes32()
	return b[:]
}

func addrTopic(a common.Address) common.Hash { return common.BytesToHash(a.Bytes()) }

// v2Swap is a V2 Swap log: in0, in1, out0, out1.
func v2Swap(pool common.Address, in0, in1, out0, out1 int64) *types.Log {
	var data []byte
	for _, v := range []int64{in0, in1, out0, out1} {
		data = append(data, word(big.NewInt(v))...)
	}
	return &types.Log{Address: pool, Topics: []common.Hash{topicV2Swap, {}, {}}, Data: data}
}

// v3Swap is a V3 Swap log with the pool-side signed amounts.
func v3Swap(pool common.Address, a0, a1 int64) *types.Log {
	data := append(signedWord(a0), signedWord(a1)...)
	data = append(data, make([]byte, 3*32)...)
	return &types.Log{Address: pool, Topics: []common.Hash{topicV3Swap, {}, {}}, Data: data}
}

// swapIn is a V2 Swap that takes amount of tokenIn (as the pool orders its
// tokens) and gives out.
func swapV2(pool common.Address, zeroForOne bool, in, out int64) *types.Log {
	if zeroForOne {
		return v2Swap(pool, in, 0, 0, out)
	}
	return v2Swap(pool, 0, in, out, 0)
}

func swapV3(pool common.Address, zeroForOne bool, in, out int64) *types.Log {
	if zeroForOne {
		return v3Swap(pool, in, -out)
	}
	return v3Swap(pool, -out, in)
}

func liqLog(pool, coll, debt, user common.Address, covered, seized int64) *types.Log {
	data := append(word(big.NewInt(covered)), word(big.NewInt(seized))...)
	data = append(data, word(big.NewInt(0))...) // liquidator (not indexed)
	data = append(data, word(big.NewInt(0))...) // receiveAToken
	return &types.Log{Address: pool, Topics: []common.Hash{topicLiquidationCall, addrTopic(coll), addrTopic(debt), addrTopic(user)}, Data: data}
}

// TestCycles decodes the swap legs of one transaction and checks what is
// and is not an arbitrage.
func TestCycles(t *testing.T) {
	tests := []struct {
		name string
		logs []*types.Log
		want []string // Details
	}{
		{name: "single swap", logs: []*types.Log{swapV2(pV2WethUsdc, true, 10, 20000)}},
		{
			name: "2 pools V2>V3",
			logs: []*types.Log{swapV2(pV2WethUsdc, true, 10, 20000), swapV3(pV3WethUsdc, false, 20000, 11)},
			want: []string{"cycle=WETH>USDC>WETH pools=" + pV2WethUsdc.Hex() + "," + pV3WethUsdc.Hex() + " profit=1"},
		},
		{
			name: "2 pools V3>V2 from USDC",
			logs: []*types.Log{swapV3(pV3WethUsdc, false, 20000, 10), swapV2(pV2WethUsdc, true, 10, 20500)},
			want: []string{"cycle=USDC>WETH>USDC pools=" + pV3WethUsdc.Hex() + "," + pV2WethUsdc.Hex() + " profit=500"},
		},
		{
			name: "3 pools V2 triangle",
			logs: []*types.Log{
				swapV2(pV2WethUsdc, true, 10, 20000),   // WETH>USDC
				swapV2(pV2UsdcWbtc, true, 20000, 1000), // USDC>WBTC
				swapV2(pV2WethWbtc, false, 1000, 12),   // WBTC>WETH (token1 = WBTC)
			},
			want: []string{"cycle=WETH>USDC>WBTC>WETH pools=" + pV2WethUsdc.Hex() + "," + pV2UsdcWbtc.Hex() + "," + pV2WethWbtc.Hex() + " profit=2"},
		},
		{
			name: "3 pools V3 and V2 mix",
			logs: []*types.Log{
				swapV3(pV3WethUsdc, true, 10, 20000),
				swapV2(pV2UsdcWbtc, true, 20000, 1000),
				swapV2(pV2WethWbtc, false, 1000, 11),
			},
			want: []string{"cycle=WETH>USDC>WBTC>WETH pools=" + pV3WethUsdc.Hex() + "," + pV2UsdcWbtc.Hex() + "," + pV2WethWbtc.Hex() + " profit=1"},
		},
		{
			// The executor's flash first hop logs last: the logs are a
			// rotation and the profit sits at the WETH junction.
			name: "flash first hop logged last",
			logs: []*types.Log{
				swapV2(pV2UsdcWbtc, true, 20000, 1000), // hop 2
				swapV2(pV2WethWbtc, false, 1000, 13),   // hop 3
				swapV3(pV3WethUsdc, true, 10, 20000),   // hop 1, logged after its callback
			},
			want: []string{"cycle=WETH>USDC>WBTC>WETH pools=" + pV3WethUsdc.Hex() + "," + pV2UsdcWbtc.Hex() + "," + pV2WethWbtc.Hex() + " profit=3"},
		},
		{
			// Nested flash swaps: each hop logged after the hops its
			// callback made, so the logs run backwards.
			name: "nested flash swaps logged in reverse",
			logs: []*types.Log{
				swapV2(pV2WethWbtc, false, 1000, 12),   // hop 3: WBTC>WETH
				swapV2(pV2UsdcWbtc, true, 20000, 1000), // hop 2: USDC>WBTC
				swapV2(pV2WethUsdc, true, 10, 20000),   // hop 1: WETH>USDC
			},
			want: []string{"cycle=WETH>USDC>WBTC>WETH pools=" + pV2WethUsdc.Hex() + "," + pV2UsdcWbtc.Hex() + "," + pV2WethWbtc.Hex() + " profit=2"},
		},
		{
			name: "reverse path not back to start",
			logs: []*types.Log{swapV2(pV2UsdcWbtc, true, 20000, 1000), swapV2(pV2WethUsdc, true, 10, 20000)},
		},
		{
			name: "losing cycle",
			logs: []*types.Log{swapV2(pV2WethUsdc, true, 10, 20000), swapV3(pV3WethUsdc, false, 20000, 9)},
		},
		{
			name: "break-even cycle",
			logs: []*types.Log{swapV2(pV2WethUsdc, true, 10, 20000), swapV3(pV3WethUsdc, false, 20000, 10)},
		},
		{
			// Extra USDC put in at the junction: the cycle gains WETH only
			// because the trader paid USDC of its own.
			name: "junction topped up",
			logs: []*types.Log{swapV2(pV2WethUsdc, true, 10, 20000), swapV3(pV3WethUsdc, false, 25000, 12)},
		},
		{
			name: "path not back to start",
			logs: []*types.Log{swapV2(pV2WethUsdc, true, 10, 20000), swapV2(pV2UsdcWbtc, true, 20000, 1000)},
		},
		{
			name: "unlinked swaps",
			logs: []*types.Log{swapV2(pV2WethUsdc, true, 10, 20000), swapV2(pV2WethWbtc, false, 10, 600)},
		},
		{
			name: "unknown pool breaks the cycle",
			logs: []*types.Log{swapV2(pV2WethUsdc, true, 10, 20000), swapV3(pUnknown, false, 20000, 11)},
		},
		{
			name: "two cycles in one tx",
			logs: []*types.Log{
				swapV2(pV2WethUsdc, true, 10, 20000), swapV3(pV3WethUsdc, false, 20000, 11),
				swapV2(pV2WethUsdc, true, 10, 19000), swapV3(pV3WethUsdc, false, 19000, 15),
			},
			want: []string{
				"cycle=WETH>USDC>WETH pools=" + pV2WethUsdc.Hex() + "," + pV3WethUsdc.Hex() + " profit=1",
				"cycle=WETH>USDC>WETH pools=" + pV2WethUsdc.Hex() + "," + pV3WethUsdc.Hex() + " profit=5",
			},
		},
		{
			name: "cycle after a plain swap",
			logs: []*types.Log{
				swapV2(pV2WethWbtc, false, 10, 600),
				swapV2(pV2WethUsdc, true, 10, 20000), swapV3(pV3WethUsdc, false, 20000, 11),
			},
			want: []string{"cycle=WETH>USDC>WETH pools=" + pV2WethUsdc.Hex() + "," + pV3WethUsdc.Hex() + " profit=1"},
		},
		{
			// V2 flash swap paying back in the same token: net amounts.
			name: "V2 net amounts",
			logs: []*types.Log{v2Swap(pV2WethUsdc, 15, 0, 5, 20000), swapV3(pV3WethUsdc, false, 20000, 11)},
			want: []string{"cycle=WETH>USDC>WETH pools=" + pV2WethUsdc.Hex() + "," + pV3WethUsdc.Hex() + " profit=1"},
		},
		{name: "V3 no-op swap", logs: []*types.Log{v3Swap(pV3WethUsdc, 0, 0), v3Swap(pV3WethUsdc, 0, 0)}},
	}
	d, err := New(testBook())
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blk := oneTx(t, tt.logs)
			got, err := d.Block(context.Background(), blk)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d competitors %+v, want %d", len(got), got, len(tt.want))
			}
			for i, c := range got {
				if c.Kind != KindArbitrage || c.Details != tt.want[i] {
					t.Errorf("competitor %d: got %s %q, want arbitrage %q", i, c.Kind, c.Details, tt.want[i])
				}
			}
		})
	}
}

var testKey, _ = crypto.ToECDSA(crypto.Keccak256([]byte("compete test")))

// oneTx is a block at 100 with base fee 10 gwei and one transaction (tip 2
// gwei, 100k gas used) whose receipt has logs.
func oneTx(t testing.TB, logs []*types.Log) BlockData {
	t.Helper()
	return blockOf(t, [][]*types.Log{logs}, nil)
}

func blockOf(t testing.TB, txLogs [][]*types.Log, delta []*big.Int) BlockData {
	t.Helper()
	signer := types.LatestSignerForChainID(big.NewInt(1337))
	h := &types.Header{Number: big.NewInt(100), BaseFee: big.NewInt(10e9), Coinbase: common.HexToAddress("0xc0")}
	var blk BlockData
	blk.Header = h
	blk.CoinbaseDelta = delta
	idx := uint(0)
	to := common.HexToAddress("0xe0")
	for i, logs := range txLogs {
		tx := types.MustSignNewTx(testKey, signer, &types.DynamicFeeTx{
			ChainID: big.NewInt(1337), Nonce: uint64(i), GasTipCap: big.NewInt(2e9), GasFeeCap: big.NewInt(100e9), Gas: 500_000, To: &to,
		})
		for _, l := range logs {
			l.Index = idx
			l.TxIndex = uint(i)
			idx++
		}
		blk.Txs = append(blk.Txs, tx)
		blk.Receipts = append(blk.Receipts, &types.Receipt{
			Status: types.ReceiptStatusSuccessful, TxHash: tx.Hash(), GasUsed: 100_000,
			EffectiveGasPrice: big.NewInt(12e9), Logs: logs,
		})
	}
	return blk
}

// TestBlock checks liquidations, several competitors in order, the
// searcher, the contract and CoinbasePaid with and without direct transfers.
func TestBlock(t *testing.T) {
	user := common.HexToAddress("0xb0b0000000000000000000000000000000000001")
	other := common.HexToAddress("0xaa00000000000000000000000000000000000bad")
	logs := [][]*types.Log{
		{swapV2(pV2WethUsdc, true, 10, 20000)}, // a user's swap: nothing
		{
			liqLog(aavePool, tWETH, tUSDC, user, 1500, 7),
			swapV2(pV2WethUsdc, true, 7, 14000),     // selling the collateral: not a cycle
			liqLog(other, tWETH, tUSDC, user, 1, 1), // not the Aave pool
		},
		{swapV2(pV2WethUsdc, true, 10, 20000), swapV3(pV3WethUsdc, false, 20000, 11), liqLog(aavePool, tWBTC, tWETH, user, 3, 4)},
	}
	d, err := New(testBook())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		delta []*big.Int
		paid  []string
	}{
		// 2 gwei × 100k = 2e14 wei of priority fees per tx.
		{name: "fees only", paid: []string{"200000000000000", "200000000000000", "200000000000000"}},
		{name: "direct transfers", delta: []*big.Int{big.NewInt(2e14), big.NewInt(5e14), big.NewInt(1e14)}, paid: []string{"500000000000000", "500000000000000", "200000000000000"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			blk := blockOf(t, logs, tc.delta)
			got, err := d.Block(context.Background(), blk)
			if err != nil {
				t.Fatal(err)
			}
			want := []struct {
				tx                  int
				kind, details, paid string
			}{
				{1, KindLiquidation, "borrower=" + user.Hex() + " debt=USDC collateral=WETH debtCovered=1500 collateralSeized=7", tc.paid[1]},
				{2, KindArbitrage, "cycle=WETH>USDC>WETH pools=" + pV2WethUsdc.Hex() + "," + pV3WethUsdc.Hex() + " profit=1", tc.paid[2]},
				{2, KindLiquidation, "borrower=" + user.Hex() + " debt=WETH collateral=WBTC debtCovered=3 collateralSeized=4", tc.paid[2]},
			}
			if len(got) != len(want) {
				t.Fatalf("got %d competitors %+v, want %d", len(got), got, len(want))
			}
			searcher := crypto.PubkeyToAddress(testKey.PublicKey).Hex()
			for i, w := range want {
				c := got[i]
				if c.Block != 100 || c.Tx != blk.Txs[w.tx].Hash().Hex() || c.Kind != w.kind || c.Details != w.details ||
					c.CoinbasePaid != w.paid || c.Searcher != searcher || c.Contract != blk.Txs[w.tx].To().Hex() {
					t.Errorf("competitor %d: got %+v, want tx %d %s %q paid %s", i, c, w.tx, w.kind, w.details, w.paid)
				}
			}
		})
	}
	t.Run("receipts not aligned", func(t *testing.T) {
		blk := blockOf(t, logs, nil)
		blk.Receipts = blk.Receipts[:2]
		if _, err := d.Block(context.Background(), blk); err == nil || !strings.Contains(err.Error(), "receipts") {
			t.Errorf("got %v, want ErrBlock about receipts", err)
		}
	})
	t.Run("reverted tx", func(t *testing.T) {
		blk := blockOf(t, logs, nil)
		for _, r := range blk.Receipts {
			r.Status = types.ReceiptStatusFailed
		}
		got, err := d.Block(context.Background(), blk)
		if err != nil || len(got) != 0 {
			t.Errorf("got %v, %v, want nothing", got, err)
		}
	})
}

func TestCoinbasePaid(t *testing.T) {
	signer := types.LatestSignerForChainID(big.NewInt(1337))
	to := common.HexToAddress("0xe0")
	tx := types.MustSignNewTx(testKey, signer, &types.DynamicFeeTx{ChainID: big.NewInt(1337), GasTipCap: big.NewInt(3e9), GasFeeCap: big.NewInt(12e9), Gas: 21000, To: &to})
	tests := []struct {
		name    string
		baseFee int64
		price   *big.Int
		delta   *big.Int
		want    string
	}{
		{name: "receipt price", baseFee: 10e9, price: big.NewInt(12e9), want: "42000000000000"},
		{name: "no receipt price: capped tip", baseFee: 10e9, want: "42000000000000"},
		{name: "no receipt price: full tip", baseFee: 1e9, want: "63000000000000"},
		{name: "price at base fee", baseFee: 12e9, price: big.NewInt(12e9), want: "0"},
		{name: "direct transfer", baseFee: 10e9, price: big.NewInt(12e9), delta: big.NewInt(1e15), want: "1000000000000000"},
		{name: "coinbase spent", baseFee: 10e9, price: big.NewInt(12e9), delta: big.NewInt(-5), want: "42000000000000"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &types.Receipt{GasUsed: 21000, EffectiveGasPrice: tt.price}
			if got := CoinbasePaid(big.NewInt(tt.baseFee), tx, r, tt.delta).Dec(); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}
