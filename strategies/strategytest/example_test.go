package strategytest_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/keeperkit/keeperkit/abis/bindings/pricefeed"
	"github.com/keeperkit/keeperkit/strategies"
	"github.com/keeperkit/keeperkit/strategies/strategytest"
)

// feedWatcher is the smallest useful strategy: when a watched price feed
// publishes a new answer, it asks for the feed's latest round to be read
// (a real strategy would size a liquidation instead). Copy this test and
// replace feedWatcher with yours.
type feedWatcher struct {
	feed common.Address
	env  strategies.Env
}

var feedABI = pricefeed.NewPriceFeed()

func (f *feedWatcher) Name() string { return "feedwatcher" }
func (f *feedWatcher) Init(_ context.Context, env strategies.Env) error {
	f.env = env
	return nil
}
func (f *feedWatcher) Subscriptions() strategies.Subscriptions {
	updated := feedABI.GetABI().Events["AnswerUpdated"].ID
	return strategies.Subscriptions{
		Kinds: strategies.NewKindSet(strategies.KindLogs),
		Logs:  []strategies.LogFilter{{Addresses: []common.Address{f.feed}, Topics: [][]common.Hash{{updated}}}},
	}
}
func (f *feedWatcher) OnEvent(ctx context.Context, ev strategies.Event) ([]strategies.Opportunity, error) {
	if ev.Kind != strategies.KindLogs || len(ev.Logs) == 0 {
		return nil, nil
	}
	call := strategies.Call{To: f.feed, Data: feedABI.PackLatestRoundData()}
	// Prove it on a fork of this block before proposing it.
	res, err := f.env.Sim.Simulate(ctx, strategies.SimRequest{Block: ev.Block, Calls: []strategies.Call{call}})
	if err != nil {
		return nil, err
	}
	if res.Steps[0].Reverted {
		return nil, nil
	}
	return []strategies.Opportunity{{
		ID: fmt.Sprintf("feed-%d", ev.Block), Kind: "read", Calls: []strategies.Call{call},
		MinBlock: ev.Block + 1, MaxBlock: ev.Block + 2, Profit: uint256.NewInt(0), Gas: res.Steps[0].GasUsed,
	}}, nil
}

func TestKitExample(t *testing.T) {
	kit := strategytest.New(t, "../../configs/scenarios/demo.toml")
	s := &feedWatcher{feed: kit.World.Tokens["WETH"].Feed}
	kit.Init(s)

	var found []strategies.Opportunity
	for kit.Next() {
		found = append(found, kit.Deliver(s, kit.Logs(s.Subscriptions()))...)
	}
	// The demo timeline moves the WETH price once (block 2 of its timeline).
	if len(found) != 1 {
		t.Fatalf("opportunities: got %d, want 1", len(found))
	}
	receipts := kit.Land(found[0])
	if len(receipts) != 1 || receipts[0].Status != 1 {
		t.Fatalf("landing: %+v", receipts)
	}
}
