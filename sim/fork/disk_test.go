package fork

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// FuzzDiskRecords feeds arbitrary bytes to the block-file reader: it must
// never panic and must only yield whole records of the known kinds.
func FuzzDiskRecords(f *testing.F) {
	f.Add([]byte{recSlot})
	f.Add(append([]byte{recAccount}, make([]byte, accountLen-1)...))
	f.Add(append([]byte{recHeader}, make([]byte, 36)...))
	f.Add(append(append([]byte{recSlot}, make([]byte, slotLen-1)...), recAccount, 1, 2))
	f.Fuzz(func(t *testing.T, raw []byte) {
		walk(raw, func(kind byte, rec []byte) {
			switch kind {
			case recAccount:
				if len(rec) != accountLen {
					t.Fatalf("account record of %d bytes", len(rec))
				}
			case recSlot:
				if len(rec) != slotLen {
					t.Fatalf("slot record of %d bytes", len(rec))
				}
			case recHeader:
				if len(rec) < 37 {
					t.Fatalf("header record of %d bytes", len(rec))
				}
			default:
				t.Fatalf("record kind %q", kind)
			}
		})
	})
}

// TestDiskTornRecordIgnored appends half a record (a crash mid-write) and
// checks that loading keeps the whole records before it.
func TestDiskTornRecordIgnored(t *testing.T) {
	dir := t.TempDir()
	d, err := openDisk(dir, 7)
	if err != nil {
		t.Fatal(err)
	}
	k := fkey{kind: kindSlot, addr: common.HexToAddress("0x01"), slot: common.HexToHash("0x02")}
	d.append(9, []diskRecord{{key: k, val: common.HexToHash("0x03")}})
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "7", "9.state")
	fh, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	fh.Write(append([]byte{recSlot}, bytes.Repeat([]byte{0xff}, 20)...))
	fh.Close()
	raw, _ := os.ReadFile(path)
	n := 0
	walk(raw, func(kind byte, rec []byte) {
		n++
		if common.BytesToHash(rec[53:85]) != common.HexToHash("0x03") {
			t.Fatalf("value: got %x, want 0x03", rec[53:85])
		}
	})
	if n != 1 {
		t.Fatalf("records: got %d, want 1", n)
	}
}
