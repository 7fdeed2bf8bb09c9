package config

import (
	"context"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
)

const minimal = `
[chain]
rpc_url = "http://127.0.0.1:8545"
chain_id = 1
`

func TestExampleFile(t *testing.T) {
	c, err := Load("../../configs/keeper.example.toml")
	if err != nil {
		t.Fatal(err)
	}
	if c.Chain.ChainID != 1337 || len(c.Relays) != 2 || c.Relays["mevshare"].Kind != RelayMevShare {
		t.Errorf("decoded: chain %d, relays %v", c.Chain.ChainID, c.Relays)
	}
	if got := c.StrategyNames(); strings.Join(got, ",") != "arbitrage,liquidation" {
		t.Errorf("strategies: got %v", got)
	}
}

func TestDefaults(t *testing.T) {
	c, err := Parse(minimal + "[relays.a]\nurl = \"https://relay.example\"\n")
	if err != nil {
		t.Fatal(err)
	}
	r := c.Relays["a"]
	for _, tc := range []struct {
		name      string
		got, want any
	}{
		{"relay kind", r.Kind, RelayFlashbots},
		{"relay timeout", r.Timeout.String(), "2s"},
		{"relay retries", *r.Retries, 2},
		{"metrics addr", c.Metrics.Addr, "127.0.0.1:9464"},
		{"tip bps", *c.Executor.BuilderTipBps, int64(5000)},
		{"reserve nonces", *c.Executor.ReserveNonces, int64(32)},
		{"reserve blocks", c.Executor.ReserveBlocks, int64(8)},
		{"queue", c.Runtime.QueueSize, int64(256)},
		{"log", c.Log.Format, "json"},
		{"password env", c.Keys.PasswordEnv, EnvKeystorePassword},
	} {
		if tc.got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.name, tc.got, tc.want)
		}
	}
}

// TestBadInput: every class of bad input names the key path and the bad
// value (and the line, where the file gives it).
func TestBadInput(t *testing.T) {
	for _, tc := range []struct {
		name string
		src  string
		want []string // all must appear in the error
	}{
		{"unknown top-level key", minimal + "colour = \"red\"\n", []string{"colour", "unknown key", "line 5"}},
		{"unknown nested key", minimal + "[relays.fb]\nurl = \"https://r.example\"\nurll = \"x\"\n", []string{"relays.fb.urll", "unknown key", "line 7"}},
		{"secret in file", minimal + "[keys]\nprivate_key = \"0xabc\"\n", []string{"keys.private_key", "KEEPER_PRIVATE_KEY"}},
		{"wrong type", "[chain]\nrpc_url = \"http://a\"\nchain_id = \"one\"\n", []string{"chain.chain_id", "line 3", "string"}},
		{"syntax", "[chain\nrpc_url = 1\n", []string{"line 2", "table name"}},
		{"missing rpc", "[chain]\nchain_id = 1\n", []string{"chain.rpc_url", "required"}},
		{"missing chain id", "[chain]\nrpc_url = \"http://a\"\n", []string{"chain.chain_id", "required"}},
		{"negative chain id", "[chain]\nrpc_url = \"http://a\"\nchain_id = -5\n", []string{"chain.chain_id", "-5", "line 3"}},
		{"rpc scheme", "[chain]\nrpc_url = \"ftp://a\"\nchain_id = 1\n", []string{"chain.rpc_url", `"ftp://a"`, "http or https"}},
		{"ws scheme", minimal + "[chain.x]\n", []string{"chain.x"}},
		{"ws url", "[chain]\nrpc_url = \"http://a\"\nws_url = \"http://a\"\nchain_id = 1\n", []string{"chain.ws_url", `"http://a"`, "ws or wss"}},
		{"url without host", minimal + "[relays.r]\nurl = \"https://\"\n", []string{"relays.r.url", "host"}},
		{"relay kind", minimal + "[relays.r]\nurl = \"https://r\"\nkind = \"bloxroute\"\n", []string{"relays.r.kind", `"bloxroute"`}},
		{"relay timeout range", minimal + "[relays.r]\nurl = \"https://r\"\ntimeout = \"5m\"\n", []string{"relays.r.timeout", "5m0s", "10ms..60s"}},
		{"bad duration", minimal + "[relays.r]\nurl = \"https://r\"\ntimeout = \"soon\"\n", []string{"relays.r.timeout", `"soon"`}},
		{"retries range", minimal + "[relays.r]\nurl = \"https://r\"\nretries = 99\n", []string{"relays.r.retries", "99", "0..10"}},
		{"address hex", minimal + "[executor]\naddress = \"0x12\"\n", []string{"executor.address", `"0x12"`, "40 hex"}},
		{"address checksum", minimal + "[executor]\naddress = \"0x5FbDB2315678afecb367f032d93F642f64180aA3\"\n", []string{"executor.address", "EIP-55", "0x5FbDB2315678afecb367f032d93F642f64180aa3"}},
		{"tip bps range", minimal + "[executor]\nbuilder_tip_bps = 12000\n", []string{"executor.builder_tip_bps", "12000", "0..10000"}},
		{"min profit", minimal + "[executor]\nmin_profit_wei = \"1.5\"\n", []string{"executor.min_profit_wei", `"1.5"`}},
		{"gas price", minimal + "[executor]\nmax_gas_price_gwei = -1\n", []string{"executor.max_gas_price_gwei", "-1"}},
		{"reserve nonces", minimal + "[executor]\nreserve_nonces = 5000\n", []string{"executor.reserve_nonces", "5000", "0..1024"}},
		{"reserve blocks", minimal + "[executor]\nreserve_blocks = 300\n", []string{"executor.reserve_blocks", "300", "1..256"}},
		{"queue size", minimal + "[runtime]\nqueue_size = -1\n", []string{"runtime.queue_size", "-1"}},
		{"deadline", minimal + "[runtime]\nblock_deadline = \"2h\"\n", []string{"runtime.block_deadline", "2h0m0s"}},
		{"concurrency", minimal + "[runtime]\nconcurrency = -2\n", []string{"runtime.concurrency", "-2"}},
		{"log level", minimal + "[log]\nlevel = \"loud\"\n", []string{"log.level", `"loud"`, "line 6"}},
		{"metrics addr", minimal + "[metrics]\naddr = \"9464\"\n", []string{"metrics.addr", `"9464"`}},
		{"env name", minimal + "[keys]\npassword_env = \"MY VAR\"\n", []string{"keys.password_env", `"MY VAR"`}},
		{"strategy name", minimal + "[strategies.Big]\n", []string{"strategies.Big"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(tc.src)
			if err == nil {
				t.Fatalf("got nil error, want one containing %q", tc.want)
			}
			if !errors.Is(err, ErrInvalid) {
				t.Errorf("error %v does not wrap ErrInvalid", err)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
}

func TestAllErrorsReported(t *testing.T) {
	_, err := Parse("[chain]\nrpc_url = \"ftp://a\"\nchain_id = 0\n[log]\nlevel = \"x\"\n")
	for _, w := range []string{"chain.rpc_url", "chain.chain_id", "log.level"} {
		if err == nil || !strings.Contains(err.Error(), w) {
			t.Errorf("error %v lacks %s: every bad key must be reported at once", err, w)
		}
	}
}

func TestDecodeStrategy(t *testing.T) {
	c, err := Parse(minimal + "[strategies.liq]\nmin_profit = 5\nmarket = \"aave\"\n\n[strategies.arb]\nhops = 3\ntypo = 1\n")
	if err != nil {
		t.Fatal(err)
	}
	var liq struct {
		MinProfit int64  `toml:"min_profit"`
		Market    string `toml:"market"`
	}
	if err := c.DecodeStrategy("liq", &liq); err != nil {
		t.Fatal(err)
	}
	if liq.MinProfit != 5 || liq.Market != "aave" {
		t.Errorf("decoded %+v", liq)
	}
	var arb struct {
		Hops int `toml:"hops"`
	}
	err = c.DecodeStrategy("arb", &arb)
	if err == nil || !strings.Contains(err.Error(), "strategies.arb.typo") || !strings.Contains(err.Error(), "line 11") {
		t.Errorf("unknown strategy key: got %v, want an error naming strategies.arb.typo at line 11", err)
	}
	var wrong struct {
		Hops string `toml:"hops"`
	}
	if err := c.DecodeStrategy("arb", &wrong); err == nil || !strings.Contains(err.Error(), "strategies.arb") {
		t.Errorf("wrong type: got %v", err)
	}
}

type fakeNode struct{ id int64 }

func (f fakeNode) ChainID(context.Context) (*big.Int, error) { return big.NewInt(f.id), nil }

func TestCheckChainID(t *testing.T) {
	c, err := Parse(minimal)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.CheckChainID(context.Background(), fakeNode{1}); err != nil {
		t.Errorf("matching chain: %v", err)
	}
	err = c.CheckChainID(context.Background(), fakeNode{5})
	if err == nil || !strings.Contains(err.Error(), "chain.chain_id = 1") || !strings.Contains(err.Error(), "reports chain ID 5") || !strings.Contains(err.Error(), "line 4") {
		t.Errorf("mismatch: got %v", err)
	}
}

func TestSecretNeverPrints(t *testing.T) {
	s := Secret("hunter2")
	for _, got := range []string{s.String(), sprintf("%v|%s|%q|%+v|%#v|%x", s, s, s, s, s, s), string(must(s.MarshalJSON())), string(must(s.MarshalText()))} {
		if strings.Contains(got, "hunter2") {
			t.Errorf("secret printed: %s", got)
		}
	}
	if s.Reveal() != "hunter2" {
		t.Error("Reveal lost the value")
	}
}

func TestKeys(t *testing.T) {
	dir := t.TempDir()
	key, _ := crypto.GenerateKey()
	ks := keystore.NewKeyStore(dir, keystore.LightScryptN, keystore.LightScryptP)
	acc, err := ks.ImportECDSA(key, "pw-s3cret")
	if err != nil {
		t.Fatal(err)
	}
	pwFile := filepath.Join(dir, "pw")
	os.WriteFile(pwFile, []byte("pw-s3cret\n"), 0o600)
	env := func(m map[string]string) Getenv { return func(k string) string { return m[k] } }
	hexKey := "0x" + strings.TrimPrefix(hexOf(crypto.FromECDSA(key)), "0x")

	for _, tc := range []struct {
		name    string
		keys    KeysConfig
		env     map[string]string
		wantErr string
	}{
		{"keystore + file", KeysConfig{Keystore: acc.URL.Path, PasswordFile: pwFile}, nil, ""},
		{"keystore + env", KeysConfig{Keystore: acc.URL.Path, PasswordEnv: "PW"}, map[string]string{"PW": "pw-s3cret"}, ""},
		{"env key", KeysConfig{}, map[string]string{EnvPrivateKey: hexKey}, ""},
		{"wrong password", KeysConfig{Keystore: acc.URL.Path, PasswordEnv: "PW"}, map[string]string{"PW": "nope-wrong"}, "could not decrypt"},
		{"no password", KeysConfig{Keystore: acc.URL.Path, PasswordEnv: "PW"}, nil, "PW"},
		{"missing keystore", KeysConfig{Keystore: filepath.Join(dir, "none.json")}, nil, "none.json"},
		{"bad env key", KeysConfig{}, map[string]string{EnvPrivateKey: "0xdeadbeefzz"}, EnvPrivateKey},
		{"nothing", KeysConfig{}, nil, "no signing key"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.keys.SigningKey(env(tc.env))
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("got %v, want an error containing %q", err, tc.wantErr)
				}
				for _, secret := range []string{"pw-s3cret", "nope-wrong", "deadbeefzz", strings.TrimPrefix(hexKey, "0x")} {
					if strings.Contains(err.Error(), secret) {
						t.Errorf("error leaks a secret: %v", err)
					}
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if crypto.PubkeyToAddress(got.PublicKey) != acc.Address {
				t.Errorf("key address: got %s, want %s", crypto.PubkeyToAddress(got.PublicKey), acc.Address)
			}
		})
	}
	sk, err := KeysConfig{SearcherKeyEnv: "S"}.SearcherKey(env(nil))
	if sk != nil || err != nil {
		t.Errorf("no searcher key: got %v, %v; want nil, nil (random identity)", sk, err)
	}
}

func TestSummaryRedactsURLs(t *testing.T) {
	c, err := Parse("[chain]\nrpc_url = \"https://user:pa55@node.example/v2?apikey=k3y\"\nchain_id = 1\n")
	if err != nil {
		t.Fatal(err)
	}
	s := sprintf("%+v", c.Summary())
	for _, secret := range []string{"pa55", "k3y"} {
		if strings.Contains(s, secret) {
			t.Errorf("summary leaks %q: %s", secret, s)
		}
	}
	if !strings.Contains(s, "node.example") {
		t.Errorf("summary lost the host: %s", s)
	}
}
