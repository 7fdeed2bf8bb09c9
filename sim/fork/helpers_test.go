package fork

import (
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/keeperkit/keeperkit/sim/devnet"
)

func typesAccessList(a common.Address, slots []common.Hash) types.AccessList {
	return types.AccessList{{Address: a, StorageKeys: slots}}
}

type ethereumCallMsg = ethereum.CallMsg

func hexEncode(b []byte) string { return hexutil.Encode(b) }

// chainConfigFor is the rules each test chain runs: both run Osaka.
func chainConfigFor(c devnet.Chain) *params.ChainConfig {
	return defaultChainConfig(c.ChainID().Uint64())
}
