package fork

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/rpc"
)

// Sentinel errors of the package. Match them with errors.Is: a *FetchError
// wraps ErrBlockNotAvailable when the node said it has no state for the block.
var (
	// ErrBlockNotAvailable means the node does not have the block or its
	// state (pruned, not yet mined, or reorged away).
	ErrBlockNotAvailable = errors.New("fork: block not available")
	// ErrIncompleteState means a simulation touched state that could not be
	// loaded; no result is returned for it.
	ErrIncompleteState = errors.New("fork: state incomplete")
	// ErrBadAdvance means Advance was asked for a block at or below the fork's.
	ErrBadAdvance = errors.New("fork: advance must move forward")
	// ErrNotOnBranch means Advance found that the blocks after the fork's
	// do not descend from it: a reorg replaced the fork's block, and its
	// cache holds the old branch's state. Start a new fork.
	ErrNotOnBranch = errors.New("fork: block not on the fork's branch")
	// ErrDiskCache means the on-disk cache could not be read or written.
	ErrDiskCache = errors.New("fork: disk cache")
)

// FetchError is a failed JSON-RPC read. It names the method, the pinned
// block and the key (address, or address[slot]) so that a failed simulation
// says what it could not load. Transport errors and timeouts are retryable;
// ErrBlockNotAvailable is not, at that block.
type FetchError struct {
	Method string // JSON-RPC method, e.g. "eth_getStorageAt"
	Block  uint64 // block number the read was pinned to
	Key    string // "0xaddr", "0xaddr[0xslot]" or "" for block-level reads
	Err    error
}

func (e *FetchError) Error() string {
	if e.Key == "" {
		return fmt.Sprintf("fork: %s at block %d: %v", e.Method, e.Block, e.Err)
	}
	return fmt.Sprintf("fork: %s %s at block %d: %v", e.Method, e.Key, e.Block, e.Err)
}

func (e *FetchError) Unwrap() error { return e.Err }

// classify wraps a node error saying that the block or its state is missing
// with ErrBlockNotAvailable. Nodes word it differently: geth says "header not
// found" or "missing trie node", anvil "BlockOutOfRange" or "block not found".
func classify(err error) error {
	if err == nil {
		return nil
	}
	var re rpc.Error
	if errors.As(err, &re) && re.ErrorCode() == -32601 {
		return err // method not found: a node limitation, not a missing block
	}
	msg := strings.ToLower(err.Error())
	for _, s := range []string{"header not found", "missing trie node", "unknown block", "block not found",
		"blockoutofrange", "block out of range", "historical state", "state is not available", "state not available"} {
		if strings.Contains(msg, s) {
			return fmt.Errorf("%w: %v", ErrBlockNotAvailable, err)
		}
	}
	return err
}
