// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package poolconfigurator

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

// ConfiguratorInputTypesInitReserveInput is an auto generated low-level Go binding around an user-defined struct.
type ConfiguratorInputTypesInitReserveInput struct {
	ATokenImpl                  common.Address
	StableDebtTokenImpl         common.Address
	VariableDebtTokenImpl       common.Address
	UnderlyingAssetDecimals     uint8
	InterestRateStrategyAddress common.Address
	UnderlyingAsset             common.Address
	Treasury                    common.Address
	IncentivesController        common.Address
	ATokenName                  string
	ATokenSymbol                string
	VariableDebtTokenName       string
	VariableDebtTokenSymbol     string
	StableDebtTokenName         string
	StableDebtTokenSymbol       string
	Params                      []byte
}

// ConfiguratorInputTypesUpdateATokenInput is an auto generated low-level Go binding around an user-defined struct.
type ConfiguratorInputTypesUpdateATokenInput struct {
	Asset                common.Address
	Treasury             common.Address
	IncentivesController common.Address
	Name                 string
	Symbol               string
	Implementation       common.Address
	Params               []byte
}

// ConfiguratorInputTypesUpdateDebtTokenInput is an auto generated low-level Go binding around an user-defined struct.
type ConfiguratorInputTypesUpdateDebtTokenInput struct {
	Asset                common.Address
	IncentivesController common.Address
	Name                 string
	Symbol               string
	Implementation       common.Address
	Params               []byte
}

// PoolConfiguratorMetaData contains all meta data concerning the PoolConfigurator contract.
var PoolConfiguratorMetaData = bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proxy\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ATokenUpgraded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldBorrowCap\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newBorrowCap\",\"type\":\"uint256\"}],\"name\":\"BorrowCapChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"borrowable\",\"type\":\"bool\"}],\"name\":\"BorrowableInIsolationChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldBridgeProtocolFee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newBridgeProtocolFee\",\"type\":\"uint256\"}],\"name\":\"BridgeProtocolFeeUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"ltv\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"liquidationThreshold\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"liquidationBonus\",\"type\":\"uint256\"}],\"name\":\"CollateralConfigurationChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldDebtCeiling\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newDebtCeiling\",\"type\":\"uint256\"}],\"name\":\"DebtCeilingChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"oldCategoryId\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"newCategoryId\",\"type\":\"uint8\"}],\"name\":\"EModeAssetCategoryChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"categoryId\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"ltv\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"liquidationThreshold\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"liquidationBonus\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"label\",\"type\":\"string\"}],\"name\":\"EModeCategoryAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"oldFlashloanPremiumToProtocol\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"newFlashloanPremiumToProtocol\",\"type\":\"uint128\"}],\"name\":\"FlashloanPremiumToProtocolUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"oldFlashloanPremiumTotal\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"newFlashloanPremiumTotal\",\"type\":\"uint128\"}],\"name\":\"FlashloanPremiumTotalUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldFee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newFee\",\"type\":\"uint256\"}],\"name\":\"LiquidationProtocolFeeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"ReserveActive\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"ReserveBorrowing\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"ReserveDropped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldReserveFactor\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newReserveFactor\",\"type\":\"uint256\"}],\"name\":\"ReserveFactorChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"ReserveFlashLoaning\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"frozen\",\"type\":\"bool\"}],\"name\":\"ReserveFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"aToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"stableDebtToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"variableDebtToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"interestRateStrategyAddress\",\"type\":\"address\"}],\"name\":\"ReserveInitialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"oldStrategy\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"newStrategy\",\"type\":\"address\"}],\"name\":\"ReserveInterestRateStrategyChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"paused\",\"type\":\"bool\"}],\"name\":\"ReservePaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"ReserveStableRateBorrowing\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"oldState\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"newState\",\"type\":\"bool\"}],\"name\":\"SiloedBorrowingChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proxy\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"StableDebtTokenUpgraded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldSupplyCap\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newSupplyCap\",\"type\":\"uint256\"}],\"name\":\"SupplyCapChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldUnbackedMintCap\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newUnbackedMintCap\",\"type\":\"uint256\"}],\"name\":\"UnbackedMintCapChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proxy\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"VariableDebtTokenUpgraded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CONFIGURATOR_REVISION\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"ltv\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"liquidationThreshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"liquidationBonus\",\"type\":\"uint256\"}],\"name\":\"configureReserveAsCollateral\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"dropReserve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"aTokenImpl\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"stableDebtTokenImpl\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"variableDebtTokenImpl\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"underlyingAssetDecimals\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"interestRateStrategyAddress\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"underlyingAsset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"incentivesController\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"aTokenName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"aTokenSymbol\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"variableDebtTokenName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"variableDebtTokenSymbol\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"stableDebtTokenName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"stableDebtTokenSymbol\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"}],\"internalType\":\"structConfiguratorInputTypes.InitReserveInput[]\",\"name\":\"input\",\"type\":\"tuple[]\"}],\"name\":\"initReserves\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIPoolAddressesProvider\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"newCategoryId\",\"type\":\"uint8\"}],\"name\":\"setAssetEModeCategory\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"newBorrowCap\",\"type\":\"uint256\"}],\"name\":\"setBorrowCap\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"borrowable\",\"type\":\"bool\"}],\"name\":\"setBorrowableInIsolation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"newDebtCeiling\",\"type\":\"uint256\"}],\"name\":\"setDebtCeiling\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"categoryId\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"ltv\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"liquidationThreshold\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"liquidationBonus\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"label\",\"type\":\"string\"}],\"name\":\"setEModeCategory\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"newFee\",\"type\":\"uint256\"}],\"name\":\"setLiquidationProtocolFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"paused\",\"type\":\"bool\"}],\"name\":\"setPoolPause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"setReserveActive\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"setReserveBorrowing\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"newReserveFactor\",\"type\":\"uint256\"}],\"name\":\"setReserveFactor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"setReserveFlashLoaning\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"freeze\",\"type\":\"bool\"}],\"name\":\"setReserveFreeze\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"newRateStrategyAddress\",\"type\":\"address\"}],\"name\":\"setReserveInterestRateStrategyAddress\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"paused\",\"type\":\"bool\"}],\"name\":\"setReservePause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"setReserveStableRateBorrowing\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"newSiloed\",\"type\":\"bool\"}],\"name\":\"setSiloedBorrowing\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"newSupplyCap\",\"type\":\"uint256\"}],\"name\":\"setSupplyCap\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"newUnbackedMintCap\",\"type\":\"uint256\"}],\"name\":\"setUnbackedMintCap\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"incentivesController\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"}],\"internalType\":\"structConfiguratorInputTypes.UpdateATokenInput\",\"name\":\"input\",\"type\":\"tuple\"}],\"name\":\"updateAToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newBridgeProtocolFee\",\"type\":\"uint256\"}],\"name\":\"updateBridgeProtocolFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint128\",\"name\":\"newFlashloanPremiumToProtocol\",\"type\":\"uint128\"}],\"name\":\"updateFlashloanPremiumToProtocol\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint128\",\"name\":\"newFlashloanPremiumTotal\",\"type\":\"uint128\"}],\"name\":\"updateFlashloanPremiumTotal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"incentivesController\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"}],\"internalType\":\"structConfiguratorInputTypes.UpdateDebtTokenInput\",\"name\":\"input\",\"type\":\"tuple\"}],\"name\":\"updateStableDebtToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"incentivesController\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"}],\"internalType\":\"structConfiguratorInputTypes.UpdateDebtTokenInput\",\"name\":\"input\",\"type\":\"tuple\"}],\"name\":\"updateVariableDebtToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "PoolConfigurator",
}

// PoolConfigurator is an auto generated Go binding around an Ethereum contract.
type PoolConfigurator struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *PoolConfigurator) GetABI() abi.ABI {
	return c.abi
}

// NewPoolConfigurator creates a new instance of PoolConfigurator.
func NewPoolConfigurator() *PoolConfigurator {
	parsed, err := PoolConfiguratorMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &PoolConfigurator{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *PoolConfigurator) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCONFIGURATORREVISION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7af635a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CONFIGURATOR_REVISION() view returns(uint256)
func (poolConfigurator *PoolConfigurator) PackCONFIGURATORREVISION() []byte {
	enc, err := poolConfigurator.abi.Pack("CONFIGURATOR_REVISION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCONFIGURATORREVISION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7af635a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CONFIGURATOR_REVISION() view returns(uint256)
func (poolConfigurator *PoolConfigurator) TryPackCONFIGURATORREVISION() ([]byte, error) {
	return poolConfigurator.abi.Pack("CONFIGURATOR_REVISION")
}

// UnpackCONFIGURATORREVISION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7af635a6.
//
// Solidity: function CONFIGURATOR_REVISION() view returns(uint256)
func (poolConfigurator *PoolConfigurator) UnpackCONFIGURATORREVISION(data []byte) (*big.Int, error) {
	out, err := poolConfigurator.abi.Unpack("CONFIGURATOR_REVISION", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackConfigureReserveAsCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c4e560b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function configureReserveAsCollateral(address asset, uint256 ltv, uint256 liquidationThreshold, uint256 liquidationBonus) returns()
func (poolConfigurator *PoolConfigurator) PackConfigureReserveAsCollateral(asset common.Address, ltv *big.Int, liquidationThreshold *big.Int, liquidationBonus *big.Int) []byte {
	enc, err := poolConfigurator.abi.Pack("configureReserveAsCollateral", asset, ltv, liquidationThreshold, liquidationBonus)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfigureReserveAsCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c4e560b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function configureReserveAsCollateral(address asset, uint256 ltv, uint256 liquidationThreshold, uint256 liquidationBonus) returns()
func (poolConfigurator *PoolConfigurator) TryPackConfigureReserveAsCollateral(asset common.Address, ltv *big.Int, liquidationThreshold *big.Int, liquidationBonus *big.Int) ([]byte, error) {
	return poolConfigurator.abi.Pack("configureReserveAsCollateral", asset, ltv, liquidationThreshold, liquidationBonus)
}

// PackDropReserve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63c9b860.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dropReserve(address asset) returns()
func (poolConfigurator *PoolConfigurator) PackDropReserve(asset common.Address) []byte {
	enc, err := poolConfigurator.abi.Pack("dropReserve", asset)
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
func (poolConfigurator *PoolConfigurator) TryPackDropReserve(asset common.Address) ([]byte, error) {
	return poolConfigurator.abi.Pack("dropReserve", asset)
}

// PackInitReserves is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02fb45e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initReserves((address,address,address,uint8,address,address,address,address,string,string,string,string,string,string,bytes)[] input) returns()
func (poolConfigurator *PoolConfigurator) PackInitReserves(input []ConfiguratorInputTypesInitReserveInput) []byte {
	enc, err := poolConfigurator.abi.Pack("initReserves", input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitReserves is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02fb45e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initReserves((address,address,address,uint8,address,address,address,address,string,string,string,string,string,string,bytes)[] input) returns()
func (poolConfigurator *PoolConfigurator) TryPackInitReserves(input []ConfiguratorInputTypesInitReserveInput) ([]byte, error) {
	return poolConfigurator.abi.Pack("initReserves", input)
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4d66de8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address provider) returns()
func (poolConfigurator *PoolConfigurator) PackInitialize(provider common.Address) []byte {
	enc, err := poolConfigurator.abi.Pack("initialize", provider)
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
func (poolConfigurator *PoolConfigurator) TryPackInitialize(provider common.Address) ([]byte, error) {
	return poolConfigurator.abi.Pack("initialize", provider)
}

// PackSetAssetEModeCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4fe3f99.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAssetEModeCategory(address asset, uint8 newCategoryId) returns()
func (poolConfigurator *PoolConfigurator) PackSetAssetEModeCategory(asset common.Address, newCategoryId uint8) []byte {
	enc, err := poolConfigurator.abi.Pack("setAssetEModeCategory", asset, newCategoryId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAssetEModeCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4fe3f99.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAssetEModeCategory(address asset, uint8 newCategoryId) returns()
func (poolConfigurator *PoolConfigurator) TryPackSetAssetEModeCategory(asset common.Address, newCategoryId uint8) ([]byte, error) {
	return poolConfigurator.abi.Pack("setAssetEModeCategory", asset, newCategoryId)
}

// PackSetBorrowCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd14a0983.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setBorrowCap(address asset, uint256 newBorrowCap) returns()
func (poolConfigurator *PoolConfigurator) PackSetBorrowCap(asset common.Address, newBorrowCap *big.Int) []byte {
	enc, err := poolConfigurator.abi.Pack("setBorrowCap", asset, newBorrowCap)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetBorrowCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd14a0983.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setBorrowCap(address asset, uint256 newBorrowCap) returns()
func (poolConfigurator *PoolConfigurator) TryPackSetBorrowCap(asset common.Address, newBorrowCap *big.Int) ([]byte, error) {
	return poolConfigurator.abi.Pack("setBorrowCap", asset, newBorrowCap)
}

// PackSetBorrowableInIsolation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38ae0cc3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setBorrowableInIsolation(address asset, bool borrowable) returns()
func (poolConfigurator *PoolConfigurator) PackSetBorrowableInIsolation(asset common.Address, borrowable bool) []byte {
	enc, err := poolConfigurator.abi.Pack("setBorrowableInIsolation", asset, borrowable)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetBorrowableInIsolation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38ae0cc3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setBorrowableInIsolation(address asset, bool borrowable) returns()
func (poolConfigurator *PoolConfigurator) TryPackSetBorrowableInIsolation(asset common.Address, borrowable bool) ([]byte, error) {
	return poolConfigurator.abi.Pack("setBorrowableInIsolation", asset, borrowable)
}

// PackSetDebtCeiling is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaeb4fcc1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDebtCeiling(address asset, uint256 newDebtCeiling) returns()
func (poolConfigurator *PoolConfigurator) PackSetDebtCeiling(asset common.Address, newDebtCeiling *big.Int) []byte {
	enc, err := poolConfigurator.abi.Pack("setDebtCeiling", asset, newDebtCeiling)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetDebtCeiling is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaeb4fcc1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setDebtCeiling(address asset, uint256 newDebtCeiling) returns()
func (poolConfigurator *PoolConfigurator) TryPackSetDebtCeiling(asset common.Address, newDebtCeiling *big.Int) ([]byte, error) {
	return poolConfigurator.abi.Pack("setDebtCeiling", asset, newDebtCeiling)
}

// PackSetEModeCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc19d61e4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setEModeCategory(uint8 categoryId, uint16 ltv, uint16 liquidationThreshold, uint16 liquidationBonus, address oracle, string label) returns()
func (poolConfigurator *PoolConfigurator) PackSetEModeCategory(categoryId uint8, ltv uint16, liquidationThreshold uint16, liquidationBonus uint16, oracle common.Address, label string) []byte {
	enc, err := poolConfigurator.abi.Pack("setEModeCategory", categoryId, ltv, liquidationThreshold, liquidationBonus, oracle, label)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetEModeCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc19d61e4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setEModeCategory(uint8 categoryId, uint16 ltv, uint16 liquidationThreshold, uint16 liquidationBonus, address oracle, string label) returns()
func (poolConfigurator *PoolConfigurator) TryPackSetEModeCategory(categoryId uint8, ltv uint16, liquidationThreshold uint16, liquidationBonus uint16, oracle common.Address, label string) ([]byte, error) {
	return poolConfigurator.abi.Pack("setEModeCategory", categoryId, ltv, liquidationThreshold, liquidationBonus, oracle, label)
}

// PackSetLiquidationProtocolFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26d2cec2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setLiquidationProtocolFee(address asset, uint256 newFee) returns()
func (poolConfigurator *PoolConfigurator) PackSetLiquidationProtocolFee(asset common.Address, newFee *big.Int) []byte {
	enc, err := poolConfigurator.abi.Pack("setLiquidationProtocolFee", asset, newFee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetLiquidationProtocolFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26d2cec2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setLiquidationProtocolFee(address asset, uint256 newFee) returns()
func (poolConfigurator *PoolConfigurator) TryPackSetLiquidationProtocolFee(asset common.Address, newFee *big.Int) ([]byte, error) {
	return poolConfigurator.abi.Pack("setLiquidationProtocolFee", asset, newFee)
}

// PackSetPoolPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7641f3d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPoolPause(bool paused) returns()
func (poolConfigurator *PoolConfigurator) PackSetPoolPause(paused bool) []byte {
	enc, err := poolConfigurator.abi.Pack("setPoolPause", paused)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPoolPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7641f3d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPoolPause(bool paused) returns()
func (poolConfigurator *PoolConfigurator) TryPackSetPoolPause(paused bool) ([]byte, error) {
	return poolConfigurator.abi.Pack("setPoolPause", paused)
}

// PackSetReserveActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb736aaeb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReserveActive(address asset, bool active) returns()
func (poolConfigurator *PoolConfigurator) PackSetReserveActive(asset common.Address, active bool) []byte {
	enc, err := poolConfigurator.abi.Pack("setReserveActive", asset, active)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetReserveActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb736aaeb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setReserveActive(address asset, bool active) returns()
func (poolConfigurator *PoolConfigurator) TryPackSetReserveActive(asset common.Address, active bool) ([]byte, error) {
	return poolConfigurator.abi.Pack("setReserveActive", asset, active)
}

// PackSetReserveBorrowing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x682cf264.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReserveBorrowing(address asset, bool enabled) returns()
func (poolConfigurator *PoolConfigurator) PackSetReserveBorrowing(asset common.Address, enabled bool) []byte {
	enc, err := poolConfigurator.abi.Pack("setReserveBorrowing", asset, enabled)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetReserveBorrowing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x682cf264.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setReserveBorrowing(address asset, bool enabled) returns()
func (poolConfigurator *PoolConfigurator) TryPackSetReserveBorrowing(asset common.Address, enabled bool) ([]byte, error) {
	return poolConfigurator.abi.Pack("setReserveBorrowing", asset, enabled)
}

// PackSetReserveFactor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b4e6753.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReserveFactor(address asset, uint256 newReserveFactor) returns()
func (poolConfigurator *PoolConfigurator) PackSetReserveFactor(asset common.Address, newReserveFactor *big.Int) []byte {
	enc, err := poolConfigurator.abi.Pack("setReserveFactor", asset, newReserveFactor)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetReserveFactor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b4e6753.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setReserveFactor(address asset, uint256 newReserveFactor) returns()
func (poolConfigurator *PoolConfigurator) TryPackSetReserveFactor(asset common.Address, newReserveFactor *big.Int) ([]byte, error) {
	return poolConfigurator.abi.Pack("setReserveFactor", asset, newReserveFactor)
}

// PackSetReserveFlashLoaning is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf213ef0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReserveFlashLoaning(address asset, bool enabled) returns()
func (poolConfigurator *PoolConfigurator) PackSetReserveFlashLoaning(asset common.Address, enabled bool) []byte {
	enc, err := poolConfigurator.abi.Pack("setReserveFlashLoaning", asset, enabled)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetReserveFlashLoaning is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf213ef0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setReserveFlashLoaning(address asset, bool enabled) returns()
func (poolConfigurator *PoolConfigurator) TryPackSetReserveFlashLoaning(asset common.Address, enabled bool) ([]byte, error) {
	return poolConfigurator.abi.Pack("setReserveFlashLoaning", asset, enabled)
}

// PackSetReserveFreeze is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96e957c4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReserveFreeze(address asset, bool freeze) returns()
func (poolConfigurator *PoolConfigurator) PackSetReserveFreeze(asset common.Address, freeze bool) []byte {
	enc, err := poolConfigurator.abi.Pack("setReserveFreeze", asset, freeze)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetReserveFreeze is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96e957c4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setReserveFreeze(address asset, bool freeze) returns()
func (poolConfigurator *PoolConfigurator) TryPackSetReserveFreeze(asset common.Address, freeze bool) ([]byte, error) {
	return poolConfigurator.abi.Pack("setReserveFreeze", asset, freeze)
}

// PackSetReserveInterestRateStrategyAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d2118f9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReserveInterestRateStrategyAddress(address asset, address newRateStrategyAddress) returns()
func (poolConfigurator *PoolConfigurator) PackSetReserveInterestRateStrategyAddress(asset common.Address, newRateStrategyAddress common.Address) []byte {
	enc, err := poolConfigurator.abi.Pack("setReserveInterestRateStrategyAddress", asset, newRateStrategyAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetReserveInterestRateStrategyAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d2118f9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setReserveInterestRateStrategyAddress(address asset, address newRateStrategyAddress) returns()
func (poolConfigurator *PoolConfigurator) TryPackSetReserveInterestRateStrategyAddress(asset common.Address, newRateStrategyAddress common.Address) ([]byte, error) {
	return poolConfigurator.abi.Pack("setReserveInterestRateStrategyAddress", asset, newRateStrategyAddress)
}

// PackSetReservePause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48d9fba9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReservePause(address asset, bool paused) returns()
func (poolConfigurator *PoolConfigurator) PackSetReservePause(asset common.Address, paused bool) []byte {
	enc, err := poolConfigurator.abi.Pack("setReservePause", asset, paused)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetReservePause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48d9fba9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setReservePause(address asset, bool paused) returns()
func (poolConfigurator *PoolConfigurator) TryPackSetReservePause(asset common.Address, paused bool) ([]byte, error) {
	return poolConfigurator.abi.Pack("setReservePause", asset, paused)
}

// PackSetReserveStableRateBorrowing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a751a60.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReserveStableRateBorrowing(address asset, bool enabled) returns()
func (poolConfigurator *PoolConfigurator) PackSetReserveStableRateBorrowing(asset common.Address, enabled bool) []byte {
	enc, err := poolConfigurator.abi.Pack("setReserveStableRateBorrowing", asset, enabled)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetReserveStableRateBorrowing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a751a60.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setReserveStableRateBorrowing(address asset, bool enabled) returns()
func (poolConfigurator *PoolConfigurator) TryPackSetReserveStableRateBorrowing(asset common.Address, enabled bool) ([]byte, error) {
	return poolConfigurator.abi.Pack("setReserveStableRateBorrowing", asset, enabled)
}

// PackSetSiloedBorrowing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7fa83b7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSiloedBorrowing(address asset, bool newSiloed) returns()
func (poolConfigurator *PoolConfigurator) PackSetSiloedBorrowing(asset common.Address, newSiloed bool) []byte {
	enc, err := poolConfigurator.abi.Pack("setSiloedBorrowing", asset, newSiloed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetSiloedBorrowing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7fa83b7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setSiloedBorrowing(address asset, bool newSiloed) returns()
func (poolConfigurator *PoolConfigurator) TryPackSetSiloedBorrowing(asset common.Address, newSiloed bool) ([]byte, error) {
	return poolConfigurator.abi.Pack("setSiloedBorrowing", asset, newSiloed)
}

// PackSetSupplyCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x571f03e5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSupplyCap(address asset, uint256 newSupplyCap) returns()
func (poolConfigurator *PoolConfigurator) PackSetSupplyCap(asset common.Address, newSupplyCap *big.Int) []byte {
	enc, err := poolConfigurator.abi.Pack("setSupplyCap", asset, newSupplyCap)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetSupplyCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x571f03e5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setSupplyCap(address asset, uint256 newSupplyCap) returns()
func (poolConfigurator *PoolConfigurator) TryPackSetSupplyCap(asset common.Address, newSupplyCap *big.Int) ([]byte, error) {
	return poolConfigurator.abi.Pack("setSupplyCap", asset, newSupplyCap)
}

// PackSetUnbackedMintCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x145f5892.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setUnbackedMintCap(address asset, uint256 newUnbackedMintCap) returns()
func (poolConfigurator *PoolConfigurator) PackSetUnbackedMintCap(asset common.Address, newUnbackedMintCap *big.Int) []byte {
	enc, err := poolConfigurator.abi.Pack("setUnbackedMintCap", asset, newUnbackedMintCap)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetUnbackedMintCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x145f5892.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setUnbackedMintCap(address asset, uint256 newUnbackedMintCap) returns()
func (poolConfigurator *PoolConfigurator) TryPackSetUnbackedMintCap(asset common.Address, newUnbackedMintCap *big.Int) ([]byte, error) {
	return poolConfigurator.abi.Pack("setUnbackedMintCap", asset, newUnbackedMintCap)
}

// PackUpdateAToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb01c37c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateAToken((address,address,address,string,string,address,bytes) input) returns()
func (poolConfigurator *PoolConfigurator) PackUpdateAToken(input ConfiguratorInputTypesUpdateATokenInput) []byte {
	enc, err := poolConfigurator.abi.Pack("updateAToken", input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateAToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb01c37c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateAToken((address,address,address,string,string,address,bytes) input) returns()
func (poolConfigurator *PoolConfigurator) TryPackUpdateAToken(input ConfiguratorInputTypesUpdateATokenInput) ([]byte, error) {
	return poolConfigurator.abi.Pack("updateAToken", input)
}

// PackUpdateBridgeProtocolFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3036b439.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateBridgeProtocolFee(uint256 newBridgeProtocolFee) returns()
func (poolConfigurator *PoolConfigurator) PackUpdateBridgeProtocolFee(newBridgeProtocolFee *big.Int) []byte {
	enc, err := poolConfigurator.abi.Pack("updateBridgeProtocolFee", newBridgeProtocolFee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateBridgeProtocolFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3036b439.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateBridgeProtocolFee(uint256 newBridgeProtocolFee) returns()
func (poolConfigurator *PoolConfigurator) TryPackUpdateBridgeProtocolFee(newBridgeProtocolFee *big.Int) ([]byte, error) {
	return poolConfigurator.abi.Pack("updateBridgeProtocolFee", newBridgeProtocolFee)
}

// PackUpdateFlashloanPremiumToProtocol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1df970bd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateFlashloanPremiumToProtocol(uint128 newFlashloanPremiumToProtocol) returns()
func (poolConfigurator *PoolConfigurator) PackUpdateFlashloanPremiumToProtocol(newFlashloanPremiumToProtocol *big.Int) []byte {
	enc, err := poolConfigurator.abi.Pack("updateFlashloanPremiumToProtocol", newFlashloanPremiumToProtocol)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateFlashloanPremiumToProtocol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1df970bd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateFlashloanPremiumToProtocol(uint128 newFlashloanPremiumToProtocol) returns()
func (poolConfigurator *PoolConfigurator) TryPackUpdateFlashloanPremiumToProtocol(newFlashloanPremiumToProtocol *big.Int) ([]byte, error) {
	return poolConfigurator.abi.Pack("updateFlashloanPremiumToProtocol", newFlashloanPremiumToProtocol)
}

// PackUpdateFlashloanPremiumTotal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a493676.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateFlashloanPremiumTotal(uint128 newFlashloanPremiumTotal) returns()
func (poolConfigurator *PoolConfigurator) PackUpdateFlashloanPremiumTotal(newFlashloanPremiumTotal *big.Int) []byte {
	enc, err := poolConfigurator.abi.Pack("updateFlashloanPremiumTotal", newFlashloanPremiumTotal)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateFlashloanPremiumTotal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a493676.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateFlashloanPremiumTotal(uint128 newFlashloanPremiumTotal) returns()
func (poolConfigurator *PoolConfigurator) TryPackUpdateFlashloanPremiumTotal(newFlashloanPremiumTotal *big.Int) ([]byte, error) {
	return poolConfigurator.abi.Pack("updateFlashloanPremiumTotal", newFlashloanPremiumTotal)
}

// PackUpdateStableDebtToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7626cde3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateStableDebtToken((address,address,string,string,address,bytes) input) returns()
func (poolConfigurator *PoolConfigurator) PackUpdateStableDebtToken(input ConfiguratorInputTypesUpdateDebtTokenInput) []byte {
	enc, err := poolConfigurator.abi.Pack("updateStableDebtToken", input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateStableDebtToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7626cde3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateStableDebtToken((address,address,string,string,address,bytes) input) returns()
func (poolConfigurator *PoolConfigurator) TryPackUpdateStableDebtToken(input ConfiguratorInputTypesUpdateDebtTokenInput) ([]byte, error) {
	return poolConfigurator.abi.Pack("updateStableDebtToken", input)
}

// PackUpdateVariableDebtToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad4e6432.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateVariableDebtToken((address,address,string,string,address,bytes) input) returns()
func (poolConfigurator *PoolConfigurator) PackUpdateVariableDebtToken(input ConfiguratorInputTypesUpdateDebtTokenInput) []byte {
	enc, err := poolConfigurator.abi.Pack("updateVariableDebtToken", input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateVariableDebtToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad4e6432.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateVariableDebtToken((address,address,string,string,address,bytes) input) returns()
func (poolConfigurator *PoolConfigurator) TryPackUpdateVariableDebtToken(input ConfiguratorInputTypesUpdateDebtTokenInput) ([]byte, error) {
	return poolConfigurator.abi.Pack("updateVariableDebtToken", input)
}

// PoolConfiguratorATokenUpgraded represents a ATokenUpgraded event raised by the PoolConfigurator contract.
type PoolConfiguratorATokenUpgraded struct {
	Asset          common.Address
	Proxy          common.Address
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorATokenUpgradedEventName = "ATokenUpgraded"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorATokenUpgraded) ContractEventName() string {
	return PoolConfiguratorATokenUpgradedEventName
}

// UnpackATokenUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ATokenUpgraded(address indexed asset, address indexed proxy, address indexed implementation)
func (poolConfigurator *PoolConfigurator) UnpackATokenUpgradedEvent(log *types.Log) (*PoolConfiguratorATokenUpgraded, error) {
	event := "ATokenUpgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorATokenUpgraded)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorBorrowCapChanged represents a BorrowCapChanged event raised by the PoolConfigurator contract.
type PoolConfiguratorBorrowCapChanged struct {
	Asset        common.Address
	OldBorrowCap *big.Int
	NewBorrowCap *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorBorrowCapChangedEventName = "BorrowCapChanged"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorBorrowCapChanged) ContractEventName() string {
	return PoolConfiguratorBorrowCapChangedEventName
}

// UnpackBorrowCapChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BorrowCapChanged(address indexed asset, uint256 oldBorrowCap, uint256 newBorrowCap)
func (poolConfigurator *PoolConfigurator) UnpackBorrowCapChangedEvent(log *types.Log) (*PoolConfiguratorBorrowCapChanged, error) {
	event := "BorrowCapChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorBorrowCapChanged)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorBorrowableInIsolationChanged represents a BorrowableInIsolationChanged event raised by the PoolConfigurator contract.
type PoolConfiguratorBorrowableInIsolationChanged struct {
	Asset      common.Address
	Borrowable bool
	Raw        *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorBorrowableInIsolationChangedEventName = "BorrowableInIsolationChanged"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorBorrowableInIsolationChanged) ContractEventName() string {
	return PoolConfiguratorBorrowableInIsolationChangedEventName
}

// UnpackBorrowableInIsolationChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BorrowableInIsolationChanged(address asset, bool borrowable)
func (poolConfigurator *PoolConfigurator) UnpackBorrowableInIsolationChangedEvent(log *types.Log) (*PoolConfiguratorBorrowableInIsolationChanged, error) {
	event := "BorrowableInIsolationChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorBorrowableInIsolationChanged)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorBridgeProtocolFeeUpdated represents a BridgeProtocolFeeUpdated event raised by the PoolConfigurator contract.
type PoolConfiguratorBridgeProtocolFeeUpdated struct {
	OldBridgeProtocolFee *big.Int
	NewBridgeProtocolFee *big.Int
	Raw                  *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorBridgeProtocolFeeUpdatedEventName = "BridgeProtocolFeeUpdated"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorBridgeProtocolFeeUpdated) ContractEventName() string {
	return PoolConfiguratorBridgeProtocolFeeUpdatedEventName
}

// UnpackBridgeProtocolFeeUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BridgeProtocolFeeUpdated(uint256 oldBridgeProtocolFee, uint256 newBridgeProtocolFee)
func (poolConfigurator *PoolConfigurator) UnpackBridgeProtocolFeeUpdatedEvent(log *types.Log) (*PoolConfiguratorBridgeProtocolFeeUpdated, error) {
	event := "BridgeProtocolFeeUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorBridgeProtocolFeeUpdated)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorCollateralConfigurationChanged represents a CollateralConfigurationChanged event raised by the PoolConfigurator contract.
type PoolConfiguratorCollateralConfigurationChanged struct {
	Asset                common.Address
	Ltv                  *big.Int
	LiquidationThreshold *big.Int
	LiquidationBonus     *big.Int
	Raw                  *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorCollateralConfigurationChangedEventName = "CollateralConfigurationChanged"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorCollateralConfigurationChanged) ContractEventName() string {
	return PoolConfiguratorCollateralConfigurationChangedEventName
}

// UnpackCollateralConfigurationChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CollateralConfigurationChanged(address indexed asset, uint256 ltv, uint256 liquidationThreshold, uint256 liquidationBonus)
func (poolConfigurator *PoolConfigurator) UnpackCollateralConfigurationChangedEvent(log *types.Log) (*PoolConfiguratorCollateralConfigurationChanged, error) {
	event := "CollateralConfigurationChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorCollateralConfigurationChanged)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorDebtCeilingChanged represents a DebtCeilingChanged event raised by the PoolConfigurator contract.
type PoolConfiguratorDebtCeilingChanged struct {
	Asset          common.Address
	OldDebtCeiling *big.Int
	NewDebtCeiling *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorDebtCeilingChangedEventName = "DebtCeilingChanged"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorDebtCeilingChanged) ContractEventName() string {
	return PoolConfiguratorDebtCeilingChangedEventName
}

// UnpackDebtCeilingChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DebtCeilingChanged(address indexed asset, uint256 oldDebtCeiling, uint256 newDebtCeiling)
func (poolConfigurator *PoolConfigurator) UnpackDebtCeilingChangedEvent(log *types.Log) (*PoolConfiguratorDebtCeilingChanged, error) {
	event := "DebtCeilingChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorDebtCeilingChanged)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorEModeAssetCategoryChanged represents a EModeAssetCategoryChanged event raised by the PoolConfigurator contract.
type PoolConfiguratorEModeAssetCategoryChanged struct {
	Asset         common.Address
	OldCategoryId uint8
	NewCategoryId uint8
	Raw           *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorEModeAssetCategoryChangedEventName = "EModeAssetCategoryChanged"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorEModeAssetCategoryChanged) ContractEventName() string {
	return PoolConfiguratorEModeAssetCategoryChangedEventName
}

// UnpackEModeAssetCategoryChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EModeAssetCategoryChanged(address indexed asset, uint8 oldCategoryId, uint8 newCategoryId)
func (poolConfigurator *PoolConfigurator) UnpackEModeAssetCategoryChangedEvent(log *types.Log) (*PoolConfiguratorEModeAssetCategoryChanged, error) {
	event := "EModeAssetCategoryChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorEModeAssetCategoryChanged)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorEModeCategoryAdded represents a EModeCategoryAdded event raised by the PoolConfigurator contract.
type PoolConfiguratorEModeCategoryAdded struct {
	CategoryId           uint8
	Ltv                  *big.Int
	LiquidationThreshold *big.Int
	LiquidationBonus     *big.Int
	Oracle               common.Address
	Label                string
	Raw                  *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorEModeCategoryAddedEventName = "EModeCategoryAdded"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorEModeCategoryAdded) ContractEventName() string {
	return PoolConfiguratorEModeCategoryAddedEventName
}

// UnpackEModeCategoryAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EModeCategoryAdded(uint8 indexed categoryId, uint256 ltv, uint256 liquidationThreshold, uint256 liquidationBonus, address oracle, string label)
func (poolConfigurator *PoolConfigurator) UnpackEModeCategoryAddedEvent(log *types.Log) (*PoolConfiguratorEModeCategoryAdded, error) {
	event := "EModeCategoryAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorEModeCategoryAdded)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorFlashloanPremiumToProtocolUpdated represents a FlashloanPremiumToProtocolUpdated event raised by the PoolConfigurator contract.
type PoolConfiguratorFlashloanPremiumToProtocolUpdated struct {
	OldFlashloanPremiumToProtocol *big.Int
	NewFlashloanPremiumToProtocol *big.Int
	Raw                           *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorFlashloanPremiumToProtocolUpdatedEventName = "FlashloanPremiumToProtocolUpdated"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorFlashloanPremiumToProtocolUpdated) ContractEventName() string {
	return PoolConfiguratorFlashloanPremiumToProtocolUpdatedEventName
}

// UnpackFlashloanPremiumToProtocolUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FlashloanPremiumToProtocolUpdated(uint128 oldFlashloanPremiumToProtocol, uint128 newFlashloanPremiumToProtocol)
func (poolConfigurator *PoolConfigurator) UnpackFlashloanPremiumToProtocolUpdatedEvent(log *types.Log) (*PoolConfiguratorFlashloanPremiumToProtocolUpdated, error) {
	event := "FlashloanPremiumToProtocolUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorFlashloanPremiumToProtocolUpdated)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorFlashloanPremiumTotalUpdated represents a FlashloanPremiumTotalUpdated event raised by the PoolConfigurator contract.
type PoolConfiguratorFlashloanPremiumTotalUpdated struct {
	OldFlashloanPremiumTotal *big.Int
	NewFlashloanPremiumTotal *big.Int
	Raw                      *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorFlashloanPremiumTotalUpdatedEventName = "FlashloanPremiumTotalUpdated"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorFlashloanPremiumTotalUpdated) ContractEventName() string {
	return PoolConfiguratorFlashloanPremiumTotalUpdatedEventName
}

// UnpackFlashloanPremiumTotalUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FlashloanPremiumTotalUpdated(uint128 oldFlashloanPremiumTotal, uint128 newFlashloanPremiumTotal)
func (poolConfigurator *PoolConfigurator) UnpackFlashloanPremiumTotalUpdatedEvent(log *types.Log) (*PoolConfiguratorFlashloanPremiumTotalUpdated, error) {
	event := "FlashloanPremiumTotalUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorFlashloanPremiumTotalUpdated)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorLiquidationProtocolFeeChanged represents a LiquidationProtocolFeeChanged event raised by the PoolConfigurator contract.
type PoolConfiguratorLiquidationProtocolFeeChanged struct {
	Asset  common.Address
	OldFee *big.Int
	NewFee *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorLiquidationProtocolFeeChangedEventName = "LiquidationProtocolFeeChanged"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorLiquidationProtocolFeeChanged) ContractEventName() string {
	return PoolConfiguratorLiquidationProtocolFeeChangedEventName
}

// UnpackLiquidationProtocolFeeChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LiquidationProtocolFeeChanged(address indexed asset, uint256 oldFee, uint256 newFee)
func (poolConfigurator *PoolConfigurator) UnpackLiquidationProtocolFeeChangedEvent(log *types.Log) (*PoolConfiguratorLiquidationProtocolFeeChanged, error) {
	event := "LiquidationProtocolFeeChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorLiquidationProtocolFeeChanged)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorReserveActive represents a ReserveActive event raised by the PoolConfigurator contract.
type PoolConfiguratorReserveActive struct {
	Asset  common.Address
	Active bool
	Raw    *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorReserveActiveEventName = "ReserveActive"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorReserveActive) ContractEventName() string {
	return PoolConfiguratorReserveActiveEventName
}

// UnpackReserveActiveEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveActive(address indexed asset, bool active)
func (poolConfigurator *PoolConfigurator) UnpackReserveActiveEvent(log *types.Log) (*PoolConfiguratorReserveActive, error) {
	event := "ReserveActive"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorReserveActive)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorReserveBorrowing represents a ReserveBorrowing event raised by the PoolConfigurator contract.
type PoolConfiguratorReserveBorrowing struct {
	Asset   common.Address
	Enabled bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorReserveBorrowingEventName = "ReserveBorrowing"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorReserveBorrowing) ContractEventName() string {
	return PoolConfiguratorReserveBorrowingEventName
}

// UnpackReserveBorrowingEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveBorrowing(address indexed asset, bool enabled)
func (poolConfigurator *PoolConfigurator) UnpackReserveBorrowingEvent(log *types.Log) (*PoolConfiguratorReserveBorrowing, error) {
	event := "ReserveBorrowing"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorReserveBorrowing)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorReserveDropped represents a ReserveDropped event raised by the PoolConfigurator contract.
type PoolConfiguratorReserveDropped struct {
	Asset common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorReserveDroppedEventName = "ReserveDropped"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorReserveDropped) ContractEventName() string {
	return PoolConfiguratorReserveDroppedEventName
}

// UnpackReserveDroppedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveDropped(address indexed asset)
func (poolConfigurator *PoolConfigurator) UnpackReserveDroppedEvent(log *types.Log) (*PoolConfiguratorReserveDropped, error) {
	event := "ReserveDropped"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorReserveDropped)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorReserveFactorChanged represents a ReserveFactorChanged event raised by the PoolConfigurator contract.
type PoolConfiguratorReserveFactorChanged struct {
	Asset            common.Address
	OldReserveFactor *big.Int
	NewReserveFactor *big.Int
	Raw              *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorReserveFactorChangedEventName = "ReserveFactorChanged"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorReserveFactorChanged) ContractEventName() string {
	return PoolConfiguratorReserveFactorChangedEventName
}

// UnpackReserveFactorChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveFactorChanged(address indexed asset, uint256 oldReserveFactor, uint256 newReserveFactor)
func (poolConfigurator *PoolConfigurator) UnpackReserveFactorChangedEvent(log *types.Log) (*PoolConfiguratorReserveFactorChanged, error) {
	event := "ReserveFactorChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorReserveFactorChanged)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorReserveFlashLoaning represents a ReserveFlashLoaning event raised by the PoolConfigurator contract.
type PoolConfiguratorReserveFlashLoaning struct {
	Asset   common.Address
	Enabled bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorReserveFlashLoaningEventName = "ReserveFlashLoaning"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorReserveFlashLoaning) ContractEventName() string {
	return PoolConfiguratorReserveFlashLoaningEventName
}

// UnpackReserveFlashLoaningEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveFlashLoaning(address indexed asset, bool enabled)
func (poolConfigurator *PoolConfigurator) UnpackReserveFlashLoaningEvent(log *types.Log) (*PoolConfiguratorReserveFlashLoaning, error) {
	event := "ReserveFlashLoaning"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorReserveFlashLoaning)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorReserveFrozen represents a ReserveFrozen event raised by the PoolConfigurator contract.
type PoolConfiguratorReserveFrozen struct {
	Asset  common.Address
	Frozen bool
	Raw    *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorReserveFrozenEventName = "ReserveFrozen"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorReserveFrozen) ContractEventName() string {
	return PoolConfiguratorReserveFrozenEventName
}

// UnpackReserveFrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveFrozen(address indexed asset, bool frozen)
func (poolConfigurator *PoolConfigurator) UnpackReserveFrozenEvent(log *types.Log) (*PoolConfiguratorReserveFrozen, error) {
	event := "ReserveFrozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorReserveFrozen)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorReserveInitialized represents a ReserveInitialized event raised by the PoolConfigurator contract.
type PoolConfiguratorReserveInitialized struct {
	Asset                       common.Address
	AToken                      common.Address
	StableDebtToken             common.Address
	VariableDebtToken           common.Address
	InterestRateStrategyAddress common.Address
	Raw                         *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorReserveInitializedEventName = "ReserveInitialized"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorReserveInitialized) ContractEventName() string {
	return PoolConfiguratorReserveInitializedEventName
}

// UnpackReserveInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveInitialized(address indexed asset, address indexed aToken, address stableDebtToken, address variableDebtToken, address interestRateStrategyAddress)
func (poolConfigurator *PoolConfigurator) UnpackReserveInitializedEvent(log *types.Log) (*PoolConfiguratorReserveInitialized, error) {
	event := "ReserveInitialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorReserveInitialized)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorReserveInterestRateStrategyChanged represents a ReserveInterestRateStrategyChanged event raised by the PoolConfigurator contract.
type PoolConfiguratorReserveInterestRateStrategyChanged struct {
	Asset       common.Address
	OldStrategy common.Address
	NewStrategy common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorReserveInterestRateStrategyChangedEventName = "ReserveInterestRateStrategyChanged"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorReserveInterestRateStrategyChanged) ContractEventName() string {
	return PoolConfiguratorReserveInterestRateStrategyChangedEventName
}

// UnpackReserveInterestRateStrategyChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveInterestRateStrategyChanged(address indexed asset, address oldStrategy, address newStrategy)
func (poolConfigurator *PoolConfigurator) UnpackReserveInterestRateStrategyChangedEvent(log *types.Log) (*PoolConfiguratorReserveInterestRateStrategyChanged, error) {
	event := "ReserveInterestRateStrategyChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorReserveInterestRateStrategyChanged)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorReservePaused represents a ReservePaused event raised by the PoolConfigurator contract.
type PoolConfiguratorReservePaused struct {
	Asset  common.Address
	Paused bool
	Raw    *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorReservePausedEventName = "ReservePaused"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorReservePaused) ContractEventName() string {
	return PoolConfiguratorReservePausedEventName
}

// UnpackReservePausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReservePaused(address indexed asset, bool paused)
func (poolConfigurator *PoolConfigurator) UnpackReservePausedEvent(log *types.Log) (*PoolConfiguratorReservePaused, error) {
	event := "ReservePaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorReservePaused)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorReserveStableRateBorrowing represents a ReserveStableRateBorrowing event raised by the PoolConfigurator contract.
type PoolConfiguratorReserveStableRateBorrowing struct {
	Asset   common.Address
	Enabled bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorReserveStableRateBorrowingEventName = "ReserveStableRateBorrowing"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorReserveStableRateBorrowing) ContractEventName() string {
	return PoolConfiguratorReserveStableRateBorrowingEventName
}

// UnpackReserveStableRateBorrowingEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveStableRateBorrowing(address indexed asset, bool enabled)
func (poolConfigurator *PoolConfigurator) UnpackReserveStableRateBorrowingEvent(log *types.Log) (*PoolConfiguratorReserveStableRateBorrowing, error) {
	event := "ReserveStableRateBorrowing"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorReserveStableRateBorrowing)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorSiloedBorrowingChanged represents a SiloedBorrowingChanged event raised by the PoolConfigurator contract.
type PoolConfiguratorSiloedBorrowingChanged struct {
	Asset    common.Address
	OldState bool
	NewState bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorSiloedBorrowingChangedEventName = "SiloedBorrowingChanged"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorSiloedBorrowingChanged) ContractEventName() string {
	return PoolConfiguratorSiloedBorrowingChangedEventName
}

// UnpackSiloedBorrowingChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SiloedBorrowingChanged(address indexed asset, bool oldState, bool newState)
func (poolConfigurator *PoolConfigurator) UnpackSiloedBorrowingChangedEvent(log *types.Log) (*PoolConfiguratorSiloedBorrowingChanged, error) {
	event := "SiloedBorrowingChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorSiloedBorrowingChanged)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorStableDebtTokenUpgraded represents a StableDebtTokenUpgraded event raised by the PoolConfigurator contract.
type PoolConfiguratorStableDebtTokenUpgraded struct {
	Asset          common.Address
	Proxy          common.Address
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorStableDebtTokenUpgradedEventName = "StableDebtTokenUpgraded"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorStableDebtTokenUpgraded) ContractEventName() string {
	return PoolConfiguratorStableDebtTokenUpgradedEventName
}

// UnpackStableDebtTokenUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StableDebtTokenUpgraded(address indexed asset, address indexed proxy, address indexed implementation)
func (poolConfigurator *PoolConfigurator) UnpackStableDebtTokenUpgradedEvent(log *types.Log) (*PoolConfiguratorStableDebtTokenUpgraded, error) {
	event := "StableDebtTokenUpgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorStableDebtTokenUpgraded)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorSupplyCapChanged represents a SupplyCapChanged event raised by the PoolConfigurator contract.
type PoolConfiguratorSupplyCapChanged struct {
	Asset        common.Address
	OldSupplyCap *big.Int
	NewSupplyCap *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorSupplyCapChangedEventName = "SupplyCapChanged"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorSupplyCapChanged) ContractEventName() string {
	return PoolConfiguratorSupplyCapChangedEventName
}

// UnpackSupplyCapChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SupplyCapChanged(address indexed asset, uint256 oldSupplyCap, uint256 newSupplyCap)
func (poolConfigurator *PoolConfigurator) UnpackSupplyCapChangedEvent(log *types.Log) (*PoolConfiguratorSupplyCapChanged, error) {
	event := "SupplyCapChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorSupplyCapChanged)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorUnbackedMintCapChanged represents a UnbackedMintCapChanged event raised by the PoolConfigurator contract.
type PoolConfiguratorUnbackedMintCapChanged struct {
	Asset              common.Address
	OldUnbackedMintCap *big.Int
	NewUnbackedMintCap *big.Int
	Raw                *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorUnbackedMintCapChangedEventName = "UnbackedMintCapChanged"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorUnbackedMintCapChanged) ContractEventName() string {
	return PoolConfiguratorUnbackedMintCapChangedEventName
}

// UnpackUnbackedMintCapChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UnbackedMintCapChanged(address indexed asset, uint256 oldUnbackedMintCap, uint256 newUnbackedMintCap)
func (poolConfigurator *PoolConfigurator) UnpackUnbackedMintCapChangedEvent(log *types.Log) (*PoolConfiguratorUnbackedMintCapChanged, error) {
	event := "UnbackedMintCapChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorUnbackedMintCapChanged)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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

// PoolConfiguratorVariableDebtTokenUpgraded represents a VariableDebtTokenUpgraded event raised by the PoolConfigurator contract.
type PoolConfiguratorVariableDebtTokenUpgraded struct {
	Asset          common.Address
	Proxy          common.Address
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const PoolConfiguratorVariableDebtTokenUpgradedEventName = "VariableDebtTokenUpgraded"

// ContractEventName returns the user-defined event name.
func (PoolConfiguratorVariableDebtTokenUpgraded) ContractEventName() string {
	return PoolConfiguratorVariableDebtTokenUpgradedEventName
}

// UnpackVariableDebtTokenUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VariableDebtTokenUpgraded(address indexed asset, address indexed proxy, address indexed implementation)
func (poolConfigurator *PoolConfigurator) UnpackVariableDebtTokenUpgradedEvent(log *types.Log) (*PoolConfiguratorVariableDebtTokenUpgraded, error) {
	event := "VariableDebtTokenUpgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolConfigurator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolConfiguratorVariableDebtTokenUpgraded)
	if len(log.Data) > 0 {
		if err := poolConfigurator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolConfigurator.abi.Events[event].Inputs {
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
