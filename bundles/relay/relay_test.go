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
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/keeperkit/keeperkit/bundles"
	"github.com/keeperkit/keeperkit/sim/devnet"
)

type env struct {
	t     *testing.T
	chain *devnet.Node
	relay *Relay
	id    *bundles.Identity
	c     *bundles.Client
	ctx   context.Context
}

func start(t *testing.T, opts ...Option) *env {
	t.Helper()
	chain := devnet.StartT(t)
	r := New(chain, opts...)
	if err := r.Start(0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	id, err := bundles.GenerateIdentity()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	if _, err := chain.CommitBlock(ctx, nil); err != nil { // head 1: block 0 is no past target
		t.Fatal(err)
	}
	return &env{t: t, chain: chain, relay: r, id: id, c: bundles.NewClient("local", r.URL(), id, bundles.WithTimeout(10*time.Second), bundles.WithStats(true)), ctx: ctx}
}

func (e *env) head() uint64 {
	e.t.Helper()
	n, err := e.chain.Client().BlockNumber(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	return n
}

func (e *env) nonce(a common.Address) uint64 {
	e.t.Helper()
	n, err := e.chain.Client().NonceAt(e.ctx, a, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return n
}

// transfer signs a 1 wei transfer with tip in gwei.
func (e *env) transfer(from devnet.Account, nonce uint64, tipGwei int64) *types.Transaction {
	e.t.Helper()
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	tx, err := types.SignNewTx(from.Key, types.LatestSignerForChainID(e.chain.ChainID()), &types.DynamicFeeTx{
		ChainID: e.chain.ChainID(), Nonce: nonce, GasTipCap: big.NewInt(tipGwei * params.GWei), GasFeeCap: big.NewInt(200 * params.GWei),
		Gas: 21000, To: &to, Value: big.NewInt(1)})
	if err != nil {
		e.t.Fatal(err)
	}
	return tx
}

// reverting is a creation whose init code reverts (PUSH1 0 PUSH1 0 REVERT).
func (e *env) reverting(from devnet.Account, nonce uint64) *types.Transaction {
	e.t.Helper()
	tx, err := devnet.Sign(e.chain, from, nonce, devnet.Call{Data: []byte{0x60, 0, 0x60, 0, 0xfd}, Gas: 100000})
	if err != nil {
		e.t.Fatal(err)
	}
	return tx
}

func raw(t testing.TB, txs ...*types.Transaction) []hexutil.Bytes {
	out := make([]hexutil.Bytes, len(txs))
	for i, tx := range txs {
		b, err := tx.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		out[i] = b
	}
	return out
}

func (e *env) blockTxs(n uint64) []common.Hash {
	e.t.Helper()
	b, err := e.chain.Client().BlockByNumber(e.ctx, new(big.Int).SetUint64(n))
	if err != nil {
		e.t.Fatal(err)
	}
	var out []common.Hash
	for _, tx := range b.Transactions() {
		out = append(out, tx.Hash())
	}
	return out
}

func TestLandsBundle(t *testing.T) {
	e := start(t)
	a := e.chain.Accounts()[1]
	n := e.nonce(a.Address)
	tx0, tx1 := e.transfer(a, n, 1), e.transfer(a, n+1, 2)
	target := e.head() + 1
	res, err := e.c.SendBundle(e.ctx, &bundles.Bundle{Txs: raw(t, tx0, tx1), BlockNumber: hexutil.Uint64(target)})
	if err != nil {
		t.Fatal(err)
	}
	want := bundles.BundleHash([][]byte{raw(t, tx0)[0], raw(t, tx1)[0]})
	if res.BundleHash != want {
		t.Fatalf("got hash %s, want %s", res.BundleHash, want)
	}
	st, _ := e.relay.Status(want)
	if st.State != Pending {
		t.Fatalf("got %+v, want pending", st)
	}
	built, err := e.relay.BuildBlock(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if built.Header == nil || built.Header.Number.Uint64() != target {
		t.Fatalf("got header %v, want block %d", built.Header, target)
	}
	got := e.blockTxs(target)
	if len(got) != 2 || got[0] != tx0.Hash() || got[1] != tx1.Hash() {
		t.Fatalf("block %d: got %v, want [%s %s]", target, got, tx0.Hash(), tx1.Hash())
	}
	st, _ = e.relay.Status(want)
	if st.State != Landed || st.Block != target {
		t.Fatalf("got %+v, want landed at %d", st, target)
	}
	stats, err := e.c.BundleStats(e.ctx, want, target)
	if err != nil || !stats.IsSimulated || len(stats.SealedByBuildersAt) != 1 {
		t.Fatalf("got stats %+v, %v", stats, err)
	}
	us, err := e.c.UserStats(e.ctx, target)
	if err != nil || us.AllTimeValidatorPayments == "0" || us.AllTimeGasSimulated == "0" {
		t.Fatalf("got user stats %+v, %v", us, err)
	}
}

// TestOrdering: competing bundles ordered by coinbase payment per gas; the
// loser conflicts (same nonce) and is dropped; a reverting tx listed in
// revertingTxHashes lands; one not listed, sent for a later block (so not
// simulated on arrival), is dropped at build time.
func TestOrdering(t *testing.T) {
	e := start(t, WithEmptyBlocks(true))
	a, b, c := e.chain.Accounts()[1], e.chain.Accounts()[2], e.chain.Accounts()[3]
	target := e.head() + 1
	na, nb, nc := e.nonce(a.Address), e.nonce(b.Address), e.nonce(c.Address)
	low := e.transfer(a, na, 1)
	high := e.transfer(a, na, 7)
	rev := e.reverting(b, nb)
	okb := e.transfer(b, nb+1, 2)
	send := func(bd *bundles.Bundle) common.Hash {
		t.Helper()
		r, err := e.c.SendBundle(e.ctx, bd)
		if err != nil {
			t.Fatal(err)
		}
		return r.BundleHash
	}
	hLow := send(&bundles.Bundle{Txs: raw(t, low), BlockNumber: hexutil.Uint64(target)})
	hHigh := send(&bundles.Bundle{Txs: raw(t, high), BlockNumber: hexutil.Uint64(target)})
	hRev := send(&bundles.Bundle{Txs: raw(t, rev, okb), BlockNumber: hexutil.Uint64(target), RevertingTxHashes: []common.Hash{rev.Hash()}})
	// not allowed to revert, for target+1: accepted now, dropped then
	later := e.reverting(c, nc)
	hLater := send(&bundles.Bundle{Txs: raw(t, later), BlockNumber: hexutil.Uint64(target + 1)})

	built, err := e.relay.BuildBlock(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	got := e.blockTxs(target)
	// high tip (7 gwei/gas) first, then b's bundle (0 + 2 gwei over 2 txs)
	want := []common.Hash{high.Hash(), rev.Hash(), okb.Hash()}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v (dropped %v)", got, want, built.Dropped)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("tx %d: got %s, want %s", i, got[i], want[i])
		}
	}
	if st, _ := e.relay.Status(hLow); st.State != Failed || !strings.Contains(st.Reason, "conflict") {
		t.Fatalf("low: got %+v, want failed by conflict", st)
	}
	for _, h := range []common.Hash{hHigh, hRev} {
		if st, _ := e.relay.Status(h); st.State != Landed {
			t.Fatalf("%s: got %+v, want landed", h, st)
		}
	}
	if _, err := e.relay.BuildBlock(e.ctx); err != nil {
		t.Fatal(err)
	}
	if st, _ := e.relay.Status(hLater); st.State != Failed || !strings.Contains(st.Reason, "bundle reverts") {
		t.Fatalf("later: got %+v, want failed: reverts", st)
	}
	if got := e.nonce(c.Address); got != nc {
		t.Fatalf("c nonce: got %d, want %d", got, nc)
	}
}

// TestBadInput: each bad request gets its documented error and nothing
// lands on chain.
func TestBadInput(t *testing.T) {
	e := start(t)
	a := e.chain.Accounts()[1]
	n := e.nonce(a.Address)
	head := e.head()
	ok := raw(t, e.transfer(a, n, 1))
	other, _ := bundles.GenerateIdentity()
	tooMany := make([]hexutil.Bytes, 101)
	for i := range tooMany {
		tooMany[i] = ok[0]
	}
	post := func(body, sig string) (int, string) {
		req, _ := http.NewRequest(http.MethodPost, e.relay.URL(), strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if sig != "" {
			req.Header.Set(bundles.HeaderSignature, sig)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	sign := func(id *bundles.Identity, body string) string {
		s, err := id.Sign([]byte(body))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	rawCases := []struct {
		name, body, sig, want string
	}{
		{"missing signature", `{"jsonrpc":"2.0","id":1,"method":"eth_sendBundle","params":[]}`, "", `{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"signature is required"}}`},
		{"wrong signature", `{"jsonrpc":"2.0","id":1,"method":"eth_sendBundle","params":[]}`, other.Address().Hex() + ":" + strings.SplitN(sign(e.id, `{"jsonrpc":"2.0","id":1,"method":"eth_sendBundle","params":[]}`), ":", 2)[1], `{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"invalid signature provided: signing address mismatch"}}`},
		{"malformed hex", `{"jsonrpc":"2.0","id":2,"method":"eth_sendBundle","params":[{"txs":["0xzz"],"blockNumber":"0x10"}]}`, "", `"code":-32602,"message":"invalid params: `},
		{"bad json", `{"jsonrpc":"2.0",`, "", `{"jsonrpc":"2.0","id":null,"error":{"code":-32700,`},
		{"bad version", `{"jsonrpc":"1.0","id":1,"method":"eth_sendBundle","params":[]}`, "", `"message":"invalid jsonrpc version"`},
		{"unknown method", `{"jsonrpc":"2.0","id":"x","method":"eth_foo","params":[]}`, "", `{"jsonrpc":"2.0","id":"x","error":{"code":-32601,"message":"method not found"}}`},
		{"batch", `[{"jsonrpc":"2.0","id":1,"method":"eth_sendBundle","params":[]}]`, "", `"code":-32700`},
	}
	for _, tc := range rawCases {
		t.Run(tc.name, func(t *testing.T) {
			sig := tc.sig
			if sig == "" && tc.name != "missing signature" {
				sig = sign(e.id, tc.body)
			}
			st, body := post(tc.body, sig)
			if st != 200 || !strings.Contains(body, tc.want) {
				t.Fatalf("got %d %s, want 200 %s", st, body, tc.want)
			}
		})
	}
	cases := []struct {
		name string
		b    *bundles.Bundle
		want string
	}{
		{"no txs", &bundles.Bundle{BlockNumber: hexutil.Uint64(head + 1)}, "bundle missing txs"},
		{"target in the past", &bundles.Bundle{Txs: ok, BlockNumber: hexutil.Uint64(head)}, "block param in the past"},
		{"no block", &bundles.Bundle{Txs: ok}, "missing block param"},
		{"too many txs", &bundles.Bundle{Txs: tooMany, BlockNumber: hexutil.Uint64(head + 1)}, "too many txs: 101, max 100"},
		{"undecodable tx", &bundles.Bundle{Txs: []hexutil.Bytes{{0x02, 0x01}}, BlockNumber: hexutil.Uint64(head + 1)}, "unable to decode txs: tx 0"},
		{"nonce gap", &bundles.Bundle{Txs: raw(t, e.transfer(a, n+1, 1)), BlockNumber: hexutil.Uint64(head + 1)}, "bundle invalid: tx"},
		{"reverts", &bundles.Bundle{Txs: raw(t, e.reverting(a, n)), BlockNumber: hexutil.Uint64(head + 1)}, "bundle reverts: tx"},
		{"timestamps", &bundles.Bundle{Txs: ok, BlockNumber: hexutil.Uint64(head + 1), MinTimestamp: 10, MaxTimestamp: 5}, "minTimestamp greater than maxTimestamp"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := e.c.SendBundle(e.ctx, tc.b)
			var re *bundles.RelayError
			if !errors.As(err, &re) || re.Code != codeServer || !strings.Contains(re.Message, tc.want) || re.Retryable {
				t.Fatalf("got %v, want -32000 %q", err, tc.want)
			}
		})
	}
	built, err := e.relay.BuildBlock(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if built.Header != nil || e.head() != head || e.nonce(a.Address) != n {
		t.Fatalf("chain changed: header %v head %d nonce %d, want head %d nonce %d", built.Header, e.head(), e.nonce(a.Address), head, n)
	}
}

func TestTransport(t *testing.T) {
	e := start(t, WithMaxBody(1024))
	body := `{"jsonrpc":"2.0","id":1,"method":"eth_sendBundle","params":[]}`
	sig, _ := e.id.Sign([]byte(body))
	tests := []struct {
		name, method, ct, body string
		status                 int
		want                   string
	}{
		{"put", http.MethodPut, "application/json", body, 405, "only POST method is allowed"},
		{"text", http.MethodPost, "text/plain", body, 415, "header Content-Type must be application/json"},
		{"too big", http.MethodPost, "application/json", strings.Repeat(" ", 2000), 200, `{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"request body is too big, max size: 1024"}}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req, _ := http.NewRequest(tc.method, e.relay.URL(), strings.NewReader(tc.body))
			req.Header.Set("Content-Type", tc.ct)
			req.Header.Set(bundles.HeaderSignature, sig)
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			b, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != tc.status || !strings.Contains(string(b), tc.want) {
				t.Fatalf("got %d %s, want %d %s", resp.StatusCode, b, tc.status, tc.want)
			}
		})
	}
}

func TestCancelAndReplace(t *testing.T) {
	e := start(t)
	a := e.chain.Accounts()[1]
	n := e.nonce(a.Address)
	target := hexutil.Uint64(e.head() + 1)
	uuid := "0b7a6e2c-9f44-4b8a-8d5e-0c1a8b4e2f10"
	r1, err := e.c.SendBundle(e.ctx, &bundles.Bundle{Txs: raw(t, e.transfer(a, n, 1)), BlockNumber: target, ReplacementUUID: uuid})
	if err != nil {
		t.Fatal(err)
	}
	r2, err := e.c.SendBundle(e.ctx, &bundles.Bundle{Txs: raw(t, e.transfer(a, n, 2)), BlockNumber: target, ReplacementUUID: uuid})
	if err != nil {
		t.Fatal(err)
	}
	if st, _ := e.relay.Status(r1.BundleHash); st.State != Replaced {
		t.Fatalf("got %+v, want replaced", st)
	}
	// another signer cannot cancel it
	other, _ := bundles.GenerateIdentity()
	oc := bundles.NewClient("other", e.relay.URL(), other)
	if got, err := oc.CancelBundle(e.ctx, uuid); err != nil || string(got) != "[]" {
		t.Fatalf("other signer: got %s, %v, want []", got, err)
	}
	got, err := e.c.CancelBundle(e.ctx, uuid)
	if err != nil || string(got) != `["`+r2.BundleHash.Hex()+`"]` {
		t.Fatalf("got %s, %v, want [%s]", got, err, r2.BundleHash)
	}
	built, err := e.relay.BuildBlock(e.ctx)
	if err != nil || built.Header != nil {
		t.Fatalf("got %+v, %v, want nothing built", built, err)
	}
}

func TestCallBundle(t *testing.T) {
	e := start(t)
	a, b := e.chain.Accounts()[1], e.chain.Accounts()[2]
	tx0, tx1 := e.transfer(a, e.nonce(a.Address), 3), e.reverting(b, e.nonce(b.Address))
	res, err := e.c.CallBundle(e.ctx, &bundles.CallBundleArgs{Txs: raw(t, tx0, tx1), BlockNumber: hexutil.Uint64(e.head() + 1), StateBlockNumber: "latest"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Results[0].GasUsed != 21000 || res.Results[0].GasFees != new(big.Int).Mul(big.NewInt(21000), big.NewInt(3*params.GWei)).String() || res.Results[0].Value == nil {
		t.Fatalf("tx0: got %+v", res.Results[0])
	}
	if res.Results[1].Error == "" || res.Results[0].FromAddress != a.Address.Hex() || res.Results[1].ToAddress != "0x" {
		t.Fatalf("tx1: got %+v", res.Results[1])
	}
	if res.StateBlockNumber != e.head() || res.TotalGasUsed != res.Results[0].GasUsed+res.Results[1].GasUsed {
		t.Fatalf("got %+v", res)
	}
	// a nonce gap fails the call
	_, err = e.c.CallBundle(e.ctx, &bundles.CallBundleArgs{Txs: raw(t, e.transfer(a, 99, 1)), BlockNumber: hexutil.Uint64(e.head() + 1), StateBlockNumber: "latest"})
	if err == nil || !strings.Contains(err.Error(), "txhash") {
		t.Fatalf("got %v, want err: ...; txhash", err)
	}
}
