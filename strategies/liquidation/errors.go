package liquidation

import "errors"

var (
	// errNoOutput is a sale that pays nothing (a dust input into a V3 pool):
	// the liquidation cannot repay its loan.
	errNoOutput = errors.New("liquidation: the swap pays nothing")
)
