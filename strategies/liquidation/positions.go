package liquidation

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/keeperkit/keeperkit/sim/fastpath"
	"github.com/keeperkit/keeperkit/strategies"
)

// callReq is one eth_call of a batch.
type callReq struct {
	to   common.Address
	data []byte
}

// rpcBatch is the JSON-RPC batch limit of a stock go-ethereum node.
const rpcBatch = 1000

// rpcClient is Env.Chain's JSON-RPC client when it is an *ethclient.Client.
func (s *Strategy) rpcClient() *rpc.Client {
	if b, ok := s.env.Chain.(interface{ Client() *rpc.Client }); ok {
		return b.Client()
	}
	return nil
}

// callMany runs the calls at block, as JSON-RPC batches when Env.Chain is
// an RPC client (*ethclient.Client) or a strategies.BatchCaller (the
// engine's shared chain view: instances loading the same calls at the
// same block pay them once), one by one otherwise.
func (s *Strategy) callMany(ctx context.Context, reqs []callReq, block *big.Int) ([][]byte, error) {
	out := make([][]byte, len(reqs))
	c := s.rpcClient()
	if bc, ok := s.env.Chain.(strategies.BatchCaller); ok && c == nil && len(reqs) >= 4 {
		msgs := make([]ethereum.CallMsg, len(reqs))
		for i := range reqs {
			msgs[i] = ethereum.CallMsg{To: &reqs[i].to, Data: reqs[i].data}
		}
		outs, errs := bc.CallContracts(ctx, msgs, block)
		for i, err := range errs {
			if err != nil {
				return nil, fmt.Errorf("%s: call %s: %w", Name, reqs[i].to, err)
			}
		}
		return outs, nil
	}
	if c == nil || len(reqs) < 4 {
		for i, r := range reqs {
			var err error
			if out[i], err = s.call(ctx, r.to, r.data, block); err != nil {
				return nil, err
			}
		}
		return out, nil
	}
	type callArg struct {
		To   common.Address `json:"to"`
		Data hexutil.Bytes  `json:"data"`
	}
	num := hexutil.EncodeBig(block)
	res := make([]hexutil.Bytes, len(reqs))
	elems := make([]rpc.BatchElem, len(reqs))
	for i := range reqs {
		elems[i] = rpc.BatchElem{Method: "eth_call", Args: []any{callArg{To: reqs[i].to, Data: reqs[i].data}, num}, Result: &res[i]}
	}
	if err := batch(ctx, c, elems); err != nil {
		return nil, err
	}
	for i := range res {
		out[i] = res[i]
	}
	return out, nil
}

// batch sends elems in batches of rpcBatch; the first element's error is
// the error.
func batch(ctx context.Context, c *rpc.Client, elems []rpc.BatchElem) error {
	for from := 0; from < len(elems); from += rpcBatch {
		part := elems[from:min(from+rpcBatch, len(elems))]
		if err := c.BatchCallContext(ctx, part); err != nil {
			return fmt.Errorf("%s: batch of %d requests: %w", Name, len(part), err)
		}
		for k := range part {
			if part[k].Error != nil {
				return fmt.Errorf("%s: %s %v: %w", Name, part[k].Method, part[k].Args[0], part[k].Error)
			}
		}
	}
	return nil
}

// readPositions reads users' positions at block through the contracts'
// views: getUserConfiguration and getUserEMode, then scaledBalanceOf of
// the aToken and the variable debt token of each reserve used (two rounds
// of calls, batched where Env.Chain allows).
func (s *Strategy) readPositions(ctx context.Context, users []common.Address, block *big.Int) ([]fastpath.AavePosition, error) {
	reqs := make([]callReq, 0, 2*len(users))
	for _, u := range users {
		reqs = append(reqs, callReq{s.p.pool, poolABI.PackGetUserConfiguration(u)}, callReq{s.p.pool, poolABI.PackGetUserEMode(u)})
	}
	outs, err := s.callMany(ctx, reqs, block)
	if err != nil {
		return nil, err
	}
	pos := make([]fastpath.AavePosition, len(users))
	reqs = reqs[:0]
	for k, u := range users {
		conf, err := poolABI.UnpackGetUserConfiguration(outs[2*k])
		if err != nil {
			return nil, fmt.Errorf("%s: configuration of %s: %w", Name, u, err)
		}
		em, err := poolABI.UnpackGetUserEMode(outs[2*k+1])
		if err != nil {
			return nil, fmt.Errorf("%s: e-mode of %s: %w", Name, u, err)
		}
		pos[k].EMode = uint8(em.Uint64())
		var c uint256.Int
		c.SetFromBig(conf.Data)
		s.entries(&pos[k], &c)
		data, _ := scaledABI.Pack("scaledBalanceOf", u)
		for _, e := range pos[k].Entries {
			reqs = append(reqs, callReq{s.reserves[e.Reserve].aToken, data}, callReq{s.reserves[e.Reserve].vDebt, data})
		}
	}
	if outs, err = s.callMany(ctx, reqs, block); err != nil {
		return nil, err
	}
	n := 0
	for k := range pos {
		for j := range pos[k].Entries {
			pos[k].Entries[j].ScaledCollateral.SetBytes(outs[n])
			pos[k].Entries[j].ScaledVariableDebt.SetBytes(outs[n+1])
			n += 2
		}
	}
	return pos, nil
}

// entries lists the reserves a UserConfigurationMap marks (bit 2i:
// borrowing reserve i, bit 2i+1: using it as collateral).
func (s *Strategy) entries(p *fastpath.AavePosition, conf *uint256.Int) {
	p.Entries = p.Entries[:0]
	for i := range s.reserves {
		borrowing, collateral := bit(conf, 2*i), bit(conf, 2*i+1)
		if borrowing || collateral {
			p.Entries = append(p.Entries, fastpath.AaveEntry{Reserve: i, Collateral: collateral, Borrowing: borrowing})
		}
	}
}

// bit is bit n of z (0 above 255).
func bit(z *uint256.Int, n int) bool {
	return n < 256 && z[n/64]>>(n%64)&1 == 1
}

// layout is where the pool and its tokens keep a user's state, found by
// calibrate: the slot of PoolStorage._usersConfig (its _usersEModeCategory
// is 3 slots after it, as in Aave V3's PoolStorage) and of
// IncentivizedERC20._userState in the aTokens (state) and in the variable
// debt tokens (debt: their base contracts lay out other storage first);
// the scaled balance is its low 128 bits.
type layout struct {
	config, state, debt uint64
}

// slotOf is the storage key of mapping slot's entry for key (Solidity:
// keccak256(pad32(key) ++ pad32(slot))).
func slotOf(key common.Address, slot uint64) common.Hash {
	var buf [64]byte
	copy(buf[12:32], key[:])
	new(uint256.Int).SetUint64(slot).WriteToSlice(buf[32:])
	return crypto.Keccak256Hash(buf[:])
}

// maxSlot bounds the calibration's search for the mappings' slots.
const maxSlot = 128

// calibrate finds the storage layout from users' positions as the views
// return them (want, read with readPositions): the slots whose values are
// those positions' configuration, e-mode and scaled balances, for every
// one of them. ok is false when no slot explains them all (another pool
// or token implementation): positions are then read through the views.
func (s *Strategy) calibrate(ctx context.Context, c *rpc.Client, users []common.Address, want []fastpath.AavePosition, block *big.Int) (layout, bool, error) {
	var lay layout
	u := -1 // a user with a configuration
	for k := range users {
		if len(want[k].Entries) > 0 {
			u = k
			break
		}
	}
	if u < 0 {
		return lay, false, nil
	}
	num := hexutil.EncodeBig(block)
	// find sets *dst to the first slot of addr's mapping whose entry for
	// user, masked, is v.
	find := func(dst *uint64, addr, user common.Address, v *uint256.Int, mask *uint256.Int) (bool, error) {
		res := make([]hexutil.Bytes, maxSlot)
		elems := make([]rpc.BatchElem, maxSlot)
		for i := range elems {
			elems[i] = rpc.BatchElem{Method: "eth_getStorageAt", Args: []any{addr, slotOf(user, uint64(i)), num}, Result: &res[i]}
		}
		if err := batch(ctx, c, elems); err != nil {
			return false, err
		}
		for i := range res {
			var x uint256.Int
			x.SetBytes(res[i])
			if mask != nil {
				x.And(&x, mask)
			}
			if x.Eq(v) {
				*dst = uint64(i)
				return true, nil
			}
		}
		return false, nil
	}
	var conf uint256.Int
	s.configOf(&conf, &want[u])
	if ok, err := find(&lay.config, s.p.pool, users[u], &conf, nil); !ok || err != nil {
		return lay, false, err
	}
	// A scaled collateral and a scaled debt among the sample.
	var coll, debt bool
	for k := range users {
		for _, e := range want[k].Entries {
			if !coll && e.Collateral && !e.ScaledCollateral.IsZero() {
				ok, err := find(&lay.state, s.reserves[e.Reserve].aToken, users[k], &e.ScaledCollateral, lowMask)
				if !ok || err != nil {
					return lay, false, err
				}
				coll = true
			}
			if !debt && e.Borrowing && !e.ScaledVariableDebt.IsZero() {
				ok, err := find(&lay.debt, s.reserves[e.Reserve].vDebt, users[k], &e.ScaledVariableDebt, lowMask)
				if !ok || err != nil {
					return lay, false, err
				}
				debt = true
			}
		}
	}
	if !coll || !debt {
		return lay, false, nil
	}
	// Every sampled position, read through the layout, is the views' own.
	got, err := s.readStorage(ctx, c, lay, users, block)
	if err != nil {
		return lay, false, err
	}
	for k := range want {
		if !samePosition(&got[k], &want[k]) {
			return lay, false, nil
		}
	}
	return lay, true, nil
}

var lowMask = new(uint256.Int).SetBytes(common.FromHex("0xffffffffffffffffffffffffffffffff"))

// configOf rebuilds the UserConfigurationMap bits of a position.
func (s *Strategy) configOf(z *uint256.Int, p *fastpath.AavePosition) {
	z.Clear()
	var bit uint256.Int
	for _, e := range p.Entries {
		if e.Borrowing {
			z.Or(z, bit.Lsh(uint256.NewInt(1), uint(2*e.Reserve)))
		}
		if e.Collateral {
			z.Or(z, bit.Lsh(uint256.NewInt(1), uint(2*e.Reserve+1)))
		}
	}
}

func samePosition(a, b *fastpath.AavePosition) bool {
	if !sameShape(a, b) {
		return false
	}
	for j := range a.Entries {
		x, y := &a.Entries[j], &b.Entries[j]
		if !x.ScaledCollateral.Eq(&y.ScaledCollateral) || !x.ScaledVariableDebt.Eq(&y.ScaledVariableDebt) {
			return false
		}
	}
	return true
}

// readStorage reads users' positions at block from storage through lay:
// eth_getStorageAt in JSON-RPC batches (no EVM run per value, unlike the
// views), two rounds as readPositions.
func (s *Strategy) readStorage(ctx context.Context, c *rpc.Client, lay layout, users []common.Address, block *big.Int) ([]fastpath.AavePosition, error) {
	num := hexutil.EncodeBig(block)
	res := make([]hexutil.Bytes, 2*len(users))
	elems := make([]rpc.BatchElem, 0, 2*len(users))
	for k, u := range users {
		elems = append(elems,
			rpc.BatchElem{Method: "eth_getStorageAt", Args: []any{s.p.pool, slotOf(u, lay.config), num}, Result: &res[2*k]},
			rpc.BatchElem{Method: "eth_getStorageAt", Args: []any{s.p.pool, slotOf(u, lay.config+3), num}, Result: &res[2*k+1]})
	}
	if err := batch(ctx, c, elems); err != nil {
		return nil, err
	}
	pos := make([]fastpath.AavePosition, len(users))
	elems = elems[:0]
	n := 0
	for k := range users {
		var conf, em uint256.Int
		conf.SetBytes(res[2*k])
		em.SetBytes(res[2*k+1])
		pos[k].EMode = uint8(em.Uint64())
		s.entries(&pos[k], &conf)
		n += 2 * len(pos[k].Entries)
	}
	vals := make([]hexutil.Bytes, n)
	n = 0
	for k, u := range users {
		state, debt := slotOf(u, lay.state), slotOf(u, lay.debt)
		for _, e := range pos[k].Entries {
			elems = append(elems,
				rpc.BatchElem{Method: "eth_getStorageAt", Args: []any{s.reserves[e.Reserve].aToken, state, num}, Result: &vals[n]},
				rpc.BatchElem{Method: "eth_getStorageAt", Args: []any{s.reserves[e.Reserve].vDebt, debt, num}, Result: &vals[n+1]})
			n += 2
		}
	}
	if err := batch(ctx, c, elems); err != nil {
		return nil, err
	}
	n = 0
	for k := range pos {
		for j := range pos[k].Entries {
			e := &pos[k].Entries[j]
			e.ScaledCollateral.SetBytes(vals[n])
			e.ScaledCollateral.And(&e.ScaledCollateral, lowMask)
			e.ScaledVariableDebt.SetBytes(vals[n+1])
			e.ScaledVariableDebt.And(&e.ScaledVariableDebt, lowMask)
			n += 2
		}
	}
	return pos, nil
}

// calibrationSample is how many users' positions calibrate checks.
const calibrationSample = 16

// fetchPositions reads users' positions at block: from storage, in
// batches, when Env.Chain is an RPC client and the layout was found
// (calibrated once on the first users, checked against the views), through
// the views otherwise.
func (s *Strategy) fetchPositions(ctx context.Context, users []common.Address, block *big.Int) ([]fastpath.AavePosition, error) {
	c := s.rpcClient()
	if c == nil || len(users) < 2*calibrationSample && s.layout == nil {
		return s.readPositions(ctx, users, block)
	}
	if s.layout == nil {
		sample := users[:calibrationSample]
		want, err := s.readPositions(ctx, sample, block)
		if err != nil {
			return nil, err
		}
		lay, ok, err := s.calibrate(ctx, c, sample, want, block)
		if err != nil {
			return nil, err
		}
		if !ok {
			s.env.Log.Info().Msg("liquidation: storage layout not recognised: positions are read through the contracts' views")
			s.layout = &layout{config: maxSlot} // not found: views from now on
		} else {
			s.layout = &lay
			s.env.Log.Debug().Uint64("users_config_slot", lay.config).Uint64("atoken_state_slot", lay.state).Uint64("debt_state_slot", lay.debt).Msg("liquidation: positions read from storage")
		}
	}
	if s.layout.config >= maxSlot {
		return s.readPositions(ctx, users, block)
	}
	return s.readStorage(ctx, c, *s.layout, users, block)
}

// loadUsers reads the positions of users at block (fetchPositions) and
// puts them in the book: a new user is appended, a known one replaced.
// It returns the known users whose entries kept their shape (the same
// reserves and sides: the book takes their balances with SetScaled);
// otherwise it marks the book for a rebuild.
func (s *Strategy) loadUsers(ctx context.Context, users []common.Address, block *big.Int) ([]int, error) {
	if len(users) == 0 {
		return nil, nil
	}
	pos, err := s.fetchPositions(ctx, users, block)
	if err != nil {
		return nil, err
	}
	var same []int
	for k, u := range users {
		i, ok := s.users[u]
		if !ok || i < 0 {
			s.users[u] = len(s.addrs)
			s.addrs = append(s.addrs, u)
			s.pos = append(s.pos, pos[k])
			s.rebuild = true
			continue
		}
		if sameShape(&s.pos[i], &pos[k]) {
			same = append(same, i)
		} else {
			s.rebuild = true
		}
		s.pos[i] = pos[k]
	}
	return same, nil
}
