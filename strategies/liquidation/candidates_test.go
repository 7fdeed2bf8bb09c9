package liquidation

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// TestTopCandidates: the heap keeps exactly the k best-ranked candidates,
// in rank order, as sorting them all and taking the first k does (debts
// drawn from a few values, so that ties by address are exercised).
func TestTopCandidates(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var top topCandidates
	for _, n := range []int{0, 1, 2, 7, 100, 1000} {
		for _, k := range []int{1, 2, 3, 16, 64, 5000} {
			t.Run(fmt.Sprintf("n=%d/k=%d", n, k), func(t *testing.T) {
				all := make([]candidate, n)
				for i := range all {
					all[i].debt.SetUint64(rng.Uint64N(5))
					all[i].user = common.BigToAddress(uint256.NewInt(rng.Uint64N(1 << 40)).ToBig())
				}
				top.reset(k)
				for i := range all {
					top.offer(&all[i])
				}
				got := top.sorted()
				want := slices.Clone(all)
				slices.SortStableFunc(want, byRank)
				want = want[:min(k, n)]
				if len(got) != len(want) {
					t.Fatalf("kept %d, want %d", len(got), len(want))
				}
				for i := range want {
					if got[i].user != want[i].user || !got[i].debt.Eq(&want[i].debt) {
						t.Fatalf("rank %d: got %s (debt %s), want %s (debt %s)", i, got[i].user, got[i].debt.Dec(), want[i].user, want[i].debt.Dec())
					}
				}
			})
		}
	}
}

// TestKthLargest: kth is the k-th largest value offered, −Inf until k were.
func TestKthLargest(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	var h kthLargest
	for _, n := range []int{0, 1, 5, 100, 1000} {
		for _, k := range []int{1, 3, 16, 2000} {
			h.reset(k)
			all := make([]float64, n)
			for i := range all {
				all[i] = float64(rng.IntN(50)) - 25 // ties and negatives
				h.offer(all[i])
			}
			slices.Sort(all)
			want := math.Inf(-1)
			if n >= k {
				want = all[n-k]
			}
			if got := h.kth(); got != want {
				t.Errorf("n=%d k=%d: kth %g, want %g", n, k, got, want)
			}
		}
	}
}
