// Package config is the keeper's TOML schema: one file configures the chain,
// keys, relays, executor, strategies, sources, runtime, logs, metrics and
// journal. Decoding is strict (an unknown key is an error naming it) and
// every error names the key path, the bad value and, where the file gives
// it, the line.
//
// Secrets never live in the file: private keys come from a keystore (its
// password from a file or an environment variable) or from the environment
// variable KEEPER_PRIVATE_KEY, read by the caller and passed in. Secret
// values print as "[redacted]" in every format.
//
// The package must not import the engine, strategies, or anything that dials.
package config
