package report

import (
	"io"
	"testing"
)

// BenchmarkWrite: the whole report (JSON, CSVs, PNGs, HTML) of 1,000
// blocks with ~600 opportunities and 200 competitors.
func BenchmarkWrite(b *testing.B) {
	r := fixture(1, 1000)
	dir := b.TempDir()
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(dir, r); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMerge: 1,000 blocks in 8 shards, with competitor matching.
func BenchmarkMerge(b *testing.B) {
	var parts []*Result
	for from := uint64(1); from <= 1000; from += 125 {
		parts = append(parts, fixture(from, from+124))
	}
	m := Merger{Match: testMatch}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := m.Merge(parts...); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkTable(b *testing.B) {
	r := fixture(1, 1000)
	b.ReportAllocs()
	for b.Loop() {
		Table(io.Discard, r)
	}
}
