package relay

import (
	"encoding/json"
	"testing"

	"github.com/keeperkit/keeperkit/bundles"
)

// FuzzValidateMev: mev_sendBundle validation never panics on decodable
// input, and what it accepts has a sane range, at most 50 txs, and a body
// that flattens without a hash element beyond index 0.
func FuzzValidateMev(f *testing.F) {
	tx := `{"tx":"` + tv5Tx0 + `"}`
	h := `{"hash":"0x90b4f5664cc201c3aa112d6bb2fa414c4aee10f00994692b282c1d14a1db6e4d"}`
	for _, s := range []string{
		`{"version":"v0.1","inclusion":{"block":"0x65"},"body":[` + tx + `]}`,
		`{"version":"v0.1","inclusion":{"block":"0x65","maxBlock":"0x70"},"body":[` + h + `,` + tx + `],"validity":{"refundConfig":[{"address":"0x0000000000000000000000000000000000000001","percent":100}]}}`,
		`{"version":"beta-1","inclusion":{"block":"0x65"},"body":[{"bundle":{"version":"v0.1","inclusion":{"block":"0x65"},"body":[` + tx + `]}}],"privacy":{"hints":["calldata"],"wantRefund":50}}`,
		`{"version":"v0.1","inclusion":{"block":"0x65"},"body":[{"tx":"` + tv5Tx0 + `","revertMode":"drop"}],"validity":{"refund":[{"bodyIdx":0,"percent":10}]}}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var mb bundles.MevBundle
		if json.Unmarshal(b, &mb) != nil {
			return
		}
		v, err := validateMev(&mb, 0, 100)
		if err != nil {
			return
		}
		if v.min > v.max || v.max <= 100 || v.min > 105 || v.max-v.min > maxBlockRange || v.txs > maxMevTxs || v.txs == 0 {
			t.Fatalf("accepted %s with %+v", b, v)
		}
		txs, canRevert := flatten(&mb, nil, nil)
		if len(txs) != len(canRevert) || len(txs) > v.txs {
			t.Fatalf("flatten: %d txs, %d flags, validated %d", len(txs), len(canRevert), v.txs)
		}
		bundles.MevBundleHash(&mb)
	})
}
