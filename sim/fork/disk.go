package fork

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rlp"
)

// The disk cache is a directory per chain ID holding one append-only file
// per block (<dir>/<chainID>/<block>.state) and one for code
// (<dir>/<chainID>/code.bin). Values at a block never change, so records
// are only appended, never rewritten; a torn last record (a crash in the
// middle of a write) is ignored on load. Record layouts, all big-endian:
//
//	'H' hash[32] len[4] header-RLP[len]
//	'A' addr[20] nonce[8] balance[32] codeHash[32] exists[1]
//	'S' addr[20] slot[32] value[32]
//	'C' hash[32] len[4] code[len]          (code.bin only)
const (
	recHeader  = 'H'
	recAccount = 'A'
	recSlot    = 'S'
	recCode    = 'C'
	accountLen = 1 + 20 + 8 + 32 + 32 + 1
	slotLen    = 1 + 20 + 32 + 32
)

// maxOpenBlocks bounds the block files held open for appending.
const maxOpenBlocks = 4

type diskRecord struct {
	key  fkey
	acct account
	val  common.Hash
}

type diskCache struct {
	dir string

	// mu guards the file handles and headers.
	mu      sync.Mutex
	blocks  map[uint64]*os.File
	code    *os.File
	codes   map[common.Hash][]byte // loaded at open
	headers map[uint64]bool        // blocks whose header is on disk
	err     error                  // first write error; writes stop after it
}

func openDisk(dir string, chainID uint64) (*diskCache, error) {
	d := &diskCache{
		dir:     filepath.Join(dir, strconv.FormatUint(chainID, 10)),
		blocks:  make(map[uint64]*os.File),
		codes:   make(map[common.Hash][]byte),
		headers: make(map[uint64]bool),
	}
	if err := os.MkdirAll(d.dir, 0o755); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrDiskCache, err)
	}
	raw, err := os.ReadFile(filepath.Join(d.dir, "code.bin"))
	if err != nil && !os.IsNotExist(err) {
		return nil, fmt.Errorf("%w: %v", ErrDiskCache, err)
	}
	for len(raw) >= 37 && raw[0] == recCode {
		n := int(binary.BigEndian.Uint32(raw[33:37]))
		if len(raw) < 37+n {
			break
		}
		d.codes[common.BytesToHash(raw[1:33])] = bytes.Clone(raw[37 : 37+n])
		raw = raw[37+n:]
	}
	if d.code, err = os.OpenFile(filepath.Join(d.dir, "code.bin"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrDiskCache, err)
	}
	return d, nil
}

func (d *diskCache) path(block uint64) string {
	return filepath.Join(d.dir, strconv.FormatUint(block, 10)+".state")
}

// header returns block's header if the disk has it.
func (d *diskCache) header(block uint64) (*types.Header, common.Hash) {
	raw, err := os.ReadFile(d.path(block))
	if err != nil {
		return nil, common.Hash{}
	}
	var h *types.Header
	var hash common.Hash
	walk(raw, func(kind byte, rec []byte) {
		if kind == recHeader && h == nil {
			var hdr types.Header
			if rlp.DecodeBytes(rec[37:], &hdr) == nil {
				h, hash = &hdr, common.BytesToHash(rec[1:33])
			}
		}
	})
	return h, hash
}

// walk calls fn for every whole record in raw.
func walk(raw []byte, fn func(kind byte, rec []byte)) {
	for len(raw) > 0 {
		var n int
		switch raw[0] {
		case recAccount:
			n = accountLen
		case recSlot:
			n = slotLen
		case recHeader:
			if len(raw) < 37 {
				return
			}
			n = 37 + int(binary.BigEndian.Uint32(raw[33:37]))
		default:
			return // corrupt: stop at the first unknown byte
		}
		if len(raw) < n {
			return // torn last record
		}
		fn(raw[0], raw[:n])
		raw = raw[n:]
	}
}

// load puts the disk's entries for f's block into f's cache and the codes
// into the lineage's code cache.
func (d *diskCache) load(f *Fork) error {
	d.mu.Lock()
	for h, code := range d.codes {
		f.sh.codes.put(h, code)
	}
	d.mu.Unlock()
	raw, err := os.ReadFile(d.path(f.Number()))
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("%w: %v", ErrDiskCache, err)
	}
	var n uint64
	walk(raw, func(kind byte, rec []byte) {
		switch kind {
		case recAccount:
			var a account
			addr := common.BytesToAddress(rec[1:21])
			a.nonce = binary.BigEndian.Uint64(rec[21:29])
			a.balance.SetBytes32(rec[29:61])
			a.codeHash = common.BytesToHash(rec[61:93])
			a.exists = rec[93] == 1
			f.st.accounts.put(addr, a)
			n++
		case recSlot:
			f.st.slots.put(slotKey{common.BytesToAddress(rec[1:21]), common.BytesToHash(rec[21:53])}, common.BytesToHash(rec[53:85]))
			n++
		}
	})
	f.sh.stats.diskLoads.Add(n)
	return nil
}

func (d *diskCache) fileLocked(block uint64) (*os.File, error) {
	if fh, ok := d.blocks[block]; ok {
		return fh, nil
	}
	fh, err := os.OpenFile(d.path(block), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, err
	}
	// A backtest walks thousands of blocks: keep only the newest few open.
	for len(d.blocks) >= maxOpenBlocks {
		oldest := block
		for n := range d.blocks {
			oldest = min(oldest, n)
		}
		if oldest == block {
			break
		}
		_ = d.blocks[oldest].Close()
		delete(d.blocks, oldest)
	}
	d.blocks[block] = fh
	return fh, nil
}

func (d *diskCache) writeLocked(block uint64, buf []byte) {
	if d.err != nil {
		return
	}
	fh, err := d.fileLocked(block)
	if err == nil {
		_, err = fh.Write(buf)
	}
	if err != nil {
		d.err = err
	}
}

func (d *diskCache) putHeader(h *types.Header, hash common.Hash) {
	n := h.Number.Uint64()
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.headers[n] {
		return
	}
	if hdr, _ := d.header(n); hdr != nil {
		d.headers[n] = true
		return
	}
	enc, err := rlp.EncodeToBytes(h)
	if err != nil {
		return
	}
	buf := make([]byte, 0, 37+len(enc))
	buf = append(buf, recHeader)
	buf = append(buf, hash[:]...)
	buf = binary.BigEndian.AppendUint32(buf, uint32(len(enc)))
	buf = append(buf, enc...)
	d.writeLocked(n, buf)
	d.headers[n] = true
}

func (d *diskCache) append(block uint64, recs []diskRecord) {
	buf := make([]byte, 0, len(recs)*accountLen)
	for _, r := range recs {
		switch r.key.kind {
		case kindAccount:
			buf = append(buf, recAccount)
			buf = append(buf, r.key.addr[:]...)
			buf = binary.BigEndian.AppendUint64(buf, r.acct.nonce)
			b := r.acct.balance.Bytes32()
			buf = append(buf, b[:]...)
			buf = append(buf, r.acct.codeHash[:]...)
			if r.acct.exists {
				buf = append(buf, 1)
			} else {
				buf = append(buf, 0)
			}
		case kindSlot:
			buf = append(buf, recSlot)
			buf = append(buf, r.key.addr[:]...)
			buf = append(buf, r.key.slot[:]...)
			buf = append(buf, r.val[:]...)
		}
	}
	d.mu.Lock()
	d.writeLocked(block, buf)
	d.mu.Unlock()
}

func (d *diskCache) putCode(h common.Hash, code []byte) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if _, ok := d.codes[h]; ok || d.err != nil {
		return
	}
	d.codes[h] = code
	buf := make([]byte, 0, 37+len(code))
	buf = append(buf, recCode)
	buf = append(buf, h[:]...)
	buf = binary.BigEndian.AppendUint32(buf, uint32(len(code)))
	buf = append(buf, code...)
	if _, err := d.code.Write(buf); err != nil {
		d.err = err
	}
}

// Close closes the open files.
func (d *diskCache) Close() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	var first error
	for n, fh := range d.blocks {
		if err := fh.Close(); err != nil && first == nil {
			first = err
		}
		delete(d.blocks, n)
	}
	if err := d.code.Close(); err != nil && first == nil {
		first = err
	}
	return first
}
