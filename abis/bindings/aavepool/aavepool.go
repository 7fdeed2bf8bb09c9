// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package aavepool

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

// DataTypesEModeCategory is an auto generated low-level Go binding around an user-defined struct.
type DataTypesEModeCategory struct {
	Ltv                  uint16
	LiquidationThreshold uint16
	LiquidationBonus     uint16
	PriceSource          common.Address
	Label                string
}

// DataTypesReserveConfigurationMap is an auto generated low-level Go binding around an user-defined struct.
type DataTypesReserveConfigurationMap struct {
	Data *big.Int
}

// DataTypesReserveData is an auto generated low-level Go binding around an user-defined struct.
type DataTypesReserveData struct {
	Configuration               DataTypesReserveConfigurationMap
	LiquidityIndex              *big.Int
	CurrentLiquidityRate        *big.Int
	VariableBorrowIndex         *big.Int
	CurrentVariableBorrowRate   *big.Int
	CurrentStableBorrowRate     *big.Int
	LastUpdateTimestamp         *big.Int
	Id                          uint16
	ATokenAddress               common.Address
	StableDebtTokenAddress      common.Address
	VariableDebtTokenAddress    common.Address
	InterestRateStrategyAddress common.Address
	AccruedToTreasury           *big.Int
	Unbacked                    *big.Int
	IsolationModeTotalDebt      *big.Int
}

// DataTypesUserConfigurationMap is an auto generated low-level Go binding around an user-defined struct.
type DataTypesUserConfigurationMap struct {
	Data *big.Int
}

// PoolMetaData contains all meta data concerning the Pool contract.
var PoolMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIPoolAddressesProvider\",\"name\":\"provider\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reserve\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"backer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"BackUnbacked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reserve\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"onBehalfOf\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumDataTypes.InterestRateMode\",\"name\":\"interestRateMode\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"borrowRate\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"referralCode\",\"type\":\"uint16\"}],\"name\":\"Borrow\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"initiator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumDataTypes.InterestRateMode\",\"name\":\"interestRateMode\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"premium\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"referralCode\",\"type\":\"uint16\"}],\"name\":\"FlashLoan\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"totalDebt\",\"type\":\"uint256\"}],\"name\":\"IsolationModeTotalDebtUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"collateralAsset\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"debtAsset\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"debtToCover\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"liquidatedCollateralAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"liquidator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"receiveAToken\",\"type\":\"bool\"}],\"name\":\"LiquidationCall\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reserve\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"onBehalfOf\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"referralCode\",\"type\":\"uint16\"}],\"name\":\"MintUnbacked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reserve\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amountMinted\",\"type\":\"uint256\"}],\"name\":\"MintedToTreasury\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reserve\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"RebalanceStableBorrowRate\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reserve\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"repayer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"useATokens\",\"type\":\"bool\"}],\"name\":\"Repay\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reserve\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"liquidityRate\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stableBorrowRate\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"variableBorrowRate\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"liquidityIndex\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"variableBorrowIndex\",\"type\":\"uint256\"}],\"name\":\"ReserveDataUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reserve\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"ReserveUsedAsCollateralDisabled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reserve\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"ReserveUsedAsCollateralEnabled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reserve\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"onBehalfOf\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"referralCode\",\"type\":\"uint16\"}],\"name\":\"Supply\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reserve\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumDataTypes.InterestRateMode\",\"name\":\"interestRateMode\",\"type\":\"uint8\"}],\"name\":\"SwapBorrowRateMode\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"categoryId\",\"type\":\"uint8\"}],\"name\":\"UserEModeSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reserve\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdraw\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ADDRESSES_PROVIDER\",\"outputs\":[{\"internalType\":\"contractIPoolAddressesProvider\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BRIDGE_PROTOCOL_FEE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FLASHLOAN_PREMIUM_TOTAL\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FLASHLOAN_PREMIUM_TO_PROTOCOL\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_NUMBER_RESERVES\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_STABLE_RATE_BORROW_SIZE_PERCENT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"POOL_REVISION\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"backUnbacked\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"interestRateMode\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"referralCode\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"onBehalfOf\",\"type\":\"address\"}],\"name\":\"borrow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"id\",\"type\":\"uint8\"},{\"components\":[{\"internalType\":\"uint16\",\"name\":\"ltv\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"liquidationThreshold\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"liquidationBonus\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"priceSource\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"label\",\"type\":\"string\"}],\"internalType\":\"structDataTypes.EModeCategory\",\"name\":\"category\",\"type\":\"tuple\"}],\"name\":\"configureEModeCategory\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"onBehalfOf\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"referralCode\",\"type\":\"uint16\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"dropReserve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"balanceFromBefore\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"balanceToBefore\",\"type\":\"uint256\"}],\"name\":\"finalizeTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiverAddress\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"assets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"interestRateModes\",\"type\":\"uint256[]\"},{\"internalType\":\"address\",\"name\":\"onBehalfOf\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"},{\"internalType\":\"uint16\",\"name\":\"referralCode\",\"type\":\"uint16\"}],\"name\":\"flashLoan\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiverAddress\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"},{\"internalType\":\"uint16\",\"name\":\"referralCode\",\"type\":\"uint16\"}],\"name\":\"flashLoanSimple\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"getConfiguration\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"data\",\"type\":\"uint256\"}],\"internalType\":\"structDataTypes.ReserveConfigurationMap\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"id\",\"type\":\"uint8\"}],\"name\":\"getEModeCategoryData\",\"outputs\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"ltv\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"liquidationThreshold\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"liquidationBonus\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"priceSource\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"label\",\"type\":\"string\"}],\"internalType\":\"structDataTypes.EModeCategory\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"id\",\"type\":\"uint16\"}],\"name\":\"getReserveAddressById\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"getReserveData\",\"outputs\":[{\"components\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"data\",\"type\":\"uint256\"}],\"internalType\":\"structDataTypes.ReserveConfigurationMap\",\"name\":\"configuration\",\"type\":\"tuple\"},{\"internalType\":\"uint128\",\"name\":\"liquidityIndex\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"currentLiquidityRate\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"variableBorrowIndex\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"currentVariableBorrowRate\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"currentStableBorrowRate\",\"type\":\"uint128\"},{\"internalType\":\"uint40\",\"name\":\"lastUpdateTimestamp\",\"type\":\"uint40\"},{\"internalType\":\"uint16\",\"name\":\"id\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"aTokenAddress\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"stableDebtTokenAddress\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"variableDebtTokenAddress\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"interestRateStrategyAddress\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"accruedToTreasury\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"unbacked\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"isolationModeTotalDebt\",\"type\":\"uint128\"}],\"internalType\":\"structDataTypes.ReserveData\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"getReserveNormalizedIncome\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"getReserveNormalizedVariableDebt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getReservesList\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"getUserAccountData\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"totalCollateralBase\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"totalDebtBase\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"availableBorrowsBase\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"currentLiquidationThreshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"ltv\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"healthFactor\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"getUserConfiguration\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"data\",\"type\":\"uint256\"}],\"internalType\":\"structDataTypes.UserConfigurationMap\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"getUserEMode\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"aTokenAddress\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"stableDebtAddress\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"variableDebtAddress\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"interestRateStrategyAddress\",\"type\":\"address\"}],\"name\":\"initReserve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIPoolAddressesProvider\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"collateralAsset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"debtAsset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"debtToCover\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"receiveAToken\",\"type\":\"bool\"}],\"name\":\"liquidationCall\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"assets\",\"type\":\"address[]\"}],\"name\":\"mintToTreasury\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"onBehalfOf\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"referralCode\",\"type\":\"uint16\"}],\"name\":\"mintUnbacked\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"rebalanceStableBorrowRate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"interestRateMode\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"onBehalfOf\",\"type\":\"address\"}],\"name\":\"repay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"interestRateMode\",\"type\":\"uint256\"}],\"name\":\"repayWithATokens\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"interestRateMode\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"onBehalfOf\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"permitV\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"permitR\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"permitS\",\"type\":\"bytes32\"}],\"name\":\"repayWithPermit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"rescueTokens\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"resetIsolationModeTotalDebt\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"data\",\"type\":\"uint256\"}],\"internalType\":\"structDataTypes.ReserveConfigurationMap\",\"name\":\"configuration\",\"type\":\"tuple\"}],\"name\":\"setConfiguration\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rateStrategyAddress\",\"type\":\"address\"}],\"name\":\"setReserveInterestRateStrategyAddress\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"categoryId\",\"type\":\"uint8\"}],\"name\":\"setUserEMode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"useAsCollateral\",\"type\":\"bool\"}],\"name\":\"setUserUseReserveAsCollateral\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"onBehalfOf\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"referralCode\",\"type\":\"uint16\"}],\"name\":\"supply\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"onBehalfOf\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"referralCode\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"permitV\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"permitR\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"permitS\",\"type\":\"bytes32\"}],\"name\":\"supplyWithPermit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"interestRateMode\",\"type\":\"uint256\"}],\"name\":\"swapBorrowRateMode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"protocolFee\",\"type\":\"uint256\"}],\"name\":\"updateBridgeProtocolFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint128\",\"name\":\"flashLoanPremiumTotal\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"flashLoanPremiumToProtocol\",\"type\":\"uint128\"}],\"name\":\"updateFlashloanPremiums\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Pool",
}

// Pool is an auto generated Go binding around an Ethereum contract.
type Pool struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Pool) GetABI() abi.ABI {
	return c.abi
}

// NewPool creates a new instance of Pool.
func NewPool() *Pool {
	parsed, err := PoolMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Pool{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Pool) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address provider) returns()
func (pool *Pool) PackConstructor(provider common.Address) []byte {
	enc, err := pool.abi.Pack("", provider)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackADDRESSESPROVIDER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0542975c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ADDRESSES_PROVIDER() view returns(address)
func (pool *Pool) PackADDRESSESPROVIDER() []byte {
	enc, err := pool.abi.Pack("ADDRESSES_PROVIDER")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackADDRESSESPROVIDER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0542975c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ADDRESSES_PROVIDER() view returns(address)
func (pool *Pool) TryPackADDRESSESPROVIDER() ([]byte, error) {
	return pool.abi.Pack("ADDRESSES_PROVIDER")
}

// UnpackADDRESSESPROVIDER is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0542975c.
//
// Solidity: function ADDRESSES_PROVIDER() view returns(address)
func (pool *Pool) UnpackADDRESSESPROVIDER(data []byte) (common.Address, error) {
	out, err := pool.abi.Unpack("ADDRESSES_PROVIDER", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBRIDGEPROTOCOLFEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x272d9072.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BRIDGE_PROTOCOL_FEE() view returns(uint256)
func (pool *Pool) PackBRIDGEPROTOCOLFEE() []byte {
	enc, err := pool.abi.Pack("BRIDGE_PROTOCOL_FEE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBRIDGEPROTOCOLFEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x272d9072.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BRIDGE_PROTOCOL_FEE() view returns(uint256)
func (pool *Pool) TryPackBRIDGEPROTOCOLFEE() ([]byte, error) {
	return pool.abi.Pack("BRIDGE_PROTOCOL_FEE")
}

// UnpackBRIDGEPROTOCOLFEE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x272d9072.
//
// Solidity: function BRIDGE_PROTOCOL_FEE() view returns(uint256)
func (pool *Pool) UnpackBRIDGEPROTOCOLFEE(data []byte) (*big.Int, error) {
	out, err := pool.abi.Unpack("BRIDGE_PROTOCOL_FEE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFLASHLOANPREMIUMTOTAL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x074b2e43.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FLASHLOAN_PREMIUM_TOTAL() view returns(uint128)
func (pool *Pool) PackFLASHLOANPREMIUMTOTAL() []byte {
	enc, err := pool.abi.Pack("FLASHLOAN_PREMIUM_TOTAL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFLASHLOANPREMIUMTOTAL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x074b2e43.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FLASHLOAN_PREMIUM_TOTAL() view returns(uint128)
func (pool *Pool) TryPackFLASHLOANPREMIUMTOTAL() ([]byte, error) {
	return pool.abi.Pack("FLASHLOAN_PREMIUM_TOTAL")
}

// UnpackFLASHLOANPREMIUMTOTAL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x074b2e43.
//
// Solidity: function FLASHLOAN_PREMIUM_TOTAL() view returns(uint128)
func (pool *Pool) UnpackFLASHLOANPREMIUMTOTAL(data []byte) (*big.Int, error) {
	out, err := pool.abi.Unpack("FLASHLOAN_PREMIUM_TOTAL", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFLASHLOANPREMIUMTOPROTOCOL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a99c036.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FLASHLOAN_PREMIUM_TO_PROTOCOL() view returns(uint128)
func (pool *Pool) PackFLASHLOANPREMIUMTOPROTOCOL() []byte {
	enc, err := pool.abi.Pack("FLASHLOAN_PREMIUM_TO_PROTOCOL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFLASHLOANPREMIUMTOPROTOCOL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a99c036.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FLASHLOAN_PREMIUM_TO_PROTOCOL() view returns(uint128)
func (pool *Pool) TryPackFLASHLOANPREMIUMTOPROTOCOL() ([]byte, error) {
	return pool.abi.Pack("FLASHLOAN_PREMIUM_TO_PROTOCOL")
}

// UnpackFLASHLOANPREMIUMTOPROTOCOL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6a99c036.
//
// Solidity: function FLASHLOAN_PREMIUM_TO_PROTOCOL() view returns(uint128)
func (pool *Pool) UnpackFLASHLOANPREMIUMTOPROTOCOL(data []byte) (*big.Int, error) {
	out, err := pool.abi.Unpack("FLASHLOAN_PREMIUM_TO_PROTOCOL", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXNUMBERRESERVES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8119d51.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_NUMBER_RESERVES() view returns(uint16)
func (pool *Pool) PackMAXNUMBERRESERVES() []byte {
	enc, err := pool.abi.Pack("MAX_NUMBER_RESERVES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXNUMBERRESERVES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8119d51.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_NUMBER_RESERVES() view returns(uint16)
func (pool *Pool) TryPackMAXNUMBERRESERVES() ([]byte, error) {
	return pool.abi.Pack("MAX_NUMBER_RESERVES")
}

// UnpackMAXNUMBERRESERVES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf8119d51.
//
// Solidity: function MAX_NUMBER_RESERVES() view returns(uint16)
func (pool *Pool) UnpackMAXNUMBERRESERVES(data []byte) (uint16, error) {
	out, err := pool.abi.Unpack("MAX_NUMBER_RESERVES", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackMAXSTABLERATEBORROWSIZEPERCENT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe82fec2f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_STABLE_RATE_BORROW_SIZE_PERCENT() view returns(uint256)
func (pool *Pool) PackMAXSTABLERATEBORROWSIZEPERCENT() []byte {
	enc, err := pool.abi.Pack("MAX_STABLE_RATE_BORROW_SIZE_PERCENT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSTABLERATEBORROWSIZEPERCENT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe82fec2f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_STABLE_RATE_BORROW_SIZE_PERCENT() view returns(uint256)
func (pool *Pool) TryPackMAXSTABLERATEBORROWSIZEPERCENT() ([]byte, error) {
	return pool.abi.Pack("MAX_STABLE_RATE_BORROW_SIZE_PERCENT")
}

// UnpackMAXSTABLERATEBORROWSIZEPERCENT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe82fec2f.
//
// Solidity: function MAX_STABLE_RATE_BORROW_SIZE_PERCENT() view returns(uint256)
func (pool *Pool) UnpackMAXSTABLERATEBORROWSIZEPERCENT(data []byte) (*big.Int, error) {
	out, err := pool.abi.Unpack("MAX_STABLE_RATE_BORROW_SIZE_PERCENT", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPOOLREVISION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0148170e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function POOL_REVISION() view returns(uint256)
func (pool *Pool) PackPOOLREVISION() []byte {
	enc, err := pool.abi.Pack("POOL_REVISION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPOOLREVISION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0148170e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function POOL_REVISION() view returns(uint256)
func (pool *Pool) TryPackPOOLREVISION() ([]byte, error) {
	return pool.abi.Pack("POOL_REVISION")
}

// UnpackPOOLREVISION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0148170e.
//
// Solidity: function POOL_REVISION() view returns(uint256)
func (pool *Pool) UnpackPOOLREVISION(data []byte) (*big.Int, error) {
	out, err := pool.abi.Unpack("POOL_REVISION", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBackUnbacked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd65dc7a1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function backUnbacked(address asset, uint256 amount, uint256 fee) returns(uint256)
func (pool *Pool) PackBackUnbacked(asset common.Address, amount *big.Int, fee *big.Int) []byte {
	enc, err := pool.abi.Pack("backUnbacked", asset, amount, fee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBackUnbacked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd65dc7a1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function backUnbacked(address asset, uint256 amount, uint256 fee) returns(uint256)
func (pool *Pool) TryPackBackUnbacked(asset common.Address, amount *big.Int, fee *big.Int) ([]byte, error) {
	return pool.abi.Pack("backUnbacked", asset, amount, fee)
}

// UnpackBackUnbacked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd65dc7a1.
//
// Solidity: function backUnbacked(address asset, uint256 amount, uint256 fee) returns(uint256)
func (pool *Pool) UnpackBackUnbacked(data []byte) (*big.Int, error) {
	out, err := pool.abi.Unpack("backUnbacked", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBorrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa415bcad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function borrow(address asset, uint256 amount, uint256 interestRateMode, uint16 referralCode, address onBehalfOf) returns()
func (pool *Pool) PackBorrow(asset common.Address, amount *big.Int, interestRateMode *big.Int, referralCode uint16, onBehalfOf common.Address) []byte {
	enc, err := pool.abi.Pack("borrow", asset, amount, interestRateMode, referralCode, onBehalfOf)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBorrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa415bcad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function borrow(address asset, uint256 amount, uint256 interestRateMode, uint16 referralCode, address onBehalfOf) returns()
func (pool *Pool) TryPackBorrow(asset common.Address, amount *big.Int, interestRateMode *big.Int, referralCode uint16, onBehalfOf common.Address) ([]byte, error) {
	return pool.abi.Pack("borrow", asset, amount, interestRateMode, referralCode, onBehalfOf)
}

// PackConfigureEModeCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd579ea7d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function configureEModeCategory(uint8 id, (uint16,uint16,uint16,address,string) category) returns()
func (pool *Pool) PackConfigureEModeCategory(id uint8, category DataTypesEModeCategory) []byte {
	enc, err := pool.abi.Pack("configureEModeCategory", id, category)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfigureEModeCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd579ea7d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function configureEModeCategory(uint8 id, (uint16,uint16,uint16,address,string) category) returns()
func (pool *Pool) TryPackConfigureEModeCategory(id uint8, category DataTypesEModeCategory) ([]byte, error) {
	return pool.abi.Pack("configureEModeCategory", id, category)
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8eda9df.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(address asset, uint256 amount, address onBehalfOf, uint16 referralCode) returns()
func (pool *Pool) PackDeposit(asset common.Address, amount *big.Int, onBehalfOf common.Address, referralCode uint16) []byte {
	enc, err := pool.abi.Pack("deposit", asset, amount, onBehalfOf, referralCode)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8eda9df.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(address asset, uint256 amount, address onBehalfOf, uint16 referralCode) returns()
func (pool *Pool) TryPackDeposit(asset common.Address, amount *big.Int, onBehalfOf common.Address, referralCode uint16) ([]byte, error) {
	return pool.abi.Pack("deposit", asset, amount, onBehalfOf, referralCode)
}

// PackDropReserve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63c9b860.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dropReserve(address asset) returns()
func (pool *Pool) PackDropReserve(asset common.Address) []byte {
	enc, err := pool.abi.Pack("dropReserve", asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDropReserve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63c9b860.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dropReserve(address asset) returns()
func (pool *Pool) TryPackDropReserve(asset common.Address) ([]byte, error) {
	return pool.abi.Pack("dropReserve", asset)
}

// PackFinalizeTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5ed3933.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalizeTransfer(address asset, address from, address to, uint256 amount, uint256 balanceFromBefore, uint256 balanceToBefore) returns()
func (pool *Pool) PackFinalizeTransfer(asset common.Address, from common.Address, to common.Address, amount *big.Int, balanceFromBefore *big.Int, balanceToBefore *big.Int) []byte {
	enc, err := pool.abi.Pack("finalizeTransfer", asset, from, to, amount, balanceFromBefore, balanceToBefore)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalizeTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5ed3933.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalizeTransfer(address asset, address from, address to, uint256 amount, uint256 balanceFromBefore, uint256 balanceToBefore) returns()
func (pool *Pool) TryPackFinalizeTransfer(asset common.Address, from common.Address, to common.Address, amount *big.Int, balanceFromBefore *big.Int, balanceToBefore *big.Int) ([]byte, error) {
	return pool.abi.Pack("finalizeTransfer", asset, from, to, amount, balanceFromBefore, balanceToBefore)
}

// PackFlashLoan is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab9c4b5d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function flashLoan(address receiverAddress, address[] assets, uint256[] amounts, uint256[] interestRateModes, address onBehalfOf, bytes params, uint16 referralCode) returns()
func (pool *Pool) PackFlashLoan(receiverAddress common.Address, assets []common.Address, amounts []*big.Int, interestRateModes []*big.Int, onBehalfOf common.Address, params []byte, referralCode uint16) []byte {
	enc, err := pool.abi.Pack("flashLoan", receiverAddress, assets, amounts, interestRateModes, onBehalfOf, params, referralCode)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFlashLoan is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab9c4b5d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function flashLoan(address receiverAddress, address[] assets, uint256[] amounts, uint256[] interestRateModes, address onBehalfOf, bytes params, uint16 referralCode) returns()
func (pool *Pool) TryPackFlashLoan(receiverAddress common.Address, assets []common.Address, amounts []*big.Int, interestRateModes []*big.Int, onBehalfOf common.Address, params []byte, referralCode uint16) ([]byte, error) {
	return pool.abi.Pack("flashLoan", receiverAddress, assets, amounts, interestRateModes, onBehalfOf, params, referralCode)
}

// PackFlashLoanSimple is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42b0b77c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function flashLoanSimple(address receiverAddress, address asset, uint256 amount, bytes params, uint16 referralCode) returns()
func (pool *Pool) PackFlashLoanSimple(receiverAddress common.Address, asset common.Address, amount *big.Int, params []byte, referralCode uint16) []byte {
	enc, err := pool.abi.Pack("flashLoanSimple", receiverAddress, asset, amount, params, referralCode)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFlashLoanSimple is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42b0b77c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function flashLoanSimple(address receiverAddress, address asset, uint256 amount, bytes params, uint16 referralCode) returns()
func (pool *Pool) TryPackFlashLoanSimple(receiverAddress common.Address, asset common.Address, amount *big.Int, params []byte, referralCode uint16) ([]byte, error) {
	return pool.abi.Pack("flashLoanSimple", receiverAddress, asset, amount, params, referralCode)
}

// PackGetConfiguration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc44b11f7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getConfiguration(address asset) view returns((uint256))
func (pool *Pool) PackGetConfiguration(asset common.Address) []byte {
	enc, err := pool.abi.Pack("getConfiguration", asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetConfiguration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc44b11f7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getConfiguration(address asset) view returns((uint256))
func (pool *Pool) TryPackGetConfiguration(asset common.Address) ([]byte, error) {
	return pool.abi.Pack("getConfiguration", asset)
}

// UnpackGetConfiguration is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc44b11f7.
//
// Solidity: function getConfiguration(address asset) view returns((uint256))
func (pool *Pool) UnpackGetConfiguration(data []byte) (DataTypesReserveConfigurationMap, error) {
	out, err := pool.abi.Unpack("getConfiguration", data)
	if err != nil {
		return *new(DataTypesReserveConfigurationMap), err
	}
	out0 := *abi.ConvertType(out[0], new(DataTypesReserveConfigurationMap)).(*DataTypesReserveConfigurationMap)
	return out0, nil
}

// PackGetEModeCategoryData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c6f6ae1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getEModeCategoryData(uint8 id) view returns((uint16,uint16,uint16,address,string))
func (pool *Pool) PackGetEModeCategoryData(id uint8) []byte {
	enc, err := pool.abi.Pack("getEModeCategoryData", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetEModeCategoryData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c6f6ae1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getEModeCategoryData(uint8 id) view returns((uint16,uint16,uint16,address,string))
func (pool *Pool) TryPackGetEModeCategoryData(id uint8) ([]byte, error) {
	return pool.abi.Pack("getEModeCategoryData", id)
}

// UnpackGetEModeCategoryData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6c6f6ae1.
//
// Solidity: function getEModeCategoryData(uint8 id) view returns((uint16,uint16,uint16,address,string))
func (pool *Pool) UnpackGetEModeCategoryData(data []byte) (DataTypesEModeCategory, error) {
	out, err := pool.abi.Unpack("getEModeCategoryData", data)
	if err != nil {
		return *new(DataTypesEModeCategory), err
	}
	out0 := *abi.ConvertType(out[0], new(DataTypesEModeCategory)).(*DataTypesEModeCategory)
	return out0, nil
}

// PackGetReserveAddressById is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52751797.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getReserveAddressById(uint16 id) view returns(address)
func (pool *Pool) PackGetReserveAddressById(id uint16) []byte {
	enc, err := pool.abi.Pack("getReserveAddressById", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetReserveAddressById is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52751797.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getReserveAddressById(uint16 id) view returns(address)
func (pool *Pool) TryPackGetReserveAddressById(id uint16) ([]byte, error) {
	return pool.abi.Pack("getReserveAddressById", id)
}

// UnpackGetReserveAddressById is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52751797.
//
// Solidity: function getReserveAddressById(uint16 id) view returns(address)
func (pool *Pool) UnpackGetReserveAddressById(data []byte) (common.Address, error) {
	out, err := pool.abi.Unpack("getReserveAddressById", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetReserveData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35ea6a75.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getReserveData(address asset) view returns(((uint256),uint128,uint128,uint128,uint128,uint128,uint40,uint16,address,address,address,address,uint128,uint128,uint128))
func (pool *Pool) PackGetReserveData(asset common.Address) []byte {
	enc, err := pool.abi.Pack("getReserveData", asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetReserveData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35ea6a75.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getReserveData(address asset) view returns(((uint256),uint128,uint128,uint128,uint128,uint128,uint40,uint16,address,address,address,address,uint128,uint128,uint128))
func (pool *Pool) TryPackGetReserveData(asset common.Address) ([]byte, error) {
	return pool.abi.Pack("getReserveData", asset)
}

// UnpackGetReserveData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x35ea6a75.
//
// Solidity: function getReserveData(address asset) view returns(((uint256),uint128,uint128,uint128,uint128,uint128,uint40,uint16,address,address,address,address,uint128,uint128,uint128))
func (pool *Pool) UnpackGetReserveData(data []byte) (DataTypesReserveData, error) {
	out, err := pool.abi.Unpack("getReserveData", data)
	if err != nil {
		return *new(DataTypesReserveData), err
	}
	out0 := *abi.ConvertType(out[0], new(DataTypesReserveData)).(*DataTypesReserveData)
	return out0, nil
}

// PackGetReserveNormalizedIncome is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd15e0053.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getReserveNormalizedIncome(address asset) view returns(uint256)
func (pool *Pool) PackGetReserveNormalizedIncome(asset common.Address) []byte {
	enc, err := pool.abi.Pack("getReserveNormalizedIncome", asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetReserveNormalizedIncome is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd15e0053.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getReserveNormalizedIncome(address asset) view returns(uint256)
func (pool *Pool) TryPackGetReserveNormalizedIncome(asset common.Address) ([]byte, error) {
	return pool.abi.Pack("getReserveNormalizedIncome", asset)
}

// UnpackGetReserveNormalizedIncome is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd15e0053.
//
// Solidity: function getReserveNormalizedIncome(address asset) view returns(uint256)
func (pool *Pool) UnpackGetReserveNormalizedIncome(data []byte) (*big.Int, error) {
	out, err := pool.abi.Unpack("getReserveNormalizedIncome", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetReserveNormalizedVariableDebt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x386497fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getReserveNormalizedVariableDebt(address asset) view returns(uint256)
func (pool *Pool) PackGetReserveNormalizedVariableDebt(asset common.Address) []byte {
	enc, err := pool.abi.Pack("getReserveNormalizedVariableDebt", asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetReserveNormalizedVariableDebt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x386497fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getReserveNormalizedVariableDebt(address asset) view returns(uint256)
func (pool *Pool) TryPackGetReserveNormalizedVariableDebt(asset common.Address) ([]byte, error) {
	return pool.abi.Pack("getReserveNormalizedVariableDebt", asset)
}

// UnpackGetReserveNormalizedVariableDebt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x386497fd.
//
// Solidity: function getReserveNormalizedVariableDebt(address asset) view returns(uint256)
func (pool *Pool) UnpackGetReserveNormalizedVariableDebt(data []byte) (*big.Int, error) {
	out, err := pool.abi.Unpack("getReserveNormalizedVariableDebt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetReservesList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1946dbc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getReservesList() view returns(address[])
func (pool *Pool) PackGetReservesList() []byte {
	enc, err := pool.abi.Pack("getReservesList")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetReservesList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1946dbc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getReservesList() view returns(address[])
func (pool *Pool) TryPackGetReservesList() ([]byte, error) {
	return pool.abi.Pack("getReservesList")
}

// UnpackGetReservesList is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd1946dbc.
//
// Solidity: function getReservesList() view returns(address[])
func (pool *Pool) UnpackGetReservesList(data []byte) ([]common.Address, error) {
	out, err := pool.abi.Unpack("getReservesList", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackGetUserAccountData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf92857c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getUserAccountData(address user) view returns(uint256 totalCollateralBase, uint256 totalDebtBase, uint256 availableBorrowsBase, uint256 currentLiquidationThreshold, uint256 ltv, uint256 healthFactor)
func (pool *Pool) PackGetUserAccountData(user common.Address) []byte {
	enc, err := pool.abi.Pack("getUserAccountData", user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetUserAccountData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf92857c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getUserAccountData(address user) view returns(uint256 totalCollateralBase, uint256 totalDebtBase, uint256 availableBorrowsBase, uint256 currentLiquidationThreshold, uint256 ltv, uint256 healthFactor)
func (pool *Pool) TryPackGetUserAccountData(user common.Address) ([]byte, error) {
	return pool.abi.Pack("getUserAccountData", user)
}

// GetUserAccountDataOutput serves as a container for the return parameters of contract
// method GetUserAccountData.
type GetUserAccountDataOutput struct {
	TotalCollateralBase         *big.Int
	TotalDebtBase               *big.Int
	AvailableBorrowsBase        *big.Int
	CurrentLiquidationThreshold *big.Int
	Ltv                         *big.Int
	HealthFactor                *big.Int
}

// UnpackGetUserAccountData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbf92857c.
//
// Solidity: function getUserAccountData(address user) view returns(uint256 totalCollateralBase, uint256 totalDebtBase, uint256 availableBorrowsBase, uint256 currentLiquidationThreshold, uint256 ltv, uint256 healthFactor)
func (pool *Pool) UnpackGetUserAccountData(data []byte) (GetUserAccountDataOutput, error) {
	out, err := pool.abi.Unpack("getUserAccountData", data)
	outstruct := new(GetUserAccountDataOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.TotalCollateralBase = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.TotalDebtBase = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.AvailableBorrowsBase = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.CurrentLiquidationThreshold = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.Ltv = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	outstruct.HealthFactor = abi.ConvertType(out[5], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackGetUserConfiguration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4417a583.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getUserConfiguration(address user) view returns((uint256))
func (pool *Pool) PackGetUserConfiguration(user common.Address) []byte {
	enc, err := pool.abi.Pack("getUserConfiguration", user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetUserConfiguration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4417a583.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getUserConfiguration(address user) view returns((uint256))
func (pool *Pool) TryPackGetUserConfiguration(user common.Address) ([]byte, error) {
	return pool.abi.Pack("getUserConfiguration", user)
}

// UnpackGetUserConfiguration is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4417a583.
//
// Solidity: function getUserConfiguration(address user) view returns((uint256))
func (pool *Pool) UnpackGetUserConfiguration(data []byte) (DataTypesUserConfigurationMap, error) {
	out, err := pool.abi.Unpack("getUserConfiguration", data)
	if err != nil {
		return *new(DataTypesUserConfigurationMap), err
	}
	out0 := *abi.ConvertType(out[0], new(DataTypesUserConfigurationMap)).(*DataTypesUserConfigurationMap)
	return out0, nil
}

// PackGetUserEMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeddf1b79.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getUserEMode(address user) view returns(uint256)
func (pool *Pool) PackGetUserEMode(user common.Address) []byte {
	enc, err := pool.abi.Pack("getUserEMode", user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetUserEMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeddf1b79.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getUserEMode(address user) view returns(uint256)
func (pool *Pool) TryPackGetUserEMode(user common.Address) ([]byte, error) {
	return pool.abi.Pack("getUserEMode", user)
}

// UnpackGetUserEMode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeddf1b79.
//
// Solidity: function getUserEMode(address user) view returns(uint256)
func (pool *Pool) UnpackGetUserEMode(data []byte) (*big.Int, error) {
	out, err := pool.abi.Unpack("getUserEMode", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackInitReserve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a708e92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initReserve(address asset, address aTokenAddress, address stableDebtAddress, address variableDebtAddress, address interestRateStrategyAddress) returns()
func (pool *Pool) PackInitReserve(asset common.Address, aTokenAddress common.Address, stableDebtAddress common.Address, variableDebtAddress common.Address, interestRateStrategyAddress common.Address) []byte {
	enc, err := pool.abi.Pack("initReserve", asset, aTokenAddress, stableDebtAddress, variableDebtAddress, interestRateStrategyAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitReserve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a708e92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initReserve(address asset, address aTokenAddress, address stableDebtAddress, address variableDebtAddress, address interestRateStrategyAddress) returns()
func (pool *Pool) TryPackInitReserve(asset common.Address, aTokenAddress common.Address, stableDebtAddress common.Address, variableDebtAddress common.Address, interestRateStrategyAddress common.Address) ([]byte, error) {
	return pool.abi.Pack("initReserve", asset, aTokenAddress, stableDebtAddress, variableDebtAddress, interestRateStrategyAddress)
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4d66de8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address provider) returns()
func (pool *Pool) PackInitialize(provider common.Address) []byte {
	enc, err := pool.abi.Pack("initialize", provider)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4d66de8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(address provider) returns()
func (pool *Pool) TryPackInitialize(provider common.Address) ([]byte, error) {
	return pool.abi.Pack("initialize", provider)
}

// PackLiquidationCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00a718a9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function liquidationCall(address collateralAsset, address debtAsset, address user, uint256 debtToCover, bool receiveAToken) returns()
func (pool *Pool) PackLiquidationCall(collateralAsset common.Address, debtAsset common.Address, user common.Address, debtToCover *big.Int, receiveAToken bool) []byte {
	enc, err := pool.abi.Pack("liquidationCall", collateralAsset, debtAsset, user, debtToCover, receiveAToken)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLiquidationCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00a718a9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function liquidationCall(address collateralAsset, address debtAsset, address user, uint256 debtToCover, bool receiveAToken) returns()
func (pool *Pool) TryPackLiquidationCall(collateralAsset common.Address, debtAsset common.Address, user common.Address, debtToCover *big.Int, receiveAToken bool) ([]byte, error) {
	return pool.abi.Pack("liquidationCall", collateralAsset, debtAsset, user, debtToCover, receiveAToken)
}

// PackMintToTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cd19996.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mintToTreasury(address[] assets) returns()
func (pool *Pool) PackMintToTreasury(assets []common.Address) []byte {
	enc, err := pool.abi.Pack("mintToTreasury", assets)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMintToTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cd19996.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mintToTreasury(address[] assets) returns()
func (pool *Pool) TryPackMintToTreasury(assets []common.Address) ([]byte, error) {
	return pool.abi.Pack("mintToTreasury", assets)
}

// PackMintUnbacked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69a933a5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mintUnbacked(address asset, uint256 amount, address onBehalfOf, uint16 referralCode) returns()
func (pool *Pool) PackMintUnbacked(asset common.Address, amount *big.Int, onBehalfOf common.Address, referralCode uint16) []byte {
	enc, err := pool.abi.Pack("mintUnbacked", asset, amount, onBehalfOf, referralCode)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMintUnbacked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69a933a5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mintUnbacked(address asset, uint256 amount, address onBehalfOf, uint16 referralCode) returns()
func (pool *Pool) TryPackMintUnbacked(asset common.Address, amount *big.Int, onBehalfOf common.Address, referralCode uint16) ([]byte, error) {
	return pool.abi.Pack("mintUnbacked", asset, amount, onBehalfOf, referralCode)
}

// PackRebalanceStableBorrowRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd112382.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rebalanceStableBorrowRate(address asset, address user) returns()
func (pool *Pool) PackRebalanceStableBorrowRate(asset common.Address, user common.Address) []byte {
	enc, err := pool.abi.Pack("rebalanceStableBorrowRate", asset, user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRebalanceStableBorrowRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd112382.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rebalanceStableBorrowRate(address asset, address user) returns()
func (pool *Pool) TryPackRebalanceStableBorrowRate(asset common.Address, user common.Address) ([]byte, error) {
	return pool.abi.Pack("rebalanceStableBorrowRate", asset, user)
}

// PackRepay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x573ade81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function repay(address asset, uint256 amount, uint256 interestRateMode, address onBehalfOf) returns(uint256)
func (pool *Pool) PackRepay(asset common.Address, amount *big.Int, interestRateMode *big.Int, onBehalfOf common.Address) []byte {
	enc, err := pool.abi.Pack("repay", asset, amount, interestRateMode, onBehalfOf)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRepay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x573ade81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function repay(address asset, uint256 amount, uint256 interestRateMode, address onBehalfOf) returns(uint256)
func (pool *Pool) TryPackRepay(asset common.Address, amount *big.Int, interestRateMode *big.Int, onBehalfOf common.Address) ([]byte, error) {
	return pool.abi.Pack("repay", asset, amount, interestRateMode, onBehalfOf)
}

// UnpackRepay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x573ade81.
//
// Solidity: function repay(address asset, uint256 amount, uint256 interestRateMode, address onBehalfOf) returns(uint256)
func (pool *Pool) UnpackRepay(data []byte) (*big.Int, error) {
	out, err := pool.abi.Unpack("repay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRepayWithATokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2dad97d4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function repayWithATokens(address asset, uint256 amount, uint256 interestRateMode) returns(uint256)
func (pool *Pool) PackRepayWithATokens(asset common.Address, amount *big.Int, interestRateMode *big.Int) []byte {
	enc, err := pool.abi.Pack("repayWithATokens", asset, amount, interestRateMode)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRepayWithATokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2dad97d4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function repayWithATokens(address asset, uint256 amount, uint256 interestRateMode) returns(uint256)
func (pool *Pool) TryPackRepayWithATokens(asset common.Address, amount *big.Int, interestRateMode *big.Int) ([]byte, error) {
	return pool.abi.Pack("repayWithATokens", asset, amount, interestRateMode)
}

// UnpackRepayWithATokens is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2dad97d4.
//
// Solidity: function repayWithATokens(address asset, uint256 amount, uint256 interestRateMode) returns(uint256)
func (pool *Pool) UnpackRepayWithATokens(data []byte) (*big.Int, error) {
	out, err := pool.abi.Unpack("repayWithATokens", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRepayWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee3e210b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function repayWithPermit(address asset, uint256 amount, uint256 interestRateMode, address onBehalfOf, uint256 deadline, uint8 permitV, bytes32 permitR, bytes32 permitS) returns(uint256)
func (pool *Pool) PackRepayWithPermit(asset common.Address, amount *big.Int, interestRateMode *big.Int, onBehalfOf common.Address, deadline *big.Int, permitV uint8, permitR [32]byte, permitS [32]byte) []byte {
	enc, err := pool.abi.Pack("repayWithPermit", asset, amount, interestRateMode, onBehalfOf, deadline, permitV, permitR, permitS)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRepayWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee3e210b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function repayWithPermit(address asset, uint256 amount, uint256 interestRateMode, address onBehalfOf, uint256 deadline, uint8 permitV, bytes32 permitR, bytes32 permitS) returns(uint256)
func (pool *Pool) TryPackRepayWithPermit(asset common.Address, amount *big.Int, interestRateMode *big.Int, onBehalfOf common.Address, deadline *big.Int, permitV uint8, permitR [32]byte, permitS [32]byte) ([]byte, error) {
	return pool.abi.Pack("repayWithPermit", asset, amount, interestRateMode, onBehalfOf, deadline, permitV, permitR, permitS)
}

// UnpackRepayWithPermit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xee3e210b.
//
// Solidity: function repayWithPermit(address asset, uint256 amount, uint256 interestRateMode, address onBehalfOf, uint256 deadline, uint8 permitV, bytes32 permitR, bytes32 permitS) returns(uint256)
func (pool *Pool) UnpackRepayWithPermit(data []byte) (*big.Int, error) {
	out, err := pool.abi.Unpack("repayWithPermit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRescueTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcea9d26f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rescueTokens(address token, address to, uint256 amount) returns()
func (pool *Pool) PackRescueTokens(token common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := pool.abi.Pack("rescueTokens", token, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRescueTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcea9d26f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rescueTokens(address token, address to, uint256 amount) returns()
func (pool *Pool) TryPackRescueTokens(token common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return pool.abi.Pack("rescueTokens", token, to, amount)
}

// PackResetIsolationModeTotalDebt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe43e88a1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resetIsolationModeTotalDebt(address asset) returns()
func (pool *Pool) PackResetIsolationModeTotalDebt(asset common.Address) []byte {
	enc, err := pool.abi.Pack("resetIsolationModeTotalDebt", asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResetIsolationModeTotalDebt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe43e88a1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resetIsolationModeTotalDebt(address asset) returns()
func (pool *Pool) TryPackResetIsolationModeTotalDebt(asset common.Address) ([]byte, error) {
	return pool.abi.Pack("resetIsolationModeTotalDebt", asset)
}

// PackSetConfiguration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf51e435b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setConfiguration(address asset, (uint256) configuration) returns()
func (pool *Pool) PackSetConfiguration(asset common.Address, configuration DataTypesReserveConfigurationMap) []byte {
	enc, err := pool.abi.Pack("setConfiguration", asset, configuration)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetConfiguration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf51e435b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setConfiguration(address asset, (uint256) configuration) returns()
func (pool *Pool) TryPackSetConfiguration(asset common.Address, configuration DataTypesReserveConfigurationMap) ([]byte, error) {
	return pool.abi.Pack("setConfiguration", asset, configuration)
}

// PackSetReserveInterestRateStrategyAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d2118f9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReserveInterestRateStrategyAddress(address asset, address rateStrategyAddress) returns()
func (pool *Pool) PackSetReserveInterestRateStrategyAddress(asset common.Address, rateStrategyAddress common.Address) []byte {
	enc, err := pool.abi.Pack("setReserveInterestRateStrategyAddress", asset, rateStrategyAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetReserveInterestRateStrategyAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d2118f9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setReserveInterestRateStrategyAddress(address asset, address rateStrategyAddress) returns()
func (pool *Pool) TryPackSetReserveInterestRateStrategyAddress(asset common.Address, rateStrategyAddress common.Address) ([]byte, error) {
	return pool.abi.Pack("setReserveInterestRateStrategyAddress", asset, rateStrategyAddress)
}

// PackSetUserEMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28530a47.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setUserEMode(uint8 categoryId) returns()
func (pool *Pool) PackSetUserEMode(categoryId uint8) []byte {
	enc, err := pool.abi.Pack("setUserEMode", categoryId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetUserEMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28530a47.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setUserEMode(uint8 categoryId) returns()
func (pool *Pool) TryPackSetUserEMode(categoryId uint8) ([]byte, error) {
	return pool.abi.Pack("setUserEMode", categoryId)
}

// PackSetUserUseReserveAsCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a3b74b9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setUserUseReserveAsCollateral(address asset, bool useAsCollateral) returns()
func (pool *Pool) PackSetUserUseReserveAsCollateral(asset common.Address, useAsCollateral bool) []byte {
	enc, err := pool.abi.Pack("setUserUseReserveAsCollateral", asset, useAsCollateral)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetUserUseReserveAsCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a3b74b9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setUserUseReserveAsCollateral(address asset, bool useAsCollateral) returns()
func (pool *Pool) TryPackSetUserUseReserveAsCollateral(asset common.Address, useAsCollateral bool) ([]byte, error) {
	return pool.abi.Pack("setUserUseReserveAsCollateral", asset, useAsCollateral)
}

// PackSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x617ba037.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supply(address asset, uint256 amount, address onBehalfOf, uint16 referralCode) returns()
func (pool *Pool) PackSupply(asset common.Address, amount *big.Int, onBehalfOf common.Address, referralCode uint16) []byte {
	enc, err := pool.abi.Pack("supply", asset, amount, onBehalfOf, referralCode)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x617ba037.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supply(address asset, uint256 amount, address onBehalfOf, uint16 referralCode) returns()
func (pool *Pool) TryPackSupply(asset common.Address, amount *big.Int, onBehalfOf common.Address, referralCode uint16) ([]byte, error) {
	return pool.abi.Pack("supply", asset, amount, onBehalfOf, referralCode)
}

// PackSupplyWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02c205f0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supplyWithPermit(address asset, uint256 amount, address onBehalfOf, uint16 referralCode, uint256 deadline, uint8 permitV, bytes32 permitR, bytes32 permitS) returns()
func (pool *Pool) PackSupplyWithPermit(asset common.Address, amount *big.Int, onBehalfOf common.Address, referralCode uint16, deadline *big.Int, permitV uint8, permitR [32]byte, permitS [32]byte) []byte {
	enc, err := pool.abi.Pack("supplyWithPermit", asset, amount, onBehalfOf, referralCode, deadline, permitV, permitR, permitS)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupplyWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02c205f0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supplyWithPermit(address asset, uint256 amount, address onBehalfOf, uint16 referralCode, uint256 deadline, uint8 permitV, bytes32 permitR, bytes32 permitS) returns()
func (pool *Pool) TryPackSupplyWithPermit(asset common.Address, amount *big.Int, onBehalfOf common.Address, referralCode uint16, deadline *big.Int, permitV uint8, permitR [32]byte, permitS [32]byte) ([]byte, error) {
	return pool.abi.Pack("supplyWithPermit", asset, amount, onBehalfOf, referralCode, deadline, permitV, permitR, permitS)
}

// PackSwapBorrowRateMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94ba89a2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function swapBorrowRateMode(address asset, uint256 interestRateMode) returns()
func (pool *Pool) PackSwapBorrowRateMode(asset common.Address, interestRateMode *big.Int) []byte {
	enc, err := pool.abi.Pack("swapBorrowRateMode", asset, interestRateMode)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSwapBorrowRateMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94ba89a2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function swapBorrowRateMode(address asset, uint256 interestRateMode) returns()
func (pool *Pool) TryPackSwapBorrowRateMode(asset common.Address, interestRateMode *big.Int) ([]byte, error) {
	return pool.abi.Pack("swapBorrowRateMode", asset, interestRateMode)
}

// PackUpdateBridgeProtocolFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3036b439.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateBridgeProtocolFee(uint256 protocolFee) returns()
func (pool *Pool) PackUpdateBridgeProtocolFee(protocolFee *big.Int) []byte {
	enc, err := pool.abi.Pack("updateBridgeProtocolFee", protocolFee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateBridgeProtocolFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3036b439.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateBridgeProtocolFee(uint256 protocolFee) returns()
func (pool *Pool) TryPackUpdateBridgeProtocolFee(protocolFee *big.Int) ([]byte, error) {
	return pool.abi.Pack("updateBridgeProtocolFee", protocolFee)
}

// PackUpdateFlashloanPremiums is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbcb6e522.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateFlashloanPremiums(uint128 flashLoanPremiumTotal, uint128 flashLoanPremiumToProtocol) returns()
func (pool *Pool) PackUpdateFlashloanPremiums(flashLoanPremiumTotal *big.Int, flashLoanPremiumToProtocol *big.Int) []byte {
	enc, err := pool.abi.Pack("updateFlashloanPremiums", flashLoanPremiumTotal, flashLoanPremiumToProtocol)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateFlashloanPremiums is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbcb6e522.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateFlashloanPremiums(uint128 flashLoanPremiumTotal, uint128 flashLoanPremiumToProtocol) returns()
func (pool *Pool) TryPackUpdateFlashloanPremiums(flashLoanPremiumTotal *big.Int, flashLoanPremiumToProtocol *big.Int) ([]byte, error) {
	return pool.abi.Pack("updateFlashloanPremiums", flashLoanPremiumTotal, flashLoanPremiumToProtocol)
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69328dec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(address asset, uint256 amount, address to) returns(uint256)
func (pool *Pool) PackWithdraw(asset common.Address, amount *big.Int, to common.Address) []byte {
	enc, err := pool.abi.Pack("withdraw", asset, amount, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69328dec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(address asset, uint256 amount, address to) returns(uint256)
func (pool *Pool) TryPackWithdraw(asset common.Address, amount *big.Int, to common.Address) ([]byte, error) {
	return pool.abi.Pack("withdraw", asset, amount, to)
}

// UnpackWithdraw is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x69328dec.
//
// Solidity: function withdraw(address asset, uint256 amount, address to) returns(uint256)
func (pool *Pool) UnpackWithdraw(data []byte) (*big.Int, error) {
	out, err := pool.abi.Unpack("withdraw", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PoolBackUnbacked represents a BackUnbacked event raised by the Pool contract.
type PoolBackUnbacked struct {
	Reserve common.Address
	Backer  common.Address
	Amount  *big.Int
	Fee     *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const PoolBackUnbackedEventName = "BackUnbacked"

// ContractEventName returns the user-defined event name.
func (PoolBackUnbacked) ContractEventName() string {
	return PoolBackUnbackedEventName
}

// UnpackBackUnbackedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BackUnbacked(address indexed reserve, address indexed backer, uint256 amount, uint256 fee)
func (pool *Pool) UnpackBackUnbackedEvent(log *types.Log) (*PoolBackUnbacked, error) {
	event := "BackUnbacked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolBackUnbacked)
	if len(log.Data) > 0 {
		if err := pool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pool.abi.Events[event].Inputs {
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

// PoolBorrow represents a Borrow event raised by the Pool contract.
type PoolBorrow struct {
	Reserve          common.Address
	User             common.Address
	OnBehalfOf       common.Address
	Amount           *big.Int
	InterestRateMode uint8
	BorrowRate       *big.Int
	ReferralCode     uint16
	Raw              *types.Log // Blockchain specific contextual infos
}

const PoolBorrowEventName = "Borrow"

// ContractEventName returns the user-defined event name.
func (PoolBorrow) ContractEventName() string {
	return PoolBorrowEventName
}

// UnpackBorrowEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Borrow(address indexed reserve, address user, address indexed onBehalfOf, uint256 amount, uint8 interestRateMode, uint256 borrowRate, uint16 indexed referralCode)
func (pool *Pool) UnpackBorrowEvent(log *types.Log) (*PoolBorrow, error) {
	event := "Borrow"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolBorrow)
	if len(log.Data) > 0 {
		if err := pool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pool.abi.Events[event].Inputs {
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

// PoolFlashLoan represents a FlashLoan event raised by the Pool contract.
type PoolFlashLoan struct {
	Target           common.Address
	Initiator        common.Address
	Asset            common.Address
	Amount           *big.Int
	InterestRateMode uint8
	Premium          *big.Int
	ReferralCode     uint16
	Raw              *types.Log // Blockchain specific contextual infos
}

const PoolFlashLoanEventName = "FlashLoan"

// ContractEventName returns the user-defined event name.
func (PoolFlashLoan) ContractEventName() string {
	return PoolFlashLoanEventName
}

// UnpackFlashLoanEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FlashLoan(address indexed target, address initiator, address indexed asset, uint256 amount, uint8 interestRateMode, uint256 premium, uint16 indexed referralCode)
func (pool *Pool) UnpackFlashLoanEvent(log *types.Log) (*PoolFlashLoan, error) {
	event := "FlashLoan"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolFlashLoan)
	if len(log.Data) > 0 {
		if err := pool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pool.abi.Events[event].Inputs {
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

// PoolIsolationModeTotalDebtUpdated represents a IsolationModeTotalDebtUpdated event raised by the Pool contract.
type PoolIsolationModeTotalDebtUpdated struct {
	Asset     common.Address
	TotalDebt *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const PoolIsolationModeTotalDebtUpdatedEventName = "IsolationModeTotalDebtUpdated"

// ContractEventName returns the user-defined event name.
func (PoolIsolationModeTotalDebtUpdated) ContractEventName() string {
	return PoolIsolationModeTotalDebtUpdatedEventName
}

// UnpackIsolationModeTotalDebtUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IsolationModeTotalDebtUpdated(address indexed asset, uint256 totalDebt)
func (pool *Pool) UnpackIsolationModeTotalDebtUpdatedEvent(log *types.Log) (*PoolIsolationModeTotalDebtUpdated, error) {
	event := "IsolationModeTotalDebtUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolIsolationModeTotalDebtUpdated)
	if len(log.Data) > 0 {
		if err := pool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pool.abi.Events[event].Inputs {
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

// PoolLiquidationCall represents a LiquidationCall event raised by the Pool contract.
type PoolLiquidationCall struct {
	CollateralAsset            common.Address
	DebtAsset                  common.Address
	User                       common.Address
	DebtToCover                *big.Int
	LiquidatedCollateralAmount *big.Int
	Liquidator                 common.Address
	ReceiveAToken              bool
	Raw                        *types.Log // Blockchain specific contextual infos
}

const PoolLiquidationCallEventName = "LiquidationCall"

// ContractEventName returns the user-defined event name.
func (PoolLiquidationCall) ContractEventName() string {
	return PoolLiquidationCallEventName
}

// UnpackLiquidationCallEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LiquidationCall(address indexed collateralAsset, address indexed debtAsset, address indexed user, uint256 debtToCover, uint256 liquidatedCollateralAmount, address liquidator, bool receiveAToken)
func (pool *Pool) UnpackLiquidationCallEvent(log *types.Log) (*PoolLiquidationCall, error) {
	event := "LiquidationCall"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolLiquidationCall)
	if len(log.Data) > 0 {
		if err := pool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pool.abi.Events[event].Inputs {
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

// PoolMintUnbacked represents a MintUnbacked event raised by the Pool contract.
type PoolMintUnbacked struct {
	Reserve      common.Address
	User         common.Address
	OnBehalfOf   common.Address
	Amount       *big.Int
	ReferralCode uint16
	Raw          *types.Log // Blockchain specific contextual infos
}

const PoolMintUnbackedEventName = "MintUnbacked"

// ContractEventName returns the user-defined event name.
func (PoolMintUnbacked) ContractEventName() string {
	return PoolMintUnbackedEventName
}

// UnpackMintUnbackedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MintUnbacked(address indexed reserve, address user, address indexed onBehalfOf, uint256 amount, uint16 indexed referralCode)
func (pool *Pool) UnpackMintUnbackedEvent(log *types.Log) (*PoolMintUnbacked, error) {
	event := "MintUnbacked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolMintUnbacked)
	if len(log.Data) > 0 {
		if err := pool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pool.abi.Events[event].Inputs {
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

// PoolMintedToTreasury represents a MintedToTreasury event raised by the Pool contract.
type PoolMintedToTreasury struct {
	Reserve      common.Address
	AmountMinted *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const PoolMintedToTreasuryEventName = "MintedToTreasury"

// ContractEventName returns the user-defined event name.
func (PoolMintedToTreasury) ContractEventName() string {
	return PoolMintedToTreasuryEventName
}

// UnpackMintedToTreasuryEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MintedToTreasury(address indexed reserve, uint256 amountMinted)
func (pool *Pool) UnpackMintedToTreasuryEvent(log *types.Log) (*PoolMintedToTreasury, error) {
	event := "MintedToTreasury"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolMintedToTreasury)
	if len(log.Data) > 0 {
		if err := pool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pool.abi.Events[event].Inputs {
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

// PoolRebalanceStableBorrowRate represents a RebalanceStableBorrowRate event raised by the Pool contract.
type PoolRebalanceStableBorrowRate struct {
	Reserve common.Address
	User    common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const PoolRebalanceStableBorrowRateEventName = "RebalanceStableBorrowRate"

// ContractEventName returns the user-defined event name.
func (PoolRebalanceStableBorrowRate) ContractEventName() string {
	return PoolRebalanceStableBorrowRateEventName
}

// UnpackRebalanceStableBorrowRateEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RebalanceStableBorrowRate(address indexed reserve, address indexed user)
func (pool *Pool) UnpackRebalanceStableBorrowRateEvent(log *types.Log) (*PoolRebalanceStableBorrowRate, error) {
	event := "RebalanceStableBorrowRate"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolRebalanceStableBorrowRate)
	if len(log.Data) > 0 {
		if err := pool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pool.abi.Events[event].Inputs {
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

// PoolRepay represents a Repay event raised by the Pool contract.
type PoolRepay struct {
	Reserve    common.Address
	User       common.Address
	Repayer    common.Address
	Amount     *big.Int
	UseATokens bool
	Raw        *types.Log // Blockchain specific contextual infos
}

const PoolRepayEventName = "Repay"

// ContractEventName returns the user-defined event name.
func (PoolRepay) ContractEventName() string {
	return PoolRepayEventName
}

// UnpackRepayEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Repay(address indexed reserve, address indexed user, address indexed repayer, uint256 amount, bool useATokens)
func (pool *Pool) UnpackRepayEvent(log *types.Log) (*PoolRepay, error) {
	event := "Repay"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolRepay)
	if len(log.Data) > 0 {
		if err := pool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pool.abi.Events[event].Inputs {
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

// PoolReserveDataUpdated represents a ReserveDataUpdated event raised by the Pool contract.
type PoolReserveDataUpdated struct {
	Reserve             common.Address
	LiquidityRate       *big.Int
	StableBorrowRate    *big.Int
	VariableBorrowRate  *big.Int
	LiquidityIndex      *big.Int
	VariableBorrowIndex *big.Int
	Raw                 *types.Log // Blockchain specific contextual infos
}

const PoolReserveDataUpdatedEventName = "ReserveDataUpdated"

// ContractEventName returns the user-defined event name.
func (PoolReserveDataUpdated) ContractEventName() string {
	return PoolReserveDataUpdatedEventName
}

// UnpackReserveDataUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveDataUpdated(address indexed reserve, uint256 liquidityRate, uint256 stableBorrowRate, uint256 variableBorrowRate, uint256 liquidityIndex, uint256 variableBorrowIndex)
func (pool *Pool) UnpackReserveDataUpdatedEvent(log *types.Log) (*PoolReserveDataUpdated, error) {
	event := "ReserveDataUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolReserveDataUpdated)
	if len(log.Data) > 0 {
		if err := pool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pool.abi.Events[event].Inputs {
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

// PoolReserveUsedAsCollateralDisabled represents a ReserveUsedAsCollateralDisabled event raised by the Pool contract.
type PoolReserveUsedAsCollateralDisabled struct {
	Reserve common.Address
	User    common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const PoolReserveUsedAsCollateralDisabledEventName = "ReserveUsedAsCollateralDisabled"

// ContractEventName returns the user-defined event name.
func (PoolReserveUsedAsCollateralDisabled) ContractEventName() string {
	return PoolReserveUsedAsCollateralDisabledEventName
}

// UnpackReserveUsedAsCollateralDisabledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveUsedAsCollateralDisabled(address indexed reserve, address indexed user)
func (pool *Pool) UnpackReserveUsedAsCollateralDisabledEvent(log *types.Log) (*PoolReserveUsedAsCollateralDisabled, error) {
	event := "ReserveUsedAsCollateralDisabled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolReserveUsedAsCollateralDisabled)
	if len(log.Data) > 0 {
		if err := pool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pool.abi.Events[event].Inputs {
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

// PoolReserveUsedAsCollateralEnabled represents a ReserveUsedAsCollateralEnabled event raised by the Pool contract.
type PoolReserveUsedAsCollateralEnabled struct {
	Reserve common.Address
	User    common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const PoolReserveUsedAsCollateralEnabledEventName = "ReserveUsedAsCollateralEnabled"

// ContractEventName returns the user-defined event name.
func (PoolReserveUsedAsCollateralEnabled) ContractEventName() string {
	return PoolReserveUsedAsCollateralEnabledEventName
}

// UnpackReserveUsedAsCollateralEnabledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveUsedAsCollateralEnabled(address indexed reserve, address indexed user)
func (pool *Pool) UnpackReserveUsedAsCollateralEnabledEvent(log *types.Log) (*PoolReserveUsedAsCollateralEnabled, error) {
	event := "ReserveUsedAsCollateralEnabled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolReserveUsedAsCollateralEnabled)
	if len(log.Data) > 0 {
		if err := pool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pool.abi.Events[event].Inputs {
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

// PoolSupply represents a Supply event raised by the Pool contract.
type PoolSupply struct {
	Reserve      common.Address
	User         common.Address
	OnBehalfOf   common.Address
	Amount       *big.Int
	ReferralCode uint16
	Raw          *types.Log // Blockchain specific contextual infos
}

const PoolSupplyEventName = "Supply"

// ContractEventName returns the user-defined event name.
func (PoolSupply) ContractEventName() string {
	return PoolSupplyEventName
}

// UnpackSupplyEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Supply(address indexed reserve, address user, address indexed onBehalfOf, uint256 amount, uint16 indexed referralCode)
func (pool *Pool) UnpackSupplyEvent(log *types.Log) (*PoolSupply, error) {
	event := "Supply"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolSupply)
	if len(log.Data) > 0 {
		if err := pool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pool.abi.Events[event].Inputs {
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

// PoolSwapBorrowRateMode represents a SwapBorrowRateMode event raised by the Pool contract.
type PoolSwapBorrowRateMode struct {
	Reserve          common.Address
	User             common.Address
	InterestRateMode uint8
	Raw              *types.Log // Blockchain specific contextual infos
}

const PoolSwapBorrowRateModeEventName = "SwapBorrowRateMode"

// ContractEventName returns the user-defined event name.
func (PoolSwapBorrowRateMode) ContractEventName() string {
	return PoolSwapBorrowRateModeEventName
}

// UnpackSwapBorrowRateModeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SwapBorrowRateMode(address indexed reserve, address indexed user, uint8 interestRateMode)
func (pool *Pool) UnpackSwapBorrowRateModeEvent(log *types.Log) (*PoolSwapBorrowRateMode, error) {
	event := "SwapBorrowRateMode"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolSwapBorrowRateMode)
	if len(log.Data) > 0 {
		if err := pool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pool.abi.Events[event].Inputs {
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

// PoolUserEModeSet represents a UserEModeSet event raised by the Pool contract.
type PoolUserEModeSet struct {
	User       common.Address
	CategoryId uint8
	Raw        *types.Log // Blockchain specific contextual infos
}

const PoolUserEModeSetEventName = "UserEModeSet"

// ContractEventName returns the user-defined event name.
func (PoolUserEModeSet) ContractEventName() string {
	return PoolUserEModeSetEventName
}

// UnpackUserEModeSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UserEModeSet(address indexed user, uint8 categoryId)
func (pool *Pool) UnpackUserEModeSetEvent(log *types.Log) (*PoolUserEModeSet, error) {
	event := "UserEModeSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolUserEModeSet)
	if len(log.Data) > 0 {
		if err := pool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pool.abi.Events[event].Inputs {
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

// PoolWithdraw represents a Withdraw event raised by the Pool contract.
type PoolWithdraw struct {
	Reserve common.Address
	User    common.Address
	To      common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const PoolWithdrawEventName = "Withdraw"

// ContractEventName returns the user-defined event name.
func (PoolWithdraw) ContractEventName() string {
	return PoolWithdrawEventName
}

// UnpackWithdrawEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdraw(address indexed reserve, address indexed user, address indexed to, uint256 amount)
func (pool *Pool) UnpackWithdrawEvent(log *types.Log) (*PoolWithdraw, error) {
	event := "Withdraw"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolWithdraw)
	if len(log.Data) > 0 {
		if err := pool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pool.abi.Events[event].Inputs {
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
