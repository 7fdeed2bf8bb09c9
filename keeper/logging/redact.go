package logging

import (
	"bytes"
	"encoding/json"
	"io"
	"strings"
	"sync"
)

// minSecretLen: shorter values are not registered; scrubbing them would
// mangle ordinary words and numbers in log lines.
const minSecretLen = 8

// Redactor is a last line of defence in front of the log output: it
// replaces the exact secret values registered with Add (the signing key,
// the keystore password) by "[redacted]". It does not guess: transaction
// hashes, storage slots and addresses, which operators need, pass through.
// Keeping secrets out of log calls (config.Secret) remains the first rule.
//
// Wrap the final writer, outside any console formatting:
// logging.New(logging.NewRedactor(os.Stderr), level, format). zerolog
// writes one whole line per Write, so a secret never spans two writes.
type Redactor struct {
	w io.Writer

	mu      sync.RWMutex // guards secrets
	secrets [][]byte     // forms to replace, longest first
}

// NewRedactor returns a Redactor writing to w.
func NewRedactor(w io.Writer) *Redactor { return &Redactor{w: w} }

// Add registers a secret. Hex values (with or without 0x) are also matched
// in upper and lower case, with and without the prefix; other values also in
// their JSON-escaped form. Values shorter than 8 bytes are ignored.
func (r *Redactor) Add(secret string) {
	if len(secret) < minSecretLen {
		return
	}
	forms := []string{secret}
	if h := strings.TrimPrefix(strings.ToLower(secret), "0x"); isHex(h) && len(h) >= minSecretLen {
		forms = append(forms, h, strings.ToUpper(h))
	}
	if b, err := json.Marshal(secret); err == nil {
		forms = append(forms, string(b[1:len(b)-1]))
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, f := range forms {
		r.addLocked([]byte(f))
	}
}

func (r *Redactor) addLocked(f []byte) {
	for _, s := range r.secrets {
		if bytes.Equal(s, f) {
			return
		}
	}
	i := len(r.secrets)
	for i > 0 && len(r.secrets[i-1]) < len(f) {
		i--
	}
	r.secrets = append(r.secrets, nil)
	copy(r.secrets[i+1:], r.secrets[i:])
	r.secrets[i] = f
}

var redactedBytes = []byte("[redacted]")

// Write writes p to the underlying writer with every registered secret
// replaced. It reports len(p) written on success, as io.Writer requires.
func (r *Redactor) Write(p []byte) (int, error) {
	r.mu.RLock()
	out := p
	for _, s := range r.secrets {
		if len(s) > 0 && bytes.Contains(out, s) {
			out = bytes.ReplaceAll(out, s, redactedBytes)
		}
	}
	r.mu.RUnlock()
	if _, err := r.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}

func isHex(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}
