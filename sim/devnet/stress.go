package devnet

import (
	"math/big"

	"github.com/ethereum/go-ethereum/params"
)

// StressConfig is a devnet sized for the stress world: enough ETH for
// thousands of WETH-collateral positions, and big blocks so that the build
// takes few of them.
func StressConfig() Config {
	return Config{
		Balance:  new(big.Int).Mul(big.NewInt(10_000_000), big.NewInt(params.Ether)),
		GasLimit: 500_000_000,
	}
}
