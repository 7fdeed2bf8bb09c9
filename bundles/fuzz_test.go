package bundles

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// FuzzParseAnswer: any relay answer is classified without panicking, and
// an answer taken as a result carries one.
func FuzzParseAnswer(f *testing.F) {
	for _, s := range []string{
		`{"jsonrpc":"2.0","id":1,"result":{"bundleHash":"` + okHash + `"}}`,
		`{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"signature is required"}}`,
		`{"error":"blacklisted tx"}`, `{"error":null,"result":null}`, `{"error":{}}`, `<html>`, `[]`, `null`, ``,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		code, msg, result, ok := parseAnswer(b)
		if !ok {
			return
		}
		if code == 0 && msg == "" && result == nil {
			t.Fatalf("%q: ok without result or error", b)
		}
		if result != nil && !json.Valid(result) {
			t.Fatalf("%q: invalid result %q", b, result)
		}
	})
}

// FuzzBundleJSON: whatever decodes as a Bundle or MevBundle encodes to
// bytes that decode to the same encoding, and hashes without panicking.
func FuzzBundleJSON(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*bundle*.json"))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`{"version":"v0.1","inclusion":{"block":"0x1"},"body":[{"bundle":{"body":[{"bundle":{"body":[{"hash":"0x01"}]}}]}}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var sb Bundle
		if json.Unmarshal(b, &sb) == nil {
			again(t, &sb, new(Bundle))
			raws := make([][]byte, len(sb.Txs))
			for i, tx := range sb.Txs {
				raws[i] = tx
			}
			BundleHash(raws)
		}
		var mb MevBundle
		if json.Unmarshal(b, &mb) == nil {
			again(t, &mb, new(MevBundle))
			MatchingHash(MevBundleHash(&mb))
		}
	})
}

func again(t *testing.T, v, fresh any) {
	t.Helper()
	out, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("encode %+v: %v", v, err)
	}
	if err := json.Unmarshal(out, fresh); err != nil {
		t.Fatalf("decode own encoding %s: %v", out, err)
	}
	out2, _ := json.Marshal(fresh)
	if !bytes.Equal(out, out2) {
		t.Fatalf("not stable:\n%s\n%s", out, out2)
	}
}
