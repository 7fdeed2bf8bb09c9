package exec

import (
	"fmt"

	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
)

// Pricing is the fee policy, from the [executor] config section.
type Pricing struct {
	// MinProfit in wei after gas and builder tip; zero keeps all profitable bundles.
	MinProfit uint256.Int
	// MaxFeePerGas in wei; the bundle's base fee plus tip never exceeds it.
	MaxFeePerGas uint256.Int
	// TipBps is the share of expected profit paid to the builder, in basis
	// points; an opportunity's MaxBuilderShareBps lowers it further.
	TipBps uint16
	// TipCap caps the tip in wei; zero means no cap.
	TipCap uint256.Int
}

// Price is how one bundle is paid, all in wei (per gas where named so).
type Price struct {
	BaseFee      uint256.Int // next block's base fee, per gas
	TipPerGas    uint256.Int // priority fee per gas: the builder's payment
	MaxFeePerGas uint256.Int // what the transaction allows per gas
	GasUsed      uint64      // from simulation
	GasLimit     uint64      // what the transaction allows
	GasCost      uint256.Int // GasUsed × BaseFee (burnt)
	Tip          uint256.Int // GasUsed × TipPerGas (to the builder)
	Net          uint256.Int // expected profit − GasCost − Tip
}

// londonRules computes base fees with the protocol's constants (elasticity
// 2, change denominator 8) for any block number: keeper chains are all past
// London, devnets from genesis.
var londonRules = func() *params.ChainConfig {
	c := *params.AllDevChainProtocolChanges
	return &c
}()

// NextBaseFee is the base fee of the block after parent (EIP-1559).
func NextBaseFee(parent *types.Header) *uint256.Int {
	bf, _ := uint256.FromBig(eip1559.CalcBaseFee(londonRules, parent))
	return bf
}

// Quote prices a bundle using gasUsed gas for an expected profit (wei) at
// the next block's baseFee. The builder gets min(TipBps, maxShareBps) of the
// profit, capped by TipCap and by MaxFeePerGas, through the priority fee.
func (p *Pricing) Quote(baseFee *uint256.Int, gasUsed uint64, profit *uint256.Int, maxShareBps uint16) (Price, error) {
	var pr Price
	pr.BaseFee.Set(baseFee)
	pr.GasUsed = gasUsed
	pr.GasLimit = gasUsed + gasUsed/4 + 20_000 // room for state that moved since simulation
	if gasUsed == 0 {
		return pr, fmt.Errorf("exec: zero gas from simulation")
	}
	if baseFee.Gt(&p.MaxFeePerGas) {
		return pr, fmt.Errorf("%w: base fee %s wei > max %s wei", ErrGasPrice, baseFee, &p.MaxFeePerGas)
	}
	gas := uint256.NewInt(gasUsed)
	pr.GasCost.Mul(gas, baseFee)

	share := uint64(p.TipBps)
	if uint64(maxShareBps) < share {
		share = uint64(maxShareBps)
	}
	var tip uint256.Int
	tip.Mul(profit, uint256.NewInt(share))
	tip.Div(&tip, uint256.NewInt(10_000))
	if !p.TipCap.IsZero() && tip.Gt(&p.TipCap) {
		tip.Set(&p.TipCap)
	}
	pr.TipPerGas.Div(&tip, gas)
	var room uint256.Int
	room.Sub(&p.MaxFeePerGas, baseFee)
	if pr.TipPerGas.Gt(&room) {
		pr.TipPerGas.Set(&room)
	}
	pr.Tip.Mul(&pr.TipPerGas, gas)

	// Allow the base fee to rise for the blocks the bundle is resubmitted
	// for (up to 12.5% a block), within the configured maximum.
	pr.MaxFeePerGas.Lsh(baseFee, 1)
	pr.MaxFeePerGas.Add(&pr.MaxFeePerGas, &pr.TipPerGas)
	if pr.MaxFeePerGas.Gt(&p.MaxFeePerGas) {
		pr.MaxFeePerGas.Set(&p.MaxFeePerGas)
	}

	var cost uint256.Int
	cost.Add(&pr.GasCost, &pr.Tip)
	if cost.Gt(profit) {
		return pr, fmt.Errorf("%w: profit %s wei < gas %s + tip %s wei", ErrUnprofitable, profit, &pr.GasCost, &pr.Tip)
	}
	pr.Net.Sub(profit, &cost)
	if pr.Net.Lt(&p.MinProfit) {
		return pr, fmt.Errorf("%w: net %s wei < minimum %s wei", ErrUnprofitable, &pr.Net, &p.MinProfit)
	}
	return pr, nil
}

// gweiToWei converts a whole number of gwei.
func gweiToWei(g int64) *uint256.Int {
	return new(uint256.Int).Mul(uint256.NewInt(uint64(g)), uint256.NewInt(params.GWei))
}
