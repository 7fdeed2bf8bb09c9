package compete

import (
	"bytes"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"

	"github.com/keeperkit/keeperkit/abis/bindings/keeperexecutor"
	"github.com/keeperkit/keeperkit/strategies"
)

var (
	execABI = keeperexecutor.NewKeeperExecutor().GetABI()
	methLiq = execABI.Methods["liquidate"]
	methArb = execABI.Methods["arbitrage"]
)

// Target summarizes what an opportunity's KeeperExecutor calls target, in
// the words Match reads from report.Opportunity.Inputs: "borrower=0x…" for
// a liquidate call, "pools=0x…,0x…" (the cycle's pools in hop order) for an
// arbitrage call, several separated by spaces; "" when no call is one of
// those. The engine appends it to Inputs so that Match need not rely on
// strategy IDs.
func Target(op *strategies.Opportunity) string {
	var parts []string
	for _, c := range op.Calls {
		if len(c.Data) < 4 {
			continue
		}
		switch {
		case bytes.Equal(c.Data[:4], methLiq.ID):
			args, err := methLiq.Inputs.Unpack(c.Data[4:])
			if err != nil || len(args) != 1 {
				continue
			}
			l, ok := abi.ConvertType(args[0], new(keeperexecutor.KeeperExecutorLiquidation)).(*keeperexecutor.KeeperExecutorLiquidation)
			if !ok {
				continue
			}
			parts = append(parts, "borrower="+l.User.Hex())
		case bytes.Equal(c.Data[:4], methArb.ID):
			args, err := methArb.Inputs.Unpack(c.Data[4:])
			if err != nil || len(args) != 1 {
				continue
			}
			a, ok := abi.ConvertType(args[0], new(keeperexecutor.KeeperExecutorArbitrage)).(*keeperexecutor.KeeperExecutorArbitrage)
			if !ok || len(a.Hops) < 2 {
				continue
			}
			pools := make([]string, len(a.Hops))
			for i, h := range a.Hops {
				pools[i] = h.Pool.Hex()
			}
			parts = append(parts, "pools="+strings.Join(pools, ","))
		}
	}
	return strings.Join(parts, " ")
}
