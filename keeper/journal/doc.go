// Package journal records what the keeper found, simulated, sent, and
// earned, in an embedded SQLite database file, and answers the queries of
// `keeper journal`.
//
// The driver is modernc.org/sqlite, a translation of SQLite to pure Go: no
// cgo, so the keeper builds as a static binary and the container image
// needs no C library. The database runs in WAL mode with synchronous=FULL:
// a reader (`keeper journal` in another process) never blocks the keeper,
// and a committed transaction survives a crash or power loss. Every write
// is a transaction (Journal.Record): after a crash the file holds whole
// transactions or nothing of them.
//
// The nonce tables make the executor restart-safe. PutLease/Leases/
// DeleteLease back keeper/exec's NonceStore (a nonce held by a live bundle,
// persisted before signing); ReserveNonce is a simpler counter for callers
// without leases; pending_txs lists what was signed or sent and not yet
// resolved. Either way a nonce is on disk before a transaction is signed
// with it, so a restart never hands it out twice.
//
// What it must not store: private keys, keystore passwords, or any secret.
// A signed raw transaction is stored only after it was sent (MarkSent): a
// signed transaction is a bearer instrument that anyone who reads the file
// could broadcast, turning a private bundle into a public transaction; once
// relays have it, keeping a copy for resubmission adds no exposure.
//
// The journal imports only the standard library and the driver: it knows
// nothing of strategies, bundles or go-ethereum types (amounts are
// *big.Int, addresses and hashes 0x-hex strings).
package journal
