package report

// The data a backtest produces, in the order it is written. Every value is a
// plain, JSON-stable type (amounts as decimal strings of wei or token base
// units, addresses and hashes as 0x hex), so that the same inputs give
// byte-identical files: no maps iterated for output, no wall-clock times, no
// floats in summary.json or the CSVs (floats appear only in plots).

// Run describes what was replayed. Nothing machine- or time-dependent goes
// here: the worker count, durations and RPC counts are printed on the
// terminal, not written to summary.json, because --workers 2 must give the
// same report as --workers 1.
type Run struct {
	ChainID    uint64   `json:"chainId"`
	From       uint64   `json:"fromBlock"`
	To         uint64   `json:"toBlock"`
	Strategies []string `json:"strategies"`
	// Inclusion is the inclusion model: "always" or "outbid" (landed only if
	// the bid beats what the block actually paid its coinbase beyond fees).
	Inclusion string `json:"inclusion"`
	// ConfigHash is the SHA-256 of the canonical config, so two reports can be
	// compared knowing they ran the same strategy settings.
	ConfigHash string `json:"configHash"`
}

// Opportunity is one opportunity a strategy found, simulated at the position
// it targets, and whether it counts as landed.
type Opportunity struct {
	Block    uint64 `json:"block"`
	Strategy string `json:"strategy"`
	Kind     string `json:"kind"`
	ID       string `json:"id"`
	// Position is "top" (top of Block) or the hash of the transaction of
	// Block the opportunity backruns.
	Position string `json:"position"`
	// Inputs is a human-readable, deterministic summary of what was sized:
	// "borrower=0x… debt=USDC collateral=WETH amount=123" or
	// "cycle=WETH>USDC>WETH pools=0x…,0x… amountIn=…".
	Inputs string `json:"inputs"`
	// GasUsed by the simulated calls.
	GasUsed uint64 `json:"gasUsed"`
	// GasCost is GasUsed times the effective gas price, in wei.
	GasCost string `json:"gasCostWei"`
	// Bid is what the bundle pays the coinbase (priority fee plus tip), in wei.
	Bid string `json:"bidWei"`
	// Profit is the simulated profit net of gas and bid, in wei of ETH.
	Profit string `json:"profitWei"`
	// Landed under the inclusion model; Reason says why not ("reverted:
	// <reason>", "below min profit", "outbid: block paid N wei", ...).
	Landed bool   `json:"landed"`
	Reason string `json:"reason,omitempty"`
}

// Block is one replayed block.
type Block struct {
	Number  uint64 `json:"number"`
	Txs     int    `json:"txs"`
	GasUsed uint64 `json:"gasUsed"`
	// CoinbasePaid is what the block's transactions paid the coinbase beyond
	// the base fee (priority fees plus direct transfers), in wei.
	CoinbasePaid string `json:"coinbasePaidWei"`
	// Opportunities found in this block, and how many landed.
	Opportunities int `json:"opportunities"`
	Landed        int `json:"landed"`
	// OurGas is the gas our landed opportunities used in this block.
	OurGas uint64 `json:"ourGas"`
}

// Competitor is a liquidation or arbitrage that someone actually landed in
// a replayed block, and how our strategies compared.
type Competitor struct {
	Block uint64 `json:"block"`
	Tx    string `json:"tx"`
	Kind  string `json:"kind"`
	// Searcher is the transaction's sender; Contract its `to`.
	Searcher string `json:"searcher"`
	Contract string `json:"contract"`
	// Details: "borrower=0x… debt=… collateral=… debtCovered=…" for a
	// liquidation, "cycle=WETH>USDC>WETH pools=… profit=…" for an arbitrage.
	Details string `json:"details"`
	// CoinbasePaid by the transaction beyond the base fee, in wei.
	CoinbasePaid string `json:"coinbasePaidWei"`
	// Seen: one of our strategies found the same opportunity (same borrower,
	// or same pool cycle) at or before this block. Sized is our simulated
	// profit for it, in wei ("" when not seen). WouldWin: our bid beats
	// CoinbasePaid. Reason explains a miss.
	Seen     bool   `json:"seen"`
	Sized    string `json:"sizedProfitWei,omitempty"`
	WouldWin bool   `json:"wouldWin"`
	Reason   string `json:"reason,omitempty"`
}

// StrategyTotal sums one strategy's opportunities.
type StrategyTotal struct {
	Strategy      string `json:"strategy"`
	Opportunities int    `json:"opportunities"`
	Landed        int    `json:"landed"`
	// Profit of the landed ones, net of gas and bid, in wei.
	Profit  string `json:"profitWei"`
	GasUsed uint64 `json:"gasUsed"`
}

// Summary is summary.json.
type Summary struct {
	Run         Run             `json:"run"`
	Blocks      int             `json:"blocks"`
	Txs         int             `json:"txs"`
	Totals      []StrategyTotal `json:"totals"`
	Competitors int             `json:"competitors"`
	// CompetitorsSeen and CompetitorsWon count the Competitor rows with Seen
	// and WouldWin set.
	CompetitorsSeen int `json:"competitorsSeen"`
	CompetitorsWon  int `json:"competitorsWon"`
}

// Result is everything a report is made from. Opportunities, Blocks and
// Competitors are sorted by block, then position, then strategy and ID, so a
// merge of shards is the concatenation of the shards in block order.
type Result struct {
	Summary       Summary       `json:"summary"`
	Blocks        []Block       `json:"blocks"`
	Opportunities []Opportunity `json:"opportunities"`
	Competitors   []Competitor  `json:"competitors"`
}
