package compete

import "errors"

var (
	// ErrBlock: the block data is incomplete or inconsistent (receipts not
	// aligned with the transactions, no header).
	ErrBlock = errors.New("compete: bad block data")
	// ErrBook: the address book is invalid.
	ErrBook = errors.New("compete: bad address book")
)
