package exec

import "errors"

var (
	// ErrReverted: the opportunity's simulation reverted; it is dropped.
	ErrReverted = errors.New("exec: simulation reverted")
	// ErrUnprofitable: profit after gas and tip is under the minimum.
	ErrUnprofitable = errors.New("exec: under minimum profit")
	// ErrExpired: the opportunity's last block has passed.
	ErrExpired = errors.New("exec: expired")
	// ErrDuplicate: an opportunity with this ID is already in flight.
	ErrDuplicate = errors.New("exec: already in flight")
	// ErrGasPrice: the fee the bundle needs exceeds the configured maximum.
	ErrGasPrice = errors.New("exec: gas price over maximum")
	// ErrNoBackrun: a MEV-Share backrun (Opportunity.HintHash) and Relays
	// that cannot send mev_sendBundle (no BackrunRelays).
	ErrNoBackrun = errors.New("exec: relays cannot send MEV-Share backruns")
	// ErrNonceBusy: a backrun must use the sender's next nonce (it lands
	// right behind a transaction we cannot put before it), and another
	// bundle of ours holds that nonce.
	ErrNonceBusy = errors.New("exec: sender's next nonce is held by a bundle in flight")
)
