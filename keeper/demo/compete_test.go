package demo

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/rs/zerolog"

	"github.com/keeperkit/keeperkit/abis/bindings/keeperexecutor"
	"github.com/keeperkit/keeperkit/bundles"
	"github.com/keeperkit/keeperkit/bundles/relay"
	"github.com/keeperkit/keeperkit/keeper/engine"
	"github.com/keeperkit/keeperkit/keeper/exec"
	"github.com/keeperkit/keeperkit/sim/devnet"
	"github.com/keeperkit/keeperkit/strategies"
	"github.com/keeperkit/keeperkit/strategies/forksim"
	"github.com/keeperkit/keeperkit/strategies/liquidation"
	"github.com/keeperkit/keeperkit/strategies/strategytest"
)

// TestCompetingKeepers: two keepers, each with its own executor, account
// and relay identity, find the same liquidations and send them to the same
// relay. Each borrower is liquidated exactly once; the losing bundles are
// left out of the block, so nothing reverts on chain.
func TestCompetingKeepers(t *testing.T) {
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
	rl := relay.New(node, relay.WithEmptyBlocks(true))
	if err := rl.Start(0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { rl.Close() })
	sim := forksim.New(node.RPC())
	t.Cleanup(sim.Close)
	ex := keeperexecutor.NewKeeperExecutor()

	type keeper struct {
		strat    strategies.Strategy
		exec     *exec.Executor
		executor common.Address
	}
	var keepers []keeper
	for i, acc := range []devnet.Account{node.Accounts()[8], node.Accounts()[9]} {
		code := append(hexutil.MustDecode(keeperexecutor.KeeperExecutorMetaData.Bin), ex.PackConstructor(acc.Address)...)
		addr, _, err := devnet.Deploy(ctx, node, acc, code)
		if err != nil {
			t.Fatal(err)
		}
		var swaps []string
		for _, p := range w.V3.Pools {
			swaps = append(swaps, fmt.Sprintf("%q", "v3:"+p.Address.Hex()))
		}
		s, err := strategies.New(liquidation.Name, strategytest.Decoder(fmt.Sprintf("pool = %q\noracle = %q\nweth = %q\nswap_pools = [%s]\n",
			w.Aave.Pool.Hex(), w.Aave.Oracle.Hex(), w.WETH.Hex(), strings.Join(swaps, ", "))))
		if err != nil {
			t.Fatal(err)
		}
		env := strategies.Env{Chain: node.Client(), Sim: sim, Log: zerolog.Nop(), ChainID: node.ChainID(), Executor: addr, Sender: acc.Address}
		if err := s.Init(ctx, env); err != nil {
			t.Fatal(err)
		}
		idKey, _ := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("competitor %d", i))))
		multi := bundles.NewMulti(bundles.NewClient("local", rl.URL(), bundles.NewIdentity(idKey)))
		nonces, err := exec.NewNonces(ctx, acc.Address, &exec.MemStore{}, node.Client())
		if err != nil {
			t.Fatal(err)
		}
		var pricing exec.Pricing
		pricing.MaxFeePerGas.SetUint64(500 * params.GWei)
		pricing.TipBps = uint16(3000 + 4000*i) // they bid differently
		keepers = append(keepers, keeper{s, exec.New(exec.Config{Pricing: pricing, Key: acc.Key, ChainID: node.ChainID()}, node.Client(), sim, engine.Relays{Multi: multi}, nonces, zerolog.Nop(), nil), addr})
	}

	var head *types.Header
	for range 2 { // block 2 of the timeline drops ETH to $1600
		if head, _, err = w.Step(ctx); err != nil {
			t.Fatal(err)
		}
	}
	sent := 0
	for rounds := 0; rounds < 8; rounds++ {
		hash := head.Hash()
		logs, err := node.Client().FilterLogs(ctx, ethereum.FilterQuery{BlockHash: &hash})
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range keepers {
			ops, err := k.strat.OnEvent(ctx, strategies.Event{Kind: strategies.KindLogs, Block: head.Number.Uint64(), Header: head, Logs: logs})
			if err != nil {
				t.Fatal(err)
			}
			for _, op := range ops {
				op.Strategy = "liquidation"
				if _, err := k.exec.Submit(ctx, op, head); err == nil {
					sent++
				}
			}
		}
		built, err := rl.BuildBlock(ctx)
		if err != nil {
			t.Fatal(err)
		}
		head = built.Header
		for _, k := range keepers {
			if _, err := k.exec.OnHead(ctx, head); err != nil {
				t.Fatal(err)
			}
		}
		// Nothing reverted in the block the relay built.
		block, _ := node.Client().BlockByHash(ctx, head.Hash())
		for _, tx := range block.Transactions() {
			if r, _ := node.Client().TransactionReceipt(ctx, tx.Hash()); r.Status != types.ReceiptStatusSuccessful {
				t.Errorf("block %d: tx %s reverted on chain", head.Number, tx.Hash())
			}
		}
	}
	if sent < 6 {
		t.Fatalf("bundles sent by the two keepers: %d, want both keepers competing for the three positions", sent)
	}
	count := map[common.Address]int{}
	winners := map[common.Address]bool{}
	for _, k := range keepers {
		logs, _ := node.Client().FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{k.executor}, Topics: [][]common.Hash{{ex.GetABI().Events["Liquidated"].ID}}})
		for i := range logs {
			ev, err := ex.UnpackLiquidatedEvent(&logs[i])
			if err == nil {
				count[ev.User]++
				winners[k.executor] = true
			}
		}
	}
	for _, b := range w.Borrower[:3] {
		if count[b.Address] != 1 {
			t.Errorf("borrower %s liquidated %d times across both keepers, want exactly 1", b.Address, count[b.Address])
		}
	}
	t.Logf("bundles sent %d; keepers that won at least one: %d", sent, len(winners))
}
