// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package aclmanager

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

// ACLManagerMetaData contains all meta data concerning the ACLManager contract.
var ACLManagerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIPoolAddressesProvider\",\"name\":\"provider\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ADDRESSES_PROVIDER\",\"outputs\":[{\"internalType\":\"contractIPoolAddressesProvider\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ASSET_LISTING_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BRIDGE_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"EMERGENCY_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FLASH_BORROWER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"POOL_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RISK_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"addAssetListingAdmin\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"bridge\",\"type\":\"address\"}],\"name\":\"addBridge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"addEmergencyAdmin\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"borrower\",\"type\":\"address\"}],\"name\":\"addFlashBorrower\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"addPoolAdmin\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"addRiskAdmin\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"isAssetListingAdmin\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"bridge\",\"type\":\"address\"}],\"name\":\"isBridge\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"isEmergencyAdmin\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"borrower\",\"type\":\"address\"}],\"name\":\"isFlashBorrower\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"isPoolAdmin\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"isRiskAdmin\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"removeAssetListingAdmin\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"bridge\",\"type\":\"address\"}],\"name\":\"removeBridge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"removeEmergencyAdmin\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"borrower\",\"type\":\"address\"}],\"name\":\"removeFlashBorrower\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"removePoolAdmin\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"removeRiskAdmin\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"adminRole\",\"type\":\"bytes32\"}],\"name\":\"setRoleAdmin\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ACLManager",
}

// ACLManager is an auto generated Go binding around an Ethereum contract.
type ACLManager struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ACLManager) GetABI() abi.ABI {
	return c.abi
}

// NewACLManager creates a new instance of ACLManager.
func NewACLManager() *ACLManager {
	parsed, err := ACLManagerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ACLManager{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ACLManager) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address provider) returns()
func (aCLManager *ACLManager) PackConstructor(provider common.Address) []byte {
	enc, err := aCLManager.abi.Pack("", provider)
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
func (aCLManager *ACLManager) PackADDRESSESPROVIDER() []byte {
	enc, err := aCLManager.abi.Pack("ADDRESSES_PROVIDER")
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
func (aCLManager *ACLManager) TryPackADDRESSESPROVIDER() ([]byte, error) {
	return aCLManager.abi.Pack("ADDRESSES_PROVIDER")
}

// UnpackADDRESSESPROVIDER is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0542975c.
//
// Solidity: function ADDRESSES_PROVIDER() view returns(address)
func (aCLManager *ACLManager) UnpackADDRESSESPROVIDER(data []byte) (common.Address, error) {
	out, err := aCLManager.abi.Unpack("ADDRESSES_PROVIDER", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackASSETLISTINGADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x78bb0a43.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ASSET_LISTING_ADMIN_ROLE() view returns(bytes32)
func (aCLManager *ACLManager) PackASSETLISTINGADMINROLE() []byte {
	enc, err := aCLManager.abi.Pack("ASSET_LISTING_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackASSETLISTINGADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x78bb0a43.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ASSET_LISTING_ADMIN_ROLE() view returns(bytes32)
func (aCLManager *ACLManager) TryPackASSETLISTINGADMINROLE() ([]byte, error) {
	return aCLManager.abi.Pack("ASSET_LISTING_ADMIN_ROLE")
}

// UnpackASSETLISTINGADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x78bb0a43.
//
// Solidity: function ASSET_LISTING_ADMIN_ROLE() view returns(bytes32)
func (aCLManager *ACLManager) UnpackASSETLISTINGADMINROLE(data []byte) ([32]byte, error) {
	out, err := aCLManager.abi.Unpack("ASSET_LISTING_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackBRIDGEROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5bfddea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BRIDGE_ROLE() view returns(bytes32)
func (aCLManager *ACLManager) PackBRIDGEROLE() []byte {
	enc, err := aCLManager.abi.Pack("BRIDGE_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBRIDGEROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5bfddea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BRIDGE_ROLE() view returns(bytes32)
func (aCLManager *ACLManager) TryPackBRIDGEROLE() ([]byte, error) {
	return aCLManager.abi.Pack("BRIDGE_ROLE")
}

// UnpackBRIDGEROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb5bfddea.
//
// Solidity: function BRIDGE_ROLE() view returns(bytes32)
func (aCLManager *ACLManager) UnpackBRIDGEROLE(data []byte) ([32]byte, error) {
	out, err := aCLManager.abi.Unpack("BRIDGE_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (aCLManager *ACLManager) PackDEFAULTADMINROLE() []byte {
	enc, err := aCLManager.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (aCLManager *ACLManager) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return aCLManager.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (aCLManager *ACLManager) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := aCLManager.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEMERGENCYADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e76fc8f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function EMERGENCY_ADMIN_ROLE() view returns(bytes32)
func (aCLManager *ACLManager) PackEMERGENCYADMINROLE() []byte {
	enc, err := aCLManager.abi.Pack("EMERGENCY_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEMERGENCYADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e76fc8f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function EMERGENCY_ADMIN_ROLE() view returns(bytes32)
func (aCLManager *ACLManager) TryPackEMERGENCYADMINROLE() ([]byte, error) {
	return aCLManager.abi.Pack("EMERGENCY_ADMIN_ROLE")
}

// UnpackEMERGENCYADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6e76fc8f.
//
// Solidity: function EMERGENCY_ADMIN_ROLE() view returns(bytes32)
func (aCLManager *ACLManager) UnpackEMERGENCYADMINROLE(data []byte) ([32]byte, error) {
	out, err := aCLManager.abi.Unpack("EMERGENCY_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackFLASHBORROWERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5577b7a9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FLASH_BORROWER_ROLE() view returns(bytes32)
func (aCLManager *ACLManager) PackFLASHBORROWERROLE() []byte {
	enc, err := aCLManager.abi.Pack("FLASH_BORROWER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFLASHBORROWERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5577b7a9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FLASH_BORROWER_ROLE() view returns(bytes32)
func (aCLManager *ACLManager) TryPackFLASHBORROWERROLE() ([]byte, error) {
	return aCLManager.abi.Pack("FLASH_BORROWER_ROLE")
}

// UnpackFLASHBORROWERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5577b7a9.
//
// Solidity: function FLASH_BORROWER_ROLE() view returns(bytes32)
func (aCLManager *ACLManager) UnpackFLASHBORROWERROLE(data []byte) ([32]byte, error) {
	out, err := aCLManager.abi.Unpack("FLASH_BORROWER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPOOLADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8f6dba7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function POOL_ADMIN_ROLE() view returns(bytes32)
func (aCLManager *ACLManager) PackPOOLADMINROLE() []byte {
	enc, err := aCLManager.abi.Pack("POOL_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPOOLADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8f6dba7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function POOL_ADMIN_ROLE() view returns(bytes32)
func (aCLManager *ACLManager) TryPackPOOLADMINROLE() ([]byte, error) {
	return aCLManager.abi.Pack("POOL_ADMIN_ROLE")
}

// UnpackPOOLADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb8f6dba7.
//
// Solidity: function POOL_ADMIN_ROLE() view returns(bytes32)
func (aCLManager *ACLManager) UnpackPOOLADMINROLE(data []byte) ([32]byte, error) {
	out, err := aCLManager.abi.Unpack("POOL_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRISKADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f16b425.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function RISK_ADMIN_ROLE() view returns(bytes32)
func (aCLManager *ACLManager) PackRISKADMINROLE() []byte {
	enc, err := aCLManager.abi.Pack("RISK_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRISKADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f16b425.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function RISK_ADMIN_ROLE() view returns(bytes32)
func (aCLManager *ACLManager) TryPackRISKADMINROLE() ([]byte, error) {
	return aCLManager.abi.Pack("RISK_ADMIN_ROLE")
}

// UnpackRISKADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4f16b425.
//
// Solidity: function RISK_ADMIN_ROLE() view returns(bytes32)
func (aCLManager *ACLManager) UnpackRISKADMINROLE(data []byte) ([32]byte, error) {
	out, err := aCLManager.abi.Unpack("RISK_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAddAssetListingAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a2b96f7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addAssetListingAdmin(address admin) returns()
func (aCLManager *ACLManager) PackAddAssetListingAdmin(admin common.Address) []byte {
	enc, err := aCLManager.abi.Pack("addAssetListingAdmin", admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddAssetListingAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a2b96f7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addAssetListingAdmin(address admin) returns()
func (aCLManager *ACLManager) TryPackAddAssetListingAdmin(admin common.Address) ([]byte, error) {
	return aCLManager.abi.Pack("addAssetListingAdmin", admin)
}

// PackAddBridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9712fdf8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addBridge(address bridge) returns()
func (aCLManager *ACLManager) PackAddBridge(bridge common.Address) []byte {
	enc, err := aCLManager.abi.Pack("addBridge", bridge)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddBridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9712fdf8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addBridge(address bridge) returns()
func (aCLManager *ACLManager) TryPackAddBridge(bridge common.Address) ([]byte, error) {
	return aCLManager.abi.Pack("addBridge", bridge)
}

// PackAddEmergencyAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x179efb09.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addEmergencyAdmin(address admin) returns()
func (aCLManager *ACLManager) PackAddEmergencyAdmin(admin common.Address) []byte {
	enc, err := aCLManager.abi.Pack("addEmergencyAdmin", admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddEmergencyAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x179efb09.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addEmergencyAdmin(address admin) returns()
func (aCLManager *ACLManager) TryPackAddEmergencyAdmin(admin common.Address) ([]byte, error) {
	return aCLManager.abi.Pack("addEmergencyAdmin", admin)
}

// PackAddFlashBorrower is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ac9d80b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addFlashBorrower(address borrower) returns()
func (aCLManager *ACLManager) PackAddFlashBorrower(borrower common.Address) []byte {
	enc, err := aCLManager.abi.Pack("addFlashBorrower", borrower)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddFlashBorrower is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ac9d80b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addFlashBorrower(address borrower) returns()
func (aCLManager *ACLManager) TryPackAddFlashBorrower(borrower common.Address) ([]byte, error) {
	return aCLManager.abi.Pack("addFlashBorrower", borrower)
}

// PackAddPoolAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22650caf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addPoolAdmin(address admin) returns()
func (aCLManager *ACLManager) PackAddPoolAdmin(admin common.Address) []byte {
	enc, err := aCLManager.abi.Pack("addPoolAdmin", admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddPoolAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22650caf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addPoolAdmin(address admin) returns()
func (aCLManager *ACLManager) TryPackAddPoolAdmin(admin common.Address) ([]byte, error) {
	return aCLManager.abi.Pack("addPoolAdmin", admin)
}

// PackAddRiskAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b9a94e4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addRiskAdmin(address admin) returns()
func (aCLManager *ACLManager) PackAddRiskAdmin(admin common.Address) []byte {
	enc, err := aCLManager.abi.Pack("addRiskAdmin", admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddRiskAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b9a94e4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addRiskAdmin(address admin) returns()
func (aCLManager *ACLManager) TryPackAddRiskAdmin(admin common.Address) ([]byte, error) {
	return aCLManager.abi.Pack("addRiskAdmin", admin)
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (aCLManager *ACLManager) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := aCLManager.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (aCLManager *ACLManager) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return aCLManager.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (aCLManager *ACLManager) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := aCLManager.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (aCLManager *ACLManager) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := aCLManager.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (aCLManager *ACLManager) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return aCLManager.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (aCLManager *ACLManager) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := aCLManager.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (aCLManager *ACLManager) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return aCLManager.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (aCLManager *ACLManager) UnpackHasRole(data []byte) (bool, error) {
	out, err := aCLManager.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsAssetListingAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13ee32e0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isAssetListingAdmin(address admin) view returns(bool)
func (aCLManager *ACLManager) PackIsAssetListingAdmin(admin common.Address) []byte {
	enc, err := aCLManager.abi.Pack("isAssetListingAdmin", admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsAssetListingAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13ee32e0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isAssetListingAdmin(address admin) view returns(bool)
func (aCLManager *ACLManager) TryPackIsAssetListingAdmin(admin common.Address) ([]byte, error) {
	return aCLManager.abi.Pack("isAssetListingAdmin", admin)
}

// UnpackIsAssetListingAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x13ee32e0.
//
// Solidity: function isAssetListingAdmin(address admin) view returns(bool)
func (aCLManager *ACLManager) UnpackIsAssetListingAdmin(data []byte) (bool, error) {
	out, err := aCLManager.abi.Unpack("isAssetListingAdmin", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsBridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x726600ce.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isBridge(address bridge) view returns(bool)
func (aCLManager *ACLManager) PackIsBridge(bridge common.Address) []byte {
	enc, err := aCLManager.abi.Pack("isBridge", bridge)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsBridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x726600ce.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isBridge(address bridge) view returns(bool)
func (aCLManager *ACLManager) TryPackIsBridge(bridge common.Address) ([]byte, error) {
	return aCLManager.abi.Pack("isBridge", bridge)
}

// UnpackIsBridge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x726600ce.
//
// Solidity: function isBridge(address bridge) view returns(bool)
func (aCLManager *ACLManager) UnpackIsBridge(data []byte) (bool, error) {
	out, err := aCLManager.abi.Unpack("isBridge", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsEmergencyAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2500f2b6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isEmergencyAdmin(address admin) view returns(bool)
func (aCLManager *ACLManager) PackIsEmergencyAdmin(admin common.Address) []byte {
	enc, err := aCLManager.abi.Pack("isEmergencyAdmin", admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsEmergencyAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2500f2b6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isEmergencyAdmin(address admin) view returns(bool)
func (aCLManager *ACLManager) TryPackIsEmergencyAdmin(admin common.Address) ([]byte, error) {
	return aCLManager.abi.Pack("isEmergencyAdmin", admin)
}

// UnpackIsEmergencyAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2500f2b6.
//
// Solidity: function isEmergencyAdmin(address admin) view returns(bool)
func (aCLManager *ACLManager) UnpackIsEmergencyAdmin(data []byte) (bool, error) {
	out, err := aCLManager.abi.Unpack("isEmergencyAdmin", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsFlashBorrower is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa50f297.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isFlashBorrower(address borrower) view returns(bool)
func (aCLManager *ACLManager) PackIsFlashBorrower(borrower common.Address) []byte {
	enc, err := aCLManager.abi.Pack("isFlashBorrower", borrower)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsFlashBorrower is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa50f297.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isFlashBorrower(address borrower) view returns(bool)
func (aCLManager *ACLManager) TryPackIsFlashBorrower(borrower common.Address) ([]byte, error) {
	return aCLManager.abi.Pack("isFlashBorrower", borrower)
}

// UnpackIsFlashBorrower is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfa50f297.
//
// Solidity: function isFlashBorrower(address borrower) view returns(bool)
func (aCLManager *ACLManager) UnpackIsFlashBorrower(data []byte) (bool, error) {
	out, err := aCLManager.abi.Unpack("isFlashBorrower", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsPoolAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7be53ca1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isPoolAdmin(address admin) view returns(bool)
func (aCLManager *ACLManager) PackIsPoolAdmin(admin common.Address) []byte {
	enc, err := aCLManager.abi.Pack("isPoolAdmin", admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsPoolAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7be53ca1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isPoolAdmin(address admin) view returns(bool)
func (aCLManager *ACLManager) TryPackIsPoolAdmin(admin common.Address) ([]byte, error) {
	return aCLManager.abi.Pack("isPoolAdmin", admin)
}

// UnpackIsPoolAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7be53ca1.
//
// Solidity: function isPoolAdmin(address admin) view returns(bool)
func (aCLManager *ACLManager) UnpackIsPoolAdmin(data []byte) (bool, error) {
	out, err := aCLManager.abi.Unpack("isPoolAdmin", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsRiskAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x674b5e4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isRiskAdmin(address admin) view returns(bool)
func (aCLManager *ACLManager) PackIsRiskAdmin(admin common.Address) []byte {
	enc, err := aCLManager.abi.Pack("isRiskAdmin", admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsRiskAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x674b5e4d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isRiskAdmin(address admin) view returns(bool)
func (aCLManager *ACLManager) TryPackIsRiskAdmin(admin common.Address) ([]byte, error) {
	return aCLManager.abi.Pack("isRiskAdmin", admin)
}

// UnpackIsRiskAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x674b5e4d.
//
// Solidity: function isRiskAdmin(address admin) view returns(bool)
func (aCLManager *ACLManager) UnpackIsRiskAdmin(data []byte) (bool, error) {
	out, err := aCLManager.abi.Unpack("isRiskAdmin", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRemoveAssetListingAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa21bce15.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeAssetListingAdmin(address admin) returns()
func (aCLManager *ACLManager) PackRemoveAssetListingAdmin(admin common.Address) []byte {
	enc, err := aCLManager.abi.Pack("removeAssetListingAdmin", admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveAssetListingAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa21bce15.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeAssetListingAdmin(address admin) returns()
func (aCLManager *ACLManager) TryPackRemoveAssetListingAdmin(admin common.Address) ([]byte, error) {
	return aCLManager.abi.Pack("removeAssetListingAdmin", admin)
}

// PackRemoveBridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04df017d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeBridge(address bridge) returns()
func (aCLManager *ACLManager) PackRemoveBridge(bridge common.Address) []byte {
	enc, err := aCLManager.abi.Pack("removeBridge", bridge)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveBridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04df017d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeBridge(address bridge) returns()
func (aCLManager *ACLManager) TryPackRemoveBridge(bridge common.Address) ([]byte, error) {
	return aCLManager.abi.Pack("removeBridge", bridge)
}

// PackRemoveEmergencyAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a9a93f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeEmergencyAdmin(address admin) returns()
func (aCLManager *ACLManager) PackRemoveEmergencyAdmin(admin common.Address) []byte {
	enc, err := aCLManager.abi.Pack("removeEmergencyAdmin", admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveEmergencyAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a9a93f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeEmergencyAdmin(address admin) returns()
func (aCLManager *ACLManager) TryPackRemoveEmergencyAdmin(admin common.Address) ([]byte, error) {
	return aCLManager.abi.Pack("removeEmergencyAdmin", admin)
}

// PackRemoveFlashBorrower is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x253cf980.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeFlashBorrower(address borrower) returns()
func (aCLManager *ACLManager) PackRemoveFlashBorrower(borrower common.Address) []byte {
	enc, err := aCLManager.abi.Pack("removeFlashBorrower", borrower)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveFlashBorrower is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x253cf980.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeFlashBorrower(address borrower) returns()
func (aCLManager *ACLManager) TryPackRemoveFlashBorrower(borrower common.Address) ([]byte, error) {
	return aCLManager.abi.Pack("removeFlashBorrower", borrower)
}

// PackRemovePoolAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf83695cb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removePoolAdmin(address admin) returns()
func (aCLManager *ACLManager) PackRemovePoolAdmin(admin common.Address) []byte {
	enc, err := aCLManager.abi.Pack("removePoolAdmin", admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemovePoolAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf83695cb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removePoolAdmin(address admin) returns()
func (aCLManager *ACLManager) TryPackRemovePoolAdmin(admin common.Address) ([]byte, error) {
	return aCLManager.abi.Pack("removePoolAdmin", admin)
}

// PackRemoveRiskAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c5a08e5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeRiskAdmin(address admin) returns()
func (aCLManager *ACLManager) PackRemoveRiskAdmin(admin common.Address) []byte {
	enc, err := aCLManager.abi.Pack("removeRiskAdmin", admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveRiskAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c5a08e5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeRiskAdmin(address admin) returns()
func (aCLManager *ACLManager) TryPackRemoveRiskAdmin(admin common.Address) ([]byte, error) {
	return aCLManager.abi.Pack("removeRiskAdmin", admin)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address account) returns()
func (aCLManager *ACLManager) PackRenounceRole(role [32]byte, account common.Address) []byte {
	enc, err := aCLManager.abi.Pack("renounceRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address account) returns()
func (aCLManager *ACLManager) TryPackRenounceRole(role [32]byte, account common.Address) ([]byte, error) {
	return aCLManager.abi.Pack("renounceRole", role, account)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (aCLManager *ACLManager) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := aCLManager.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (aCLManager *ACLManager) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return aCLManager.abi.Pack("revokeRole", role, account)
}

// PackSetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e4e0091.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRoleAdmin(bytes32 role, bytes32 adminRole) returns()
func (aCLManager *ACLManager) PackSetRoleAdmin(role [32]byte, adminRole [32]byte) []byte {
	enc, err := aCLManager.abi.Pack("setRoleAdmin", role, adminRole)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e4e0091.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRoleAdmin(bytes32 role, bytes32 adminRole) returns()
func (aCLManager *ACLManager) TryPackSetRoleAdmin(role [32]byte, adminRole [32]byte) ([]byte, error) {
	return aCLManager.abi.Pack("setRoleAdmin", role, adminRole)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (aCLManager *ACLManager) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := aCLManager.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (aCLManager *ACLManager) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return aCLManager.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (aCLManager *ACLManager) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := aCLManager.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// ACLManagerRoleAdminChanged represents a RoleAdminChanged event raised by the ACLManager contract.
type ACLManagerRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const ACLManagerRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (ACLManagerRoleAdminChanged) ContractEventName() string {
	return ACLManagerRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (aCLManager *ACLManager) UnpackRoleAdminChangedEvent(log *types.Log) (*ACLManagerRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aCLManager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ACLManagerRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := aCLManager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aCLManager.abi.Events[event].Inputs {
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

// ACLManagerRoleGranted represents a RoleGranted event raised by the ACLManager contract.
type ACLManagerRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ACLManagerRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (ACLManagerRoleGranted) ContractEventName() string {
	return ACLManagerRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (aCLManager *ACLManager) UnpackRoleGrantedEvent(log *types.Log) (*ACLManagerRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aCLManager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ACLManagerRoleGranted)
	if len(log.Data) > 0 {
		if err := aCLManager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aCLManager.abi.Events[event].Inputs {
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

// ACLManagerRoleRevoked represents a RoleRevoked event raised by the ACLManager contract.
type ACLManagerRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ACLManagerRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (ACLManagerRoleRevoked) ContractEventName() string {
	return ACLManagerRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (aCLManager *ACLManager) UnpackRoleRevokedEvent(log *types.Log) (*ACLManagerRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aCLManager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ACLManagerRoleRevoked)
	if len(log.Data) > 0 {
		if err := aCLManager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aCLManager.abi.Events[event].Inputs {
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
