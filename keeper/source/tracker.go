package source

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/keeperkit/keeperkit/strategies"
)

// tracker remembers the last delivered blocks, a contiguous run of
// numbers ending at the last delivered one, for finding a common ancestor.
type tracker struct {
	ids   []strategies.BlockID // ascending by number, contiguous
	depth int
}

func (t *tracker) last() (strategies.BlockID, bool) {
	if len(t.ids) == 0 {
		return strategies.BlockID{}, false
	}
	return t.ids[len(t.ids)-1], true
}

// hash returns the delivered block's hash at n.
func (t *tracker) hash(n uint64) (common.Hash, bool) {
	if len(t.ids) == 0 || n < t.ids[0].Number || n > t.ids[len(t.ids)-1].Number {
		return common.Hash{}, false
	}
	return t.ids[n-t.ids[0].Number].Hash, true
}

// oldest is the number of the oldest remembered block.
func (t *tracker) oldest() uint64 {
	if len(t.ids) == 0 {
		return 0
	}
	return t.ids[0].Number
}

// push appends the next delivered block; a block that does not extend the
// run (the first one after a reset) starts a new run.
func (t *tracker) push(id strategies.BlockID) {
	if l, ok := t.last(); ok && l.Number+1 != id.Number {
		t.ids = t.ids[:0]
	}
	if len(t.ids) == t.depth {
		copy(t.ids, t.ids[1:])
		t.ids = t.ids[:len(t.ids)-1]
	}
	t.ids = append(t.ids, id)
}

// cut forgets the blocks above n and returns them, oldest first.
func (t *tracker) cut(n uint64) []strategies.BlockID {
	i := len(t.ids)
	for i > 0 && t.ids[i-1].Number > n {
		i--
	}
	dropped := append([]strategies.BlockID(nil), t.ids[i:]...)
	t.ids = t.ids[:i]
	return dropped
}

func (t *tracker) reset() []strategies.BlockID {
	dropped := append([]strategies.BlockID(nil), t.ids...)
	t.ids = t.ids[:0]
	return dropped
}
