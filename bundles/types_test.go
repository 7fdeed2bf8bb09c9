package bundles

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

const (
	tv5Tx0 = "0x02f86b0180843b9aca00852ecc889a0082520894c87037874aed04e51c29f582394217a0a2b89d808080c080a0a463985c616dd8ee17d7ef9112af4e6e06a27b071525b42182fe7b0b5c8b4925a00af5ca177ffef2ff28449292505d41be578bebb77110dfc09361d2fb56998260"
	tv5Tx1 = "0x02f86b0101843b9aca00852ecc889a008261a894c1000000000000000000000000000000000000008001c001a0bf350b29d1340b2f2074b8bb31f6869423b3577f9b858045f2fab49c144b7410a02e8c836f575f877d0a64a0b0252755caa1d1942daa1d58ed60c4ed7b40849be1"
)

// TestHashes is TV-5.
func TestHashes(t *testing.T) {
	tx0, tx1 := hexutil.MustDecode(tv5Tx0), hexutil.MustDecode(tv5Tx1)
	h := common.HexToHash
	tests := []struct {
		name string
		got  common.Hash
		want common.Hash
	}{
		{"tx0 hash", TxHash(tx0), h("0xec5dd7d793a20885a822169df4030d92fbc8d3ac5bd9eaa190b82196ea2858da")},
		{"tx1 hash", TxHash(tx1), h("0xcb5a14001581753e49cb0bbfab298a6c4141a4bf2c8f04a6f23ecae0bbc837cc")},
		{"sendBundle [tx0,tx1]", BundleHash([][]byte{tx0, tx1}), h("0x469bf65d29b5715fe01053f37366a89882d2596e51f07f6dffc8c708d93273ad")},
		{"sendBundle [tx0]", BundleHash([][]byte{tx0}), h("0xbd23068a4aada3bc666eeedac89c74d206f3f0633c095c29db8f90870d0b4f6d")},
		{"mev [tx0]", MevBundleHash(&MevBundle{Body: []BodyElement{{Tx: tx0}}}), h("0xec5dd7d793a20885a822169df4030d92fbc8d3ac5bd9eaa190b82196ea2858da")},
		{"mev [tx0] matching", MatchingHash(MevBundleHash(&MevBundle{Body: []BodyElement{{Tx: tx0}}})), h("0xbd23068a4aada3bc666eeedac89c74d206f3f0633c095c29db8f90870d0b4f6d")},
		{"mev [tx0,tx1]", MevBundleHash(&MevBundle{Body: []BodyElement{{Tx: tx0}, {Tx: tx1}}}), h("0x469bf65d29b5715fe01053f37366a89882d2596e51f07f6dffc8c708d93273ad")},
		{"mev [tx0,tx1] matching", MatchingHash(MevBundleHash(&MevBundle{Body: []BodyElement{{Tx: tx0}, {Tx: tx1}}})), h("0x56e25567d772c59880f6f7ed032d65daf6da26265bb6b1381b4412edb65c1119")},
		{"mev nested [[tx0,tx1]] = inner", MevBundleHash(&MevBundle{Body: []BodyElement{{Bundle: &MevBundle{Body: []BodyElement{{Tx: tx0}, {Tx: tx1}}}}}}), h("0x469bf65d29b5715fe01053f37366a89882d2596e51f07f6dffc8c708d93273ad")},
		{"docs double hash", MatchingHash(h("0xd2d662b8aa0e8d86ea75d363522c9ede42ef538ae353da564d501c044a885293")), h("0x90b4f5664cc201c3aa112d6bb2fa414c4aee10f00994692b282c1d14a1db6e4d")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.got != tc.want {
				t.Fatalf("got %s, want %s", tc.got, tc.want)
			}
		})
	}
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./bundles -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s:\ngot  %s\nwant %s", name, got, want)
	}
}

// TestJSONGolden pins the wire encoding of every type, and that decoding
// the golden bytes and encoding again gives the same bytes.
func TestJSONGolden(t *testing.T) {
	tx0, tx1 := hexutil.MustDecode(tv5Tx0), hexutil.MustDecode(tv5Tx1)
	hh := common.HexToHash("0x90b4f5664cc201c3aa112d6bb2fa414c4aee10f00994692b282c1d14a1db6e4d")
	want := 10
	to := common.HexToAddress("0xc87037874aed04e51c29f582394217a0a2b89d80")
	sel := hexutil.Bytes{0, 0, 0, 0}
	nonce := uint64(3)
	tests := []struct {
		file string
		v    any
		new  func() any
	}{
		{"send_bundle.json", &Bundle{Txs: []hexutil.Bytes{tx0, tx1}, BlockNumber: 0xb63dcd, MinTimestamp: 1700000000, MaxTimestamp: 1700000120, RevertingTxHashes: []common.Hash{TxHash(tx1)}, ReplacementUUID: "0b7a6e2c-9f44-4b8a-8d5e-0c1a8b4e2f10", Builders: []string{"flashbots", "beaverbuild.org"}}, func() any { return new(Bundle) }},
		{"send_bundle_v2.json", &Bundle{Txs: []hexutil.Bytes{tx0, tx1}, BlockNumber: 0xb63dcd, RevertingTxHashes: []common.Hash{TxHash(tx0)}, DroppingTxHashes: []common.Hash{TxHash(tx1)}, RefundPercent: 90, RefundRecipient: &to, RefundTxHashes: []common.Hash{TxHash(tx1)}, UUID: "0b7a6e2c-9f44-4b8a-8d5e-0c1a8b4e2f10", ReplacementNonce: &nonce, SigningAddress: &to, RefundIdentity: &to, DelayedRefund: true, Version: BundleV2}, func() any { return new(Bundle) }},
		{"call_bundle_full.json", &CallBundleArgs{Txs: []hexutil.Bytes{tx0}, BlockNumber: 0x65, StateBlockNumber: "0x64", Timestamp: 1700000012, Coinbase: &to, Timeout: 5000, GasLimit: 30_000_000, Difficulty: big.NewInt(0), BaseFee: big.NewInt(7)}, func() any { return new(CallBundleArgs) }},
		{"sim_bundle_result.json", &SimBundleResult{Success: false, Error: "execution reverted", StateBlock: 0x64, MevGasPrice: hexutil.Big(*big.NewInt(1e9)), Profit: hexutil.Big(*big.NewInt(21e12)), RefundableValue: hexutil.Big(*big.NewInt(21e12)), GasUsed: 21000, Logs: []SimBundleLogs{{TxLogs: []HintLog{{Address: to, Topics: []common.Hash{hh}, Data: hexutil.Bytes{1}}}}, {BundleLogs: []SimBundleLogs{{}}}}, ExecError: "execution reverted", Revert: hexutil.Bytes{0xde, 0xad}}, func() any { return new(SimBundleResult) }},
		{"send_bundle_min.json", &Bundle{Txs: []hexutil.Bytes{tx0}, BlockNumber: 1}, func() any { return new(Bundle) }},
		{"send_bundle_result.json", &SendBundleResult{BundleHash: BundleHash([][]byte{tx0, tx1}), Smart: "true"}, func() any { return new(SendBundleResult) }},
		{"call_bundle.json", &CallBundleArgs{Txs: []hexutil.Bytes{tx0}, BlockNumber: 0x65, StateBlockNumber: "latest", Timestamp: 1700000012}, func() any { return new(CallBundleArgs) }},
		{"cancel_bundle.json", &CancelBundleArgs{ReplacementUUID: "0b7a6e2c-9f44-4b8a-8d5e-0c1a8b4e2f10"}, func() any { return new(CancelBundleArgs) }},
		{"mev_send_bundle.json", &MevBundle{Version: MevVersion, Inclusion: Inclusion{Block: 0x65, MaxBlock: 0x6a}, Body: []BodyElement{{Hash: &hh}, {Tx: tx0, CanRevert: true}, {Tx: tx1, RevertMode: RevertDrop}, {Bundle: &MevBundle{Version: MevVersion, Inclusion: Inclusion{Block: 0x65}, Body: []BodyElement{{Tx: tx0}}}}}, Validity: &Validity{Refund: []Refund{{BodyIdx: 0, Percent: 90}}, RefundConfig: []RefundConfig{{Address: to, Percent: 100}}}, Privacy: &Privacy{Hints: []HintIntent{HintCalldata, HintLogs, HintHash}, Builders: []string{"flashbots"}, WantRefund: &want}, Metadata: &Metadata{OriginID: "keeperkit"}}, func() any { return new(MevBundle) }},
		{"hint.json", &Hint{Hash: hh, Txs: []TxHint{{To: &to, FunctionSelector: &sel}}}, func() any { return new(Hint) }},
		{"hint_empty.json", &Hint{Hash: hh}, func() any { return new(Hint) }},
		{"bundle_stats.json", &BundleStats{IsSimulated: true, SimulatedAt: "2022-10-06T21:36:06.317Z", ReceivedAt: "2022-10-06T21:36:06.3Z"}, func() any { return new(BundleStats) }},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			got, err := json.Marshal(tc.v)
			if err != nil {
				t.Fatal(err)
			}
			golden(t, tc.file, got)
			back := tc.new()
			if err := json.Unmarshal(got, back); err != nil {
				t.Fatal(err)
			}
			again, _ := json.Marshal(back)
			if !bytes.Equal(again, got) {
				t.Fatalf("round trip:\ngot  %s\nwant %s", again, got)
			}
		})
	}
}

func TestHintIntent(t *testing.T) {
	var p Privacy
	err := json.Unmarshal([]byte(`{"hints":["full"]}`), &p)
	if !errors.Is(err, ErrHintIntent) {
		t.Fatalf("got %v, want %v", err, ErrHintIntent)
	}
	if err := json.Unmarshal([]byte(`{"hints":["special_logs","tx_hash"]}`), &p); err != nil {
		t.Fatal(err)
	}
}

func TestDecodeHint(t *testing.T) {
	tests := []struct {
		name, in string
		ok       bool
	}{
		{"docs example", `{"hash":"0xc7dc0000000000000000000000000000000000000000000000000000000000aa","logs":null,"txs":[{"to":"0x0000c335000000000000000000000000000000aa","functionSelector":"0x696d2073","callData":"0x696d20736861726969696969696e67"}]}`, true},
		{"with gas", `{"hash":"0xc7dc0000000000000000000000000000000000000000000000000000000000aa","logs":[],"txs":null,"mevGasPrice":"0x3b9aca00","gasUsed":"0x5208"}`, true},
		{"no hash", `{"logs":null,"txs":null}`, false},
		{"not json", `ping`, false},
		{"bad hash", `{"hash":"0x12"}`, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecodeHint([]byte(tc.in))
			if (err == nil) != tc.ok {
				t.Fatalf("got err %v, want ok %v", err, tc.ok)
			}
		})
	}
}

func FuzzDecodeHint(f *testing.F) {
	f.Add([]byte(`{"hash":"0xc7dc0000000000000000000000000000000000000000000000000000000000aa","logs":null,"txs":[{"to":"0x0000c335000000000000000000000000000000aa","functionSelector":"0x696d2073","callData":"0x696d20736861726969696969696e67"}]}`))
	f.Add([]byte(`{"hash":"0xc7dc0000000000000000000000000000000000000000000000000000000000aa","logs":[{"address":"0x0000c335000000000000000000000000000000aa","topics":["0xd78ad95fa46c994b6551d0da85fc275fe613ce37657fb8d5e3d130840159d822"],"data":"0x"}],"txs":null,"mevGasPrice":"0x1"}`))
	f.Add([]byte(`{}`))
	f.Add([]byte(`:ping`))
	f.Fuzz(func(t *testing.T, data []byte) {
		h, err := DecodeHint(data)
		if err != nil {
			return
		}
		out, err := json.Marshal(&h)
		if err != nil {
			t.Fatalf("re-encode: %v", err)
		}
		h2, err := DecodeHint(out)
		if err != nil || h2.Hash != h.Hash || len(h2.Txs) != len(h.Txs) || len(h2.Logs) != len(h.Logs) {
			t.Fatalf("round trip: %v", err)
		}
	})
}

// TestBundleDecode covers what builders accept on the wire: null lists,
// the uuid alias, numbers for the builder extras.
func TestBundleDecode(t *testing.T) {
	tests := []struct {
		name, in string
		id       string
		txs      int
		version  string
	}{
		{"null lists", `{"txs":null,"blockNumber":"0x1","revertingTxHashes":null,"droppingTxHashes":null}`, "", 0, ""},
		{"uuid wins", `{"txs":["` + tv5Tx0 + `"],"blockNumber":"0x1","replacementUuid":"a","uuid":"b"}`, "b", 1, ""},
		{"replacementUuid", `{"txs":["` + tv5Tx0 + `"],"blockNumber":"0x1","replacementUuid":"a","version":"v1"}`, "a", 1, BundleV1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b Bundle
			if err := json.Unmarshal([]byte(tc.in), &b); err != nil {
				t.Fatal(err)
			}
			if b.ID() != tc.id || len(b.Txs) != tc.txs || b.Version != tc.version {
				t.Fatalf("got id %q, %d txs, version %q, want %q, %d, %q", b.ID(), len(b.Txs), b.Version, tc.id, tc.txs, tc.version)
			}
		})
	}
}
