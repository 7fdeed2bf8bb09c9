package fork

import (
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// account is what the fork knows of an account at its block. An account
// that does not exist (no balance, nonce or code) is cached too, with
// exists false, so that a miss is not fetched twice.
type account struct {
	nonce    uint64
	balance  uint256.Int
	codeHash common.Hash
	exists   bool
}

type slotKey struct {
	addr common.Address
	slot common.Hash
}

// numShards splits each cache so that parallel simulations rarely contend
// on one lock.
const numShards = 16

// genCache is a bounded map with two generations: reads promote entries from
// the old generation to the new one; when the new one is full the old one
// is dropped whole. It approximates LRU at the cost of one map lookup, and
// never holds more than 2*max entries.
type genCache[K comparable, V any] struct {
	shards [numShards]genShard[K, V]
	shard  func(K) uint8
	stats  *counters
}

type genShard[K comparable, V any] struct {
	// mu guards cur and old.
	mu       sync.RWMutex
	cur, old map[K]V
	max      int
}

func newGenCache[K comparable, V any](max int, shard func(K) uint8, stats *counters) *genCache[K, V] {
	c := &genCache[K, V]{shard: shard, stats: stats}
	per := max / numShards
	if per < 16 {
		per = 16
	}
	for i := range c.shards {
		c.shards[i].cur = make(map[K]V)
		c.shards[i].max = per
	}
	return c
}

func (c *genCache[K, V]) get(k K) (V, bool) {
	s := &c.shards[c.shard(k)%numShards]
	s.mu.RLock()
	v, ok := s.cur[k]
	if ok {
		s.mu.RUnlock()
		return v, true
	}
	_, inOld := s.old[k]
	s.mu.RUnlock()
	if !inOld {
		return v, false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if v, ok = s.cur[k]; ok {
		return v, true
	}
	if v, ok = s.old[k]; ok {
		delete(s.old, k)
		s.putLocked(k, v, c.stats)
	}
	return v, ok
}

func (c *genCache[K, V]) put(k K, v V) {
	s := &c.shards[c.shard(k)%numShards]
	s.mu.Lock()
	s.putLocked(k, v, c.stats)
	s.mu.Unlock()
}

func (s *genShard[K, V]) putLocked(k K, v V, stats *counters) {
	if _, ok := s.cur[k]; !ok && len(s.cur) >= s.max {
		if n := len(s.old); n > 0 && stats != nil {
			stats.evictions.Add(uint64(n))
			stats.promEvictions.Add(float64(n))
		}
		s.old, s.cur = s.cur, make(map[K]V, s.max)
	}
	s.cur[k] = v
}

// len is the number of entries held.
func (c *genCache[K, V]) len() int {
	n := 0
	for i := range c.shards {
		s := &c.shards[i]
		s.mu.RLock()
		n += len(s.cur) + len(s.old)
		s.mu.RUnlock()
	}
	return n
}

// each calls fn for every entry; fn must not touch the cache.
func (c *genCache[K, V]) each(fn func(K, V)) {
	for i := range c.shards {
		s := &c.shards[i]
		s.mu.RLock()
		for k, v := range s.old {
			if _, ok := s.cur[k]; !ok {
				fn(k, v)
			}
		}
		for k, v := range s.cur {
			fn(k, v)
		}
		s.mu.RUnlock()
	}
}

func addrShard(a common.Address) uint8 { return a[19] ^ a[0] }

func slotShard(k slotKey) uint8 { return k.addr[19] ^ k.slot[31] }

// blockCache is the cache of one block: accounts and storage slots. Code is
// content-addressed and lives in the shared codeCache.
type blockCache struct {
	accounts *genCache[common.Address, account]
	slots    *genCache[slotKey, common.Hash]
}

func newBlockCache(max int, stats *counters) *blockCache {
	return &blockCache{
		accounts: newGenCache[common.Address, account](max/4+1, addrShard, stats),
		slots:    newGenCache[slotKey, common.Hash](max, slotShard, stats),
	}
}

// codeCache holds contract code by hash, for every block of a fork lineage.
type codeCache struct {
	// mu guards m.
	mu sync.RWMutex
	m  map[common.Hash][]byte
}

func (c *codeCache) get(h common.Hash) ([]byte, bool) {
	c.mu.RLock()
	code, ok := c.m[h]
	c.mu.RUnlock()
	return code, ok
}

func (c *codeCache) put(h common.Hash, code []byte) {
	c.mu.Lock()
	c.m[h] = code
	c.mu.Unlock()
}
