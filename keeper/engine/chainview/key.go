package chainview

import (
	"bytes"
	"encoding/json"
	"strings"
)

// Key is the cache key of a JSON-RPC call whose answer cannot change, and
// false for every other call: requests pinned to a block by number or hash
// (eth_getBlockByNumber 0x10, eth_call at 0x10, eth_getLogs from 0x1 to
// 0x10, debug_traceBlockByNumber, receipts and transactions by hash,
// eth_chainId), keyed by method and compacted parameters. Requests naming
// "latest", "pending", "safe" or "finalized" get false.
//
// Answers by hash are immutable; answers by number are immutable only while
// the block stays canonical (a backtest replays finalized history; the live
// View drops them on a reorg).
func Key(method string, params json.RawMessage) (string, bool) {
	var args []json.RawMessage
	if len(params) > 0 {
		if err := json.Unmarshal(params, &args); err != nil {
			return "", false
		}
	}
	pinned := func(i int) bool { return i < len(args) && pinnedBlock(args[i]) }
	ok := false
	switch method {
	case "eth_chainId", "net_version",
		"eth_getTransactionReceipt", "eth_getTransactionByHash", "eth_getBlockByHash",
		"debug_traceTransaction", "debug_traceBlockByHash":
		ok = true
	case "eth_getBlockByNumber", "eth_getBlockReceipts", "debug_traceBlockByNumber",
		"eth_getBlockTransactionCountByNumber":
		ok = pinned(0)
	case "eth_getBalance", "eth_getCode", "eth_getTransactionCount",
		"eth_call", "eth_createAccessList", "eth_estimateGas":
		ok = pinned(1)
	case "eth_getStorageAt", "eth_getProof":
		ok = pinned(2)
	case "eth_getLogs":
		if len(args) == 1 {
			var q struct {
				From      json.RawMessage `json:"fromBlock"`
				To        json.RawMessage `json:"toBlock"`
				BlockHash json.RawMessage `json:"blockHash"`
			}
			if json.Unmarshal(args[0], &q) == nil {
				ok = len(q.BlockHash) > 0 || (pinnedBlock(q.From) && pinnedBlock(q.To))
			}
		}
	}
	if !ok {
		return "", false
	}
	var b bytes.Buffer
	if err := json.Compact(&b, params); err != nil && len(params) > 0 {
		return "", false
	}
	return method + "|" + b.String(), true
}

// pinnedBlock reports whether a block argument names one block for good: a
// hex number, a block hash, or {"blockHash": ...} / {"blockNumber": "0x.."}.
func pinnedBlock(raw json.RawMessage) bool {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return strings.HasPrefix(s, "0x")
	}
	var o struct {
		BlockHash   string `json:"blockHash"`
		BlockNumber string `json:"blockNumber"`
	}
	if json.Unmarshal(raw, &o) == nil {
		return o.BlockHash != "" || strings.HasPrefix(o.BlockNumber, "0x")
	}
	return false
}
