package relay

import (
	"bufio"
	"context"
	"encoding/hex"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/keeperkit/keeperkit/bundles"
	"github.com/keeperkit/keeperkit/sim/devnet"
)

// repoRoot is where package.json and node_modules are.
func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"node_modules/@flashbots/ethers-provider-bundle", "node_modules/@flashbots/mev-share-client", "node_modules/ethers"} {
		if _, err := os.Stat(filepath.Join(root, p)); err != nil {
			t.Fatalf("%s missing: run `make setup` (npm ci) first", p)
		}
	}
	if _, err := exec.LookPath("node"); err != nil {
		t.Fatal("node not found: install Node.js and run `make setup`")
	}
	return root
}

func keyHex(a devnet.Account) string { return hex.EncodeToString(crypto.FromECDSA(a.Key)) }

// runNode runs relaytest.js mode; on each {"event":"sent"} line it calls
// onSent; it returns the {"event":"done"} object.
func runNode(t *testing.T, ctx context.Context, mode string, env map[string]string, onSent func()) map[string]any {
	t.Helper()
	root := repoRoot(t)
	cmd := exec.CommandContext(ctx, "node", filepath.Join(root, "scripts/relaytest/relaytest.js"), mode)
	cmd.Dir = root
	cmd.Env = os.Environ()
	for k, v := range env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var done map[string]any
	sc := bufio.NewScanner(stdout)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<22)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("node said %q: %v", sc.Text(), err)
		}
		switch m["event"] {
		case "sent":
			onSent()
		case "done":
			done = m
		}
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("node %s: %v\n%s", mode, err, stderr.String())
	}
	if done == nil {
		t.Fatalf("node %s: no result\n%s", mode, stderr.String())
	}
	return done
}

func nodeCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// TestEthersProviderBundle: @flashbots/ethers-provider-bundle simulates,
// sends, waits for inclusion and reads stats through the local relay.
func TestEthersProviderBundle(t *testing.T) {
	e := start(t)
	auth, _ := crypto.GenerateKey()
	a := e.chain.Accounts()[6]
	ctx := nodeCtx(t)
	// ethers' wait() resolves on a block at or after the target; if the
	// target is built before it starts watching, it needs a later one. Keep
	// the chain moving with empty blocks until the client exits.
	stop := make(chan struct{})
	var ticking sync.Once
	tick := func() {
		go func() {
			tk := time.NewTicker(200 * time.Millisecond)
			defer tk.Stop()
			for {
				select {
				case <-stop:
					return
				case <-ctx.Done():
					return
				case <-tk.C:
					e.chain.CommitBlock(ctx, nil) //nolint:errcheck // a missed empty block only delays the client
				}
			}
		}()
	}
	done := runNode(t, ctx, "flashbots", map[string]string{
		"RPC_URL": e.chain.HTTPEndpoint(), "RELAY_URL": e.relay.URL(), "CHAIN_ID": e.chain.ChainID().String(),
		"AUTH_KEY": hex.EncodeToString(crypto.FromECDSA(auth)), "TX_KEY": keyHex(a),
	}, func() {
		if _, err := e.relay.BuildBlock(ctx); err != nil {
			t.Error(err)
		}
		ticking.Do(tick)
	})
	close(stop)
	if done["included"] != true {
		t.Fatalf("client: bundle not included: %v", done)
	}
	target := uint64(done["target"].(float64))
	got := e.blockTxs(target)
	hashes := done["txHashes"].([]any)
	if len(got) != len(hashes) {
		t.Fatalf("block %d: got %v, client sent %v", target, got, hashes)
	}
	raws := make([]common.Hash, len(hashes))
	for i, h := range hashes {
		raws[i] = common.HexToHash(h.(string))
		if got[i] != raws[i] {
			t.Fatalf("tx %d: chain %s, client %s", i, got[i], raws[i])
		}
		r := done["receipts"].([]any)[i].(map[string]any)
		if uint64(r["blockNumber"].(float64)) != target || r["status"].(float64) != 1 {
			t.Fatalf("client receipt %d: %v", i, r)
		}
	}
	bh := common.HexToHash(done["bundleHash"].(string))
	if st, _ := e.relay.Status(bh); st.State != Landed || st.Block != target {
		t.Fatalf("relay status: %+v", st)
	}
	if sim := done["sim"].(map[string]any); sim["bundleHash"] != bh.Hex() || sim["totalGasUsed"].(float64) != 42000 || sim["gasFees"] != "105000000000000" {
		t.Fatalf("client simulate view: %v", sim)
	}
	if bad, _ := done["badError"].(map[string]any); bad == nil || !strings.Contains(bad["message"].(string), "block param in the past") {
		t.Fatalf("client's past-target bundle: got %v", done["badError"])
	}
	if stats := done["stats"].(map[string]any); stats["isSimulated"] != true {
		t.Fatalf("client stats: %v", stats)
	}
	if user := done["user"].(map[string]any); user["allTimeValidatorPayments"] != "105000000000000" {
		t.Fatalf("client user stats: %v", user)
	}
}

// TestMevShareClient: @flashbots/mev-share-client sends a hinted bundle,
// reads its hint from the relay's event stream, simulates and sends a
// backrun by hash; the chain has user tx then backrun.
func TestMevShareClient(t *testing.T) {
	e := start(t)
	auth, _ := crypto.GenerateKey()
	user, searcher := e.chain.Accounts()[7], e.chain.Accounts()[8]
	ctx := nodeCtx(t)
	done := runNode(t, ctx, "mevshare", map[string]string{
		"RPC_URL": e.chain.HTTPEndpoint(), "RELAY_URL": e.relay.URL(), "CHAIN_ID": e.chain.ChainID().String(),
		"AUTH_KEY": hex.EncodeToString(crypto.FromECDSA(auth)), "TX_KEY": keyHex(searcher), "USER_KEY": keyHex(user),
	}, func() {
		if _, err := e.relay.BuildBlock(ctx); err != nil {
			t.Error(err)
		}
	})
	userTx, backTx := common.HexToHash(done["userTxHash"].(string)), common.HexToHash(done["backrunTxHash"].(string))
	if common.HexToHash(done["userBundleHash"].(string)) != userTx {
		t.Fatalf("user bundle hash: got %v, want the tx hash %s", done["userBundleHash"], userTx)
	}
	hint := done["hint"].(map[string]any)
	if hint["hash"] != bundles.MatchingHash(userTx).Hex() || hint["to"] != "0x00000000000000000000000000000000000000bb" || hint["functionSelector"] != "0x00000000" {
		t.Fatalf("client hint: %v", hint)
	}
	target := uint64(done["target"].(float64))
	got := e.blockTxs(target)
	if len(got) != 2 || got[0] != userTx || got[1] != backTx || uint64(done["backrunBlock"].(float64)) != target || done["backrunStatus"].(float64) != 1 {
		t.Fatalf("chain block %d %v, client view %v", target, got, done)
	}
	if sim := done["sim"].(map[string]any); sim["success"] != true || sim["gasUsed"] != "42000" {
		t.Fatalf("client sim view: %v", sim)
	}
	if st, _ := e.relay.Status(common.HexToHash(done["backrunBundleHash"].(string))); st.State != Landed {
		t.Fatalf("relay status of the backrun: %+v", st)
	}
}

// TestSignatureInterop: our header verifies with ethers.verifyMessage, and
// ethers' header (the real clients' algorithm) verifies with ours.
func TestSignatureInterop(t *testing.T) {
	ctx := nodeCtx(t)
	k, _ := crypto.GenerateKey()
	id := bundles.NewIdentity(k)
	body := `{"jsonrpc":"2.0","id":42,"method":"eth_sendBundle","params":[{"txs":["0x02"],"blockNumber":"0x10"}]}`
	ours, err := id.Sign([]byte(body))
	if err != nil {
		t.Fatal(err)
	}
	v := runNode(t, ctx, "verify", map[string]string{"HEADER": ours, "BODY": body}, func() {})
	if v["address"] != id.Address().Hex() {
		t.Fatalf("ethers.verifyMessage of our header: got %v, want %s", v["address"], id.Address())
	}
	s := runNode(t, ctx, "sign", map[string]string{"AUTH_KEY": hex.EncodeToString(crypto.FromECDSA(k)), "BODY": body}, func() {})
	theirs := s["header"].(string)
	if theirs != ours {
		t.Fatalf("ethers header %s, ours %s (both deterministic RFC 6979)", theirs, ours)
	}
	got, err := bundles.Verify(theirs, []byte(body))
	if err != nil || got != id.Address() {
		t.Fatalf("Verify(ethers header): got %s, %v, want %s", got, err, id.Address())
	}
}
