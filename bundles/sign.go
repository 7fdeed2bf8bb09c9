package bundles

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"golang.org/x/crypto/sha3"
)

// HeaderSignature is the header that carries the searcher's signature.
const HeaderSignature = "X-Flashbots-Signature"

// Identity is a searcher identity key: it signs request bodies for the
// relay's reputation and authorisation, never transactions or funds. It is
// a distinct type so a transaction key cannot be passed by mistake.
// Safe for concurrent use.
type Identity struct {
	key  *ecdsa.PrivateKey
	addr common.Address
	// prefix is "<EIP-55 address>:0x", the fixed start of every header.
	prefix string
}

// NewIdentity wraps key as a searcher identity.
func NewIdentity(key *ecdsa.PrivateKey) *Identity {
	addr := crypto.PubkeyToAddress(key.PublicKey)
	return &Identity{key: key, addr: addr, prefix: addr.Hex() + ":0x"}
}

// GenerateIdentity makes a fresh random identity.
func GenerateIdentity() (*Identity, error) {
	k, err := crypto.GenerateKey()
	if err != nil {
		return nil, fmt.Errorf("bundles: identity key: %w", err)
	}
	return NewIdentity(k), nil
}

// Address is the identity's address, which relays key reputation on.
func (id *Identity) Address() common.Address { return id.addr }

// Sign returns the X-Flashbots-Signature header value for body, which must
// be exactly the bytes sent (spec §1.1): "<address>:0x<r||s||v>", v 27/28.
func (id *Identity) Sign(body []byte) (string, error) {
	d := bodyDigest(body)
	sig, err := crypto.Sign(d[:], id.key)
	if err != nil {
		return "", fmt.Errorf("bundles: sign: %w", err)
	}
	sig[64] += 27
	var out [130]byte
	hex.Encode(out[:], sig)
	return id.prefix + string(out[:]), nil
}

// bodyDigest is keccak256("\x19Ethereum Signed Message:\n66" + "0x" + hex(keccak256(body))).
func bodyDigest(body []byte) [32]byte {
	h := crypto.Keccak256Hash(body)
	var msg [28 + 66]byte
	copy(msg[:], "\x19Ethereum Signed Message:\n66")
	msg[28], msg[29] = '0', 'x'
	hex.Encode(msg[30:], h[:])
	var d [32]byte
	k := sha3.NewLegacyKeccak256()
	k.Write(msg[:])
	k.Sum(d[:0])
	return d
}

// Verify checks a X-Flashbots-Signature header against the raw body as
// go-utils does (spec §1.2) and returns the signer. v may be 0/1 or 27/28;
// the header's address is compared case-insensitively.
func Verify(header string, body []byte) (common.Address, error) {
	if header == "" {
		return common.Address{}, ErrNoSignature
	}
	addrStr, sigStr, ok := strings.Cut(header, ":")
	if !ok {
		return common.Address{}, ErrMissingSeparator
	}
	if !strings.HasPrefix(sigStr, "0x") && !strings.HasPrefix(sigStr, "0X") {
		return common.Address{}, fmt.Errorf("%w: signature without 0x", ErrInvalidSignature)
	}
	sig, err := hex.DecodeString(sigStr[2:])
	if err != nil || len(sig) == 0 {
		return common.Address{}, fmt.Errorf("%w: bad hex", ErrInvalidSignature)
	}
	if len(sig) != 65 {
		return common.Address{}, fmt.Errorf("%w: length %d, want 65", ErrInvalidSignature, len(sig))
	}
	if sig[64] >= 27 {
		sig[64] -= 27
	}
	if sig[64] > 1 {
		return common.Address{}, ErrInvalidRecovery
	}
	d := bodyDigest(body)
	pub, err := crypto.SigToPub(d[:], sig)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrInvalidSignature, err)
	}
	if !crypto.VerifySignature(crypto.FromECDSAPub(pub), d[:], sig[:64]) {
		return common.Address{}, fmt.Errorf("%w: bad signature", ErrInvalidSignature)
	}
	signer := crypto.PubkeyToAddress(*pub)
	if !bytes.Equal(common.HexToAddress(addrStr).Bytes(), signer.Bytes()) {
		return common.Address{}, ErrAddressMismatch
	}
	return signer, nil
}
