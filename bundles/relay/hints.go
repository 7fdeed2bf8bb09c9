package relay

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/keeperkit/keeperkit/bundles"
	"github.com/keeperkit/keeperkit/sim/fork"
)

// Significant decimal digits kept, rounding up, in a hint's gas fields
// (mev-share-node, spec §7).
const (
	hintGasPriceDigits = 3
	hintGasUsedDigits  = 2
)

// WithHintGas says whether hints carry the bundle's mevGasPrice (wei per
// gas, 3 significant digits rounded up) and gasUsed (2 digits), from the
// simulation on arrival. Default: mevGasPrice on, gasUsed off, as
// mev-share-node's flags.
func WithHintGas(mevGasPrice, gasUsed bool) Option {
	return func(r *Relay) { r.hintGasPrice, r.hintGasUsed = mevGasPrice, gasUsed }
}

// addHintGas fills h's gas fields from the arrival simulation, if any.
func (r *Relay) addHintGas(h *bundles.Hint, sim *fork.BundleResult) {
	if sim == nil || sim.GasUsed == 0 {
		return
	}
	gas := new(big.Int).SetUint64(sim.GasUsed)
	if r.hintGasPrice {
		h.MevGasPrice = (*hexutil.Big)(roundUp(perGas(nz(sim.CoinbasePayment), sim.GasUsed), hintGasPriceDigits))
	}
	if r.hintGasUsed {
		h.GasUsed = (*hexutil.Big)(roundUp(gas, hintGasUsedDigits))
	}
}

// roundUp keeps the n most significant decimal digits of x and rounds the
// rest up: roundUp(123456, 2) = 130000, roundUp(99, 2) = 99 (TV-7).
func roundUp(x *big.Int, n int) *big.Int {
	digits := len(x.String())
	if x.Sign() <= 0 || digits <= n {
		return new(big.Int).Set(x)
	}
	unit := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(digits-n)), nil)
	q, m := new(big.Int).QuoRem(x, unit, new(big.Int))
	if m.Sign() != 0 {
		q.Add(q, big.NewInt(1))
	}
	return q.Mul(q, unit)
}
