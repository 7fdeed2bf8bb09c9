package bundles

import (
	"errors"
	"fmt"
)

// Sentinel errors. Signature errors follow go-utils' texts (spec §1.2).
var (
	ErrNoSignature      = errors.New("no signature provided")
	ErrInvalidSignature = errors.New("invalid signature provided")
	ErrMissingSeparator = fmt.Errorf("%w: missing separator", ErrInvalidSignature)
	ErrInvalidRecovery  = fmt.Errorf("%w: invalid recovery id", ErrInvalidSignature)
	ErrAddressMismatch  = fmt.Errorf("%w: signing address mismatch", ErrInvalidSignature)

	// ErrGarbage is an answer that is neither a JSON-RPC result nor an error.
	ErrGarbage = errors.New("bundles: garbage answer")
	// ErrTimeout is a relay that did not answer within its timeout.
	ErrTimeout = errors.New("bundles: relay timeout")
	// ErrRejected is a relay's refusal (JSON-RPC error, {"error":...} body or HTTP 4xx).
	ErrRejected = errors.New("bundles: rejected by relay")
	// ErrTransport is a failure to reach the relay or an HTTP 5xx/429.
	ErrTransport = errors.New("bundles: transport")
	// ErrHint is an SSE event that is not a hint.
	ErrHint = errors.New("bundles: bad hint event")
)

// RelayError is one relay's failed answer. Retryable is true for transport
// errors, timeouts, HTTP 5xx and 429; JSON-RPC rejections, signature errors,
// other 4xx and garbage are terminal. Err is ErrTransport, ErrTimeout,
// ErrRejected or ErrGarbage, possibly wrapping the cause.
type RelayError struct {
	Relay      string
	Method     string
	Code       int    // JSON-RPC error code; 0 if none
	Message    string // the relay's message or the transport error
	HTTPStatus int    // 0 if no HTTP answer
	Retryable  bool
	Err        error
}

func (e *RelayError) Error() string {
	s := fmt.Sprintf("bundles: relay %s %s: ", e.Relay, e.Method)
	if e.Code != 0 {
		s += fmt.Sprintf("code %d: ", e.Code)
	}
	if e.HTTPStatus != 0 && e.HTTPStatus != 200 {
		s += fmt.Sprintf("http %d: ", e.HTTPStatus)
	}
	return s + e.Message
}

// Unwrap returns the error class (ErrRejected, ErrTimeout, ...).
func (e *RelayError) Unwrap() error { return e.Err }
