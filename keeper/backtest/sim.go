package backtest

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/rpc"

	"github.com/keeperkit/keeperkit/sim/fork"
	"github.com/keeperkit/keeperkit/strategies"
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

// Simulate runs req.Txs as a bundle, then each of req.Calls on top of them,
// as strategies/forksim does for the live keeper.
func (s *simulator) Simulate(ctx context.Context, req strategies.SimRequest) (*strategies.SimResult, error) {
	f, err := s.forkAt(ctx, req.Block)
	if err != nil {
		return nil, err
	}
	sess := f.NewSession()
	res := &strategies.SimResult{}
	if len(req.Txs) > 0 {
		br, err := sess.SimulateBundle(ctx, req.Txs)
		if err != nil {
			return nil, err
		}
		for i := range br.Txs {
			res.Steps = append(res.Steps, step(&br.Txs[i]))
		}
	}
	for _, c := range req.Calls {
		to := c.To
		msg := fork.CallMsg{From: req.From, To: &to, Data: c.Data}
		if c.Value != nil {
			msg.Value = c.Value.ToBig()
		}
		r, err := sess.Call(ctx, msg)
		if err != nil {
			return nil, err
		}
		res.Steps = append(res.Steps, step(r))
	}
	return res, nil
}

func step(r *fork.TxResult) strategies.SimStep {
	st := strategies.SimStep{GasUsed: r.GasUsed, ReturnData: r.ReturnData, Logs: r.Logs}
	switch {
	case r.Invalid != nil:
		st.Reverted, st.RevertReason = true, "invalid: "+r.Invalid.Error()
	case r.Err != nil || r.Status != 1:
		st.Reverted = true
		if r.Err != nil {
			st.RevertReason = r.Err.Error()
			var re *fork.RevertError
			if errors.As(r.Err, &re) && re.Reason != "" {
				st.RevertReason = re.Reason
			}
		}
	}
	return st
}
