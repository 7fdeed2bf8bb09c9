package engine

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/keeperkit/keeperkit/strategies"
)

// countingSim answers each request with its block and counts the runs;
// gate, when set, holds every run until closed; fail makes runs fail.
type countingSim struct {
	runs atomic.Int32
	gate chan struct{}
	fail atomic.Bool
}

func (c *countingSim) Simulate(ctx context.Context, req strategies.SimRequest) (*strategies.SimResult, error) {
	c.runs.Add(1)
	if c.gate != nil {
		<-c.gate
	}
	if c.fail.Load() {
		return nil, errors.New("state unavailable")
	}
	return &strategies.SimResult{Steps: []strategies.SimStep{{GasUsed: req.Block}}}, nil
}

func TestSharedSim(t *testing.T) {
	ctx := context.Background()
	to := common.HexToAddress("0xe0")
	req := func(block uint64, data byte, value uint64) strategies.SimRequest {
		return strategies.SimRequest{Block: block, Calls: []strategies.Call{{To: to, Data: []byte{data}, Value: uint256.NewInt(value)}}}
	}
	t.Run("equal requests run once, concurrently", func(t *testing.T) {
		inner := &countingSim{gate: make(chan struct{})}
		s := NewSharedSim(inner)
		var wg sync.WaitGroup
		res := make([]*strategies.SimResult, 10)
		for i := range res {
			wg.Go(func() {
				r, err := s.Simulate(ctx, req(7, 1, 0))
				if err != nil {
					t.Error(err)
				}
				res[i] = r
			})
		}
		for inner.runs.Load() == 0 { // the first run started
			time.Sleep(time.Millisecond)
		}
		close(inner.gate)
		wg.Wait()
		if got := inner.runs.Load(); got != 1 {
			t.Errorf("runs: got %d, want 1", got)
		}
		for i, r := range res {
			if r == nil || r != res[0] || r.Steps[0].GasUsed != 7 {
				t.Errorf("caller %d: got %+v, want the shared result of block 7", i, r)
			}
		}
	})
	t.Run("different requests run each", func(t *testing.T) {
		inner := &countingSim{}
		s := NewSharedSim(inner)
		for _, r := range []strategies.SimRequest{req(7, 1, 0), req(8, 1, 0), req(7, 2, 0), req(7, 1, 1),
			{Block: 7, From: to, Calls: req(7, 1, 0).Calls}, {Block: 7}, {Block: 7}} {
			if _, err := s.Simulate(ctx, r); err != nil {
				t.Fatal(err)
			}
		}
		if got := inner.runs.Load(); got != 7 {
			t.Errorf("runs: got %d, want 7 (block, data, value, sender differ; warm-ups always run)", got)
		}
	})
	t.Run("errors are not shared", func(t *testing.T) {
		inner := &countingSim{}
		inner.fail.Store(true)
		s := NewSharedSim(inner)
		if _, err := s.Simulate(ctx, req(7, 1, 0)); err == nil {
			t.Fatal("got nil error, want the inner error")
		}
		inner.fail.Store(false)
		if r, err := s.Simulate(ctx, req(7, 1, 0)); err != nil || r.Steps[0].GasUsed != 7 {
			t.Errorf("after a failure: got %v, %v, want a fresh run", r, err)
		}
		if got := inner.runs.Load(); got != 2 {
			t.Errorf("runs: got %d, want 2", got)
		}
	})
	t.Run("old blocks are pruned", func(t *testing.T) {
		inner := &countingSim{}
		s := NewSharedSim(inner)
		for _, b := range []uint64{5, 6, 7, 8, 9} {
			if _, err := s.Simulate(ctx, req(b, 1, 0)); err != nil {
				t.Fatal(err)
			}
		}
		s.mu.Lock()
		n := len(s.runs)
		s.mu.Unlock()
		if n != sharedBlocksKept+1 {
			t.Errorf("results kept: got %d, want %d (blocks 7..9)", n, sharedBlocksKept+1)
		}
	})
	t.Run("a reorg forgets its blocks, and tells the inner simulator", func(t *testing.T) {
		inner := &forgettingSim{}
		s := NewSharedSim(inner)
		for _, b := range []uint64{7, 8, 9} {
			if _, err := s.Simulate(ctx, req(b, 1, 0)); err != nil {
				t.Fatal(err)
			}
		}
		s.Forget(8)
		if got := inner.forgot.Load(); got != 8 {
			t.Errorf("inner Forget: got %d, want 8", got)
		}
		for _, b := range []uint64{7, 8, 9} {
			if _, err := s.Simulate(ctx, req(b, 1, 0)); err != nil {
				t.Fatal(err)
			}
		}
		if got := inner.runs.Load(); got != 5 {
			t.Errorf("runs: got %d, want 5 (blocks 8 and 9 again, 7 shared)", got)
		}
	})
}

type forgettingSim struct {
	countingSim
	forgot atomic.Uint64
}

func (f *forgettingSim) Forget(from uint64) { f.forgot.Store(from) }

func TestReorgFrom(t *testing.T) {
	for _, tc := range []struct {
		name string
		r    strategies.Reorg
		want uint64
	}{
		{"ancestor known", strategies.Reorg{Ancestor: strategies.BlockID{Number: 10, Hash: common.HexToHash("0x1")}, Dropped: []strategies.BlockID{{Number: 11}}}, 11},
		{"ancestor unknown", strategies.Reorg{Dropped: []strategies.BlockID{{Number: 12}, {Number: 13}}}, 12},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := reorgFrom(&tc.r); got != tc.want {
				t.Errorf("got %d, want %d", got, tc.want)
			}
		})
	}
}
