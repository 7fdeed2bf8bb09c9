package strategies

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// KindSet is a set of event kinds.
type KindSet uint8

// NewKindSet returns the set of the given kinds.
func NewKindSet(kinds ...Kind) KindSet {
	var s KindSet
	for _, k := range kinds {
		s |= 1 << k
	}
	return s
}

// Has reports whether k is in the set.
func (s KindSet) Has(k Kind) bool { return s&(1<<k) != 0 }

// Subscriptions says which events a strategy receives. Pending transactions
// and hints cost bandwidth and CPU: the engine only opens those streams when
// some strategy asks for them.
type Subscriptions struct {
	// Kinds the strategy receives. KindLogs needs Logs filters too.
	Kinds KindSet
	// Logs are the filters of KindLogs events: a log is delivered when it
	// matches any filter; the event carries only matching logs and is not
	// delivered when none match.
	Logs []LogFilter
}

// DefaultSubscriptions is what a strategy that is not a Subscriber receives:
// new blocks and reorgs.
var DefaultSubscriptions = Subscriptions{Kinds: NewKindSet(KindBlock, KindReorg)}

// Wants reports whether the strategy receives events of kind k.
func (s Subscriptions) Wants(k Kind) bool {
	if k == KindLogs {
		return s.Kinds.Has(KindLogs) && len(s.Logs) > 0
	}
	return s.Kinds.Has(k)
}

// MatchLog reports whether l matches any of the log filters.
func (s Subscriptions) MatchLog(l *types.Log) bool {
	for i := range s.Logs {
		if s.Logs[i].Match(l) {
			return true
		}
	}
	return false
}

// LogFilter selects logs as eth_getLogs does: Addresses empty means any
// address; Topics[i] empty means any topic in position i, otherwise one of
// the listed ones; a filter with more topic positions than a log has does
// not match it.
type LogFilter struct {
	Addresses []common.Address
	Topics    [][]common.Hash
}

// Match reports whether l passes the filter.
func (f LogFilter) Match(l *types.Log) bool {
	if len(f.Addresses) > 0 && !containsAddr(f.Addresses, l.Address) {
		return false
	}
	// As go-ethereum's filterLogs: a filter naming more topic positions than
	// the log has never matches, even with wildcards there.
	if len(f.Topics) > len(l.Topics) {
		return false
	}
	for i, want := range f.Topics {
		if len(want) > 0 && !containsHash(want, l.Topics[i]) {
			return false
		}
	}
	return true
}

func containsAddr(s []common.Address, a common.Address) bool {
	for _, x := range s {
		if x == a {
			return true
		}
	}
	return false
}

func containsHash(s []common.Hash, h common.Hash) bool {
	for _, x := range s {
		if x == h {
			return true
		}
	}
	return false
}
