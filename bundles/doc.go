// Package bundles speaks the Flashbots-style bundle relay protocol
// (../shared/relay-protocol.md): the wire types of eth_sendBundle,
// eth_callBundle, eth_cancelBundle, mev_sendBundle and mev_simBundle, the
// bundle hashes exactly as relays compute them, the X-Flashbots-Signature
// header made with a searcher identity key (an Identity, never the key that
// signs transactions), a Client for one relay with per-relay timeout,
// retries only for what is safe to retry and Prometheus counters, the
// fan-out Multi that sends one bundle to every relay in parallel, and
// HintStream, the MEV-Share server-sent-event source of hints.
//
// The package must not know the engine (keeper/exec adapts Multi.SendRaw),
// must not sign transactions, and keeps no global state. Its subpackage relay
// is a local relay that lands bundles on a devnet.
package bundles
