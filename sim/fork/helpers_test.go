package fork

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

func typesAccessList(a common.Address, slots []common.Hash) types.AccessList {
	return types.AccessList{{Address: a, StorageKeys: slots}}
}
