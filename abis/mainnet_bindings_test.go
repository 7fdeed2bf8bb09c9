package abis_test

import (
	"context"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/keeperkit/keeperkit/abis/bindings/aavedataprovider"
	"github.com/keeperkit/keeperkit/abis/bindings/aaveoracle"
	"github.com/keeperkit/keeperkit/abis/bindings/aavepool"
	"github.com/keeperkit/keeperkit/abis/bindings/aclmanager"
	"github.com/keeperkit/keeperkit/abis/bindings/addressesprovider"
	"github.com/keeperkit/keeperkit/abis/bindings/aggregatorv3"
	"github.com/keeperkit/keeperkit/abis/bindings/erc20"
	"github.com/keeperkit/keeperkit/abis/bindings/poolconfigurator"
	"github.com/keeperkit/keeperkit/abis/bindings/positionmanager"
	"github.com/keeperkit/keeperkit/abis/bindings/quoterv2"
	"github.com/keeperkit/keeperkit/abis/bindings/swaprouter"
	"github.com/keeperkit/keeperkit/abis/bindings/univ2factory"
	"github.com/keeperkit/keeperkit/abis/bindings/univ2pair"
	"github.com/keeperkit/keeperkit/abis/bindings/univ2router"
	"github.com/keeperkit/keeperkit/abis/bindings/univ3factory"
	"github.com/keeperkit/keeperkit/abis/bindings/univ3pool"
	"github.com/keeperkit/keeperkit/abis/bindings/weth9"
	"github.com/keeperkit/keeperkit/sim/devnet"
)

// read calls a view method and unpacks its result with a binding.
func read[T any](t *testing.T, c devnet.Chain, what string, to common.Address, data []byte, unpack func([]byte) (T, error)) T {
	t.Helper()
	v, err := unpack(call(t, c, to, data))
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	return v
}

// TestMainnetBindings reads every third-party binding from the real npm
// contracts of the demo world and checks the answers against the world's
// address book: what strategies will call on mainnet packs and unpacks here.
func TestMainnetBindings(t *testing.T) {
	sc, err := devnet.LoadScenario("../configs/scenarios/demo.toml")
	if err != nil {
		t.Fatal(err)
	}
	c := devnet.StartT(t)
	w, err := devnet.Build(context.Background(), c, sc)
	if err != nil {
		t.Fatal(err)
	}

	t.Run("aave", func(t *testing.T) {
		ap, aave := addressesprovider.NewPoolAddressesProvider(), w.Aave
		for _, tc := range []struct {
			name   string
			data   []byte
			unpack func([]byte) (common.Address, error)
			want   common.Address
		}{
			{"getPool", ap.PackGetPool(), ap.UnpackGetPool, aave.Pool},
			{"getPoolConfigurator", ap.PackGetPoolConfigurator(), ap.UnpackGetPoolConfigurator, aave.Configurator},
			{"getACLManager", ap.PackGetACLManager(), ap.UnpackGetACLManager, aave.ACLManager},
			{"getPriceOracle", ap.PackGetPriceOracle(), ap.UnpackGetPriceOracle, aave.Oracle},
			{"getPoolDataProvider", ap.PackGetPoolDataProvider(), ap.UnpackGetPoolDataProvider, aave.DataProvider},
		} {
			if got := read(t, c, tc.name, aave.AddressesProvider, tc.data, tc.unpack); got != tc.want {
				t.Errorf("provider.%s: got %s, want %s", tc.name, got, tc.want)
			}
		}
		acl := aclmanager.NewACLManager()
		if !read(t, c, "isPoolAdmin", aave.ACLManager, acl.PackIsPoolAdmin(w.Deployer.Address), acl.UnpackIsPoolAdmin) {
			t.Error("acl.isPoolAdmin(deployer): got false, want true")
		}
		pc := poolconfigurator.NewPoolConfigurator()
		if got := read(t, c, "CONFIGURATOR_REVISION", aave.Configurator, pc.PackCONFIGURATORREVISION(), pc.UnpackCONFIGURATORREVISION); got.Sign() <= 0 {
			t.Errorf("configurator revision: got %s, want > 0 (proxy initialized)", got)
		}

		pool, dp, oracle, feed, tok := aavepool.NewPool(), aavedataprovider.NewAaveProtocolDataProvider(), aaveoracle.NewAaveOracle(), aggregatorv3.NewAggregatorV3Interface(), erc20.NewIERC20Detailed()
		list := read(t, c, "getReservesList", aave.Pool, pool.PackGetReservesList(), pool.UnpackGetReservesList)
		all := read(t, c, "getAllReservesTokens", aave.DataProvider, dp.PackGetAllReservesTokens(), dp.UnpackGetAllReservesTokens)
		if len(aave.Reserves) == 0 || len(list) != len(aave.Reserves) || len(all) != len(aave.Reserves) {
			t.Fatalf("reserves: pool lists %d, data provider %d, world %d", len(list), len(all), len(aave.Reserves))
		}
		for _, td := range all {
			sym, asset := td.Symbol, td.TokenAddress
			t.Run(sym, func(t *testing.T) {
				token, res := w.Tokens[sym], aave.Reserves[sym]
				if token == nil || token.Address != asset || !slices.Contains(list, asset) {
					t.Fatalf("data provider lists %s at %s: not a world reserve (%v)", sym, asset, list)
				}
				rd := read(t, c, "getReserveData", aave.Pool, pool.PackGetReserveData(asset), pool.UnpackGetReserveData)
				if rd.ATokenAddress != res.AToken || rd.VariableDebtTokenAddress != res.VariableDebt {
					t.Errorf("pool.getReserveData: aToken %s, variable debt %s; want %s, %s", rd.ATokenAddress, rd.VariableDebtTokenAddress, res.AToken, res.VariableDebt)
				}
				if rd.LiquidityIndex.Cmp(new(big.Int).Exp(big.NewInt(10), big.NewInt(27), nil)) < 0 {
					t.Errorf("liquidity index %s: want at least 1 ray", rd.LiquidityIndex)
				}
				cfg := read(t, c, "getReserveConfigurationData", aave.DataProvider, dp.PackGetReserveConfigurationData(asset), dp.UnpackGetReserveConfigurationData)
				if cfg.Decimals.Uint64() != uint64(token.Decimals) || !cfg.IsActive {
					t.Errorf("reserve config: decimals %s active %v, want %d and true", cfg.Decimals, cfg.IsActive, token.Decimals)
				}
				if cfg.UsageAsCollateralEnabled && cfg.LiquidationBonus.Int64() <= 10_000 {
					t.Errorf("collateral with liquidation bonus %s bps: want > 10000", cfg.LiquidationBonus)
				}
				if got := read(t, c, "decimals", asset, tok.PackDecimals(), tok.UnpackDecimals); got != token.Decimals {
					t.Errorf("erc20.decimals: got %d, want %d", got, token.Decimals)
				}
				if got := read(t, c, "symbol", asset, tok.PackSymbol(), tok.UnpackSymbol); got != sym {
					t.Errorf("erc20.symbol: got %q, want %q", got, sym)
				}
				src := read(t, c, "getSourceOfAsset", aave.Oracle, oracle.PackGetSourceOfAsset(asset), oracle.UnpackGetSourceOfAsset)
				if src != token.Feed {
					t.Errorf("oracle source: got %s, want the world's feed %s", src, token.Feed)
				}
				price := read(t, c, "getAssetPrice", aave.Oracle, oracle.PackGetAssetPrice(asset), oracle.UnpackGetAssetPrice)
				round := read(t, c, "latestRoundData", src, feed.PackLatestRoundData(), feed.UnpackLatestRoundData)
				if price.Sign() <= 0 || price.Cmp(round.Answer) != 0 {
					t.Errorf("oracle price %s, feed answer %s: want equal and positive", price, round.Answer)
				}
				if got := read(t, c, "decimals", src, feed.PackDecimals(), feed.UnpackDecimals); got != 8 {
					t.Errorf("feed decimals: got %d, want 8", got)
				}
			})
		}
	})

	t.Run("uniswap v2", func(t *testing.T) {
		fac, pair, router := univ2factory.NewUniswapV2Factory(), univ2pair.NewUniswapV2Pair(), univ2router.NewUniswapV2Router02()
		if got := read(t, c, "allPairsLength", w.V2.Factory, fac.PackAllPairsLength(), fac.UnpackAllPairsLength); len(w.V2.Pairs) == 0 || got.Int64() != int64(len(w.V2.Pairs)) {
			t.Errorf("allPairsLength: got %s, want %d", got, len(w.V2.Pairs))
		}
		for _, p := range w.V2.Pairs {
			for _, order := range [][2]common.Address{{p.Token0, p.Token1}, {p.Token1, p.Token0}} {
				if got := read(t, c, "getPair", w.V2.Factory, fac.PackGetPair(order[0], order[1]), fac.UnpackGetPair); got != p.Address {
					t.Errorf("getPair(%s): got %s, want %s", p.Name, got, p.Address)
				}
			}
			if got := read(t, c, "token0", p.Address, pair.PackToken0(), pair.UnpackToken0); got != p.Token0 {
				t.Errorf("%s token0: got %s, want %s", p.Name, got, p.Token0)
			}
			r := read(t, c, "getReserves", p.Address, pair.PackGetReserves(), pair.UnpackGetReserves)
			if r.Reserve0.Sign() <= 0 || r.Reserve1.Sign() <= 0 {
				t.Errorf("%s reserves: got %s/%s, want liquidity", p.Name, r.Reserve0, r.Reserve1)
			}
		}
		if got := read(t, c, "factory", w.V2.Router, router.PackFactory(), router.UnpackFactory); got != w.V2.Factory {
			t.Errorf("router.factory: got %s, want %s", got, w.V2.Factory)
		}
		if got := read(t, c, "WETH", w.V2.Router, router.PackWETH(), router.UnpackWETH); got != w.WETH {
			t.Errorf("router.WETH: got %s, want %s", got, w.WETH)
		}
		weth := weth9.NewWETH9()
		if got := read(t, c, "symbol", w.WETH, weth.PackSymbol(), weth.UnpackSymbol); got != "WETH" {
			t.Errorf("weth.symbol: got %q, want WETH", got)
		}
	})

	t.Run("uniswap v3", func(t *testing.T) {
		fac, pool := univ3factory.NewUniswapV3Factory(), univ3pool.NewUniswapV3Pool()
		if len(w.V3.Pools) == 0 {
			t.Fatal("the demo world has no V3 pools")
		}
		for _, p := range w.V3.Pools {
			fee := big.NewInt(int64(p.Fee))
			if got := read(t, c, "getPool", w.V3.Factory, fac.PackGetPool(p.Token1, p.Token0, fee), fac.UnpackGetPool); got != p.Address {
				t.Errorf("getPool(%s): got %s, want %s", p.Name, got, p.Address)
			}
			if got := read(t, c, "fee", p.Address, pool.PackFee(), pool.UnpackFee); got.Cmp(fee) != 0 {
				t.Errorf("%s fee: got %s, want %d", p.Name, got, p.Fee)
			}
			s0 := read(t, c, "slot0", p.Address, pool.PackSlot0(), pool.UnpackSlot0)
			if s0.SqrtPriceX96.Sign() <= 0 || !s0.Unlocked {
				t.Errorf("%s slot0: sqrtPrice %s unlocked %v, want an initialized pool", p.Name, s0.SqrtPriceX96, s0.Unlocked)
			}
		}
		sr, pm, q := swaprouter.NewSwapRouter(), positionmanager.NewNonfungiblePositionManager(), quoterv2.NewQuoterV2()
		for _, tc := range []struct {
			name         string
			at           common.Address
			factory, wet []byte
		}{ // the three answer factory() and WETH9() alike: one unpacker serves
			{"swap router", w.V3.SwapRouter, sr.PackFactory(), sr.PackWETH9()},
			{"position manager", w.V3.PositionManager, pm.PackFactory(), pm.PackWETH9()},
			{"quoter", w.V3.Quoter, q.PackFactory(), q.PackWETH9()},
		} {
			if got := read(t, c, "factory", tc.at, tc.factory, sr.UnpackFactory); got != w.V3.Factory {
				t.Errorf("%s.factory: got %s, want %s", tc.name, got, w.V3.Factory)
			}
			if got := read(t, c, "WETH9", tc.at, tc.wet, sr.UnpackWETH9); got != w.WETH {
				t.Errorf("%s.WETH9: got %s, want %s", tc.name, got, w.WETH)
			}
		}
	})
}
