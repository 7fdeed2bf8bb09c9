package forksim

import (
	"bytes"
	"context"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/keeperkit/keeperkit/sim/devnet"
	"github.com/keeperkit/keeperkit/sim/fork"
	"github.com/keeperkit/keeperkit/strategies"
)

// twoEmptyBlocks starts a devnet at block 2 (two empty blocks) and gives a
// funded sender and an address with nothing, which the next blocks may pay.
func twoEmptyBlocks(t *testing.T) (*devnet.Node, devnet.Account, common.Address) {
	t.Helper()
	node := devnet.StartT(t)
	for range 2 {
		if _, err := node.CommitBlock(context.Background(), nil); err != nil {
			t.Fatal(err)
		}
	}
	return node, node.Accounts()[0], common.HexToAddress("0xf00d")
}

// TestForgetFollowsReorg: a fork of block 3 holds the state of the branch
// it was made on; after a reorg replaces block 3, Forget makes the next
// simulation there see the new branch.
func TestForgetFollowsReorg(t *testing.T) {
	ctx := context.Background()
	node, from, fresh := twoEmptyBlocks(t)
	// Block 3 pays fresh 1 ETH.
	tx, err := devnet.Sign(node, from, 0, devnet.Call{To: &fresh, Value: big.NewInt(1e18), Gas: 21_000})
	if err != nil {
		t.Fatal(err)
	}
	h, err := node.CommitBlock(ctx, []*types.Transaction{tx})
	if err != nil {
		t.Fatal(err)
	}
	n := h.Number.Uint64()
	s := New(node.RPC())
	defer s.Close()
	// fresh spends half of it at n: possible only where the payment is.
	spend := strategies.SimRequest{Block: n, From: fresh, Calls: []strategies.Call{{To: from.Address, Value: uint256.NewInt(5e17)}}}
	// Concurrent simulations at a new block share one fork.
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			res, err := s.Simulate(ctx, spend)
			if err != nil {
				t.Error(err)
				return
			}
			if res.Steps[0].Reverted {
				t.Errorf("before the reorg: reverted (%s), want the payment spendable", res.Steps[0].RevertReason)
			}
		})
	}
	wg.Wait()
	s.mu.Lock()
	forks := len(s.forks)
	s.mu.Unlock()
	if forks != 1 {
		t.Fatalf("forks: got %d, want 1", forks)
	}
	// A reorg replaces block n with an empty one.
	if _, err := node.Reorg(ctx, n-1, nil); err != nil {
		t.Fatal(err)
	}
	s.Forget(n)
	res, err := s.Simulate(ctx, spend)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Steps[0].Reverted || !strings.Contains(res.Steps[0].RevertReason, "insufficient funds") {
		t.Fatalf("after the reorg: got reverted=%v %q, want insufficient funds", res.Steps[0].Reverted, res.Steps[0].RevertReason)
	}
}

// TestPruneKeepsDiskCache: forks past forksKept are dropped, but the disk
// cache their lineage shares stays open for the newer ones: what the
// newest block's simulation fetched is on disk, for a simulator started
// later on the same directory.
func TestPruneKeepsDiskCache(t *testing.T) {
	ctx := context.Background()
	node := devnet.StartT(t)
	dir := t.TempDir()
	from := node.Accounts()[0]
	// A new payee at each block: its account is read from the node there
	// (and so written to disk).
	payee := func(n uint64) common.Address { return common.BigToAddress(new(big.Int).SetUint64(0xf00d00 + n)) }
	pay := func(s *Simulator, n uint64) {
		t.Helper()
		res, err := s.Simulate(ctx, strategies.SimRequest{Block: n, From: from.Address, Calls: []strategies.Call{{To: payee(n), Value: uint256.NewInt(1)}}})
		if err != nil {
			t.Fatalf("block %d: %v", n, err)
		}
		if res.Steps[0].Reverted {
			t.Fatalf("block %d: reverted: %s", n, res.Steps[0].RevertReason)
		}
	}
	s := New(node.RPC(), fork.WithDiskCache(dir))
	commit := func() uint64 {
		t.Helper()
		h, err := node.CommitBlock(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		return h.Number.Uint64()
	}
	var last uint64
	for range forksKept + 3 {
		last = commit()
		pay(s, last)
	}
	s.mu.Lock()
	kept := len(s.forks)
	s.mu.Unlock()
	if kept != forksKept {
		t.Fatalf("forks kept: got %d, want %d", kept, forksKept)
	}
	// After the pruning: code never read before goes to disk too (a
	// system contract's), then one more block.
	n := commit()
	call := strategies.Call{To: params.HistoryStorageAddress, Data: make([]byte, 32)}
	if _, err := s.Simulate(ctx, strategies.SimRequest{Block: n, From: from.Address, Calls: []strategies.Call{call}}); err != nil {
		t.Fatalf("block %d: %v", n, err)
	}
	last = commit()
	pay(s, last)
	s.Close()
	again := New(node.RPC(), fork.WithDiskCache(dir))
	defer again.Close()
	pay(again, last)
	if st := again.Stats(); st.DiskLoads == 0 {
		t.Fatalf("block %d again: nothing loaded from disk (%d read from the node)", last, st.Misses)
	}
}

// holdingProxy forwards JSON-RPC to the node and holds every request that
// asks for debug_traceBlockByNumber (Advance's trace) until release is
// closed; traces counts them and traced is closed at the first.
type holdingProxy struct {
	target  string
	release chan struct{}
	traced  chan struct{}
	once    sync.Once
	traces  atomic.Int32
}

func (p *holdingProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if bytes.Contains(body, []byte("debug_traceBlockByNumber")) {
		p.traces.Add(1)
		p.once.Do(func() { close(p.traced) })
		<-p.release
	}
	resp, err := http.Post(p.target, r.Header.Get("Content-Type"), bytes.NewReader(body))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.Header().Set("Content-Type", resp.Header.Get("Content-Type"))
	w.WriteHeader(resp.StatusCode)
	_, _ = io.Copy(w, resp.Body)
}

// TestForkInMakingHoldsUpOnlyItsBlock: while the fork of block n+1 is being
// made (its Advance's trace held by the proxy), a simulation at n, whose
// fork exists, returns; the simulations at n+1 all wait on that one making
// (one trace request), then see n+1's state.
func TestForkInMakingHoldsUpOnlyItsBlock(t *testing.T) {
	ctx := context.Background()
	node, from, fresh := twoEmptyBlocks(t)
	n := uint64(2)

	p := &holdingProxy{target: node.HTTPEndpoint(), release: make(chan struct{}), traced: make(chan struct{})}
	srv := httptest.NewServer(p)
	t.Cleanup(srv.Close)
	var releaseOnce sync.Once
	release := func() { releaseOnce.Do(func() { close(p.release) }) }
	t.Cleanup(release) // before srv.Close: held requests must end
	client, err := rpc.DialContext(ctx, srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	s := New(client)
	t.Cleanup(s.Close)

	// fresh spends 0.5 ETH: possible only from n+1, which pays it 1 ETH.
	spend := func(block uint64) strategies.SimRequest {
		return strategies.SimRequest{Block: block, From: fresh, Calls: []strategies.Call{{To: from.Address, Value: uint256.NewInt(5e17)}}}
	}
	wantUnfunded := func(res *strategies.SimResult, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("at %d: %v", n, err)
		}
		if !res.Steps[0].Reverted || !strings.Contains(res.Steps[0].RevertReason, "insufficient funds") {
			t.Fatalf("at %d: got reverted=%v %q, want insufficient funds", n, res.Steps[0].Reverted, res.Steps[0].RevertReason)
		}
	}
	// The fork of n is made without a trace.
	wantUnfunded(s.Simulate(ctx, spend(n)))
	if got := p.traces.Load(); got != 0 {
		t.Fatalf("trace requests after the fork of %d: got %d, want 0", n, got)
	}

	tx, err := devnet.Sign(node, from, 0, devnet.Call{To: &fresh, Value: big.NewInt(1e18), Gas: 21_000})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := node.CommitBlock(ctx, []*types.Transaction{tx}); err != nil {
		t.Fatal(err)
	}

	// Simulations at n+1: the first makes its fork (Advance from n, held).
	const waiters = 4
	type result struct {
		res *strategies.SimResult
		err error
	}
	next := make(chan result, waiters)
	first := func() {
		res, err := s.Simulate(ctx, spend(n+1))
		next <- result{res, err}
	}
	go first()
	select {
	case <-p.traced:
	case <-time.After(5 * time.Second):
		t.Fatalf("no trace request for %d within 5 s", n+1)
	}
	var started sync.WaitGroup
	for range waiters - 1 {
		started.Add(1)
		go func() {
			started.Done()
			first()
		}()
	}
	started.Wait()

	// At n, while n+1's fork is being made: returns, before the release.
	atN := make(chan result, 1)
	go func() {
		res, err := s.Simulate(ctx, spend(n))
		atN <- result{res, err}
	}()
	select {
	case r := <-atN:
		wantUnfunded(r.res, r.err)
	case <-time.After(3 * time.Second):
		t.Fatalf("simulation at %d still blocked after 3 s while the fork of %d is being made", n, n+1)
	}
	select {
	case r := <-next:
		t.Fatalf("a simulation at %d returned (err %v) before its trace was released", n+1, r.err)
	default:
	}
	// The waiters at n+1 are on the making, not making their own.
	s.mu.Lock()
	_, making := s.making[n+1]
	s.mu.Unlock()
	if !making {
		t.Fatalf("fork of %d: not being made while its trace is held", n+1)
	}

	release()
	for i := range waiters {
		select {
		case r := <-next:
			if r.err != nil {
				t.Fatalf("at %d (%d): %v", n+1, i, r.err)
			}
			if r.res.Steps[0].Reverted {
				t.Fatalf("at %d (%d): reverted (%s), want the payment spendable", n+1, i, r.res.Steps[0].RevertReason)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("at %d: %d of %d simulations returned within 5 s of the release", n+1, i, waiters)
		}
	}
	if got := p.traces.Load(); got != 1 {
		t.Fatalf("trace requests for %d: got %d, want 1 (one making shared by every simulation)", n+1, got)
	}
}
