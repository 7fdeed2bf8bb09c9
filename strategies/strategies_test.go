package strategies_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/holiman/uint256"

	"github.com/keeperkit/keeperkit/strategies"
)

// *ethclient.Client is what the engine passes as Env.Chain.
var _ strategies.Chain = (*ethclient.Client)(nil)

// echo is a minimal strategy with a config section.
type echo struct{ cfg echoConfig }

type echoConfig struct {
	// MinProfit in wei; default 1.
	MinProfit uint64 `toml:"min_profit"`
}

var _ strategies.Strategy = (*echo)(nil)

func (e *echo) Name() string                               { return "echo" }
func (e *echo) Init(context.Context, strategies.Env) error { return nil }
func (e *echo) OnEvent(context.Context, strategies.Event) ([]strategies.Opportunity, error) {
	return nil, nil
}

func newEcho(decode func(v any) error) (strategies.Strategy, error) {
	e := &echo{cfg: echoConfig{MinProfit: 1}}
	if err := decode(&e.cfg); err != nil {
		return nil, err
	}
	if e.cfg.MinProfit == 0 {
		return nil, errors.New("min_profit: must be positive")
	}
	return e, nil
}

// strictTOML decodes section as the engine's config package does: unknown
// keys are rejected by name.
func strictTOML(section string) func(v any) error {
	return func(v any) error {
		md, err := toml.Decode(section, v)
		if err != nil {
			return err
		}
		if u := md.Undecoded(); len(u) > 0 {
			keys := make([]string, len(u))
			for i, k := range u {
				keys[i] = k.String()
			}
			return fmt.Errorf("unknown keys: %s", strings.Join(keys, ", "))
		}
		return nil
	}
}

func TestRegistry(t *testing.T) {
	strategies.Register("echo-registry", newEcho)
	tests := []struct {
		name    string
		strat   string
		section string
		wantErr string // substring; empty means success
		wantMin uint64
	}{
		{name: "defaults", strat: "echo-registry", section: "", wantMin: 1},
		{name: "set", strat: "echo-registry", section: "min_profit = 7", wantMin: 7},
		{name: "unknown key named", strat: "echo-registry", section: "min_profit = 7\nmin_proft = 3", wantErr: "min_proft"},
		{name: "factory validation", strat: "echo-registry", section: "min_profit = 0", wantErr: "echo-registry: min_profit"},
		{name: "unknown strategy", strat: "nope", wantErr: "unknown strategy \"nope\""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := strategies.New(tc.strat, strictTOML(tc.section))
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("got error %v, want one containing %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := s.(*echo).cfg.MinProfit; got != tc.wantMin {
				t.Errorf("min_profit: got %d, want %d", got, tc.wantMin)
			}
		})
	}
	if _, err := strategies.New("nope", nil); !errors.Is(err, strategies.ErrUnknown) {
		t.Errorf("got %v, want ErrUnknown", err)
	}
	if names := strategies.Names(); !slices.Contains(names, "echo-registry") || !slices.IsSorted(names) {
		t.Errorf("Names: got %v, want sorted and holding echo-registry", names)
	}
}

func TestRegisterPanics(t *testing.T) {
	strategies.Register("echo-dup", newEcho)
	tests := []struct {
		name string
		reg  string
		f    strategies.Factory
		want string
	}{
		{name: "duplicate", reg: "echo-dup", f: newEcho, want: `"echo-dup"`},
		{name: "nil factory", reg: "echo-nil", f: nil, want: `"echo-nil"`},
		{name: "empty name", reg: "", f: newEcho, want: "empty name"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			defer func() {
				r := recover()
				if r == nil || !strings.Contains(fmt.Sprint(r), tc.want) {
					t.Errorf("got panic %v, want one containing %s", r, tc.want)
				}
			}()
			strategies.Register(tc.reg, tc.f)
		})
	}
}

func TestOpportunityValidate(t *testing.T) {
	valid := func() strategies.Opportunity {
		return strategies.Opportunity{
			ID: "liq:0xabc", Kind: strategies.KindLiquidation,
			Calls:    []strategies.Call{{To: common.HexToAddress("0x1"), Data: []byte{1}}},
			MinBlock: 10, MaxBlock: 12, Profit: uint256.NewInt(1e15), Gas: 300_000, MaxBuilderShareBps: 9000,
		}
	}
	tests := []struct {
		name   string
		modify func(o *strategies.Opportunity)
		want   string // empty: valid
	}{
		{name: "valid", modify: func(*strategies.Opportunity) {}},
		{name: "single block", modify: func(o *strategies.Opportunity) { o.MaxBlock = o.MinBlock }},
		{name: "full share", modify: func(o *strategies.Opportunity) { o.MaxBuilderShareBps = strategies.MaxBps }},
		{name: "no id", modify: func(o *strategies.Opportunity) { o.ID = "" }, want: "empty ID"},
		{name: "no kind", modify: func(o *strategies.Opportunity) { o.Kind = "" }, want: "empty kind"},
		{name: "no calls", modify: func(o *strategies.Opportunity) { o.Calls = nil }, want: "no calls"},
		{name: "inverted range", modify: func(o *strategies.Opportunity) { o.MaxBlock = 9 }, want: "block range 10..9"},
		{name: "zero min block", modify: func(o *strategies.Opportunity) { o.MinBlock = 0 }, want: "block range 0..12"},
		{name: "nil profit", modify: func(o *strategies.Opportunity) { o.Profit = nil }, want: "nil profit"},
		{name: "no gas", modify: func(o *strategies.Opportunity) { o.Gas = 0 }, want: "zero gas"},
		{name: "share over 100%", modify: func(o *strategies.Opportunity) { o.MaxBuilderShareBps = 10_001 }, want: "10001 bps"},
		{name: "zero to", modify: func(o *strategies.Opportunity) {
			o.Calls = append(o.Calls, strategies.Call{})
		}, want: "call 1 to the zero address"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			o := valid()
			tc.modify(&o)
			err := o.Validate()
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("got %v, want valid", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want) || !errors.Is(err, strategies.ErrInvalidOpportunity)):
				t.Errorf("got %v, want ErrInvalidOpportunity containing %q", err, tc.want)
			}
		})
	}
}

func TestLogFilterMatch(t *testing.T) {
	a, b := common.HexToAddress("0xa"), common.HexToAddress("0xb")
	t1, t2, t3 := common.HexToHash("0x1"), common.HexToHash("0x2"), common.HexToHash("0x3")
	log := &types.Log{Address: a, Topics: []common.Hash{t1, t2}}
	tests := []struct {
		name string
		f    strategies.LogFilter
		want bool
	}{
		{name: "empty matches all", f: strategies.LogFilter{}, want: true},
		{name: "address", f: strategies.LogFilter{Addresses: []common.Address{b, a}}, want: true},
		{name: "other address", f: strategies.LogFilter{Addresses: []common.Address{b}}, want: false},
		{name: "topic0", f: strategies.LogFilter{Topics: [][]common.Hash{{t1}}}, want: true},
		{name: "topic0 alternatives", f: strategies.LogFilter{Topics: [][]common.Hash{{t3, t1}}}, want: true},
		{name: "wildcard then topic1", f: strategies.LogFilter{Topics: [][]common.Hash{nil, {t2}}}, want: true},
		{name: "topic1 mismatch", f: strategies.LogFilter{Topics: [][]common.Hash{{t1}, {t3}}}, want: false},
		{name: "more positions than log", f: strategies.LogFilter{Topics: [][]common.Hash{nil, nil, nil}}, want: false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.f.Match(log); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
			subs := strategies.Subscriptions{Kinds: strategies.NewKindSet(strategies.KindLogs), Logs: []strategies.LogFilter{{Addresses: []common.Address{b}}, tc.f}}
			if got := subs.MatchLog(log); got != tc.want {
				t.Errorf("MatchLog: got %v, want %v", got, tc.want)
			}
		})
	}
}

func TestSubscriptionsWants(t *testing.T) {
	tests := []struct {
		name string
		subs strategies.Subscriptions
		want map[strategies.Kind]bool
	}{
		{name: "default", subs: strategies.DefaultSubscriptions, want: map[strategies.Kind]bool{
			strategies.KindBlock: true, strategies.KindReorg: true}},
		{name: "logs without filters", subs: strategies.Subscriptions{Kinds: strategies.NewKindSet(strategies.KindLogs)}, want: map[strategies.Kind]bool{}},
		{name: "logs and pending", subs: strategies.Subscriptions{
			Kinds: strategies.NewKindSet(strategies.KindLogs, strategies.KindPendingTx),
			Logs:  []strategies.LogFilter{{}},
		}, want: map[strategies.Kind]bool{strategies.KindLogs: true, strategies.KindPendingTx: true}},
		{name: "hints", subs: strategies.Subscriptions{Kinds: strategies.NewKindSet(strategies.KindHint)}, want: map[strategies.Kind]bool{strategies.KindHint: true}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, k := range strategies.Kinds() {
				if got := tc.subs.Wants(k); got != tc.want[k] {
					t.Errorf("Wants(%s): got %v, want %v", k, got, tc.want[k])
				}
			}
		})
	}
}

func TestKindString(t *testing.T) {
	tests := []struct {
		k    strategies.Kind
		want string
	}{
		{strategies.KindBlock, "block"}, {strategies.KindPendingTx, "pending_tx"}, {strategies.KindHint, "hint"},
		{strategies.KindLogs, "logs"}, {strategies.KindReorg, "reorg"}, {0, "invalid"}, {200, "invalid"},
	}
	for _, tc := range tests {
		if got := tc.k.String(); got != tc.want {
			t.Errorf("Kind(%d): got %q, want %q", tc.k, got, tc.want)
		}
	}
}
