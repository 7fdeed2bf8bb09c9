package main

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/keeperkit/keeperkit/abis/bindings/keeperexecutor"
	"github.com/keeperkit/keeperkit/bundles/relay"
	"github.com/keeperkit/keeperkit/sim/devnet"
)

// TestRunLandsLiquidation runs `keeper run` against the demo world on a
// devnet with the local relay: after the timeline's ETH drop the keeper's
// own engine (heads over WebSocket, runtime, strategy, executor, relay
// client) gets a liquidation into a block.
func TestRunLandsLiquidation(t *testing.T) {
	ctx := context.Background()
	node := devnet.StartT(t)
	sc, err := devnet.LoadScenario("../../configs/scenarios/demo.toml")
	if err != nil {
		t.Fatal(err)
	}
	w, err := devnet.Build(ctx, node, sc)
	if err != nil {
		t.Fatal(err)
	}
	keeperAcc := node.Accounts()[9]
	ex := keeperexecutor.NewKeeperExecutor()
	code := append(hexutil.MustDecode(keeperexecutor.KeeperExecutorMetaData.Bin), ex.PackConstructor(keeperAcc.Address)...)
	executor, _, err := devnet.Deploy(ctx, node, keeperAcc, code)
	if err != nil {
		t.Fatal(err)
	}
	rl := relay.New(node)
	if err := rl.Start(0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { rl.Close() })

	var swaps []string
	for _, p := range w.V3.Pools {
		swaps = append(swaps, fmt.Sprintf("%q", "v3:"+p.Address.Hex()))
	}
	dir := t.TempDir()
	cfgPath := filepath.Join(dir, "keeper.toml")
	cfg := fmt.Sprintf(`[chain]
rpc_url = %q
ws_url = %q
chain_id = %d
[relays.local]
url = %q
[executor]
address = %q
[metrics]
addr = "127.0.0.1:0"
[journal]
path = %q
[strategies.liquidation]
pool = %q
oracle = %q
weth = %q
swap_pools = [%s]
blocks = 4
`, node.HTTPEndpoint(), node.WSEndpoint(), node.ChainID().Int64(), rl.URL(), executor.Hex(), filepath.Join(dir, "keeper.db"),
		w.Aave.Pool.Hex(), w.Aave.Oracle.Hex(), w.WETH.Hex(), strings.Join(swaps, ", "))
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	var out, errOut syncBuffer
	done := make(chan int, 1)
	keyHex := hex.EncodeToString(crypto.FromECDSA(keeperAcc.Key))
	go func() {
		done <- run(runCtx, []string{"keeper", "--log-level", "info", "run", "--config", cfgPath}, &out, &errOut,
			func(k string) string {
				if k == "KEEPER_PRIVATE_KEY" {
					return keyHex
				}
				return ""
			})
	}()
	waitFor(t, 30*time.Second, func() bool { return strings.Contains(errOut.String(), "strategy ready") }, "strategy ready", &errOut, done)

	liquidated := func() bool {
		logs, err := node.Client().FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{executor}, Topics: [][]common.Hash{{ex.GetABI().Events["Liquidated"].ID}}})
		return err == nil && len(logs) > 0
	}
	for range 2 { // the timeline's block 2 drops ETH to $1600
		if _, _, err := w.Step(ctx); err != nil {
			t.Fatal(err)
		}
	}
	waitFor(t, 60*time.Second, func() bool {
		if _, err := rl.BuildBlock(ctx); err != nil {
			t.Logf("build: %v", err)
		}
		return liquidated()
	}, "a liquidation landed by keeper run", &errOut, done)
	// `keeper journal` reads the journal while `keeper run` writes it: the
	// landed liquidation, the local relay's answer, the realised profit.
	var landed journalLine
	waitFor(t, 30*time.Second, func() bool {
		code, jout, jerr := keeper(t, nil, "journal", "--config", cfgPath, "--json")
		if code != 0 {
			t.Fatalf("keeper journal --json: exit %d: %s", code, jerr)
		}
		for _, line := range strings.Split(jout, "\n") {
			if line == "" {
				continue
			}
			var l journalLine
			if err := json.Unmarshal([]byte(line), &l); err != nil {
				t.Fatalf("keeper journal --json: line %q: %v", line, err)
			}
			if l.Strategy == "liquidation" && l.Status == "landed" {
				landed = l
				return true
			}
		}
		// The executor settles an outcome when a later head shows the receipt.
		if _, err := node.Mine(ctx); err != nil {
			t.Fatal(err)
		}
		return false
	}, "a landed liquidation in the journal", &errOut, done)
	accepted := false
	for _, a := range landed.Relays {
		accepted = accepted || (a.Relay == "local" && a.OK && a.Bundle != "")
	}
	if !accepted || landed.Bundles == 0 || landed.SimsOK == 0 || landed.LandedBlock == 0 {
		t.Errorf("journal entry: got %+v, want a simulated bundle the local relay accepted", landed)
	}
	if r, ok := new(big.Int).SetString(landed.RealisedWei, 10); !ok || r.Sign() <= 0 {
		t.Errorf("journal entry: realised profit %q, want > 0", landed.RealisedWei)
	}
	jcode, table, jerr := keeper(t, nil, "journal", "--config", cfgPath, "--strategy", "liquidation")
	if jcode != 0 || !strings.Contains(table, "landed") || !strings.Contains(table, "local ok") || !strings.Contains(table, "STRATEGY") {
		t.Errorf("keeper journal table: exit %d, stderr %q, output:\n%s", jcode, jerr, table)
	}
	if strings.Contains(errOut.String(), keyHex) {
		t.Error("the private key appears in the keeper's output")
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("exit %d after cancel:\n%s", code, errOut.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("keeper run did not stop on cancel")
	}
}

func waitFor(t *testing.T, d time.Duration, cond func() bool, what string, log *syncBuffer, done chan int) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		select {
		case code := <-done:
			t.Fatalf("keeper exited %d before %s:\n%s", code, what, log.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s:\n%s", what, log.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
}
