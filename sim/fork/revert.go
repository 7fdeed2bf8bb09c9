package fork

import (
	"bytes"
	"fmt"
	"math/big"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// RevertError is a transaction or call that reverted. Reason is decoded
// from Data: Error(string) gives its message, Panic(uint256) "panic: 0x11
// (arithmetic overflow)", a custom error registered with RegisterABI its
// signature with arguments, e.g. "InsufficientLiquidity()"; anything else
// is the selector in hex.
type RevertError struct {
	Reason string
	Data   []byte // the raw revert data
}

func (e *RevertError) Error() string {
	if e.Reason == "" {
		return "execution reverted"
	}
	return "execution reverted: " + e.Reason
}

var (
	errorSelector = []byte{0x08, 0xc3, 0x79, 0xa0} // Error(string)
	panicSelector = []byte{0x4e, 0x48, 0x7b, 0x71} // Panic(uint256)
)

// panicReasons are Solidity's panic codes
// (docs.soliditylang.org, "Panic via assert and Error via require").
var panicReasons = map[uint64]string{
	0x00: "generic panic",
	0x01: "assert(false)",
	0x11: "arithmetic underflow or overflow",
	0x12: "division or modulo by zero",
	0x21: "enum overflow",
	0x22: "invalid encoded storage byte array accessed",
	0x31: "out-of-bounds array access; popping on an empty array",
	0x32: "out-of-bounds access of an array or bytesN",
	0x41: "out of memory",
	0x51: "uninitialized function",
}

// errorRegistry maps 4-byte selectors to custom errors from registered ABIs.
type errorRegistry struct {
	// mu guards m.
	mu sync.RWMutex
	m  map[[4]byte]abi.Error
}

func newErrorRegistry() *errorRegistry { return &errorRegistry{m: make(map[[4]byte]abi.Error)} }

// RegisterABI makes the custom errors of a contract ABI decodable in revert
// reasons, for this fork and every fork advanced from it. Safe for
// concurrent use.
func (f *Fork) RegisterABI(a *abi.ABI) {
	f.sh.errs.mu.Lock()
	defer f.sh.errs.mu.Unlock()
	for _, e := range a.Errors {
		var sel [4]byte
		copy(sel[:], e.ID[:4])
		f.sh.errs.m[sel] = e
	}
}

// decodeRevert turns revert data into a RevertError.
func (r *errorRegistry) decodeRevert(data []byte) *RevertError {
	e := &RevertError{Data: data}
	switch {
	case len(data) == 0:
	case len(data) >= 4 && bytes.Equal(data[:4], errorSelector):
		if msg, err := abi.UnpackRevert(data); err == nil {
			e.Reason = msg
		} else {
			e.Reason = "malformed Error(string) " + hexutil.Encode(data)
		}
	case len(data) == 36 && bytes.Equal(data[:4], panicSelector):
		code := new(big.Int).SetBytes(data[4:36])
		reason, ok := panicReasons[code.Uint64()]
		if !ok || !code.IsUint64() {
			reason = "unknown panic code"
		}
		e.Reason = fmt.Sprintf("panic: 0x%x (%s)", code, reason)
	case len(data) >= 4:
		var sel [4]byte
		copy(sel[:], data[:4])
		r.mu.RLock()
		ae, ok := r.m[sel]
		r.mu.RUnlock()
		if !ok {
			e.Reason = "custom error " + hexutil.Encode(data[:4])
			break
		}
		args, err := ae.Inputs.Unpack(data[4:])
		if err != nil {
			e.Reason = ae.Name + "(malformed)"
			break
		}
		parts := make([]string, len(args))
		for i, a := range args {
			parts[i] = fmt.Sprint(a)
		}
		e.Reason = ae.Name + "(" + strings.Join(parts, ", ") + ")"
	default:
		e.Reason = "short revert data " + hexutil.Encode(data)
	}
	return e
}
