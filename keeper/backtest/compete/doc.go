// Package compete decodes what others actually landed in a block (Aave V3
// liquidations and swap cycles that returned to their start token with a
// profit), what each of those transactions paid the block's coinbase, and
// matches them against the opportunities our strategies found in a
// backtest: seen or not, sized how, and whether our bid would have won.
//
// It reads blocks and receipts only: it never executes a transaction and
// holds no chain state. Pools that are not in the Book are resolved once
// (token0/token1, and factory when factories are listed) through an
// optional Resolver at the block being decoded, and cached. Output order is
// deterministic: block, transaction index, then log index; no map is
// iterated to produce output.
//
// It must not import the backtest engine (keeper/backtest calls it), and it
// does not decide inclusion: the engine's inclusion model does.
package compete
