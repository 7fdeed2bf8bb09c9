package compete

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
)

// Selectors of the view calls the resolver makes.
var (
	selToken0  = []byte{0x0d, 0xfe, 0x16, 0x81} // token0()
	selToken1  = []byte{0xd2, 0x12, 0x20, 0xa7} // token1()
	selFactory = []byte{0xc4, 0x5a, 0x01, 0x55} // factory()
	selSymbol  = []byte{0x95, 0xd8, 0x9b, 0x41} // symbol()
)

// pool returns the pool at addr that emitted a Swap of kind, or nil when it
// is not a usable pool (unknown without a resolver, another kind, or not
// from a listed factory).
func (d *Decoder) pool(ctx context.Context, number uint64, addr common.Address, kind PoolKind) (*Pool, error) {
	d.mu.Lock()
	p, known := d.pools[addr]
	d.mu.Unlock()
	if known {
		if p == nil || p.Kind != kind {
			return nil, nil
		}
		return p, nil
	}
	if d.resolver == nil {
		return nil, nil
	}
	p, err := d.resolvePool(ctx, number, addr, kind)
	if err != nil {
		return nil, err
	}
	d.mu.Lock()
	d.pools[addr] = p
	d.mu.Unlock()
	return p, nil
}

// resolvePool reads token0, token1 (and factory when factories are
// listed). A contract that reverts or answers badly is not a pool (nil, no
// error); a transport error is an error.
func (d *Decoder) resolvePool(ctx context.Context, number uint64, addr common.Address, kind PoolKind) (*Pool, error) {
	word := func(sel []byte) (common.Address, bool, error) {
		out, err := d.call(ctx, number, addr, sel)
		if err != nil || out == nil {
			return common.Address{}, false, err
		}
		if len(out) < 32 {
			return common.Address{}, false, nil
		}
		return common.BytesToAddress(out[12:32]), true, nil
	}
	t0, ok0, err := word(selToken0)
	if err != nil || !ok0 {
		return nil, err
	}
	t1, ok1, err := word(selToken1)
	if err != nil || !ok1 || t0 == t1 || t0 == (common.Address{}) || t1 == (common.Address{}) {
		return nil, err
	}
	factories := d.v2f
	if kind == V3 {
		factories = d.v3f
	}
	if len(d.v2f)+len(d.v3f) > 0 {
		f, ok, err := word(selFactory)
		if err != nil || !ok || !contains(factories, f) {
			return nil, err
		}
	}
	if t1.Cmp(t0) < 0 {
		t0, t1 = t1, t0
	}
	return &Pool{Address: addr, Kind: kind, Token0: t0, Token1: t1}, nil
}

// call makes one eth_call at block number; a revert gives (nil, nil).
func (d *Decoder) call(ctx context.Context, number uint64, to common.Address, data []byte) ([]byte, error) {
	out, err := d.resolver.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, new(big.Int).SetUint64(number))
	if err != nil {
		if isRevert(err) {
			return nil, nil
		}
		return nil, fmt.Errorf("compete: call %x on %s at %d: %w", data, to, number, err)
	}
	return out, nil
}

// isRevert tells an execution error (the contract is not what we asked)
// from a transport error.
func isRevert(err error) bool {
	var de rpc.DataError
	if errors.As(err, &de) {
		return true
	}
	s := err.Error()
	return strings.Contains(s, "revert") || strings.Contains(s, "execution") || strings.Contains(s, "invalid opcode")
}

// symbol is the token's symbol: the Book's, else symbol() through the
// resolver, else the address.
func (d *Decoder) symbol(ctx context.Context, number uint64, token common.Address) (string, error) {
	d.mu.Lock()
	s, ok := d.symbols[token]
	d.mu.Unlock()
	if ok {
		return s, nil
	}
	s = token.Hex()
	if d.resolver != nil {
		out, err := d.call(ctx, number, token, selSymbol)
		if err != nil {
			return "", err
		}
		if v, ok := decodeSymbol(out); ok {
			s = v
		}
	}
	d.mu.Lock()
	d.symbols[token] = s
	d.mu.Unlock()
	return s, nil
}

// decodeSymbol reads an ABI string, or a bytes32 (older tokens), keeping
// printable, space-free symbols only.
func decodeSymbol(out []byte) (string, bool) {
	var raw []byte
	switch {
	case len(out) >= 96 && new(big.Int).SetBytes(out[:32]).Cmp(big.NewInt(32)) == 0:
		n := new(big.Int).SetBytes(out[32:64])
		if !n.IsUint64() || n.Uint64() > 64 || 64+n.Uint64() > uint64(len(out)) {
			return "", false
		}
		raw = out[64 : 64+n.Uint64()]
	case len(out) == 32:
		raw = out
		for len(raw) > 0 && raw[len(raw)-1] == 0 {
			raw = raw[:len(raw)-1]
		}
	default:
		return "", false
	}
	if len(raw) == 0 || !utf8.Valid(raw) {
		return "", false
	}
	for _, r := range string(raw) {
		if r <= ' ' || r == '>' || r == ',' || r == '=' || r == 0x7f {
			return "", false
		}
	}
	return string(raw), true
}

func contains(list []common.Address, a common.Address) bool {
	for _, x := range list {
		if x == a {
			return true
		}
	}
	return false
}
