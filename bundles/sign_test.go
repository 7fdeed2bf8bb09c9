package bundles

import (
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

const (
	tv1Key    = "fad9c8855b740a0b7ed4c221dbad0f33a83a49cad6b3fe8d5817ac83d38b6a19"
	tv1Header = "0x96216849c49358B10257cb55b28eA603c874b05E:0x1446053488f02d460c012c84c4091cd5054d98c6cfca01b65f6c1a72773e80e60b8a4931aeee7ed18ce3adb45b2107e8c59e25556c1f871a8334e30e5bddbed21c"
	tv3Key    = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
	tv3Body   = `{"jsonrpc":"2.0","id":1,"method":"eth_sendBundle","params":[{"txs":["0x02f86b0180843b9aca00852ecc889a0082520894c87037874aed04e51c29f582394217a0a2b89d808080c080a0a463985c616dd8ee17d7ef9112af4e6e06a27b071525b42182fe7b0b5c8b4925a00af5ca177ffef2ff28449292505d41be578bebb77110dfc09361d2fb56998260"],"blockNumber":"0x1"}]}`
	tv3Header = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266:0x3631dce06a9636dc67d24ceb09b27ff32d02f7c4017f5c9004407e0d697eecf05ef63efbefb871192148b89aa981eb1acd6ecd54a374a575573babc328dbf0cc1b"
)

func mustIdentity(t testing.TB, hexKey string) *Identity {
	t.Helper()
	k, err := crypto.HexToECDSA(hexKey)
	if err != nil {
		t.Fatal(err)
	}
	return NewIdentity(k)
}

// TestSign is TV-1 and TV-3: our header is byte-identical to the published one.
func TestSign(t *testing.T) {
	tests := []struct {
		name, key, body, want string
	}{
		{"TV-1 Hello", tv1Key, "Hello", tv1Header},
		{"TV-3 json-rpc body", tv3Key, tv3Body, tv3Header},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := mustIdentity(t, tc.key).Sign([]byte(tc.body))
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Fatalf("got %s, want %s", got, tc.want)
			}
		})
	}
	if d := bodyDigest([]byte("Hello")); common.Hash(d).Hex() != "0xe2011c2564361c59e467e59c29b1d74cbd84321ed38084044ae83da8127c320b" {
		t.Fatalf("TV-1 digest: got %x", d)
	}
	if d := bodyDigest([]byte(tv3Body)); common.Hash(d).Hex() != "0xe4f8b4b62bb21fb1ca5489388ac8c4a5be853dbf009b0485ce619536278626fe" {
		t.Fatalf("TV-3 digest: got %x", d)
	}
}

// TestVerify is TV-1..TV-4.
func TestVerify(t *testing.T) {
	addr, sig, _ := strings.Cut(tv1Header, ":")
	v01 := sig[:len(sig)-2] + "01" // 0x1c - 27
	other := "0x2485Aaa7C5453e04658378358f5E028150Dc7606"
	tests := []struct {
		name, header, body string
		want               common.Address
		err                error
	}{
		{"TV-1", tv1Header, "Hello", common.HexToAddress(addr), nil},
		{"TV-2 metamask", "0x4bE0Cd2553356b4ABb8b6a1882325dAbC8d3013D:0xbf36915334f8fa93894cd54d491c31a89dbf917e9a4402b2779b73d21ecf46e36ff07db2bef6d10e92c99a02c1c5ea700b0b674dfa5d3ce9220822a7ebcc17101b", "Hello", common.HexToAddress("0x4bE0Cd2553356b4ABb8b6a1882325dAbC8d3013D"), nil},
		{"TV-2 cast", "0x2485Aaa7C5453e04658378358f5E028150Dc7606:0xff2aa92eb8d8c2ca04f1755a4ddbff4bda6a5c9cefc8b706d5d8a21d3aa6fe7a20d3ec062fb5a4c1656fd2c14a8b33ca378b830d9b6168589bfee658e83745cc1b", "Hello", common.HexToAddress(other), nil},
		{"TV-3", tv3Header, tv3Body, common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"), nil},
		{"v 0/1", addr + ":" + v01, "Hello", common.HexToAddress(addr), nil},
		{"lowercase address", strings.ToLower(addr) + ":" + sig, "Hello", common.HexToAddress(addr), nil},
		{"uppercase address", "0x" + strings.ToUpper(addr[2:]) + ":" + sig, "Hello", common.HexToAddress(addr), nil},
		{"extra hex", tv1Header + "deadbeef", "Hello", common.Address{}, ErrInvalidSignature},
		{"cut 8 chars", tv1Header[:len(tv1Header)-8], "Hello", common.Address{}, ErrInvalidSignature},
		{"body extra bytes", tv1Header, "Hello!", common.Address{}, ErrInvalidSignature},
		{"body truncated", tv1Header, "Hell", common.Address{}, ErrInvalidSignature},
		{"body {}", tv1Header, "{}", common.Address{}, ErrInvalidSignature},
		{"empty body", tv1Header, "", common.Address{}, ErrInvalidSignature},
		{"no separator", "invalid", "Hello", common.Address{}, ErrMissingSeparator},
		{"empty header", "", "Hello", common.Address{}, ErrNoSignature},
		{"other address", other + ":" + sig, "Hello", common.Address{}, ErrAddressMismatch},
		{"recovery id 5", addr + ":" + sig[:len(sig)-2] + "05", "Hello", common.Address{}, ErrInvalidRecovery},
		{"no 0x", addr + ":" + sig[2:], "Hello", common.Address{}, ErrInvalidSignature},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Verify(tc.header, []byte(tc.body))
			if tc.err == nil {
				if err != nil {
					t.Fatalf("got error %v, want signer %s", err, tc.want)
				}
				if got != tc.want {
					t.Fatalf("got signer %s, want %s", got, tc.want)
				}
				return
			}
			if !errors.Is(err, tc.err) {
				t.Fatalf("got error %v, want %v", err, tc.err)
			}
		})
	}
	if ErrAddressMismatch.Error() != "invalid signature provided: signing address mismatch" {
		t.Fatalf("got %q", ErrAddressMismatch)
	}
}

func TestSignVerifyRoundTrip(t *testing.T) {
	id, err := GenerateIdentity()
	if err != nil {
		t.Fatal(err)
	}
	body := []byte(`{"jsonrpc":"2.0","id":7,"method":"eth_sendBundle","params":[]}`)
	h, err := id.Sign(body)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Verify(h, body)
	if err != nil || got != id.Address() {
		t.Fatalf("got %s, %v, want %s", got, err, id.Address())
	}
}
