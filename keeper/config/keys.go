package config

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
)

// ErrNoKey means neither a keystore nor KEEPER_PRIVATE_KEY was given.
var ErrNoKey = errors.New("config: no signing key: set keys.keystore or " + EnvPrivateKey)

// Getenv is how callers hand the environment in (os.Getenv in cmd/, a map in tests).
type Getenv func(string) string

// SigningKey loads the transaction signing key: from keys.keystore with its
// password, else from KEEPER_PRIVATE_KEY. Errors name the file or variable,
// never the key or the password.
func (k KeysConfig) SigningKey(getenv Getenv) (*ecdsa.PrivateKey, error) {
	if k.Keystore != "" {
		return k.fromKeystore("keys.keystore", k.Keystore, getenv)
	}
	if raw := getenv(EnvPrivateKey); raw != "" {
		return parseHexKey(EnvPrivateKey, raw)
	}
	return nil, ErrNoKey
}

// SearcherKey loads the relay identity key: keys.searcher_keystore, else the
// variable keys.searcher_key_env. It returns nil, nil when neither is set:
// the caller then makes a random identity for this run.
func (k KeysConfig) SearcherKey(getenv Getenv) (*ecdsa.PrivateKey, error) {
	if k.SearcherKeystore != "" {
		return k.fromKeystore("keys.searcher_keystore", k.SearcherKeystore, getenv)
	}
	if raw := getenv(k.SearcherKeyEnv); raw != "" {
		return parseHexKey(k.SearcherKeyEnv, raw)
	}
	return nil, nil
}

func (k KeysConfig) password(getenv Getenv) (Secret, error) {
	if k.PasswordFile != "" {
		b, err := os.ReadFile(k.PasswordFile)
		if err != nil {
			return "", fmt.Errorf("config: keys.password_file %q: %w", k.PasswordFile, err)
		}
		return Secret(strings.TrimRight(string(b), "\r\n")), nil
	}
	p := getenv(k.PasswordEnv)
	if p == "" {
		return "", fmt.Errorf("config: keystore password: set keys.password_file or the variable %s", k.PasswordEnv)
	}
	return Secret(p), nil
}

func (k KeysConfig) fromKeystore(field, path string, getenv Getenv) (*ecdsa.PrivateKey, error) {
	blob, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %s %q: %w", field, path, err)
	}
	pw, err := k.password(getenv)
	if err != nil {
		return nil, err
	}
	key, err := keystore.DecryptKey(blob, pw.Reveal())
	if err != nil {
		// The keystore's own error says "could not decrypt key with given
		// password" and includes neither.
		return nil, fmt.Errorf("config: %s %q: %w", field, path, err)
	}
	return key.PrivateKey, nil
}

func parseHexKey(source, raw string) (*ecdsa.PrivateKey, error) {
	key, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(raw), "0x"))
	if err != nil {
		// crypto's message may quote the input: say only what is wrong.
		return nil, fmt.Errorf("config: %s is not a 32-byte hex private key", source)
	}
	return key, nil
}

// ChainIDer is what CheckChainID asks of a node (ethclient.Client has it).
type ChainIDer interface {
	ChainID(ctx context.Context) (*big.Int, error)
}

// CheckChainID fails when the node is on another chain than chain.chain_id.
func (c *Config) CheckChainID(ctx context.Context, node ChainIDer) error {
	got, err := node.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("config: chain.rpc_url %q: eth_chainId: %w", c.Chain.RPCURL, err)
	}
	if got.Cmp(big.NewInt(c.Chain.ChainID)) != 0 {
		return &FieldError{Path: "chain.chain_id", Value: fmt.Sprint(c.Chain.ChainID), Line: c.lines["chain.chain_id"],
			Reason: fmt.Sprintf("the node at %s reports chain ID %s", c.Chain.RPCURL, got)}
	}
	return nil
}
