package relay

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"

	"github.com/keeperkit/keeperkit/bundles"
	"github.com/keeperkit/keeperkit/sim/devnet"
	"github.com/keeperkit/keeperkit/sim/fork"
)

// Limits (spec §2.1, §5.4, §9).
const (
	defaultMaxBody = 30 << 20
	maxTxs         = 100
	maxBundleBytes = 300_000
	maxMevTxs      = 50
	maxBlockRange  = 30
	maxBlockOffset = 5
	maxNesting     = 1
	// maxOrigin bounds the X-Flashbots-Origin header, in bytes (go-utils).
	maxOrigin = 255
	// historySize bounds the hint events kept for Last-Event-ID replay.
	historySize = 256
	// subscriberBuffer bounds each SSE subscriber's queue; a slow
	// subscriber loses the events that do not fit.
	subscriberBuffer = 64
)

// Option configures a Relay.
type Option func(*Relay)

// WithLogger sets the logger. Default: none.
func WithLogger(l zerolog.Logger) Option { return func(r *Relay) { r.log = l } }

// WithPending adds the pool's pending transactions after the bundles. Default off.
func WithPending(on bool) Option { return func(r *Relay) { r.pending = on } }

// WithEmptyBlocks commits a block even with nothing to include. Default off.
func WithEmptyBlocks(on bool) Option { return func(r *Relay) { r.empty = on } }

// WithMaxBody is the request body limit in bytes. Default 30 MiB.
func WithMaxBody(n int64) Option { return func(r *Relay) { r.maxBody = n } }

// WithArrivalSimulation: eth_sendBundle simulates a bundle for the next
// block when it arrives and answers its failure as an error (on, the
// default), or only checks and stores it, as relays in production answer,
// and simulates it when building (off). Off, a busy local relay does not
// take CPU from the keeper it serves on a shared machine: the latency
// benchmarks run it so, as their relays would be elsewhere.
// mev_sendBundle always simulates (its hints come from the run).
func WithArrivalSimulation(on bool) Option { return func(r *Relay) { r.lazy = !on } }

// WithPing is the SSE keep-alive period. Default 15 s.
func WithPing(d time.Duration) Option { return func(r *Relay) { r.ping = d } }

// Relay is the local relay. Safe for concurrent use.
type Relay struct {
	chain   devnet.Chain
	log     zerolog.Logger
	pending bool
	empty   bool
	lazy    bool // no simulation on arrival (WithArrivalSimulation)
	maxBody int64
	ping    time.Duration
	// hintGasPrice and hintGasUsed: see WithHintGas.
	hintGasPrice, hintGasUsed bool
	srv                       *http.Server
	ln                        net.Listener
	hub                       *hub
	// buildMu serialises BuildBlock.
	buildMu sync.Mutex

	// forkMu guards fork, the cached fork of the head.
	forkMu sync.Mutex
	fork   *fork.Fork

	// mu guards the fields below.
	mu      sync.Mutex
	entries []*entry // pending, arrival order
	byHash  map[common.Hash]*entry
	byMatch map[common.Hash]*entry // mev bundles by matching hash
	users   map[common.Address]*userStats
	seq     uint64
}

type userStats struct {
	payments *big.Int
	gas      uint64
}

// State of a bundle.
type State string

// States a bundle goes through.
const (
	Pending   State = "pending"
	Landed    State = "landed"
	Failed    State = "failed" // simulation or conflict at its block
	Cancelled State = "cancelled"
	Replaced  State = "replaced"
	Expired   State = "expired"
)

// Status is what became of a bundle: Block is where it landed, Reason why not.
type Status struct {
	State  State
	Block  uint64
	Reason string
}

type entry struct {
	hash, match        common.Hash
	mev                bool
	hinted             bool
	signer             common.Address
	uuid               string
	txs                []*types.Transaction
	canRevert          []bool
	canDrop            []bool // droppingTxHashes: left out if invalid or reverting
	minBlock, maxBlock uint64
	minTime, maxTime   uint64
	seq                uint64
	receivedAt         time.Time
	simulatedAt        time.Time
	consideredAt       time.Time
	sealedAt           time.Time
	gasSimulated       uint64
	status             Status
	wantRefund         int
	builders           []string
}

// New makes a relay for chain; Start serves it.
func New(chain devnet.Chain, opts ...Option) *Relay {
	r := &Relay{chain: chain, log: zerolog.Nop(), maxBody: defaultMaxBody, ping: 15 * time.Second, hintGasPrice: true,
		byHash: map[common.Hash]*entry{}, byMatch: map[common.Hash]*entry{}, users: map[common.Address]*userStats{}}
	for _, o := range opts {
		o(r)
	}
	r.hub = newHub()
	return r
}

// Start listens on 127.0.0.1:port (0: any free port) and serves until Close.
func (r *Relay) Start(port int) error {
	ln, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", port))
	if err != nil {
		return fmt.Errorf("relay: listen: %w", err)
	}
	r.ln = ln
	r.srv = &http.Server{Handler: r, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = r.srv.Serve(ln) }()
	return nil
}

// URL is the relay's endpoint, for example http://127.0.0.1:PORT.
func (r *Relay) URL() string { return "http://" + r.ln.Addr().String() }

// Close stops serving and ends the hint streams.
func (r *Relay) Close() error {
	r.hub.close()
	if r.srv == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	return r.srv.Shutdown(ctx)
}

// Run builds a block every period until ctx ends.
func (r *Relay) Run(ctx context.Context, period time.Duration) error {
	t := time.NewTicker(period)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
			if _, err := r.BuildBlock(ctx); err != nil && ctx.Err() == nil {
				r.log.Warn().Err(err).Msg("build block")
			}
		}
	}
}

// Status is what became of the bundle with hash.
func (r *Relay) Status(hash common.Hash) (Status, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	e := r.byHash[hash]
	if e == nil {
		return Status{}, ErrUnknown
	}
	return e.status, nil
}

type request struct {
	JSONRPC string            `json:"jsonrpc"`
	ID      json.RawMessage   `json:"id"`
	Method  string            `json:"method"`
	Params  []json.RawMessage `json:"params"`
}

type response struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Result  any             `json:"result,omitempty"`
	Error   *rpcError       `json:"error,omitempty"`
}

var nullID = json.RawMessage("null")

func writeJSON(w http.ResponseWriter, id json.RawMessage, result any, err *rpcError) {
	if id == nil {
		id = nullID
	}
	w.Header().Set("Content-Type", "application/json")
	resp := response{JSONRPC: "2.0", ID: id, Error: err}
	if err == nil {
		if result == nil {
			result = json.RawMessage("null")
		}
		resp.Result = result
	}
	_ = json.NewEncoder(w).Encode(resp)
}

// ServeHTTP is the JSON-RPC endpoint and, on GET /, the hint stream.
func (r *Relay) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	if req.Method == http.MethodGet && req.URL.Path == "/" {
		r.hub.serve(w, req, r.ping)
		return
	}
	if req.Method != http.MethodPost {
		http.Error(w, "only POST method is allowed", http.StatusMethodNotAllowed)
		return
	}
	if req.Header.Get("Content-Type") != "application/json" {
		http.Error(w, "header Content-Type must be application/json", http.StatusUnsupportedMediaType)
		return
	}
	body, err := io.ReadAll(io.LimitReader(req.Body, r.maxBody+1))
	if err != nil {
		writeJSON(w, nil, nil, &rpcError{Code: codeInvalidRequest, Message: err.Error()})
		return
	}
	if int64(len(body)) > r.maxBody {
		writeJSON(w, nil, nil, &rpcError{Code: codeInvalidRequest, Message: fmt.Sprintf("request body is too big, max size: %d", r.maxBody)})
		return
	}
	if len(req.Header.Get("X-Flashbots-Origin")) > maxOrigin {
		writeJSON(w, nil, nil, &rpcError{Code: codeInvalidRequest, Message: "x-flashbots-origin header is too long"})
		return
	}
	header := req.Header.Get(bundles.HeaderSignature)
	if header == "" {
		writeJSON(w, nil, nil, &rpcError{Code: codeInvalidRequest, Message: "signature is required"})
		return
	}
	signer, err := bundles.Verify(header, body)
	if err != nil {
		writeJSON(w, nil, nil, &rpcError{Code: codeInvalidRequest, Message: err.Error()})
		return
	}
	var rq request
	if err := json.Unmarshal(body, &rq); err != nil {
		writeJSON(w, nil, nil, &rpcError{Code: codeParse, Message: err.Error()})
		return
	}
	if rq.JSONRPC != "2.0" {
		writeJSON(w, nil, nil, &rpcError{Code: codeParse, Message: "invalid jsonrpc version"})
		return
	}
	if t := bytes.TrimSpace(rq.ID); len(t) > 0 && t[0] != '"' && t[0] != '-' && (t[0] < '0' || t[0] > '9') {
		writeJSON(w, nil, nil, &rpcError{Code: codeParse, Message: "invalid id type"})
		return
	}
	h, ok := r.methods()[rq.Method]
	if !ok {
		writeJSON(w, rq.ID, nil, &rpcError{Code: codeNotFound, Message: "method not found"})
		return
	}
	if len(rq.Params) > h.arity {
		writeJSON(w, rq.ID, nil, &rpcError{Code: codeInvalidParams, Message: "too much arguments"})
		return
	}
	res, err := h.fn(req.Context(), signer, rq.Params)
	if err != nil {
		var re *rpcError
		if !errors.As(err, &re) {
			re = serverErr(err.Error())
		}
		writeJSON(w, rq.ID, nil, re)
		return
	}
	writeJSON(w, rq.ID, res, nil)
}

type handler struct {
	arity int
	fn    func(ctx context.Context, signer common.Address, params []json.RawMessage) (any, error)
}

func (r *Relay) methods() map[string]handler {
	return map[string]handler{
		"eth_sendBundle":             {1, r.sendBundle},
		"eth_callBundle":             {1, r.callBundle},
		"eth_cancelBundle":           {1, r.cancelBundle},
		"mev_sendBundle":             {1, r.mevSendBundle},
		"mev_simBundle":              {2, r.mevSimBundle},
		"mev_cancelBundleByHash":     {1, r.mevCancelByHash},
		"flashbots_getBundleStatsV2": {1, r.bundleStats},
		"flashbots_getUserStatsV2":   {1, r.userStats},
	}
}

// decodeParam decodes params[0] strictly enough to report bad hex.
func decodeParam(params []json.RawMessage, i int, v any) error {
	if len(params) <= i {
		return serverErr("missing params")
	}
	if err := json.Unmarshal(params[i], v); err != nil {
		if errors.Is(err, bundles.ErrHintIntent) {
			return errHintIntent
		}
		return &rpcError{Code: codeInvalidParams, Message: "invalid params: " + err.Error()}
	}
	return nil
}

// head is the chain's current block number.
func (r *Relay) head(ctx context.Context) (uint64, error) {
	n, err := r.chain.Client().BlockNumber(ctx)
	if err != nil {
		return 0, fmt.Errorf("relay: head: %w", err)
	}
	return n, nil
}

// forkAt is a fork of block n, cached for the head. A newer head's fork
// is advanced from the cached one, so that what the bundles of earlier
// blocks read stays cached where the blocks between did not write it (a
// new fork per block read every slot of every bundle from the node again);
// a fresh fork when that fails (a reorg replaced the cached block, a gap
// too long to trace).
func (r *Relay) forkAt(ctx context.Context, n uint64) (*fork.Fork, error) {
	r.forkMu.Lock()
	defer r.forkMu.Unlock()
	if r.fork != nil && r.fork.Number() == n {
		return r.fork, nil
	}
	var f *fork.Fork
	var err error
	if r.fork != nil && n > r.fork.Number() {
		if f, err = r.fork.Advance(ctx, n); err != nil {
			r.log.Debug().Err(err).Uint64("block", n).Msg("relay: fork not advanced, a new one")
		}
	}
	if f == nil {
		f, err = fork.New(ctx, r.chain.RPC(), fork.WithBlock(n))
	}
	if err != nil {
		return nil, fmt.Errorf("relay: fork at %d: %w", n, err)
	}
	if r.fork == nil || n > r.fork.Number() {
		r.fork = f
	}
	return f, nil
}
