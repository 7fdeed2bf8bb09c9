package fork

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/tracers"
	_ "github.com/ethereum/go-ethereum/eth/tracers/native" // registers callTracer
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
)

// TxResult is the outcome of one transaction or call.
type TxResult struct {
	Hash common.Hash // zero for a call
	// Invalid is set when the transaction could not be included at all
	// (nonce, fee cap under base fee, balance short of gas * price, gas
	// over what the block has left). Nothing else is set and the state
	// is as before it.
	Invalid error
	Status  uint64 // types.ReceiptStatusSuccessful or types.ReceiptStatusFailed
	GasUsed uint64 // as the receipt says: after refunds, at least the calldata floor
	// Err is nil on success, a *RevertError on REVERT, else the EVM's
	// error (vm.ErrOutOfGas, vm.ErrInvalidOpCode, ...).
	Err             error
	ReturnData      []byte
	Logs            []*types.Log
	ContractAddress common.Address // set for a creation
	// CoinbasePayment is what the block's coinbase gained during this
	// transaction, in wei: the priority fee plus any direct transfer.
	CoinbasePayment *big.Int
	// GasFee is the priority-fee part of CoinbasePayment, in wei:
	// gas used * (effective gas price - base fee).
	GasFee *big.Int
	// Trace is the callTracer's JSON (withLog) when WithCallTrace is set.
	Trace json.RawMessage
}

// BundleResult is the outcome of a bundle, transaction by transaction.
type BundleResult struct {
	Txs     []TxResult
	GasUsed uint64 // sum over included transactions
	// CoinbasePayment is the coinbase's balance change over the bundle, in
	// wei; GasFees is its priority-fee part; the rest was paid directly.
	CoinbasePayment *big.Int
	GasFees         *big.Int
	// BalanceDeltas are the ether balance changes of the watched accounts
	// (see Watch) and of the coinbase, in wei.
	BalanceDeltas map[common.Address]*big.Int
	// TokenDeltas[token][account] is the change in token units (no
	// decimals applied) of each watched account, summed from ERC-20
	// Transfer(address,address,uint256) logs.
	TokenDeltas map[common.Address]map[common.Address]*big.Int
}

// Ok says whether every transaction was included and succeeded.
func (r *BundleResult) Ok() bool {
	for i := range r.Txs {
		if r.Txs[i].Invalid != nil || r.Txs[i].Status != types.ReceiptStatusSuccessful {
			return false
		}
	}
	return true
}

// transferTopic is keccak256("Transfer(address,address,uint256)").
var transferTopic = crypto.Keccak256Hash([]byte("Transfer(address,address,uint256)"))

// SimOption configures one simulation.
type SimOption func(*simOptions)

type simOptions struct {
	watch []common.Address
	block *Block
	trace bool
}

// Watch adds accounts whose ether and ERC-20 balance changes the
// BundleResult reports.
func Watch(accounts ...common.Address) SimOption {
	return func(o *simOptions) { o.watch = append(o.watch, accounts...) }
}

// AtBlock runs in block context b instead of Fork.Next.
func AtBlock(b Block) SimOption { return func(o *simOptions) { o.block = &b } }

// WithCallTrace records go-ethereum's callTracer output (with logs) in each
// TxResult.Trace. Slower: for debugging a failed simulation.
func WithCallTrace() SimOption { return func(o *simOptions) { o.trace = true } }

// Session is one worker's simulation state: a StateDB over the fork's
// shared cache and one EVM, reused from simulation to simulation
// (creating an EVM costs more than a small call). Transactions applied
// to a Session stack up, as in a block; Reset starts over from the fork's
// state, Snapshot and Revert try variants of a bundle without refetching.
// A Session is not safe for concurrent use; use one per goroutine.
type Session struct {
	f      *Fork
	rd     *reader
	sdb    *state.StateDB
	evm    *vm.EVM
	block  Block
	rules  params.Rules
	signer types.Signer
	gp     *core.GasPool
	txIdx  int
	broken error
	// applied is the hashes of the transactions applied since the last
	// Reset, in order, for a block session (see Fork.NewBlockSession).
	applied []common.Hash
}

// NewSession returns a worker on f's state, in f.Next's context.
func (f *Fork) NewSession() *Session {
	s := &Session{f: f, rd: &reader{f: f.fetch, ctx: context.Background()}}
	s.setBlock(f.next)
	s.Reset()
	return s
}

// SetBlock changes the block context and resets the session.
func (s *Session) SetBlock(b Block) {
	s.setBlock(b)
	s.Reset()
}

func (s *Session) setBlock(b Block) {
	s.block = b
	num := new(big.Int).SetUint64(b.Number)
	s.rules = s.f.sh.chainConfig.Rules(num, s.merged(), b.Time)
	s.signer = types.MakeSigner(s.f.sh.chainConfig, num, b.Time)
	s.evm = nil
}

// merged says whether the block is past the merge: a zero difficulty, or a
// chain merged from genesis (anvil reports a non-zero difficulty on forks
// of such chains and still runs post-merge rules).
func (s *Session) merged() bool {
	if s.block.Difficulty == nil || s.block.Difficulty.Sign() == 0 {
		return true
	}
	ttd := s.f.sh.chainConfig.TerminalTotalDifficulty
	return ttd != nil && ttd.Sign() == 0
}

func (s *Session) blockContext() vm.BlockContext {
	b := &s.block
	bc := vm.BlockContext{
		CanTransfer:      core.CanTransfer,
		Transfer:         core.Transfer,
		GetHash:          s.getHash,
		Coinbase:         b.Coinbase,
		GasLimit:         b.GasLimit,
		BlockNumber:      new(big.Int).SetUint64(b.Number),
		Time:             b.Time,
		Difficulty:       new(big.Int),
		CostPerStateByte: params.CostPerStateByte,
	}
	if b.Difficulty != nil {
		bc.Difficulty.Set(b.Difficulty)
	}
	if s.merged() {
		r := b.PrevRandao
		bc.Random = &r
	}
	if b.BaseFee != nil {
		bc.BaseFee = new(big.Int).Set(b.BaseFee)
	}
	if b.BlobBaseFee != nil {
		bc.BlobBaseFee = new(big.Int).Set(b.BlobBaseFee)
	}
	return bc
}

// getHash serves BLOCKHASH. A hash that cannot be fetched fails the
// simulation (through the reader's error), never yields a wrong result.
func (s *Session) getHash(n uint64) common.Hash {
	h, err := s.f.sh.blockHash(s.rd.ctx, n)
	if err != nil {
		s.rd.setErr(err)
	}
	return h
}

// Reset drops everything applied and starts again from the fork's state.
// Cached fetches stay: nothing is fetched twice.
func (s *Session) Reset() {
	s.rd.mu.Lock()
	s.rd.err = nil
	s.rd.mu.Unlock()
	sdb, err := state.NewWithReader(s.f.header.Root, s.f.sh.db, s.rd)
	if err != nil {
		// NewWithReader only allocates; it cannot fail for an MPT database.
		panic(fmt.Sprintf("fork: new state: %v", err))
	}
	s.sdb = sdb
	if s.evm == nil {
		s.evm = vm.NewEVM(s.blockContext(), sdb, s.f.sh.chainConfig, vm.Config{})
		s.evm.SetJumpDestCache(jumpDests())
	} else {
		s.evm.StateDB = sdb
	}
	s.gp = core.NewGasPool(s.block.GasLimit)
	s.txIdx = 0
	s.broken = nil
	s.applied = s.applied[:0]
}

// Snapshot is a saved Session state; see Session.Snapshot.
type Snapshot struct {
	sdb   *state.StateDB
	gp    *core.GasPool
	txIdx int
}

// Snapshot saves the session's state (a copy of the StateDB: go-ethereum's
// journal snapshots do not survive the end of a transaction). Revert to it
// any number of times.
func (s *Session) Snapshot() *Snapshot {
	return &Snapshot{sdb: s.sdb.Copy(), gp: s.gp.Snapshot(), txIdx: s.txIdx}
}

// Revert restores a Snapshot taken on this session.
func (s *Session) Revert(snap *Snapshot) {
	s.sdb = snap.sdb.Copy()
	s.evm.StateDB = s.sdb
	s.gp.Set(snap.gp)
	s.txIdx = snap.txIdx
	s.applied = s.applied[:min(len(s.applied), snap.txIdx)]
	s.broken = nil
}

// stateErr reports a fetch failure during execution. Once set the
// session's StateDB may hold zeros in place of unloaded values, so the
// session refuses further work until Reset.
func (s *Session) stateErr() error {
	if err := s.rd.firstErr(); err != nil {
		return fmt.Errorf("%w: %w", ErrIncompleteState, err)
	}
	if err := s.sdb.Error(); err != nil {
		return fmt.Errorf("%w: %w", ErrIncompleteState, err)
	}
	return nil
}

// Apply runs a signed transaction on top of what the session applied so far.
// The error is non-nil only when no result can be trusted: a fetch failed
// (ErrIncompleteState wrapping a *FetchError) or ctx ended. An invalid or
// reverted transaction is a result, not an error.
func (s *Session) Apply(ctx context.Context, tx *types.Transaction) (*TxResult, error) {
	return s.apply(ctx, tx, nil)
}

func (s *Session) apply(ctx context.Context, tx *types.Transaction, tr *tracers.Tracer) (*TxResult, error) {
	if s.broken != nil {
		return nil, fmt.Errorf("fork: session needs Reset after: %w", s.broken)
	}
	msg, err := core.TransactionToMessage(tx, s.signer, s.block.BaseFee)
	if err != nil {
		return &TxResult{Hash: tx.Hash(), Invalid: err}, nil
	}
	return s.run(ctx, msg, tx, tr)
}

func (s *Session) run(ctx context.Context, msg *core.Message, tx *types.Transaction, tr *tracers.Tracer) (*TxResult, error) {
	s.rd.ctx = ctx
	defer func() { s.rd.ctx = context.Background() }()
	var hash common.Hash
	if tx != nil {
		hash = tx.Hash()
	}
	s.sdb.SetTxContext(hash, s.txIdx, uint32(s.txIdx+1))
	coinbase := s.block.Coinbase
	cbBefore := new(uint256.Int).Set(s.sdb.GetBalance(coinbase))
	if err := s.stateErr(); err != nil {
		s.broken = err
		return nil, err
	}
	snap := s.sdb.Snapshot()
	gpSnap := s.gp.Snapshot()

	evm := s.evm
	if tr != nil {
		evm = vm.NewEVM(s.blockContext(), state.NewHookedState(s.sdb, tr.Hooks), s.f.sh.chainConfig, vm.Config{Tracer: tr.Hooks})
		evm.SetJumpDestCache(jumpDests())
		if tr.OnTxStart != nil && tx != nil {
			tr.OnTxStart(evm.GetVMContext(), tx, msg.From)
		}
	}
	stop := context.AfterFunc(ctx, evm.Cancel)
	res, err := core.ApplyMessage(evm, msg, s.gp)
	if !stop() {
		// The EVM was cancelled mid-run: its state is half applied and the
		// EVM cannot be reused.
		s.evm = nil
		s.broken = ctx.Err()
		s.Reset()
		return nil, fmt.Errorf("fork: simulation cancelled: %w", ctx.Err())
	}
	if serr := s.stateErr(); serr != nil {
		s.broken = serr
		return nil, serr
	}
	if err != nil {
		// Not includable. ApplyMessage may have bought gas before failing
		// (intrinsic gas): take it all back.
		s.sdb.RevertToSnapshot(snap)
		s.gp.Set(gpSnap)
		return &TxResult{Hash: hash, Invalid: err}, nil
	}
	s.sdb.Finalise(s.rules)
	r := &TxResult{
		Hash:       hash,
		Status:     types.ReceiptStatusSuccessful,
		GasUsed:    res.UsedGas,
		ReturnData: res.ReturnData,
		Logs:       s.sdb.GetLogs(hash, s.block.Number, common.Hash{}, s.block.Time),
	}
	if res.Err != nil {
		r.Status = types.ReceiptStatusFailed
		r.Err = res.Err
		if errors.Is(res.Err, vm.ErrExecutionReverted) {
			r.Err = s.f.sh.errs.decodeRevert(res.ReturnData)
		}
	}
	if msg.To == nil {
		r.ContractAddress = crypto.CreateAddress(msg.From, msg.Nonce)
	}
	cbAfter := s.sdb.GetBalance(coinbase)
	r.CoinbasePayment = new(big.Int).Sub(cbAfter.ToBig(), cbBefore.ToBig())
	tip := new(big.Int).Set(msg.GasPrice.ToBig())
	if s.block.BaseFee != nil {
		tip.Sub(tip, s.block.BaseFee)
	}
	r.GasFee = tip.Mul(tip, new(big.Int).SetUint64(res.UsedGas))
	if tr != nil {
		if tr.OnTxEnd != nil {
			tr.OnTxEnd(&types.Receipt{GasUsed: res.UsedGas, Status: r.Status}, nil)
		}
		if out, terr := tr.GetResult(); terr == nil {
			r.Trace = out
		}
	}
	s.txIdx++
	if s.rd.rec != nil {
		s.applied = append(s.applied, hash)
	}
	return r, nil
}

// Call runs msg as eth_call does (no signature, no nonce check, a zero
// gas price runs without base fee) on top of the session's state, and
// undoes its effects.
func (s *Session) Call(ctx context.Context, call CallMsg) (*TxResult, error) {
	if s.broken != nil {
		return nil, fmt.Errorf("fork: session needs Reset after: %w", s.broken)
	}
	s.rd.ctx = ctx
	defer func() { s.rd.ctx = context.Background() }()
	msg := s.callMessage(call)
	if err := s.stateErr(); err != nil {
		s.broken = err
		return nil, err
	}
	noBaseFee := msg.GasPrice.IsZero()
	savedBaseFee := s.evm.Context.BaseFee
	if noBaseFee {
		s.evm.Config.NoBaseFee = true
		s.evm.Context.BaseFee = new(big.Int)
	}
	defer func() {
		s.evm.Config.NoBaseFee = false
		s.evm.Context.BaseFee = savedBaseFee
	}()
	snap := s.sdb.Snapshot()
	s.sdb.SetTxContext(common.Hash{}, s.txIdx, uint32(s.txIdx+1))
	stop := context.AfterFunc(ctx, s.evm.Cancel)
	res, err := core.ApplyMessage(s.evm, msg, core.NewGasPool(math.MaxUint64))
	logs := append([]*types.Log(nil), s.sdb.GetLogs(common.Hash{}, s.block.Number, common.Hash{}, s.block.Time)...)
	if !stop() {
		s.evm = nil
		s.Reset()
		return nil, fmt.Errorf("fork: call cancelled: %w", ctx.Err())
	}
	if serr := s.stateErr(); serr != nil {
		s.broken = serr
		return nil, serr
	}
	s.sdb.RevertToSnapshot(snap)
	if err != nil {
		return &TxResult{Invalid: err}, nil
	}
	r := &TxResult{Status: types.ReceiptStatusSuccessful, GasUsed: res.UsedGas, ReturnData: res.ReturnData, Logs: logs}
	if res.Err != nil {
		r.Status = types.ReceiptStatusFailed
		r.Err = res.Err
		if errors.Is(res.Err, vm.ErrExecutionReverted) {
			r.Err = s.f.sh.errs.decodeRevert(res.ReturnData)
		}
	}
	return r, nil
}

// callMessage mirrors go-ethereum's TransactionArgs.ToMessage for eth_call.
func (s *Session) callMessage(c CallMsg) *core.Message {
	gas := c.Gas
	if gas == 0 {
		gas = s.block.GasLimit
	}
	u := func(b *big.Int) *uint256.Int {
		if b == nil {
			return new(uint256.Int)
		}
		v, _ := uint256.FromBig(b)
		return v
	}
	var gasPrice, feeCap, tipCap *uint256.Int
	switch {
	case s.block.BaseFee == nil || c.GasPrice != nil:
		gasPrice = u(c.GasPrice)
		feeCap, tipCap = gasPrice, gasPrice
	default:
		feeCap, tipCap = u(c.GasFeeCap), u(c.GasTipCap)
		gasPrice = new(uint256.Int)
		if !feeCap.IsZero() || !tipCap.IsZero() {
			bf := u(s.block.BaseFee)
			gasPrice.Add(tipCap, bf)
			if gasPrice.Gt(feeCap) {
				gasPrice.Set(feeCap)
			}
		}
	}
	msg := &core.Message{
		From: c.From, To: c.To, Nonce: s.sdb.GetNonce(c.From), Value: u(c.Value), GasLimit: gas,
		GasPrice: gasPrice, GasFeeCap: feeCap, GasTipCap: tipCap, Data: c.Data, AccessList: c.AccessList,
	}
	return msg.SkipNonceCheck().SkipEOACheck().SkipGasLimitCapCheck().SkipExecutionGasCapCheck()
}

// SimulateBundle applies txs in order on top of the session's state and
// reports each one, with the coinbase payment and the balance and token
// deltas of watched accounts. The error is non-nil only when no result can
// be trusted (see Apply).
func (s *Session) SimulateBundle(ctx context.Context, txs []*types.Transaction, opts ...SimOption) (*BundleResult, error) {
	var o simOptions
	for _, opt := range opts {
		opt(&o)
	}
	return s.simulate(ctx, txs, &o)
}

func (s *Session) simulate(ctx context.Context, txs []*types.Transaction, o *simOptions) (*BundleResult, error) {
	s.rd.ctx = ctx
	defer func() { s.rd.ctx = context.Background() }()
	watch := append([]common.Address{s.block.Coinbase}, o.watch...)
	before := make([]*big.Int, len(watch))
	for i, a := range watch {
		before[i] = s.sdb.GetBalance(a).ToBig()
	}
	res := &BundleResult{Txs: make([]TxResult, 0, len(txs)), CoinbasePayment: new(big.Int), GasFees: new(big.Int)}
	for _, tx := range txs {
		var tr *tracers.Tracer
		if o.trace {
			var err error
			tr, err = tracers.DefaultDirectory.New("callTracer", &tracers.Context{
				BlockNumber: new(big.Int).SetUint64(s.block.Number), TxIndex: s.txIdx, TxHash: tx.Hash(),
			}, json.RawMessage(`{"withLog":true}`), s.f.sh.chainConfig)
			if err != nil {
				return nil, fmt.Errorf("fork: call tracer: %w", err)
			}
		}
		r, err := s.apply(ctx, tx, tr)
		if err != nil {
			return nil, err
		}
		res.Txs = append(res.Txs, *r)
		if r.Invalid == nil {
			res.GasUsed += r.GasUsed
			res.GasFees.Add(res.GasFees, r.GasFee)
		}
	}
	s.rd.ctx = ctx
	res.BalanceDeltas = make(map[common.Address]*big.Int, len(watch))
	for i, a := range watch {
		after := s.sdb.GetBalance(a).ToBig()
		res.BalanceDeltas[a] = after.Sub(after, before[i])
	}
	if err := s.stateErr(); err != nil {
		s.broken = err
		return nil, err
	}
	res.CoinbasePayment.Set(res.BalanceDeltas[s.block.Coinbase])
	res.TokenDeltas = tokenDeltas(res.Txs, o.watch)
	return res, nil
}

func tokenDeltas(txs []TxResult, watch []common.Address) map[common.Address]map[common.Address]*big.Int {
	out := make(map[common.Address]map[common.Address]*big.Int)
	if len(watch) == 0 {
		return out
	}
	watched := make(map[common.Address]bool, len(watch))
	for _, a := range watch {
		watched[a] = true
	}
	add := func(token, acct common.Address, v *big.Int, neg bool) {
		m := out[token]
		if m == nil {
			m = make(map[common.Address]*big.Int)
			out[token] = m
		}
		d := m[acct]
		if d == nil {
			d = new(big.Int)
			m[acct] = d
		}
		if neg {
			d.Sub(d, v)
		} else {
			d.Add(d, v)
		}
	}
	for i := range txs {
		for _, l := range txs[i].Logs {
			// ERC-20 Transfer: two indexed addresses and the amount as data.
			// ERC-721's has the token ID indexed too (4 topics) and is skipped.
			if len(l.Topics) != 3 || l.Topics[0] != transferTopic || len(l.Data) != 32 {
				continue
			}
			from, to := common.BytesToAddress(l.Topics[1][:]), common.BytesToAddress(l.Topics[2][:])
			v := new(big.Int).SetBytes(l.Data)
			if watched[from] {
				add(l.Address, from, v, true)
			}
			if watched[to] {
				add(l.Address, to, v, false)
			}
		}
	}
	return out
}

// session takes a pooled worker in f.Next's context, reset.
func (f *Fork) session(o *simOptions) *Session {
	s, _ := f.sessions.Get().(*Session)
	if s == nil {
		s = f.NewSession()
	} else {
		s.Reset()
	}
	if o.block != nil {
		s.SetBlock(*o.block)
	} else if s.block.Number != f.next.Number || s.block.Time != f.next.Time {
		s.SetBlock(f.next)
	}
	return s
}

func (f *Fork) release(s *Session, o *simOptions) {
	if o.block != nil {
		s.setBlock(f.next)
	}
	f.sessions.Put(s)
}

// SimulateBundle runs txs in order on the fork's state in the next block's
// context (see Session.SimulateBundle). Safe for concurrent use: each call
// takes a pooled Session.
func (f *Fork) SimulateBundle(ctx context.Context, txs []*types.Transaction, opts ...SimOption) (*BundleResult, error) {
	var o simOptions
	for _, opt := range opts {
		opt(&o)
	}
	s := f.session(&o)
	defer f.release(s, &o)
	return s.simulate(ctx, txs, &o)
}

// Apply runs one signed transaction on the fork's state (see Session.Apply).
func (f *Fork) Apply(ctx context.Context, tx *types.Transaction, opts ...SimOption) (*TxResult, error) {
	res, err := f.SimulateBundle(ctx, []*types.Transaction{tx}, opts...)
	if err != nil {
		return nil, err
	}
	return &res.Txs[0], nil
}

// Call runs msg eth_call style on the fork's state (see Session.Call).
func (f *Fork) Call(ctx context.Context, msg CallMsg, opts ...SimOption) (*TxResult, error) {
	var o simOptions
	for _, opt := range opts {
		opt(&o)
	}
	s := f.session(&o)
	defer f.release(s, &o)
	return s.Call(ctx, msg)
}
