package engine

import (
	"context"
	"encoding/binary"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/keeperkit/keeperkit/strategies"
)

// sharedBlocksKept is how many blocks below the newest one SharedSim keeps
// results for: opportunities are proven on the newest head or just below.
const sharedBlocksKept = 2

// SharedSim runs each distinct simulation once per block: a request equal
// to one already run or running on the same block (same block, sender,
// transactions and calls, byte for byte) gets that run's result. Strategy
// instances that watch the same market prove the same candidates on the
// same block; with SharedSim the fork runs them once, and the others wait
// for that run instead of competing with it for the CPU.
//
// It is exact because a simulation depends only on its request: the
// simulator gives every call its own copy of the block's state (the
// strategies.Simulator contract). Results are shared between callers and
// must be treated as read-only (strategies and the executor only read
// them). Errors are not shared: a failed run is retried by the next caller.
// Requests with nothing to run (a fork warm-up) go straight through. Safe
// for concurrent use.
type SharedSim struct {
	inner strategies.Simulator

	// mu guards runs and newest.
	mu     sync.Mutex
	runs   map[simKey]*simRun
	newest uint64
}

var _ strategies.Simulator = (*SharedSim)(nil)

// NewSharedSim shares inner's simulations.
func NewSharedSim(inner strategies.Simulator) *SharedSim {
	return &SharedSim{inner: inner, runs: map[simKey]*simRun{}}
}

type simKey struct {
	block uint64
	hash  common.Hash
}

// simRun is one simulation, running until done is closed.
type simRun struct {
	done chan struct{}
	res  *strategies.SimResult
	err  error
}

// Simulate returns the result of req, running it only when no equal
// request ran or is running on the same block.
func (s *SharedSim) Simulate(ctx context.Context, req strategies.SimRequest) (*strategies.SimResult, error) {
	if len(req.Txs) == 0 && len(req.Calls) == 0 {
		return s.inner.Simulate(ctx, req)
	}
	key := simKey{block: req.Block, hash: requestHash(&req)}
	for {
		s.mu.Lock()
		r, ok := s.runs[key]
		if !ok {
			r = &simRun{done: make(chan struct{})}
			s.runs[key] = r
			s.pruneLocked(req.Block)
			s.mu.Unlock()
			r.res, r.err = s.inner.Simulate(ctx, req)
			if r.err != nil {
				s.mu.Lock()
				if s.runs[key] == r { // Forget may have dropped it already
					delete(s.runs, key)
				}
				s.mu.Unlock()
			}
			close(r.done)
			return r.res, r.err
		}
		s.mu.Unlock()
		select {
		case <-r.done:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		if r.err == nil {
			return r.res, nil
		}
		// The run failed (its caller's ctx may have ended): run it again.
	}
}

// pruneLocked drops the results of blocks more than sharedBlocksKept
// below the newest block seen.
func (s *SharedSim) pruneLocked(block uint64) {
	if block <= s.newest {
		return
	}
	s.newest = block
	for k, r := range s.runs {
		if k.block+sharedBlocksKept < block {
			select {
			case <-r.done:
				delete(s.runs, k)
			default: // still running: its caller removes nothing, drop it next time
			}
		}
	}
}

// requestHash is the Keccak-256 of everything a simulation depends on
// besides the block: the sender, the transactions' hashes and each call's
// target, value and data, length-prefixed so that no two requests collide
// by concatenation.
func requestHash(req *strategies.SimRequest) common.Hash {
	h := crypto.NewKeccakState()
	var n [8]byte
	put := func(b []byte) {
		binary.BigEndian.PutUint64(n[:], uint64(len(b)))
		h.Write(n[:])
		h.Write(b)
	}
	put(req.From[:])
	binary.BigEndian.PutUint64(n[:], uint64(len(req.Txs)))
	h.Write(n[:])
	for _, tx := range req.Txs {
		th := tx.Hash()
		put(th[:])
	}
	for _, c := range req.Calls {
		put(c.To[:])
		var v [32]byte
		if c.Value != nil {
			v = c.Value.Bytes32()
		}
		put(v[:])
		put(c.Data)
	}
	var out common.Hash
	h.Read(out[:])
	return out
}

// Forget drops the results of blocks from and above (a reorg removed
// them) and passes the call on to the inner simulator when it has Forget
// (forksim.Simulator drops its forks of those blocks). Runs still under
// way finish for their callers but are not kept.
func (s *SharedSim) Forget(from uint64) {
	s.mu.Lock()
	for k := range s.runs {
		if k.block >= from {
			delete(s.runs, k)
		}
	}
	s.mu.Unlock()
	if f, ok := s.inner.(forgetter); ok {
		f.Forget(from)
	}
}
