package relay

import (
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/keeperkit/keeperkit/bundles"
)

// TestBuilderFields: rbuilder's rules for the eth_sendBundle extensions
// (spec §2.1), and droppingTxHashes landing without the dropped txs.
func TestBuilderFields(t *testing.T) {
	e := start(t)
	a, b := e.chain.Accounts()[1], e.chain.Accounts()[2]
	na, nb := e.nonce(a.Address), e.nonce(b.Address)
	head := e.head()
	target := hexutil.Uint64(head + 1)
	ok := raw(t, e.transfer(a, na, 1))
	h0 := e.transfer(a, na, 1).Hash()
	rcpt := common.HexToAddress("0x00000000000000000000000000000000000000cc")
	bad := []struct {
		name string
		b    *bundles.Bundle
		want string
	}{
		{"v1 dropping", &bundles.Bundle{Txs: ok, BlockNumber: target, Version: bundles.BundleV1, DroppingTxHashes: []common.Hash{h0}}, "Field droppingTxHashes not supported by version v1"},
		{"v1 refundPercent", &bundles.Bundle{Txs: ok, BlockNumber: target, Version: bundles.BundleV1, RefundPercent: 10}, "Field refundPercent not supported by version v1"},
		{"v1 refundRecipient", &bundles.Bundle{Txs: ok, BlockNumber: target, Version: bundles.BundleV1, RefundRecipient: &rcpt}, "Field refundRecipient not supported by version v1"},
		{"v1 delayedRefund", &bundles.Bundle{Txs: ok, BlockNumber: target, Version: bundles.BundleV1, DelayedRefund: true}, "Field delayedRefund not supported by version v1"},
		{"v3", &bundles.Bundle{Txs: ok, BlockNumber: target, Version: "v3"}, "unsupported bundle version: v3"},
		{"refund 100", &bundles.Bundle{Txs: ok, BlockNumber: target, RefundPercent: 100}, "Invalid refund percent"},
		{"two refund txs", &bundles.Bundle{Txs: ok, BlockNumber: target, RefundTxHashes: []common.Hash{h0, h0}}, "More than one refund tx hash not supported"},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			_, err := e.c.SendBundle(e.ctx, tc.b)
			var re *bundles.RelayError
			if !errors.As(err, &re) || re.Code != codeServer || re.Message != tc.want {
				t.Fatalf("got %v, want -32000 %q", err, tc.want)
			}
		})
	}

	// uuid alias: the second bundle replaces the first through "uuid"
	r1, err := e.c.SendBundle(e.ctx, &bundles.Bundle{Txs: raw(t, e.transfer(a, na, 2)), BlockNumber: target, ReplacementUUID: "u-1", Builders: []string{"flashbots", "titan"}})
	if err != nil {
		t.Fatal(err)
	}
	if r1.Smart != "true" {
		t.Fatalf("with builders: got smart %q, want \"true\" (spec §2.2)", r1.Smart)
	}
	// a's bundle: transfer, then a reverting creation and a nonce-gap tx, both droppable
	tx0 := e.transfer(a, na, 3)
	rev := e.reverting(a, na+1)
	gap := e.transfer(a, na+5, 3)
	r2, err := e.c.SendBundle(e.ctx, &bundles.Bundle{Txs: raw(t, tx0, rev, gap), BlockNumber: target, UUID: "u-1", Version: bundles.BundleV2,
		DroppingTxHashes: []common.Hash{rev.Hash(), gap.Hash()}, RefundPercent: 50, RefundRecipient: &rcpt})
	if err != nil {
		t.Fatal(err)
	}
	if r2.Smart != "" {
		t.Fatalf("without builders: got smart %q, want none", r2.Smart)
	}
	if st, _ := e.relay.Status(r1.BundleHash); st.State != Replaced {
		t.Fatalf("first: got %+v, want replaced via uuid", st)
	}
	// b's bundle: only a droppable reverting tx: nothing left, not landed
	r3, err := e.c.SendBundle(e.ctx, &bundles.Bundle{Txs: raw(t, e.reverting(b, nb)), BlockNumber: target, DroppingTxHashes: []common.Hash{e.reverting(b, nb).Hash()}})
	if err != nil {
		t.Fatal(err)
	}
	built, err := e.relay.BuildBlock(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	got := e.blockTxs(uint64(target))
	if len(got) != 1 || got[0] != tx0.Hash() {
		t.Fatalf("block %d: got %v, want only %s (dropped %v)", target, got, tx0.Hash(), built.Dropped)
	}
	if st, _ := e.relay.Status(r2.BundleHash); st.State != Landed {
		t.Fatalf("dropping bundle: got %+v, want landed", st)
	}
	if st, _ := e.relay.Status(r3.BundleHash); st.State != Failed || !strings.Contains(st.Reason, "every tx dropped") {
		t.Fatalf("all-dropped bundle: got %+v, want failed", st)
	}
	if got := e.nonce(a.Address); got != na+1 {
		t.Fatalf("a nonce: got %d, want %d (dropped txs must not land)", got, na+1)
	}
	if got := e.nonce(b.Address); got != nb {
		t.Fatalf("b nonce: got %d, want %d", got, nb)
	}
}
