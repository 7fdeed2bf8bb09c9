package devnet

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/eth/tracers"
	_ "github.com/ethereum/go-ethereum/eth/tracers/native" // callTracer, prestateTracer
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/miner"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// Defaults of Config. GenesisTime is fixed so that two runs of the same
// scenario produce the same blocks and state roots.
const (
	DefaultChainID     = 1337
	DefaultAccounts    = 10
	DefaultGasLimit    = 60_000_000
	DefaultBlockTime   = 12 * time.Second
	DefaultGenesisTime = 1_700_000_000
)

// DefaultBalance is what each prefunded account holds at genesis: 10,000 ETH, in wei.
var DefaultBalance = new(big.Int).Mul(big.NewInt(10_000), big.NewInt(params.Ether))

// DefaultCoinbase receives the fees of every devnet block. It is none of the
// test accounts, so that a coinbase payment shows as a balance change of its own.
var DefaultCoinbase = common.HexToAddress("0xC0FFEE000000000000000000000000000000C0DE")

// Config describes an embedded devnet. The zero value is usable: every field
// has a default.
type Config struct {
	// ChainID is the EIP-155 chain ID; default 1337.
	ChainID uint64
	// HTTPPort and WSPort are the loopback ports of the JSON-RPC servers;
	// 0 picks a free port (with both 0 they share one listener).
	HTTPPort, WSPort int
	// Accounts is the number of prefunded accounts derived from the test
	// mnemonic; default 10.
	Accounts int
	// Balance of each prefunded account in wei; default DefaultBalance.
	Balance *big.Int
	// GasLimit of every block; default 60,000,000.
	GasLimit uint64
	// BlockTime is how far each block's timestamp is after its parent's
	// (chain time, not wall time); default 12 s.
	BlockTime time.Duration
	// GenesisTime is the genesis timestamp in Unix seconds; default 1,700,000,000.
	GenesisTime uint64
	// Coinbase is the fee recipient of every block; default DefaultCoinbase.
	Coinbase common.Address
	// Period, when non-zero, mines a block from the pool on this wall-clock
	// interval (empty blocks included). Zero means blocks come only on demand.
	Period time.Duration
	// NoAutomine turns off mining a block as soon as a transaction enters the
	// pool (the default, as anvil does). With it off, transactions wait in the
	// pool for Mine, CommitBlock or Period.
	NoAutomine bool
	// Alloc adds genesis accounts (contracts, balances) beside the prefunded ones.
	Alloc types.GenesisAlloc
}

func (c Config) withDefaults() Config {
	if c.ChainID == 0 {
		c.ChainID = DefaultChainID
	}
	if c.Accounts == 0 {
		c.Accounts = DefaultAccounts
	}
	if c.Balance == nil {
		c.Balance = DefaultBalance
	}
	if c.GasLimit == 0 {
		c.GasLimit = DefaultGasLimit
	}
	if c.BlockTime == 0 {
		c.BlockTime = DefaultBlockTime
	}
	if c.GenesisTime == 0 {
		c.GenesisTime = DefaultGenesisTime
	}
	if c.Coinbase == (common.Address{}) {
		c.Coinbase = DefaultCoinbase
	}
	return c
}

// Validate reports the first field that cannot work.
func (c Config) Validate() error {
	switch {
	case c.HTTPPort < 0 || c.HTTPPort > 65535:
		return fmt.Errorf("devnet: http port %d out of range 0..65535", c.HTTPPort)
	case c.WSPort < 0 || c.WSPort > 65535:
		return fmt.Errorf("devnet: ws port %d out of range 0..65535", c.WSPort)
	case c.Accounts < 0 || c.Accounts > 1000:
		return fmt.Errorf("devnet: accounts %d out of range 1..1000", c.Accounts)
	case c.BlockTime < time.Second && c.BlockTime != 0:
		return fmt.Errorf("devnet: block time %s under 1s (timestamps are whole seconds)", c.BlockTime)
	case c.Period < 0:
		return fmt.Errorf("devnet: period %s is negative", c.Period)
	case c.GasLimit != 0 && c.GasLimit < params.MinGasLimit:
		return fmt.Errorf("devnet: gas limit %d under the protocol minimum %d", c.GasLimit, params.MinGasLimit)
	}
	return nil
}

// Node is the embedded devnet: a post-merge go-ethereum node in this process,
// serving JSON-RPC over HTTP and WebSocket on 127.0.0.1.
//
// One goroutine (the writer) makes every block: the pool's transactions on
// automine or on the period, or an exact ordered list for CommitBlock. Block
// production through go-ethereum's simulated beacon is never used, because
// the beacon ignores blocks it did not make and would race the writer (see
// ../shared/protocol-artifacts.md). Node is safe for concurrent use.
type Node struct {
	cfg      Config
	stack    *node.Node
	eth      *eth.Ethereum
	rpc      *rpc.Client
	client   *ethclient.Client
	accounts []Account

	reqs chan commitReq // to the writer; unbuffered: callers wait their turn
	kick chan struct{}  // automine signal; 1 slot, coalescing
	quit chan struct{}
	done chan struct{}

	automineMu sync.Mutex
	automine   bool

	closeOnce sync.Once
	closeErr  error
}

var _ Chain = (*Node)(nil)

// commitReq asks the writer for one block. txs == nil with fromPool takes
// the pool; parent == nil builds on the head.
type commitReq struct {
	ctx      context.Context
	txs      []*types.Transaction
	fromPool bool
	parent   *types.Header
	attrs    *engine.PayloadAttributes // optional overrides from testing_commitBlockV1
	resp     chan commitResp
}

type commitResp struct {
	header *types.Header
	err    error
}

// Start builds and starts a devnet. It returns once the RPC servers listen.
// The caller must Close it.
func Start(ctx context.Context, cfg Config) (*Node, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults()
	accounts, err := TestAccounts(cfg.Accounts)
	if err != nil {
		return nil, err
	}

	nodeCfg := node.DefaultConfig
	nodeCfg.Name = "keeperkit-devnet"
	nodeCfg.DataDir = "" // in memory
	nodeCfg.P2P = p2p.Config{NoDiscovery: true, MaxPeers: 0, ListenAddr: ""}
	nodeCfg.HTTPHost, nodeCfg.HTTPPort = "127.0.0.1", cfg.HTTPPort
	nodeCfg.WSHost, nodeCfg.WSPort = "127.0.0.1", cfg.WSPort
	nodeCfg.HTTPModules = []string{"eth", "net", "web3", "txpool", "debug", "testing", "devnet"}
	nodeCfg.WSModules = nodeCfg.HTTPModules
	nodeCfg.HTTPVirtualHosts = []string{"localhost", "127.0.0.1"}
	nodeCfg.WSOrigins = []string{"*"}
	nodeCfg.HTTPCors = []string{"*"}
	nodeCfg.AuthPort = 0
	nodeCfg.IPCPath = ""
	stack, err := node.New(&nodeCfg)
	if err != nil {
		return nil, fmt.Errorf("devnet: node: %w", err)
	}

	chainCfg := *params.AllDevChainProtocolChanges
	chainCfg.ChainID = new(big.Int).SetUint64(cfg.ChainID)
	// Mainnet's rules: every fork through Osaka. go-ethereum's dev preset
	// also turns on forks not yet scheduled on mainnet (Bogota), whose gas
	// repricing would make gas figures differ from mainnet's and anvil's.
	chainCfg.BogotaTime = nil
	alloc := core.SystemContractAllocs()
	for _, a := range accounts {
		alloc[a.Address] = types.Account{Balance: new(big.Int).Set(cfg.Balance)}
	}
	for addr, acc := range cfg.Alloc {
		alloc[addr] = acc
	}
	ethCfg := ethconfig.Defaults
	ethCfg.NetworkId = cfg.ChainID
	ethCfg.Genesis = &core.Genesis{
		Config:     &chainCfg,
		GasLimit:   cfg.GasLimit,
		Timestamp:  cfg.GenesisTime,
		BaseFee:    big.NewInt(params.InitialBaseFee),
		Difficulty: big.NewInt(0),
		Alloc:      alloc,
	}
	ethCfg.SyncMode = ethconfig.FullSync
	// Archive state: forks, backtests and the relay read state at old blocks.
	ethCfg.StateScheme = rawdb.HashScheme
	ethCfg.NoPruning = true
	ethCfg.Preimages = true
	// No log index (filtermaps): its indexer rendered each new block's logs
	// for about 6 ms of CPU, in the process of every test and benchmark
	// that embeds the devnet, right when the keeper handles the block.
	// eth_getLogs still answers, by block hash from the receipts and over
	// ranges by a scan of the blocks' blooms: a devnet holds thousands of
	// blocks, not millions.
	ethCfg.LogNoHistory = true
	ethCfg.TxPool.NoLocals = true
	ethCfg.Miner.GasCeil = cfg.GasLimit
	ethCfg.Miner.GasPrice = big.NewInt(0)
	ethCfg.RPCGasCap = 0 // no cap: a devnet runs whatever the block allows
	ethCfg.RPCTxFeeCap = 0

	backend, err := eth.New(stack, &ethCfg)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("devnet: eth: %w", err)
	}
	fs := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	// The beacon is built for the forkchoice update its constructor sends,
	// which moves the genesis to proof of stake; it is never started (its
	// loop seals a wall-clock block at once) and never mines.
	if _, err := catalyst.NewSimulatedBeacon(1<<40, cfg.Coinbase, backend); err != nil {
		stack.Close()
		return nil, fmt.Errorf("devnet: beacon: %w", err)
	}
	n := &Node{
		cfg:      cfg,
		stack:    stack,
		eth:      backend,
		accounts: accounts,
		reqs:     make(chan commitReq),
		kick:     make(chan struct{}, 1),
		quit:     make(chan struct{}),
		done:     make(chan struct{}),
		automine: !cfg.NoAutomine,
	}
	stack.RegisterAPIs([]rpc.API{
		{Namespace: "eth", Service: filters.NewFilterAPI(fs)},
		{Namespace: "testing", Service: &testingAPI{n: n}},
		{Namespace: "devnet", Service: &devnetAPI{n: n}},
	})
	// debug_trace* (callTracer, prestateTracer…), as geth serves them.
	stack.RegisterAPIs(tracers.APIs(backend.APIBackend))
	if err := stack.Start(); err != nil {
		stack.Close()
		return nil, fmt.Errorf("devnet: start: %w", err)
	}
	n.rpc, err = dialHTTP(ctx, stack.HTTPEndpoint())
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("devnet: dial %s: %w", stack.HTTPEndpoint(), err)
	}
	n.client = ethclient.NewClient(n.rpc)
	go n.writer()
	return n, nil
}

// Name returns "devnet".
func (n *Node) Name() string { return "devnet" }

// HTTPEndpoint is the http://127.0.0.1:PORT URL of the JSON-RPC server.
func (n *Node) HTTPEndpoint() string { return n.stack.HTTPEndpoint() }

// WSEndpoint is the ws://127.0.0.1:PORT URL of the WebSocket server.
func (n *Node) WSEndpoint() string { return n.stack.WSEndpoint() }

// RPC returns the node's JSON-RPC client over HTTP.
func (n *Node) RPC() *rpc.Client { return n.rpc }

// Client returns an ethclient over RPC.
func (n *Node) Client() *ethclient.Client { return n.client }

// ChainID returns the configured chain ID.
func (n *Node) ChainID() *big.Int { return new(big.Int).SetUint64(n.cfg.ChainID) }

// Accounts returns the prefunded accounts.
func (n *Node) Accounts() []Account { return n.accounts }

// Config returns the configuration the node runs with, defaults filled in.
func (n *Node) Config() Config { return n.cfg }

// Eth exposes the go-ethereum backend for in-process tools (state at a
// block, the blockchain). Writing blocks through it bypasses the writer.
func (n *Node) Eth() *eth.Ethereum { return n.eth }

// CommitBlock lands the next block holding exactly txs in order. See Chain.
func (n *Node) CommitBlock(ctx context.Context, txs []*types.Transaction) (*types.Header, error) {
	if txs == nil {
		txs = []*types.Transaction{}
	}
	return n.request(ctx, commitReq{txs: txs})
}

// Mine lands the next block from the pool's executable transactions
// (possibly none).
func (n *Node) Mine(ctx context.Context) (*types.Header, error) {
	return n.request(ctx, commitReq{fromPool: true})
}

// Reorg replaces the canonical chain above block number parent with one new
// block holding exactly txs: the head moves to parent+1 with a different hash,
// as a one-block reorg on a real chain does (logs of dropped blocks are
// announced as removed). As on a real node, the pool takes back transactions
// of the dropped blocks that are still valid, so with automine on they land
// again in the next block.
func (n *Node) Reorg(ctx context.Context, parent uint64, txs []*types.Transaction) (*types.Header, error) {
	h := n.eth.BlockChain().GetHeaderByNumber(parent)
	if h == nil {
		return nil, fmt.Errorf("devnet: reorg: no canonical block %d", parent)
	}
	if txs == nil {
		txs = []*types.Transaction{}
	}
	return n.request(ctx, commitReq{txs: txs, parent: h})
}

// SetAutomine turns mining on every new pool transaction on or off.
func (n *Node) SetAutomine(ctx context.Context, on bool) error {
	n.automineMu.Lock()
	n.automine = on
	n.automineMu.Unlock()
	if on {
		n.signal()
	}
	return nil
}

func (n *Node) automining() bool {
	n.automineMu.Lock()
	defer n.automineMu.Unlock()
	return n.automine
}

func (n *Node) signal() {
	select {
	case n.kick <- struct{}{}:
	default: // a mine is already due; it will take every pending tx
	}
}

func (n *Node) request(ctx context.Context, r commitReq) (*types.Header, error) {
	r.ctx = ctx
	r.resp = make(chan commitResp, 1)
	select {
	case n.reqs <- r:
	case <-n.done:
		return nil, ErrClosed
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	select {
	case res := <-r.resp:
		return res.header, res.err
	case <-ctx.Done():
		// The block may still land; the caller gave up waiting.
		return nil, ctx.Err()
	}
}

// writer is the one goroutine that makes blocks.
func (n *Node) writer() {
	defer close(n.done)
	// new-transaction events feed automine. The feed blocks on slow
	// subscribers, so this channel is drained into the coalescing kick
	// without ever doing work in between.
	txCh := make(chan core.NewTxsEvent, txEventBuffer)
	sub := n.eth.TxPool().SubscribeTransactions(txCh, true)
	defer sub.Unsubscribe()
	var tick <-chan time.Time
	if n.cfg.Period > 0 {
		t := time.NewTicker(n.cfg.Period)
		defer t.Stop()
		tick = t.C
	}
	for {
		select {
		case <-n.quit:
			return
		case r := <-n.reqs:
			h, err := n.commit(r.ctx, r.parent, r.txs, r.fromPool, r.attrs)
			r.resp <- commitResp{h, err}
		case <-txCh:
			if n.automining() {
				n.signal()
			}
		case <-n.kick:
			if n.automining() {
				n.minePool()
			}
		case <-tick:
			n.commit(context.Background(), nil, nil, true, nil) //nolint:errcheck // a failed timer block is retried next tick
		}
	}
}

// txEventBuffer bounds the pool-event channel; overflow is impossible to
// lose work with, since one event already triggers mining of all pending txs.
const txEventBuffer = 16

// minePool mines until the pool has no executable transaction left, stopping
// when a block takes none (a tx the miner will not include must not spin us).
func (n *Node) minePool() {
	for {
		if pending, _ := n.eth.TxPool().Stats(); pending == 0 {
			return
		}
		h, err := n.commit(context.Background(), nil, nil, true, nil)
		if err != nil || h == nil {
			return
		}
		if b := n.eth.BlockChain().GetBlockByHash(h.Hash()); b == nil || len(b.Transactions()) == 0 {
			return
		}
	}
}

func (n *Node) commit(ctx context.Context, parent *types.Header, txs []*types.Transaction, fromPool bool, attrs *engine.PayloadAttributes) (*types.Header, error) {
	bc := n.eth.BlockChain()
	if parent == nil {
		parent = bc.CurrentBlock()
	}
	number := new(big.Int).Add(parent.Number, common.Big1)
	var random common.Hash
	binary.BigEndian.PutUint64(random[24:], number.Uint64())
	random = crypto.Keccak256Hash(random[:]) // deterministic prevRandao
	args := &miner.BuildPayloadArgs{
		Parent:       parent.Hash(),
		Timestamp:    parent.Time + uint64(n.cfg.BlockTime/time.Second),
		FeeRecipient: n.cfg.Coinbase,
		Random:       random,
		Withdrawals:  types.Withdrawals{},
		BeaconRoot:   &common.Hash{},
	}
	if attrs != nil {
		if attrs.Timestamp != 0 {
			if attrs.Timestamp <= parent.Time {
				return nil, fmt.Errorf("devnet: block %d: timestamp %d not after parent's %d", number, attrs.Timestamp, parent.Time)
			}
			args.Timestamp = attrs.Timestamp
		}
		if attrs.SuggestedFeeRecipient != (common.Address{}) {
			args.FeeRecipient = attrs.SuggestedFeeRecipient
		}
		if attrs.Random != (common.Hash{}) {
			args.Random = attrs.Random
		}
	}
	empty := !fromPool && len(txs) == 0
	var override []*types.Transaction
	if !fromPool {
		override = txs
	}
	block, _, err := n.eth.Miner().BuildTestingPayload(args, override, empty, nil)
	if err != nil {
		return nil, fmt.Errorf("devnet: build block %d: %w", number, err)
	}
	if !fromPool && len(block.Transactions()) != len(txs) {
		return nil, fmt.Errorf("devnet: build block %d: %d of %d transactions included", number, len(block.Transactions()), len(txs))
	}
	if _, err := bc.InsertBlockWithoutSetHead(ctx, block, false); err != nil {
		return nil, fmt.Errorf("devnet: insert block %d: %w", number, err)
	}
	if _, err := bc.SetCanonical(block); err != nil {
		return nil, fmt.Errorf("devnet: set head %d: %w", number, err)
	}
	// "safe" follows the head. "finalized" stays at the genesis, where the
	// beacon's first forkchoice update put it: the devnet has no beacon
	// chain to finalize anything, and a later finalized block starts
	// go-ethereum's freezer, which on an in-memory database scans the whole
	// key space once per frozen block (rawdb.ReadAllHashes over memorydb):
	// seconds of CPU every minute at the stress scenario's size, in the
	// process of every test and benchmark that embeds the devnet.
	bc.SetSafe(block.Header())
	n.eth.TxPool().Sync()
	return block.Header(), nil
}

// Close stops the writer and the node and frees the ports. Safe to call twice.
func (n *Node) Close() error {
	n.closeOnce.Do(func() {
		close(n.quit)
		<-n.done
		if n.rpc != nil {
			n.rpc.Close()
		}
		n.closeErr = n.stack.Close()
	})
	return n.closeErr
}

// ErrClosed is returned by calls on a closed devnet.
var ErrClosed = errors.New("devnet: closed")

// testingAPI serves go-ethereum's testing_ namespace through the writer, so
// that blocks committed over RPC and by automine never race.
type testingAPI struct{ n *Node }

// CommitBlockV1 has the wire format of go-ethereum's testing_commitBlockV1.
// The attributes' timestamp, randomness and fee recipient are honoured when
// set (zero values keep the devnet's deterministic choices); transactions nil
// takes the pool, [] builds an empty block.
func (api *testingAPI) CommitBlockV1(ctx context.Context, attrs engine.PayloadAttributes, transactions *[]hexutil.Bytes, extraData *hexutil.Bytes) (common.Hash, error) {
	var txs []*types.Transaction
	fromPool := transactions == nil
	if !fromPool {
		raw := make([][]byte, len(*transactions))
		for i, b := range *transactions {
			raw[i] = b
		}
		var err error
		if txs, err = engine.DecodeTransactions(raw); err != nil {
			return common.Hash{}, err
		}
		if txs == nil {
			txs = []*types.Transaction{}
		}
	}
	h, err := api.n.request(ctx, commitReq{txs: txs, fromPool: fromPool, attrs: &attrs})
	if err != nil {
		return common.Hash{}, err
	}
	return h.Hash(), nil
}

// devnetAPI is the devnet_ namespace: simple forms of the writer's
// operations for tools that do not speak the testing_ attributes.
type devnetAPI struct{ n *Node }

// CommitBlock commits the next block from exactly these raw transactions
// (devnet_commitBlock) and returns its hash.
func (api *devnetAPI) CommitBlock(ctx context.Context, transactions []hexutil.Bytes) (common.Hash, error) {
	raw := make([][]byte, len(transactions))
	for i, b := range transactions {
		raw[i] = b
	}
	txs, err := engine.DecodeTransactions(raw)
	if err != nil {
		return common.Hash{}, err
	}
	h, err := api.n.CommitBlock(ctx, txs)
	if err != nil {
		return common.Hash{}, err
	}
	return h.Hash(), nil
}

// Mine mines one block from the pool (devnet_mine).
func (api *devnetAPI) Mine(ctx context.Context) (common.Hash, error) {
	h, err := api.n.Mine(ctx)
	if err != nil {
		return common.Hash{}, err
	}
	return h.Hash(), nil
}

// SetAutomine turns automine on or off (devnet_setAutomine).
func (api *devnetAPI) SetAutomine(ctx context.Context, on bool) error {
	return api.n.SetAutomine(ctx, on)
}

// dialHTTP dials a node's HTTP endpoint as fork.Dial does (which this
// package cannot import: the fork's tests build on the devnet): without
// gzip, which costs more than it saves on loopback, and with idle
// connections enough for concurrent callers.
func dialHTTP(ctx context.Context, url string) (*rpc.Client, error) {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.DisableCompression = true
	t.MaxIdleConnsPerHost = 64
	return rpc.DialOptions(ctx, url, rpc.WithHTTPClient(&http.Client{Transport: t}))
}
