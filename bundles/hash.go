package bundles

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// TxHash is the canonical hash of a raw transaction: keccak256 of the
// envelope; a blob transaction in network form (with sidecar) is decoded
// and hashed without it.
func TxHash(raw []byte) common.Hash {
	if len(raw) > 0 && raw[0] == types.BlobTxType {
		var tx types.Transaction
		if err := tx.UnmarshalBinary(raw); err == nil {
			return tx.Hash()
		}
	}
	return crypto.Keccak256Hash(raw)
}

// BundleHash is eth_sendBundle's and eth_callBundle's bundle hash:
// keccak256 of the concatenated transaction hashes, even for one
// transaction (spec §2.3).
func BundleHash(txs [][]byte) common.Hash {
	k := crypto.NewKeccakState()
	var h common.Hash
	for _, tx := range txs {
		h = TxHash(tx)
		k.Write(h[:])
	}
	k.Read(h[:])
	return h
}

// MevBundleHash is mev_sendBundle's bundle hash as mev-share-node computes
// it (spec §5.3): element hashes (tx hash, the given hash, or the nested
// bundle's hash), the single element's own hash when there is one element,
// else keccak256 of their concatenation.
func MevBundleHash(b *MevBundle) common.Hash {
	if len(b.Body) == 1 {
		return elementHash(&b.Body[0])
	}
	k := crypto.NewKeccakState()
	var h common.Hash
	for i := range b.Body {
		h = elementHash(&b.Body[i])
		k.Write(h[:])
	}
	k.Read(h[:])
	return h
}

func elementHash(e *BodyElement) common.Hash {
	switch {
	case e.Hash != nil:
		return *e.Hash
	case e.Tx != nil:
		return TxHash(e.Tx)
	case e.Bundle != nil:
		return MevBundleHash(e.Bundle)
	}
	return common.Hash{}
}

// MatchingHash is the hash a bundle or transaction is published under on
// the hint stream and matched by backruns: keccak256(hash).
func MatchingHash(h common.Hash) common.Hash {
	return crypto.Keccak256Hash(h[:])
}
