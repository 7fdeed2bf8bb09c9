package compete

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/keeperkit/keeperkit/keeper/backtest/report"
)

// Competitor kinds, as report.Competitor.Kind.
const (
	KindLiquidation = "liquidation"
	KindArbitrage   = "arbitrage"
)

// PoolKind tells which Swap event a pool emits.
type PoolKind uint8

const (
	// V2 is a Uniswap V2 pair (Swap(sender, amount0In, amount1In,
	// amount0Out, amount1Out, to)).
	V2 PoolKind = iota + 1
	// V3 is a Uniswap V3 pool (Swap(sender, recipient, amount0, amount1,
	// sqrtPriceX96, liquidity, tick), signed amounts from the pool's side).
	V3
)

// Pool is a known pool and its tokens (Token0 < Token1, as the contracts
// order them).
type Pool struct {
	Address        common.Address
	Kind           PoolKind
	Token0, Token1 common.Address
}

// Book is what the decoder knows of the chain.
type Book struct {
	// AavePools are the Aave V3 Pool contracts whose LiquidationCall events
	// count; events of the same signature from other addresses are ignored.
	AavePools []common.Address
	// Pools are the known swap pools. Swap logs of other addresses are used
	// only when a Resolver is given (see WithResolver).
	Pools []Pool
	// V2Factories and V3Factories, when not empty, restrict resolved pools
	// to those whose factory() is listed (a contract that only emits a
	// Swap-shaped log is not a pool).
	V2Factories, V3Factories []common.Address
	// Symbols of tokens, for Details; a token without one is written as its
	// address (or resolved by symbol() with a Resolver).
	Symbols map[common.Address]string
}

// Resolver reads contract state at a block; *ethclient.Client implements it.
type Resolver = ethereum.ContractCaller

// Option configures a Decoder.
type Option func(*Decoder)

// WithResolver resolves the pools that emit Swap logs but are not in the
// Book (token0(), token1() and, when the Book lists factories, factory(),
// called at the decoded block) and the symbols of unnamed tokens
// (symbol()). Results are cached for the Decoder's life. Default: none, only
// the Book's pools count.
func WithResolver(r Resolver) Option { return func(d *Decoder) { d.resolver = r } }

// Decoder finds the liquidations and arbitrages landed in blocks. It is
// safe for concurrent use.
type Decoder struct {
	resolver Resolver
	aave     []common.Address
	v2f, v3f []common.Address

	// mu guards pools and symbols (the resolver's cache).
	mu      sync.Mutex
	pools   map[common.Address]*Pool // nil value: resolved, not a pool
	symbols map[common.Address]string
}

// New makes a Decoder from an address book.
func New(book Book, opts ...Option) (*Decoder, error) {
	d := &Decoder{
		aave:    append([]common.Address(nil), book.AavePools...),
		v2f:     append([]common.Address(nil), book.V2Factories...),
		v3f:     append([]common.Address(nil), book.V3Factories...),
		pools:   make(map[common.Address]*Pool, len(book.Pools)),
		symbols: make(map[common.Address]string, len(book.Symbols)),
	}
	for i := range book.Pools {
		p := book.Pools[i]
		if p.Kind != V2 && p.Kind != V3 {
			return nil, fmt.Errorf("%w: pool %s: kind %d (want V2 or V3)", ErrBook, p.Address, p.Kind)
		}
		if p.Token0 == p.Token1 || p.Token0 == (common.Address{}) || p.Token1 == (common.Address{}) {
			return nil, fmt.Errorf("%w: pool %s: tokens %s and %s", ErrBook, p.Address, p.Token0, p.Token1)
		}
		if p.Token1.Cmp(p.Token0) < 0 {
			p.Token0, p.Token1 = p.Token1, p.Token0
		}
		d.pools[p.Address] = &p
	}
	for a, s := range book.Symbols {
		d.symbols[a] = s
	}
	for _, o := range opts {
		o(d)
	}
	return d, nil
}

// Block decodes the liquidations and arbitrages landed in blk, one
// report.Competitor each (a transaction may give several), ordered by
// transaction index then log index. Seen, Sized, WouldWin and Reason are
// left for Match. CoinbasePaid of a transaction is (effectiveGasPrice -
// baseFee) × gasUsed, plus its direct transfers when blk.CoinbaseDelta is
// given. Reverted transactions have no logs and give nothing.
func (d *Decoder) Block(ctx context.Context, blk BlockData) ([]report.Competitor, error) {
	if err := blk.check(); err != nil {
		return nil, err
	}
	number := blk.Header.Number.Uint64()
	var out []report.Competitor
	var legs []leg
	for i, tx := range blk.Txs {
		r := blk.Receipts[i]
		if r.Status != types.ReceiptStatusSuccessful || len(r.Logs) == 0 {
			continue
		}
		var hits []hit
		legs = legs[:0]
		for _, l := range r.Logs {
			if len(l.Topics) == 0 || l.Removed {
				continue
			}
			switch l.Topics[0] {
			case topicLiquidationCall:
				if !d.isAave(l.Address) {
					continue
				}
				det, ok, err := d.liquidation(ctx, number, l)
				if err != nil {
					return nil, err
				}
				if ok {
					hits = append(hits, hit{logIndex: l.Index, kind: KindLiquidation, details: det})
				}
			case topicV2Swap, topicV3Swap:
				lg, ok, err := d.swapLeg(ctx, number, l)
				if err != nil {
					return nil, err
				}
				if ok {
					legs = append(legs, lg)
				}
			}
		}
		for _, c := range cycles(legs) {
			det, err := d.cycleDetails(ctx, number, c)
			if err != nil {
				return nil, err
			}
			hits = append(hits, hit{logIndex: c.logIndex, kind: KindArbitrage, details: det})
		}
		if len(hits) == 0 {
			continue
		}
		sort.SliceStable(hits, func(a, b int) bool { return hits[a].logIndex < hits[b].logIndex })
		searcher, err := sender(tx)
		if err != nil {
			return nil, fmt.Errorf("compete: block %d tx %s: %w", number, tx.Hash(), err)
		}
		contract := ""
		if tx.To() != nil {
			contract = tx.To().Hex()
		}
		var delta *big.Int
		if blk.CoinbaseDelta != nil {
			delta = blk.CoinbaseDelta[i]
		}
		paid := CoinbasePaid(blk.Header.BaseFee, tx, r, delta).Dec()
		for _, f := range hits {
			out = append(out, report.Competitor{
				Block: number, Tx: tx.Hash().Hex(), Kind: f.kind,
				Searcher: searcher.Hex(), Contract: contract,
				Details: f.details, CoinbasePaid: paid,
			})
		}
	}
	return out, nil
}

// hit is one decoded competitor inside a transaction.
type hit struct {
	logIndex uint
	kind     string
	details  string
}

// CoinbasePaid is what tx paid the coinbase beyond the base fee, in wei:
// (effectiveGasPrice - baseFee) × gasUsed, plus delta minus that when delta
// (the coinbase's balance change over the transaction) is not nil and
// larger. A receipt without EffectiveGasPrice uses the transaction's
// min(tipCap, feeCap - baseFee) + baseFee.
func CoinbasePaid(baseFee *big.Int, tx *types.Transaction, r *types.Receipt, delta *big.Int) *uint256.Int {
	bf := new(uint256.Int)
	if baseFee != nil {
		bf.SetFromBig(baseFee)
	}
	price := new(uint256.Int)
	if r.EffectiveGasPrice != nil {
		price.SetFromBig(r.EffectiveGasPrice)
	} else {
		price.SetFromBig(tx.EffectiveGasTipValue(baseFee))
		price.Add(price, bf)
	}
	prio := new(uint256.Int)
	if price.Gt(bf) {
		prio.Sub(price, bf)
	}
	prio.Mul(prio, uint256.NewInt(r.GasUsed))
	if delta != nil && delta.Sign() > 0 {
		if dv, overflow := uint256.FromBig(delta); !overflow && dv.Gt(prio) {
			return dv
		}
	}
	return prio
}

func sender(tx *types.Transaction) (common.Address, error) {
	var signer types.Signer = types.HomesteadSigner{}
	if tx.Protected() {
		signer = types.LatestSignerForChainID(tx.ChainId())
	}
	return types.Sender(signer, tx)
}

func (d *Decoder) isAave(a common.Address) bool {
	for _, p := range d.aave {
		if p == a {
			return true
		}
	}
	return false
}

// liquidation formats a LiquidationCall log: "borrower=0x… debt=SYM
// collateral=SYM debtCovered=N collateralSeized=N".
func (d *Decoder) liquidation(ctx context.Context, number uint64, l *types.Log) (string, bool, error) {
	if len(l.Topics) != 4 || len(l.Data) < 4*32 {
		return "", false, nil
	}
	coll := common.BytesToAddress(l.Topics[1][:])
	debt := common.BytesToAddress(l.Topics[2][:])
	user := common.BytesToAddress(l.Topics[3][:])
	var covered, seized uint256.Int
	covered.SetBytes32(l.Data[0:32])
	seized.SetBytes32(l.Data[32:64])
	ds, err := d.symbol(ctx, number, debt)
	if err != nil {
		return "", false, err
	}
	cs, err := d.symbol(ctx, number, coll)
	if err != nil {
		return "", false, err
	}
	var b strings.Builder
	b.WriteString("borrower=")
	b.WriteString(user.Hex())
	b.WriteString(" debt=")
	b.WriteString(ds)
	b.WriteString(" collateral=")
	b.WriteString(cs)
	b.WriteString(" debtCovered=")
	b.WriteString(covered.Dec())
	b.WriteString(" collateralSeized=")
	b.WriteString(seized.Dec())
	return b.String(), true, nil
}

// cycleDetails formats a cycle: "cycle=WETH>USDC>WETH pools=0x…,0x…
// profit=N".
func (d *Decoder) cycleDetails(ctx context.Context, number uint64, c cycle) (string, error) {
	var b strings.Builder
	b.WriteString("cycle=")
	for i, lg := range c.legs {
		s, err := d.symbol(ctx, number, lg.tokenIn)
		if err != nil {
			return "", err
		}
		if i > 0 {
			b.WriteByte('>')
		}
		b.WriteString(s)
	}
	s, err := d.symbol(ctx, number, c.legs[0].tokenIn)
	if err != nil {
		return "", err
	}
	b.WriteByte('>')
	b.WriteString(s)
	b.WriteString(" pools=")
	for i, lg := range c.legs {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(lg.pool.Hex())
	}
	b.WriteString(" profit=")
	b.WriteString(c.profit.Dec())
	return b.String(), nil
}
