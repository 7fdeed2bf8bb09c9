package backtest

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"

	"github.com/keeperkit/keeperkit/keeper/engine/chainview"
)

// cacheFile is the append-only log of a Cache directory: records of
// (key length uint32, key, value length uint32, value), big-endian.
const cacheFile = "rpc.log"

// Cache is a disk cache of JSON-RPC answers that cannot change: requests
// pinned to a block by number or hash (eth_getBlockByNumber 0x10,
// eth_call at 0x10, eth_getLogs from 0x1 to 0x10, debug_traceBlockByNumber,
// receipts and transactions by hash, eth_chainId), keyed by method and
// parameters. Requests naming "latest", "pending", "safe" or "finalized",
// and answers that are errors or null, are never cached. It is used as an
// http.RoundTripper under go-ethereum's rpc client (Transport), so every
// reader (forks, the strategies' Chain, the competition decoder) shares it.
// Safe for concurrent use.
type Cache struct {
	dir string

	// mu guards m and f.
	mu sync.Mutex
	m  map[string]json.RawMessage
	f  *os.File

	requests atomic.Int64 // HTTP requests sent upstream
	calls    atomic.Int64 // JSON-RPC calls sent upstream
	hits     atomic.Int64 // JSON-RPC calls answered from the cache
}

// OpenCache opens (creating it) the cache in dir. An empty dir keeps the
// cache in memory only. A record cut short by a killed run is dropped.
func OpenCache(dir string) (*Cache, error) {
	c := &Cache{dir: dir, m: map[string]json.RawMessage{}}
	if dir == "" {
		return c, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("backtest: cache: %w", err)
	}
	path := filepath.Join(dir, cacheFile)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("backtest: cache: %w", err)
	}
	good, err := c.load(f)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("backtest: cache %s: %w", path, err)
	}
	if err := f.Truncate(good); err != nil {
		f.Close()
		return nil, fmt.Errorf("backtest: cache %s: %w", path, err)
	}
	if _, err := f.Seek(good, io.SeekStart); err != nil {
		f.Close()
		return nil, fmt.Errorf("backtest: cache %s: %w", path, err)
	}
	c.f = f
	return c, nil
}

// load reads every whole record and returns the offset after the last one.
func (c *Cache) load(f *os.File) (int64, error) {
	r := bufio.NewReaderSize(f, 1<<20)
	var off int64
	var hdr [4]byte
	for {
		if _, err := io.ReadFull(r, hdr[:]); err != nil {
			return off, nil
		}
		key := make([]byte, binary.BigEndian.Uint32(hdr[:]))
		if _, err := io.ReadFull(r, key); err != nil {
			return off, nil
		}
		if _, err := io.ReadFull(r, hdr[:]); err != nil {
			return off, nil
		}
		val := make([]byte, binary.BigEndian.Uint32(hdr[:]))
		if _, err := io.ReadFull(r, val); err != nil {
			return off, nil
		}
		c.m[string(key)] = val
		off += int64(8 + len(key) + len(val))
	}
}

// Close closes the cache file.
func (c *Cache) Close() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.f == nil {
		return nil
	}
	err := c.f.Close()
	c.f = nil
	return err
}

// Dir is the cache directory ("" in memory).
func (c *Cache) Dir() string { return c.dir }

// Len is the number of cached answers.
func (c *Cache) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.m)
}

// Requests is the number of HTTP requests sent to the node so far (a
// JSON-RPC batch is one request).
func (c *Cache) Requests() int64 { return c.requests.Load() }

// Calls is the number of JSON-RPC calls sent to the node so far.
func (c *Cache) Calls() int64 { return c.calls.Load() }

// Hits is the number of JSON-RPC calls answered from the cache.
func (c *Cache) Hits() int64 { return c.hits.Load() }

func (c *Cache) get(key string) (json.RawMessage, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[key]
	return v, ok
}

func (c *Cache) put(key string, val json.RawMessage) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.m[key]; ok {
		return nil
	}
	c.m[key] = val
	if c.f == nil {
		return nil
	}
	buf := make([]byte, 0, 8+len(key)+len(val))
	buf = binary.BigEndian.AppendUint32(buf, uint32(len(key)))
	buf = append(buf, key...)
	buf = binary.BigEndian.AppendUint32(buf, uint32(len(val)))
	buf = append(buf, val...)
	if _, err := c.f.Write(buf); err != nil {
		return fmt.Errorf("backtest: cache write: %w", err)
	}
	return nil
}

// Transport returns an http.RoundTripper that answers the JSON-RPC calls of
// each request from the cache and sends the rest to the node in one request
// through next (http.DefaultTransport when nil).
func (c *Cache) Transport(next http.RoundTripper) http.RoundTripper {
	if next == nil {
		next = http.DefaultTransport
	}
	return &cacheTransport{c: c, next: next}
}

type cacheTransport struct {
	c    *Cache
	next http.RoundTripper
}

type rpcMsg struct {
	Version string          `json:"jsonrpc,omitempty"`
	ID      json.RawMessage `json:"id,omitempty"`
	Method  string          `json:"method,omitempty"`
	Params  json.RawMessage `json:"params,omitempty"`
	Result  json.RawMessage `json:"result,omitempty"`
	Error   json.RawMessage `json:"error,omitempty"`
}

func (t *cacheTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.Method != http.MethodPost || req.Body == nil {
		return t.next.RoundTrip(req)
	}
	body, err := io.ReadAll(req.Body)
	req.Body.Close()
	if err != nil {
		return nil, err
	}
	trimmed := bytes.TrimSpace(body)
	batch := len(trimmed) > 0 && trimmed[0] == '['
	var msgs []rpcMsg
	if batch {
		err = json.Unmarshal(trimmed, &msgs)
	} else {
		var m rpcMsg
		err = json.Unmarshal(trimmed, &m)
		msgs = []rpcMsg{m}
	}
	if err != nil {
		return t.forward(req, body)
	}
	answers := make([]rpcMsg, len(msgs))
	keys := make([]string, len(msgs))
	var miss []int
	for i, m := range msgs {
		if key, ok := cacheKey(m.Method, m.Params); ok {
			keys[i] = key
			if v, ok := t.c.get(key); ok {
				answers[i] = rpcMsg{Version: "2.0", ID: m.ID, Result: v}
				t.c.hits.Add(1)
				continue
			}
		}
		miss = append(miss, i)
	}
	if len(miss) > 0 {
		up := make([]rpcMsg, len(miss))
		for j, i := range miss {
			up[j] = msgs[i]
		}
		var out []byte
		if batch {
			out, err = json.Marshal(up)
		} else {
			out, err = json.Marshal(up[0])
		}
		if err != nil {
			return nil, err
		}
		resp, err := t.send(req, out)
		if err != nil {
			return nil, err
		}
		raw, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			return nil, err
		}
		if resp.StatusCode != http.StatusOK {
			resp.Body = io.NopCloser(bytes.NewReader(raw))
			resp.ContentLength = int64(len(raw))
			return resp, nil
		}
		var got []rpcMsg
		rt := bytes.TrimSpace(raw)
		if len(rt) > 0 && rt[0] == '[' {
			err = json.Unmarshal(rt, &got)
		} else {
			var m rpcMsg
			err = json.Unmarshal(rt, &m)
			got = []rpcMsg{m}
		}
		if err != nil {
			return nil, fmt.Errorf("backtest: cache: node answer: %w", err)
		}
		byID := make(map[string]rpcMsg, len(got))
		for _, g := range got {
			byID[string(g.ID)] = g
		}
		for _, i := range miss {
			g, ok := byID[string(msgs[i].ID)]
			if !ok && len(got) == 1 && !batch {
				g, ok = got[0], true
			}
			if !ok {
				return nil, fmt.Errorf("backtest: cache: node answered no call with id %s", msgs[i].ID)
			}
			answers[i] = g
			if keys[i] != "" && len(g.Error) == 0 && len(g.Result) > 0 && string(g.Result) != "null" {
				if err := t.c.put(keys[i], g.Result); err != nil {
					return nil, err
				}
			}
		}
	}
	var out []byte
	if batch {
		out, err = json.Marshal(answers)
	} else {
		out, err = json.Marshal(answers[0])
	}
	if err != nil {
		return nil, err
	}
	return &http.Response{
		Status: "200 OK", StatusCode: http.StatusOK, Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1,
		Header:        http.Header{"Content-Type": []string{"application/json"}},
		Body:          io.NopCloser(bytes.NewReader(out)),
		ContentLength: int64(len(out)),
		Request:       req,
	}, nil
}

func (t *cacheTransport) send(req *http.Request, body []byte) (*http.Response, error) {
	r := req.Clone(req.Context())
	r.Body = io.NopCloser(bytes.NewReader(body))
	r.ContentLength = int64(len(body))
	r.GetBody = nil
	t.c.requests.Add(1)
	n := int64(1)
	if len(body) > 0 && body[0] == '[' {
		n = int64(bytes.Count(body, []byte(`"method"`)))
	}
	t.c.calls.Add(n)
	return t.next.RoundTrip(r)
}

func (t *cacheTransport) forward(req *http.Request, body []byte) (*http.Response, error) {
	return t.send(req, body)
}

// cacheKey is the key of a call whose answer cannot change, and false for
// every other call: chainview.Key, the keying the live keeper's shared chain
// view uses too.
func cacheKey(method string, params json.RawMessage) (string, bool) {
	return chainview.Key(method, params)
}
