package relay

import (
	"context"
	"errors"
	"io"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/params"

	"github.com/keeperkit/keeperkit/bundles"
	"github.com/keeperkit/keeperkit/sim/devnet"
)

// TestCallBundleExtras: the builder's eth_callBundle block overrides
// (spec §3.1) reach the simulation.
func TestCallBundleExtras(t *testing.T) {
	e := start(t)
	a := e.chain.Accounts()[1]
	tx := raw(t, e.transfer(a, e.nonce(a.Address), 3))
	next := hexutil.Uint64(e.head() + 1)
	// the transfer pays 1 wei to 0x..aa: as coinbase it also gains that
	cb := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	res, err := e.c.CallBundle(e.ctx, &bundles.CallBundleArgs{Txs: tx, BlockNumber: next, StateBlockNumber: "latest", Coinbase: &cb, Timeout: 2000})
	if err != nil {
		t.Fatal(err)
	}
	fees := new(big.Int).Mul(big.NewInt(21000), big.NewInt(3*params.GWei))
	if want := new(big.Int).Add(fees, common.Big1).String(); res.CoinbaseDiff != want || res.GasFees != fees.String() || res.EthSentToCoinbase != "1" {
		t.Fatalf("coinbase override: got coinbaseDiff %s gasFees %s sent %s, want %s %s 1", res.CoinbaseDiff, res.GasFees, res.EthSentToCoinbase, want, fees)
	}
	tests := []struct {
		name string
		args bundles.CallBundleArgs
	}{
		{"gas limit under the tx", bundles.CallBundleArgs{Txs: tx, BlockNumber: next, StateBlockNumber: "latest", GasLimit: 20000}},
		{"base fee over the fee cap", bundles.CallBundleArgs{Txs: tx, BlockNumber: next, StateBlockNumber: "latest", BaseFee: big.NewInt(300 * params.GWei)}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := e.c.CallBundle(e.ctx, &tc.args)
			if err == nil || !strings.Contains(err.Error(), "txhash") {
				t.Fatalf("got %v, want err: ...; txhash", err)
			}
		})
	}
}

// TestSimBundleRevert: mev_simBundle reports a reverting tx as
// success=false with the EVM error and the revert data.
func TestSimBundleRevert(t *testing.T) {
	e := start(t)
	a := e.chain.Accounts()[1]
	// init code: MSTORE8(0, 0xaa); REVERT(0, 1)
	tx, err := devnet.Sign(e.chain, a, e.nonce(a.Address), devnet.Call{Data: []byte{0x60, 0xaa, 0x60, 0, 0x53, 0x60, 1, 0x60, 0, 0xfd}, Gas: 100000})
	if err != nil {
		t.Fatal(err)
	}
	b := &bundles.MevBundle{Version: bundles.MevVersion, Inclusion: bundles.Inclusion{Block: hexutil.Uint64(e.head() + 1)}, Body: []bundles.BodyElement{{Tx: raw(t, tx)[0]}}}
	res, err := e.c.SimMevBundle(e.ctx, b, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Success || !strings.Contains(res.Error, "bundle reverts") || res.ExecError == "" || hexutil.Encode(res.Revert) != "0xaa" || res.GasUsed == 0 {
		t.Fatalf("got %+v, want a failed simulation with revert 0xaa", res)
	}
	b.Body[0].CanRevert = true
	if res, err = e.c.SimMevBundle(e.ctx, b, nil); err != nil || !res.Success || res.ExecError != "" {
		t.Fatalf("canRevert: got %+v, %v, want success", res, err)
	}
}

// TestMevCancelByHash: only the signer's own pending bundle is cancelled
// (spec §5.5), and a cancelled bundle does not land.
func TestMevCancelByHash(t *testing.T) {
	e := start(t)
	a := e.chain.Accounts()[1]
	n := e.nonce(a.Address)
	res, err := e.c.SendMevBundle(e.ctx, &bundles.MevBundle{Version: bundles.MevVersion, Inclusion: bundles.Inclusion{Block: hexutil.Uint64(e.head() + 1)},
		Body: []bundles.BodyElement{{Tx: raw(t, e.transfer(a, n, 1))[0]}}})
	if err != nil {
		t.Fatal(err)
	}
	other, _ := bundles.GenerateIdentity()
	oc := bundles.NewClient("other", e.relay.URL(), other)
	err = oc.Call(e.ctx, "mev_cancelBundleByHash", nil, res.BundleHash)
	if err == nil || !strings.Contains(err.Error(), "bundle not cancelled") {
		t.Fatalf("other signer: got %v, want bundle not cancelled", err)
	}
	var out *string
	if err := e.c.Call(e.ctx, "mev_cancelBundleByHash", &out, res.BundleHash); err != nil || out != nil {
		t.Fatalf("owner: got %v, %v, want null", out, err)
	}
	if err := e.c.CancelMevBundle(e.ctx, res.BundleHash); err == nil {
		t.Fatal("second cancel: got nil, want bundle not cancelled")
	}
	if st, _ := e.relay.Status(res.BundleHash); st.State != Cancelled {
		t.Fatalf("got %+v, want cancelled", st)
	}
	if built, err := e.relay.BuildBlock(e.ctx); err != nil || built.Header != nil || e.nonce(a.Address) != n {
		t.Fatalf("got %+v, %v, want nothing built", built, err)
	}
}

func TestOriginHeader(t *testing.T) {
	e := start(t)
	body := `{"jsonrpc":"2.0","id":1,"method":"eth_foo","params":[]}`
	sig, _ := e.id.Sign([]byte(body))
	for _, tc := range []struct {
		origin, want string
	}{
		{strings.Repeat("o", 255), `"message":"method not found"`},
		{strings.Repeat("o", 256), `{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"x-flashbots-origin header is too long"}}`},
	} {
		req, _ := http.NewRequest(http.MethodPost, e.relay.URL(), strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set(bundles.HeaderSignature, sig)
		req.Header.Set("X-Flashbots-Origin", tc.origin)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(string(b), tc.want) {
			t.Fatalf("origin of %d bytes: got %d %s, want 200 %s", len(tc.origin), resp.StatusCode, b, tc.want)
		}
	}
}

// TestTimestamps: minTimestamp and maxTimestamp bound the block time,
// inclusive (spec §2.1); a bundle outside them is not included.
func TestTimestamps(t *testing.T) {
	e := start(t, WithEmptyBlocks(true))
	hdr, err := e.chain.Client().HeaderByNumber(e.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	next := hdr.Time + 12 // devnet chain time: +12 s a block
	target := hexutil.Uint64(hdr.Number.Uint64() + 1)
	a, b, c := e.chain.Accounts()[1], e.chain.Accounts()[2], e.chain.Accounts()[3]
	send := func(bd *bundles.Bundle) common.Hash {
		t.Helper()
		r, err := e.c.SendBundle(e.ctx, bd)
		if err != nil {
			t.Fatal(err)
		}
		return r.BundleHash
	}
	txIn := e.transfer(a, e.nonce(a.Address), 1)
	in := send(&bundles.Bundle{Txs: raw(t, txIn), BlockNumber: target, MinTimestamp: next, MaxTimestamp: next})
	late := send(&bundles.Bundle{Txs: raw(t, e.transfer(b, e.nonce(b.Address), 1)), BlockNumber: target, MaxTimestamp: next - 1})
	early := send(&bundles.Bundle{Txs: raw(t, e.transfer(c, e.nonce(c.Address), 1)), BlockNumber: target, MinTimestamp: next + 1})
	built, err := e.relay.BuildBlock(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if built.Header.Time != next {
		t.Fatalf("block time: got %d, want %d", built.Header.Time, next)
	}
	if got := e.blockTxs(uint64(target)); len(got) != 1 || got[0] != txIn.Hash() {
		t.Fatalf("block: got %v, want only %s", got, txIn.Hash())
	}
	if st, _ := e.relay.Status(in); st.State != Landed {
		t.Fatalf("in bounds: got %+v, want landed", st)
	}
	for _, h := range []common.Hash{late, early} {
		if st, _ := e.relay.Status(h); st.State != Expired {
			t.Fatalf("%s: got %+v, want expired", h, st)
		}
	}
}

// TestRunLoop: Run builds on its own period and returns when ctx ends.
func TestRunLoop(t *testing.T) {
	e := start(t)
	a := e.chain.Accounts()[1]
	tx := e.transfer(a, e.nonce(a.Address), 1)
	target := e.head() + 1
	res, err := e.c.SendBundle(e.ctx, &bundles.Bundle{Txs: raw(t, tx), BlockNumber: hexutil.Uint64(target)})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(e.ctx)
	done := make(chan error, 1)
	go func() { done <- e.relay.Run(ctx, 20*time.Millisecond) }()
	deadline := time.Now().Add(20 * time.Second)
	for {
		if st, _ := e.relay.Status(res.BundleHash); st.State == Landed {
			if st.Block != target {
				t.Fatalf("landed at %d, want %d", st.Block, target)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("Run did not land the bundle")
		}
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("Run: got %v, want context.Canceled", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not return after cancel")
	}
	if got := e.blockTxs(target); len(got) != 1 || got[0] != tx.Hash() {
		t.Fatalf("block %d: got %v, want [%s]", target, got, tx.Hash())
	}
}
