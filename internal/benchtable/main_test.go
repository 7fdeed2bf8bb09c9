package main

import (
	"bytes"
	"strings"
	"testing"
)

const sample = `goos: linux
pkg: github.com/keeperkit/keeperkit/sim/fastpath
BenchmarkV2AmountOut/impl=keeperkit-2         	50000000	        20.0 ns/op	       0 B/op	       0 allocs/op
BenchmarkV2AmountOut/impl=keeperkit-2         	50000000	        30.0 ns/op	       0 B/op	       0 allocs/op
BenchmarkV2AmountOut/impl=keeperkit-2         	50000000	        25.0 ns/op	       0 B/op	       0 allocs/op
BenchmarkV2AmountOut/impl=bigint-2            	10000000	       100.0 ns/op	      64 B/op	       3 allocs/op
BenchmarkV2AmountOut/impl=evm-2               	  100000	     10000 ns/op	    1000 B/op	      20 allocs/op
BenchmarkScan-2                               	     100	   1000000 ns/op	       0 B/op	       0 allocs/op	  3.000 rpc/op
PASS
`

func TestRatios(t *testing.T) {
	res, err := parse(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 4 {
		t.Fatalf("benchmarks: got %d, want 4", len(res))
	}
	if got := median(res[0].samples["ns/op"]); got != 25 {
		t.Errorf("median: got %v, want 25", got)
	}
	var out bytes.Buffer
	write(&out, res)
	for _, want := range []string{"bigint", "4.0×", "evm", "400.0×", "3 rpc/op", "1.00ms"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, out.String())
		}
	}
}

func TestSplit(t *testing.T) {
	for _, tc := range []struct{ in, parent, impl string }{
		{"BenchmarkX/impl=keeperkit", "BenchmarkX", "keeperkit"},
		{"BenchmarkX/impl=evm/ticks=10", "BenchmarkX/ticks=10", "evm"},
		{"BenchmarkY", "BenchmarkY", ""},
	} {
		p, i := split(tc.in)
		if p != tc.parent || i != tc.impl {
			t.Errorf("split(%q): got (%q, %q), want (%q, %q)", tc.in, p, i, tc.parent, tc.impl)
		}
	}
}
