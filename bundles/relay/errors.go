package relay

import "errors"

// JSON-RPC error codes (spec §9).
const (
	codeParse          = -32700
	codeInvalidRequest = -32600
	codeNotFound       = -32601
	codeInvalidParams  = -32602
	codeServer         = -32000
)

// Sentinels of the relay's own Go API.
var (
	ErrClosed  = errors.New("relay: closed")
	ErrUnknown = errors.New("relay: unknown bundle")
)

// rpcError is a JSON-RPC error object.
type rpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func (e *rpcError) Error() string { return e.Message }

func serverErr(msg string) *rpcError { return &rpcError{Code: codeServer, Message: msg} }

// mev-share-node's messages (spec §5.4, §9).
var (
	errVersion      = serverErr("unsupported bundle version")
	errTooDeep      = serverErr("bundle too deep")
	errInclusion    = serverErr("invalid inclusion")
	errBodySize     = serverErr("invalid bundle body size")
	errBody         = serverErr("invalid bundle body")
	errConstraints  = serverErr("invalid bundle constraints")
	errRevertMode   = serverErr("invalid revert mode")
	errPrivacy      = serverErr("invalid bundle privacy")
	errHintIntent   = serverErr("invalid hint intent")
	errNotFound     = serverErr("backrun not found")
	errBackrunBad   = serverErr("backrun invalid bundle")
	errBackrunIncl  = serverErr("backrun invalid inclusion")
	errNotCancelled = serverErr("bundle not cancelled")
)
