package aavetest

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
)

// Chain is one go-ethereum EVM over an in-memory StateDB, reused for
// every call.
type Chain struct {
	db    *state.StateDB
	evm   *vm.EVM
	rules params.Rules
	txi   int
}

// GenesisTime is the block time a new Chain starts at.
const GenesisTime = 1_700_000_000

// callGas is the gas of every call (a block's worth: a pool
// deployment needs ~5 M).
const callGas = 60_000_000

var chainConfig = func() *params.ChainConfig {
	zero := uint64(0)
	return &params.ChainConfig{
		ChainID: big.NewInt(1337), HomesteadBlock: new(big.Int), EIP150Block: new(big.Int), EIP155Block: new(big.Int),
		EIP158Block: new(big.Int), ByzantiumBlock: new(big.Int), ConstantinopleBlock: new(big.Int), PetersburgBlock: new(big.Int),
		IstanbulBlock: new(big.Int), MuirGlacierBlock: new(big.Int), BerlinBlock: new(big.Int), LondonBlock: new(big.Int),
		TerminalTotalDifficulty: big.NewInt(0), ShanghaiTime: &zero, CancunTime: &zero,
	}
}()

// NewChain returns an empty chain at GenesisTime.
func NewChain() (*Chain, error) {
	db, err := state.New(types.EmptyRootHash, state.NewDatabaseForTesting())
	if err != nil {
		return nil, err
	}
	random := common.Hash{1}
	bctx := vm.BlockContext{
		CanTransfer: core.CanTransfer, Transfer: core.Transfer,
		GetHash:  func(uint64) common.Hash { return common.Hash{} },
		GasLimit: callGas, BlockNumber: big.NewInt(1), Time: GenesisTime,
		Difficulty: new(big.Int), BaseFee: new(big.Int), BlobBaseFee: big.NewInt(1), Random: &random,
		CostPerStateByte: params.CostPerStateByte,
	}
	c := &Chain{db: db}
	c.evm = vm.NewEVM(bctx, db, chainConfig, vm.Config{})
	c.evm.SetTxContext(vm.TxContext{GasPrice: new(uint256.Int)})
	c.rules = chainConfig.Rules(bctx.BlockNumber, true, bctx.Time)
	return c, nil
}

// Time is block.timestamp.
func (c *Chain) Time() uint64 { return c.evm.Context.Time }

// SetTime moves block.timestamp (and the block number by one).
func (c *Chain) SetTime(t uint64) {
	c.evm.Context.Time = t
	c.evm.Context.BlockNumber = new(big.Int).Add(c.evm.Context.BlockNumber, big.NewInt(1))
}

// RevertError is a call that reverted, with its data.
type RevertError struct{ Data []byte }

func (e *RevertError) Error() string {
	if r, err := abi.UnpackRevert(e.Data); err == nil {
		return "execution reverted: " + r
	}
	return fmt.Sprintf("execution reverted (%x)", e.Data)
}

// Reason is the revert string (Aave's numeric error code), or "".
func (e *RevertError) Reason() string {
	r, _ := abi.UnpackRevert(e.Data)
	return r
}

func (c *Chain) prepare(from common.Address, to *common.Address) common.Hash {
	c.txi++
	h := common.BigToHash(big.NewInt(int64(c.txi)))
	c.db.SetTxContext(h, c.txi, 0)
	c.db.Prepare(c.rules, from, common.Address{}, to, vm.ActivePrecompiles(c.rules), nil)
	c.evm.SetTxContext(vm.TxContext{Origin: from, GasPrice: new(uint256.Int)})
	return h
}

// Deploy runs creation code from from and commits the new contract.
func (c *Chain) Deploy(from common.Address, code []byte) (common.Address, error) {
	c.prepare(from, nil)
	snap := c.db.Snapshot()
	ret, addr, _, err := c.evm.Create(from, code, vm.NewGasBudget(callGas, 0), new(uint256.Int))
	if err != nil {
		c.db.RevertToSnapshot(snap)
		if errors.Is(err, vm.ErrExecutionReverted) {
			return common.Address{}, &RevertError{ret}
		}
		return common.Address{}, err
	}
	c.db.Finalise(c.rules)
	return addr, nil
}

// Send runs a call from from and commits its state changes: a transaction.
func (c *Chain) Send(from, to common.Address, data []byte) ([]byte, []*types.Log, error) {
	h := c.prepare(from, &to)
	snap := c.db.Snapshot()
	ret, _, err := c.evm.Call(from, to, data, vm.NewGasBudget(callGas, 0), new(uint256.Int))
	if err != nil {
		c.db.RevertToSnapshot(snap)
		if errors.Is(err, vm.ErrExecutionReverted) {
			return nil, nil, &RevertError{ret}
		}
		return nil, nil, err
	}
	logs := c.db.GetLogs(h, 1, common.Hash{}, 0)
	c.db.Finalise(c.rules)
	return ret, logs, nil
}

// View runs a call and discards its state changes: an eth_call.
func (c *Chain) View(to common.Address, data []byte) ([]byte, error) {
	return c.ViewFrom(common.Address{0xca, 0x11}, to, data)
}

// ViewFrom is View with msg.sender from.
func (c *Chain) ViewFrom(from, to common.Address, data []byte) ([]byte, error) {
	c.prepare(from, &to)
	snap := c.db.Snapshot()
	ret, _, err := c.evm.Call(from, to, data, vm.NewGasBudget(callGas, 0), new(uint256.Int))
	c.db.RevertToSnapshot(snap)
	if err != nil {
		if errors.Is(err, vm.ErrExecutionReverted) {
			return nil, &RevertError{ret}
		}
		return nil, err
	}
	return ret, nil
}

// Fork returns an independent copy of the chain (state and time), with
// its own EVM: a fresh start for each fuzz input without redeploying.
func (c *Chain) Fork() *Chain {
	db := c.db.Copy()
	n := &Chain{db: db, rules: c.rules, txi: c.txi}
	n.evm = vm.NewEVM(c.evm.Context, db, chainConfig, vm.Config{})
	n.evm.Context.BlockNumber = new(big.Int).Set(c.evm.Context.BlockNumber)
	n.evm.SetTxContext(vm.TxContext{GasPrice: new(uint256.Int)})
	return n
}
