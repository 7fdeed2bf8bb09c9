package logging

import (
	"bytes"
	"io"
	"strings"
	"sync"
	"testing"
)

const testKey = "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"

func TestRedactor(t *testing.T) {
	txHash := "0x88df016429689c079f3b2f6ad39fa052532c56795b733da78a91ebe6a713944b"
	for _, tc := range []struct {
		name    string
		secrets []string
		line    string
		want    string
	}{
		{"hex key", []string{testKey}, `{"k":"` + testKey + `"}`, `{"k":"[redacted]"}`},
		{"0x form of a bare key", []string{testKey}, "key=0x" + testKey, "key=0x[redacted]"},
		{"bare form of a 0x key", []string{"0x" + testKey}, "key=" + testKey, "key=[redacted]"},
		{"upper case", []string{testKey}, strings.ToUpper(testKey), "[redacted]"},
		{"password", []string{"correct horse"}, "pw=correct horse!", "pw=[redacted]!"},
		{"json-escaped password", []string{`pa"ss\word`}, `{"pw":"pa\"ss\\word"}`, `{"pw":"[redacted]"}`},
		{"tx hash untouched", []string{testKey}, "tx " + txHash, "tx " + txHash},
		{"short value ignored", []string{"abc"}, "abc abcdef", "abc abcdef"},
		{"several", []string{testKey, "hunter2hunter2"}, testKey + " hunter2hunter2", "[redacted] [redacted]"},
		{"nothing registered", nil, testKey, testKey},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			r := NewRedactor(&buf)
			for _, s := range tc.secrets {
				r.Add(s)
			}
			n, err := r.Write([]byte(tc.line))
			if err != nil || n != len(tc.line) {
				t.Fatalf("Write: got %d, %v; want %d, nil", n, err, len(tc.line))
			}
			if got := buf.String(); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestRedactorUnderLogger: a key logged by mistake through a real logger,
// JSON and console, never reaches the output; the rest of the line does.
func TestRedactorUnderLogger(t *testing.T) {
	for _, format := range []string{"json", "console"} {
		var buf bytes.Buffer
		r := NewRedactor(&buf)
		log, err := New(r, "info", format)
		if err != nil {
			t.Fatal(err)
		}
		r.Add("0x" + testKey)
		log.Info().Str("oops", testKey).Str("block_hash", "0xabc").Msg("loaded")
		if out := buf.String(); strings.Contains(out, testKey) || !strings.Contains(out, "0xabc") || !strings.Contains(out, "loaded") {
			t.Errorf("%s: output %q", format, out)
		}
	}
}

func TestRedactorConcurrent(t *testing.T) {
	r := NewRedactor(io.Discard)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(2)
		go func() { defer wg.Done(); r.Add(testKey) }()
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				r.Write([]byte("line " + testKey))
			}
		}()
	}
	wg.Wait()
	if len(r.secrets) != 2 { // lower case as given, and upper case; each once
		t.Errorf("registered forms: got %d, want 2", len(r.secrets))
	}
}

func BenchmarkRedactor(b *testing.B) {
	line := []byte(`{"level":"info","block":19000000,"tx_hash":"0x88df016429689c079f3b2f6ad39fa052532c56795b733da78a91ebe6a713944b","profit_wei":"123456789","time":"2026-01-01T00:00:00Z","message":"bundle sent"}` + "\n")
	for _, n := range []int{0, 2} {
		b.Run([]string{"secrets=0", "", "secrets=2"}[n], func(b *testing.B) {
			r := NewRedactor(io.Discard)
			if n > 0 {
				r.Add(testKey)
				r.Add("a keystore password")
			}
			b.ReportAllocs()
			b.SetBytes(int64(len(line)))
			for b.Loop() {
				r.Write(line)
			}
		})
	}
}
