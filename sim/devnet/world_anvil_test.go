package devnet

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// playDemo builds the demo world on c, plays its timeline to the end and
// returns the address book (JSON) and the head's state root.
func playDemo(t *testing.T, c Chain) (string, common.Hash) {
	t.Helper()
	ctx := context.Background()
	w, err := Build(ctx, c, demoScenario(t))
	if err != nil {
		t.Fatal(err)
	}
	for !w.Done() {
		if _, _, err := w.Step(ctx); err != nil {
			t.Fatal(err)
		}
	}
	book, err := json.Marshal(w.AddressBook())
	if err != nil {
		t.Fatal(err)
	}
	h, err := c.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	return string(book), h.Root
}

// TestWorldDeterministicAnvil is TestWorldDeterministic on anvil: two fresh
// anvils, the demo built and played on each, same address book and same
// state root (anvil's timestamps are fixed by its genesis time and block
// interval, as the devnet's).
func TestWorldDeterministicAnvil(t *testing.T) {
	b1, r1 := playDemo(t, StartAnvilT(t))
	b2, r2 := playDemo(t, StartAnvilT(t))
	if b1 != b2 {
		t.Errorf("address books differ between two builds on anvil:\n%s\n%s", b1, b2)
	}
	if r1 != r2 {
		t.Errorf("state roots differ on anvil: %s vs %s", r1, r2)
	}
}

// TestWorldSameAddressesOnBothChains: the world's contract addresses depend
// only on the deployer, the nonce order and the seed, so the devnet and
// anvil give the same ones (only the chain ID in the book differs).
func TestWorldSameAddressesOnBothChains(t *testing.T) {
	ctx := context.Background()
	var books []map[string]any
	for _, c := range Chains(t) {
		w, err := Build(ctx, c, demoScenario(t))
		if err != nil {
			t.Fatalf("%s: %v", c.Name(), err)
		}
		raw, err := json.Marshal(w.AddressBook())
		if err != nil {
			t.Fatal(err)
		}
		var book map[string]any
		if err := json.Unmarshal(raw, &book); err != nil {
			t.Fatal(err)
		}
		delete(book, "chain_id")
		books = append(books, book)
	}
	for _, key := range []string{"tokens", "weth", "uniswap_v2", "uniswap_v3", "aave", "accounts"} {
		a, _ := json.Marshal(books[0][key])
		b, _ := json.Marshal(books[1][key])
		if string(a) != string(b) {
			t.Errorf("%s: devnet %s, anvil %s", key, a, b)
		}
		if string(a) == "null" {
			t.Errorf("%s missing from the address book", key)
		}
	}
}
