package strategies

import (
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Kind says what an Event carries.
type Kind uint8

// The event kinds. The zero Kind is invalid.
const (
	// KindBlock: a new canonical block; Header is set.
	KindBlock Kind = iota + 1
	// KindPendingTx: a transaction entered the node's pool; Tx is set.
	KindPendingTx
	// KindHint: a MEV-Share hint; Hint is set.
	KindHint
	// KindLogs: logs of one block that match the union of the
	// strategies' log filters; Logs is set and Header names the block.
	// A block's logs may come in more than one event (the ones the node
	// pushed, then any it did not), each log once, all of them after the
	// block's KindBlock and before the next block's.
	KindLogs
	// KindReorg: blocks the strategy saw are no longer canonical; Reorg is
	// set. The new branch's blocks follow as KindBlock events, in order.
	KindReorg

	numKinds = int(KindReorg) + 1
)

var kindNames = [numKinds]string{"invalid", "block", "pending_tx", "hint", "logs", "reorg"}

// String returns the lower-case name used in metrics labels and logs.
func (k Kind) String() string {
	if int(k) >= numKinds {
		return "invalid"
	}
	return kindNames[k]
}

// Kinds lists the valid kinds in order, for tables indexed by Kind.
func Kinds() []Kind { return []Kind{KindBlock, KindPendingTx, KindHint, KindLogs, KindReorg} }

// Event is one thing that happened on the chain or in the mempool. Exactly
// the payload fields named by Kind are set; strategies must treat every
// field as read-only, since the same Event goes to every strategy.
type Event struct {
	Kind Kind
	// Block is the block the event belongs to: the block's number for
	// KindBlock and KindLogs, the common ancestor for KindReorg, and the
	// latest head the source knew of for KindPendingTx and KindHint (the
	// transaction targets Block+1; 0 when unknown).
	Block uint64
	// Arrived is when the keeper received the event (wall clock); the
	// engine's per-event deadline counts from it.
	Arrived time.Time

	Header *types.Header      // KindBlock, KindLogs
	Tx     *types.Transaction // KindPendingTx
	Hint   *Hint              // KindHint
	Logs   []types.Log        // KindLogs
	Reorg  *Reorg             // KindReorg
}

// Reorg describes blocks that left the canonical chain.
type Reorg struct {
	// Ancestor is the newest block both branches share.
	Ancestor BlockID
	// Dropped are the blocks above Ancestor that were delivered earlier and
	// are no longer canonical, oldest first.
	Dropped []BlockID
}

// Depth is the number of dropped blocks.
func (r *Reorg) Depth() int { return len(r.Dropped) }

// BlockID names a block by number and hash.
type BlockID struct {
	Number uint64
	Hash   common.Hash
}

// Hint is a MEV-Share hint: what a searcher may learn of a private
// transaction or bundle (see the MEV-Share event stream spec). Fields the
// sender chose not to share are empty. The bundles package decodes the wire
// form; this is the shape strategies see.
type Hint struct {
	// Hash identifies the transaction or bundle; a backrun bundle refers to it.
	Hash common.Hash
	// Logs shared by the sender (Address, Topics, Data only).
	Logs []types.Log
	// Txs are the shared parts of the transactions.
	Txs []HintTx
}

// HintTx is the shared part of one hinted transaction.
type HintTx struct {
	// To is the destination, nil when not shared.
	To *common.Address
	// FunctionSelector is the 4-byte selector, zero when not shared.
	FunctionSelector [4]byte
	// CallData is the calldata, empty when not shared.
	CallData []byte
}
