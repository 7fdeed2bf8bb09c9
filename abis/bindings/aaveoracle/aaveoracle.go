// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package aaveoracle

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

// AaveOracleMetaData contains all meta data concerning the AaveOracle contract.
var AaveOracleMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIPoolAddressesProvider\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"assets\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"sources\",\"type\":\"address[]\"},{\"internalType\":\"address\",\"name\":\"fallbackOracle\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"baseCurrency\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"baseCurrencyUnit\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"}],\"name\":\"AssetSourceUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"baseCurrency\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"baseCurrencyUnit\",\"type\":\"uint256\"}],\"name\":\"BaseCurrencySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"fallbackOracle\",\"type\":\"address\"}],\"name\":\"FallbackOracleUpdated\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ADDRESSES_PROVIDER\",\"outputs\":[{\"internalType\":\"contractIPoolAddressesProvider\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BASE_CURRENCY\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BASE_CURRENCY_UNIT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"getAssetPrice\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"assets\",\"type\":\"address[]\"}],\"name\":\"getAssetsPrices\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getFallbackOracle\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"getSourceOfAsset\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"assets\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"sources\",\"type\":\"address[]\"}],\"name\":\"setAssetSources\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"fallbackOracle\",\"type\":\"address\"}],\"name\":\"setFallbackOracle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "AaveOracle",
}

// AaveOracle is an auto generated Go binding around an Ethereum contract.
type AaveOracle struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AaveOracle) GetABI() abi.ABI {
	return c.abi
}

// NewAaveOracle creates a new instance of AaveOracle.
func NewAaveOracle() *AaveOracle {
	parsed, err := AaveOracleMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AaveOracle{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AaveOracle) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address provider, address[] assets, address[] sources, address fallbackOracle, address baseCurrency, uint256 baseCurrencyUnit) returns()
func (aaveOracle *AaveOracle) PackConstructor(provider common.Address, assets []common.Address, sources []common.Address, fallbackOracle common.Address, baseCurrency common.Address, baseCurrencyUnit *big.Int) []byte {
	enc, err := aaveOracle.abi.Pack("", provider, assets, sources, fallbackOracle, baseCurrency, baseCurrencyUnit)
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
func (aaveOracle *AaveOracle) PackADDRESSESPROVIDER() []byte {
	enc, err := aaveOracle.abi.Pack("ADDRESSES_PROVIDER")
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
func (aaveOracle *AaveOracle) TryPackADDRESSESPROVIDER() ([]byte, error) {
	return aaveOracle.abi.Pack("ADDRESSES_PROVIDER")
}

// UnpackADDRESSESPROVIDER is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0542975c.
//
// Solidity: function ADDRESSES_PROVIDER() view returns(address)
func (aaveOracle *AaveOracle) UnpackADDRESSESPROVIDER(data []byte) (common.Address, error) {
	out, err := aaveOracle.abi.Unpack("ADDRESSES_PROVIDER", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBASECURRENCY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe19f4700.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BASE_CURRENCY() view returns(address)
func (aaveOracle *AaveOracle) PackBASECURRENCY() []byte {
	enc, err := aaveOracle.abi.Pack("BASE_CURRENCY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBASECURRENCY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe19f4700.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BASE_CURRENCY() view returns(address)
func (aaveOracle *AaveOracle) TryPackBASECURRENCY() ([]byte, error) {
	return aaveOracle.abi.Pack("BASE_CURRENCY")
}

// UnpackBASECURRENCY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe19f4700.
//
// Solidity: function BASE_CURRENCY() view returns(address)
func (aaveOracle *AaveOracle) UnpackBASECURRENCY(data []byte) (common.Address, error) {
	out, err := aaveOracle.abi.Unpack("BASE_CURRENCY", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBASECURRENCYUNIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c89b64f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BASE_CURRENCY_UNIT() view returns(uint256)
func (aaveOracle *AaveOracle) PackBASECURRENCYUNIT() []byte {
	enc, err := aaveOracle.abi.Pack("BASE_CURRENCY_UNIT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBASECURRENCYUNIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c89b64f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BASE_CURRENCY_UNIT() view returns(uint256)
func (aaveOracle *AaveOracle) TryPackBASECURRENCYUNIT() ([]byte, error) {
	return aaveOracle.abi.Pack("BASE_CURRENCY_UNIT")
}

// UnpackBASECURRENCYUNIT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8c89b64f.
//
// Solidity: function BASE_CURRENCY_UNIT() view returns(uint256)
func (aaveOracle *AaveOracle) UnpackBASECURRENCYUNIT(data []byte) (*big.Int, error) {
	out, err := aaveOracle.abi.Unpack("BASE_CURRENCY_UNIT", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetAssetPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3596f07.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAssetPrice(address asset) view returns(uint256)
func (aaveOracle *AaveOracle) PackGetAssetPrice(asset common.Address) []byte {
	enc, err := aaveOracle.abi.Pack("getAssetPrice", asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetAssetPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3596f07.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getAssetPrice(address asset) view returns(uint256)
func (aaveOracle *AaveOracle) TryPackGetAssetPrice(asset common.Address) ([]byte, error) {
	return aaveOracle.abi.Pack("getAssetPrice", asset)
}

// UnpackGetAssetPrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb3596f07.
//
// Solidity: function getAssetPrice(address asset) view returns(uint256)
func (aaveOracle *AaveOracle) UnpackGetAssetPrice(data []byte) (*big.Int, error) {
	out, err := aaveOracle.abi.Unpack("getAssetPrice", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetAssetsPrices is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d23d9f2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAssetsPrices(address[] assets) view returns(uint256[])
func (aaveOracle *AaveOracle) PackGetAssetsPrices(assets []common.Address) []byte {
	enc, err := aaveOracle.abi.Pack("getAssetsPrices", assets)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetAssetsPrices is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d23d9f2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getAssetsPrices(address[] assets) view returns(uint256[])
func (aaveOracle *AaveOracle) TryPackGetAssetsPrices(assets []common.Address) ([]byte, error) {
	return aaveOracle.abi.Pack("getAssetsPrices", assets)
}

// UnpackGetAssetsPrices is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9d23d9f2.
//
// Solidity: function getAssetsPrices(address[] assets) view returns(uint256[])
func (aaveOracle *AaveOracle) UnpackGetAssetsPrices(data []byte) ([]*big.Int, error) {
	out, err := aaveOracle.abi.Unpack("getAssetsPrices", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackGetFallbackOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6210308c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getFallbackOracle() view returns(address)
func (aaveOracle *AaveOracle) PackGetFallbackOracle() []byte {
	enc, err := aaveOracle.abi.Pack("getFallbackOracle")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetFallbackOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6210308c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getFallbackOracle() view returns(address)
func (aaveOracle *AaveOracle) TryPackGetFallbackOracle() ([]byte, error) {
	return aaveOracle.abi.Pack("getFallbackOracle")
}

// UnpackGetFallbackOracle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6210308c.
//
// Solidity: function getFallbackOracle() view returns(address)
func (aaveOracle *AaveOracle) UnpackGetFallbackOracle(data []byte) (common.Address, error) {
	out, err := aaveOracle.abi.Unpack("getFallbackOracle", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetSourceOfAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x92bf2be0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getSourceOfAsset(address asset) view returns(address)
func (aaveOracle *AaveOracle) PackGetSourceOfAsset(asset common.Address) []byte {
	enc, err := aaveOracle.abi.Pack("getSourceOfAsset", asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetSourceOfAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x92bf2be0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getSourceOfAsset(address asset) view returns(address)
func (aaveOracle *AaveOracle) TryPackGetSourceOfAsset(asset common.Address) ([]byte, error) {
	return aaveOracle.abi.Pack("getSourceOfAsset", asset)
}

// UnpackGetSourceOfAsset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x92bf2be0.
//
// Solidity: function getSourceOfAsset(address asset) view returns(address)
func (aaveOracle *AaveOracle) UnpackGetSourceOfAsset(data []byte) (common.Address, error) {
	out, err := aaveOracle.abi.Unpack("getSourceOfAsset", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSetAssetSources is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xabfd5310.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAssetSources(address[] assets, address[] sources) returns()
func (aaveOracle *AaveOracle) PackSetAssetSources(assets []common.Address, sources []common.Address) []byte {
	enc, err := aaveOracle.abi.Pack("setAssetSources", assets, sources)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAssetSources is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xabfd5310.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAssetSources(address[] assets, address[] sources) returns()
func (aaveOracle *AaveOracle) TryPackSetAssetSources(assets []common.Address, sources []common.Address) ([]byte, error) {
	return aaveOracle.abi.Pack("setAssetSources", assets, sources)
}

// PackSetFallbackOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x170aee73.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFallbackOracle(address fallbackOracle) returns()
func (aaveOracle *AaveOracle) PackSetFallbackOracle(fallbackOracle common.Address) []byte {
	enc, err := aaveOracle.abi.Pack("setFallbackOracle", fallbackOracle)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFallbackOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x170aee73.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFallbackOracle(address fallbackOracle) returns()
func (aaveOracle *AaveOracle) TryPackSetFallbackOracle(fallbackOracle common.Address) ([]byte, error) {
	return aaveOracle.abi.Pack("setFallbackOracle", fallbackOracle)
}

// AaveOracleAssetSourceUpdated represents a AssetSourceUpdated event raised by the AaveOracle contract.
type AaveOracleAssetSourceUpdated struct {
	Asset  common.Address
	Source common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const AaveOracleAssetSourceUpdatedEventName = "AssetSourceUpdated"

// ContractEventName returns the user-defined event name.
func (AaveOracleAssetSourceUpdated) ContractEventName() string {
	return AaveOracleAssetSourceUpdatedEventName
}

// UnpackAssetSourceUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AssetSourceUpdated(address indexed asset, address indexed source)
func (aaveOracle *AaveOracle) UnpackAssetSourceUpdatedEvent(log *types.Log) (*AaveOracleAssetSourceUpdated, error) {
	event := "AssetSourceUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aaveOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AaveOracleAssetSourceUpdated)
	if len(log.Data) > 0 {
		if err := aaveOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aaveOracle.abi.Events[event].Inputs {
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

// AaveOracleBaseCurrencySet represents a BaseCurrencySet event raised by the AaveOracle contract.
type AaveOracleBaseCurrencySet struct {
	BaseCurrency     common.Address
	BaseCurrencyUnit *big.Int
	Raw              *types.Log // Blockchain specific contextual infos
}

const AaveOracleBaseCurrencySetEventName = "BaseCurrencySet"

// ContractEventName returns the user-defined event name.
func (AaveOracleBaseCurrencySet) ContractEventName() string {
	return AaveOracleBaseCurrencySetEventName
}

// UnpackBaseCurrencySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BaseCurrencySet(address indexed baseCurrency, uint256 baseCurrencyUnit)
func (aaveOracle *AaveOracle) UnpackBaseCurrencySetEvent(log *types.Log) (*AaveOracleBaseCurrencySet, error) {
	event := "BaseCurrencySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aaveOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AaveOracleBaseCurrencySet)
	if len(log.Data) > 0 {
		if err := aaveOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aaveOracle.abi.Events[event].Inputs {
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

// AaveOracleFallbackOracleUpdated represents a FallbackOracleUpdated event raised by the AaveOracle contract.
type AaveOracleFallbackOracleUpdated struct {
	FallbackOracle common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const AaveOracleFallbackOracleUpdatedEventName = "FallbackOracleUpdated"

// ContractEventName returns the user-defined event name.
func (AaveOracleFallbackOracleUpdated) ContractEventName() string {
	return AaveOracleFallbackOracleUpdatedEventName
}

// UnpackFallbackOracleUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FallbackOracleUpdated(address indexed fallbackOracle)
func (aaveOracle *AaveOracle) UnpackFallbackOracleUpdatedEvent(log *types.Log) (*AaveOracleFallbackOracleUpdated, error) {
	event := "FallbackOracleUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aaveOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AaveOracleFallbackOracleUpdated)
	if len(log.Data) > 0 {
		if err := aaveOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aaveOracle.abi.Events[event].Inputs {
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
