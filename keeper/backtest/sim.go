package backtest

import (
	"context"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/rpc"

	"github.com/keeperkit/keeperkit/sim/fork"
	"github.com/keeperkit/keeperkit/strategies"
	"github.com/keeperkit/keeperkit/strategies/forksim"
)

// simulator is the strategies.Simulator of a backtest: it runs on the
// replay's own forks (the parent of the block being replayed, and the block
// itself), so strategies and the evaluation of their opportunities share
// one warm state. A block it does not hold gets a fork of its own.
type simulator struct {
	rc   *rpc.Client
	opts []fork.Option

	// mu guards forks and extra.
	mu    sync.Mutex
	forks map[uint64]*fork.Fork
	extra map[uint64]*fork.Fork
}

var _ strategies.Simulator = (*simulator)(nil)

func newSimulator(rc *rpc.Client, opts ...fork.Option) *simulator {
	return &simulator{rc: rc, opts: opts, forks: map[uint64]*fork.Fork{}, extra: map[uint64]*fork.Fork{}}
}

// hold makes fs the forks the replay holds now.
func (s *simulator) hold(fs ...*fork.Fork) {
	s.mu.Lock()
	defer s.mu.Unlock()
	clear(s.forks)
	for _, f := range fs {
		s.forks[f.Number()] = f
	}
}

func (s *simulator) forkAt(ctx context.Context, n uint64) (*fork.Fork, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if f, ok := s.forks[n]; ok {
		return f, nil
	}
	if f, ok := s.extra[n]; ok {
		return f, nil
	}
	f, err := fork.New(ctx, s.rc, append([]fork.Option{fork.WithBlock(n)}, s.opts...)...)
	if err != nil {
		return nil, fmt.Errorf("backtest: fork at %d: %w", n, err)
	}
	if len(s.extra) >= 4 {
		clear(s.extra)
	}
	s.extra[n] = f
	return f, nil
}

// Simulate runs req on the fork at req.Block exactly as strategies/forksim
// does for the live keeper.
func (s *simulator) Simulate(ctx context.Context, req strategies.SimRequest) (*strategies.SimResult, error) {
	f, err := s.forkAt(ctx, req.Block)
	if err != nil {
		return nil, err
	}
	return forksim.SimulateOn(ctx, f, req)
}
