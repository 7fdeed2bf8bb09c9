package relay

import (
	"context"
	"math/big"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/keeperkit/keeperkit/bundles"
	"github.com/keeperkit/keeperkit/sim/devnet"
)

// throughputSenders is how many requests are in flight at once.
const throughputSenders = 4

type bench struct {
	chain *devnet.Node
	relay *Relay
	c     *bundles.Client
	ctx   context.Context
}

func newBench(b *testing.B) *bench {
	b.Helper()
	chain := devnet.StartT(b)
	r := New(chain)
	if err := r.Start(0); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { r.Close() })
	id, err := bundles.GenerateIdentity()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	if _, err := chain.CommitBlock(ctx, nil); err != nil {
		b.Fatal(err)
	}
	return &bench{chain: chain, relay: r, c: bundles.NewClient("local", r.URL(), id, bundles.WithTimeout(30*time.Second)), ctx: ctx}
}

// signBundles signs n competing 2-tx bundles for the next block: account k's
// current nonce and the next, tips varying so every hash differs.
func (e *bench) signBundles(b *testing.B, n int) []*bundles.Bundle {
	b.Helper()
	head, err := e.chain.Client().BlockNumber(e.ctx)
	if err != nil {
		b.Fatal(err)
	}
	accts := e.chain.Accounts()[1:]
	nonces := make([]uint64, len(accts))
	for i, a := range accts {
		if nonces[i], err = e.chain.Client().NonceAt(e.ctx, a.Address, nil); err != nil {
			b.Fatal(err)
		}
	}
	signer := types.LatestSignerForChainID(e.chain.ChainID())
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	out := make([]*bundles.Bundle, n)
	for i := range out {
		k := i % len(accts)
		bd := &bundles.Bundle{BlockNumber: hexutil.Uint64(head + 1)}
		for j := uint64(0); j < 2; j++ {
			tx, err := types.SignNewTx(accts[k].Key, signer, &types.DynamicFeeTx{ChainID: e.chain.ChainID(), Nonce: nonces[k] + j,
				GasTipCap: big.NewInt(int64(1+i) * params.GWei / 10), GasFeeCap: big.NewInt(500 * params.GWei), Gas: 21000, To: &to, Value: big.NewInt(1)})
			if err != nil {
				b.Fatal(err)
			}
			raw, _ := tx.MarshalBinary()
			bd.Txs = append(bd.Txs, raw)
		}
		out[i] = bd
	}
	return out
}

// BenchmarkRelayThroughput measures the local relay. op=accept: signed
// eth_sendBundle requests over HTTP, each verified, decoded, simulated on
// the head (its target is the next block) and queued, throughputSenders in
// flight; op=build: BuildBlock over 100 pending competing bundles (each
// simulated alone, ordered, re-applied in order, one block committed).
func BenchmarkRelayThroughput(b *testing.B) {
	b.Run("op=accept/impl=keeperkit", func(b *testing.B) {
		e := newBench(b)
		bds := e.signBundles(b, b.N)
		b.ReportAllocs()
		b.ResetTimer()
		start := time.Now()
		var next atomic.Int64
		var wg sync.WaitGroup
		for range throughputSenders {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					i := int(next.Add(1)) - 1
					if i >= len(bds) {
						return
					}
					if _, err := e.c.SendBundle(e.ctx, bds[i]); err != nil {
						b.Error(err)
						return
					}
				}
			}()
		}
		wg.Wait()
		b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "bundles/s")
	})
	b.Run("op=build/impl=keeperkit", func(b *testing.B) {
		e := newBench(b)
		const pending = 100
		b.ReportAllocs()
		var spent time.Duration
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			for _, bd := range e.signBundles(b, pending) {
				if _, err := e.c.SendBundle(e.ctx, bd); err != nil {
					b.Fatal(err)
				}
			}
			b.StartTimer()
			start := time.Now()
			built, err := e.relay.BuildBlock(e.ctx)
			spent += time.Since(start)
			if err != nil {
				b.Fatal(err)
			}
			if built.Header == nil || len(built.Landed) == 0 {
				b.Fatalf("nothing landed: %+v", built)
			}
		}
		b.ReportMetric(float64(pending*b.N)/spent.Seconds(), "bundles/s")
	})
}
