// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

interface IERC20Min {
    function balanceOf(address) external view returns (uint256);
    function transfer(address, uint256) external returns (bool);
    function approve(address, uint256) external returns (bool);
}

interface IWETH {
    function withdraw(uint256) external;
}

interface IAavePool {
    function flashLoanSimple(address receiver, address asset, uint256 amount, bytes calldata params, uint16 referral)
        external;
    function liquidationCall(address collateral, address debt, address user, uint256 debtToCover, bool receiveAToken)
        external;
}

interface IUniswapV2PairMin {
    function getReserves() external view returns (uint112, uint112, uint32);
    function token0() external view returns (address);
    function swap(uint256 amount0Out, uint256 amount1Out, address to, bytes calldata data) external;
}

interface IUniswapV3PoolMin {
    function swap(address recipient, bool zeroForOne, int256 amountSpecified, uint160 sqrtPriceLimitX96, bytes calldata data)
        external
        returns (int256 amount0, int256 amount1);
}

/// @title KeeperExecutor
/// @notice keeperkit's on-chain executor. Owner-only entry points:
///  - liquidate: flash-borrow the debt asset from Aave V3 (flashLoanSimple), call
///    liquidationCall, swap the seized collateral back to the debt asset along the
///    given V2/V3 hops, repay loan and premium, require the profit, pay the block
///    builder a tip, send the profit to the owner;
///  - arbitrage: a cycle of V2/V3 hops starting and ending in one token, funded by
///    the first hop itself (a V2 flash swap or the V3 swap callback pays the input
///    only after the rest of the cycle ran), with the same profit check and tip.
/// Every callback checks its caller against the one pool this contract is calling
/// (kept in transient storage for the duration of the call), so a callback can
/// never be triggered from outside an owner's transaction.
contract KeeperExecutor {
    /// @dev Hop kinds.
    uint8 internal constant V2 = 0;
    uint8 internal constant V3 = 1;

    uint160 internal constant MIN_SQRT_RATIO_PLUS_ONE = 4295128740;
    uint160 internal constant MAX_SQRT_RATIO_MINUS_ONE = 1461446703485210103287273052203988822378723970341;

    /// @notice One swap along a route.
    /// @param kind 0 = Uniswap V2 pair, 1 = Uniswap V3 pool.
    /// @param pool The pair or pool.
    /// @param tokenIn The token paid in; the other token of the pool comes out.
    /// @param tokenOut The token received.
    /// @param feeBps V2 only: the pair's fee in basis points (30 for Uniswap V2).
    struct Hop {
        uint8 kind;
        address pool;
        address tokenIn;
        address tokenOut;
        uint16 feeBps;
    }

    struct Liquidation {
        address pool; // Aave V3 pool (proxy)
        address collateral;
        address debt;
        address user;
        uint256 debtToCover;
        Hop[] hops; // collateral -> ... -> debt
        uint256 minProfit; // in debt-asset units, after the flash-loan premium
        uint256 tipWei; // paid to block.coinbase
        address weth; // unwrapped for the tip when ETH is short; 0 to skip
    }

    struct Arbitrage {
        Hop[] hops; // a cycle: hops[0].tokenIn == hops[last].tokenOut
        uint256 amountIn;
        uint256 minProfit; // in start-token units
        uint256 tipWei;
        address weth;
    }

    address public immutable owner;

    event Liquidated(address indexed user, address indexed collateral, address indexed debt, uint256 debtCovered, uint256 profit);
    event Arbitraged(address indexed token, uint256 amountIn, uint256 profit);
    event TipPaid(address indexed coinbase, uint256 amount);

    error NotOwner();
    error UnexpectedCaller(address caller);
    error BadRoute();
    error InsufficientProfit(uint256 profit, uint256 minProfit);
    error InsufficientOutput(uint256 got, uint256 owed);
    error TipFailed();

    // Transient slots: the pool whose callback is expected, and the pending
    // arbitrage (its hops) during a flash swap.
    bytes32 private constant EXPECTED_CALLER = keccak256("keeperkit.executor.expected");
    bytes32 private constant ARB_MODE = keccak256("keeperkit.executor.arb");

    constructor(address owner_) {
        owner = owner_;
    }

    receive() external payable {}

    modifier onlyOwner() {
        if (msg.sender != owner) revert NotOwner();
        _;
    }

    // ------------------------------------------------------------------
    // Liquidation through an Aave flash loan
    // ------------------------------------------------------------------

    /// @notice Liquidates `l.user` with a flash loan of `l.debtToCover` debt tokens.
    function liquidate(Liquidation calldata l) external onlyOwner returns (uint256 profit) {
        if (l.hops.length == 0 || l.hops[0].tokenIn != l.collateral || l.hops[l.hops.length - 1].tokenOut != l.debt) {
            revert BadRoute();
        }
        uint256 before = IERC20Min(l.debt).balanceOf(address(this));
        _expect(l.pool);
        IAavePool(l.pool).flashLoanSimple(address(this), l.debt, l.debtToCover, abi.encode(l), 0);
        _expect(address(0));
        profit = IERC20Min(l.debt).balanceOf(address(this)) - before;
        if (profit < l.minProfit) revert InsufficientProfit(profit, l.minProfit);
        _tip(l.tipWei, l.weth);
        if (profit > 0) _send(l.debt, owner, profit);
        emit Liquidated(l.user, l.collateral, l.debt, l.debtToCover, profit);
    }

    /// @notice Aave V3 flash-loan callback (IFlashLoanSimpleReceiver).
    function executeOperation(address asset, uint256 amount, uint256 premium, address initiator, bytes calldata params)
        external
        returns (bool)
    {
        if (msg.sender != _expected() || initiator != address(this)) revert UnexpectedCaller(msg.sender);
        Liquidation memory l = abi.decode(params, (Liquidation));
        IERC20Min(asset).approve(msg.sender, amount);
        uint256 held = IERC20Min(l.collateral).balanceOf(address(this));
        IAavePool(msg.sender).liquidationCall(l.collateral, l.debt, l.user, amount, false);
        uint256 seized = IERC20Min(l.collateral).balanceOf(address(this)) - held;
        _swapRoute(l.hops, seized);
        // The pool's callback expectation is restored for the repayment pull.
        _expect(msg.sender);
        uint256 owed = amount + premium;
        uint256 have = IERC20Min(asset).balanceOf(address(this));
        if (have < owed) revert InsufficientOutput(have, owed);
        IERC20Min(asset).approve(msg.sender, owed);
        return true;
    }

    // ------------------------------------------------------------------
    // Arbitrage cycles funded by their first hop
    // ------------------------------------------------------------------

    /// @notice Runs a cycle of hops. The first hop pays out before it is paid
    /// (V2 flash swap, or V3 swap callback), the remaining hops run inside its
    /// callback, and the first pool is repaid from the cycle's output.
    function arbitrage(Arbitrage calldata a) external onlyOwner returns (uint256 profit) {
        uint256 n = a.hops.length;
        if (n < 2 || a.hops[0].tokenIn != a.hops[n - 1].tokenOut) revert BadRoute();
        for (uint256 i = 1; i < n; i++) {
            if (a.hops[i].tokenIn != a.hops[i - 1].tokenOut) revert BadRoute();
        }
        address token = a.hops[0].tokenIn;
        uint256 before = IERC20Min(token).balanceOf(address(this));
        Hop calldata first = a.hops[0];
        _setArb(true);
        _expect(first.pool);
        if (first.kind == V2) {
            uint256 out = _v2AmountOut(first, a.amountIn);
            (uint256 o0, uint256 o1) = _v2Outs(first, out);
            IUniswapV2PairMin(first.pool).swap(o0, o1, address(this), abi.encode(a.hops, a.amountIn));
        } else {
            bool zeroForOne = first.tokenIn < first.tokenOut;
            IUniswapV3PoolMin(first.pool).swap(
                address(this),
                zeroForOne,
                int256(a.amountIn),
                zeroForOne ? MIN_SQRT_RATIO_PLUS_ONE : MAX_SQRT_RATIO_MINUS_ONE,
                abi.encode(a.hops, a.amountIn)
            );
        }
        _expect(address(0));
        _setArb(false);
        uint256 afterBal = IERC20Min(token).balanceOf(address(this));
        profit = afterBal > before ? afterBal - before : 0;
        if (profit < a.minProfit) revert InsufficientProfit(profit, a.minProfit);
        _tip(a.tipWei, a.weth);
        if (profit > 0) _send(token, owner, profit);
        emit Arbitraged(token, a.amountIn, profit);
    }

    /// @notice Uniswap V2 flash-swap callback: runs the rest of the cycle and
    /// repays the pair.
    function uniswapV2Call(address sender, uint256 amount0, uint256 amount1, bytes calldata data) external {
        if (msg.sender != _expected() || sender != address(this) || !_arb()) revert UnexpectedCaller(msg.sender);
        (Hop[] memory hops, uint256 amountIn) = abi.decode(data, (Hop[], uint256));
        _expect(address(0));
        _setArb(false); // later V3 hops' callbacks are plain route payments
        _runRest(hops, amount0 + amount1);
        _send(hops[0].tokenIn, msg.sender, amountIn);
    }

    /// @notice Uniswap V3 swap callback. Inside an arbitrage's first hop it runs
    /// the rest of the cycle before paying; inside a route swap it pays at once.
    function uniswapV3SwapCallback(int256 amount0Delta, int256 amount1Delta, bytes calldata data) external {
        if (msg.sender != _expected()) revert UnexpectedCaller(msg.sender);
        _expect(address(0));
        uint256 owed = uint256(amount0Delta > 0 ? amount0Delta : amount1Delta);
        if (_arb()) {
            _setArb(false);
            (Hop[] memory hops,) = abi.decode(data, (Hop[], uint256));
            uint256 received = uint256(-(amount0Delta > 0 ? amount1Delta : amount0Delta));
            _runRest(hops, received);
            _send(hops[0].tokenIn, msg.sender, owed);
        } else {
            address tokenIn = abi.decode(data, (address));
            _send(tokenIn, msg.sender, owed);
        }
    }

    // ------------------------------------------------------------------
    // Owner housekeeping
    // ------------------------------------------------------------------

    /// @notice Sends tokens (or ETH with token == 0) held by the executor to the owner.
    function withdraw(address token, uint256 amount) external onlyOwner {
        if (token == address(0)) {
            (bool ok,) = owner.call{value: amount}("");
            if (!ok) revert TipFailed();
        } else {
            _send(token, owner, amount);
        }
    }

    // ------------------------------------------------------------------
    // Internals
    // ------------------------------------------------------------------

    function _runRest(Hop[] memory hops, uint256 amount) internal {
        for (uint256 i = 1; i < hops.length; i++) {
            amount = _swap(hops[i], amount);
        }
    }

    function _swapRoute(Hop[] memory hops, uint256 amount) internal returns (uint256) {
        for (uint256 i = 0; i < hops.length; i++) {
            amount = _swap(hops[i], amount);
        }
        return amount;
    }

    /// @dev One exact-input swap; returns the amount received.
    function _swap(Hop memory h, uint256 amountIn) internal returns (uint256 out) {
        if (h.kind == V2) {
            out = _v2AmountOut(h, amountIn);
            (uint256 o0, uint256 o1) = _v2Outs(h, out);
            _send(h.tokenIn, h.pool, amountIn);
            IUniswapV2PairMin(h.pool).swap(o0, o1, address(this), "");
        } else if (h.kind == V3) {
            bool zeroForOne = h.tokenIn < h.tokenOut;
            _expect(h.pool);
            (int256 a0, int256 a1) = IUniswapV3PoolMin(h.pool).swap(
                address(this),
                zeroForOne,
                int256(amountIn),
                zeroForOne ? MIN_SQRT_RATIO_PLUS_ONE : MAX_SQRT_RATIO_MINUS_ONE,
                abi.encode(h.tokenIn)
            );
            out = uint256(-(zeroForOne ? a1 : a0));
        } else {
            revert BadRoute();
        }
    }

    /// @dev UniswapV2Library.getAmountOut with the fee as a parameter.
    function _v2AmountOut(Hop memory h, uint256 amountIn) internal view returns (uint256) {
        (uint112 r0, uint112 r1,) = IUniswapV2PairMin(h.pool).getReserves();
        bool inIs0 = h.tokenIn < h.tokenOut;
        (uint256 rIn, uint256 rOut) = inIs0 ? (uint256(r0), uint256(r1)) : (uint256(r1), uint256(r0));
        uint256 inWithFee = amountIn * (10000 - h.feeBps);
        return (inWithFee * rOut) / (rIn * 10000 + inWithFee);
    }

    function _v2Outs(Hop memory h, uint256 out) internal pure returns (uint256, uint256) {
        return h.tokenIn < h.tokenOut ? (uint256(0), out) : (out, uint256(0));
    }

    function _tip(uint256 tipWei, address weth) internal {
        if (tipWei == 0) return;
        uint256 eth = address(this).balance;
        if (eth < tipWei && weth != address(0)) {
            IWETH(weth).withdraw(tipWei - eth);
        }
        (bool ok,) = block.coinbase.call{value: tipWei}("");
        if (!ok) revert TipFailed();
        emit TipPaid(block.coinbase, tipWei);
    }

    function _send(address token, address to, uint256 amount) internal {
        (bool ok, bytes memory ret) = token.call(abi.encodeCall(IERC20Min.transfer, (to, amount)));
        if (!ok || (ret.length != 0 && !abi.decode(ret, (bool)))) revert InsufficientOutput(0, amount);
    }

    function _expect(address pool) internal {
        bytes32 slot = EXPECTED_CALLER;
        assembly {
            tstore(slot, pool)
        }
    }

    function _expected() internal view returns (address pool) {
        bytes32 slot = EXPECTED_CALLER;
        assembly {
            pool := tload(slot)
        }
    }

    function _setArb(bool on) internal {
        bytes32 slot = ARB_MODE;
        assembly {
            tstore(slot, on)
        }
    }

    function _arb() internal view returns (bool on) {
        bytes32 slot = ARB_MODE;
        assembly {
            on := tload(slot)
        }
    }
}
