package relay

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/rs/zerolog"

	"github.com/keeperkit/keeperkit/bundles"
)

// TestRoundUp is TV-7.
func TestRoundUp(t *testing.T) {
	tests := []struct {
		x    int64
		n    int
		want int64
	}{
		{123456, 2, 130000}, {111, 2, 120}, {199, 2, 200}, {99, 2, 99}, {100, 2, 100}, {0, 3, 0}, {1234500000, 3, 1240000000}, {21000, 2, 21000}, {21001, 2, 22000},
	}
	for _, tc := range tests {
		if got := roundUp(big.NewInt(tc.x), tc.n); got.Int64() != tc.want {
			t.Errorf("roundUp(%d, %d): got %s, want %d", tc.x, tc.n, got, tc.want)
		}
	}
}

// TestHintGas: a hint carries the arrival simulation's mevGasPrice (3
// digits, rounded up) and, when asked, gasUsed (2 digits).
func TestHintGas(t *testing.T) {
	for _, tc := range []struct {
		name          string
		price, used   bool
		wantP, wantGU *big.Int
	}{
		{"default", true, false, big.NewInt(1_240_000_000), nil},
		{"both", true, true, big.NewInt(1_240_000_000), big.NewInt(21000)},
		{"none", false, false, nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var opts []Option
			if tc.name != "default" {
				opts = append(opts, WithHintGas(tc.price, tc.used))
			}
			e := start(t, opts...)
			hs := bundles.NewHintStream(e.relay.URL(), zerolog.Nop())
			ctx, cancel := context.WithCancel(e.ctx)
			defer cancel()
			go hs.Run(ctx)
			deadline := time.Now().Add(10 * time.Second)
			for {
				e.relay.hub.mu.Lock()
				n := len(e.relay.hub.subs)
				e.relay.hub.mu.Unlock()
				if n > 0 {
					break
				}
				if time.Now().After(deadline) {
					t.Fatal("hint stream did not connect")
				}
				time.Sleep(5 * time.Millisecond)
			}
			a := e.chain.Accounts()[1]
			to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
			tx, err := types.SignNewTx(a.Key, types.LatestSignerForChainID(e.chain.ChainID()), &types.DynamicFeeTx{ChainID: e.chain.ChainID(),
				Nonce: e.nonce(a.Address), GasTipCap: big.NewInt(1_234_500_000), GasFeeCap: big.NewInt(200 * params.GWei), Gas: 21000, To: &to, Value: big.NewInt(1)})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := e.c.SendMevBundle(e.ctx, &bundles.MevBundle{Version: bundles.MevVersion, Inclusion: bundles.Inclusion{Block: hexutil.Uint64(e.head() + 1)},
				Body: []bundles.BodyElement{{Tx: raw(t, tx)[0]}}, Privacy: &bundles.Privacy{Hints: []bundles.HintIntent{bundles.HintHash}}}); err != nil {
				t.Fatal(err)
			}
			var h bundles.Hint
			select {
			case h = <-hs.Hints():
			case <-time.After(10 * time.Second):
				t.Fatal("no hint")
			}
			check := func(field string, got *hexutil.Big, want *big.Int) {
				t.Helper()
				if (got == nil) != (want == nil) || (got != nil && got.ToInt().Cmp(want) != 0) {
					t.Fatalf("%s: got %v, want %v", field, got, want)
				}
			}
			check("mevGasPrice", h.MevGasPrice, tc.wantP)
			check("gasUsed", h.GasUsed, tc.wantGU)
		})
	}
}
