package chainview

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/keeperkit/keeperkit/sim/devnet"
)

// proxy stands between the view and the devnet: it counts the JSON-RPC
// calls that reach the node by method, can hold eth_call requests until
// released, and can answer the next eth_call with an error instead.
type proxy struct {
	srv  *httptest.Server
	mu   sync.Mutex
	seen map[string]int
	reqs atomic.Int64 // HTTP requests
	gate chan struct{}
	fail atomic.Bool
}

func newProxy(t *testing.T, node *devnet.Node) *proxy {
	t.Helper()
	u, err := url.Parse(node.HTTPEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	p := &proxy{seen: map[string]int{}}
	rp := httputil.NewSingleHostReverseProxy(u)
	p.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		var msgs []struct {
			ID     json.RawMessage `json:"id"`
			Method string          `json:"method"`
		}
		if t := bytes.TrimSpace(body); len(t) > 0 && t[0] == '[' {
			_ = json.Unmarshal(t, &msgs)
		} else {
			msgs = make([]struct {
				ID     json.RawMessage `json:"id"`
				Method string          `json:"method"`
			}, 1)
			_ = json.Unmarshal(t, &msgs[0])
		}
		p.reqs.Add(1)
		p.mu.Lock()
		gate := p.gate
		for _, m := range msgs {
			p.seen[m.Method]++
		}
		p.mu.Unlock()
		if len(msgs) == 1 && msgs[0].Method == "eth_call" {
			if gate != nil {
				<-gate
			}
			if p.fail.CompareAndSwap(true, false) {
				w.Header().Set("Content-Type", "application/json")
				_, _ = w.Write([]byte(`{"jsonrpc":"2.0","id":` + string(msgs[0].ID) + `,"error":{"code":-32000,"message":"injected"}}`))
				return
			}
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		r.ContentLength = int64(len(body))
		rp.ServeHTTP(w, r)
	}))
	t.Cleanup(p.srv.Close)
	return p
}

func (p *proxy) calls(method string) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.seen[method]
}

// setup starts a devnet with a few blocks and a view of it through a proxy.
func setup(t *testing.T, opts ...Option) (*devnet.Node, *proxy, *View) {
	t.Helper()
	ctx := context.Background()
	node := devnet.StartT(t)
	for range 5 {
		if _, err := node.CommitBlock(ctx, nil); err != nil {
			t.Fatal(err)
		}
	}
	p := newProxy(t, node)
	rc, err := rpc.DialContext(ctx, p.srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(rc.Close)
	v, err := New(rc, opts...)
	if err != nil {
		t.Fatal(err)
	}
	return node, p, v
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(time.Millisecond)
	}
}

func TestConcurrentIdenticalCallsHitTheNodeOnce(t *testing.T) {
	ctx := context.Background()
	node, p, v := setup(t)
	head, err := v.HeaderByNumber(ctx, nil) // tells the view the head
	if err != nil {
		t.Fatal(err)
	}
	to := node.Accounts()[1].Address
	msg := ethereum.CallMsg{To: &to, Data: []byte{1, 2, 3}}
	want, err := node.Client().CallContract(ctx, msg, head.Number)
	if err != nil {
		t.Fatal(err)
	}
	gate := make(chan struct{})
	p.mu.Lock()
	p.gate = gate
	p.mu.Unlock()
	const callers = 16
	var wg sync.WaitGroup
	outs := make([][]byte, callers)
	errs := make([]error, callers)
	for i := range callers {
		wg.Go(func() { outs[i], errs[i] = v.CallContract(ctx, msg, head.Number) })
	}
	waitFor(t, "every caller to join the one on the wire", func() bool { return v.Stats().Shared == callers-1 })
	close(gate)
	wg.Wait()
	for i := range callers {
		if errs[i] != nil || !bytes.Equal(outs[i], want) {
			t.Fatalf("caller %d: got %x, %v, want %x", i, outs[i], errs[i], want)
		}
	}
	if got := p.calls("eth_call"); got != 1 {
		t.Fatalf("eth_calls at the node: got %d, want 1", got)
	}
	// Later calls are answered from the cache.
	if _, err := v.CallContract(ctx, msg, head.Number); err != nil {
		t.Fatal(err)
	}
	if got, st := p.calls("eth_call"), v.Stats(); got != 1 || st.Hits != 1 || st.Misses != 1 {
		t.Fatalf("after a cached call: node eth_calls %d, stats %+v, want 1 call, 1 hit, 1 miss", got, st)
	}
}

func TestLatestIsNeverCached(t *testing.T) {
	ctx := context.Background()
	node, p, v := setup(t)
	a := node.Accounts()[0].Address
	to := node.Accounts()[1].Address
	for range 3 {
		if _, err := v.HeaderByNumber(ctx, nil); err != nil {
			t.Fatal(err)
		}
		if _, err := v.BalanceAt(ctx, a, nil); err != nil {
			t.Fatal(err)
		}
		if _, err := v.CallContract(ctx, ethereum.CallMsg{To: &to}, nil); err != nil {
			t.Fatal(err)
		}
		if _, err := v.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(1)}); err != nil {
			t.Fatal(err)
		}
		if _, err := v.NonceAt(ctx, a, big.NewInt(int64(rpc.PendingBlockNumber))); err != nil {
			t.Fatal(err)
		}
	}
	for _, m := range []string{"eth_getBlockByNumber", "eth_getBalance", "eth_call", "eth_getLogs", "eth_getTransactionCount"} {
		if got := p.calls(m); got != 3 {
			t.Errorf("%s at the node: got %d, want 3", m, got)
		}
	}
	if st := v.Stats(); st.Entries != 0 || st.Passed != 15 {
		t.Errorf("stats: got %+v, want 0 entries and 15 passed", st)
	}
}

func TestPinnedReadsMatchTheNode(t *testing.T) {
	ctx := context.Background()
	node, p, v := setup(t)
	v.SetHead(5)
	a := node.Accounts()[0].Address
	c := node.Client()
	n := big.NewInt(3)
	for round := range 2 { // the second round is served from the cache
		h, err := v.HeaderByNumber(ctx, n)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := c.HeaderByNumber(ctx, n)
		if h.Hash() != want.Hash() {
			t.Fatalf("round %d: header %s, want %s", round, h.Hash(), want.Hash())
		}
		b, err := v.BalanceAt(ctx, a, n)
		if err != nil {
			t.Fatal(err)
		}
		wb, _ := c.BalanceAt(ctx, a, n)
		if b.Cmp(wb) != 0 {
			t.Fatalf("round %d: balance %s, want %s", round, b, wb)
		}
		nonce, err := v.NonceAt(ctx, a, n)
		if err != nil || nonce != 0 {
			t.Fatalf("round %d: nonce %d, %v", round, nonce, err)
		}
		if code, err := v.CodeAt(ctx, a, n); err != nil || len(code) != 0 {
			t.Fatalf("round %d: code %x, %v", round, code, err)
		}
		if s, err := v.StorageAt(ctx, a, common.Hash{}, n); err != nil || len(s) != 32 {
			t.Fatalf("round %d: storage %x, %v", round, s, err)
		}
		if _, err := v.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(1), ToBlock: n}); err != nil {
			t.Fatal(err)
		}
	}
	for _, m := range []string{"eth_getBlockByNumber", "eth_getBalance", "eth_getTransactionCount", "eth_getCode", "eth_getStorageAt", "eth_getLogs"} {
		if got := p.calls(m); got != 1 {
			t.Errorf("%s at the node: got %d, want 1", m, got)
		}
	}
}

func TestErrorsNullsAndFutureBlocksAreNotCached(t *testing.T) {
	ctx := context.Background()
	node, p, v := setup(t)
	v.SetHead(5)
	to := node.Accounts()[1].Address
	msg := ethereum.CallMsg{To: &to}
	p.fail.Store(true)
	if _, err := v.CallContract(ctx, msg, big.NewInt(4)); err == nil || !strings.Contains(err.Error(), "injected") {
		t.Fatalf("got %v, want the injected error", err)
	}
	if _, err := v.CallContract(ctx, msg, big.NewInt(4)); err != nil {
		t.Fatalf("after an error: %v", err)
	}
	if got := p.calls("eth_call"); got != 2 {
		t.Fatalf("eth_calls at the node: got %d, want 2 (the error was kept)", got)
	}
	// Block 50 does not exist yet: a null header, not kept.
	for range 2 {
		if _, err := v.HeaderByNumber(ctx, big.NewInt(50)); err != ethereum.NotFound {
			t.Fatalf("header 50: got %v, want NotFound", err)
		}
	}
	if got := p.calls("eth_getBlockByNumber"); got != 2 {
		t.Fatalf("null headers at the node: got %d, want 2", got)
	}
	// Block 6 exists on the node but the view was told head 5: not kept
	// until the view hears of it.
	if _, err := node.CommitBlock(ctx, nil); err != nil {
		t.Fatal(err)
	}
	a := node.Accounts()[0].Address
	for range 2 {
		if _, err := v.BalanceAt(ctx, a, big.NewInt(6)); err != nil {
			t.Fatal(err)
		}
	}
	v.SetHead(6)
	for range 2 {
		if _, err := v.BalanceAt(ctx, a, big.NewInt(6)); err != nil {
			t.Fatal(err)
		}
	}
	if got := p.calls("eth_getBalance"); got != 3 {
		t.Fatalf("balances at block 6: got %d at the node, want 3", got)
	}
}

func TestForgetDropsReorgedBlocks(t *testing.T) {
	ctx := context.Background()
	node, p, v := setup(t)
	v.SetHead(5)
	a := node.Accounts()[0].Address
	for n := int64(1); n <= 5; n++ {
		if _, err := v.BalanceAt(ctx, a, big.NewInt(n)); err != nil {
			t.Fatal(err)
		}
	}
	v.Forget(4)
	if st := v.Stats(); st.Entries != 3 {
		t.Fatalf("after Forget(4): %d entries, want 3", st.Entries)
	}
	v.SetHead(5)
	for n := int64(1); n <= 5; n++ {
		if _, err := v.BalanceAt(ctx, a, big.NewInt(n)); err != nil {
			t.Fatal(err)
		}
	}
	if got := p.calls("eth_getBalance"); got != 7 {
		t.Fatalf("balances at the node: got %d, want 7 (5, then blocks 4 and 5 again)", got)
	}
}

func TestEvictionBound(t *testing.T) {
	ctx := context.Background()
	const maxBytes = 1500
	node, p, v := setup(t, WithMaxBytes(maxBytes))
	v.SetHead(5)
	var accts []common.Address
	for _, acc := range node.Accounts() {
		accts = append(accts, acc.Address)
	}
	for n := int64(1); n <= 5; n++ {
		for _, a := range accts {
			if _, err := v.BalanceAt(ctx, a, big.NewInt(n)); err != nil {
				t.Fatal(err)
			}
			if st := v.Stats(); st.Bytes > maxBytes {
				t.Fatalf("cache holds %d bytes, bound %d", st.Bytes, maxBytes)
			}
		}
	}
	st := v.Stats()
	if st.Entries == 0 || st.Entries >= 5*len(accts) {
		t.Fatalf("entries: got %d, want some evicted out of %d", st.Entries, 5*len(accts))
	}
	// The newest block's last answer is kept, the oldest block's first is not.
	before := p.calls("eth_getBalance")
	if _, err := v.BalanceAt(ctx, accts[len(accts)-1], big.NewInt(5)); err != nil {
		t.Fatal(err)
	}
	if got := p.calls("eth_getBalance"); got != before {
		t.Fatalf("the newest answer was evicted")
	}
	if _, err := v.BalanceAt(ctx, accts[0], big.NewInt(1)); err != nil {
		t.Fatal(err)
	}
	if got := p.calls("eth_getBalance"); got != before+1 {
		t.Fatalf("the oldest answer was kept")
	}
}

func TestCallContracts(t *testing.T) {
	ctx := context.Background()
	node, p, v := setup(t)
	v.SetHead(5)
	n := big.NewInt(5)
	var msgs []ethereum.CallMsg
	for i, acc := range node.Accounts() {
		to := acc.Address
		msgs = append(msgs, ethereum.CallMsg{To: &to, Data: []byte{byte(i)}})
	}
	msgs = append(msgs, msgs[0]) // a duplicate within the batch
	// One of them cached beforehand.
	if _, err := v.CallContract(ctx, msgs[1], n); err != nil {
		t.Fatal(err)
	}
	reqs := p.reqs.Load()
	outs, errs := v.CallContracts(ctx, msgs, n)
	if len(outs) != len(msgs) || len(errs) != len(msgs) {
		t.Fatalf("got %d outs and %d errs for %d msgs", len(outs), len(errs), len(msgs))
	}
	for i, m := range msgs {
		want, err := node.Client().CallContract(ctx, m, n)
		if err != nil {
			t.Fatal(err)
		}
		if errs[i] != nil || !bytes.Equal(outs[i], want) {
			t.Fatalf("msg %d: got %x, %v, want %x", i, outs[i], errs[i], want)
		}
	}
	if got := p.reqs.Load() - reqs; got != 1 {
		t.Fatalf("HTTP requests for the batch: got %d, want 1", got)
	}
	if got, want := p.calls("eth_call"), len(msgs)-1; got != want {
		t.Fatalf("eth_calls at the node: got %d, want %d (one cached, one duplicate)", got, want)
	}
	// All of them cached now; and a batch at latest passes through.
	if _, errs := v.CallContracts(ctx, msgs, n); errs[0] != nil {
		t.Fatal(errs[0])
	}
	if _, errs := v.CallContracts(ctx, msgs[:2], nil); errs[0] != nil {
		t.Fatal(errs[0])
	}
	if got, want := p.calls("eth_call"), len(msgs)+1; got != want {
		t.Fatalf("eth_calls at the node: got %d, want %d", got, want)
	}
}

func TestKeyMatchesEthclientArguments(t *testing.T) {
	to := common.HexToAddress("0x01")
	params, err := json.Marshal([]any{CallArg(ethereum.CallMsg{To: &to, Data: []byte{0xaa}}), "0x5"})
	if err != nil {
		t.Fatal(err)
	}
	got, ok := Key("eth_call", params)
	want := `eth_call|[{"from":"0x0000000000000000000000000000000000000000","input":"0xaa","to":"0x0000000000000000000000000000000000000001"},"0x5"]`
	if !ok || got != want {
		t.Fatalf("got %q, %v, want %q", got, ok, want)
	}
	if _, ok := Key("eth_call", json.RawMessage(`[{"to":"0x01"},"latest"]`)); ok {
		t.Fatal("latest got a key")
	}
	// The view keys its own pinned calls the same way, without Key.
	v := &View{entries: map[string]entry{}, flights: map[string]*flight{}, buckets: map[uint64]*bucket{}, maxBytes: DefaultMaxBytes, head: 5}
	var out []byte
	_, f, lead, gen := v.join(got, 5)
	if !lead {
		t.Fatal("a fresh view has the call")
	}
	v.finish(got, 5, gen, f, json.RawMessage(`"0x01"`), nil)
	out, err = v.CallContract(context.Background(), ethereum.CallMsg{To: &to, Data: []byte{0xaa}}, big.NewInt(5))
	if err != nil || !bytes.Equal(out, []byte{1}) {
		t.Fatalf("the view's own key: got %x, %v, want the entry stored under Key's", out, err)
	}
}

// TestAnswerAskedPastTheHeadIsNotKept: a request for a block the view did
// not know when it was asked is not kept even if the head reaches that
// block before the answer comes back (the node may have answered with what
// it had before the block); it was kept when the head was checked only as
// the answer arrived.
func TestAnswerAskedPastTheHeadIsNotKept(t *testing.T) {
	ctx := context.Background()
	node, p, v := setup(t)
	v.SetHead(5)
	if _, err := node.CommitBlock(ctx, nil); err != nil {
		t.Fatal(err)
	}
	to := node.Accounts()[1].Address
	msg := ethereum.CallMsg{To: &to}
	gate := make(chan struct{})
	p.mu.Lock()
	p.gate = gate
	p.mu.Unlock()
	done := make(chan error, 1)
	go func() {
		_, err := v.CallContract(ctx, msg, big.NewInt(6))
		done <- err
	}()
	waitFor(t, "the eth_call at the node", func() bool { return p.calls("eth_call") == 1 })
	v.SetHead(6) // the head arrives while the request is on the wire
	p.mu.Lock()
	p.gate = nil
	p.mu.Unlock()
	close(gate)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if _, err := v.CallContract(ctx, msg, big.NewInt(6)); err != nil {
		t.Fatal(err)
	}
	if got := p.calls("eth_call"); got != 2 {
		t.Fatalf("eth_calls at the node: got %d, want 2 (the answer asked before block 6 was known was kept)", got)
	}
}
