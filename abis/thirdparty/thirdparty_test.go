package thirdparty

import (
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestAllLoad(t *testing.T) {
	for _, id := range All {
		t.Run(id.Name(), func(t *testing.T) {
			a, err := Load(id)
			if err != nil {
				t.Fatal(err)
			}
			if len(a.ABI.Methods) == 0 && len(a.ABI.Events) == 0 {
				t.Errorf("%s: empty ABI", id.Name())
			}
			if id != AggregatorV3Interface && id != IERC20Detailed && len(a.Bytecode) == 0 {
				t.Errorf("%s: no creation code", id.Name())
			}
		})
	}
}

// The init code hashes are what routers and libraries hard-code to find
// pairs and pools: if these match, npm routers find npm pools.
func TestInitCodeHashes(t *testing.T) {
	for _, tc := range []struct {
		id   ID
		want string
	}{
		{UniswapV2Pair, "0x96e8ac4277198ff8b6f785478aa9a39f403cb768dd02cbee326c3e7da348845f"},
		{UniswapV3Pool, "0xe34f199b19b2b4f47f68442619d555527d244f78a3297ea89325f843f87b8b54"},
	} {
		if got := crypto.Keccak256Hash(MustLoad(tc.id).Bytecode).Hex(); got != tc.want {
			t.Errorf("%s init code hash: got %s, want %s", tc.id.Name(), got, tc.want)
		}
	}
}

func TestLinkPool(t *testing.T) {
	pool := MustLoad(AavePool)
	want := []string{"BorrowLogic", "BridgeLogic", "EModeLogic", "FlashLoanLogic", "LiquidationLogic", "PoolLogic", "SupplyLogic"}
	if got := pool.Libraries(); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("pool libraries: got %v, want %v", got, want)
	}
	libs := map[string]common.Address{}
	for i, name := range want {
		libs[name] = common.Address{byte(i + 1), 0xAA}
	}
	code, err := pool.Link(libs)
	if err != nil {
		t.Fatal(err)
	}
	for key, refs := range pool.LinkReferences {
		name := key[strings.LastIndexByte(key, ':')+1:]
		for _, r := range refs {
			if got := common.BytesToAddress(code[r.Start : r.Start+20]); got != libs[name] {
				t.Errorf("%s at %d: got %s, want %s", name, r.Start, got, libs[name])
			}
		}
	}
	delete(libs, "LiquidationLogic")
	if _, err := pool.Link(libs); err == nil || !strings.Contains(err.Error(), "LiquidationLogic") {
		t.Errorf("link without LiquidationLogic: got %v, want an error naming it", err)
	}
	// FlashLoanLogic itself links BorrowLogic.
	if got := MustLoad(FlashLoanLogic).Libraries(); len(got) != 1 || got[0] != "BorrowLogic" {
		t.Errorf("FlashLoanLogic libraries: got %v, want [BorrowLogic]", got)
	}
}

func TestMissingNodeModules(t *testing.T) {
	t.Setenv(NodeModulesEnv, t.TempDir())
	cacheMu.Lock()
	saved := cache
	cache = map[ID]*Artifact{}
	cacheMu.Unlock()
	t.Cleanup(func() { cacheMu.Lock(); cache = saved; cacheMu.Unlock() })
	_, err := Load(UniswapV2Pair)
	if !errors.Is(err, ErrNotInstalled) || !strings.Contains(err.Error(), "make setup") || !strings.Contains(err.Error(), "@uniswap/v2-core") {
		t.Errorf("got %v, want ErrNotInstalled naming the package and `make setup`", err)
	}
}

func TestDeployData(t *testing.T) {
	tok := MustLoad(MintableERC20)
	data, err := tok.DeployData(nil, "Wrapped Ether", "WETH", uint8(18))
	if err != nil {
		t.Fatal(err)
	}
	if len(data) <= len(tok.Bytecode) {
		t.Errorf("deploy data %d bytes: constructor args missing", len(data))
	}
	if _, err := tok.DeployData(nil, "only one arg"); err == nil {
		t.Error("wrong constructor args: got nil error")
	}
	if _, err := MustLoad(AggregatorV3Interface).DeployData(nil); err == nil {
		t.Error("deploying an ABI-only artifact: got nil error")
	}
}
