package devnet

import (
	"crypto/hmac"
	"crypto/pbkdf2"
	"crypto/sha512"
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/crypto"
)

// TestMnemonic is the well-known test mnemonic of anvil, Hardhat and
// Foundry. Its keys are public: never send value to them on a real chain.
const TestMnemonic = "test test test test test test test test test test test junk"

// TestAccounts derives the first n accounts of TestMnemonic at
// m/44'/60'/0'/0/i, the keys every Ethereum dev tool prints.
func TestAccounts(n int) ([]Account, error) {
	// BIP-39 seed: PBKDF2-HMAC-SHA512, 2048 rounds, salt "mnemonic" (empty passphrase).
	seed, err := pbkdf2.Key(sha512.New, TestMnemonic, []byte("mnemonic"), 2048, 64)
	if err != nil {
		return nil, fmt.Errorf("devnet: mnemonic seed: %w", err)
	}
	key, chain := bip32Master(seed)
	const h = 0x80000000
	for _, idx := range []uint32{44 + h, 60 + h, 0 + h, 0} {
		if key, chain, err = bip32Child(key, chain, idx); err != nil {
			return nil, err
		}
	}
	out := make([]Account, n)
	for i := range n {
		k, _, err := bip32Child(key, chain, uint32(i))
		if err != nil {
			return nil, err
		}
		priv, err := crypto.ToECDSA(k)
		if err != nil {
			return nil, fmt.Errorf("devnet: account %d: %w", i, err)
		}
		out[i] = Account{Address: crypto.PubkeyToAddress(priv.PublicKey), Key: priv}
	}
	return out, nil
}

// bip32Master is BIP-32's master key generation from a seed.
func bip32Master(seed []byte) (key, chain []byte) {
	mac := hmac.New(sha512.New, []byte("Bitcoin seed"))
	mac.Write(seed)
	sum := mac.Sum(nil)
	return sum[:32], sum[32:]
}

// bip32Child is BIP-32's private parent key → private child key (CKDpriv).
func bip32Child(key, chain []byte, index uint32) ([]byte, []byte, error) {
	var data []byte
	if index >= 0x80000000 { // hardened: 0x00 || k || index
		data = append([]byte{0}, key...)
	} else { // normal: serP(point(k)) || index
		priv, err := crypto.ToECDSA(key)
		if err != nil {
			return nil, nil, fmt.Errorf("devnet: bip32 key: %w", err)
		}
		data = crypto.CompressPubkey(&priv.PublicKey)
	}
	data = binary.BigEndian.AppendUint32(data, index)
	mac := hmac.New(sha512.New, chain)
	mac.Write(data)
	sum := mac.Sum(nil)
	n := crypto.S256().Params().N
	il := new(big.Int).SetBytes(sum[:32])
	if il.Cmp(n) >= 0 {
		return nil, nil, fmt.Errorf("devnet: bip32 child %d: invalid key, use the next index", index)
	}
	k := il.Add(il, new(big.Int).SetBytes(key))
	k.Mod(k, n)
	if k.Sign() == 0 {
		return nil, nil, fmt.Errorf("devnet: bip32 child %d: zero key", index)
	}
	return k.FillBytes(make([]byte, 32)), sum[32:], nil
}
