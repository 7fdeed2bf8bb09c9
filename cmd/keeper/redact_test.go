package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRedactorWired: secrets read by `config check --keys` are registered
// with the redactor in front of stderr, so even an error that happens to
// quote one (here a keystore path containing the password) prints
// "[redacted]" instead.
func TestRedactorWired(t *testing.T) {
	const password = "s3cret-passphrase-in-a-path"
	dir := filepath.Join(t.TempDir(), password)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "k.toml")
	body := "[chain]\nrpc_url = \"http://127.0.0.1:1\"\nchain_id = 1\n[keys]\nkeystore = \"" + filepath.Join(dir, "missing.json") + "\"\npassword_env = \"PW\"\n"
	if err := os.WriteFile(file, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := keeper(t, map[string]string{"PW": password}, "config", "check", "--keys", file)
	if code != exitFailure {
		t.Fatalf("exit: got %d, want %d (the keystore is missing)", code, exitFailure)
	}
	// stdout is the summary printed before the keys are loaded: it names the
	// keystore path as configured. stderr goes through the redactor.
	if !strings.Contains(out, "keystore") {
		t.Errorf("no summary on stdout:\n%s", out)
	}
	if strings.Contains(errOut, password) {
		t.Errorf("the password reached stderr:\n%s", errOut)
	}
	if !strings.Contains(errOut, "[redacted]") || !strings.Contains(errOut, "missing.json") {
		t.Errorf("stderr: got %q, want the keystore error with the password redacted", errOut)
	}
}
