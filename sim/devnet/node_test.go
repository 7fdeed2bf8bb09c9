package devnet

import (
	"context"
	"math/big"
	"net"
	"net/url"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
)

func TestTestAccountsMatchTools(t *testing.T) {
	// The keys anvil and Hardhat print for m/44'/60'/0'/0/0..2 (see
	// ../shared/protocol-artifacts.md); a slip in the BIP-32 code changes all.
	want := []string{
		"ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
		"59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
		"5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
	}
	accs, err := TestAccounts(3)
	if err != nil {
		t.Fatal(err)
	}
	for i, w := range want {
		if got := hexutil.Encode(crypto.FromECDSA(accs[i].Key))[2:]; got != w {
			t.Errorf("account %d key: got %s, want %s", i, got, w)
		}
	}
	if got, want := accs[0].Address, common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"); got != want {
		t.Errorf("account 0 address: got %s, want %s", got, want)
	}
}

// transfer signs a plain value transfer with an explicit nonce.
func transfer(t testing.TB, c Chain, from Account, to common.Address, nonce uint64, wei int64) *types.Transaction {
	t.Helper()
	tx, err := types.SignNewTx(from.Key, types.LatestSignerForChainID(c.ChainID()), &types.DynamicFeeTx{
		ChainID:   c.ChainID(),
		Nonce:     nonce,
		GasTipCap: big.NewInt(params.GWei),
		GasFeeCap: big.NewInt(100 * params.GWei),
		Gas:       21_000,
		To:        &to,
		Value:     big.NewInt(wei),
	})
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

func nonceOf(t testing.TB, c Chain, a common.Address) uint64 {
	t.Helper()
	n, err := c.Client().PendingNonceAt(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestCommitBlockOrder commits three transactions in a chosen order (not
// nonce-by-sender or fee order) and checks the block keeps it, on both chains.
func TestCommitBlockOrder(t *testing.T) {
	for _, c := range Chains(t) {
		t.Run(c.Name(), func(t *testing.T) {
			ctx := context.Background()
			acc := c.Accounts()
			sink := common.HexToAddress("0x000000000000000000000000000000000000bEEF")
			// Lowest fee first: a fee-ordering builder would reverse these.
			txs := []*types.Transaction{
				transfer(t, c, acc[2], sink, nonceOf(t, c, acc[2].Address), 3),
				transfer(t, c, acc[0], sink, nonceOf(t, c, acc[0].Address), 1),
				transfer(t, c, acc[1], sink, nonceOf(t, c, acc[1].Address), 2),
			}
			before, err := c.Client().BlockNumber(ctx)
			if err != nil {
				t.Fatal(err)
			}
			h, err := c.CommitBlock(ctx, txs)
			if err != nil {
				t.Fatalf("commit: %v", err)
			}
			if got, want := h.Number.Uint64(), before+1; got != want {
				t.Fatalf("block number: got %d, want %d", got, want)
			}
			block, err := c.Client().BlockByNumber(ctx, h.Number)
			if err != nil {
				t.Fatal(err)
			}
			if got := len(block.Transactions()); got != len(txs) {
				t.Fatalf("txs in block: got %d, want %d", got, len(txs))
			}
			for i, tx := range block.Transactions() {
				if tx.Hash() != txs[i].Hash() {
					t.Errorf("tx %d: got %s, want %s", i, tx.Hash(), txs[i].Hash())
				}
				rcpt, err := c.Client().TransactionReceipt(ctx, tx.Hash())
				if err != nil {
					t.Fatalf("receipt %d: %v", i, err)
				}
				if rcpt.Status != types.ReceiptStatusSuccessful || rcpt.TransactionIndex != uint(i) {
					t.Errorf("receipt %d: status %d index %d", i, rcpt.Status, rcpt.TransactionIndex)
				}
			}
			bal, err := c.Client().BalanceAt(ctx, sink, nil)
			if err != nil {
				t.Fatal(err)
			}
			if bal.Int64() != 6 {
				t.Errorf("sink balance: got %s, want 6", bal)
			}
		})
	}
}

// TestCommitBlockInvalidLeavesHead: a nonce gap in the list fails the whole
// commit and the head does not move.
func TestCommitBlockInvalidLeavesHead(t *testing.T) {
	for _, c := range Chains(t) {
		t.Run(c.Name(), func(t *testing.T) {
			ctx := context.Background()
			acc := c.Accounts()
			sink := common.HexToAddress("0x000000000000000000000000000000000000bEEF")
			n0 := nonceOf(t, c, acc[0].Address)
			before, err := c.Client().BlockNumber(ctx)
			if err != nil {
				t.Fatal(err)
			}
			_, err = c.CommitBlock(ctx, []*types.Transaction{
				transfer(t, c, acc[0], sink, n0, 1),
				transfer(t, c, acc[0], sink, n0+5, 1), // gap
			})
			if err == nil {
				t.Fatal("commit with a nonce gap: got nil error")
			}
			after, err := c.Client().BlockNumber(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if after != before {
				t.Errorf("head moved from %d to %d after a failed commit", before, after)
			}
			if got := nonceOf(t, c, acc[0].Address); got != n0 {
				t.Errorf("nonce after failed commit: got %d, want %d", got, n0)
			}
		})
	}
}

// TestTransferFlow is what a user does first: send a transaction through
// eth_sendRawTransaction and find it mined (automine), on both chains.
func TestTransferFlow(t *testing.T) {
	for _, c := range Chains(t) {
		t.Run(c.Name(), func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			acc := c.Accounts()
			to := acc[5].Address
			start, err := c.Client().BalanceAt(ctx, to, nil)
			if err != nil {
				t.Fatal(err)
			}
			tx := transfer(t, c, acc[4], to, nonceOf(t, c, acc[4].Address), 12345)
			if err := c.Client().SendTransaction(ctx, tx); err != nil {
				t.Fatal(err)
			}
			rcpt := waitReceipt(ctx, t, c.Client(), tx.Hash())
			if rcpt.Status != types.ReceiptStatusSuccessful {
				t.Fatalf("status: got %d, want 1", rcpt.Status)
			}
			end, err := c.Client().BalanceAt(ctx, to, nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := new(big.Int).Sub(end, start); got.Int64() != 12345 {
				t.Errorf("received: got %s wei, want 12345", got)
			}
		})
	}
}

// TestAutomineOff: with automine off a sent transaction stays pending until
// Mine, as a pending transaction does on a live chain.
func TestAutomineOff(t *testing.T) {
	for _, c := range Chains(t) {
		t.Run(c.Name(), func(t *testing.T) {
			ctx := context.Background()
			if err := c.SetAutomine(ctx, false); err != nil {
				t.Fatal(err)
			}
			acc := c.Accounts()
			before, _ := c.Client().BlockNumber(ctx)
			tx := transfer(t, c, acc[6], acc[7].Address, nonceOf(t, c, acc[6].Address), 1)
			if err := c.Client().SendTransaction(ctx, tx); err != nil {
				t.Fatal(err)
			}
			if _, pending, err := c.Client().TransactionByHash(ctx, tx.Hash()); err != nil || !pending {
				t.Fatalf("tx after send: pending=%v err=%v, want pending", pending, err)
			}
			if n, _ := c.Client().BlockNumber(ctx); n != before {
				t.Fatalf("head moved with automine off: %d → %d", before, n)
			}
			h, err := c.Mine(ctx)
			if err != nil {
				t.Fatal(err)
			}
			rcpt, err := c.Client().TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				t.Fatalf("receipt after Mine: %v", err)
			}
			if rcpt.BlockNumber.Cmp(h.Number) != 0 {
				t.Errorf("mined in %s, want %s", rcpt.BlockNumber, h.Number)
			}
		})
	}
}

func waitReceipt(ctx context.Context, t testing.TB, c *ethclient.Client, h common.Hash) *types.Receipt {
	t.Helper()
	for {
		r, err := c.TransactionReceipt(ctx, h)
		if err == nil {
			return r
		}
		select {
		case <-ctx.Done():
			t.Fatalf("receipt %s: %v (last error %v)", h, ctx.Err(), err)
		case <-time.After(5 * time.Millisecond):
		}
	}
}

func TestDevnetDeterministicAndServed(t *testing.T) {
	ctx := context.Background()
	roots := make([]common.Hash, 2)
	for i := range roots {
		n := StartT(t, Config{ChainID: 4242})
		if got := n.ChainID().Uint64(); got != 4242 {
			t.Fatalf("chain id: got %d, want 4242", got)
		}
		id, err := n.Client().ChainID(ctx)
		if err != nil || id.Uint64() != 4242 {
			t.Fatalf("eth_chainId: got %v (%v), want 4242", id, err)
		}
		for _, ep := range []string{n.HTTPEndpoint(), n.WSEndpoint()} {
			u, err := url.Parse(ep)
			if err != nil {
				t.Fatal(err)
			}
			if host, _, _ := net.SplitHostPort(u.Host); host != "127.0.0.1" {
				t.Errorf("endpoint %s: not on loopback", ep)
			}
		}
		acc := n.Accounts()
		h, err := n.CommitBlock(ctx, []*types.Transaction{transfer(t, n, acc[0], acc[1].Address, 0, 7)})
		if err != nil {
			t.Fatal(err)
		}
		if got, want := h.Time, uint64(DefaultGenesisTime+12); got != want {
			t.Errorf("block 1 time: got %d, want %d", got, want)
		}
		roots[i] = h.Root
		n.Close()
	}
	if roots[0] != roots[1] {
		t.Errorf("state roots differ between runs: %s vs %s", roots[0], roots[1])
	}
}

// TestWebSocketNewHeads: the WS endpoint serves eth_subscribe newHeads.
func TestWebSocketNewHeads(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	n := StartT(t)
	ws, err := ethclient.DialContext(ctx, n.WSEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	heads := make(chan *types.Header, 4)
	sub, err := ws.SubscribeNewHead(ctx, heads)
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Unsubscribe()
	want, err := n.CommitBlock(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	select {
	case h := <-heads:
		if h.Hash() != want.Hash() {
			t.Errorf("head: got %s, want %s", h.Hash(), want.Hash())
		}
	case err := <-sub.Err():
		t.Fatal(err)
	case <-ctx.Done():
		t.Fatal("no head over WebSocket")
	}
}

// TestReorg replaces the head block with a different one at the same height.
func TestReorg(t *testing.T) {
	ctx := context.Background()
	n := StartT(t, Config{NoAutomine: true})
	acc := n.Accounts()
	dropped := transfer(t, n, acc[0], acc[1].Address, 0, 1)
	h1, err := n.CommitBlock(ctx, []*types.Transaction{dropped})
	if err != nil {
		t.Fatal(err)
	}
	h1b, err := n.Reorg(ctx, h1.Number.Uint64()-1, []*types.Transaction{transfer(t, n, acc[2], acc[1].Address, 0, 2)})
	if err != nil {
		t.Fatal(err)
	}
	if h1b.Number.Cmp(h1.Number) != 0 || h1b.Hash() == h1.Hash() {
		t.Fatalf("reorg block: got #%s %s, want #%s with another hash", h1b.Number, h1b.Hash(), h1.Number)
	}
	head, err := n.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if head.Hash() != h1b.Hash() {
		t.Errorf("head: got %s, want the reorg block %s", head.Hash(), h1b.Hash())
	}
	if nonce, _ := n.Client().NonceAt(ctx, acc[0].Address, nil); nonce != 0 {
		t.Errorf("account 0 nonce after its tx was reorged out: got %d, want 0", nonce)
	}
	// The dropped transaction is back in the pool, pending, as on a real node.
	deadline := time.Now().Add(5 * time.Second)
	for {
		_, pending, err := n.Client().TransactionByHash(ctx, dropped.Hash())
		if err == nil && pending {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("dropped tx not back in the pool: pending=%v err=%v", pending, err)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestTestingNamespace drives testing_commitBlockV1 over HTTP, as an
// external tool would, with go-ethereum's wire format.
func TestTestingNamespace(t *testing.T) {
	ctx := context.Background()
	n := StartT(t)
	acc := n.Accounts()
	tx := transfer(t, n, acc[3], acc[1].Address, 0, 1)
	raw, _ := tx.MarshalBinary()
	attrs := map[string]any{
		"timestamp":             hexutil.Uint64(DefaultGenesisTime + 100),
		"prevRandao":            common.Hash{1},
		"suggestedFeeRecipient": common.HexToAddress("0x00000000000000000000000000000000000000aa"),
		"withdrawals":           []any{},
		"parentBeaconBlockRoot": common.Hash{},
	}
	var hash common.Hash
	if err := n.RPC().CallContext(ctx, &hash, "testing_commitBlockV1", attrs, []hexutil.Bytes{raw}, nil); err != nil {
		t.Fatal(err)
	}
	b, err := n.Client().BlockByHash(ctx, hash)
	if err != nil {
		t.Fatal(err)
	}
	if b.Time() != DefaultGenesisTime+100 || b.Coinbase() != common.HexToAddress("0xaa") || len(b.Transactions()) != 1 {
		t.Errorf("block: time %d coinbase %s txs %d", b.Time(), b.Coinbase(), len(b.Transactions()))
	}
	// A bad transaction is an RPC error naming the failure, not a panic.
	err = n.RPC().CallContext(ctx, &hash, "devnet_commitBlock", []hexutil.Bytes{{0x02, 0xde, 0xad}})
	if err == nil || !strings.Contains(err.Error(), "transaction") {
		t.Errorf("bad raw tx: got %v, want a decoding error", err)
	}
}

func TestConfigValidate(t *testing.T) {
	for _, tc := range []struct {
		name string
		cfg  Config
		want string
	}{
		{"http port", Config{HTTPPort: 70000}, "http port 70000"},
		{"ws port", Config{WSPort: -1}, "ws port -1"},
		{"block time", Config{BlockTime: 500 * time.Millisecond}, "block time 500ms"},
		{"gas limit", Config{GasLimit: 10}, "gas limit 10"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Start(context.Background(), tc.cfg)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want an error containing %q", err, tc.want)
			}
		})
	}
}

// TestCloseFreesEverything: a closed devnet leaves no goroutine running and
// its port free for the next one.
func TestCloseFreesEverything(t *testing.T) {
	ctx := context.Background()
	n, err := Start(ctx, Config{})
	if err != nil {
		t.Fatal(err)
	}
	n.Close() // warm up package-level goroutines (metrics, caches) once
	base := runtime.NumGoroutine()
	var addr string
	for range 3 {
		n, err := Start(ctx, Config{})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := n.CommitBlock(ctx, nil); err != nil {
			t.Fatal(err)
		}
		u, _ := url.Parse(n.HTTPEndpoint())
		addr = u.Host
		if err := n.Close(); err != nil {
			t.Fatal(err)
		}
		if _, err := n.CommitBlock(ctx, nil); err != ErrClosed {
			t.Errorf("commit after close: got %v, want ErrClosed", err)
		}
	}
	l, err := net.Listen("tcp", addr)
	if err != nil {
		t.Errorf("port of a closed devnet still taken: %v", err)
	} else {
		l.Close()
	}
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > base+2 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if got := runtime.NumGoroutine(); got > base+2 {
		buf := make([]byte, 1<<16)
		t.Errorf("goroutines: got %d after 3 start/close cycles, want ≤ %d\n%s", got, base+2, buf[:runtime.Stack(buf, true)])
	}
}

// TestNothingFinalized: committed blocks move "safe" but never mark a block
// after the genesis finalized, which would start go-ethereum's freezer on the in-memory
// database (see commit).
func TestNothingFinalized(t *testing.T) {
	ctx := context.Background()
	n := StartT(t, Config{NoAutomine: true})
	var last *types.Header
	for range 3 {
		h, err := n.CommitBlock(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		last = h
	}
	var safe types.Header
	if err := n.Client().Client().CallContext(ctx, &safe, "eth_getBlockByNumber", "safe", false); err != nil {
		t.Fatal(err)
	}
	if safe.Hash() != last.Hash() {
		t.Errorf("safe block: got #%s %s, want the head #%s %s", safe.Number, safe.Hash(), last.Number, last.Hash())
	}
	// The genesis, finalized by the beacon's first forkchoice update, is the
	// one height the freezer leaves alone.
	genesis := n.eth.BlockChain().Genesis().Hash()
	if h := rawdb.ReadFinalizedBlockHash(n.eth.ChainDb()); h != genesis {
		t.Errorf("finalized block marker: got %s, want the genesis %s (a later block starts the freezer)", h, genesis)
	}
}
