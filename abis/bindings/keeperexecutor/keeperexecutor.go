// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package keeperexecutor

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// KeeperExecutorArbitrage is an auto generated low-level Go binding around an user-defined struct.
type KeeperExecutorArbitrage struct {
	Hops      []KeeperExecutorHop
	AmountIn  *big.Int
	MinProfit *big.Int
	TipWei    *big.Int
	Weth      common.Address
}

// KeeperExecutorHop is an auto generated low-level Go binding around an user-defined struct.
type KeeperExecutorHop struct {
	Kind     uint8
	Pool     common.Address
	TokenIn  common.Address
	TokenOut common.Address
	FeeBps   uint16
}

// KeeperExecutorLiquidation is an auto generated low-level Go binding around an user-defined struct.
type KeeperExecutorLiquidation struct {
	Pool        common.Address
	Collateral  common.Address
	Debt        common.Address
	User        common.Address
	DebtToCover *big.Int
	Hops        []KeeperExecutorHop
	MinProfit   *big.Int
	TipWei      *big.Int
	Weth        common.Address
}

// KeeperExecutorMetaData contains all meta data concerning the KeeperExecutor contract.
var KeeperExecutorMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"BadRoute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"owed\",\"type\":\"uint256\"}],\"name\":\"InsufficientOutput\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"profit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minProfit\",\"type\":\"uint256\"}],\"name\":\"InsufficientProfit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TipFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"UnexpectedCaller\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amountIn\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"profit\",\"type\":\"uint256\"}],\"name\":\"Arbitraged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"collateral\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"debt\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"debtCovered\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"profit\",\"type\":\"uint256\"}],\"name\":\"Liquidated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"coinbase\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TipPaid\",\"type\":\"event\"},{\"inputs\":[{\"components\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"tokenIn\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"tokenOut\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"}],\"internalType\":\"structKeeperExecutor.Hop[]\",\"name\":\"hops\",\"type\":\"tuple[]\"},{\"internalType\":\"uint256\",\"name\":\"amountIn\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minProfit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tipWei\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"weth\",\"type\":\"address\"}],\"internalType\":\"structKeeperExecutor.Arbitrage\",\"name\":\"a\",\"type\":\"tuple\"}],\"name\":\"arbitrage\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"profit\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"premium\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"initiator\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"}],\"name\":\"executeOperation\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateral\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"debt\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"debtToCover\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"tokenIn\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"tokenOut\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"}],\"internalType\":\"structKeeperExecutor.Hop[]\",\"name\":\"hops\",\"type\":\"tuple[]\"},{\"internalType\":\"uint256\",\"name\":\"minProfit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tipWei\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"weth\",\"type\":\"address\"}],\"internalType\":\"structKeeperExecutor.Liquidation\",\"name\":\"l\",\"type\":\"tuple\"}],\"name\":\"liquidate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"profit\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount0\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount1\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"uniswapV2Call\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"amount0Delta\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"amount1Delta\",\"type\":\"int256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"uniswapV3SwapCallback\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "KeeperExecutor",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161238138038061238183398101604081905261002e9161003f565b6001600160a01b031660805261006c565b5f6020828403121561004f575f5ffd5b81516001600160a01b0381168114610065575f5ffd5b9392505050565b6080516122cc6100b55f395f818161012e0152818161060a01528181610b9501528181610c1701528181610f7b0152818161104201528181611091015261112901526122cc5ff3fe608060405260043610610071575f3560e01c806366298d131161004c57806366298d13146100fe5780638da5cb5b1461011d578063f3fef3a314610168578063fa461e3314610187575f5ffd5b806310d1e85c1461007c5780631b11d0ff1461009d5780631f3810c4146100d1575f5ffd5b3661007857005b5f5ffd5b348015610087575f5ffd5b5061009b6100963660046118df565b6101a6565b005b3480156100a8575f5ffd5b506100bc6100b7366004611943565b61028c565b60405190151581526020015b60405180910390f35b3480156100dc575f5ffd5b506100f06100eb3660046119b9565b6105fe565b6040519081526020016100c8565b348015610109575f5ffd5b506100f06101183660046119f6565b610c0b565b348015610128575f5ffd5b506101507f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100c8565b348015610173575f5ffd5b5061009b610182366004611a2d565b611037565b348015610192575f5ffd5b5061009b6101a1366004611a57565b611152565b336001600160a01b035f5160206122ac5f395f51905f525c161415806101d557506001600160a01b0385163014155b806101ff57507f4574eca056a10b9749c07678ff77be41450e1556a2ae6ebb2673c7d7f8a8bf325c155b156102245760405163ebb93d2360e01b81523360048201526024015b60405180910390fd5b5f8061023283850185611c50565b9150915061023f5f61125d565b6102485f611272565b61025b826102568789611ca5565b61129a565b610283825f8151811061027057610270611cb8565b60200260200101516040015133836112d3565b50505050505050565b5f336001600160a01b035f5160206122ac5f395f51905f525c161415806102bc57506001600160a01b0384163014155b156102dc5760405163ebb93d2360e01b815233600482015260240161021b565b5f6102e983850185611ccc565b60405163095ea7b360e01b8152336004820152602481018990529091506001600160a01b0389169063095ea7b3906044016020604051808303815f875af1158015610336573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061035a9190611dac565b5060208101516040516370a0823160e01b81523060048201525f916001600160a01b0316906370a0823190602401602060405180830381865afa1580156103a3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103c79190611dcb565b60208301516040808501516060860151915162a718a960e01b81526001600160a01b039384166004820152908316602482015291166044820152606481018a90525f6084820152909150339062a718a99060a4015f604051808303815f87803b158015610432575f5ffd5b505af1158015610444573d5f5f3e3d5ffd5b50505060208301516040516370a0823160e01b81523060048201525f925083916001600160a01b0316906370a0823190602401602060405180830381865afa158015610492573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104b69190611dcb565b6104c09190611de2565b90506104d08360a00151826113bf565b506104da3361125d565b5f6104e5898b611ca5565b6040516370a0823160e01b81523060048201529091505f906001600160a01b038d16906370a0823190602401602060405180830381865afa15801561052c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105509190611dcb565b90508181101561057d57604051630583371760e31b8152600481018290526024810183905260440161021b565b60405163095ea7b360e01b8152336004820152602481018390526001600160a01b038d169063095ea7b3906044016020604051808303815f875af11580156105c7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105eb9190611dac565b5060019c9b505050505050505050505050565b5f336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610648576040516330cd747160e01b815260040160405180910390fd5b5f6106538380611df5565b91505060028110806106e3575061066a8380611df5565b610675600184611de2565b81811061068457610684611cb8565b905060a00201606001602081019061069c9190611e39565b6001600160a01b03166106af8480611df5565b5f8181106106bf576106bf611cb8565b905060a0020160400160208101906106d79190611e39565b6001600160a01b031614155b156107015760405163c4c321d160e01b815260040160405180910390fd5b60015b818110156107b2576107168480611df5565b610721600184611de2565b81811061073057610730611cb8565b905060a0020160600160208101906107489190611e39565b6001600160a01b031661075b8580611df5565b8381811061076b5761076b611cb8565b905060a0020160400160208101906107839190611e39565b6001600160a01b0316146107aa5760405163c4c321d160e01b815260040160405180910390fd5b600101610704565b505f6107be8480611df5565b5f8181106107ce576107ce611cb8565b905060a0020160400160208101906107e69190611e39565b6040516370a0823160e01b81523060048201529091505f906001600160a01b038316906370a0823190602401602060405180830381865afa15801561082d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108519190611dcb565b90503661085e8680611df5565b5f81811061086e5761086e611cb8565b905060a0020190506108806001611272565b6108986108936040830160208401611e39565b61125d565b5f6108a66020830183611e54565b60ff1603610991575f6108cb6108c136849003840184611e6d565b8860200135611403565b90505f806108e76108e136869003860186611e6d565b84611523565b90925090506108fc6040850160208601611e39565b6001600160a01b031663022c0d9f8383306109178e80611df5565b8f6020013560405160200161092e93929190611f07565b6040516020818303038152906040526040518563ffffffff1660e01b815260040161095c9493929190611f7d565b5f604051808303815f87803b158015610973575f5ffd5b505af1158015610985573d5f5f3e3d5ffd5b50505050505050610aa5565b5f6109a26080830160608401611e39565b6001600160a01b03166109bb6060840160408501611e39565b6001600160a01b03161090506109d76040830160208401611e39565b6001600160a01b031663128acb0830838a6020013585610a0b5773fffd8963efd1fc6a506488495d951d5263988d25610a12565b6401000276a45b610a1c8d80611df5565b8e60200135604051602001610a3393929190611f07565b6040516020818303038152906040526040518663ffffffff1660e01b8152600401610a62959493929190611fb3565b60408051808303815f875af1158015610a7d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610aa19190611ff8565b5050505b610aae5f61125d565b610ab75f611272565b6040516370a0823160e01b81523060048201525f906001600160a01b038516906370a0823190602401602060405180830381865afa158015610afb573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b1f9190611dcb565b9050828111610b2e575f610b38565b610b388382611de2565b95508660400135861015610b6c5760408051632744211560e11b81526004810188905290880135602482015260440161021b565b610b896060880135610b8460a08a0160808b01611e39565b61155c565b8515610bba57610bba847f0000000000000000000000000000000000000000000000000000000000000000886112d3565b604080516020808a0135825281018890526001600160a01b038616917f01cace1e1cb83f4dfda9e16a1050d5fe03b803960dbb8b4c98c3886f49212849910160405180910390a25050505050919050565b5f336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610c55576040516330cd747160e01b815260040160405180910390fd5b610c6260a0830183611df5565b15905080610cc55750610c7b6040830160208401611e39565b6001600160a01b0316610c9160a0840184611df5565b5f818110610ca157610ca1611cb8565b905060a002016040016020810190610cb99190611e39565b6001600160a01b031614155b80610d3e5750610cdb6060830160408401611e39565b6001600160a01b0316610cf160a0840184611df5565b6001610d0060a0870187611df5565b610d0b929150611de2565b818110610d1a57610d1a611cb8565b905060a002016060016020810190610d329190611e39565b6001600160a01b031614155b15610d5c5760405163c4c321d160e01b815260040160405180910390fd5b5f610d6d6060840160408501611e39565b6040516370a0823160e01b81523060048201526001600160a01b0391909116906370a0823190602401602060405180830381865afa158015610db1573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610dd59190611dcb565b9050610de76108936020850185611e39565b610df46020840184611e39565b6001600160a01b03166342b0b77c30610e136060870160408801611e39565b866080013587604051602001610e299190612098565b6040516020818303038152906040525f6040518663ffffffff1660e01b8152600401610e59959493929190612181565b5f604051808303815f87803b158015610e70575f5ffd5b505af1158015610e82573d5f5f3e3d5ffd5b50505050610e8f5f61125d565b80610ea06060850160408601611e39565b6040516370a0823160e01b81523060048201526001600160a01b0391909116906370a0823190602401602060405180830381865afa158015610ee4573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f089190611dcb565b610f129190611de2565b91508260c00135821015610f4657604051632744211560e11b81526004810183905260c0840135602482015260440161021b565b610f6060e0840135610b8461012086016101008701611e39565b8115610fa057610fa0610f796060850160408601611e39565b7f0000000000000000000000000000000000000000000000000000000000000000846112d3565b610fb06060840160408501611e39565b6001600160a01b0316610fc96040850160208601611e39565b6001600160a01b0316610fe26080860160608701611e39565b6001600160a01b03167fd1ef587d13fefe63f9bc582e973aad46877ef08cfe790838721bd521c53caf56866080013586604051611029929190918252602082015260400190565b60405180910390a450919050565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614611080576040516330cd747160e01b815260040160405180910390fd5b6001600160a01b038216611123575f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316826040515f6040518083038185875af1925050503d805f81146110f7576040519150601f19603f3d011682016040523d82523d5f602084013e6110fc565b606091505b505090508061111e5760405163d99123cb60e01b815260040160405180910390fd5b505050565b61114e827f0000000000000000000000000000000000000000000000000000000000000000836112d3565b5050565b336001600160a01b035f5160206122ac5f395f51905f525c161461118b5760405163ebb93d2360e01b815233600482015260240161021b565b6111945f61125d565b5f5f85136111a257836111a4565b845b90507f4574eca056a10b9749c07678ff77be41450e1556a2ae6ebb2673c7d7f8a8bf325c1561123a576111d65f611272565b5f6111e383850185611c50565b5090505f5f87136111f457866111f6565b855b6111ff906121c9565b905061120b828261129a565b611233825f8151811061122057611220611cb8565b60200260200101516040015133856112d3565b5050611256565b5f61124783850185611e39565b90506112548133846112d3565b505b5050505050565b5f5160206122ac5f395f51905f5281815d5050565b7f4574eca056a10b9749c07678ff77be41450e1556a2ae6ebb2673c7d7f8a8bf3281815d5050565b60015b825181101561111e576112c98382815181106112bb576112bb611cb8565b60200260200101518361168a565b915060010161129d565b6040516001600160a01b038381166024830152604482018390525f91829186169060640160408051601f198184030181529181526020820180516001600160e01b031663a9059cbb60e01b1790525161132c91906121e3565b5f604051808303815f865af19150503d805f8114611365576040519150601f19603f3d011682016040523d82523d5f602084013e61136a565b606091505b509150915081158061139857508051158015906113985750808060200190518101906113969190611dac565b155b1561125657604051630583371760e31b81525f60048201526024810184905260440161021b565b5f805b83518110156113f8576113ee8482815181106113e0576113e0611cb8565b60200260200101518461168a565b92506001016113c2565b508190505b92915050565b5f5f5f84602001516001600160a01b0316630902f1ac6040518163ffffffff1660e01b8152600401606060405180830381865afa158015611446573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061146a919061220f565b50915091505f85606001516001600160a01b031686604001516001600160a01b03161090505f5f826114af57836001600160701b0316856001600160701b03166114c4565b846001600160701b0316846001600160701b03165b915091505f88608001516127106114db919061225b565b6114e99061ffff1689612275565b9050806114f884612710612275565b6115029190611ca5565b61150c8383612275565b611516919061228c565b9998505050505050505050565b5f5f83606001516001600160a01b031684604001516001600160a01b03161061154d57825f611550565b5f835b915091505b9250929050565b815f03611567575050565b47828110801561157f57506001600160a01b03821615155b156115e9576001600160a01b038216632e1a7d4d61159d8386611de2565b6040518263ffffffff1660e01b81526004016115bb91815260200190565b5f604051808303815f87803b1580156115d2575f5ffd5b505af11580156115e4573d5f5f3e3d5ffd5b505050505b6040515f90419085908381818185875af1925050503d805f8114611628576040519150601f19603f3d011682016040523d82523d5f602084013e61162d565b606091505b505090508061164f5760405163d99123cb60e01b815260040160405180910390fd5b60405184815241907f8624cfbdcb9d96067267522c96f95305966e5e74504ea392b384fa31ec58d78c9060200160405180910390a250505050565b81515f9060ff166117405761169f8383611403565b90505f5f6116ad8584611523565b915091506116c485604001518660200151866112d3565b602085015160405163022c0d9f60e01b81526004810184905260248101839052306044820152608060648201525f60848201526001600160a01b039091169063022c0d9f9060a4015f604051808303815f87803b158015611723575f5ffd5b505af1158015611735573d5f5f3e3d5ffd5b5050505050506113fd565b825160ff165f1901611862575f83606001516001600160a01b031684604001516001600160a01b0316109050611779846020015161125d565b5f5f85602001516001600160a01b031663128acb08308588876117b05773fffd8963efd1fc6a506488495d951d5263988d256117b7565b6401000276a45b6040808d015181516001600160a01b039091166020820152016040516020818303038152906040526040518663ffffffff1660e01b81526004016117ff959493929190611fb3565b60408051808303815f875af115801561181a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061183e9190611ff8565b915091508261184d578161184f565b805b611858906121c9565b93505050506113fd565b60405163c4c321d160e01b815260040160405180910390fd5b6001600160a01b038116811461188f575f5ffd5b50565b803561189d8161187b565b919050565b5f5f83601f8401126118b2575f5ffd5b5081356001600160401b038111156118c8575f5ffd5b602083019150836020828501011115611555575f5ffd5b5f5f5f5f5f608086880312156118f3575f5ffd5b85356118fe8161187b565b9450602086013593506040860135925060608601356001600160401b03811115611926575f5ffd5b611932888289016118a2565b969995985093965092949392505050565b5f5f5f5f5f5f60a08789031215611958575f5ffd5b86356119638161187b565b9550602087013594506040870135935060608701356119818161187b565b925060808701356001600160401b0381111561199b575f5ffd5b6119a789828a016118a2565b979a9699509497509295939492505050565b5f602082840312156119c9575f5ffd5b81356001600160401b038111156119de575f5ffd5b820160a081850312156119ef575f5ffd5b9392505050565b5f60208284031215611a06575f5ffd5b81356001600160401b03811115611a1b575f5ffd5b820161012081850312156119ef575f5ffd5b5f5f60408385031215611a3e575f5ffd5b8235611a498161187b565b946020939093013593505050565b5f5f5f5f60608587031215611a6a575f5ffd5b843593506020850135925060408501356001600160401b03811115611a8d575f5ffd5b611a99878288016118a2565b95989497509550505050565b634e487b7160e01b5f52604160045260245ffd5b60405161012081016001600160401b0381118282101715611adc57611adc611aa5565b60405290565b604051601f8201601f191681016001600160401b0381118282101715611b0a57611b0a611aa5565b604052919050565b803560ff8116811461189d575f5ffd5b803561ffff8116811461189d575f5ffd5b5f60a08284031215611b43575f5ffd5b60405160a081016001600160401b0381118282101715611b6557611b65611aa5565b604052905080611b7483611b12565b81526020830135611b848161187b565b60208201526040830135611b978161187b565b60408201526060830135611baa8161187b565b6060820152611bbb60808401611b22565b60808201525092915050565b5f82601f830112611bd6575f5ffd5b81356001600160401b03811115611bef57611bef611aa5565b611bfe60208260051b01611ae2565b80828252602082019150602060a08402860101925085831115611c1f575f5ffd5b602085015b83811015611c4657611c368782611b33565b835260209092019160a001611c24565b5095945050505050565b5f5f60408385031215611c61575f5ffd5b82356001600160401b03811115611c76575f5ffd5b611c8285828601611bc7565b95602094909401359450505050565b634e487b7160e01b5f52601160045260245ffd5b808201808211156113fd576113fd611c91565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215611cdc575f5ffd5b81356001600160401b03811115611cf1575f5ffd5b82016101208185031215611d03575f5ffd5b611d0b611ab9565b611d1482611892565b8152611d2260208301611892565b6020820152611d3360408301611892565b6040820152611d4460608301611892565b60608201526080828101359082015260a08201356001600160401b03811115611d6b575f5ffd5b611d7786828501611bc7565b60a08301525060c0828101359082015260e08083013590820152611d9e6101008301611892565b610100820152949350505050565b5f60208284031215611dbc575f5ffd5b815180151581146119ef575f5ffd5b5f60208284031215611ddb575f5ffd5b5051919050565b818103818111156113fd576113fd611c91565b5f5f8335601e19843603018112611e0a575f5ffd5b8301803591506001600160401b03821115611e23575f5ffd5b602001915060a081023603821315611555575f5ffd5b5f60208284031215611e49575f5ffd5b81356119ef8161187b565b5f60208284031215611e64575f5ffd5b6119ef82611b12565b5f60a08284031215611e7d575f5ffd5b6119ef8383611b33565b60ff611e9282611b12565b1682525f6020820135611ea48161187b565b6001600160a01b031660208401526040820135611ec08161187b565b6001600160a01b031660408401526060820135611edc8161187b565b6001600160a01b0316606084015261ffff611ef960808401611b22565b166080840152505060a00190565b604080825281018390525f8460608301825b86811015611f3c57611f2b8284611e87565b60a093909301929150600101611f19565b5060209390930193909352509392505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b84815283602082015260018060a01b0383166040820152608060608201525f611fa96080830184611f4f565b9695505050505050565b6001600160a01b0386811682528515156020830152604082018590528316606082015260a0608082018190525f90611fed90830184611f4f565b979650505050505050565b5f5f60408385031215612009575f5ffd5b505080516020909101519092909150565b5f5f8335601e1984360301811261202f575f5ffd5b83016020810192503590506001600160401b0381111561204d575f5ffd5b60a081023603821315611555575f5ffd5b8183526020830192505f815f5b8481101561208e5761207d8683611e87565b955060a0919091019060010161206b565b5093949350505050565b602081526120b9602082016120ac84611892565b6001600160a01b03169052565b5f6120c660208401611892565b6001600160a01b0381166040840152506120e260408401611892565b6001600160a01b0381166060840152506120fe60608401611892565b6001600160a01b038116608084015250608083013560a0838101919091526121289084018461201a565b61012060c085015261213f6101408501828461205e565b60c086013560e0868101919091528601356101008087019190915290925061216991508501611892565b6001600160a01b038116610120850152509392505050565b6001600160a01b038681168252851660208201526040810184905260a0606082018190525f906121b390830185611f4f565b905061ffff831660808301529695505050505050565b5f600160ff1b82016121dd576121dd611c91565b505f0390565b5f82518060208501845e5f920191825250919050565b80516001600160701b038116811461189d575f5ffd5b5f5f5f60608486031215612221575f5ffd5b61222a846121f9565b9250612238602085016121f9565b9150604084015163ffffffff81168114612250575f5ffd5b809150509250925092565b61ffff82811682821603908111156113fd576113fd611c91565b80820281158282048414176113fd576113fd611c91565b5f826122a657634e487b7160e01b5f52601260045260245ffd5b50049056fe135f95af48c48fcbd32b2a3589774ea5c10bafdae1f381f2bfbe62b372206e80",
}

// KeeperExecutor is an auto generated Go binding around an Ethereum contract.
type KeeperExecutor struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *KeeperExecutor) GetABI() abi.ABI {
	return c.abi
}

// NewKeeperExecutor creates a new instance of KeeperExecutor.
func NewKeeperExecutor() *KeeperExecutor {
	parsed, err := KeeperExecutorMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &KeeperExecutor{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *KeeperExecutor) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address owner_) returns()
func (keeperExecutor *KeeperExecutor) PackConstructor(owner_ common.Address) []byte {
	enc, err := keeperExecutor.abi.Pack("", owner_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackArbitrage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f3810c4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function arbitrage(((uint8,address,address,address,uint16)[],uint256,uint256,uint256,address) a) returns(uint256 profit)
func (keeperExecutor *KeeperExecutor) PackArbitrage(a KeeperExecutorArbitrage) []byte {
	enc, err := keeperExecutor.abi.Pack("arbitrage", a)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackArbitrage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f3810c4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function arbitrage(((uint8,address,address,address,uint16)[],uint256,uint256,uint256,address) a) returns(uint256 profit)
func (keeperExecutor *KeeperExecutor) TryPackArbitrage(a KeeperExecutorArbitrage) ([]byte, error) {
	return keeperExecutor.abi.Pack("arbitrage", a)
}

// UnpackArbitrage is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1f3810c4.
//
// Solidity: function arbitrage(((uint8,address,address,address,uint16)[],uint256,uint256,uint256,address) a) returns(uint256 profit)
func (keeperExecutor *KeeperExecutor) UnpackArbitrage(data []byte) (*big.Int, error) {
	out, err := keeperExecutor.abi.Unpack("arbitrage", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackExecuteOperation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b11d0ff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function executeOperation(address asset, uint256 amount, uint256 premium, address initiator, bytes params) returns(bool)
func (keeperExecutor *KeeperExecutor) PackExecuteOperation(asset common.Address, amount *big.Int, premium *big.Int, initiator common.Address, params []byte) []byte {
	enc, err := keeperExecutor.abi.Pack("executeOperation", asset, amount, premium, initiator, params)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecuteOperation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b11d0ff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function executeOperation(address asset, uint256 amount, uint256 premium, address initiator, bytes params) returns(bool)
func (keeperExecutor *KeeperExecutor) TryPackExecuteOperation(asset common.Address, amount *big.Int, premium *big.Int, initiator common.Address, params []byte) ([]byte, error) {
	return keeperExecutor.abi.Pack("executeOperation", asset, amount, premium, initiator, params)
}

// UnpackExecuteOperation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1b11d0ff.
//
// Solidity: function executeOperation(address asset, uint256 amount, uint256 premium, address initiator, bytes params) returns(bool)
func (keeperExecutor *KeeperExecutor) UnpackExecuteOperation(data []byte) (bool, error) {
	out, err := keeperExecutor.abi.Unpack("executeOperation", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLiquidate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66298d13.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function liquidate((address,address,address,address,uint256,(uint8,address,address,address,uint16)[],uint256,uint256,address) l) returns(uint256 profit)
func (keeperExecutor *KeeperExecutor) PackLiquidate(l KeeperExecutorLiquidation) []byte {
	enc, err := keeperExecutor.abi.Pack("liquidate", l)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLiquidate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66298d13.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function liquidate((address,address,address,address,uint256,(uint8,address,address,address,uint16)[],uint256,uint256,address) l) returns(uint256 profit)
func (keeperExecutor *KeeperExecutor) TryPackLiquidate(l KeeperExecutorLiquidation) ([]byte, error) {
	return keeperExecutor.abi.Pack("liquidate", l)
}

// UnpackLiquidate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x66298d13.
//
// Solidity: function liquidate((address,address,address,address,uint256,(uint8,address,address,address,uint16)[],uint256,uint256,address) l) returns(uint256 profit)
func (keeperExecutor *KeeperExecutor) UnpackLiquidate(data []byte) (*big.Int, error) {
	out, err := keeperExecutor.abi.Unpack("liquidate", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (keeperExecutor *KeeperExecutor) PackOwner() []byte {
	enc, err := keeperExecutor.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (keeperExecutor *KeeperExecutor) TryPackOwner() ([]byte, error) {
	return keeperExecutor.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (keeperExecutor *KeeperExecutor) UnpackOwner(data []byte) (common.Address, error) {
	out, err := keeperExecutor.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUniswapV2Call is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x10d1e85c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function uniswapV2Call(address sender, uint256 amount0, uint256 amount1, bytes data) returns()
func (keeperExecutor *KeeperExecutor) PackUniswapV2Call(sender common.Address, amount0 *big.Int, amount1 *big.Int, data []byte) []byte {
	enc, err := keeperExecutor.abi.Pack("uniswapV2Call", sender, amount0, amount1, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUniswapV2Call is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x10d1e85c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function uniswapV2Call(address sender, uint256 amount0, uint256 amount1, bytes data) returns()
func (keeperExecutor *KeeperExecutor) TryPackUniswapV2Call(sender common.Address, amount0 *big.Int, amount1 *big.Int, data []byte) ([]byte, error) {
	return keeperExecutor.abi.Pack("uniswapV2Call", sender, amount0, amount1, data)
}

// PackUniswapV3SwapCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa461e33.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function uniswapV3SwapCallback(int256 amount0Delta, int256 amount1Delta, bytes data) returns()
func (keeperExecutor *KeeperExecutor) PackUniswapV3SwapCallback(amount0Delta *big.Int, amount1Delta *big.Int, data []byte) []byte {
	enc, err := keeperExecutor.abi.Pack("uniswapV3SwapCallback", amount0Delta, amount1Delta, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUniswapV3SwapCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa461e33.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function uniswapV3SwapCallback(int256 amount0Delta, int256 amount1Delta, bytes data) returns()
func (keeperExecutor *KeeperExecutor) TryPackUniswapV3SwapCallback(amount0Delta *big.Int, amount1Delta *big.Int, data []byte) ([]byte, error) {
	return keeperExecutor.abi.Pack("uniswapV3SwapCallback", amount0Delta, amount1Delta, data)
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3fef3a3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(address token, uint256 amount) returns()
func (keeperExecutor *KeeperExecutor) PackWithdraw(token common.Address, amount *big.Int) []byte {
	enc, err := keeperExecutor.abi.Pack("withdraw", token, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3fef3a3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(address token, uint256 amount) returns()
func (keeperExecutor *KeeperExecutor) TryPackWithdraw(token common.Address, amount *big.Int) ([]byte, error) {
	return keeperExecutor.abi.Pack("withdraw", token, amount)
}

// KeeperExecutorArbitraged represents a Arbitraged event raised by the KeeperExecutor contract.
type KeeperExecutorArbitraged struct {
	Token    common.Address
	AmountIn *big.Int
	Profit   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const KeeperExecutorArbitragedEventName = "Arbitraged"

// ContractEventName returns the user-defined event name.
func (KeeperExecutorArbitraged) ContractEventName() string {
	return KeeperExecutorArbitragedEventName
}

// UnpackArbitragedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Arbitraged(address indexed token, uint256 amountIn, uint256 profit)
func (keeperExecutor *KeeperExecutor) UnpackArbitragedEvent(log *types.Log) (*KeeperExecutorArbitraged, error) {
	event := "Arbitraged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != keeperExecutor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KeeperExecutorArbitraged)
	if len(log.Data) > 0 {
		if err := keeperExecutor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range keeperExecutor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KeeperExecutorLiquidated represents a Liquidated event raised by the KeeperExecutor contract.
type KeeperExecutorLiquidated struct {
	User        common.Address
	Collateral  common.Address
	Debt        common.Address
	DebtCovered *big.Int
	Profit      *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const KeeperExecutorLiquidatedEventName = "Liquidated"

// ContractEventName returns the user-defined event name.
func (KeeperExecutorLiquidated) ContractEventName() string {
	return KeeperExecutorLiquidatedEventName
}

// UnpackLiquidatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Liquidated(address indexed user, address indexed collateral, address indexed debt, uint256 debtCovered, uint256 profit)
func (keeperExecutor *KeeperExecutor) UnpackLiquidatedEvent(log *types.Log) (*KeeperExecutorLiquidated, error) {
	event := "Liquidated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != keeperExecutor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KeeperExecutorLiquidated)
	if len(log.Data) > 0 {
		if err := keeperExecutor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range keeperExecutor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KeeperExecutorTipPaid represents a TipPaid event raised by the KeeperExecutor contract.
type KeeperExecutorTipPaid struct {
	Coinbase common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const KeeperExecutorTipPaidEventName = "TipPaid"

// ContractEventName returns the user-defined event name.
func (KeeperExecutorTipPaid) ContractEventName() string {
	return KeeperExecutorTipPaidEventName
}

// UnpackTipPaidEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TipPaid(address indexed coinbase, uint256 amount)
func (keeperExecutor *KeeperExecutor) UnpackTipPaidEvent(log *types.Log) (*KeeperExecutorTipPaid, error) {
	event := "TipPaid"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != keeperExecutor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KeeperExecutorTipPaid)
	if len(log.Data) > 0 {
		if err := keeperExecutor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range keeperExecutor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (keeperExecutor *KeeperExecutor) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], keeperExecutor.abi.Errors["BadRoute"].ID.Bytes()[:4]) {
		return keeperExecutor.UnpackBadRouteError(raw[4:])
	}
	if bytes.Equal(raw[:4], keeperExecutor.abi.Errors["InsufficientOutput"].ID.Bytes()[:4]) {
		return keeperExecutor.UnpackInsufficientOutputError(raw[4:])
	}
	if bytes.Equal(raw[:4], keeperExecutor.abi.Errors["InsufficientProfit"].ID.Bytes()[:4]) {
		return keeperExecutor.UnpackInsufficientProfitError(raw[4:])
	}
	if bytes.Equal(raw[:4], keeperExecutor.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return keeperExecutor.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], keeperExecutor.abi.Errors["TipFailed"].ID.Bytes()[:4]) {
		return keeperExecutor.UnpackTipFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], keeperExecutor.abi.Errors["UnexpectedCaller"].ID.Bytes()[:4]) {
		return keeperExecutor.UnpackUnexpectedCallerError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// KeeperExecutorBadRoute represents a BadRoute error raised by the KeeperExecutor contract.
type KeeperExecutorBadRoute struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRoute()
func KeeperExecutorBadRouteErrorID() common.Hash {
	return common.HexToHash("0xc4c321d1b7eff1a5ecccbce5d9575efbe9350780bfd6b77fecc531ef33de1cc4")
}

// UnpackBadRouteError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRoute()
func (keeperExecutor *KeeperExecutor) UnpackBadRouteError(raw []byte) (*KeeperExecutorBadRoute, error) {
	out := new(KeeperExecutorBadRoute)
	if err := keeperExecutor.abi.UnpackIntoInterface(out, "BadRoute", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KeeperExecutorInsufficientOutput represents a InsufficientOutput error raised by the KeeperExecutor contract.
type KeeperExecutorInsufficientOutput struct {
	Got  *big.Int
	Owed *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientOutput(uint256 got, uint256 owed)
func KeeperExecutorInsufficientOutputErrorID() common.Hash {
	return common.HexToHash("0x2c19b8b87dc30ba95595ffd66c13e323be53c04224764b08e36f6411939cc30e")
}

// UnpackInsufficientOutputError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientOutput(uint256 got, uint256 owed)
func (keeperExecutor *KeeperExecutor) UnpackInsufficientOutputError(raw []byte) (*KeeperExecutorInsufficientOutput, error) {
	out := new(KeeperExecutorInsufficientOutput)
	if err := keeperExecutor.abi.UnpackIntoInterface(out, "InsufficientOutput", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KeeperExecutorInsufficientProfit represents a InsufficientProfit error raised by the KeeperExecutor contract.
type KeeperExecutorInsufficientProfit struct {
	Profit    *big.Int
	MinProfit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientProfit(uint256 profit, uint256 minProfit)
func KeeperExecutorInsufficientProfitErrorID() common.Hash {
	return common.HexToHash("0x4e88422a9215ac216aca39983fe209b1a8648108bcf060ad66a808b573c76466")
}

// UnpackInsufficientProfitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientProfit(uint256 profit, uint256 minProfit)
func (keeperExecutor *KeeperExecutor) UnpackInsufficientProfitError(raw []byte) (*KeeperExecutorInsufficientProfit, error) {
	out := new(KeeperExecutorInsufficientProfit)
	if err := keeperExecutor.abi.UnpackIntoInterface(out, "InsufficientProfit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KeeperExecutorNotOwner represents a NotOwner error raised by the KeeperExecutor contract.
type KeeperExecutorNotOwner struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner()
func KeeperExecutorNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x30cd74712f59d478562d48e2d35de830db72c60a63dd08ae59199eec990b5bc4")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner()
func (keeperExecutor *KeeperExecutor) UnpackNotOwnerError(raw []byte) (*KeeperExecutorNotOwner, error) {
	out := new(KeeperExecutorNotOwner)
	if err := keeperExecutor.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KeeperExecutorTipFailed represents a TipFailed error raised by the KeeperExecutor contract.
type KeeperExecutorTipFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TipFailed()
func KeeperExecutorTipFailedErrorID() common.Hash {
	return common.HexToHash("0xd99123cb41ab4baf9265f3d3e327c0d043cfd33ffeaec10eb3a449c730244ed0")
}

// UnpackTipFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TipFailed()
func (keeperExecutor *KeeperExecutor) UnpackTipFailedError(raw []byte) (*KeeperExecutorTipFailed, error) {
	out := new(KeeperExecutorTipFailed)
	if err := keeperExecutor.abi.UnpackIntoInterface(out, "TipFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KeeperExecutorUnexpectedCaller represents a UnexpectedCaller error raised by the KeeperExecutor contract.
type KeeperExecutorUnexpectedCaller struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnexpectedCaller(address caller)
func KeeperExecutorUnexpectedCallerErrorID() common.Hash {
	return common.HexToHash("0xebb93d2335518c826c284ff8ee293d74fdd3ff101726765e6257dd4c75d9e435")
}

// UnpackUnexpectedCallerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnexpectedCaller(address caller)
func (keeperExecutor *KeeperExecutor) UnpackUnexpectedCallerError(raw []byte) (*KeeperExecutorUnexpectedCaller, error) {
	out := new(KeeperExecutorUnexpectedCaller)
	if err := keeperExecutor.abi.UnpackIntoInterface(out, "UnexpectedCaller", raw); err != nil {
		return nil, err
	}
	return out, nil
}
