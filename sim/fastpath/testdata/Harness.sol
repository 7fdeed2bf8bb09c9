// SPDX-License-Identifier: MIT
// Test-only contracts for sim/fastpath's differential tests against the real
// Uniswap pools: a plain mintable ERC20 and a caller that pays the V3 pool's
// mint and swap callbacks. Compiled with the pinned solc-js at test time.
pragma solidity 0.8.28;

contract Token {
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;

    function mint(address to, uint256 amount) external {
        balanceOf[to] += amount;
    }

    function approve(address spender, uint256 amount) external returns (bool) {
        allowance[msg.sender][spender] = amount;
        return true;
    }

    function transfer(address to, uint256 amount) external returns (bool) {
        balanceOf[msg.sender] -= amount;
        balanceOf[to] += amount;
        return true;
    }

    function transferFrom(address from, address to, uint256 amount) external returns (bool) {
        if (allowance[from][msg.sender] != type(uint256).max) allowance[from][msg.sender] -= amount;
        balanceOf[from] -= amount;
        balanceOf[to] += amount;
        return true;
    }
}

interface IV3Pool {
    function token0() external view returns (address);
    function token1() external view returns (address);
    function mint(address recipient, int24 tickLower, int24 tickUpper, uint128 amount, bytes calldata data)
        external returns (uint256, uint256);
    function burn(int24 tickLower, int24 tickUpper, uint128 amount) external returns (uint256, uint256);
    function swap(address recipient, bool zeroForOne, int256 amountSpecified, uint160 sqrtPriceLimitX96, bytes calldata data)
        external returns (int256, int256);
}

contract V3Caller {
    function mint(address pool, int24 lower, int24 upper, uint128 amount) external returns (uint256, uint256) {
        return IV3Pool(pool).mint(address(this), lower, upper, amount, "");
    }

    function burn(address pool, int24 lower, int24 upper, uint128 amount) external returns (uint256, uint256) {
        return IV3Pool(pool).burn(lower, upper, amount);
    }

    function swap(address pool, bool zeroForOne, int256 amountSpecified, uint160 limit) external returns (int256, int256) {
        return IV3Pool(pool).swap(address(this), zeroForOne, amountSpecified, limit, "");
    }

    function uniswapV3MintCallback(uint256 owed0, uint256 owed1, bytes calldata) external {
        if (owed0 > 0) Token(IV3Pool(msg.sender).token0()).transfer(msg.sender, owed0);
        if (owed1 > 0) Token(IV3Pool(msg.sender).token1()).transfer(msg.sender, owed1);
    }

    function uniswapV3SwapCallback(int256 delta0, int256 delta1, bytes calldata) external {
        if (delta0 > 0) Token(IV3Pool(msg.sender).token0()).transfer(msg.sender, uint256(delta0));
        if (delta1 > 0) Token(IV3Pool(msg.sender).token1()).transfer(msg.sender, uint256(delta1));
    }
}
