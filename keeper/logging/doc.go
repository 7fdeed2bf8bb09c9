// Package logging builds the keeper's zerolog logger: JSON lines by default
// (for machines and log shippers), a console format for humans.
//
// Only cmd/ builds a logger; everything below gets one injected by value,
// with a component field. Secrets are kept out of logs at the source: they
// are config.Secret values (which print as "[redacted]") or never reach a
// logger at all; tests in cmd/keeper check the real code paths. As a last
// line of defence, a Redactor in front of the output replaces the exact
// secret values registered with it (never anything merely hex-looking:
// operators need transaction hashes and storage slots).
//
// The package must not read the environment or hold a global logger.
package logging
