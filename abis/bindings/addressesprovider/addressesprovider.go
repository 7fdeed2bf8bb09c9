// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package addressesprovider

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

// PoolAddressesProviderMetaData contains all meta data concerning the PoolAddressesProvider contract.
var PoolAddressesProviderMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"marketId\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"oldAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAddress\",\"type\":\"address\"}],\"name\":\"ACLAdminUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"oldAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAddress\",\"type\":\"address\"}],\"name\":\"ACLManagerUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"oldAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAddress\",\"type\":\"address\"}],\"name\":\"AddressSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proxyAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"oldImplementationAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newImplementationAddress\",\"type\":\"address\"}],\"name\":\"AddressSetAsProxy\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"string\",\"name\":\"oldMarketId\",\"type\":\"string\"},{\"indexed\":true,\"internalType\":\"string\",\"name\":\"newMarketId\",\"type\":\"string\"}],\"name\":\"MarketIdSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"oldAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAddress\",\"type\":\"address\"}],\"name\":\"PoolConfiguratorUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"oldAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAddress\",\"type\":\"address\"}],\"name\":\"PoolDataProviderUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"oldAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAddress\",\"type\":\"address\"}],\"name\":\"PoolUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"oldAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAddress\",\"type\":\"address\"}],\"name\":\"PriceOracleSentinelUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"oldAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAddress\",\"type\":\"address\"}],\"name\":\"PriceOracleUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proxyAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementationAddress\",\"type\":\"address\"}],\"name\":\"ProxyCreated\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"getACLAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getACLManager\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"getAddress\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getMarketId\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getPool\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getPoolConfigurator\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getPoolDataProvider\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getPriceOracle\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getPriceOracleSentinel\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newAclAdmin\",\"type\":\"address\"}],\"name\":\"setACLAdmin\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newAclManager\",\"type\":\"address\"}],\"name\":\"setACLManager\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"newAddress\",\"type\":\"address\"}],\"name\":\"setAddress\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"newImplementationAddress\",\"type\":\"address\"}],\"name\":\"setAddressAsProxy\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"newMarketId\",\"type\":\"string\"}],\"name\":\"setMarketId\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newPoolConfiguratorImpl\",\"type\":\"address\"}],\"name\":\"setPoolConfiguratorImpl\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newDataProvider\",\"type\":\"address\"}],\"name\":\"setPoolDataProvider\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newPoolImpl\",\"type\":\"address\"}],\"name\":\"setPoolImpl\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newPriceOracle\",\"type\":\"address\"}],\"name\":\"setPriceOracle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newPriceOracleSentinel\",\"type\":\"address\"}],\"name\":\"setPriceOracleSentinel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "PoolAddressesProvider",
}

// PoolAddressesProvider is an auto generated Go binding around an Ethereum contract.
type PoolAddressesProvider struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *PoolAddressesProvider) GetABI() abi.ABI {
	return c.abi
}

// NewPoolAddressesProvider creates a new instance of PoolAddressesProvider.
func NewPoolAddressesProvider() *PoolAddressesProvider {
	parsed, err := PoolAddressesProviderMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &PoolAddressesProvider{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *PoolAddressesProvider) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string marketId, address owner) returns()
func (poolAddressesProvider *PoolAddressesProvider) PackConstructor(marketId string, owner common.Address) []byte {
	enc, err := poolAddressesProvider.abi.Pack("", marketId, owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackGetACLAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e67178c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getACLAdmin() view returns(address)
func (poolAddressesProvider *PoolAddressesProvider) PackGetACLAdmin() []byte {
	enc, err := poolAddressesProvider.abi.Pack("getACLAdmin")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetACLAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e67178c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getACLAdmin() view returns(address)
func (poolAddressesProvider *PoolAddressesProvider) TryPackGetACLAdmin() ([]byte, error) {
	return poolAddressesProvider.abi.Pack("getACLAdmin")
}

// UnpackGetACLAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0e67178c.
//
// Solidity: function getACLAdmin() view returns(address)
func (poolAddressesProvider *PoolAddressesProvider) UnpackGetACLAdmin(data []byte) (common.Address, error) {
	out, err := poolAddressesProvider.abi.Unpack("getACLAdmin", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetACLManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x707cd716.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getACLManager() view returns(address)
func (poolAddressesProvider *PoolAddressesProvider) PackGetACLManager() []byte {
	enc, err := poolAddressesProvider.abi.Pack("getACLManager")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetACLManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x707cd716.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getACLManager() view returns(address)
func (poolAddressesProvider *PoolAddressesProvider) TryPackGetACLManager() ([]byte, error) {
	return poolAddressesProvider.abi.Pack("getACLManager")
}

// UnpackGetACLManager is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x707cd716.
//
// Solidity: function getACLManager() view returns(address)
func (poolAddressesProvider *PoolAddressesProvider) UnpackGetACLManager(data []byte) (common.Address, error) {
	out, err := poolAddressesProvider.abi.Unpack("getACLManager", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21f8a721.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAddress(bytes32 id) view returns(address)
func (poolAddressesProvider *PoolAddressesProvider) PackGetAddress(id [32]byte) []byte {
	enc, err := poolAddressesProvider.abi.Pack("getAddress", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21f8a721.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getAddress(bytes32 id) view returns(address)
func (poolAddressesProvider *PoolAddressesProvider) TryPackGetAddress(id [32]byte) ([]byte, error) {
	return poolAddressesProvider.abi.Pack("getAddress", id)
}

// UnpackGetAddress is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x21f8a721.
//
// Solidity: function getAddress(bytes32 id) view returns(address)
func (poolAddressesProvider *PoolAddressesProvider) UnpackGetAddress(data []byte) (common.Address, error) {
	out, err := poolAddressesProvider.abi.Unpack("getAddress", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetMarketId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x568ef470.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getMarketId() view returns(string)
func (poolAddressesProvider *PoolAddressesProvider) PackGetMarketId() []byte {
	enc, err := poolAddressesProvider.abi.Pack("getMarketId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetMarketId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x568ef470.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getMarketId() view returns(string)
func (poolAddressesProvider *PoolAddressesProvider) TryPackGetMarketId() ([]byte, error) {
	return poolAddressesProvider.abi.Pack("getMarketId")
}

// UnpackGetMarketId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x568ef470.
//
// Solidity: function getMarketId() view returns(string)
func (poolAddressesProvider *PoolAddressesProvider) UnpackGetMarketId(data []byte) (string, error) {
	out, err := poolAddressesProvider.abi.Unpack("getMarketId", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackGetPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x026b1d5f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPool() view returns(address)
func (poolAddressesProvider *PoolAddressesProvider) PackGetPool() []byte {
	enc, err := poolAddressesProvider.abi.Pack("getPool")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x026b1d5f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPool() view returns(address)
func (poolAddressesProvider *PoolAddressesProvider) TryPackGetPool() ([]byte, error) {
	return poolAddressesProvider.abi.Pack("getPool")
}

// UnpackGetPool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x026b1d5f.
//
// Solidity: function getPool() view returns(address)
func (poolAddressesProvider *PoolAddressesProvider) UnpackGetPool(data []byte) (common.Address, error) {
	out, err := poolAddressesProvider.abi.Unpack("getPool", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetPoolConfigurator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x631adfca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPoolConfigurator() view returns(address)
func (poolAddressesProvider *PoolAddressesProvider) PackGetPoolConfigurator() []byte {
	enc, err := poolAddressesProvider.abi.Pack("getPoolConfigurator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPoolConfigurator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x631adfca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPoolConfigurator() view returns(address)
func (poolAddressesProvider *PoolAddressesProvider) TryPackGetPoolConfigurator() ([]byte, error) {
	return poolAddressesProvider.abi.Pack("getPoolConfigurator")
}

// UnpackGetPoolConfigurator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x631adfca.
//
// Solidity: function getPoolConfigurator() view returns(address)
func (poolAddressesProvider *PoolAddressesProvider) UnpackGetPoolConfigurator(data []byte) (common.Address, error) {
	out, err := poolAddressesProvider.abi.Unpack("getPoolConfigurator", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetPoolDataProvider is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe860accb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPoolDataProvider() view returns(address)
func (poolAddressesProvider *PoolAddressesProvider) PackGetPoolDataProvider() []byte {
	enc, err := poolAddressesProvider.abi.Pack("getPoolDataProvider")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPoolDataProvider is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe860accb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPoolDataProvider() view returns(address)
func (poolAddressesProvider *PoolAddressesProvider) TryPackGetPoolDataProvider() ([]byte, error) {
	return poolAddressesProvider.abi.Pack("getPoolDataProvider")
}

// UnpackGetPoolDataProvider is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe860accb.
//
// Solidity: function getPoolDataProvider() view returns(address)
func (poolAddressesProvider *PoolAddressesProvider) UnpackGetPoolDataProvider(data []byte) (common.Address, error) {
	out, err := poolAddressesProvider.abi.Unpack("getPoolDataProvider", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetPriceOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfca513a8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPriceOracle() view returns(address)
func (poolAddressesProvider *PoolAddressesProvider) PackGetPriceOracle() []byte {
	enc, err := poolAddressesProvider.abi.Pack("getPriceOracle")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPriceOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfca513a8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPriceOracle() view returns(address)
func (poolAddressesProvider *PoolAddressesProvider) TryPackGetPriceOracle() ([]byte, error) {
	return poolAddressesProvider.abi.Pack("getPriceOracle")
}

// UnpackGetPriceOracle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfca513a8.
//
// Solidity: function getPriceOracle() view returns(address)
func (poolAddressesProvider *PoolAddressesProvider) UnpackGetPriceOracle(data []byte) (common.Address, error) {
	out, err := poolAddressesProvider.abi.Unpack("getPriceOracle", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetPriceOracleSentinel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5eb88d3d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPriceOracleSentinel() view returns(address)
func (poolAddressesProvider *PoolAddressesProvider) PackGetPriceOracleSentinel() []byte {
	enc, err := poolAddressesProvider.abi.Pack("getPriceOracleSentinel")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPriceOracleSentinel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5eb88d3d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPriceOracleSentinel() view returns(address)
func (poolAddressesProvider *PoolAddressesProvider) TryPackGetPriceOracleSentinel() ([]byte, error) {
	return poolAddressesProvider.abi.Pack("getPriceOracleSentinel")
}

// UnpackGetPriceOracleSentinel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5eb88d3d.
//
// Solidity: function getPriceOracleSentinel() view returns(address)
func (poolAddressesProvider *PoolAddressesProvider) UnpackGetPriceOracleSentinel(data []byte) (common.Address, error) {
	out, err := poolAddressesProvider.abi.Unpack("getPriceOracleSentinel", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (poolAddressesProvider *PoolAddressesProvider) PackOwner() []byte {
	enc, err := poolAddressesProvider.abi.Pack("owner")
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
func (poolAddressesProvider *PoolAddressesProvider) TryPackOwner() ([]byte, error) {
	return poolAddressesProvider.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (poolAddressesProvider *PoolAddressesProvider) UnpackOwner(data []byte) (common.Address, error) {
	out, err := poolAddressesProvider.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (poolAddressesProvider *PoolAddressesProvider) PackRenounceOwnership() []byte {
	enc, err := poolAddressesProvider.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (poolAddressesProvider *PoolAddressesProvider) TryPackRenounceOwnership() ([]byte, error) {
	return poolAddressesProvider.abi.Pack("renounceOwnership")
}

// PackSetACLAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76d84ffc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setACLAdmin(address newAclAdmin) returns()
func (poolAddressesProvider *PoolAddressesProvider) PackSetACLAdmin(newAclAdmin common.Address) []byte {
	enc, err := poolAddressesProvider.abi.Pack("setACLAdmin", newAclAdmin)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetACLAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76d84ffc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setACLAdmin(address newAclAdmin) returns()
func (poolAddressesProvider *PoolAddressesProvider) TryPackSetACLAdmin(newAclAdmin common.Address) ([]byte, error) {
	return poolAddressesProvider.abi.Pack("setACLAdmin", newAclAdmin)
}

// PackSetACLManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed301ca9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setACLManager(address newAclManager) returns()
func (poolAddressesProvider *PoolAddressesProvider) PackSetACLManager(newAclManager common.Address) []byte {
	enc, err := poolAddressesProvider.abi.Pack("setACLManager", newAclManager)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetACLManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed301ca9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setACLManager(address newAclManager) returns()
func (poolAddressesProvider *PoolAddressesProvider) TryPackSetACLManager(newAclManager common.Address) ([]byte, error) {
	return poolAddressesProvider.abi.Pack("setACLManager", newAclManager)
}

// PackSetAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca446dd9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAddress(bytes32 id, address newAddress) returns()
func (poolAddressesProvider *PoolAddressesProvider) PackSetAddress(id [32]byte, newAddress common.Address) []byte {
	enc, err := poolAddressesProvider.abi.Pack("setAddress", id, newAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca446dd9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAddress(bytes32 id, address newAddress) returns()
func (poolAddressesProvider *PoolAddressesProvider) TryPackSetAddress(id [32]byte, newAddress common.Address) ([]byte, error) {
	return poolAddressesProvider.abi.Pack("setAddress", id, newAddress)
}

// PackSetAddressAsProxy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5dcc528c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAddressAsProxy(bytes32 id, address newImplementationAddress) returns()
func (poolAddressesProvider *PoolAddressesProvider) PackSetAddressAsProxy(id [32]byte, newImplementationAddress common.Address) []byte {
	enc, err := poolAddressesProvider.abi.Pack("setAddressAsProxy", id, newImplementationAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAddressAsProxy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5dcc528c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAddressAsProxy(bytes32 id, address newImplementationAddress) returns()
func (poolAddressesProvider *PoolAddressesProvider) TryPackSetAddressAsProxy(id [32]byte, newImplementationAddress common.Address) ([]byte, error) {
	return poolAddressesProvider.abi.Pack("setAddressAsProxy", id, newImplementationAddress)
}

// PackSetMarketId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf67b1847.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMarketId(string newMarketId) returns()
func (poolAddressesProvider *PoolAddressesProvider) PackSetMarketId(newMarketId string) []byte {
	enc, err := poolAddressesProvider.abi.Pack("setMarketId", newMarketId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMarketId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf67b1847.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMarketId(string newMarketId) returns()
func (poolAddressesProvider *PoolAddressesProvider) TryPackSetMarketId(newMarketId string) ([]byte, error) {
	return poolAddressesProvider.abi.Pack("setMarketId", newMarketId)
}

// PackSetPoolConfiguratorImpl is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4ca28b7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPoolConfiguratorImpl(address newPoolConfiguratorImpl) returns()
func (poolAddressesProvider *PoolAddressesProvider) PackSetPoolConfiguratorImpl(newPoolConfiguratorImpl common.Address) []byte {
	enc, err := poolAddressesProvider.abi.Pack("setPoolConfiguratorImpl", newPoolConfiguratorImpl)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPoolConfiguratorImpl is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4ca28b7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPoolConfiguratorImpl(address newPoolConfiguratorImpl) returns()
func (poolAddressesProvider *PoolAddressesProvider) TryPackSetPoolConfiguratorImpl(newPoolConfiguratorImpl common.Address) ([]byte, error) {
	return poolAddressesProvider.abi.Pack("setPoolConfiguratorImpl", newPoolConfiguratorImpl)
}

// PackSetPoolDataProvider is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe44e9ed1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPoolDataProvider(address newDataProvider) returns()
func (poolAddressesProvider *PoolAddressesProvider) PackSetPoolDataProvider(newDataProvider common.Address) []byte {
	enc, err := poolAddressesProvider.abi.Pack("setPoolDataProvider", newDataProvider)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPoolDataProvider is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe44e9ed1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPoolDataProvider(address newDataProvider) returns()
func (poolAddressesProvider *PoolAddressesProvider) TryPackSetPoolDataProvider(newDataProvider common.Address) ([]byte, error) {
	return poolAddressesProvider.abi.Pack("setPoolDataProvider", newDataProvider)
}

// PackSetPoolImpl is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1564406.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPoolImpl(address newPoolImpl) returns()
func (poolAddressesProvider *PoolAddressesProvider) PackSetPoolImpl(newPoolImpl common.Address) []byte {
	enc, err := poolAddressesProvider.abi.Pack("setPoolImpl", newPoolImpl)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPoolImpl is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1564406.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPoolImpl(address newPoolImpl) returns()
func (poolAddressesProvider *PoolAddressesProvider) TryPackSetPoolImpl(newPoolImpl common.Address) ([]byte, error) {
	return poolAddressesProvider.abi.Pack("setPoolImpl", newPoolImpl)
}

// PackSetPriceOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x530e784f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPriceOracle(address newPriceOracle) returns()
func (poolAddressesProvider *PoolAddressesProvider) PackSetPriceOracle(newPriceOracle common.Address) []byte {
	enc, err := poolAddressesProvider.abi.Pack("setPriceOracle", newPriceOracle)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPriceOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x530e784f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPriceOracle(address newPriceOracle) returns()
func (poolAddressesProvider *PoolAddressesProvider) TryPackSetPriceOracle(newPriceOracle common.Address) ([]byte, error) {
	return poolAddressesProvider.abi.Pack("setPriceOracle", newPriceOracle)
}

// PackSetPriceOracleSentinel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x74944cec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPriceOracleSentinel(address newPriceOracleSentinel) returns()
func (poolAddressesProvider *PoolAddressesProvider) PackSetPriceOracleSentinel(newPriceOracleSentinel common.Address) []byte {
	enc, err := poolAddressesProvider.abi.Pack("setPriceOracleSentinel", newPriceOracleSentinel)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPriceOracleSentinel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x74944cec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPriceOracleSentinel(address newPriceOracleSentinel) returns()
func (poolAddressesProvider *PoolAddressesProvider) TryPackSetPriceOracleSentinel(newPriceOracleSentinel common.Address) ([]byte, error) {
	return poolAddressesProvider.abi.Pack("setPriceOracleSentinel", newPriceOracleSentinel)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (poolAddressesProvider *PoolAddressesProvider) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := poolAddressesProvider.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (poolAddressesProvider *PoolAddressesProvider) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return poolAddressesProvider.abi.Pack("transferOwnership", newOwner)
}

// PoolAddressesProviderACLAdminUpdated represents a ACLAdminUpdated event raised by the PoolAddressesProvider contract.
type PoolAddressesProviderACLAdminUpdated struct {
	OldAddress common.Address
	NewAddress common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const PoolAddressesProviderACLAdminUpdatedEventName = "ACLAdminUpdated"

// ContractEventName returns the user-defined event name.
func (PoolAddressesProviderACLAdminUpdated) ContractEventName() string {
	return PoolAddressesProviderACLAdminUpdatedEventName
}

// UnpackACLAdminUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ACLAdminUpdated(address indexed oldAddress, address indexed newAddress)
func (poolAddressesProvider *PoolAddressesProvider) UnpackACLAdminUpdatedEvent(log *types.Log) (*PoolAddressesProviderACLAdminUpdated, error) {
	event := "ACLAdminUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolAddressesProvider.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolAddressesProviderACLAdminUpdated)
	if len(log.Data) > 0 {
		if err := poolAddressesProvider.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolAddressesProvider.abi.Events[event].Inputs {
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

// PoolAddressesProviderACLManagerUpdated represents a ACLManagerUpdated event raised by the PoolAddressesProvider contract.
type PoolAddressesProviderACLManagerUpdated struct {
	OldAddress common.Address
	NewAddress common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const PoolAddressesProviderACLManagerUpdatedEventName = "ACLManagerUpdated"

// ContractEventName returns the user-defined event name.
func (PoolAddressesProviderACLManagerUpdated) ContractEventName() string {
	return PoolAddressesProviderACLManagerUpdatedEventName
}

// UnpackACLManagerUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ACLManagerUpdated(address indexed oldAddress, address indexed newAddress)
func (poolAddressesProvider *PoolAddressesProvider) UnpackACLManagerUpdatedEvent(log *types.Log) (*PoolAddressesProviderACLManagerUpdated, error) {
	event := "ACLManagerUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolAddressesProvider.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolAddressesProviderACLManagerUpdated)
	if len(log.Data) > 0 {
		if err := poolAddressesProvider.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolAddressesProvider.abi.Events[event].Inputs {
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

// PoolAddressesProviderAddressSet represents a AddressSet event raised by the PoolAddressesProvider contract.
type PoolAddressesProviderAddressSet struct {
	Id         [32]byte
	OldAddress common.Address
	NewAddress common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const PoolAddressesProviderAddressSetEventName = "AddressSet"

// ContractEventName returns the user-defined event name.
func (PoolAddressesProviderAddressSet) ContractEventName() string {
	return PoolAddressesProviderAddressSetEventName
}

// UnpackAddressSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AddressSet(bytes32 indexed id, address indexed oldAddress, address indexed newAddress)
func (poolAddressesProvider *PoolAddressesProvider) UnpackAddressSetEvent(log *types.Log) (*PoolAddressesProviderAddressSet, error) {
	event := "AddressSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolAddressesProvider.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolAddressesProviderAddressSet)
	if len(log.Data) > 0 {
		if err := poolAddressesProvider.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolAddressesProvider.abi.Events[event].Inputs {
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

// PoolAddressesProviderAddressSetAsProxy represents a AddressSetAsProxy event raised by the PoolAddressesProvider contract.
type PoolAddressesProviderAddressSetAsProxy struct {
	Id                       [32]byte
	ProxyAddress             common.Address
	OldImplementationAddress common.Address
	NewImplementationAddress common.Address
	Raw                      *types.Log // Blockchain specific contextual infos
}

const PoolAddressesProviderAddressSetAsProxyEventName = "AddressSetAsProxy"

// ContractEventName returns the user-defined event name.
func (PoolAddressesProviderAddressSetAsProxy) ContractEventName() string {
	return PoolAddressesProviderAddressSetAsProxyEventName
}

// UnpackAddressSetAsProxyEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AddressSetAsProxy(bytes32 indexed id, address indexed proxyAddress, address oldImplementationAddress, address indexed newImplementationAddress)
func (poolAddressesProvider *PoolAddressesProvider) UnpackAddressSetAsProxyEvent(log *types.Log) (*PoolAddressesProviderAddressSetAsProxy, error) {
	event := "AddressSetAsProxy"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolAddressesProvider.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolAddressesProviderAddressSetAsProxy)
	if len(log.Data) > 0 {
		if err := poolAddressesProvider.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolAddressesProvider.abi.Events[event].Inputs {
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

// PoolAddressesProviderMarketIdSet represents a MarketIdSet event raised by the PoolAddressesProvider contract.
type PoolAddressesProviderMarketIdSet struct {
	OldMarketId common.Hash
	NewMarketId common.Hash
	Raw         *types.Log // Blockchain specific contextual infos
}

const PoolAddressesProviderMarketIdSetEventName = "MarketIdSet"

// ContractEventName returns the user-defined event name.
func (PoolAddressesProviderMarketIdSet) ContractEventName() string {
	return PoolAddressesProviderMarketIdSetEventName
}

// UnpackMarketIdSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MarketIdSet(string indexed oldMarketId, string indexed newMarketId)
func (poolAddressesProvider *PoolAddressesProvider) UnpackMarketIdSetEvent(log *types.Log) (*PoolAddressesProviderMarketIdSet, error) {
	event := "MarketIdSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolAddressesProvider.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolAddressesProviderMarketIdSet)
	if len(log.Data) > 0 {
		if err := poolAddressesProvider.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolAddressesProvider.abi.Events[event].Inputs {
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

// PoolAddressesProviderOwnershipTransferred represents a OwnershipTransferred event raised by the PoolAddressesProvider contract.
type PoolAddressesProviderOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const PoolAddressesProviderOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (PoolAddressesProviderOwnershipTransferred) ContractEventName() string {
	return PoolAddressesProviderOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (poolAddressesProvider *PoolAddressesProvider) UnpackOwnershipTransferredEvent(log *types.Log) (*PoolAddressesProviderOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolAddressesProvider.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolAddressesProviderOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := poolAddressesProvider.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolAddressesProvider.abi.Events[event].Inputs {
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

// PoolAddressesProviderPoolConfiguratorUpdated represents a PoolConfiguratorUpdated event raised by the PoolAddressesProvider contract.
type PoolAddressesProviderPoolConfiguratorUpdated struct {
	OldAddress common.Address
	NewAddress common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const PoolAddressesProviderPoolConfiguratorUpdatedEventName = "PoolConfiguratorUpdated"

// ContractEventName returns the user-defined event name.
func (PoolAddressesProviderPoolConfiguratorUpdated) ContractEventName() string {
	return PoolAddressesProviderPoolConfiguratorUpdatedEventName
}

// UnpackPoolConfiguratorUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PoolConfiguratorUpdated(address indexed oldAddress, address indexed newAddress)
func (poolAddressesProvider *PoolAddressesProvider) UnpackPoolConfiguratorUpdatedEvent(log *types.Log) (*PoolAddressesProviderPoolConfiguratorUpdated, error) {
	event := "PoolConfiguratorUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolAddressesProvider.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolAddressesProviderPoolConfiguratorUpdated)
	if len(log.Data) > 0 {
		if err := poolAddressesProvider.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolAddressesProvider.abi.Events[event].Inputs {
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

// PoolAddressesProviderPoolDataProviderUpdated represents a PoolDataProviderUpdated event raised by the PoolAddressesProvider contract.
type PoolAddressesProviderPoolDataProviderUpdated struct {
	OldAddress common.Address
	NewAddress common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const PoolAddressesProviderPoolDataProviderUpdatedEventName = "PoolDataProviderUpdated"

// ContractEventName returns the user-defined event name.
func (PoolAddressesProviderPoolDataProviderUpdated) ContractEventName() string {
	return PoolAddressesProviderPoolDataProviderUpdatedEventName
}

// UnpackPoolDataProviderUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PoolDataProviderUpdated(address indexed oldAddress, address indexed newAddress)
func (poolAddressesProvider *PoolAddressesProvider) UnpackPoolDataProviderUpdatedEvent(log *types.Log) (*PoolAddressesProviderPoolDataProviderUpdated, error) {
	event := "PoolDataProviderUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolAddressesProvider.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolAddressesProviderPoolDataProviderUpdated)
	if len(log.Data) > 0 {
		if err := poolAddressesProvider.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolAddressesProvider.abi.Events[event].Inputs {
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

// PoolAddressesProviderPoolUpdated represents a PoolUpdated event raised by the PoolAddressesProvider contract.
type PoolAddressesProviderPoolUpdated struct {
	OldAddress common.Address
	NewAddress common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const PoolAddressesProviderPoolUpdatedEventName = "PoolUpdated"

// ContractEventName returns the user-defined event name.
func (PoolAddressesProviderPoolUpdated) ContractEventName() string {
	return PoolAddressesProviderPoolUpdatedEventName
}

// UnpackPoolUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PoolUpdated(address indexed oldAddress, address indexed newAddress)
func (poolAddressesProvider *PoolAddressesProvider) UnpackPoolUpdatedEvent(log *types.Log) (*PoolAddressesProviderPoolUpdated, error) {
	event := "PoolUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolAddressesProvider.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolAddressesProviderPoolUpdated)
	if len(log.Data) > 0 {
		if err := poolAddressesProvider.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolAddressesProvider.abi.Events[event].Inputs {
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

// PoolAddressesProviderPriceOracleSentinelUpdated represents a PriceOracleSentinelUpdated event raised by the PoolAddressesProvider contract.
type PoolAddressesProviderPriceOracleSentinelUpdated struct {
	OldAddress common.Address
	NewAddress common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const PoolAddressesProviderPriceOracleSentinelUpdatedEventName = "PriceOracleSentinelUpdated"

// ContractEventName returns the user-defined event name.
func (PoolAddressesProviderPriceOracleSentinelUpdated) ContractEventName() string {
	return PoolAddressesProviderPriceOracleSentinelUpdatedEventName
}

// UnpackPriceOracleSentinelUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PriceOracleSentinelUpdated(address indexed oldAddress, address indexed newAddress)
func (poolAddressesProvider *PoolAddressesProvider) UnpackPriceOracleSentinelUpdatedEvent(log *types.Log) (*PoolAddressesProviderPriceOracleSentinelUpdated, error) {
	event := "PriceOracleSentinelUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolAddressesProvider.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolAddressesProviderPriceOracleSentinelUpdated)
	if len(log.Data) > 0 {
		if err := poolAddressesProvider.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolAddressesProvider.abi.Events[event].Inputs {
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

// PoolAddressesProviderPriceOracleUpdated represents a PriceOracleUpdated event raised by the PoolAddressesProvider contract.
type PoolAddressesProviderPriceOracleUpdated struct {
	OldAddress common.Address
	NewAddress common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const PoolAddressesProviderPriceOracleUpdatedEventName = "PriceOracleUpdated"

// ContractEventName returns the user-defined event name.
func (PoolAddressesProviderPriceOracleUpdated) ContractEventName() string {
	return PoolAddressesProviderPriceOracleUpdatedEventName
}

// UnpackPriceOracleUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PriceOracleUpdated(address indexed oldAddress, address indexed newAddress)
func (poolAddressesProvider *PoolAddressesProvider) UnpackPriceOracleUpdatedEvent(log *types.Log) (*PoolAddressesProviderPriceOracleUpdated, error) {
	event := "PriceOracleUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolAddressesProvider.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolAddressesProviderPriceOracleUpdated)
	if len(log.Data) > 0 {
		if err := poolAddressesProvider.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolAddressesProvider.abi.Events[event].Inputs {
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

// PoolAddressesProviderProxyCreated represents a ProxyCreated event raised by the PoolAddressesProvider contract.
type PoolAddressesProviderProxyCreated struct {
	Id                    [32]byte
	ProxyAddress          common.Address
	ImplementationAddress common.Address
	Raw                   *types.Log // Blockchain specific contextual infos
}

const PoolAddressesProviderProxyCreatedEventName = "ProxyCreated"

// ContractEventName returns the user-defined event name.
func (PoolAddressesProviderProxyCreated) ContractEventName() string {
	return PoolAddressesProviderProxyCreatedEventName
}

// UnpackProxyCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProxyCreated(bytes32 indexed id, address indexed proxyAddress, address indexed implementationAddress)
func (poolAddressesProvider *PoolAddressesProvider) UnpackProxyCreatedEvent(log *types.Log) (*PoolAddressesProviderProxyCreated, error) {
	event := "ProxyCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != poolAddressesProvider.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PoolAddressesProviderProxyCreated)
	if len(log.Data) > 0 {
		if err := poolAddressesProvider.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range poolAddressesProvider.abi.Events[event].Inputs {
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
