// Package forksim gives strategies and the engine the strategies.Simulator
// they share: simulations on sim/fork's lazily loaded state of the requested
// block, one fork per block advanced from the previous one.
//
// It may import the sim packages and the plugin API, never the engine.
package forksim

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"

	"github.com/ethereum/go-ethereum/rpc"

	"github.com/keeperkit/keeperkit/sim/fork"
	"github.com/keeperkit/keeperkit/strategies"
)

// forksKept bounds the forks a Simulator holds: the head and a few
// blocks behind it, for opportunities found on a block that is no longer
// the newest.
const forksKept = 4

// Simulator is the strategies.Simulator the engine gives strategies and the
// executor: simulations run on sim/fork's lazily loaded state of the
// requested block. A fork for a new block is made by advancing the newest
// older one, so its cache carries over. Safe for concurrent use: a fork
// being made (Advance reads the node) holds up only the simulations of its
// own block, each block's fork is made once.
type Simulator struct {
	client *rpc.Client
	opts   []fork.Option

	// mu guards forks, making and gen.
	mu     sync.Mutex
	forks  map[uint64]*fork.Fork
	making map[uint64]*making
	gen    uint64 // bumped by Forget: forks begun before are not kept
}

// making is a fork being made; f and err are set before done is closed.
type making struct {
	done chan struct{}
	f    *fork.Fork
	err  error
}

var _ strategies.Simulator = (*Simulator)(nil)

// New simulates on forks of the chain behind client; opts go to
// fork.New (cache size, disk cache, chain config...).
func New(client *rpc.Client, opts ...fork.Option) *Simulator {
	return &Simulator{client: client, opts: opts, forks: map[uint64]*fork.Fork{}, making: map[uint64]*making{}}
}

func (s *Simulator) forkAt(ctx context.Context, n uint64) (*fork.Fork, error) {
	for {
		s.mu.Lock()
		if f, ok := s.forks[n]; ok {
			s.mu.Unlock()
			return f, nil
		}
		m, ok := s.making[n]
		if !ok {
			break // with s.mu held: this caller makes it
		}
		s.mu.Unlock()
		select {
		case <-m.done:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		if m.err == nil {
			return m.f, nil
		}
		if ctx.Err() != nil {
			return nil, m.err
		}
		// Its maker failed (its ctx may have ended): try again.
	}
	var base *fork.Fork
	for m, f := range s.forks {
		if m < n && (base == nil || m > base.Number()) {
			base = f
		}
	}
	m := &making{done: make(chan struct{})}
	s.making[n] = m
	gen := s.gen
	s.mu.Unlock()

	if base != nil {
		m.f, m.err = base.Advance(ctx, n)
		if errors.Is(m.err, fork.ErrNotOnBranch) {
			// A reorg the engine has not announced yet (Forget): start
			// afresh on the node's branch.
			m.f, m.err = fork.New(ctx, s.client, append([]fork.Option{fork.WithBlock(n)}, s.opts...)...)
		}
	} else {
		m.f, m.err = fork.New(ctx, s.client, append([]fork.Option{fork.WithBlock(n)}, s.opts...)...)
	}
	if m.err != nil {
		m.f, m.err = nil, fmt.Errorf("forksim: fork at %d: %w", n, m.err)
	}
	s.mu.Lock()
	if s.making[n] == m {
		delete(s.making, n)
	}
	if m.err == nil && gen == s.gen {
		s.forks[n] = m.f
		s.pruneLocked()
	}
	s.mu.Unlock()
	close(m.done)
	return m.f, m.err
}

// pruneLocked keeps the newest forksKept forks. It does not Close the
// ones it drops: a fork's disk cache is its whole lineage's, still used by
// the newer forks; Simulator.Close closes it.
func (s *Simulator) pruneLocked() {
	if len(s.forks) <= forksKept {
		return
	}
	nums := make([]uint64, 0, len(s.forks))
	for m := range s.forks {
		nums = append(nums, m)
	}
	sort.Slice(nums, func(i, j int) bool { return nums[i] < nums[j] })
	for _, m := range nums[:len(nums)-forksKept] {
		delete(s.forks, m)
	}
}

// Simulate runs req.Txs as a bundle, then each of req.Calls on top of them
// (each call sees the transactions' effects, not the other calls').
func (s *Simulator) Simulate(ctx context.Context, req strategies.SimRequest) (*strategies.SimResult, error) {
	f, err := s.forkAt(ctx, req.Block)
	if err != nil {
		return nil, err
	}
	return SimulateOn(ctx, f, req)
}

// SimulateOn runs req on f (req.Block is not read): req.Txs as a bundle,
// then each of req.Calls on top of them, each call seeing the
// transactions' effects but not the other calls'. The backtest uses it on
// its replay's forks, so that its strategies are simulated exactly as the
// live keeper's are.
func SimulateOn(ctx context.Context, f *fork.Fork, req strategies.SimRequest) (*strategies.SimResult, error) {
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

// Forget drops the forks of blocks from and above (a reorg removed them:
// a fork reads by number and its cache holds the old branch's state); the
// next simulation there advances from the newest fork below, on the new
// branch. Simulations already running on a dropped fork finish on it.
func (s *Simulator) Forget(from uint64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.gen++
	for n := range s.making {
		if n >= from {
			delete(s.making, n) // its maker returns it to its waiters, keeps it not
		}
	}
	for n := range s.forks {
		if n >= from {
			delete(s.forks, n)
		}
	}
}

// Stats are the counters its forks share (every fork is advanced from the
// first, so one set covers them all); zero before the first fork.
func (s *Simulator) Stats() fork.Stats {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, f := range s.forks {
		return f.Stats()
	}
	return fork.Stats{}
}

// Close releases every fork.
func (s *Simulator) Close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for n, f := range s.forks {
		f.Close()
		delete(s.forks, n)
	}
}
