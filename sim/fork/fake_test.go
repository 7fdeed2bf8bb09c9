package fork

import (
	"encoding/json"
	"errors"
	"math/big"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// fakeNode is a JSON-RPC node serving a fixed state at one block, written
// for these tests: it counts what it is asked and can fail on demand.
type fakeNode struct {
	block    uint64
	header   *types.Header
	accounts map[common.Address]fakeAccount
	slots    map[common.Address]map[common.Hash]common.Hash

	mu       sync.Mutex
	calls    map[string]int // by method
	keyCalls map[string]int // by method+key
	fail     func(method string, args ...any) error
	delay    time.Duration

	httpReqs atomic.Int64
}

type fakeAccount struct {
	balance *big.Int
	nonce   uint64
	code    []byte
}

type fakeEth struct{ n *fakeNode }

func newFakeNode(block uint64) *fakeNode {
	h := &types.Header{
		Number: new(big.Int).SetUint64(block), Time: 1_700_000_000 + 12*block, GasLimit: 30_000_000,
		Difficulty: new(big.Int), BaseFee: big.NewInt(1_000_000_000), Coinbase: common.HexToAddress("0xc0ffee"),
		MixDigest: common.HexToHash("0x1234"), ParentHash: common.HexToHash("0xabcd"),
		UncleHash: types.EmptyUncleHash, Root: common.HexToHash("0x5555"), TxHash: types.EmptyTxsHash,
		ReceiptHash: types.EmptyReceiptsHash,
	}
	return &fakeNode{
		block: block, header: h,
		accounts: make(map[common.Address]fakeAccount),
		slots:    make(map[common.Address]map[common.Hash]common.Hash),
		calls:    make(map[string]int),
		keyCalls: make(map[string]int),
	}
}

func (n *fakeNode) setSlot(a common.Address, k, v common.Hash) {
	if n.slots[a] == nil {
		n.slots[a] = make(map[common.Hash]common.Hash)
	}
	n.slots[a][k] = v
}

// start serves the node on an httptest server and returns a client.
func (n *fakeNode) start(t *testing.T) *rpc.Client {
	t.Helper()
	srv := rpc.NewServer()
	if err := srv.RegisterName("eth", &fakeEth{n}); err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.httpReqs.Add(1)
		srv.ServeHTTP(w, r)
	}))
	t.Cleanup(hs.Close)
	t.Cleanup(srv.Stop)
	c, err := rpc.Dial(hs.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

func (n *fakeNode) count(method string, key string) int {
	n.mu.Lock()
	defer n.mu.Unlock()
	if key == "" {
		return n.calls[method]
	}
	return n.keyCalls[method+" "+key]
}

func (n *fakeNode) enter(method, key string, block string, args ...any) error {
	n.mu.Lock()
	delay := n.delay
	n.mu.Unlock()
	if delay > 0 {
		time.Sleep(delay)
	}
	n.mu.Lock()
	n.calls[method]++
	n.keyCalls[method+" "+key]++
	fail := n.fail
	n.mu.Unlock()
	if fail != nil {
		if err := fail(method, args...); err != nil {
			return err
		}
	}
	if block != hexutil.EncodeUint64(n.block) {
		return errors.New("header not found")
	}
	return nil
}

func (e *fakeEth) ChainId() hexutil.Uint64 { return 1337 }

func (e *fakeEth) GetBlockByNumber(num string, full bool) (map[string]any, error) {
	if err := e.n.enter("eth_getBlockByNumber", num, hexutil.EncodeUint64(e.n.block), num); err != nil {
		return nil, err
	}
	if num != "latest" && num != hexutil.EncodeUint64(e.n.block) {
		return nil, nil
	}
	raw, err := json.Marshal(e.n.header)
	if err != nil {
		return nil, err
	}
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, err
	}
	m["hash"] = e.n.header.Hash()
	m["transactions"] = []common.Hash{}
	return m, nil
}

func (e *fakeEth) GetBalance(a common.Address, block string) (*hexutil.Big, error) {
	if err := e.n.enter("eth_getBalance", a.Hex(), block, a); err != nil {
		return nil, err
	}
	b := new(big.Int)
	if acc, ok := e.n.accounts[a]; ok && acc.balance != nil {
		b.Set(acc.balance)
	}
	return (*hexutil.Big)(b), nil
}

func (e *fakeEth) GetTransactionCount(a common.Address, block string) (hexutil.Uint64, error) {
	if err := e.n.enter("eth_getTransactionCount", a.Hex(), block, a); err != nil {
		return 0, err
	}
	return hexutil.Uint64(e.n.accounts[a].nonce), nil
}

func (e *fakeEth) GetCode(a common.Address, block string) (hexutil.Bytes, error) {
	if err := e.n.enter("eth_getCode", a.Hex(), block, a); err != nil {
		return nil, err
	}
	return e.n.accounts[a].code, nil
}

func (e *fakeEth) GetStorageAt(a common.Address, k common.Hash, block string) (hexutil.Bytes, error) {
	if err := e.n.enter("eth_getStorageAt", a.Hex()+"["+k.Hex()+"]", block, a, k); err != nil {
		return nil, err
	}
	v := e.n.slots[a][k]
	return v[:], nil
}
