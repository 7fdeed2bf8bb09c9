package thirdparty

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// withEmptyCache gives the test an empty artifact cache and restores the
// shared one afterwards. Tests using it must not run in parallel.
func withEmptyCache(t *testing.T) {
	t.Helper()
	cacheMu.Lock()
	saved := cache
	cache = map[ID]*Artifact{}
	cacheMu.Unlock()
	t.Cleanup(func() { cacheMu.Lock(); cache = saved; cacheMu.Unlock() })
}

// Runtime code sits inside creation code (immutables and library addresses
// are zero in both): a parser that took the wrong field, or decoded one
// format wrongly, fails here.
func TestDeployedCodeInCreationCode(t *testing.T) {
	for _, id := range All {
		a := MustLoad(id)
		if len(a.Bytecode) == 0 {
			continue // ABI-only artifacts, checked by TestAllLoad
		}
		if len(a.DeployedBytecode) == 0 {
			t.Errorf("%s: no deployed code", id.Name())
			continue
		}
		if len(a.DeployedBytecode) >= len(a.Bytecode) || !bytes.Contains(a.Bytecode, a.DeployedBytecode) {
			t.Errorf("%s: deployed code (%d bytes) is not inside creation code (%d bytes)", id.Name(), len(a.DeployedBytecode), len(a.Bytecode))
		}
	}
}

// Every artifact's libraries, as the world builder must deploy them. The
// Uniswap V2 (waffle) artifacts have none.
func TestLibraries(t *testing.T) {
	want := map[ID]string{
		AavePool:         "BorrowLogic,BridgeLogic,EModeLogic,FlashLoanLogic,LiquidationLogic,PoolLogic,SupplyLogic",
		PoolConfigurator: "ConfiguratorLogic",
		FlashLoanLogic:   "BorrowLogic",
	}
	for _, id := range All {
		if got := strings.Join(MustLoad(id).Libraries(), ","); got != want[id] {
			t.Errorf("%s libraries: got %q, want %q", id.Name(), got, want[id])
		}
	}
}

// Each link reference must point at a placeholder in the package's own hex
// (offsets are in bytes, the hex has two characters per byte).
func TestLinkReferencesHitPlaceholders(t *testing.T) {
	nm, err := NodeModules()
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []ID{AavePool, PoolConfigurator, FlashLoanLogic} {
		raw, err := os.ReadFile(filepath.Join(nm, filepath.FromSlash(string(id))))
		if err != nil {
			t.Fatal(err)
		}
		var f struct {
			Bytecode         string `json:"bytecode"`
			DeployedBytecode string `json:"deployedBytecode"`
		}
		if err := json.Unmarshal(raw, &f); err != nil {
			t.Fatal(err)
		}
		a := MustLoad(id)
		for _, kind := range []struct {
			name    string
			hexCode string
			code    []byte
			refs    map[string][]LinkRef
		}{
			{"creation", f.Bytecode, a.Bytecode, a.LinkReferences},
			{"runtime", f.DeployedBytecode, a.DeployedBytecode, a.DeployedLinkReferences},
		} {
			hexCode := strings.TrimPrefix(kind.hexCode, "0x")
			n := 0
			for key, refs := range kind.refs {
				for _, r := range refs {
					n++
					if got := hexCode[2*r.Start : 2*r.Start+2*r.Length]; !strings.HasPrefix(got, "__") {
						t.Errorf("%s %s: %s at byte %d: got %s, want a __…__ placeholder", id.Name(), kind.name, key, r.Start, got)
					}
					if got := kind.code[r.Start : r.Start+r.Length]; !bytes.Equal(got, make([]byte, r.Length)) {
						t.Errorf("%s %s: %s at byte %d: unlinked code holds %x, want zeros", id.Name(), kind.name, key, r.Start, got)
					}
				}
			}
			if want := strings.Count(hexCode, "__$"); n != want || n == 0 {
				t.Errorf("%s %s: got %d link references, want one per placeholder (%d)", id.Name(), kind.name, n, want)
			}
		}
	}
}

// Link returns a copy: the shared cached code stays unlinked.
func TestLinkLeavesCacheUnlinked(t *testing.T) {
	a := MustLoad(PoolConfigurator)
	before := common.CopyBytes(a.Bytecode)
	lib := common.HexToAddress("0x00000000000000000000000000000000deadbeef")
	code, err := a.Link(map[string]common.Address{"ConfiguratorLogic": lib, "Unused": {1}})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytecode, before) {
		t.Error("Link modified the cached creation code")
	}
	if got := bytes.Count(code, lib[:]); got != len(a.LinkReferences["contracts/protocol/libraries/logic/ConfiguratorLogic.sol:ConfiguratorLogic"]) || got == 0 {
		t.Errorf("linked ConfiguratorLogic %d times, want once per reference (%v)", got, a.LinkReferences)
	}
	if _, err := a.Link(nil); !errors.Is(err, ErrMissingLibrary) || !strings.Contains(err.Error(), "ConfiguratorLogic") {
		t.Errorf("link without libraries: got %v, want ErrMissingLibrary naming ConfiguratorLogic", err)
	}
}

func TestLinkBadReference(t *testing.T) {
	a := &Artifact{Name: "Broken", Bytecode: make([]byte, 30), LinkReferences: map[string][]LinkRef{"x.sol:Lib": {{Start: 20, Length: 20}}}}
	if _, err := a.Link(map[string]common.Address{"Lib": {1}}); err == nil || !strings.Contains(err.Error(), "Lib") {
		t.Errorf("reference past the end: got %v, want an error naming Lib", err)
	}
}

// Concurrent loads of one artifact parse it once and share the result.
func TestLoadCachedConcurrent(t *testing.T) {
	withEmptyCache(t)
	const workers = 8
	got := make([]*Artifact, workers)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for i := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i], errs[i] = Load(UniswapV3Pool)
		}()
	}
	wg.Wait()
	for i := range workers {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		if got[i] != got[0] {
			t.Fatalf("worker %d got a different *Artifact than worker 0", i)
		}
	}
}

// KEEPERKIT_NODE_MODULES lets binaries and tests run outside the repository.
func TestNodeModulesEnv(t *testing.T) {
	nm, err := NodeModules()
	if err != nil {
		t.Fatal(err)
	}
	nm, _ = filepath.Abs(nm)
	withEmptyCache(t)
	t.Chdir(t.TempDir())

	t.Setenv(NodeModulesEnv, "")
	if _, err := Load(MockAggregator); !errors.Is(err, ErrNotInstalled) || !strings.Contains(err.Error(), NodeModulesEnv) {
		t.Errorf("outside the repository without %s: got %v, want ErrNotInstalled naming the variable", NodeModulesEnv, err)
	}
	t.Setenv(NodeModulesEnv, nm)
	if a, err := Load(MockAggregator); err != nil || len(a.Bytecode) == 0 {
		t.Errorf("with %s=%s: got %v", NodeModulesEnv, nm, err)
	}
}

// A damaged file is not reported as "not installed": the error names the file.
func TestCorruptArtifact(t *testing.T) {
	withEmptyCache(t)
	nm := t.TempDir()
	t.Setenv(NodeModulesEnv, nm)
	for _, tc := range []struct {
		name, content, want string
	}{
		{"bad json", `{"abi": [`, "unexpected end"},
		{"bad hex", `{"abi": [], "bytecode": "0xzz"}`, "bytecode"},
		{"bad abi", `{"abi": [{"type": "function", "name": "f", "inputs": [{"type": "notatype"}]}], "bytecode": "0x00"}`, "abi"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(nm, filepath.FromSlash(string(MockAggregator)))
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, []byte(tc.content), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := Load(MockAggregator)
			if err == nil || errors.Is(err, ErrNotInstalled) || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want an error naming %s and %q", err, path, tc.want)
			}
		})
	}
}

func TestIDParts(t *testing.T) {
	for _, tc := range []struct {
		id            ID
		name, pkgName string
	}{
		{AavePool, "Pool", "@aave/core-v3"},
		{WETH9, "WETH9", "@uniswap/v2-periphery"},
		{AggregatorV3Interface, "AggregatorV3Interface", "@chainlink/contracts"},
		{ID("solc/x.json"), "x", "solc"},
		{ID("@scope"), "@scope", "@scope"},
	} {
		if got := tc.id.Name(); got != tc.name {
			t.Errorf("%s name: got %q, want %q", tc.id, got, tc.name)
		}
		if got := tc.id.Package(); got != tc.pkgName {
			t.Errorf("%s package: got %q, want %q", tc.id, got, tc.pkgName)
		}
	}
}

func BenchmarkLoadCached(b *testing.B) {
	MustLoad(AavePool)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(AavePool); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLinkPool(b *testing.B) {
	pool := MustLoad(AavePool)
	libs := map[string]common.Address{}
	for i, name := range pool.Libraries() {
		libs[name] = common.Address{byte(i + 1)}
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := pool.Link(libs); err != nil {
			b.Fatal(err)
		}
	}
}
