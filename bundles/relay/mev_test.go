package relay

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/keeperkit/keeperkit/bundles"
)

const (
	tv5Tx0 = "0x02f86b0180843b9aca00852ecc889a0082520894c87037874aed04e51c29f582394217a0a2b89d808080c080a0a463985c616dd8ee17d7ef9112af4e6e06a27b071525b42182fe7b0b5c8b4925a00af5ca177ffef2ff28449292505d41be578bebb77110dfc09361d2fb56998260"
)

// TestValidateMev is TV-6 with head 100.
func TestValidateMev(t *testing.T) {
	tx := `{"tx":"` + tv5Tx0 + `"}`
	h := `{"hash":"0x90b4f5664cc201c3aa112d6bb2fa414c4aee10f00994692b282c1d14a1db6e4d"}`
	bundle := func(incl, body, extra string) string {
		return `{"version":"v0.1","inclusion":` + incl + `,"body":[` + body + `]` + extra + `}`
	}
	nested := func(inner string) string { return `{"bundle":` + inner + `}` }
	fiftyOne := strings.TrimSuffix(strings.Repeat(tx+",", 51), ",")
	tests := []struct {
		name, in string
		want     error
		max      uint64
	}{
		{"block 101", bundle(`{"block":"0x65"}`, tx, ""), nil, 101},
		{"block 100 = cur", bundle(`{"block":"0x64"}`, tx, ""), errInclusion, 0},
		{"block 106 > cur+5", bundle(`{"block":"0x6a"}`, tx, ""), errInclusion, 0},
		{"range 31", bundle(`{"block":"0x65","maxBlock":"0x84"}`, tx, ""), errInclusion, 0},
		{"range 30", bundle(`{"block":"0x65","maxBlock":"0x83"}`, tx, ""), nil, 0x83},
		{"hash alone", bundle(`{"block":"0x65"}`, h, ""), errBody, 0},
		{"hash not first", bundle(`{"block":"0x65"}`, tx+","+h, ""), errBody, 0},
		{"backrun with hints", bundle(`{"block":"0x65"}`, h+","+tx, `,"privacy":{"hints":["calldata"]}`), errPrivacy, 0},
		{"backrun with refund", bundle(`{"block":"0x65"}`, h+","+tx, `,"validity":{"refund":[{"bodyIdx":0,"percent":10}]}`), errConstraints, 0},
		{"backrun ok", bundle(`{"block":"0x65"}`, h+","+tx, ""), nil, 101},
		{"refundConfig over 100", bundle(`{"block":"0x65"}`, tx, `,"validity":{"refundConfig":[{"address":"0x0000000000000000000000000000000000000001","percent":60},{"address":"0x0000000000000000000000000000000000000002","percent":50}]}`), errConstraints, 0},
		{"refund idx out of range", bundle(`{"block":"0x65"}`, tx, `,"validity":{"refund":[{"bodyIdx":1,"percent":10}]}`), errConstraints, 0},
		{"version v0.2", strings.Replace(bundle(`{"block":"0x65"}`, tx, ""), "v0.1", "v0.2", 1), errVersion, 0},
		{"beta-1", strings.Replace(bundle(`{"block":"0x65"}`, tx, ""), "v0.1", "beta-1", 1), nil, 101},
		{"one level nested", bundle(`{"block":"0x65"}`, nested(bundle(`{"block":"0x65"}`, tx, "")), ""), nil, 101},
		{"too deep", bundle(`{"block":"0x65"}`, nested(bundle(`{"block":"0x65"}`, nested(bundle(`{"block":"0x65"}`, tx, "")), "")), ""), errTooDeep, 0},
		{"nested disjoint", bundle(`{"block":"0x65"}`, nested(bundle(`{"block":"0x66"}`, tx, "")), ""), errInclusion, 0},
		{"nested narrows", bundle(`{"block":"0x65","maxBlock":"0x68"}`, nested(bundle(`{"block":"0x65","maxBlock":"0x66"}`, tx, "")), ""), nil, 0x66},
		{"51 txs", bundle(`{"block":"0x65"}`, fiftyOne, ""), errBodySize, 0},
		{"empty body", bundle(`{"block":"0x65"}`, "", ""), errBodySize, 0},
		{"revertMode maybe", bundle(`{"block":"0x65"}`, `{"tx":"`+tv5Tx0+`","revertMode":"maybe"}`, ""), errRevertMode, 0},
		{"wantRefund 101", bundle(`{"block":"0x65"}`, tx, `,"privacy":{"wantRefund":101}`), errPrivacy, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b bundles.MevBundle
			if err := json.Unmarshal([]byte(tc.in), &b); err != nil {
				t.Fatal(err)
			}
			v, err := validateMev(&b, 0, 100)
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
			if tc.want == nil && tc.max != 0 && v.max != tc.max {
				t.Fatalf("got maxBlock %d, want %d", v.max, tc.max)
			}
		})
	}
	var p bundles.Privacy
	if err := decodeParam([]json.RawMessage{json.RawMessage(`{"hints":["full"]}`)}, 0, &p); err != errHintIntent {
		t.Fatalf("full: got %v, want %v", err, errHintIntent)
	}
}

// TestHintExtraction is TV-6's hint example.
func TestHintExtraction(t *testing.T) {
	var b bundles.MevBundle
	if err := json.Unmarshal([]byte(`{"version":"v0.1","inclusion":{"block":"0x65"},"body":[{"tx":"`+tv5Tx0+`"}],"privacy":{"hints":["function_selector"]}}`), &b); err != nil {
		t.Fatal(err)
	}
	if _, err := validateMev(&b, 0, 100); err != nil {
		t.Fatal(err)
	}
	txs, _ := flatten(&b, nil, nil)
	hash := bundles.MevBundleHash(&b)
	h := makeHint(&entry{match: bundles.MatchingHash(hash), txs: txs}, b.Privacy.Hints, nil)
	got, _ := json.Marshal(h)
	want := `{"hash":"0xbd23068a4aada3bc666eeedac89c74d206f3f0633c095c29db8f90870d0b4f6d","logs":null,"txs":[{"to":"0xc87037874aed04e51c29f582394217a0a2b89d80","functionSelector":"0x00000000"}]}`
	if string(got) != want {
		t.Fatalf("got %s, want %s", got, want)
	}
}

// TestBackrun: a user's hinted mev bundle goes out on the stream; a
// searcher reads it with HintStream, backruns it by matching hash; the
// block holds the user's tx then the backrun.
func TestBackrun(t *testing.T) {
	e := start(t)
	user, searcher := e.chain.Accounts()[4], e.chain.Accounts()[5]
	hs := bundles.NewHintStream(e.relay.URL(), zerolog.Nop())
	ctx, cancel := context.WithCancel(e.ctx)
	defer cancel()
	go hs.Run(ctx)
	// wait until the stream is connected: the hub has a subscriber
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
	head := e.head()
	utx := e.transfer(user, e.nonce(user.Address), 1)
	ures, err := e.c.SendMevBundle(e.ctx, &bundles.MevBundle{Version: bundles.MevVersion, Inclusion: bundles.Inclusion{Block: hexutil.Uint64(head + 1), MaxBlock: hexutil.Uint64(head + 3)},
		Body: []bundles.BodyElement{{Tx: raw(t, utx)[0]}}, Privacy: &bundles.Privacy{Hints: []bundles.HintIntent{bundles.HintCalldata, bundles.HintLogs}}})
	if err != nil {
		t.Fatal(err)
	}
	if ures.BundleHash != utx.Hash() {
		t.Fatalf("1-tx mev bundle hash: got %s, want the tx hash %s", ures.BundleHash, utx.Hash())
	}
	var hint bundles.Hint
	select {
	case hint = <-hs.Hints():
	case <-time.After(10 * time.Second):
		t.Fatal("no hint")
	}
	if hint.Hash != crypto.Keccak256Hash(utx.Hash().Bytes()) || len(hint.Txs) != 1 || *hint.Txs[0].To != *utx.To() {
		t.Fatalf("got hint %+v", hint)
	}
	stx := e.transfer(searcher, e.nonce(searcher.Address), 9)
	back := &bundles.MevBundle{Version: bundles.MevVersion, Inclusion: bundles.Inclusion{Block: hexutil.Uint64(head + 1)},
		Body: []bundles.BodyElement{{Hash: &hint.Hash}, {Tx: raw(t, stx)[0]}}}
	bres, err := e.c.SendMevBundle(e.ctx, back)
	if err != nil {
		t.Fatal(err)
	}
	if want := crypto.Keccak256Hash(hint.Hash.Bytes(), stx.Hash().Bytes()); bres.BundleHash != want {
		t.Fatalf("backrun hash: got %s, want %s", bres.BundleHash, want)
	}
	// unknown target
	bogus := common.HexToHash("0x01")
	_, err = e.c.SendMevBundle(e.ctx, &bundles.MevBundle{Version: bundles.MevVersion, Inclusion: bundles.Inclusion{Block: hexutil.Uint64(head + 1)},
		Body: []bundles.BodyElement{{Hash: &bogus}, {Tx: raw(t, stx)[0]}}})
	if err == nil || !strings.Contains(err.Error(), "backrun not found") {
		t.Fatalf("got %v, want backrun not found", err)
	}
	sim, err := e.c.SimMevBundle(e.ctx, &bundles.MevBundle{Version: bundles.MevVersion, Inclusion: bundles.Inclusion{Block: hexutil.Uint64(head + 1)},
		Body: []bundles.BodyElement{{Tx: raw(t, utx)[0]}, {Tx: raw(t, stx)[0]}}}, nil)
	if err != nil || !sim.Success || uint64(sim.GasUsed) != 42000 || sim.Profit.ToInt().Sign() <= 0 {
		t.Fatalf("sim: got %+v, %v", sim, err)
	}
	if _, err := e.relay.BuildBlock(e.ctx); err != nil {
		t.Fatal(err)
	}
	got := e.blockTxs(head + 1)
	if len(got) != 2 || got[0] != utx.Hash() || got[1] != stx.Hash() {
		t.Fatalf("got block %v, want [user %s, backrun %s]", got, utx.Hash(), stx.Hash())
	}
	if st, _ := e.relay.Status(bres.BundleHash); st.State != Landed {
		t.Fatalf("backrun: got %+v, want landed", st)
	}
	if st, _ := e.relay.Status(ures.BundleHash); st.State != Pending || !strings.Contains(st.Reason, "conflict") {
		t.Fatalf("user alone: got %+v, want pending with a conflict reason", st)
	}
}
