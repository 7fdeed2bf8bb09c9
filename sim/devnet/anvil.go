package devnet

import (
	"bufio"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// AnvilBinaryEnv names the environment variable that points at an anvil
// binary; without it the one from the pinned npm package is used.
const AnvilBinaryEnv = "KEEPERKIT_ANVIL"

// anvilPackageBin is where `make setup` puts anvil, relative to the repo root.
const anvilPackageBin = "node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil"

// AnvilConfig describes an anvil process. Zero values take anvil's own
// defaults, except the ones noted, chosen to match the embedded devnet.
type AnvilConfig struct {
	// ChainID; default 31337 (anvil's).
	ChainID uint64
	// Accounts prefunded from the test mnemonic; default 10.
	Accounts int
	// BalanceEther of each account, in ETH; default 10,000.
	BalanceEther uint64
	// GasLimit per block; default 60,000,000 (as the devnet).
	GasLimit uint64
	// BlockTime between block timestamps (chain time); default 12 s.
	BlockTime time.Duration
	// GenesisTime in Unix seconds; default 1,700,000,000 (as the devnet).
	GenesisTime uint64
	// Coinbase of mined blocks; default DefaultCoinbase.
	Coinbase common.Address
	// ForkURL, when set, forks that chain at ForkBlock (0 = its head).
	ForkURL   string
	ForkBlock uint64
	// NoAutomine starts with automine off.
	NoAutomine bool
	// ExtraArgs are appended to anvil's command line.
	ExtraArgs []string
	// Binary overrides the anvil path (default: $KEEPERKIT_ANVIL, then the npm package).
	Binary string
	// Stderr, if set, receives anvil's output (for debugging a test).
	Stderr io.Writer
}

// Anvil is an anvil process on a free loopback port, driven through the
// Chain interface.
type Anvil struct {
	cfg      AnvilConfig
	cmd      *exec.Cmd
	url      string
	rpc      *rpc.Client
	client   *ethclient.Client
	chainID  *big.Int
	accounts []Account
	exited   chan struct{}

	// mu serializes block production so that CommitBlock's "automine off,
	// send, mine, restore" sequence is never interleaved with another.
	mu       sync.Mutex
	automine bool

	closeOnce sync.Once
}

var _ Chain = (*Anvil)(nil)

// ErrAnvilMissing means neither $KEEPERKIT_ANVIL nor the npm package's binary exists.
var ErrAnvilMissing = errors.New("devnet: anvil binary not found (run `make setup`)")

// AnvilBinary finds the anvil binary: $KEEPERKIT_ANVIL, else the pinned npm
// package under the repository root (found by walking up to go.mod).
func AnvilBinary() (string, error) {
	if p := os.Getenv(AnvilBinaryEnv); p != "" {
		if _, err := os.Stat(p); err != nil {
			return "", fmt.Errorf("devnet: %s=%q: %w", AnvilBinaryEnv, p, err)
		}
		return p, nil
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			p := filepath.Join(dir, anvilPackageBin)
			if _, err := os.Stat(p); err != nil {
				return "", fmt.Errorf("%w: %s", ErrAnvilMissing, p)
			}
			return p, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("%w: no go.mod above the working directory", ErrAnvilMissing)
		}
		dir = parent
	}
}

var anvilListening = regexp.MustCompile(`Listening on (127\.0\.0\.1:\d+)`)

// StartAnvil starts anvil on 127.0.0.1 with a free port and waits until it
// answers JSON-RPC. The caller must Close it.
func StartAnvil(ctx context.Context, cfg AnvilConfig) (*Anvil, error) {
	if cfg.ChainID == 0 {
		cfg.ChainID = 31337
	}
	if cfg.Accounts == 0 {
		cfg.Accounts = DefaultAccounts
	}
	if cfg.BalanceEther == 0 {
		cfg.BalanceEther = 10_000
	}
	if cfg.GasLimit == 0 {
		cfg.GasLimit = DefaultGasLimit
	}
	if cfg.BlockTime == 0 {
		cfg.BlockTime = DefaultBlockTime
	}
	if cfg.GenesisTime == 0 {
		cfg.GenesisTime = DefaultGenesisTime
	}
	if cfg.Coinbase == (common.Address{}) {
		cfg.Coinbase = DefaultCoinbase
	}
	bin := cfg.Binary
	if bin == "" {
		var err error
		if bin, err = AnvilBinary(); err != nil {
			return nil, err
		}
	}
	accounts, err := TestAccounts(cfg.Accounts)
	if err != nil {
		return nil, err
	}
	args := []string{
		"--host", "127.0.0.1", "--port", "0",
		"--chain-id", strconv.FormatUint(cfg.ChainID, 10),
		"--accounts", strconv.Itoa(cfg.Accounts),
		"--balance", strconv.FormatUint(cfg.BalanceEther, 10),
		"--mnemonic", TestMnemonic,
		"--gas-limit", strconv.FormatUint(cfg.GasLimit, 10),
		"--order", "fifo", // CommitBlock relies on arrival order being block order
		"--no-request-size-limit",
	}
	if cfg.ForkURL != "" {
		args = append(args, "--fork-url", cfg.ForkURL)
		if cfg.ForkBlock != 0 {
			args = append(args, "--fork-block-number", strconv.FormatUint(cfg.ForkBlock, 10))
		}
	} else {
		args = append(args, "--timestamp", strconv.FormatUint(cfg.GenesisTime, 10))
	}
	args = append(args, cfg.ExtraArgs...)
	cmd := exec.Command(bin, args...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if cfg.Stderr != nil {
		cmd.Stderr = cfg.Stderr
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("devnet: start anvil %s: %w", bin, err)
	}
	a := &Anvil{cfg: cfg, cmd: cmd, accounts: accounts, exited: make(chan struct{}), automine: !cfg.NoAutomine}
	addrCh := make(chan string, 1)
	go func() {
		// Read anvil's output to the end so that it never blocks on a full pipe.
		sc := bufio.NewScanner(stdout)
		sc.Buffer(make([]byte, 64*1024), 1<<20)
		found := false
		for sc.Scan() {
			if cfg.Stderr != nil {
				fmt.Fprintln(cfg.Stderr, sc.Text())
			}
			if !found {
				if m := anvilListening.FindStringSubmatch(sc.Text()); m != nil {
					addrCh <- m[1]
					found = true
				}
			}
		}
		_, _ = io.Copy(io.Discard, stdout)
	}()
	go func() { _ = cmd.Wait(); close(a.exited) }()

	startCtx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	select {
	case addr := <-addrCh:
		a.url = "http://" + addr
	case <-a.exited:
		return nil, fmt.Errorf("devnet: anvil exited before listening (args %v)", args)
	case <-startCtx.Done():
		a.Close()
		return nil, fmt.Errorf("devnet: anvil did not listen: %w", startCtx.Err())
	}
	if a.rpc, err = dialHTTP(ctx, a.url); err != nil {
		a.Close()
		return nil, fmt.Errorf("devnet: dial anvil %s: %w", a.url, err)
	}
	a.client = ethclient.NewClient(a.rpc)
	if a.chainID, err = a.client.ChainID(ctx); err != nil {
		a.Close()
		return nil, fmt.Errorf("devnet: anvil chain id: %w", err)
	}
	setup := []struct {
		method string
		args   []any
	}{
		{"anvil_setBlockTimestampInterval", []any{uint64(cfg.BlockTime / time.Second)}},
		{"anvil_setCoinbase", []any{cfg.Coinbase}},
		{"evm_setAutomine", []any{!cfg.NoAutomine}},
	}
	for _, s := range setup {
		if err := a.rpc.CallContext(ctx, nil, s.method, s.args...); err != nil {
			a.Close()
			return nil, fmt.Errorf("devnet: anvil %s: %w", s.method, err)
		}
	}
	return a, nil
}

// Name returns "anvil".
func (a *Anvil) Name() string { return "anvil" }

// HTTPEndpoint is anvil's http URL.
func (a *Anvil) HTTPEndpoint() string { return a.url }

// WSEndpoint is anvil's ws URL (the same port).
func (a *Anvil) WSEndpoint() string { return "ws" + strings.TrimPrefix(a.url, "http") }

// RPC returns the JSON-RPC client.
func (a *Anvil) RPC() *rpc.Client { return a.rpc }

// Client returns an ethclient over RPC.
func (a *Anvil) Client() *ethclient.Client { return a.client }

// ChainID returns the chain ID anvil reported at start.
func (a *Anvil) ChainID() *big.Int { return new(big.Int).Set(a.chainID) }

// Accounts returns the prefunded accounts.
func (a *Anvil) Accounts() []Account { return a.accounts }

// SetAutomine turns anvil's automine on or off (evm_setAutomine).
func (a *Anvil) SetAutomine(ctx context.Context, on bool) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if err := a.rpc.CallContext(ctx, nil, "evm_setAutomine", on); err != nil {
		return fmt.Errorf("devnet: anvil evm_setAutomine: %w", err)
	}
	a.automine = on
	return nil
}

// Mine mines one block from the pool (evm_mine).
func (a *Anvil) Mine(ctx context.Context) (*types.Header, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.mineLocked(ctx)
}

func (a *Anvil) mineLocked(ctx context.Context) (*types.Header, error) {
	if err := a.rpc.CallContext(ctx, nil, "evm_mine"); err != nil {
		return nil, fmt.Errorf("devnet: anvil evm_mine: %w", err)
	}
	h, err := a.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("devnet: anvil head: %w", err)
	}
	return h, nil
}

// CommitBlock lands exactly txs, in order, in the next block. Anvil has no
// call for that, so it is composed: automine off; transactions already
// waiting in the pool are taken out (and put back afterwards); txs are sent
// in order (anvil runs with --order fifo); one block is mined and checked to
// hold exactly txs. A transaction anvil refuses fails the call and the head
// does not move.
func (a *Anvil) CommitBlock(ctx context.Context, txs []*types.Transaction) (*types.Header, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.automine {
		if err := a.rpc.CallContext(ctx, nil, "evm_setAutomine", false); err != nil {
			return nil, fmt.Errorf("devnet: anvil evm_setAutomine: %w", err)
		}
		defer a.rpc.CallContext(context.WithoutCancel(ctx), nil, "evm_setAutomine", true) //nolint:errcheck // best effort restore
	}
	parked, err := a.parkPoolLocked(ctx)
	if err != nil {
		return nil, err
	}
	defer a.unparkLocked(context.WithoutCancel(ctx), parked)
	// A transaction anvil queues instead of mining (a nonce gap, a fee cap
	// under the base fee) is only found after mining: the snapshot lets
	// the block be taken back so that a failed commit leaves the head.
	var snap hexutil.Big
	if err := a.rpc.CallContext(ctx, &snap, "evm_snapshot"); err != nil {
		return nil, fmt.Errorf("devnet: anvil evm_snapshot: %w", err)
	}
	fail := func(err error) (*types.Header, error) {
		bg := context.WithoutCancel(ctx)
		_ = a.rpc.CallContext(bg, nil, "evm_revert", &snap)
		a.dropLocked(bg, txs)
		return nil, err
	}
	for i, tx := range txs {
		raw, err := tx.MarshalBinary()
		if err != nil {
			return nil, fmt.Errorf("devnet: anvil commit tx %d: %w", i, err)
		}
		if err := a.rpc.CallContext(ctx, nil, "eth_sendRawTransaction", hexutil.Bytes(raw)); err != nil {
			return fail(fmt.Errorf("devnet: anvil commit tx %d (%s): %w", i, tx.Hash(), err))
		}
	}
	h, err := a.mineLocked(ctx)
	if err != nil {
		return fail(err)
	}
	block, err := a.client.BlockByHash(ctx, h.Hash())
	if err != nil {
		return fail(fmt.Errorf("devnet: anvil block %d: %w", h.Number, err))
	}
	got := block.Transactions()
	for i := range txs {
		if i >= len(got) {
			return fail(fmt.Errorf("devnet: anvil commit: tx %d (%s) not included (nonce gap or fee cap under base fee?)", i, txs[i].Hash()))
		}
		if got[i].Hash() != txs[i].Hash() {
			return fail(fmt.Errorf("devnet: anvil commit: tx %d is %s, want %s", i, got[i].Hash(), txs[i].Hash()))
		}
	}
	if len(got) != len(txs) {
		return fail(fmt.Errorf("devnet: anvil commit: block holds %d txs, want %d", len(got), len(txs)))
	}
	return h, nil
}

// parkPoolLocked removes every pending transaction from anvil's pool and
// returns their raw encodings, oldest first.
func (a *Anvil) parkPoolLocked(ctx context.Context) ([]hexutil.Bytes, error) {
	var content struct {
		Pending map[string]map[string]struct {
			Hash  common.Hash    `json:"hash"`
			Nonce hexutil.Uint64 `json:"nonce"`
		} `json:"pending"`
		Queued map[string]map[string]struct {
			Hash common.Hash `json:"hash"`
		} `json:"queued"`
	}
	if err := a.rpc.CallContext(ctx, &content, "txpool_content"); err != nil {
		return nil, fmt.Errorf("devnet: anvil txpool_content: %w", err)
	}
	type item struct {
		hash  common.Hash
		nonce uint64
		from  string
	}
	var items []item
	for from, byNonce := range content.Pending {
		for _, tx := range byNonce {
			items = append(items, item{tx.Hash, uint64(tx.Nonce), from})
		}
	}
	// Resend in nonce order per sender so none is queued behind a gap.
	slices.SortFunc(items, func(x, y item) int {
		if c := strings.Compare(x.from, y.from); c != 0 {
			return c
		}
		return cmp.Compare(x.nonce, y.nonce)
	})
	var parked []hexutil.Bytes
	for _, it := range items {
		var raw hexutil.Bytes
		if err := a.rpc.CallContext(ctx, &raw, "eth_getRawTransactionByHash", it.hash); err != nil {
			return parked, fmt.Errorf("devnet: anvil raw tx %s: %w", it.hash, err)
		}
		if err := a.rpc.CallContext(ctx, nil, "anvil_dropTransaction", it.hash); err != nil {
			return parked, fmt.Errorf("devnet: anvil drop %s: %w", it.hash, err)
		}
		parked = append(parked, raw)
	}
	return parked, nil
}

func (a *Anvil) unparkLocked(ctx context.Context, parked []hexutil.Bytes) {
	for _, raw := range parked {
		// A parked tx may have become invalid (its nonce used by the block);
		// it is then gone, as it would be from a real pool.
		_ = a.rpc.CallContext(ctx, nil, "eth_sendRawTransaction", raw)
	}
}

func (a *Anvil) dropLocked(ctx context.Context, txs []*types.Transaction) {
	for _, tx := range txs {
		_ = a.rpc.CallContext(ctx, nil, "anvil_dropTransaction", tx.Hash())
	}
}

// Close kills anvil and waits for it to exit. Safe to call twice.
func (a *Anvil) Close() error {
	a.closeOnce.Do(func() {
		if a.rpc != nil {
			a.rpc.Close()
		}
		if a.cmd.Process != nil {
			_ = a.cmd.Process.Kill()
		}
		<-a.exited
	})
	return nil
}
