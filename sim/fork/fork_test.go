package fork

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/keeperkit/keeperkit/abis/bindings/testtoken"
	"github.com/prometheus/client_golang/prometheus"
)

var (
	sumAddr   = common.HexToAddress("0x5000000000000000000000000000000000000005")
	panicAddr = common.HexToAddress("0x6000000000000000000000000000000000000006")
	userAddr  = common.HexToAddress("0x1000000000000000000000000000000000000001")
	// sumCode returns sload(0) + sload(1).
	sumCode = common.FromHex("0x60005460015401600052602060" + "00f3")
	// panicCode reverts with Panic(0x11).
	panicCode = common.FromHex("0x634e487b7160e01b6000526011600452602460" + "00fd")
)

func sumNode(t *testing.T) (*fakeNode, context.Context) {
	t.Helper()
	n := newFakeNode(100)
	n.accounts[userAddr] = fakeAccount{balance: big.NewInt(1e18), nonce: 3}
	n.accounts[sumAddr] = fakeAccount{code: sumCode, nonce: 1}
	n.accounts[panicAddr] = fakeAccount{code: panicCode, nonce: 1}
	n.setSlot(sumAddr, common.Hash{}, common.BigToHash(big.NewInt(5)))
	n.setSlot(sumAddr, common.BigToHash(common.Big1), common.BigToHash(big.NewInt(7)))
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	t.Cleanup(cancel)
	return n, ctx
}

func TestCallLoadsLazilyAndCaches(t *testing.T) {
	n, ctx := sumNode(t)
	f, err := New(ctx, n.start(t), WithBlock(100))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := f.Next().Number, uint64(101); got != want {
		t.Fatalf("next number: got %d, want %d", got, want)
	}
	res, err := f.Call(ctx, CallMsg{From: userAddr, To: &sumAddr})
	if err != nil {
		t.Fatal(err)
	}
	if got := new(big.Int).SetBytes(res.ReturnData); got.Int64() != 12 {
		t.Fatalf("sum: got %s, want 12", got)
	}
	for _, key := range []string{sumAddr.Hex() + "[" + common.Hash{}.Hex() + "]", sumAddr.Hex() + "[" + common.BigToHash(common.Big1).Hex() + "]"} {
		if got := n.count("eth_getStorageAt", key); got != 1 {
			t.Fatalf("eth_getStorageAt %s: got %d requests, want 1", key, got)
		}
	}
	before := n.httpReqs.Load()
	statsBefore := f.Stats()
	if _, err := f.Call(ctx, CallMsg{From: userAddr, To: &sumAddr}); err != nil {
		t.Fatal(err)
	}
	if got := n.httpReqs.Load() - before; got != 0 {
		t.Fatalf("warm call: got %d round trips, want 0", got)
	}
	if got, want := f.Stats().RoundTrips, statsBefore.RoundTrips; got != want {
		t.Fatalf("stats round trips after warm call: got %d, want %d", got, want)
	}
	if f.Stats().Hits <= statsBefore.Hits {
		t.Fatalf("warm call: hits did not grow (%d)", f.Stats().Hits)
	}
	// Round trips as we count them equal what the node saw.
	if got, want := f.Stats().RoundTrips, uint64(n.httpReqs.Load()); got != want {
		t.Fatalf("round trips: got %d counted, node saw %d", got, want)
	}
}

func TestConcurrentReadsShareFetches(t *testing.T) {
	n, ctx := sumNode(t)
	for i := 0; i < 64; i++ {
		n.setSlot(sumAddr, common.BigToHash(big.NewInt(int64(100+i))), common.BigToHash(big.NewInt(int64(i))))
	}
	f, err := New(ctx, n.start(t), WithBlock(100), WithBatchConcurrency(1))
	if err != nil {
		t.Fatal(err)
	}
	n.mu.Lock()
	n.delay = 20 * time.Millisecond
	n.mu.Unlock()
	start := n.httpReqs.Load()
	var wg sync.WaitGroup
	errs := make(chan error, 128)
	for i := 0; i < 64; i++ {
		wg.Add(2)
		go func() { // everyone wants slot 0
			defer wg.Done()
			if v, err := f.fetch.storage(ctx, sumAddr, common.Hash{}); err != nil || v.Big().Int64() != 5 {
				errs <- fmt.Errorf("slot 0: got %v, %v, want 5", v, err)
			}
		}()
		go func(i int) { // and one slot of its own
			defer wg.Done()
			v, err := f.fetch.storage(ctx, sumAddr, common.BigToHash(big.NewInt(int64(100+i))))
			if err != nil || v.Big().Int64() != int64(i) {
				errs <- fmt.Errorf("slot %d: got %v, %v, want %d", 100+i, v, err, i)
			}
		}(i)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if got := n.count("eth_getStorageAt", sumAddr.Hex()+"["+common.Hash{}.Hex()+"]"); got != 1 {
		t.Errorf("slot 0: node asked %d times, want 1", got)
	}
	// 65 keys with one batch on the wire at a time: the first goes alone,
	// the rest queue behind it.
	if got := n.httpReqs.Load() - start; got > 4 {
		t.Errorf("round trips for 65 keys: got %d, want <= 4", got)
	}
}

func TestPrefetchIsOneRoundTrip(t *testing.T) {
	n, ctx := sumNode(t)
	f, err := New(ctx, n.start(t), WithBlock(100))
	if err != nil {
		t.Fatal(err)
	}
	al := make([]common.Hash, 90)
	for i := range al {
		al[i] = common.BigToHash(big.NewInt(int64(i)))
	}
	start := n.httpReqs.Load()
	if err := f.Prefetch(ctx, typesAccessList(sumAddr, al), userAddr, panicAddr); err != nil {
		t.Fatal(err)
	}
	// 3 accounts * 3 requests + 90 slots = 99 requests, one batch.
	if got := n.httpReqs.Load() - start; got != 1 {
		t.Fatalf("prefetch: got %d round trips, want 1", got)
	}
	res, err := f.Call(ctx, CallMsg{From: userAddr, To: &sumAddr})
	if err != nil {
		t.Fatal(err)
	}
	if got := new(big.Int).SetBytes(res.ReturnData).Int64(); got != 12 {
		t.Fatalf("sum: got %d, want 12", got)
	}
	// The call also touches the coinbase (not prefetched): one more round trip at most.
	if got := n.httpReqs.Load() - start; got > 2 {
		t.Fatalf("prefetch + call: got %d round trips, want <= 2", got)
	}
}

func TestFaultsAreTypedAndNeverPartial(t *testing.T) {
	slot0 := sumAddr.Hex() + "[" + common.Hash{}.Hex() + "]"
	tests := []struct {
		name       string
		fail       func(method string, args ...any) error
		delay      time.Duration
		opts       []Option
		wantMethod string
		wantKey    string
		wantIs     error
	}{
		{
			name: "rpc error on a slot",
			fail: func(m string, args ...any) error {
				if m == "eth_getStorageAt" {
					return errors.New("boom")
				}
				return nil
			},
			wantMethod: "eth_getStorageAt", wantKey: slot0,
		},
		{
			name: "state pruned",
			fail: func(m string, args ...any) error {
				if m == "eth_getCode" && args[0] == sumAddr {
					return errors.New("missing trie node abc (path )")
				}
				return nil
			},
			wantMethod: "eth_getCode", wantKey: sumAddr.Hex(), wantIs: ErrBlockNotAvailable,
		},
		{
			name:       "timeout",
			delay:      300 * time.Millisecond,
			opts:       []Option{WithTimeout(50 * time.Millisecond)},
			wantMethod: "eth_getBalance", wantKey: userAddr.Hex(), wantIs: context.DeadlineExceeded,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n, ctx := sumNode(t)
			f, err := New(ctx, n.start(t), append([]Option{WithBlock(100)}, tc.opts...)...)
			if err != nil {
				t.Fatal(err)
			}
			n.mu.Lock()
			n.fail, n.delay = tc.fail, tc.delay
			n.mu.Unlock()
			res, err := f.Call(ctx, CallMsg{From: userAddr, To: &sumAddr})
			if err == nil {
				t.Fatalf("got result %x, want an error", res.ReturnData)
			}
			if !errors.Is(err, ErrIncompleteState) {
				t.Errorf("got %v, want ErrIncompleteState", err)
			}
			var fe *FetchError
			if !errors.As(err, &fe) {
				t.Fatalf("got %T %v, want a *FetchError", err, err)
			}
			if fe.Method != tc.wantMethod || fe.Key != tc.wantKey || fe.Block != 100 {
				t.Errorf("got %s %s at %d, want %s %s at 100", fe.Method, fe.Key, fe.Block, tc.wantMethod, tc.wantKey)
			}
			if tc.wantIs != nil && !errors.Is(err, tc.wantIs) {
				t.Errorf("got %v, want it to wrap %v", err, tc.wantIs)
			}
			// A failure caches nothing wrong: once the node is back the
			// same fork gives the right answer.
			n.mu.Lock()
			n.fail, n.delay = nil, 0
			n.mu.Unlock()
			res, err = f.Call(ctx, CallMsg{From: userAddr, To: &sumAddr})
			if err != nil {
				t.Fatal(err)
			}
			if got := new(big.Int).SetBytes(res.ReturnData).Int64(); got != 12 {
				t.Fatalf("after recovery: got %d, want 12", got)
			}
		})
	}
}

func TestBlockNotAvailable(t *testing.T) {
	n, ctx := sumNode(t)
	_, err := New(ctx, n.start(t), WithBlock(5000))
	var fe *FetchError
	if !errors.As(err, &fe) || !errors.Is(err, ErrBlockNotAvailable) {
		t.Fatalf("got %v, want a *FetchError wrapping ErrBlockNotAvailable", err)
	}
	if fe.Method != "eth_getBlockByNumber" || fe.Block != 5000 {
		t.Fatalf("got %s at %d, want eth_getBlockByNumber at 5000", fe.Method, fe.Block)
	}
}

func TestRevertReasons(t *testing.T) {
	n, ctx := sumNode(t)
	f, err := New(ctx, n.start(t), WithBlock(100))
	if err != nil {
		t.Fatal(err)
	}
	res, err := f.Call(ctx, CallMsg{From: userAddr, To: &panicAddr})
	if err != nil {
		t.Fatal(err)
	}
	var re *RevertError
	if !errors.As(res.Err, &re) {
		t.Fatalf("got %v, want a *RevertError", res.Err)
	}
	if want := "panic: 0x11 (arithmetic underflow or overflow)"; re.Reason != want {
		t.Fatalf("got %q, want %q", re.Reason, want)
	}

	tok := testtoken.NewTestToken().GetABI()
	custom, _ := tok.Errors["InsufficientBalance"].Inputs.Pack(big.NewInt(3), big.NewInt(10))
	sel := tok.Errors["InsufficientBalance"].ID
	custom = append(append([]byte{}, sel[:4]...), custom...)
	strArg, _ := abi.NewType("string", "", nil)
	errStr, _ := abi.Arguments{{Type: strArg}}.Pack("too little")
	errStr = append([]byte{0x08, 0xc3, 0x79, 0xa0}, errStr...)
	tests := []struct {
		name     string
		data     []byte
		register bool
		want     string
	}{
		{"empty", nil, false, ""},
		{"Error(string)", errStr, false, "too little"},
		{"Panic(uint256)", common.FromHex("0x4e487b71" + strings.Repeat("0", 62) + "12"), false, "panic: 0x12 (division or modulo by zero)"},
		{"custom unregistered", custom, false, "custom error " + hexutil.Encode(custom[:4])},
		{"custom registered", custom, true, "InsufficientBalance(3, 10)"},
		{"short", []byte{1, 2}, false, "short revert data 0x0102"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := newErrorRegistry()
			if tc.register {
				(&Fork{sh: &shared{errs: r}}).RegisterABI(&tok)
			}
			if got := r.decodeRevert(tc.data).Reason; got != tc.want {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestDiskCacheRerunNeedsNoRPC(t *testing.T) {
	n, ctx := sumNode(t)
	client := n.start(t)
	dir := t.TempDir()
	f, err := New(ctx, client, WithBlock(100), WithChainID(1337), WithDiskCache(dir))
	if err != nil {
		t.Fatal(err)
	}
	first, err := f.Call(ctx, CallMsg{From: userAddr, To: &sumAddr})
	if err != nil {
		t.Fatal(err)
	}
	before := n.httpReqs.Load()
	g, err := New(ctx, client, WithBlock(100), WithChainID(1337), WithDiskCache(dir))
	if err != nil {
		t.Fatal(err)
	}
	again, err := g.Call(ctx, CallMsg{From: userAddr, To: &sumAddr})
	if err != nil {
		t.Fatal(err)
	}
	if got := n.httpReqs.Load() - before; got != 0 {
		t.Fatalf("re-run: got %d round trips, want 0", got)
	}
	if string(first.ReturnData) != string(again.ReturnData) || first.GasUsed != again.GasUsed {
		t.Fatalf("re-run: got %x gas %d, want %x gas %d", again.ReturnData, again.GasUsed, first.ReturnData, first.GasUsed)
	}
	if g.Stats().DiskLoads == 0 {
		t.Fatal("re-run: nothing loaded from disk")
	}
}

func TestCacheIsBounded(t *testing.T) {
	stats, _ := newCounters(nil)
	c := newGenCache[slotKey, common.Hash](numShards*16, slotShard, stats)
	for i := 0; i < 10_000; i++ {
		c.put(slotKey{slot: common.BigToHash(big.NewInt(int64(i)))}, common.Hash{1})
	}
	if got, max := c.len(), 2*numShards*16; got > max {
		t.Fatalf("len: got %d, want <= %d", got, max)
	}
	if stats.evictions.Load() == 0 {
		t.Fatal("no evictions counted")
	}
	// The most recent entry survives.
	if _, ok := c.get(slotKey{slot: common.BigToHash(big.NewInt(9_999))}); !ok {
		t.Fatal("latest entry evicted")
	}
}

func TestMetricsOnRegisterer(t *testing.T) {
	n, ctx := sumNode(t)
	reg := prometheus.NewRegistry()
	f, err := New(ctx, n.start(t), WithBlock(100), WithRegisterer(reg))
	if err != nil {
		t.Fatal(err)
	}
	// A second fork on the same registry shares the series.
	g, err := New(ctx, n.start(t), WithBlock(100), WithRegisterer(reg))
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 2; i++ {
		if _, err := f.Call(ctx, CallMsg{From: userAddr, To: &sumAddr}); err != nil {
			t.Fatal(err)
		}
	}
	s, sg := f.Stats(), g.Stats()
	got := map[string]float64{}
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		for _, m := range mf.GetMetric() {
			got[mf.GetName()] += m.GetCounter().GetValue()
		}
	}
	for name, want := range map[string]uint64{
		"keeper_fork_cache_hits_total":     s.Hits,
		"keeper_fork_cache_misses_total":   s.Misses,
		"keeper_fork_rpc_roundtrips_total": s.RoundTrips + sg.RoundTrips,
		"keeper_fork_rpc_requests_total":   s.Requests + sg.Requests,
	} {
		if want == 0 || got[name] != float64(want) {
			t.Errorf("%s: got %v on the registry, %d counted", name, got[name], want)
		}
	}
}
