package bundles

import (
	"encoding/json"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Bundle is eth_sendBundle's params[0] (spec §2.1). Txs are signed raw
// transactions (EIP-2718 envelopes) in execution order; BlockNumber is the
// only block the bundle is valid for; timestamps are unix seconds, 0 unset.
// The fields after Builders are builder extensions (rbuilder, go-utils):
// leave them zero for relay.flashbots.net; the zero value of each is left
// out of the JSON.
type Bundle struct {
	Txs               []hexutil.Bytes `json:"txs"`
	BlockNumber       hexutil.Uint64  `json:"blockNumber"`
	MinTimestamp      uint64          `json:"minTimestamp,omitempty"`
	MaxTimestamp      uint64          `json:"maxTimestamp,omitempty"`
	RevertingTxHashes []common.Hash   `json:"revertingTxHashes,omitempty"`
	ReplacementUUID   string          `json:"replacementUuid,omitempty"`
	Builders          []string        `json:"builders,omitempty"`

	// DroppingTxHashes may be left out of the block but must not revert
	// on chain (bundle version v2).
	DroppingTxHashes []common.Hash `json:"droppingTxHashes,omitempty"`
	// RefundPercent of the bundle's coinbase profit goes to
	// RefundRecipient; 0..99, 0 unset (v2).
	RefundPercent int `json:"refundPercent,omitempty"`
	// RefundRecipient defaults to the sender of the first tx (v2).
	RefundRecipient *common.Address `json:"refundRecipient,omitempty"`
	// RefundTxHashes is the tx whose payment is the refund base, at most
	// one; default the last tx (v2).
	RefundTxHashes []common.Hash `json:"refundTxHashes,omitempty"`
	// UUID is an alias of ReplacementUUID that takes priority (rbuilder).
	UUID string `json:"uuid,omitempty"`
	// ReplacementNonce orders replacements; set by relays, not users.
	ReplacementNonce *uint64 `json:"replacementNonce,omitempty"`
	// SigningAddress is the signer forwarded relay→builder; a relay must
	// not trust it from a user.
	SigningAddress *common.Address `json:"signingAddress,omitempty"`
	// RefundIdentity is BuilderNet's refund address used instead of the signer.
	RefundIdentity *common.Address `json:"refundIdentity,omitempty"`
	// DelayedRefund pays the refund out of block (BuilderNet, v2).
	DelayedRefund bool `json:"delayedRefund,omitempty"`
	// Version is "v1" or "v2"; empty means v2 (spec §12.6).
	Version string `json:"version,omitempty"`
}

// Bundle versions of eth_sendBundle (spec §2.1). V1 forbids
// DroppingTxHashes, the refund fields and DelayedRefund.
const (
	BundleV1 = "v1"
	BundleV2 = "v2"
)

// ID is the bundle's replacement identity: UUID when set, else
// ReplacementUUID (rbuilder gives uuid priority).
func (b *Bundle) ID() string {
	if b.UUID != "" {
		return b.UUID
	}
	return b.ReplacementUUID
}

// SendBundleResult is eth_sendBundle's and mev_sendBundle's result. Smart
// is the string "true" when builders were given (spec §2.2).
type SendBundleResult struct {
	BundleHash common.Hash `json:"bundleHash"`
	Smart      string      `json:"smart,omitempty"`
}

// CallBundleArgs is eth_callBundle's params[0] (spec §3.1). StateBlockNumber
// is a hex number or a tag ("latest"); Timestamp is unix seconds, 0 default
// (parent + 1 in the builder). The fields after Timestamp are the builder
// implementation's extras, sent as JSON numbers like flashbotsrpc does,
// left out when zero: Coinbase defaults to the parent's, Timeout is in
// milliseconds (default 5000), GasLimit and BaseFee (wei) default to the
// parent's.
type CallBundleArgs struct {
	Txs              []hexutil.Bytes `json:"txs"`
	BlockNumber      hexutil.Uint64  `json:"blockNumber"`
	StateBlockNumber string          `json:"stateBlockNumber"`
	Timestamp        uint64          `json:"timestamp,omitempty"`
	Coinbase         *common.Address `json:"coinbase,omitempty"`
	Timeout          int64           `json:"timeout,omitempty"`
	GasLimit         uint64          `json:"gasLimit,omitempty"`
	Difficulty       *big.Int        `json:"difficulty,omitempty"`
	BaseFee          *big.Int        `json:"baseFee,omitempty"`
}

// CallBundleResult is eth_callBundle's result (spec §3.2): amounts are
// decimal strings of wei, gas values JSON numbers.
type CallBundleResult struct {
	BundleGasPrice    string         `json:"bundleGasPrice"`
	BundleHash        common.Hash    `json:"bundleHash"`
	CoinbaseDiff      string         `json:"coinbaseDiff"`
	EthSentToCoinbase string         `json:"ethSentToCoinbase"`
	GasFees           string         `json:"gasFees"`
	Results           []CallTxResult `json:"results"`
	StateBlockNumber  uint64         `json:"stateBlockNumber"`
	TotalGasUsed      uint64         `json:"totalGasUsed"`
}

// CallTxResult is one transaction of a CallBundleResult. Value is set on
// success, Error (and Revert when there is revert data) on failure.
type CallTxResult struct {
	TxHash            common.Hash `json:"txHash"`
	GasUsed           uint64      `json:"gasUsed"`
	FromAddress       string      `json:"fromAddress"`
	ToAddress         string      `json:"toAddress"`
	GasPrice          string      `json:"gasPrice"`
	GasFees           string      `json:"gasFees"`
	CoinbaseDiff      string      `json:"coinbaseDiff"`
	EthSentToCoinbase string      `json:"ethSentToCoinbase"`
	Value             *string     `json:"value,omitempty"`
	Error             string      `json:"error,omitempty"`
	Revert            string      `json:"revert,omitempty"`
}

// CancelBundleArgs is eth_cancelBundle's params[0] (spec §4).
// SigningAddress is only set relay→builder (go-utils).
type CancelBundleArgs struct {
	ReplacementUUID string          `json:"replacementUuid"`
	SigningAddress  *common.Address `json:"signingAddress,omitempty"`
}

// MevBundle is mev_sendBundle's params[0], MEV-Share spec v0.1 (spec §5.1).
type MevBundle struct {
	Version         string        `json:"version"`
	ReplacementUUID string        `json:"replacementUuid,omitempty"`
	Inclusion       Inclusion     `json:"inclusion"`
	Body            []BodyElement `json:"body"`
	Validity        *Validity     `json:"validity,omitempty"`
	Privacy         *Privacy      `json:"privacy,omitempty"`
	Metadata        *Metadata     `json:"metadata,omitempty"`
}

// MevVersion is the MEV-Share bundle version we send.
const MevVersion = "v0.1"

// Inclusion is the block range a MevBundle is valid in, inclusive;
// MaxBlock 0 means Block.
type Inclusion struct {
	Block    hexutil.Uint64 `json:"block"`
	MaxBlock hexutil.Uint64 `json:"maxBlock,omitempty"`
}

// Revert modes of a body transaction (spec §5.1).
const (
	RevertFail  = "fail"
	RevertAllow = "allow"
	RevertDrop  = "drop"
)

// BodyElement is one of: Hash (a transaction or matching bundle hash from
// the hint stream), Tx (a signed raw transaction) or Bundle (nested).
// Precedence when several are set: Hash, Tx, Bundle.
type BodyElement struct {
	Hash       *common.Hash  `json:"hash,omitempty"`
	Tx         hexutil.Bytes `json:"tx,omitempty"`
	CanRevert  bool          `json:"canRevert,omitempty"`
	RevertMode string        `json:"revertMode,omitempty"`
	Bundle     *MevBundle    `json:"bundle,omitempty"`
}

// Validity holds refund constraints; percents are whole percent 0..100.
type Validity struct {
	Refund       []Refund       `json:"refund,omitempty"`
	RefundConfig []RefundConfig `json:"refundConfig,omitempty"`
}

// Refund gives body[BodyIdx] Percent % of the bundle's payment.
type Refund struct {
	BodyIdx int `json:"bodyIdx"`
	Percent int `json:"percent"`
}

// RefundConfig splits a refund among addresses.
type RefundConfig struct {
	Address common.Address `json:"address"`
	Percent int            `json:"percent"`
}

// Privacy says what a bundle shares on the hint stream and with which builders.
type Privacy struct {
	Hints      []HintIntent `json:"hints,omitempty"`
	Builders   []string     `json:"builders,omitempty"`
	WantRefund *int         `json:"wantRefund,omitempty"`
}

// Metadata is the part of mev_sendBundle's metadata a sender may set.
type Metadata struct {
	OriginID string `json:"originId,omitempty"`
}

// HintIntent is one privacy hint. Unknown strings fail decoding with
// ErrHintIntent ("invalid hint intent"), as mev-share-node does.
type HintIntent string

// Hint intents (spec §5.1); "full" is documented but rejected by the node.
const (
	HintCalldata         HintIntent = "calldata"
	HintContractAddress  HintIntent = "contract_address"
	HintLogs             HintIntent = "logs"
	HintFunctionSelector HintIntent = "function_selector"
	HintHash             HintIntent = "hash"
	HintTxHash           HintIntent = "tx_hash"
	HintDefaultLogs      HintIntent = "default_logs"
	HintSpecialLogs      HintIntent = "special_logs"
)

// ErrHintIntent is an unknown hint string.
var ErrHintIntent = fmt.Errorf("invalid hint intent")

// UnmarshalText accepts only the known intents.
func (h *HintIntent) UnmarshalText(b []byte) error {
	switch v := HintIntent(b); v {
	case HintCalldata, HintContractAddress, HintLogs, HintFunctionSelector, HintHash, HintTxHash, HintDefaultLogs, HintSpecialLogs:
		*h = v
		return nil
	}
	return ErrHintIntent
}

// SimBundleOptions is mev_simBundle's params[1]; every field optional, hex.
type SimBundleOptions struct {
	ParentBlock *string         `json:"parentBlock,omitempty"`
	BlockNumber *hexutil.Big    `json:"blockNumber,omitempty"`
	Coinbase    *common.Address `json:"coinbase,omitempty"`
	Timestamp   *hexutil.Uint64 `json:"timestamp,omitempty"`
	GasLimit    *hexutil.Uint64 `json:"gasLimit,omitempty"`
	BaseFee     *hexutil.Big    `json:"baseFee,omitempty"`
	Timeout     *int64          `json:"timeout,omitempty"`
}

// SimBundleResult is mev_simBundle's result (spec §6): numbers are hex.
type SimBundleResult struct {
	Success         bool            `json:"success"`
	Error           string          `json:"error,omitempty"`
	StateBlock      hexutil.Uint64  `json:"stateBlock"`
	MevGasPrice     hexutil.Big     `json:"mevGasPrice"`
	Profit          hexutil.Big     `json:"profit"`
	RefundableValue hexutil.Big     `json:"refundableValue"`
	GasUsed         hexutil.Uint64  `json:"gasUsed"`
	Logs            []SimBundleLogs `json:"logs,omitempty"`
	// ExecError and Revert are mev-share-node's extras (not in the docs).
	ExecError string        `json:"execError,omitempty"`
	Revert    hexutil.Bytes `json:"revert,omitempty"`
}

// SimBundleLogs is the logs of one body element.
type SimBundleLogs struct {
	TxLogs     []HintLog       `json:"txLogs,omitempty"`
	BundleLogs []SimBundleLogs `json:"bundleLogs,omitempty"`
}

// Hint is one MEV-Share SSE event (spec §7). Hash is the matching hash;
// logs and txs are always present in the JSON (null when none).
type Hint struct {
	Hash        common.Hash  `json:"hash"`
	Logs        []HintLog    `json:"logs"`
	Txs         []TxHint     `json:"txs"`
	MevGasPrice *hexutil.Big `json:"mevGasPrice,omitempty"`
	GasUsed     *hexutil.Big `json:"gasUsed,omitempty"`
}

// HintLog is a log shared on the hint stream.
type HintLog struct {
	Address common.Address `json:"address"`
	Topics  []common.Hash  `json:"topics"`
	Data    hexutil.Bytes  `json:"data"`
}

// TxHint is what a transaction shares; unset fields are not shared.
type TxHint struct {
	Hash             *common.Hash    `json:"hash,omitempty"`
	To               *common.Address `json:"to,omitempty"`
	FunctionSelector *hexutil.Bytes  `json:"functionSelector,omitempty"`
	CallData         *hexutil.Bytes  `json:"callData,omitempty"`
}

// DecodeHint parses one event's data. The hash must be present.
func DecodeHint(data []byte) (Hint, error) {
	var raw struct {
		Hint
		Hash *common.Hash `json:"hash"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return Hint{}, fmt.Errorf("%w: %v", ErrHint, err)
	}
	if raw.Hash == nil {
		return Hint{}, fmt.Errorf("%w: no hash", ErrHint)
	}
	h := raw.Hint
	h.Hash = *raw.Hash
	return h, nil
}

// BundleStatsArgs is flashbots_getBundleStatsV2's params[0].
type BundleStatsArgs struct {
	BundleHash  common.Hash    `json:"bundleHash"`
	BlockNumber hexutil.Uint64 `json:"blockNumber"`
}

// BuilderTime is one builder's timestamp in BundleStats.
type BuilderTime struct {
	Pubkey    string `json:"pubkey"`
	Timestamp string `json:"timestamp"`
}

// BundleStats is flashbots_getBundleStatsV2's result; times are RFC 3339.
type BundleStats struct {
	IsHighPriority         bool          `json:"isHighPriority"`
	IsSimulated            bool          `json:"isSimulated"`
	SimulatedAt            string        `json:"simulatedAt,omitempty"`
	ReceivedAt             string        `json:"receivedAt,omitempty"`
	ConsideredByBuildersAt []BuilderTime `json:"consideredByBuildersAt,omitempty"`
	SealedByBuildersAt     []BuilderTime `json:"sealedByBuildersAt,omitempty"`
}

// UserStatsArgs is flashbots_getUserStatsV2's params[0].
type UserStatsArgs struct {
	BlockNumber hexutil.Uint64 `json:"blockNumber"`
}

// UserStats is flashbots_getUserStatsV2's result; amounts are decimal wei strings.
type UserStats struct {
	IsHighPriority           bool   `json:"isHighPriority"`
	AllTimeValidatorPayments string `json:"allTimeValidatorPayments"`
	AllTimeGasSimulated      string `json:"allTimeGasSimulated"`
	Last7dValidatorPayments  string `json:"last7dValidatorPayments"`
	Last7dGasSimulated       string `json:"last7dGasSimulated"`
	Last1dValidatorPayments  string `json:"last1dValidatorPayments"`
	Last1dGasSimulated       string `json:"last1dGasSimulated"`
}
