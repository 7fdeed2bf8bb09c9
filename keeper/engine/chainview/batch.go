package chainview

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// CallContracts implements strategies.BatchCaller: every msg as an eth_call
// at number, in JSON-RPC batches of at most WithMaxBatch calls. Pinned
// calls are answered and kept as CallContract's are (a call already cached
// or on the wire is not sent again). outs and errs are aligned with msgs.
func (v *View) CallContracts(ctx context.Context, msgs []ethereum.CallMsg, number *big.Int) ([][]byte, []error) {
	outs := make([][]byte, len(msgs))
	errs := make([]error, len(msgs))
	n, isPinned := pinned(number)
	blockArg := toBlockNumArg(number)
	raws := make([]json.RawMessage, len(msgs))
	// Calls to send: their index, arguments, key and flight ("" and nil
	// when not kept).
	type send struct {
		i    int
		args []any
		key  string
		f    *flight
		gen  uint64
	}
	type wait struct {
		i int
		f *flight
	}
	var sends []send
	var waits []wait
	for i, m := range msgs {
		args := []any{CallArg(m), blockArg}
		if !isPinned {
			v.count(&v.passed, resultPassed)
			sends = append(sends, send{i: i, args: args})
			continue
		}
		params, err := json.Marshal(args)
		if err != nil {
			errs[i] = fmt.Errorf("chainview: eth_call: %w", err)
			continue
		}
		key := "eth_call|" + string(params) // Key's, as in call
		val, f, lead, gen := v.join(key, n)
		switch {
		case val != nil:
			v.count(&v.hits, resultHit)
			outs[i], errs[i] = decodeBytes(val)
		case !lead:
			v.count(&v.shared, resultShared)
			waits = append(waits, wait{i: i, f: f})
		default:
			v.count(&v.misses, resultMiss)
			sends = append(sends, send{i: i, args: args, key: key, f: f, gen: gen})
		}
	}
	for start := 0; start < len(sends); start += v.maxBatch {
		chunk := sends[start:min(start+v.maxBatch, len(sends))]
		elems := make([]rpc.BatchElem, len(chunk))
		for j, s := range chunk {
			elems[j] = rpc.BatchElem{Method: "eth_call", Args: s.args, Result: &raws[s.i]}
		}
		err := v.rc.BatchCallContext(ctx, elems)
		for j, s := range chunk {
			e := err
			if e == nil {
				e = elems[j].Error
			}
			if s.f != nil {
				// Every flight this caller leads ends, answered or not, so
				// that no waiter hangs.
				v.finish(s.key, n, s.gen, s.f, raws[s.i], e)
			}
			if e != nil {
				errs[s.i] = e
				continue
			}
			outs[s.i], errs[s.i] = decodeBytes(raws[s.i])
		}
	}
	for _, w := range waits {
		select {
		case <-w.f.done:
		case <-ctx.Done():
			errs[w.i] = ctx.Err()
			continue
		}
		if w.f.err == nil {
			outs[w.i], errs[w.i] = decodeBytes(w.f.val)
			continue
		}
		if isCtxErr(w.f.err) && ctx.Err() == nil {
			outs[w.i], errs[w.i] = v.CallContract(ctx, msgs[w.i], number) // the leader gave up
			continue
		}
		errs[w.i] = w.f.err
	}
	return outs, errs
}

func decodeBytes(raw json.RawMessage) ([]byte, error) {
	var out hexutil.Bytes
	if err := json.Unmarshal(raw, &out); err != nil {
		return nil, fmt.Errorf("chainview: eth_call answer: %w", err)
	}
	return out, nil
}

// toBlockNumArg is ethclient's block argument: "latest" for nil, the tag of
// a negative number, the hex number otherwise.
func toBlockNumArg(n *big.Int) string {
	if n == nil {
		return "latest"
	}
	if n.Sign() >= 0 {
		return hexutil.EncodeBig(n)
	}
	return rpc.BlockNumber(n.Int64()).String()
}
