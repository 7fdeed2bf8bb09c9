package compete

import (
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/keeperkit/keeperkit/keeper/config"
	"github.com/keeperkit/keeperkit/strategies/arbitrage"
	"github.com/keeperkit/keeperkit/strategies/liquidation"
)

// BookFromConfig takes the address book from a keeper config: the Aave
// pool of [strategies.liquidation] and the factories of
// [strategies.arbitrage]. It lists no pools or symbols: use it with
// WithResolver, which discovers the pools from their Swap logs (restricted
// to those factories when the arbitrage section lists any) and names tokens
// by symbol().
func BookFromConfig(kc *config.Config) (Book, error) {
	var b Book
	var lc liquidation.Config
	if err := kc.DecodeStrategy(liquidation.Name, &lc); err != nil {
		return Book{}, err
	}
	if lc.Pool != "" {
		if !common.IsHexAddress(lc.Pool) {
			return Book{}, fmt.Errorf("%w: strategies.%s.pool = %q", ErrBook, liquidation.Name, lc.Pool)
		}
		b.AavePools = append(b.AavePools, common.HexToAddress(lc.Pool))
	}
	var ac arbitrage.Config
	if err := kc.DecodeStrategy(arbitrage.Name, &ac); err != nil {
		return Book{}, err
	}
	for _, l := range []struct {
		key  string
		in   []string
		dest *[]common.Address
	}{{"v2_factories", ac.V2Factories, &b.V2Factories}, {"v3_factories", ac.V3Factories, &b.V3Factories}} {
		for _, a := range l.in {
			if !common.IsHexAddress(strings.TrimSpace(a)) {
				return Book{}, fmt.Errorf("%w: strategies.%s.%s: %q", ErrBook, arbitrage.Name, l.key, a)
			}
			*l.dest = append(*l.dest, common.HexToAddress(a))
		}
	}
	return b, nil
}
