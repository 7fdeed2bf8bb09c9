package source

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/keeperkit/keeperkit/sim/devnet"
	"github.com/keeperkit/keeperkit/strategies"
)

// proxy is a TCP relay between a source and the devnet whose connections a
// test can cut, and whose listener can refuse connections for a while: a
// real dropped WebSocket, not a simulated one.
type proxy struct {
	ln     net.Listener
	target string
	down   atomic.Bool

	mu     sync.Mutex
	conns  map[net.Conn]struct{}
	frozen map[net.Conn]*atomic.Bool // reads from a frozen conn are discarded
}

// pipe copies src to dst until either fails, discarding what src sends
// while frozen: a half-open connection that stays up but carries nothing.
func pipe(dst, src net.Conn, frozen *atomic.Bool) {
	buf := make([]byte, 32<<10)
	for {
		n, err := src.Read(buf)
		if n > 0 && !frozen.Load() {
			if _, werr := dst.Write(buf[:n]); werr != nil {
				return
			}
		}
		if err != nil {
			return
		}
	}
}

// freeze makes every live connection silent without closing it.
func (p *proxy) freeze() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, f := range p.frozen {
		f.Store(true)
	}
}

func startProxy(t *testing.T, targetURL string) *proxy {
	t.Helper()
	u, err := url.Parse(targetURL)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &proxy{ln: ln, target: u.Host, conns: map[net.Conn]struct{}{}, frozen: map[net.Conn]*atomic.Bool{}}
	t.Cleanup(func() { ln.Close(); p.cut() })
	go p.accept()
	return p
}

func (p *proxy) url() string { return "ws://" + p.ln.Addr().String() }

func (p *proxy) accept() {
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		if p.down.Load() {
			c.Close()
			continue
		}
		up, err := net.Dial("tcp", p.target)
		if err != nil {
			c.Close()
			continue
		}
		p.mu.Lock()
		p.conns[c], p.conns[up] = struct{}{}, struct{}{}
		p.mu.Unlock()
		p.mu.Lock()
		p.frozen[c], p.frozen[up] = new(atomic.Bool), new(atomic.Bool)
		fc, fup := p.frozen[c], p.frozen[up]
		p.mu.Unlock()
		done := func() {
			up.Close()
			c.Close()
			p.mu.Lock()
			delete(p.conns, c)
			delete(p.conns, up)
			delete(p.frozen, c)
			delete(p.frozen, up)
			p.mu.Unlock()
		}
		go func() { pipe(up, c, fc); done() }()
		go func() { pipe(c, up, fup); done() }()
	}
}

func (p *proxy) live() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.conns)
}

// cut closes every live connection.
func (p *proxy) cut() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	n := len(p.conns)
	for c := range p.conns {
		c.Close()
	}
	clear(p.conns)
	return n
}

// collector reads a source's events in the background.
type collector struct {
	mu     sync.Mutex
	events []strategies.Event
}

func collect(ch <-chan strategies.Event) *collector {
	c := &collector{}
	go func() {
		for ev := range ch {
			c.mu.Lock()
			c.events = append(c.events, ev)
			c.mu.Unlock()
		}
	}()
	return c
}

func (c *collector) snapshot() []strategies.Event {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]strategies.Event(nil), c.events...)
}

// blocks returns the numbers of the KindBlock events.
func (c *collector) blocks() []uint64 {
	var n []uint64
	for _, ev := range c.snapshot() {
		if ev.Kind == strategies.KindBlock {
			n = append(n, ev.Block)
		}
	}
	return n
}

func (c *collector) waitBlock(t *testing.T, n uint64) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		if b := c.blocks(); len(b) > 0 && b[len(b)-1] >= n {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("block %d never delivered; got %v", n, c.blocks())
		}
		time.Sleep(2 * time.Millisecond)
	}
}

func runSource(t *testing.T, run func(ctx context.Context) error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run: %v", err)
		}
	})
}

// assertContiguous checks that blocks are exactly from..to, each once.
func assertContiguous(t *testing.T, blocks []uint64, from, to uint64) {
	t.Helper()
	if len(blocks) != int(to-from+1) {
		t.Fatalf("got %d blocks %v, want %d..%d", len(blocks), blocks, from, to)
	}
	for i, n := range blocks {
		if n != from+uint64(i) {
			t.Fatalf("block %d of the stream is %d, want %d (stream %v)", i, n, from+uint64(i), blocks)
		}
	}
}

// assertCanonical checks the delivered hashes against the chain.
func assertCanonical(t *testing.T, n *devnet.Node, events []strategies.Event) {
	t.Helper()
	for _, ev := range events {
		if ev.Kind != strategies.KindBlock {
			continue
		}
		want, err := n.Client().HeaderByNumber(context.Background(), new(big.Int).SetUint64(ev.Block))
		if err != nil {
			t.Fatal(err)
		}
		if ev.Header.Hash() != want.Hash() {
			t.Errorf("block %d: delivered %s, canonical %s", ev.Block, ev.Header.Hash(), want.Hash())
		}
	}
}

// TestWebSocketCutNoBlockMissed cuts the WebSocket for real (a TCP proxy
// closes its connections, and refuses new ones for a while) as blocks are
// committed, and checks that the stream is exactly contiguous.
func TestWebSocketCutNoBlockMissed(t *testing.T) {
	ctx := context.Background()
	n := devnet.StartT(t)
	p := startProxy(t, n.WSEndpoint())
	reg := prometheus.NewRegistry()
	h, err := NewHeads(HeadsConfig{WSURL: p.url(), MinBackoff: 5 * time.Millisecond, MaxBackoff: 50 * time.Millisecond, CallTimeout: 2 * time.Second},
		zerolog.Nop(), reg)
	if err != nil {
		t.Fatal(err)
	}
	col := collect(h.Events())
	runSource(t, h.Run)
	col.waitBlock(t, 0) // genesis: the head at start

	const rounds, perRound = 6, 5
	cuts := 0
	for r := range rounds {
		for range perRound {
			if _, err := n.CommitBlock(ctx, nil); err != nil {
				t.Fatal(err)
			}
		}
		// Every cut hits a live session: wait for the source to be back.
		waitUntil(t, "a live connection", func() bool { return p.live() > 0 })
		if r%2 == 0 {
			// Cut while blocks keep landing.
			cuts += min(1, p.cut())
			for range 2 {
				if _, err := n.CommitBlock(ctx, nil); err != nil {
					t.Fatal(err)
				}
			}
		} else {
			// Cut and keep the node unreachable while three blocks land.
			p.down.Store(true)
			cuts += min(1, p.cut())
			for range 3 {
				if _, err := n.CommitBlock(ctx, nil); err != nil {
					t.Fatal(err)
				}
			}
			time.Sleep(20 * time.Millisecond) // let a reconnect attempt be refused
			p.down.Store(false)
		}
	}
	head, err := n.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	col.waitBlock(t, head)
	assertContiguous(t, col.blocks(), 0, head)
	assertCanonical(t, n, col.snapshot())
	if cuts != rounds {
		t.Errorf("cuts of a live connection: got %d, want %d", cuts, rounds)
	}
	if got := counterValue(t, h.m.reconnects.WithLabelValues("heads")); got < float64(cuts) {
		t.Errorf("reconnects: got %v, want at least %d", got, cuts)
	}
	if got := counterValue(t, h.m.backfilled); got == 0 {
		t.Error("backfilled: got 0, want the blocks landed while disconnected")
	}
	t.Logf("head %d, cuts %d, reconnects %v, backfilled %v", head, cuts,
		counterValue(t, h.m.reconnects.WithLabelValues("heads")), counterValue(t, h.m.backfilled))
}

// TestWebSocketHalfOpen freezes the connection without closing it (no FIN,
// no RST: what a dead NAT or load balancer does); the stall timeout notices
// and a new session backfills.
func TestWebSocketHalfOpen(t *testing.T) {
	ctx := context.Background()
	n := devnet.StartT(t)
	p := startProxy(t, n.WSEndpoint())
	reg := prometheus.NewRegistry()
	h, err := NewHeads(HeadsConfig{WSURL: p.url(), MinBackoff: 5 * time.Millisecond, MaxBackoff: 20 * time.Millisecond,
		CallTimeout: 300 * time.Millisecond, StallTimeout: 100 * time.Millisecond}, zerolog.Nop(), reg)
	if err != nil {
		t.Fatal(err)
	}
	col := collect(h.Events())
	runSource(t, h.Run)
	col.waitBlock(t, 0)
	waitUntil(t, "a live connection", func() bool { return p.live() > 0 })
	p.freeze()
	for range 5 {
		if _, err := n.CommitBlock(ctx, nil); err != nil {
			t.Fatal(err)
		}
	}
	col.waitBlock(t, 5)
	assertContiguous(t, col.blocks(), 0, 5)
	if got := counterValue(t, h.m.reconnects.WithLabelValues("heads")); got < 1 {
		t.Errorf("reconnects: got %v, want at least 1", got)
	}
}

func TestHTTPPollingEveryBlock(t *testing.T) {
	ctx := context.Background()
	n := devnet.StartT(t)
	h, err := NewHeads(HeadsConfig{HTTPURL: n.HTTPEndpoint(), PollInterval: 25 * time.Millisecond}, zerolog.Nop(), nil)
	if err != nil {
		t.Fatal(err)
	}
	col := collect(h.Events())
	runSource(t, h.Run)
	col.waitBlock(t, 0)
	for range 40 {
		if _, err := n.CommitBlock(ctx, nil); err != nil {
			t.Fatal(err)
		}
	}
	col.waitBlock(t, 40)
	assertContiguous(t, col.blocks(), 0, 40)
	assertCanonical(t, n, col.snapshot())
}

func TestReorgAnnounced(t *testing.T) {
	for _, mode := range []string{"ws", "http"} {
		t.Run(mode, func(t *testing.T) {
			ctx := context.Background()
			n := devnet.StartT(t, devnet.Config{NoAutomine: true})
			acc := n.Accounts()
			cfg := HeadsConfig{WSURL: n.WSEndpoint()}
			if mode == "http" {
				cfg = HeadsConfig{HTTPURL: n.HTTPEndpoint(), PollInterval: 10 * time.Millisecond}
			}
			h, err := NewHeads(cfg, zerolog.Nop(), nil)
			if err != nil {
				t.Fatal(err)
			}
			col := collect(h.Events())
			runSource(t, h.Run)
			col.waitBlock(t, 0)
			var old []*types.Header
			for i := range 3 {
				tx := transferTx(t, n, acc[0], uint64(i))
				hdr, err := n.CommitBlock(ctx, []*types.Transaction{tx})
				if err != nil {
					t.Fatal(err)
				}
				old = append(old, hdr)
			}
			col.waitBlock(t, 3)
			// Replace blocks 2 and 3 with one other block 2.
			newHdr, err := n.Reorg(ctx, 1, []*types.Transaction{transferTx(t, n, acc[1], 0)})
			if err != nil {
				t.Fatal(err)
			}
			next, err := n.CommitBlock(ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			deadline := time.Now().Add(10 * time.Second)
			var evs []strategies.Event
			for {
				evs = col.snapshot()
				if l := evs[len(evs)-1]; l.Kind == strategies.KindBlock && l.Header.Hash() == next.Hash() {
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("block %d (after the reorg) never delivered", next.Number)
				}
				time.Sleep(2 * time.Millisecond)
			}
			tail := evs[len(evs)-3:]
			r := tail[0]
			if r.Kind != strategies.KindReorg {
				t.Fatalf("event before the new branch: got %s, want reorg", r.Kind)
			}
			wantDropped := []strategies.BlockID{{Number: 2, Hash: old[1].Hash()}, {Number: 3, Hash: old[2].Hash()}}
			if r.Reorg.Ancestor != (strategies.BlockID{Number: 1, Hash: old[0].Hash()}) || len(r.Reorg.Dropped) != 2 ||
				r.Reorg.Dropped[0] != wantDropped[0] || r.Reorg.Dropped[1] != wantDropped[1] {
				t.Errorf("reorg: got ancestor %v dropped %v, want ancestor 1 %s dropped %v", r.Reorg.Ancestor, r.Reorg.Dropped, old[0].Hash(), wantDropped)
			}
			if tail[1].Kind != strategies.KindBlock || tail[1].Header.Hash() != newHdr.Hash() {
				t.Errorf("after the reorg: got %s %d, want the new block 2 %s", tail[1].Kind, tail[1].Block, newHdr.Hash())
			}
			if got := counterValue(t, h.m.reorgs); got != 1 {
				t.Errorf("reorgs: got %v, want 1", got)
			}
		})
	}
}

// TestLogsPerBlock: a contract in genesis emits one log per call; the logs
// arrive right after their block, and only for blocks that have them.
// logWorld is a devnet with a contract that logs one topic when called.
type logWorld struct {
	node    *devnet.Node
	emitter common.Address
	topic   common.Hash
	nonce   uint64
}

func newLogWorld(t *testing.T) *logWorld {
	w := &logWorld{emitter: common.HexToAddress("0x10c5"), topic: common.HexToHash("0x7e57")}
	// PUSH32 topic PUSH1 0 PUSH1 0 LOG1 STOP
	code := append(append([]byte{0x7f}, w.topic.Bytes()...), 0x60, 0x00, 0x60, 0x00, 0xa1, 0x00)
	w.node = devnet.StartT(t, devnet.Config{NoAutomine: true, Alloc: types.GenesisAlloc{w.emitter: {Code: code, Balance: big.NewInt(0)}}})
	return w
}

// commit builds a block, with one call to the emitter when logged.
func (w *logWorld) commit(t *testing.T, logged bool) uint64 {
	t.Helper()
	var txs []*types.Transaction
	if logged {
		tx, err := devnet.Sign(w.node, w.node.Accounts()[0], w.nonce, devnet.Call{To: &w.emitter, Gas: 50_000})
		if err != nil {
			t.Fatal(err)
		}
		w.nonce++
		txs = append(txs, tx)
	}
	hdr, err := w.node.CommitBlock(context.Background(), txs)
	if err != nil {
		t.Fatal(err)
	}
	return hdr.Number.Uint64()
}

// follow runs Heads on the world's WebSocket, filtering the emitter's
// logs, with cfg's other settings; it returns once the genesis is delivered.
func (w *logWorld) follow(t *testing.T, cfg HeadsConfig) (*Heads, *collector) {
	t.Helper()
	cfg.WSURL = w.node.WSEndpoint()
	cfg.Logs = []strategies.LogFilter{{Addresses: []common.Address{w.emitter}}}
	h, err := NewHeads(cfg, zerolog.Nop(), nil)
	if err != nil {
		t.Fatal(err)
	}
	col := collect(h.Events())
	runSource(t, h.Run)
	col.waitBlock(t, 0)
	return h, col
}

func TestLogsPerBlock(t *testing.T) {
	for _, fetchOnly := range []bool{false, true} {
		t.Run(fmt.Sprintf("fetch_logs_only=%v", fetchOnly), func(t *testing.T) {
			w := newLogWorld(t)
			_, col := w.follow(t, HeadsConfig{FetchLogsOnly: fetchOnly})
			withLog := map[uint64]bool{}
			// Back to back: a block's pushed logs race the next header.
			for i := range 6 {
				withLog[w.commit(t, i%2 == 0)] = i%2 == 0
			}
			col.waitBlock(t, 6)
			waitUntil(t, "logs of block 5", func() bool {
				evs := col.snapshot()
				return evs[len(evs)-1].Kind == strategies.KindLogs || !withLog[6]
			})
			var prev strategies.Event
			logsSeen := 0
			for _, ev := range col.snapshot() {
				if ev.Kind == strategies.KindLogs {
					logsSeen++
					if prev.Kind != strategies.KindBlock || prev.Block != ev.Block {
						t.Errorf("logs of block %d not right after its block (after %s %d)", ev.Block, prev.Kind, prev.Block)
					}
					if len(ev.Logs) != 1 || ev.Logs[0].Address != w.emitter || ev.Logs[0].Topics[0] != w.topic || ev.Logs[0].BlockHash != prev.Header.Hash() {
						t.Errorf("block %d logs: got %+v, want one log of %s in block %s", ev.Block, ev.Logs, w.emitter, prev.Header.Hash())
					}
					if !withLog[ev.Block] {
						t.Errorf("logs event for block %d, which has no logs", ev.Block)
					}
				}
				prev = ev
			}
			if logsSeen != 3 {
				t.Errorf("logs events: got %d, want 3", logsSeen)
			}
		})
	}
}

// TestLogsPushed checks that a block's logs come by the node's push, not by
// the fetch that confirms them: with that fetch an hour away and no next
// block to bring it forward, only a push can deliver them.
func TestLogsPushed(t *testing.T) {
	w := newLogWorld(t)
	h, col := w.follow(t, HeadsConfig{LogsConfirmAfter: time.Hour})
	for range 3 {
		n := w.commit(t, true)
		waitUntil(t, fmt.Sprintf("the pushed logs of block %d", n), func() bool {
			evs := col.snapshot()
			last := evs[len(evs)-1]
			return last.Kind == strategies.KindLogs && last.Block == n
		})
	}
	// The next block confirms the last one's logs: nothing new to emit.
	last := w.commit(t, false)
	col.waitBlock(t, last)
	if p, f := counterValue(t, h.m.logs.WithLabelValues("push")), counterValue(t, h.m.logs.WithLabelValues("fetch")); p != 3 || f != 0 {
		t.Errorf("logs pushed %v, fetched %v; want 3 and 0", p, f)
	}
	logs := 0
	for _, ev := range col.snapshot() {
		if ev.Kind == strategies.KindLogs {
			logs++
		}
	}
	if logs != 3 {
		t.Errorf("logs events: got %d, want 3 (each log once)", logs)
	}
}

func TestPendingTransactions(t *testing.T) {
	for _, c := range devnet.Chains(t) {
		t.Run(c.Name(), func(t *testing.T) {
			ctx := context.Background()
			if err := c.SetAutomine(ctx, false); err != nil {
				t.Fatal(err)
			}
			reg := prometheus.NewRegistry()
			p, err := NewPending(PendingConfig{WSURL: c.WSEndpoint(), Head: func() uint64 { return 42 }}, zerolog.Nop(), reg)
			if err != nil {
				t.Fatal(err)
			}
			col := collect(p.Events())
			runSource(t, p.Run)
			acc := c.Accounts()[3]
			sent := map[common.Hash]*types.Transaction{}
			// The subscription starts asynchronously: send until one arrives.
			deadline := time.Now().Add(20 * time.Second)
			var got strategies.Event
		wait:
			for nonce := uint64(0); ; nonce++ {
				tx := transferTx(t, c, acc, nonce)
				if err := c.Client().SendTransaction(ctx, tx); err != nil {
					t.Fatal(err)
				}
				sent[tx.Hash()] = tx
				until := time.Now().Add(500 * time.Millisecond)
				for time.Now().Before(until) {
					if evs := col.snapshot(); len(evs) > 0 {
						got = evs[0]
						break wait
					}
					time.Sleep(2 * time.Millisecond)
				}
				if time.Now().After(deadline) {
					t.Fatal("no pending transaction arrived")
				}
			}
			want, ok := sent[got.Tx.Hash()]
			if !ok {
				t.Fatalf("pending tx %s is none of ours", got.Tx.Hash())
			}
			if got.Kind != strategies.KindPendingTx || got.Block != 42 || *got.Tx.To() != *want.To() ||
				got.Tx.Value().Cmp(want.Value()) != 0 || got.Tx.Nonce() != want.Nonce() {
				t.Errorf("pending event: got kind %s block %d to %s value %s nonce %d, want pending_tx 42 %s %s %d",
					got.Kind, got.Block, got.Tx.To(), got.Tx.Value(), got.Tx.Nonce(), want.To(), want.Value(), want.Nonce())
			}
			// Still pending: automine is off.
			if _, pending, err := c.Client().TransactionByHash(ctx, got.Tx.Hash()); err != nil || !pending {
				t.Errorf("tx %s: pending %v err %v, want pending", got.Tx.Hash(), pending, err)
			}
		})
	}
}

func TestDropOldest(t *testing.T) {
	in := make(chan strategies.Hint, 5)
	for i := range 5 {
		in <- strategies.Hint{Hash: common.BigToHash(big.NewInt(int64(i)))}
	}
	close(in)
	reg := prometheus.NewRegistry()
	h, err := NewHints(in, HintsConfig{Buffer: 2, Head: func() uint64 { return 7 }}, reg)
	if err != nil {
		t.Fatal(err)
	}
	if err := h.Run(context.Background()); err != nil { // returns when in closes
		t.Fatal(err)
	}
	var got []int64
	for ev := range h.Events() {
		if ev.Kind != strategies.KindHint || ev.Block != 7 {
			t.Errorf("event: got %s block %d, want hint 7", ev.Kind, ev.Block)
		}
		got = append(got, ev.Hint.Hash.Big().Int64())
	}
	if len(got) != 2 || got[0] != 3 || got[1] != 4 {
		t.Errorf("kept hints: got %v, want the newest [3 4]", got)
	}
	if d := counterValue(t, h.m.drops.WithLabelValues("hints")); d != 3 {
		t.Errorf("drops: got %v, want 3", d)
	}
}

func TestConfigValidate(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"no endpoint", HeadsConfig{}.Validate(), "ws_url or http_url"},
		{"backoff order", HeadsConfig{WSURL: "ws://x", MinBackoff: time.Second, MaxBackoff: time.Millisecond}.Validate(), "min_backoff 1s above max_backoff 1ms"},
		{"negative depth", HeadsConfig{WSURL: "ws://x", MaxReorgDepth: -1}.Validate(), "max_reorg_depth -1"},
		{"pending needs ws", PendingConfig{}.Validate(), "pending transactions need ws_url"},
		{"ok", HeadsConfig{HTTPURL: "http://x"}.Validate(), ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.want == "" {
				if tc.err != nil {
					t.Errorf("got %v, want nil", tc.err)
				}
				return
			}
			if tc.err == nil || !strings.Contains(tc.err.Error(), tc.want) {
				t.Errorf("got %v, want an error containing %q", tc.err, tc.want)
			}
		})
	}
	if !errors.Is(HeadsConfig{}.Validate(), ErrNoEndpoint) {
		t.Error("missing endpoint does not wrap ErrNoEndpoint")
	}
}

func transferTx(t *testing.T, c devnet.Chain, from devnet.Account, nonce uint64) *types.Transaction {
	t.Helper()
	to := common.HexToAddress("0xbeef")
	tx, err := devnet.Sign(c, from, nonce, devnet.Call{To: &to, Value: big.NewInt(params.GWei + int64(nonce)), Gas: 21_000})
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

func waitUntil(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// TestPendingHashFallback drives the path for nodes that announce only
// hashes: bodies are fetched in one batch, and hashes gone from the pool
// are skipped.
func TestPendingHashFallback(t *testing.T) {
	ctx := context.Background()
	n := devnet.StartT(t, devnet.Config{NoAutomine: true})
	tx := transferTx(t, n, n.Accounts()[4], 0)
	if err := n.Client().SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	p, err := NewPending(PendingConfig{WSURL: n.WSEndpoint()}, zerolog.Nop(), nil)
	if err != nil {
		t.Fatal(err)
	}
	unknown := common.HexToHash("0xdead")
	var hashes []common.Hash
	for _, h := range []common.Hash{tx.Hash(), unknown} {
		msg, _ := h.MarshalText()
		hashes = p.take(append(append([]byte{'"'}, msg...), '"'), hashes)
	}
	if len(hashes) != 2 {
		t.Fatalf("hash messages taken: got %d, want 2", len(hashes))
	}
	if err := p.fetch(ctx, n.RPC(), hashes); err != nil {
		t.Fatal(err)
	}
	select {
	case ev := <-p.Events():
		if ev.Tx.Hash() != tx.Hash() {
			t.Errorf("fetched tx: got %s, want %s", ev.Tx.Hash(), tx.Hash())
		}
	default:
		t.Fatal("no event for the pending hash")
	}
	if len(p.out) != 0 {
		t.Errorf("events for unknown hashes: got %d, want 0", len(p.out))
	}
}
