package relay

import (
	"context"
	"errors"
	"math/big"
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

// TestAnvil runs the landing rules on anvil (devnet.Chain's other
// implementation): competing bundles ordered by coinbase payment per gas,
// the loser dropped by its nonce conflict, a reverting tx that is allowed
// lands reverted, a bad bundle changes nothing, and an MEV-Share backrun
// lands right after its target.
func TestAnvil(t *testing.T) {
	chain := devnet.StartAnvilT(t)
	r := New(chain)
	if err := r.Start(0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if _, err := chain.CommitBlock(ctx, nil); err != nil {
		t.Fatal(err)
	}
	id, err := bundles.GenerateIdentity()
	if err != nil {
		t.Fatal(err)
	}
	c := bundles.NewClient("local", r.URL(), id, bundles.WithTimeout(10*time.Second))
	ec := chain.Client()
	head := func() uint64 {
		n, err := ec.BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	nonce := func(a common.Address) uint64 {
		n, err := ec.NonceAt(ctx, a, nil)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	transfer := func(from devnet.Account, n uint64, tipGwei int64) *types.Transaction {
		tx, err := types.SignNewTx(from.Key, types.LatestSignerForChainID(chain.ChainID()), &types.DynamicFeeTx{
			ChainID: chain.ChainID(), Nonce: n, GasTipCap: big.NewInt(tipGwei * params.GWei), GasFeeCap: big.NewInt(200 * params.GWei),
			Gas: 21000, To: &to, Value: big.NewInt(1)})
		if err != nil {
			t.Fatal(err)
		}
		return tx
	}
	reverting := func(from devnet.Account, n uint64) *types.Transaction {
		tx, err := devnet.Sign(chain, from, n, devnet.Call{Data: []byte{0x60, 0, 0x60, 0, 0xfd}, Gas: 100000})
		if err != nil {
			t.Fatal(err)
		}
		return tx
	}
	a, b, u, s := chain.Accounts()[1], chain.Accounts()[2], chain.Accounts()[3], chain.Accounts()[4]
	na, nb := nonce(a.Address), nonce(b.Address)
	h0 := head()
	target := hexutil.Uint64(h0 + 1)

	// bad input first: nothing may change
	if _, err := c.SendBundle(ctx, &bundles.Bundle{Txs: raw(t, transfer(a, na+1, 1)), BlockNumber: target}); err == nil || !strings.Contains(err.Error(), "bundle invalid") {
		t.Fatalf("nonce gap: got %v, want bundle invalid", err)
	}
	if _, err := c.SendBundle(ctx, &bundles.Bundle{Txs: raw(t, reverting(a, na)), BlockNumber: target}); err == nil || !strings.Contains(err.Error(), "bundle reverts") {
		t.Fatalf("revert: got %v, want bundle reverts", err)
	}
	if built, err := r.BuildBlock(ctx); err != nil || built.Header != nil || head() != h0 {
		t.Fatalf("after bad input: got %+v, %v, head %d, want nothing built at %d", built, err, head(), h0)
	}

	low, high := transfer(a, na, 1), transfer(a, na, 7)
	rev, okb := reverting(b, nb), transfer(b, nb+1, 2)
	send := func(bd *bundles.Bundle) common.Hash {
		t.Helper()
		res, err := c.SendBundle(ctx, bd)
		if err != nil {
			t.Fatal(err)
		}
		return res.BundleHash
	}
	hLow := send(&bundles.Bundle{Txs: raw(t, low), BlockNumber: target})
	send(&bundles.Bundle{Txs: raw(t, high), BlockNumber: target})
	send(&bundles.Bundle{Txs: raw(t, rev, okb), BlockNumber: target, RevertingTxHashes: []common.Hash{rev.Hash()}})

	// MEV-Share: a hinted user tx and a backrun by matching hash
	userTx := transfer(u, nonce(u.Address), 1)
	ures, err := c.SendMevBundle(ctx, &bundles.MevBundle{Version: bundles.MevVersion, Inclusion: bundles.Inclusion{Block: target},
		Body: []bundles.BodyElement{{Tx: raw(t, userTx)[0]}}, Privacy: &bundles.Privacy{Hints: []bundles.HintIntent{bundles.HintHash}}})
	if err != nil {
		t.Fatal(err)
	}
	match := bundles.MatchingHash(ures.BundleHash)
	backTx := transfer(s, nonce(s.Address), 3)
	if _, err := c.SendMevBundle(ctx, &bundles.MevBundle{Version: bundles.MevVersion, Inclusion: bundles.Inclusion{Block: target},
		Body: []bundles.BodyElement{{Hash: &match}, {Tx: raw(t, backTx)[0]}}}); err != nil {
		t.Fatal(err)
	}

	built, err := r.BuildBlock(ctx)
	if err != nil {
		t.Fatal(err)
	}
	blk, err := ec.BlockByNumber(ctx, new(big.Int).SetUint64(uint64(target)))
	if err != nil {
		t.Fatal(err)
	}
	var got []common.Hash
	for _, tx := range blk.Transactions() {
		got = append(got, tx.Hash())
	}
	// per gas: high 7 gwei; backrun bundle (1+3)/2 = 2 gwei; b's (0+2)/2 = 1 gwei (revert pays its tip too: ~1 gwei)
	want := map[common.Hash]bool{high.Hash(): true, rev.Hash(): true, okb.Hash(): true, userTx.Hash(): true, backTx.Hash(): true}
	if len(got) != len(want) || got[0] != high.Hash() {
		t.Fatalf("block %d: got %v, want %d txs starting with %s (dropped %v)", target, got, len(want), high.Hash(), built.Dropped)
	}
	pos := map[common.Hash]int{}
	for i, h := range got {
		if !want[h] {
			t.Fatalf("unexpected tx %s in block", h)
		}
		pos[h] = i
	}
	if pos[backTx.Hash()] != pos[userTx.Hash()]+1 || pos[okb.Hash()] != pos[rev.Hash()]+1 {
		t.Fatalf("bundles not contiguous: %v", got)
	}
	for h, st := range map[common.Hash]uint64{rev.Hash(): 0, okb.Hash(): 1, high.Hash(): 1, backTx.Hash(): 1} {
		rc, err := ec.TransactionReceipt(ctx, h)
		if err != nil || rc.Status != st || rc.BlockNumber.Uint64() != uint64(target) {
			t.Fatalf("receipt %s: got %+v, %v, want status %d at %d", h, rc, err, st, target)
		}
	}
	if st, err := r.Status(hLow); err != nil || st.State != Failed || !strings.Contains(st.Reason, "conflict") {
		t.Fatalf("low: got %+v, %v, want failed by conflict", st, err)
	}
	if _, err := r.Status(common.Hash{1}); !errors.Is(err, ErrUnknown) {
		t.Fatalf("unknown: got %v, want %v", err, ErrUnknown)
	}
}
