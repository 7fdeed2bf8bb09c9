package fastpath

import (
	"syscall"
	"testing"

	"github.com/holiman/uint256"
)

// BenchmarkAaveScanFull100k: 100,000 accounts of 2 collaterals and 2
// debts over the ten-asset market (aaRealistic), every account decided at
// the market's time and prices. hf=lazy decides by the float bound where
// it can (scan_bound.go) and takes the exact path only inside its
// uncertainty band; hf=eager computes every exact health factor. %exact
// is the share of accounts that took the exact path.
func BenchmarkAaveScanFull100k(b *testing.B) {
	aaBenchScanFull(b, 100_000)
}

// BenchmarkAaveScanFull1k is the same scan on 1,000 accounts (the book
// fits in cache): the per-account cost without memory misses.
func BenchmarkAaveScanFull1k(b *testing.B) { aaBenchScanFull(b, 1000) }

func aaBenchScanFull(b *testing.B, n int) {
	m, ps := aaRealistic(n, 1)
	for _, eager := range []bool{false, true} {
		b.Run(map[bool]string{false: "hf=lazy", true: "hf=eager"}[eager], func(b *testing.B) {
			book, err := NewAaveBook(m, ps)
			if err != nil {
				b.Fatal(err)
			}
			book.Eager = eager
			under := make([]uint32, 0, len(ps))
			b.ReportAllocs()
			b.ResetTimer()
			x0 := book.nExact
			cpu := aaStartCPU()
			for b.Loop() {
				under = book.ScanFull(under)
			}
			cpu.report(b)
			b.ReportMetric(float64(len(under)), "under1")
			b.ReportMetric(float64(book.nExact-x0)/float64(b.N)/float64(n)*100, "%exact")
		})
	}
}

// BenchmarkAaveScanOracleMove100k moves one price by +1% and -1%
// alternately and re-decides the exposed accounts (%exact: the share of
// them that took the exact path, per move). %exposed is the
// share of the 100,000 accounts holding the asset: LINK (a mid-size
// collateral), USDT (a common debt), WETH (the most held asset, the worst
// case of this mix).
func BenchmarkAaveScanOracleMove100k(b *testing.B) {
	m, ps := aaRealistic(100_000, 1)
	for _, c := range []struct {
		name  string
		asset int
	}{{"asset=LINK", aaLINK}, {"asset=USDT", aaUSDT}, {"asset=WETH", aaWETH}} {
		for _, eager := range []bool{false, true} {
			b.Run(c.name+"/"+map[bool]string{false: "hf=lazy", true: "hf=eager"}[eager], func(b *testing.B) {
				book, err := NewAaveBook(m, ps)
				if err != nil {
					b.Fatal(err)
				}
				book.Eager = eager
				under := make([]uint32, 0, len(ps))
				book.ScanFull(under)
				aaBenchMoves(b, m, book, c.asset, 1, under)
				b.ReportMetric(float64(book.Exposed(c.asset))/float64(len(ps))*100, "%exposed")
			})
		}
	}
}

// BenchmarkAaveScanOracleJump100k is BenchmarkAaveScanOracleMove100k
// with moves of ±10% of WETH: some thousands of accounts cross 1 or lose
// their margin at each move and are decided again.
func BenchmarkAaveScanOracleJump100k(b *testing.B) {
	m, ps := aaRealistic(100_000, 1)
	book, err := NewAaveBook(m, ps)
	if err != nil {
		b.Fatal(err)
	}
	under := book.ScanFull(make([]uint32, 0, len(ps)))
	aaBenchMoves(b, m, book, aaWETH, 10, under)
}

// aaBenchMoves is the timed loop of the oracle-move benchmarks: reserve
// asset's price moves up and down by pct% alternately, each move a Reprice
// of book (from under, its accounts under 1), with CPU time, the accounts
// under 1 and %exact (the share of exposed accounts that took the exact
// path, per move) reported. The price is restored after.
func aaBenchMoves(b *testing.B, m *AaveMarket, book *AaveBook, asset int, pct uint64, under []uint32) {
	base := m.Reserves[asset].Price
	defer func() { m.Reserves[asset].Price = base }()
	var up, down uint256.Int
	up.MulDivOverflow(&base, uint256.NewInt(100+pct), uint256.NewInt(100))
	down.MulDivOverflow(&base, uint256.NewInt(100-pct), uint256.NewInt(100))
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	x0 := book.nExact
	cpu := aaStartCPU()
	for b.Loop() {
		if i&1 == 0 {
			m.Reserves[asset].Price = up
		} else {
			m.Reserves[asset].Price = down
		}
		i++
		under = book.Reprice(asset, under)
	}
	cpu.report(b)
	b.ReportMetric(float64(len(under)), "under1")
	b.ReportMetric(float64(book.nExact-x0)/float64(b.N)/float64(book.Exposed(asset))*100, "%exact")
}

// BenchmarkAaveHealthFactor: getUserAccountData of one account with two
// collaterals and two debts (aaBenchMarket), the same answer three ways.
func BenchmarkAaveHealthFactor(b *testing.B) {
	em, user, m, pos := aaBenchMarket(b)
	b.Run("impl=keeperkit", func(b *testing.B) {
		var a AaveAccount
		b.ReportAllocs()
		cpu := aaStartCPU()
		for b.Loop() {
			if err := m.AccountData(&pos, &a); err != nil {
				b.Fatal(err)
			}
		}
		cpu.report(b)
	})
	b.Run("impl=bigint", func(b *testing.B) {
		b.ReportAllocs()
		cpu := aaStartCPU()
		for b.Loop() {
			if _, err := arefAccountData(m, &pos, m.Time()); err != nil {
				b.Fatal(err)
			}
		}
		cpu.report(b)
	})
	b.Run("impl=evm", func(b *testing.B) { aaBenchEVMAccountData(b, em, user) })
}

// BenchmarkAaveLiquidationAmounts: liquidationCall(WETH, USDC, 8000e6)
// on the same account.
func BenchmarkAaveLiquidationAmounts(b *testing.B) {
	em, user, m, pos := aaBenchMarket(b)
	cover := uint256.NewInt(8000e6)
	b.Run("impl=keeperkit", func(b *testing.B) {
		var l AaveLiquidation
		b.ReportAllocs()
		cpu := aaStartCPU()
		for b.Loop() {
			if err := m.Liquidation(&pos, 0, 1, cover, false, &l); err != nil {
				b.Fatal(err)
			}
		}
		cpu.report(b)
	})
	b.Run("impl=bigint", func(b *testing.B) {
		b.ReportAllocs()
		bc := cover.ToBig()
		cpu := aaStartCPU()
		for b.Loop() {
			if _, err := arefLiquidation(m, &pos, 0, 1, bc, false, m.Time()); err != nil {
				b.Fatal(err)
			}
		}
		cpu.report(b)
	})
	b.Run("impl=evm", func(b *testing.B) { aaBenchEVMLiquidation(b, em, user) })
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
