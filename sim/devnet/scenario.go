package devnet

import (
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"

	"github.com/BurntSushi/toml"
)

// ErrScenario wraps every scenario validation failure.
var ErrScenario = errors.New("devnet: invalid scenario")

// Scenario describes a DeFi world: tokens with USD prices, Uniswap V2 and V3
// pools, an Aave V3 market, accounts with positions, and a timeline of
// blocks. Amounts are in whole token units (decimals applied by the
// builder) unless a field says otherwise.
type Scenario struct {
	// Name labels the world in logs and the address book.
	Name string `toml:"name"`
	// Seed derives the world's account keys: same seed, same world.
	Seed uint64 `toml:"seed"`
	// Tokens; the one named WETH is the real WETH9.
	Tokens []TokenSpec `toml:"tokens"`
	// V2Pools and V3Pools are Uniswap pools seeded with liquidity.
	V2Pools []V2PoolSpec `toml:"v2_pools"`
	V3Pools []V3PoolSpec `toml:"v3_pools"`
	Aave    AaveSpec     `toml:"aave"`
	// Borrowers open Aave positions at build time.
	Borrowers []BorrowerSpec `toml:"borrowers"`
	// Timeline plays one entry per Step, in order.
	Timeline []StepSpec `toml:"timeline"`
	// Generate adds many borrowers, pools and steps from the seed, for
	// benchmarks and backtests (see stress.toml).
	Generate *GenerateSpec `toml:"generate"`
}

// TokenSpec is one ERC20.
type TokenSpec struct {
	Symbol   string  `toml:"symbol"`
	Decimals uint8   `toml:"decimals"`
	PriceUSD float64 `toml:"price_usd"` // the feed's initial answer (8 decimals on chain)
}

// V2PoolSpec is a Uniswap V2 pair: Reserve in whole units of each token.
type V2PoolSpec struct {
	Tokens   [2]string  `toml:"tokens"`
	Reserves [2]float64 `toml:"reserves"`
}

// V3PoolSpec is a Uniswap V3 pool at a fee tier, initialized at Price
// (units of Tokens[1] per unit of Tokens[0]) with positions around it.
type V3PoolSpec struct {
	Tokens    [2]string        `toml:"tokens"`
	Fee       uint32           `toml:"fee"` // 100, 500, 3000 or 10000 (hundredths of a bip)
	Price     float64          `toml:"price"`
	Positions []V3PositionSpec `toml:"positions"`
}

// V3PositionSpec is a concentrated position: from Below tick spacings under
// the pool's price to Above spacings over it, funded with up to Amounts.
type V3PositionSpec struct {
	Below   int        `toml:"below"`
	Above   int        `toml:"above"`
	Amounts [2]float64 `toml:"amounts"`
}

// AaveSpec configures the Aave V3 market.
type AaveSpec struct {
	// FlashPremiumBps is the flash-loan premium; default 9.
	FlashPremiumBps uint16        `toml:"flash_premium_bps"`
	Reserves        []ReserveSpec `toml:"reserves"`
	EModes          []EModeSpec   `toml:"emodes"`
	// Liquidity is what a supplier account deposits per symbol, so that
	// borrowers can borrow.
	Liquidity map[string]float64 `toml:"liquidity"`
}

// ReserveSpec is one Aave reserve's risk parameters, in basis points.
type ReserveSpec struct {
	Symbol       string `toml:"symbol"`
	LTVBps       uint16 `toml:"ltv_bps"`
	ThresholdBps uint16 `toml:"threshold_bps"`
	BonusBps     uint16 `toml:"bonus_bps"` // > 10000: 10500 is a 5% bonus
	Borrowable   bool   `toml:"borrowable"`
	SupplyCap    uint64 `toml:"supply_cap"` // whole tokens; 0 = none
	BorrowCap    uint64 `toml:"borrow_cap"`
	EMode        uint8  `toml:"emode"`
}

// EModeSpec is an efficiency-mode category.
type EModeSpec struct {
	ID           uint8  `toml:"id"`
	LTVBps       uint16 `toml:"ltv_bps"`
	ThresholdBps uint16 `toml:"threshold_bps"`
	BonusBps     uint16 `toml:"bonus_bps"`
	Label        string `toml:"label"`
}

// BorrowerSpec opens Count positions: supply Collateral, borrow Debt.
type BorrowerSpec struct {
	Count            int     `toml:"count"`
	Collateral       string  `toml:"collateral"`
	CollateralAmount float64 `toml:"collateral_amount"`
	Debt             string  `toml:"debt"`
	DebtAmount       float64 `toml:"debt_amount"`
}

// StepSpec is one block of the timeline.
type StepSpec struct {
	// Prices set feeds (USD) in this block.
	Prices map[string]float64 `toml:"prices"`
	// PendingPrices sign feed updates and leave them in the mempool
	// (not mined), for keepers that backrun oracle updates.
	PendingPrices map[string]float64 `toml:"pending_prices"`
	// Swaps by other traders in this block.
	Swaps []SwapSpec `toml:"swaps"`
}

// SwapSpec is one exact-input swap through a router: Pool is "v2:A/B" or
// "v3:A/B:FEE".
type SwapSpec struct {
	Pool    string  `toml:"pool"`
	TokenIn string  `toml:"token_in"`
	Amount  float64 `toml:"amount"`
}

// GenerateSpec scales a scenario up from the seed.
type GenerateSpec struct {
	Borrowers int `toml:"borrowers"`
	V2Pools   int `toml:"v2_pools"`
	Blocks    int `toml:"blocks"`
}

// LoadScenario reads and validates a scenario file.
func LoadScenario(path string) (*Scenario, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("devnet: scenario: %w", err)
	}
	sc, err := ParseScenario(string(b))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return sc, nil
}

// ParseScenario decodes scenario TOML strictly and validates it.
func ParseScenario(src string) (*Scenario, error) {
	var sc Scenario
	md, err := toml.Decode(src, &sc)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrScenario, err)
	}
	if u := md.Undecoded(); len(u) > 0 {
		keys := make([]string, len(u))
		for i, k := range u {
			keys[i] = k.String()
		}
		return nil, fmt.Errorf("%w: unknown keys: %s", ErrScenario, strings.Join(keys, ", "))
	}
	if err := sc.Validate(); err != nil {
		return nil, err
	}
	return &sc, nil
}

// Validate names the first bad field and its value.
func (sc *Scenario) Validate() error {
	bad := func(field string, v any, why string) error {
		return fmt.Errorf("%w: %s = %v: %s", ErrScenario, field, v, why)
	}
	syms := map[string]bool{}
	for i, t := range sc.Tokens {
		f := fmt.Sprintf("tokens[%d]", i)
		switch {
		case t.Symbol == "" || syms[t.Symbol]:
			return bad(f+".symbol", fmt.Sprintf("%q", t.Symbol), "empty or repeated")
		case t.Decimals == 0 || t.Decimals > 18:
			return bad(f+".decimals", t.Decimals, "want 1..18")
		case t.Symbol == "WETH" && t.Decimals != 18:
			return bad(f+".decimals", t.Decimals, "WETH has 18")
		case !(t.PriceUSD > 0):
			return bad(f+".price_usd", t.PriceUSD, "want a positive price")
		}
		syms[t.Symbol] = true
	}
	known := func(field, s string) error {
		if !syms[s] {
			return bad(field, fmt.Sprintf("%q", s), "not a token of the scenario")
		}
		return nil
	}
	for i, p := range sc.V2Pools {
		f := fmt.Sprintf("v2_pools[%d]", i)
		for j, s := range p.Tokens {
			if err := known(fmt.Sprintf("%s.tokens[%d]", f, j), s); err != nil {
				return err
			}
		}
		if p.Tokens[0] == p.Tokens[1] {
			return bad(f+".tokens", p.Tokens, "a pair needs two tokens")
		}
		if !(p.Reserves[0] > 0 && p.Reserves[1] > 0) {
			return bad(f+".reserves", p.Reserves, "want two positive reserves")
		}
	}
	for i, p := range sc.V3Pools {
		f := fmt.Sprintf("v3_pools[%d]", i)
		for j, s := range p.Tokens {
			if err := known(fmt.Sprintf("%s.tokens[%d]", f, j), s); err != nil {
				return err
			}
		}
		if tickSpacing(p.Fee) == 0 {
			return bad(f+".fee", p.Fee, "want 100, 500, 3000 or 10000")
		}
		if !(p.Price > 0) {
			return bad(f+".price", p.Price, "want a positive price")
		}
		if len(p.Positions) == 0 {
			return bad(f+".positions", "[]", "a pool needs at least one position")
		}
		for j, pos := range p.Positions {
			if pos.Below <= 0 || pos.Above <= 0 {
				return bad(fmt.Sprintf("%s.positions[%d]", f, j), fmt.Sprintf("below=%d above=%d", pos.Below, pos.Above), "want positive widths in tick spacings")
			}
		}
	}
	rs := map[string]bool{}
	for i, r := range sc.Aave.Reserves {
		f := fmt.Sprintf("aave.reserves[%d]", i)
		if err := known(f+".symbol", r.Symbol); err != nil {
			return err
		}
		switch {
		case r.ThresholdBps < r.LTVBps || r.ThresholdBps > 10_000:
			return bad(f+".threshold_bps", r.ThresholdBps, "want ltv_bps..10000")
		case r.BonusBps <= 10_000 && r.LTVBps > 0:
			return bad(f+".bonus_bps", r.BonusBps, "want over 10000 (10500 is a 5% bonus)")
		}
		rs[r.Symbol] = true
	}
	for s := range sc.Aave.Liquidity {
		if !rs[s] {
			return bad("aave.liquidity."+s, "", "not an Aave reserve of the scenario")
		}
	}
	for i, b := range sc.Borrowers {
		f := fmt.Sprintf("borrowers[%d]", i)
		if !rs[b.Collateral] {
			return bad(f+".collateral", fmt.Sprintf("%q", b.Collateral), "not an Aave reserve")
		}
		if !rs[b.Debt] {
			return bad(f+".debt", fmt.Sprintf("%q", b.Debt), "not an Aave reserve")
		}
		if b.Count <= 0 || !(b.CollateralAmount > 0) || !(b.DebtAmount > 0) {
			return bad(f, fmt.Sprintf("count=%d collateral_amount=%v debt_amount=%v", b.Count, b.CollateralAmount, b.DebtAmount), "want positive count and amounts")
		}
	}
	for i, st := range sc.Timeline {
		for s, p := range st.Prices {
			if err := known(fmt.Sprintf("timeline[%d].prices.%s", i, s), s); err != nil {
				return err
			}
			if !(p > 0) {
				return bad(fmt.Sprintf("timeline[%d].prices.%s", i, s), p, "want a positive price")
			}
		}
		for s := range st.PendingPrices {
			if err := known(fmt.Sprintf("timeline[%d].pending_prices.%s", i, s), s); err != nil {
				return err
			}
		}
		for j, sw := range st.Swaps {
			f := fmt.Sprintf("timeline[%d].swaps[%d]", i, j)
			if _, err := sc.parsePool(sw.Pool); err != nil {
				return bad(f+".pool", fmt.Sprintf("%q", sw.Pool), err.Error())
			}
			if err := known(f+".token_in", sw.TokenIn); err != nil {
				return err
			}
			if !(sw.Amount > 0) {
				return bad(f+".amount", sw.Amount, "want a positive amount")
			}
		}
	}
	return nil
}

// poolRef names a scenario pool: kind, its two tokens, V3 fee.
type poolRef struct {
	v3     bool
	a, b   string
	fee    uint32
	v2Idx  int
	v3Idx  int
	tokens [2]string
}

// parsePool resolves "v2:A/B" or "v3:A/B:FEE" to a pool of the scenario.
func (sc *Scenario) parsePool(s string) (poolRef, error) {
	kind, rest, ok := strings.Cut(s, ":")
	if !ok {
		return poolRef{}, errors.New(`want "v2:A/B" or "v3:A/B:FEE"`)
	}
	var fee uint32
	if kind == "v3" {
		var feeS string
		rest, feeS, ok = strings.Cut(rest, ":")
		if !ok {
			return poolRef{}, errors.New(`a v3 pool needs its fee: "v3:A/B:3000"`)
		}
		if _, err := fmt.Sscan(feeS, &fee); err != nil {
			return poolRef{}, fmt.Errorf("fee %q", feeS)
		}
	}
	a, b, ok := strings.Cut(rest, "/")
	if !ok {
		return poolRef{}, errors.New(`want "A/B"`)
	}
	same := func(t [2]string) bool { return (t[0] == a && t[1] == b) || (t[0] == b && t[1] == a) }
	switch kind {
	case "v2":
		for i, p := range sc.V2Pools {
			if same(p.Tokens) {
				return poolRef{a: a, b: b, v2Idx: i, tokens: p.Tokens}, nil
			}
		}
	case "v3":
		for i, p := range sc.V3Pools {
			if same(p.Tokens) && p.Fee == fee {
				return poolRef{v3: true, a: a, b: b, fee: fee, v3Idx: i, tokens: p.Tokens}, nil
			}
		}
	default:
		return poolRef{}, fmt.Errorf("kind %q: want v2 or v3", kind)
	}
	return poolRef{}, errors.New("no such pool in the scenario")
}

func tickSpacing(fee uint32) int {
	switch fee {
	case 100:
		return 1
	case 500:
		return 10
	case 3000:
		return 60
	case 10000:
		return 200
	}
	return 0
}

// units converts a whole-token amount to base units exactly enough for a
// scenario (float input, rounded to the nearest base unit).
func units(v float64, decimals uint8) *big.Int {
	f := new(big.Float).SetPrec(256).SetFloat64(v)
	f.Mul(f, new(big.Float).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil)))
	f.Add(f, big.NewFloat(0.5))
	out, _ := f.Int(nil)
	return out
}
