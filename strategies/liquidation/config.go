package liquidation

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// Config is the [strategies.liquidation] section.
type Config struct {
	// Pool is the Aave V3 pool (proxy) to watch; required.
	Pool string `toml:"pool"`
	// Oracle is the market's AaveOracle; required.
	Oracle string `toml:"oracle"`
	// WETH prices profits in ether (the oracle's WETH price); required.
	WETH string `toml:"weth"`
	// SwapPools are the pools the executor may sell seized collateral
	// through, as "v2:0xPAIR" or "v3:0xPOOL"; at least one.
	SwapPools []string `toml:"swap_pools"`
	// MinProfitWei: opportunities expected to earn less (in wei, after
	// the flash-loan premium, before gas) are not returned; default "0".
	// Those that earn less than their gas (gas_estimate at the next base
	// fee) are not proven either.
	MinProfitWei string `toml:"min_profit_wei"`
	// FromBlock is where borrower discovery starts reading pool events;
	// default 0.
	FromBlock uint64 `toml:"from_block"`
	// Blocks is how many blocks an opportunity stays valid; default 2.
	Blocks uint64 `toml:"blocks"`
	// BuilderShareBps caps the share of profit the executor may pay the
	// builder; default 9000.
	BuilderShareBps uint16 `toml:"builder_share_bps"`
	// SlippageBps is how far under the sized (fast-path) profit the executor's
	// on-chain minimum is set; default 100 (1%).
	SlippageBps uint16 `toml:"slippage_bps"`
	// MaxProofs caps how many liquidatable accounts are proven on the fork
	// per event, largest debts first (accounts that sizing finds
	// unprofitable are not proven and not counted; at most 4 × MaxProofs
	// accounts are sized per event); the others are found again on the
	// next event. It bounds the time from an oracle move to the first
	// bundle when a move makes hundreds of accounts liquidatable at once;
	// default 16.
	MaxProofs int `toml:"max_proofs"`
	// MaxGasPriceGwei: no liquidation is proposed while the next block's
	// base fee is above it (in gwei); default 0, no cap.
	MaxGasPriceGwei uint64 `toml:"max_gas_price_gwei"`
	// GasEstimate is the gas a liquidation is charged while sizing it (at
	// the next block's base fee): a liquidation that earns less is not
	// proven; default 450,000.
	GasEstimate uint64 `toml:"gas_estimate"`
}

// DefaultConfig is the configuration before the section is decoded.
func DefaultConfig() Config {
	return Config{MinProfitWei: "0", Blocks: 2, BuilderShareBps: 9000, SlippageBps: 100, MaxProofs: 16, GasEstimate: 450_000}
}

type swapPool struct {
	v3   bool
	addr common.Address
}

// parsed is Config with its values checked and decoded.
type parsed struct {
	pool, oracle, weth common.Address
	swaps              []swapPool
	minProfit          *big.Int
}

// Validate names the first bad key and its value.
func (c Config) parse() (parsed, error) {
	var p parsed
	for _, f := range []struct {
		key, v string
		dst    *common.Address
	}{{"pool", c.Pool, &p.pool}, {"oracle", c.Oracle, &p.oracle}, {"weth", c.WETH, &p.weth}} {
		if !common.IsHexAddress(f.v) {
			return p, fmt.Errorf("%s = %q: want a 0x address", f.key, f.v)
		}
		*f.dst = common.HexToAddress(f.v)
	}
	if len(c.SwapPools) == 0 {
		return p, fmt.Errorf("swap_pools: want at least one \"v2:0x…\" or \"v3:0x…\"")
	}
	for i, s := range c.SwapPools {
		kind, addr, ok := strings.Cut(s, ":")
		if !ok || (kind != "v2" && kind != "v3") || !common.IsHexAddress(addr) {
			return p, fmt.Errorf("swap_pools[%d] = %q: want \"v2:0x…\" or \"v3:0x…\"", i, s)
		}
		p.swaps = append(p.swaps, swapPool{v3: kind == "v3", addr: common.HexToAddress(addr)})
	}
	v, ok := new(big.Int).SetString(c.MinProfitWei, 10)
	if !ok || v.Sign() < 0 {
		return p, fmt.Errorf("min_profit_wei = %q: not a whole non-negative number of wei", c.MinProfitWei)
	}
	p.minProfit = v
	if c.Blocks == 0 || c.Blocks > 25 {
		return p, fmt.Errorf("blocks = %d: want 1..25", c.Blocks)
	}
	if c.MaxProofs < 1 || c.MaxProofs > 10_000 {
		return p, fmt.Errorf("max_proofs = %d: want 1..10000", c.MaxProofs)
	}
	if c.MaxGasPriceGwei > 1_000_000 {
		return p, fmt.Errorf("max_gas_price_gwei = %d: want 0 (no cap) up to 1000000", c.MaxGasPriceGwei)
	}
	if c.GasEstimate == 0 || c.GasEstimate > 30_000_000 {
		return p, fmt.Errorf("gas_estimate = %d: want 1..30000000", c.GasEstimate)
	}
	if c.BuilderShareBps > 10_000 || c.SlippageBps > 5_000 {
		return p, fmt.Errorf("builder_share_bps = %d, slippage_bps = %d: out of range", c.BuilderShareBps, c.SlippageBps)
	}
	return p, nil
}
