package chainview

import (
	"context"
	"encoding/json"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
)

// BenchmarkCallContractHit is what a strategy instance pays for a read
// another instance already made (10 liquidation instances loading 10,000
// borrowers at one head make ~60,000 of them each).
func BenchmarkCallContractHit(b *testing.B) {
	v, err := New(nil)
	if err != nil {
		b.Fatal(err)
	}
	v.SetHead(5)
	to := common.HexToAddress("0x01")
	msg := ethereum.CallMsg{To: &to, Data: make([]byte, 36)}
	params, err := json.Marshal([]any{CallArg(msg), "0x5"})
	if err != nil {
		b.Fatal(err)
	}
	key, _ := Key("eth_call", params)
	_, f, _, gen := v.join(key, 5)
	v.finish(key, 5, gen, f, json.RawMessage(`"0x000000000000000000000000000000000000000000000000000000000000002a"`), nil)
	ctx, n := context.Background(), big.NewInt(5)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := v.CallContract(ctx, msg, n); err != nil {
			b.Fatal(err)
		}
	}
	if st := v.Stats(); st.Misses != 0 {
		b.Fatalf("%d calls reached the (absent) node", st.Misses)
	}
}
