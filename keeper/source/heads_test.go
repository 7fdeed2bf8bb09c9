package source

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"github.com/rs/zerolog"

	"github.com/keeperkit/keeperkit/strategies"
)

// memChain is an in-memory chain with forks, for the ordering logic. Each
// header's Extra holds its branch tag, so that forks have other hashes.
type memChain struct {
	logsPer int // logs per block FilterLogs returns (indexes 0..logsPer-1); 0 means 1
	mu      sync.Mutex
	byHash  map[common.Hash]*types.Header
	canon   []*types.Header // index = number
}

func newMemChain(n int) *memChain {
	c := &memChain{byHash: map[common.Hash]*types.Header{}}
	c.canon = []*types.Header{{Number: big.NewInt(0), Difficulty: big.NewInt(0)}}
	c.byHash[c.canon[0].Hash()] = c.canon[0]
	c.fork(0, n, "")
	return c
}

// fork replaces the canonical chain above at with n blocks tagged tag.
func (c *memChain) fork(at uint64, n int, tag string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.canon = c.canon[:at+1]
	for range n {
		p := c.canon[len(c.canon)-1]
		h := &types.Header{Number: new(big.Int).Add(p.Number, big.NewInt(1)), ParentHash: p.Hash(), Extra: []byte(tag), Difficulty: big.NewInt(0)}
		c.byHash[h.Hash()] = h
		c.canon = append(c.canon, h)
	}
}

func (c *memChain) at(n uint64) *types.Header {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.canon[n]
}

func (c *memChain) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if n == nil {
		return c.canon[len(c.canon)-1], nil
	}
	if n.Uint64() >= uint64(len(c.canon)) {
		return nil, ethereum.NotFound
	}
	return c.canon[n.Uint64()], nil
}

func (c *memChain) HeaderByHash(_ context.Context, h common.Hash) (*types.Header, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if hdr, ok := c.byHash[h]; ok {
		return hdr, nil
	}
	return nil, ethereum.NotFound
}

func (c *memChain) HeadersByNumber(_ context.Context, from uint64, n int) ([]*types.Header, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []*types.Header
	for i := from; i < from+uint64(n) && i < uint64(len(c.canon)); i++ {
		out = append(out, c.canon[i])
	}
	return out, nil
}

// FilterLogs returns logsPer logs per block (one by default), from address 0x10.
func (c *memChain) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	hdr, ok := c.byHash[*q.BlockHash]
	if !ok {
		return nil, ethereum.NotFound
	}
	var logs []types.Log
	for i := range max(1, c.logsPer) {
		logs = append(logs, memLog(hdr, uint(i)))
	}
	return logs, nil
}

func memLog(hdr *types.Header, index uint) types.Log {
	return types.Log{Address: common.HexToAddress("0x10"), BlockNumber: hdr.Number.Uint64(), BlockHash: hdr.Hash(), Index: index}
}

// describe renders an event as "5" (block 5 of the main branch), "5b"
// (block 5 tagged b), "logs5b", or "reorg@2-3,4" (ancestor 2, dropped 3 and 4).
func describe(ev strategies.Event) string {
	switch ev.Kind {
	case strategies.KindBlock:
		return fmt.Sprintf("%d%s", ev.Block, ev.Header.Extra)
	case strategies.KindLogs:
		return fmt.Sprintf("logs%d%s", ev.Block, ev.Header.Extra)
	case strategies.KindReorg:
		var d []string
		for _, id := range ev.Reorg.Dropped {
			d = append(d, fmt.Sprint(id.Number))
		}
		return fmt.Sprintf("reorg@%d-%s", ev.Reorg.Ancestor.Number, strings.Join(d, ","))
	}
	return ev.Kind.String()
}

func drain(h *Heads) []string {
	var out []string
	for {
		select {
		case ev := <-h.out:
			out = append(out, describe(ev))
		default:
			return out
		}
	}
}

func rangeOf(from, to int, tag string) []string {
	var s []string
	for i := from; i <= to; i++ {
		s = append(s, fmt.Sprintf("%d%s", i, tag))
	}
	return s
}

func TestAdvance(t *testing.T) {
	type step struct {
		fork  *[3]any // at, n, tag: change the chain first
		tipAt uint64  // then announce the canonical header at this number
	}
	f := func(at, n int, tag string) *[3]any { return &[3]any{uint64(at), n, tag} }
	tests := []struct {
		name       string
		depth      int
		steps      []step
		want       []string
		backfilled float64
	}{
		{name: "sequential", steps: []step{{tipAt: 1}, {tipAt: 2}, {tipAt: 3}}, want: rangeOf(1, 3, "")},
		{name: "gap backfilled", steps: []step{{tipAt: 1}, {tipAt: 5}}, want: rangeOf(1, 5, ""), backfilled: 3},
		{name: "gap over batches", steps: []step{{tipAt: 1}, {tipAt: 200}}, want: rangeOf(1, 200, ""), backfilled: 198},
		{name: "repeats ignored", steps: []step{{tipAt: 1}, {tipAt: 2}, {tipAt: 2}, {tipAt: 1}}, want: rangeOf(1, 2, "")},
		{name: "same height", steps: []step{{tipAt: 3}, {tipAt: 4}, {fork: f(3, 1, "b"), tipAt: 4}},
			want: []string{"3", "4", "reorg@3-4", "4b"}},
		{name: "head goes lower", steps: []step{{tipAt: 1}, {tipAt: 5}, {fork: f(3, 1, "b"), tipAt: 4}},
			want: append(rangeOf(1, 5, ""), "reorg@3-4,5", "4b"), backfilled: 3},
		{name: "reorg with a gap", steps: []step{{tipAt: 1}, {tipAt: 2}, {tipAt: 3}, {fork: f(1, 5, "b"), tipAt: 6}},
			want: append(append(rangeOf(1, 3, ""), "reorg@1-2,3"), rangeOf(2, 6, "b")...)},
		{name: "reorg back and forth", steps: []step{{tipAt: 2}, {tipAt: 3}, {fork: f(2, 2, "b"), tipAt: 4}, {fork: f(2, 3, "c"), tipAt: 5}},
			want: []string{"2", "3", "reorg@2-3", "3b", "4b", "reorg@2-3,4", "3c", "4c", "5c"}},
		{name: "too deep restarts at the head", depth: 4, steps: []step{{tipAt: 1}, {tipAt: 10}, {fork: f(2, 9, "b"), tipAt: 11}},
			want: append(rangeOf(1, 10, ""), "reorg@0-7,8,9,10", "11b"), backfilled: 8},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := newMemChain(300)
			reg := prometheus.NewRegistry()
			h, err := NewHeads(HeadsConfig{HTTPURL: "http://127.0.0.1:1", Buffer: 1000, MaxReorgDepth: tc.depth}, zerolog.Nop(), reg)
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range tc.steps {
				if s.fork != nil {
					c.fork(s.fork[0].(uint64), s.fork[1].(int), s.fork[2].(string))
				}
				if err := h.advance(context.Background(), c, c.at(s.tipAt)); err != nil {
					t.Fatal(err)
				}
			}
			if got := drain(h); strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("events:\n got %v\nwant %v", got, tc.want)
			}
			if got := h.m.backfilled; counterValue(t, got) != tc.backfilled {
				t.Errorf("backfilled: got %v, want %v", counterValue(t, got), tc.backfilled)
			}
		})
	}
}

func TestAdvanceLogs(t *testing.T) {
	c := newMemChain(10)
	h, err := NewHeads(HeadsConfig{HTTPURL: "http://127.0.0.1:1", Buffer: 100,
		Logs: []strategies.LogFilter{{Addresses: []common.Address{common.HexToAddress("0x10")}}}}, zerolog.Nop(), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []struct {
		fork bool
		at   uint64
	}{{at: 1}, {at: 3}, {fork: true, at: 3}} {
		if s.fork {
			c.fork(2, 1, "b")
		}
		if err := h.advance(context.Background(), c, c.at(s.at)); err != nil {
			t.Fatal(err)
		}
	}
	want := "1 logs1 2 logs2 3 logs3 reorg@2-3 3b logs3b"
	if got := strings.Join(drain(h), " "); got != want {
		t.Errorf("events:\n got %s\nwant %s", got, want)
	}
}

func TestLogQuery(t *testing.T) {
	a, b := common.HexToAddress("0xa"), common.HexToAddress("0xb")
	t1, t2, t3 := common.HexToHash("0x1"), common.HexToHash("0x2"), common.HexToHash("0x3")
	tests := []struct {
		name    string
		filters []strategies.LogFilter
		want    ethereum.FilterQuery
		ok      bool
	}{
		{name: "none", ok: false},
		{name: "one", filters: []strategies.LogFilter{{Addresses: []common.Address{a}, Topics: [][]common.Hash{{t1}}}},
			want: ethereum.FilterQuery{Addresses: []common.Address{a}, Topics: [][]common.Hash{{t1}}}, ok: true},
		{name: "addresses and topics merged", filters: []strategies.LogFilter{
			{Addresses: []common.Address{a}, Topics: [][]common.Hash{{t1}}},
			{Addresses: []common.Address{b, a}, Topics: [][]common.Hash{{t2, t1}}}},
			want: ethereum.FilterQuery{Addresses: []common.Address{a, b}, Topics: [][]common.Hash{{t1, t2}}}, ok: true},
		{name: "one open address opens all", filters: []strategies.LogFilter{
			{Addresses: []common.Address{a}}, {Topics: [][]common.Hash{{t1}}}},
			want: ethereum.FilterQuery{}, ok: true},
		{name: "shorter filter opens later positions", filters: []strategies.LogFilter{
			{Topics: [][]common.Hash{{t1}, {t2}}}, {Topics: [][]common.Hash{{t3}}}},
			want: ethereum.FilterQuery{Topics: [][]common.Hash{{t1, t3}}}, ok: true},
		{name: "open position in the middle", filters: []strategies.LogFilter{
			{Topics: [][]common.Hash{{t1}, nil, {t2}}}, {Topics: [][]common.Hash{{t1}, {t3}, {t3}}}},
			want: ethereum.FilterQuery{Topics: [][]common.Hash{{t1}, nil, {t2, t3}}}, ok: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := LogQuery(tc.filters)
			if ok != tc.ok || fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("got %v %v, want %v %v", got, ok, tc.want, tc.ok)
			}
			// Every log some filter matches, the query must match too.
			for _, f := range tc.filters {
				for _, l := range []types.Log{{Address: a, Topics: []common.Hash{t1, t2, t3}}, {Address: b, Topics: []common.Hash{t3}},
					{Address: a, Topics: []common.Hash{t1, t3, t3}}, {Address: b, Topics: []common.Hash{t1, t3, t2}}} {
					if f.Match(&l) && !(strategies.LogFilter{Addresses: got.Addresses, Topics: got.Topics}).Match(&l) {
						t.Errorf("log %v matches filter %v but not the union %v", l, f, got)
					}
				}
			}
		})
	}
}

func counterValue(t *testing.T, c prometheus.Counter) float64 {
	t.Helper()
	var m dto.Metric
	if err := c.Write(&m); err != nil {
		t.Fatal(err)
	}
	return m.GetCounter().GetValue()
}

// TestPushedLogs drives a WebSocket session's logs by hand: heads the
// subscription announced (live), pushes from the logs subscription, and
// the fetches by hash that confirm each block.
func TestPushedLogs(t *testing.T) {
	type step struct {
		fork   *[3]any // at, n, tag: change the chain first
		head   uint64  // announce the canonical header at this number (live)
		back   uint64  // or deliver it as backfill would (not live)
		push   []int   // or push these log indexes of the canonical block at at
		at     uint64
		remove bool // the pushed logs are marked removed
		ripe   bool // or run the confirmation timer
	}
	tests := []struct {
		name         string
		confirmAfter time.Duration
		steps        []step
		want         string
		pushed       float64
		fetched      float64
	}{
		{name: "pushed after the head, confirmed at the next", steps: []step{
			{head: 1}, {push: []int{0}, at: 1}, {push: []int{1}, at: 1}, {head: 2}},
			want: "1 logs1[0] logs1[1] 2", pushed: 2},
		{name: "pushed before the head wait for it", steps: []step{
			{head: 1}, {push: []int{0, 1}, at: 2}, {push: []int{1, 0}, at: 1}, {head: 2}},
			want: "1 logs1[0 1] 2 logs2[0 1]", pushed: 4},
		{name: "a log never pushed is fetched before the next block", steps: []step{
			{head: 1}, {push: []int{1}, at: 1}, {head: 2}, {head: 3}},
			want: "1 logs1[1] logs1[0] 2 logs2[0 1] 3", pushed: 1, fetched: 3},
		{name: "each log once", steps: []step{
			{head: 1}, {push: []int{0}, at: 1}, {push: []int{0, 1}, at: 1}, {push: []int{1}, at: 1}, {head: 2}, {push: []int{0}, at: 1}},
			want: "1 logs1[0] logs1[1] 2", pushed: 2},
		{name: "removed logs are left out", steps: []step{
			{head: 1}, {push: []int{0, 1}, at: 1, remove: true}, {head: 2}},
			want: "1 logs1[0 1] 2", fetched: 2},
		{name: "confirmed when ripe", confirmAfter: time.Nanosecond, steps: []step{
			{head: 1}, {push: []int{0}, at: 1}, {ripe: true}},
			want: "1 logs1[0] logs1[1]", pushed: 1, fetched: 1},
		{name: "not before it is ripe", steps: []step{
			{head: 1}, {push: []int{0}, at: 1}, {ripe: true}},
			want: "1 logs1[0]", pushed: 1},
		{name: "backfilled blocks are fetched at once", steps: []step{
			{back: 1}, {head: 2}},
			want: "1 logs1[0 1] 2", fetched: 2},
		{name: "a reorged block's logs are not confirmed", steps: []step{
			{head: 1}, {head: 2}, {push: []int{0, 1}, at: 2}, {fork: &[3]any{uint64(1), 2, "b"}, head: 2}, {push: []int{0}, at: 2}, {head: 3}},
			want: "1 logs1[0 1] 2 logs2[0 1] reorg@1-2 2b logs2b[0] logs2b[1] 3b", pushed: 3, fetched: 3},
	}
	describeLogs := func(ev strategies.Event) string {
		if ev.Kind != strategies.KindLogs {
			return describe(ev)
		}
		var idx []uint
		for _, l := range ev.Logs {
			if l.BlockHash != ev.Header.Hash() {
				t.Errorf("block %d's event has a log of block %s", ev.Block, l.BlockHash)
			}
			idx = append(idx, l.Index)
		}
		return fmt.Sprintf("%s%v", describe(ev), idx)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			c := newMemChain(5)
			c.logsPer = 2
			confirm := tc.confirmAfter
			if confirm == 0 {
				confirm = time.Hour
			}
			h, err := NewHeads(HeadsConfig{HTTPURL: "http://127.0.0.1:1", Buffer: 100, LogsConfirmAfter: confirm,
				Logs: []strategies.LogFilter{{Addresses: []common.Address{common.HexToAddress("0x10")}}}}, zerolog.Nop(), nil)
			if err != nil {
				t.Fatal(err)
			}
			h.pushing = true
			for i, s := range tc.steps {
				if s.fork != nil {
					c.fork(s.fork[0].(uint64), s.fork[1].(int), s.fork[2].(string))
				}
				switch {
				case s.head != 0 || s.back != 0:
					hdr := c.at(s.head + s.back)
					h.live = common.Hash{}
					if s.head != 0 {
						h.live = hdr.Hash()
					}
					err = h.advance(ctx, c, hdr)
				case s.push != nil:
					var logs []types.Log
					for _, i := range s.push {
						l := memLog(c.at(s.at), uint(i))
						l.Removed = s.remove
						logs = append(logs, l)
					}
					err = h.onPushed(ctx, logs)
				case s.ripe:
					err = h.flushLogs(ctx, c, ripe)
				}
				if err != nil {
					t.Fatalf("step %d: %v", i, err)
				}
			}
			var got []string
			for len(h.out) > 0 {
				got = append(got, describeLogs(<-h.out))
			}
			if strings.Join(got, " ") != tc.want {
				t.Errorf("events:\n got %s\nwant %s", strings.Join(got, " "), tc.want)
			}
			if p, f := counterValue(t, h.m.logs.WithLabelValues("push")), counterValue(t, h.m.logs.WithLabelValues("fetch")); p != tc.pushed || f != tc.fetched {
				t.Errorf("logs pushed %v fetched %v, want %v and %v", p, f, tc.pushed, tc.fetched)
			}
		})
	}
}
