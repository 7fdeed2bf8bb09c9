package abis_test

import (
	"bytes"
	"context"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/keeperkit/keeperkit/abis/bindings/pricefeed"
	"github.com/keeperkit/keeperkit/abis/bindings/testtoken"
	"github.com/keeperkit/keeperkit/sim/devnet"
)

// TestArtifactsFresh recompiles abis/src and regenerates every binding into
// a temporary directory and fails if anything committed differs.
func TestArtifactsFresh(t *testing.T) {
	if _, err := exec.LookPath("node"); err != nil {
		t.Fatalf("node is not installed (Node 20+ is needed to compile abis/src): %v", err)
	}
	if _, err := os.Stat("../node_modules/solc/package.json"); err != nil {
		t.Fatalf("the npm package solc is missing (run `make setup`): %v", err)
	}
	tmp := t.TempDir()
	build, out := filepath.Join(tmp, "build"), filepath.Join(tmp, "bindings")
	run(t, "node", "../scripts/abis/compile.js", build)
	run(t, "go", "run", "./internal/gen", "-build", build, "-out", out)
	compareTrees(t, "build", build)
	compareTrees(t, "bindings", out)
}

func run(t *testing.T, name string, args ...string) {
	t.Helper()
	cmd := exec.Command(name, args...)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, b)
	}
}

func compareTrees(t *testing.T, committed, fresh string) {
	t.Helper()
	seen := map[string]bool{}
	filepath.WalkDir(fresh, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(fresh, p)
		seen[rel] = true
		want, _ := os.ReadFile(p)
		got, err := os.ReadFile(filepath.Join(committed, rel))
		if err != nil {
			t.Errorf("%s/%s: missing from the repository: run `make abis`", committed, rel)
		} else if !bytes.Equal(got, want) {
			t.Errorf("%s/%s: differs from a fresh build: run `make abis`\n\t%s", committed, rel, diffSummary(got, want))
		}
		return nil
	})
	filepath.WalkDir(committed, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(committed, p)
		if !seen[rel] {
			t.Errorf("%s/%s: not produced by the pipeline any more: run `make abis` and delete it", committed, rel)
		}
		return nil
	})
}

// TestOurContractsOnDevnet deploys TestToken and PriceFeed through their
// bindings and exercises them.
func TestOurContractsOnDevnet(t *testing.T) {
	ctx := context.Background()
	c := devnet.StartT(t)
	owner, alice := c.Accounts()[0], c.Accounts()[1]

	tok := testtoken.NewTestToken()
	code := append(common0x(testtoken.TestTokenMetaData.Bin), tok.PackConstructor("Test", "TST", 6)...)
	addr, _, err := devnet.Deploy(ctx, c, owner, code)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := devnet.Send(ctx, c, owner, devnet.Call{To: &addr, Data: tok.PackMint(owner.Address, big.NewInt(1_000_000))}); err != nil {
		t.Fatal(err)
	}
	if _, err := devnet.Send(ctx, c, owner, devnet.Call{To: &addr, Data: tok.PackTransfer(alice.Address, big.NewInt(250_000))}); err != nil {
		t.Fatal(err)
	}
	bal := call(t, c, addr, tok.PackBalanceOf(alice.Address))
	if got, _ := tok.UnpackBalanceOf(bal); got.Int64() != 250_000 {
		t.Errorf("alice balance: got %s, want 250000", got)
	}
	// Minting by anyone but the owner reverts.
	if _, err := devnet.Send(ctx, c, alice, devnet.Call{To: &addr, Gas: 100_000, Data: tok.PackMint(alice.Address, big.NewInt(1))}); err == nil {
		t.Error("mint by a non-owner: got success, want a revert")
	}

	feed := pricefeed.NewPriceFeed()
	code = append(common0x(pricefeed.PriceFeedMetaData.Bin), feed.PackConstructor(8, "ETH / USD", big.NewInt(2000e8))...)
	faddr, _, err := devnet.Deploy(ctx, c, owner, code)
	if err != nil {
		t.Fatal(err)
	}
	rcpt, err := devnet.Send(ctx, c, owner, devnet.Call{To: &faddr, Data: feed.PackSetAnswer(big.NewInt(1600e8))})
	if err != nil {
		t.Fatal(err)
	}
	out, err := feed.UnpackLatestRoundData(call(t, c, faddr, feed.PackLatestRoundData()))
	if err != nil {
		t.Fatal(err)
	}
	head, _ := c.Client().HeaderByNumber(ctx, rcpt.BlockNumber)
	if out.RoundId.Int64() != 2 || out.Answer.Int64() != 1600e8 || out.UpdatedAt.Uint64() != head.Time {
		t.Errorf("latestRoundData: got round %s answer %s at %s, want round 2 answer 1600e8 at %d", out.RoundId, out.Answer, out.UpdatedAt, head.Time)
	}
	if len(rcpt.Logs) != 2 {
		t.Errorf("setAnswer logs: got %d, want NewRound and AnswerUpdated", len(rcpt.Logs))
	}
}
