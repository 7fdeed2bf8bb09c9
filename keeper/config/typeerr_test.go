package config

import (
	"errors"
	"strings"
	"testing"
)

// TestTypeErrors: a value of the wrong TOML type names the key path, the
// value as written and its line, like every other error.
func TestTypeErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		src  string
		want []string
	}{
		{"string for integer", "[chain]\nrpc_url = \"http://a\"\nchain_id = \"one\" # the chain\n",
			[]string{"chain.chain_id", `= "one"`, "line 3", "want an integer, got a string"}},
		{"float for integer", "[chain]\nrpc_url = \"http://a\"\nchain_id = 1.5\n",
			[]string{"chain.chain_id", "= 1.5", "line 3", "want an integer, got a float"}},
		{"string for bool", minimal + "[metrics]\nenabled = \"yes\"\n",
			[]string{"metrics.enabled", `= "yes"`, "line 6", "want a boolean"}},
		{"integer for string", minimal + "[executor]\naddress = 12\n",
			[]string{"executor.address", "= 12", "line 6", "want a string, got an integer"}},
		{"string for retries", minimal + "[relays.fb]\nurl = \"https://x\"\nretries = \"2\"\n",
			[]string{"relays.fb.retries", `= "2"`, "line 7", "want an integer"}},
		{"scalar for table", "chain = 5\n", []string{"chain", "= 5", "line 1", "want a table"}},
		{"array for string", minimal + "[log]\nlevel = [\"info\"]\n", []string{"log.level", `= ["info"]`, "line 6", "want a string, got an array"}},
		{"dotted key", "chain.rpc_url = \"http://a\"\nchain.chain_id = true\n", []string{"chain.chain_id", "= true", "line 2", "want an integer"}},
		{"quoted relay name", minimal + "[relays.\"f.b\"]\nurl = \"https://x\"\nretries = 1.0\n", []string{`relays."f.b".retries`, "= 1.0", "line 7"}},
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

// TestPastedKeyNotEchoed: a private key pasted unquoted or quoted where a
// value of another type belongs is not repeated in the error.
func TestPastedKeyNotEchoed(t *testing.T) {
	const key = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
	for _, src := range []string{
		minimal + "[metrics]\nenabled = \"0x" + key + "\"\n",
		minimal + "[metrics]\nenabled = \"" + key + "\"\n",
		minimal + "[executor]\nmax_gas_price_gwei = \"" + key + "\"\n",
		minimal + "[executor]\naddress = 0x" + key + "\n",
		minimal + "[keys]\nkeystore = 0x" + key + "\n",
		"[chain]\nrpc_url = \"http://a\"\nchain_id = 0x" + key + "\n",
		minimal + "[executor]\naddress = \"0x" + key + "\"\n",
		"[chain]\nrpc_url = \"ftp://node/" + key + "\"\nchain_id = 1\n",
		minimal + "[executor]\nmin_profit_wei = \"" + key + "\"\n",
	} {
		_, err := Parse(src)
		if err == nil {
			t.Fatalf("%q: got nil error", src)
		}
		if strings.Contains(strings.ToLower(err.Error()), key) {
			t.Errorf("the key is echoed: %v", err)
		}
	}
}

// TestExplicitZero: writing a key with the zero value is out of range, not
// a silent request for the default.
func TestExplicitZero(t *testing.T) {
	for _, tc := range []struct {
		name string
		src  string
		want []string
	}{
		{"max gas price", minimal + "[executor]\nmax_gas_price_gwei = 0\n", []string{"executor.max_gas_price_gwei = 0", "line 6", "1..100000"}},
		{"blocks ahead", minimal + "[executor]\nblocks_ahead = 0\n", []string{"executor.blocks_ahead = 0", "1..25"}},
		{"reserve blocks", minimal + "[executor]\nreserve_blocks = 0\n", []string{"executor.reserve_blocks = 0", "1..256"}},
		{"relay timeout", minimal + "[relays.r]\nurl = \"https://r\"\ntimeout = \"0s\"\n", []string{"relays.r.timeout = \"0s\"", "line 7", "10ms..60s"}},
		{"relay kind", minimal + "[relays.r]\nurl = \"https://r\"\nkind = \"\"\n", []string{"relays.r.kind = \"\"", "line 7"}},
		{"queue size", minimal + "[runtime]\nqueue_size = 0\n", []string{"runtime.queue_size = 0", "1..1000000"}},
		{"block deadline", minimal + "[runtime]\nblock_deadline = \"0ms\"\n", []string{"runtime.block_deadline = \"0s\""}},
		{"poll interval", minimal + "[source]\npoll_interval = \"0s\"\n", []string{"source.poll_interval = \"0s\""}},
		{"negative reconnect min", minimal + "[source]\nreconnect_min = \"-1s\"\n", []string{"source.reconnect_min = \"-1s\"", "line 6"}},
		{"logs confirm zero", minimal + "[source]\nlogs_confirm_after = \"0s\"\n", []string{"source.logs_confirm_after = \"0s\"", "line 6", "1ms..10s"}},
		{"logs confirm under a millisecond", minimal + "[source]\nlogs_confirm_after = \"500us\"\n", []string{"source.logs_confirm_after = \"500µs\"", "1ms..10s"}},
		{"logs confirm too long", minimal + "[source]\nlogs_confirm_after = \"1m\"\n", []string{"source.logs_confirm_after = \"1m0s\"", "1ms..10s"}},
		{"logs push not a bool", minimal + "[source]\nlogs_push = \"yes\"\n", []string{"source.logs_push", "line 6"}},
		{"log level", minimal + "[log]\nlevel = \"\"\n", []string{"log.level = \"\"", "line 6"}},
		{"log format", minimal + "[log]\nformat = \"\"\n", []string{"log.format = \"\""}},
		{"metrics addr", minimal + "[metrics]\naddr = \"\"\n", []string{"metrics.addr = \"\""}},
		{"metrics port", minimal + "[metrics]\naddr = \"127.0.0.1:99999\"\n", []string{"metrics.addr = \"127.0.0.1:99999\"", "0..65535"}},
		{"journal path", minimal + "[journal]\npath = \"\"\n", []string{"journal.path = \"\""}},
		{"password env", minimal + "[keys]\npassword_env = \"\"\n", []string{"keys.password_env = \"\""}},
		{"strategy array of tables", minimal + "[[strategies.y]]\nx = 1\n", []string{"strategies.y", "line 5", "got an array of tables"}},
		{"strategy not a table", minimal + "[strategies]\nx = 1\n", []string{"strategies.x", "line 6", "[strategies.x] section, got an integer"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(tc.src)
			if err == nil {
				t.Fatalf("got nil error, want one containing %q", tc.want)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
	// Leaving the keys out still gives the defaults.
	c, err := Parse(minimal + "[executor]\n[runtime]\n[log]\n")
	if err != nil {
		t.Fatal(err)
	}
	if c.Executor.MaxGasPriceGwei != 500 || c.Runtime.QueueSize != 256 || c.Log.Level != "info" {
		t.Errorf("defaults: got gas %d queue %d level %q, want 500 256 info", c.Executor.MaxGasPriceGwei, c.Runtime.QueueSize, c.Log.Level)
	}
}

func TestDecodeStrategyTypeError(t *testing.T) {
	c, err := Parse(minimal + "[strategies.arb]\nhops = \"three\"\n")
	if err != nil {
		t.Fatal(err)
	}
	var arb struct {
		Hops int `toml:"hops"`
	}
	err = c.DecodeStrategy("arb", &arb)
	for _, w := range []string{"strategies.arb.hops", `"three"`, "line 6", "want an integer, got a string"} {
		if err == nil || !strings.Contains(err.Error(), w) {
			t.Errorf("got %v, want an error containing %q", err, w)
		}
	}
}
