package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

// syncBuffer is a bytes.Buffer safe for a command writing while the test reads.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}
func (s *syncBuffer) String() string { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

func keeper(t *testing.T, env map[string]string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut syncBuffer
	code = run(context.Background(), append([]string{"keeper"}, args...), &out, &errOut, func(k string) string { return env[k] })
	return code, out.String(), errOut.String()
}

func TestConfigCheckExample(t *testing.T) {
	code, out, errOut := keeper(t, nil, "config", "check", "../../configs/keeper.example.toml")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"ok", "id 1337", "relay:      local (flashbots)", "127.0.0.1:9464"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestConfigCheckBad(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.toml")
	os.WriteFile(bad, []byte("[chain]\nrpc_url = \"ftp://node\"\nchain_id = 1\n[relays.fb]\nurll = \"x\"\n"), 0o600)
	code, _, errOut := keeper(t, nil, "config", "check", bad)
	if code != 1 {
		t.Errorf("exit: got %d, want 1", code)
	}
	for _, want := range []string{"chain.rpc_url", `"ftp://node"`, "relays.fb.urll", "line 5"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	if code, _, _ := keeper(t, nil, "config", "check"); code != 2 {
		t.Errorf("no FILE: exit %d, want 2", code)
	}
}

func TestHelpAndVersion(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"devnet", "--help"}, {"config", "check", "--help"}, {"demo", "--help"}} {
		code, out, _ := keeper(t, nil, args...)
		if code != 0 || !strings.Contains(out, "USAGE") {
			t.Errorf("%v: exit %d, output %q", args, code, out)
		}
	}
	code, out, _ := keeper(t, nil, "version")
	if code != 0 || !strings.HasPrefix(out, "keeper dev (go") {
		t.Errorf("version: exit %d, output %q", code, out)
	}
	if code, _, errOut := keeper(t, nil, "--log-level", "loud", "version"); code != 2 || !strings.Contains(errOut, `"loud"`) {
		t.Errorf("bad log level: exit %d, stderr %q", code, errOut)
	}
}

// TestDevnetCommand runs `keeper devnet` in-process, talks to the URL it
// prints, then cancels it as Ctrl-C would.
func TestDevnetCommand(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var out, errOut syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"keeper", "devnet", "--http-port", "0", "--ws-port", "0", "--chain-id", "777"}, &out, &errOut, func(string) string { return "" })
	}()
	re := regexp.MustCompile(`http: (\S+)`)
	deadline := time.Now().Add(20 * time.Second)
	var url string
	for url == "" {
		if m := re.FindStringSubmatch(out.String()); m != nil {
			url = m[1]
		} else if time.Now().After(deadline) {
			t.Fatalf("no URL printed; stdout %q stderr %q", out.String(), errOut.String())
		} else {
			time.Sleep(5 * time.Millisecond)
		}
	}
	c, err := ethclient.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	id, err := c.ChainID(context.Background())
	if err != nil || id.Int64() != 777 {
		t.Errorf("eth_chainId over the printed URL: %v %v, want 777", id, err)
	}
	c.Close()
	if !regexp.MustCompile(`relay: http://127\.0\.0\.1:\d+`).MatchString(out.String()) {
		t.Errorf("no relay URL printed:\n%s", out.String())
	}
	if !strings.Contains(out.String(), "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80") {
		t.Error("the well-known test account 0 key is not printed")
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("exit after cancel: %d, stderr %s", code, errOut.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("devnet did not stop on cancel")
	}
}

// TestSecretsNeverLogged drives the real config and key-loading paths with
// a keystore password, a private key and a raw signed transaction present,
// at trace level, and checks no output line holds any of them.
func TestSecretsNeverLogged(t *testing.T) {
	dir := t.TempDir()
	key, _ := crypto.GenerateKey()
	const password = "correct-horse-battery-staple-42"
	ks := keystore.NewKeyStore(dir, keystore.LightScryptN, keystore.LightScryptP)
	acc, err := ks.ImportECDSA(key, password)
	if err != nil {
		t.Fatal(err)
	}
	rawKey := hex.EncodeToString(crypto.FromECDSA(key))
	searcher, _ := crypto.GenerateKey()
	searcherHex := hex.EncodeToString(crypto.FromECDSA(searcher))
	to := common.HexToAddress("0x1234")
	tx, _ := types.SignNewTx(key, types.LatestSignerForChainID(big.NewInt(1)), &types.DynamicFeeTx{ChainID: big.NewInt(1), Gas: 21000, To: &to, GasFeeCap: big.NewInt(1), GasTipCap: big.NewInt(1)})
	rawTx, _ := tx.MarshalBinary()
	rawTxHex := hex.EncodeToString(rawTx)

	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(body), 0o600)
		return p
	}
	base := "[chain]\nrpc_url = \"http://127.0.0.1:1\"\nchain_id = 1\n[log]\nlevel = \"trace\"\n"
	cases := []struct {
		name string
		file string
		env  map[string]string
		args []string
	}{
		{"keystore with password env", write("a.toml", base+"[keys]\nkeystore = \""+acc.URL.Path+"\"\npassword_env = \"PW\"\n"),
			map[string]string{"PW": password, "KEEPER_SEARCHER_KEY": searcherHex}, []string{"--keys"}},
		{"keystore with password file", write("b.toml", base+"[keys]\nkeystore = \""+acc.URL.Path+"\"\npassword_file = \""+write("pw", password+"\n")+"\"\n"),
			nil, []string{"--keys", "--json"}},
		{"wrong password", write("c.toml", base+"[keys]\nkeystore = \""+acc.URL.Path+"\"\npassword_env = \"PW\"\n"),
			map[string]string{"PW": password + "x"}, []string{"--keys"}},
		{"raw key from env", write("d.toml", base), map[string]string{"KEEPER_PRIVATE_KEY": "0x" + rawKey}, []string{"--keys"}},
		{"malformed raw key", write("e.toml", base), map[string]string{"KEEPER_PRIVATE_KEY": rawKey[:60] + "zz"}, []string{"--keys"}},
		{"secrets pasted into the file", write("f.toml", base+"[keys]\nprivate_key = \"0x"+rawKey+"\"\npassword = \""+password+"\"\n[executor]\nraw_tx = \"0x"+rawTxHex+"\"\n"),
			nil, []string{"--keys"}},
		{"secrets in a strategy section", write("g.toml", base+"[strategies.x]\nsigned = \"0x"+rawTxHex+"\"\n"),
			map[string]string{"KEEPER_PRIVATE_KEY": rawKey}, []string{"--keys", "--json"}},
	}
	secrets := []string{password, rawKey, rawKey[:60], searcherHex, rawTxHex}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"--log-level", "trace", "config", "check"}, tc.args...)
			_, out, errOut := keeper(t, tc.env, append(args, tc.file)...)
			if out+errOut == "" {
				t.Fatal("no output at all: the test would prove nothing")
			}
			sc := bufio.NewScanner(strings.NewReader(out + "\n" + errOut))
			for sc.Scan() {
				line := strings.ToLower(sc.Text())
				for _, s := range secrets {
					if strings.Contains(line, strings.ToLower(s)) {
						t.Errorf("a secret appears in the output: %q", sc.Text())
					}
				}
			}
		})
	}
	// The signer address itself is fine to print, and must be (operators check it).
	_, out, _ := keeper(t, map[string]string{"PW": password}, "config", "check", "--keys", cases[0].file)
	if !strings.Contains(out, acc.Address.Hex()) {
		t.Errorf("signer address not printed:\n%s", out)
	}
}

func TestNewStrategyCommand(t *testing.T) {
	dir := t.TempDir()
	code, out, errOut := keeper(t, nil, "new-strategy", "--dir", dir, "my_liq")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, f := range []string{"my_liq.go", "config.go", "my_liq_test.go", "README.md"} {
		if _, err := os.Stat(filepath.Join(dir, "my_liq", f)); err != nil {
			t.Errorf("%s not written: %v (output %s)", f, err, out)
		}
	}
	if code, _, errOut := keeper(t, nil, "new-strategy", "--dir", dir, "my_liq"); code != 1 || !strings.Contains(errOut, "exists") {
		t.Errorf("second run: exit %d, stderr %q; want 1 and 'exists'", code, errOut)
	}
	if code, _, errOut := keeper(t, nil, "new-strategy", "--dir", dir, "Bad-Name"); code != 1 || !strings.Contains(errOut, `"Bad-Name"`) {
		t.Errorf("bad name: exit %d, stderr %q", code, errOut)
	}
}

func TestDevnetScenario(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	book := filepath.Join(t.TempDir(), "book.json")
	var out, errOut syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"keeper", "devnet", "--http-port", "0", "--ws-port", "0", "--scenario", "../../configs/scenarios/demo.toml", "--addresses-out", book}, &out, &errOut, func(string) string { return "" })
	}()
	deadline := time.Now().Add(60 * time.Second)
	for !strings.Contains(out.String(), "http: ") {
		select {
		case code := <-done:
			t.Fatalf("exited %d: %s", code, errOut.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("no URL; stdout %q", out.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
	b, err := os.ReadFile(book)
	if err != nil {
		t.Fatal(err)
	}
	var ab struct {
		Aave struct {
			Pool common.Address `json:"pool"`
		} `json:"aave"`
	}
	if err := json.Unmarshal(b, &ab); err != nil || ab.Aave.Pool == (common.Address{}) {
		t.Fatalf("address book: %v %s", err, b)
	}
	url := regexp.MustCompile(`http: (\S+)`).FindStringSubmatch(out.String())[1]
	c, err := ethclient.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	code, err := c.CodeAt(context.Background(), ab.Aave.Pool, nil)
	if err != nil || len(code) == 0 {
		t.Errorf("no code at the printed Aave pool %s: %v", ab.Aave.Pool, err)
	}
	cancel()
	<-done
}
