// Command gen writes the Go bindings of abis: our contracts from
// abis/build/*.json (with bytecode) and the third-party interfaces from the
// pinned npm artifacts (ABI only). `go generate ./abis/...` runs it.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"
	"github.com/keeperkit/keeperkit/abis/thirdparty"
)

// external lists the third-party bindings: package name → artifact. Their
// bytecode is never written: strategies talk to deployed mainnet contracts.
var external = map[string]thirdparty.ID{
	"univ2pair":         thirdparty.UniswapV2Pair,
	"univ2factory":      thirdparty.UniswapV2Factory,
	"univ2router":       thirdparty.UniswapV2Router02,
	"weth9":             thirdparty.WETH9,
	"univ3pool":         thirdparty.UniswapV3Pool,
	"univ3factory":      thirdparty.UniswapV3Factory,
	"quoterv2":          thirdparty.QuoterV2,
	"swaprouter":        thirdparty.SwapRouter,
	"positionmanager":   thirdparty.NonfungiblePositionManager,
	"aavepool":          thirdparty.AavePool,
	"aavedataprovider":  thirdparty.AaveProtocolDataProvider,
	"aaveoracle":        thirdparty.AaveOracle,
	"addressesprovider": thirdparty.PoolAddressesProvider,
	"poolconfigurator":  thirdparty.PoolConfigurator,
	"aclmanager":        thirdparty.ACLManager,
	"aggregatorv3":      thirdparty.AggregatorV3Interface,
	"erc20":             thirdparty.IERC20Detailed,
}

func main() {
	build := flag.String("build", "build", "directory of our compiled artifacts")
	out := flag.String("out", "bindings", "output directory, one package per contract")
	flag.Parse()
	if err := run(*build, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(buildDir, outDir string) error {
	written := map[string]bool{}
	if err := generate(buildDir, outDir, written); err != nil {
		return err
	}
	return removeStale(outDir, written)
}

func generate(buildDir, outDir string, written map[string]bool) error {
	files, err := filepath.Glob(filepath.Join(buildDir, "*.json"))
	if err != nil {
		return err
	}
	sort.Strings(files)
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		var art struct {
			ContractName string          `json:"contractName"`
			ABI          json.RawMessage `json:"abi"`
			Bytecode     string          `json:"bytecode"`
		}
		if err := json.Unmarshal(raw, &art); err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		pkg := strings.ToLower(art.ContractName)
		if written[pkg] {
			return fmt.Errorf("%s: a second contract binds to package %s", f, pkg)
		}
		written[pkg] = true
		if err := write(outDir, pkg, art.ContractName, string(art.ABI), art.Bytecode); err != nil {
			return err
		}
	}
	names := make([]string, 0, len(external))
	for n := range external {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, pkg := range names {
		a, err := thirdparty.Load(external[pkg])
		if err != nil {
			return err
		}
		if written[pkg] {
			return fmt.Errorf("third-party binding %s has the package name of one of our contracts", pkg)
		}
		written[pkg] = true
		if err := write(outDir, pkg, a.Name, string(a.ABIJSON), ""); err != nil {
			return err
		}
	}
	return nil
}

// generatedHeader starts every file abigen v2 writes.
const generatedHeader = "// Code generated via abigen V2 - DO NOT EDIT."

// removeStale deletes binding packages this run did not write, so that
// `make abis` alone follows a removed contract. Only a directory holding
// nothing but its one generated file is removed; anything else is an error
// naming it, never silently deleted.
func removeStale(outDir string, written map[string]bool) error {
	entries, err := os.ReadDir(outDir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if !e.IsDir() || written[e.Name()] {
			continue
		}
		dir := filepath.Join(outDir, e.Name())
		files, err := os.ReadDir(dir)
		if err != nil {
			return err
		}
		file := filepath.Join(dir, e.Name()+".go")
		raw, err := os.ReadFile(file)
		if len(files) != 1 || err != nil || !strings.HasPrefix(string(raw), generatedHeader) {
			return fmt.Errorf("%s is not a binding this generator writes: remove or move it", dir)
		}
		if err := os.RemoveAll(dir); err != nil {
			return err
		}
		fmt.Println("gen: removed stale", dir)
	}
	return nil
}

func write(outDir, pkg, typ, abiJSON, bytecode string) error {
	code, err := abigen.BindV2([]string{typ}, []string{abiJSON}, []string{bytecode}, pkg, nil, nil)
	if err != nil {
		return fmt.Errorf("bind %s: %w", typ, err)
	}
	dir := filepath.Join(outDir, pkg)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, pkg+".go"), []byte(code), 0o644)
}
