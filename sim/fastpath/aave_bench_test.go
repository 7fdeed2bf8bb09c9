package fastpath

import (
	"syscall"
	"testing"

	"github.com/holiman/uint256"
)

func BenchmarkAaveScanFull100k(b *testing.B) {
	m, ps := aaRealistic(100_000, 1)
	book, err := NewAaveBook(m, ps)
	if err != nil {
		b.Fatal(err)
	}
	under := make([]uint32, 0, len(ps))
	b.ReportAllocs()
	b.ResetTimer()
	cpu := aaStartCPU()
	for b.Loop() {
		under = book.ScanFull(under)
	}
	cpu.report(b)
	b.ReportMetric(float64(len(under)), "under1")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(ps)), "ns/account")
}

// BenchmarkAaveScanOracleMove100k moves one price by ±1% alternately and
// reprices the exposed accounts. asset=LINK is a mid-size asset,
// asset=WETH the most held one (the worst case of this mix).
func BenchmarkAaveScanOracleMove100k(b *testing.B) {
	for _, c := range []struct {
		name  string
		asset int
	}{{"asset=LINK", aaLINK}, {"asset=USDT", aaUSDT}, {"asset=WETH", aaWETH}} {
		b.Run(c.name, func(b *testing.B) {
			m, ps := aaRealistic(100_000, 1)
			book, err := NewAaveBook(m, ps)
			if err != nil {
				b.Fatal(err)
			}
			under := make([]uint32, 0, len(ps))
			book.ScanFull(under)
			base := m.Reserves[c.asset].Price
			var up, down uint256.Int
			up.MulDivOverflow(&base, uint256.NewInt(101), uint256.NewInt(100))
			down.MulDivOverflow(&base, uint256.NewInt(99), uint256.NewInt(100))
			b.ReportAllocs()
			b.ResetTimer()
			i := 0
			cpu := aaStartCPU()
			for b.Loop() {
				if i&1 == 0 {
					m.Reserves[c.asset].Price = up
				} else {
					m.Reserves[c.asset].Price = down
				}
				i++
				under = book.Reprice(c.asset, under)
			}
			cpu.report(b)
			b.ReportMetric(float64(book.Exposed(c.asset))/float64(len(ps))*100, "%exposed")
		})
	}
}

func BenchmarkAaveHealthFactor(b *testing.B) {
	m, ps := aaRealistic(1024, 2)
	b.Run("impl=keeperkit", func(b *testing.B) {
		var a AaveAccount
		b.ReportAllocs()
		i := 0
		cpu := aaStartCPU()
		for b.Loop() {
			if err := m.AccountData(&ps[i&1023], &a); err != nil {
				b.Fatal(err)
			}
			i++
		}
		cpu.report(b)
	})
	b.Run("impl=bigint", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			if _, err := arefAccountData(m, &ps[i&1023], m.Time()); err != nil {
				b.Fatal(err)
			}
			i++
		}
	})
	b.Run("impl=evm", func(b *testing.B) { aaBenchEVMAccountData(b) })
}

func BenchmarkAaveLiquidationAmounts(b *testing.B) {
	m, ps := aaRealistic(1024, 3)
	// put every account under water
	for i := range m.Reserves {
		if aaAssetSpec[i].wColl >= aaAssetSpec[i].wDebt {
			p := &m.Reserves[i].Price
			p.MulDivOverflow(p, uint256.NewInt(40), uint256.NewInt(100))
		}
	}
	cover := new(uint256.Int).SetAllOne()
	b.Run("impl=keeperkit", func(b *testing.B) {
		var l AaveLiquidation
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			p := &ps[i&1023]
			_ = m.Liquidation(p, p.Entries[0].Reserve, p.Entries[2].Reserve, cover, false, &l)
			i++
		}
	})
	b.Run("impl=bigint", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		bc := cover.ToBig()
		for b.Loop() {
			p := &ps[i&1023]
			_, _ = arefLiquidation(m, p, p.Entries[0].Reserve, p.Entries[2].Reserve, bc, false, m.Time())
			i++
		}
	})
	b.Run("impl=evm", func(b *testing.B) { aaBenchEVMLiquidation(b) })
}

// aaCPU reports the process CPU time per op beside the wall time: on a
// shared, loaded machine ns/op counts time the benchmark was not running.
type aaCPU struct{ start int64 }

func aaCPUNow() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

func aaStartCPU() aaCPU { return aaCPU{aaCPUNow()} }

func (c aaCPU) report(b *testing.B) {
	b.ReportMetric(float64(aaCPUNow()-c.start)/float64(b.N), "cpu-ns/op")
}

func BenchmarkAavePrimitives(b *testing.B) {
	s := uint256.MustFromDecimal("123456789012345678901234")
	idx := uint256.MustFromDecimal("1034567890123456789012345678")
	price := uint256.NewInt(300012345678)
	unit := uint256.NewInt(1e18)
	var z uint256.Int
	b.Run("rayMulFast", func(b *testing.B) {
		for b.Loop() {
			_ = rayMulFast(&z, s, idx)
		}
	})
	b.Run("RayMul", func(b *testing.B) {
		for b.Loop() {
			_ = RayMul(&z, s, idx)
		}
	})
	b.Run("mulDivUnit", func(b *testing.B) {
		for b.Loop() {
			_ = mulDivUnit(&z, s, price, 18, unit)
		}
	})
	b.Run("divPow10_27", func(b *testing.B) {
		x := new(uint256.Int).Mul(s, idx)
		for b.Loop() {
			divPow10(&z, x, 27)
		}
	})
	b.Run("Div1e27", func(b *testing.B) {
		x := new(uint256.Int).Mul(s, idx)
		for b.Loop() {
			z.Div(x, aaveRay)
		}
	})
}
