package config

import (
	"bufio"
	"fmt"
	"math/big"
	"net"
	"net/url"
	"os"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/ethereum/go-ethereum/common"
)

// Environment variables the keeper reads secrets from. They are read in
// cmd/ only and passed down; nothing below reads the environment.
const (
	// EnvPrivateKey holds a hex private key for signing transactions: the
	// only way to give a raw key. Prefer a keystore.
	EnvPrivateKey = "KEEPER_PRIVATE_KEY"
	// EnvKeystorePassword is the default variable for the keystore password.
	EnvKeystorePassword = "KEEPER_KEYSTORE_PASSWORD"
	// EnvSearcherKey holds the hex key of the relay identity (the
	// X-Flashbots-Signature signer), which holds no funds.
	EnvSearcherKey = "KEEPER_SEARCHER_KEY"
)

// Config is the whole keeper configuration.
type Config struct {
	Chain    ChainConfig            `toml:"chain"`
	Keys     KeysConfig             `toml:"keys"`
	Relays   map[string]RelayConfig `toml:"relays"`
	Executor ExecutorConfig         `toml:"executor"`
	Source   SourceConfig           `toml:"source"`
	Runtime  RuntimeConfig          `toml:"runtime"`
	Log      LogConfig              `toml:"log"`
	Metrics  MetricsConfig          `toml:"metrics"`
	Journal  JournalConfig          `toml:"journal"`
	// Strategies keeps each [strategies.NAME] section undecoded: the
	// strategy decodes its own schema with DecodeStrategy.
	Strategies map[string]toml.Primitive `toml:"strategies"`

	md    toml.MetaData
	lines map[string]int
	src   string
	path  string
}

// ChainConfig is where the keeper reads the chain.
type ChainConfig struct {
	// RPCURL is the JSON-RPC endpoint over http(s); required.
	RPCURL string `toml:"rpc_url"`
	// WSURL is the WebSocket endpoint (ws or wss) for new heads and pending
	// transactions; optional: without it heads are polled over RPCURL.
	WSURL string `toml:"ws_url"`
	// ChainID must equal what the node reports; required.
	ChainID int64 `toml:"chain_id"`
}

// KeysConfig says where the signing keys come from.
type KeysConfig struct {
	// Keystore is the path of a go-ethereum/web3 keystore JSON file holding
	// the transaction signing key. Without it the key comes from KEEPER_PRIVATE_KEY.
	Keystore string `toml:"keystore"`
	// PasswordFile holds the keystore password (trailing newline ignored).
	PasswordFile string `toml:"password_file"`
	// PasswordEnv names the variable holding the keystore password;
	// default KEEPER_KEYSTORE_PASSWORD (used when PasswordFile is empty).
	PasswordEnv string `toml:"password_env"`
	// SearcherKeystore is a keystore for the relay identity key (it signs
	// the X-Flashbots-Signature header, never transactions). Its password
	// comes from the same place as the signing key's.
	SearcherKeystore string `toml:"searcher_keystore"`
	// SearcherKeyEnv names the variable holding the relay identity key in
	// hex; default KEEPER_SEARCHER_KEY. With neither, a random identity is
	// made per run (relays then see a new searcher each start).
	SearcherKeyEnv string `toml:"searcher_key_env"`
}

// Relay kinds.
const (
	RelayFlashbots = "flashbots" // eth_sendBundle and friends
	RelayMevShare  = "mev-share" // mev_sendBundle, and the hint stream
)

// RelayConfig is one [relays.NAME] section.
type RelayConfig struct {
	// URL of the relay's JSON-RPC endpoint (http or https); required.
	URL string `toml:"url"`
	// Kind is "flashbots" or "mev-share"; default flashbots.
	Kind string `toml:"kind"`
	// HintsURL is the MEV-Share event stream (mev-share relays only);
	// optional.
	HintsURL string `toml:"hints_url"`
	// Timeout per request; default 2s; 10ms..60s.
	Timeout Duration `toml:"timeout"`
	// Retries of a request that failed in transport (never of a rejection);
	// default 2; 0..10.
	Retries *int `toml:"retries"`
}

// ExecutorConfig prices, signs and sends opportunities.
type ExecutorConfig struct {
	// Address of our executor contract; required to send, optional for
	// `config check` and dry runs of strategies that need none.
	Address string `toml:"address"`
	// MinProfitWei: opportunities whose simulated profit after gas and tip
	// is under it are dropped; a decimal string in wei; default "0".
	MinProfitWei Wei `toml:"min_profit_wei"`
	// MaxGasPriceGwei caps the fee per gas we pay, in gwei; default 500.
	MaxGasPriceGwei int64 `toml:"max_gas_price_gwei"`
	// BuilderTipBps is the share of profit paid to the block builder, in
	// basis points (0..10000); default 5000.
	BuilderTipBps *int64 `toml:"builder_tip_bps"`
	// TipCapWei caps the builder tip in wei; default none.
	TipCapWei Wei `toml:"tip_cap_wei"`
	// BlocksAhead: a bundle is resubmitted for this many following blocks
	// until it lands or the opportunity expires; default 3; 1..25.
	BlocksAhead int64 `toml:"blocks_ahead"`
	// DryRun does everything but send (also the --dry-run flag).
	DryRun bool `toml:"dry_run"`
	// ReserveNonces is how many of the lowest free nonces the executor
	// keeps stored in the journal as sent, ahead of need, so that a bundle
	// goes to the relays without waiting for a disk sync (0.3 ms to tens
	// of ms). The price: after a crash (not a clean stop) a restarted
	// keeper holds the reserved nonces, and sends nothing new, until
	// reserve_blocks past the last head the crashed process saw, since it
	// cannot know which of them reached a relay. 0 turns it off (a sync
	// per bundle, nothing held after a crash); default 32; 0..1024.
	ReserveNonces *int64 `toml:"reserve_nonces"`
	// ReserveBlocks is how many blocks past the head a reservation
	// covers, hence the longest wait after a crash; default 8; 1..256.
	ReserveBlocks int64 `toml:"reserve_blocks"`
}

// SourceConfig tunes the chain event sources.
type SourceConfig struct {
	// PollInterval for new heads when no ws_url is set; default 1s.
	PollInterval Duration `toml:"poll_interval"`
	// ReconnectMin and ReconnectMax bound the WebSocket reconnect backoff;
	// defaults 250ms and 30s.
	ReconnectMin Duration `toml:"reconnect_min"`
	ReconnectMax Duration `toml:"reconnect_max"`
	// PendingTxs subscribes to the mempool when a strategy asks for it; default true.
	PendingTxs *bool `toml:"pending_txs"`
	// LogsPush subscribes to the strategies' logs over ws_url, so that a
	// block's logs come with its header instead of a round trip later;
	// default true. Each block's logs are still fetched by hash,
	// LogsConfirmAfter later, and any log the node did not push is
	// emitted then.
	LogsPush *bool `toml:"logs_push"`
	// LogsConfirmAfter is that delay; default 100ms, at most 10s.
	LogsConfirmAfter Duration `toml:"logs_confirm_after"`
}

// RuntimeConfig tunes the fan-out to strategies.
type RuntimeConfig struct {
	// QueueSize of each strategy's event queue; when full the oldest event
	// is dropped and counted; default 256; 1..1,000,000.
	QueueSize int64 `toml:"queue_size"`
	// BlockDeadline is how long after a block arrives its work may finish;
	// later results are dropped and counted; default 2s.
	BlockDeadline Duration `toml:"block_deadline"`
	// Concurrency is how many strategies run an event at once, the others
	// waiting their turn; default 0: one per CPU but one (at least one),
	// which is left to the node's answers, the executor and the relays;
	// 0..1024.
	Concurrency int64 `toml:"concurrency"`
}

// LogConfig sets the log level and format.
type LogConfig struct {
	// Level: trace, debug, info, warn or error; default info.
	Level string `toml:"level"`
	// Format: json (default, for machines) or console (for humans).
	Format string `toml:"format"`
}

// MetricsConfig serves Prometheus metrics and health endpoints.
type MetricsConfig struct {
	// Enabled; default true.
	Enabled *bool `toml:"enabled"`
	// Addr is host:port; default 127.0.0.1:9464 (loopback: publishing
	// metrics is a choice the operator makes explicitly).
	Addr string `toml:"addr"`
	// MaxHeadAge: /readyz answers 503 until the first head arrives and
	// whenever the newest head arrived longer ago than this (the source is
	// cut off or the node stopped following the chain); default 36s (three
	// 12 s slots); 1s..1h.
	MaxHeadAge Duration `toml:"max_head_age"`
}

// JournalConfig says where the journal database lives.
type JournalConfig struct {
	// Path of the SQLite file; default keeper.db.
	Path string `toml:"path"`
}

// Duration is a time.Duration written as a string ("250ms", "2s").
type Duration struct{ time.Duration }

// UnmarshalText parses a Go duration string.
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	if err != nil {
		return fmt.Errorf("%q is not a duration like \"250ms\" or \"2s\"", string(b))
	}
	d.Duration = v
	return nil
}

// MarshalText prints the duration as Go does.
func (d Duration) MarshalText() ([]byte, error) { return []byte(d.Duration.String()), nil }

// Wei is an amount in wei written as a decimal string (TOML integers stop
// at 2^63, under 10 ETH).
type Wei struct {
	Int *big.Int
	set bool
}

// UnmarshalText parses a non-negative decimal integer.
func (w *Wei) UnmarshalText(b []byte) error {
	v, ok := new(big.Int).SetString(strings.ReplaceAll(string(b), "_", ""), 10)
	if !ok || v.Sign() < 0 || v.BitLen() > 256 {
		return fmt.Errorf("%q is not a whole non-negative number of wei", string(b))
	}
	w.Int, w.set = v, true
	return nil
}

// MarshalText prints the decimal value.
func (w Wei) MarshalText() ([]byte, error) {
	if w.Int == nil {
		return []byte("0"), nil
	}
	return []byte(w.Int.String()), nil
}

// IsSet reports whether the key was given.
func (w Wei) IsSet() bool { return w.set }

// Load reads and validates a config file.
func Load(path string) (*Config, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	c, err := Parse(string(src))
	if c != nil {
		c.path = path
	}
	if err != nil {
		return c, fmt.Errorf("%s: %w", path, err)
	}
	return c, nil
}

// Parse decodes and validates config text. On a validation error the
// decoded config is returned with it, for tools that want to print it.
func Parse(src string) (*Config, error) {
	c := &Config{lines: keyLines(src), src: src}
	md, err := toml.Decode(src, c)
	if err != nil {
		if te := typeError(err, src, c.lines); te != nil {
			return nil, te
		}
		return nil, decodeError(err, c.lines)
	}
	c.md = md
	e := &errs{lines: c.lines}
	for _, k := range md.Undecoded() {
		path := k.String()
		if len(k) > 1 && k[0] == "strategies" {
			continue // the strategy's own section, decoded by DecodeStrategy
		}
		reason := "unknown key"
		switch k[len(k)-1] {
		case "private_key", "privatekey", "key", "password", "mnemonic":
			reason = fmt.Sprintf("unknown key: secrets are never read from the file (use a keystore, or the %s / %s variables)", EnvPrivateKey, EnvKeystorePassword)
		}
		e.add(path, nil, "%s", reason)
	}
	c.checkExplicit(e)
	c.withDefaults()
	c.validate(e)
	if err := e.err(); err != nil {
		return c, err
	}
	return c, nil
}

// decodeError turns a TOML error into one that says where.
func decodeError(err error, lines map[string]int) error {
	if pe, ok := err.(toml.ParseError); ok {
		// A value our types refuse (a duration, an amount) comes back as a
		// parse error with a line but no key: find the key on that line.
		key := pe.LastKey
		if key == "" {
			for k, n := range lines {
				if n == pe.Position.Line && strings.Contains(k, ".") && (key == "" || len(k) > len(key)) {
					key = k
				}
			}
		}
		if key != "" {
			return fmt.Errorf("%w: %s (line %d): %s", ErrInvalid, key, pe.Position.Line, pe.Message)
		}
		return fmt.Errorf("%w: line %d: %s", ErrInvalid, pe.Position.Line, pe.Message)
	}
	// Type errors read: toml: line 3 (last key "chain.chain_id"): incompatible types: ...
	return fmt.Errorf("%w: %s", ErrInvalid, strings.TrimPrefix(err.Error(), "toml: "))
}

func (c *Config) withDefaults() {
	if c.Keys.PasswordEnv == "" {
		c.Keys.PasswordEnv = EnvKeystorePassword
	}
	if c.Keys.SearcherKeyEnv == "" {
		c.Keys.SearcherKeyEnv = EnvSearcherKey
	}
	for name, r := range c.Relays {
		if r.Kind == "" {
			r.Kind = RelayFlashbots
		}
		if r.Timeout.Duration == 0 {
			r.Timeout.Duration = 2 * time.Second
		}
		if r.Retries == nil {
			two := 2
			r.Retries = &two
		}
		c.Relays[name] = r
	}
	if c.Executor.MinProfitWei.Int == nil {
		c.Executor.MinProfitWei.Int = new(big.Int)
	}
	if c.Executor.MaxGasPriceGwei == 0 {
		c.Executor.MaxGasPriceGwei = 500
	}
	if c.Executor.BuilderTipBps == nil {
		v := int64(5000)
		c.Executor.BuilderTipBps = &v
	}
	if c.Executor.BlocksAhead == 0 {
		c.Executor.BlocksAhead = 3
	}
	if c.Executor.ReserveNonces == nil {
		v := int64(32)
		c.Executor.ReserveNonces = &v
	}
	if c.Executor.ReserveBlocks == 0 {
		c.Executor.ReserveBlocks = 8
	}
	if c.Source.PollInterval.Duration == 0 {
		c.Source.PollInterval.Duration = time.Second
	}
	if c.Source.ReconnectMin.Duration == 0 {
		c.Source.ReconnectMin.Duration = 250 * time.Millisecond
	}
	if c.Source.ReconnectMax.Duration == 0 {
		c.Source.ReconnectMax.Duration = 30 * time.Second
	}
	if c.Source.PendingTxs == nil {
		t := true
		c.Source.PendingTxs = &t
	}
	if c.Source.LogsPush == nil {
		t := true
		c.Source.LogsPush = &t
	}
	if c.Source.LogsConfirmAfter.Duration == 0 {
		c.Source.LogsConfirmAfter.Duration = 100 * time.Millisecond
	}
	if c.Runtime.QueueSize == 0 {
		c.Runtime.QueueSize = 256
	}
	if c.Runtime.BlockDeadline.Duration == 0 {
		c.Runtime.BlockDeadline.Duration = 2 * time.Second
	}
	if c.Log.Level == "" {
		c.Log.Level = "info"
	}
	if c.Log.Format == "" {
		c.Log.Format = "json"
	}
	if c.Metrics.Enabled == nil {
		t := true
		c.Metrics.Enabled = &t
	}
	if c.Metrics.Addr == "" {
		c.Metrics.Addr = "127.0.0.1:9464"
	}
	if c.Metrics.MaxHeadAge.Duration == 0 {
		c.Metrics.MaxHeadAge.Duration = 36 * time.Second
	}
	if c.Journal.Path == "" {
		c.Journal.Path = "keeper.db"
	}
}

func (c *Config) validate(e *errs) {
	if c.Chain.RPCURL == "" {
		e.add("chain.rpc_url", nil, "required")
	} else {
		checkURL(e, "chain.rpc_url", c.Chain.RPCURL, "http", "https")
	}
	if c.Chain.WSURL != "" {
		checkURL(e, "chain.ws_url", c.Chain.WSURL, "ws", "wss")
	}
	switch {
	case c.md.IsDefined("chain", "chain_id") && c.Chain.ChainID <= 0:
		e.add("chain.chain_id", c.Chain.ChainID, "must be a positive integer")
	case !c.md.IsDefined("chain", "chain_id"):
		e.add("chain.chain_id", nil, "required (the keeper refuses a node on another chain)")
	}
	if !envName.MatchString(c.Keys.PasswordEnv) {
		e.add("keys.password_env", c.Keys.PasswordEnv, "not an environment variable name")
	}
	if !envName.MatchString(c.Keys.SearcherKeyEnv) {
		e.add("keys.searcher_key_env", c.Keys.SearcherKeyEnv, "not an environment variable name")
	}
	for _, name := range sortedKeys(c.Relays) {
		r := c.Relays[name]
		p := "relays." + name
		if r.URL == "" {
			e.add(p+".url", nil, "required")
		} else {
			checkURL(e, p+".url", r.URL, "http", "https")
		}
		if r.Kind != RelayFlashbots && r.Kind != RelayMevShare {
			e.add(p+".kind", r.Kind, "must be %q or %q", RelayFlashbots, RelayMevShare)
		}
		if r.HintsURL != "" {
			if r.Kind != RelayMevShare {
				e.add(p+".hints_url", r.HintsURL, "only a mev-share relay has a hint stream")
			}
			checkURL(e, p+".hints_url", r.HintsURL, "http", "https")
		}
		if d := r.Timeout.Duration; d < 10*time.Millisecond || d > time.Minute {
			e.add(p+".timeout", d.String(), "out of range 10ms..60s")
		}
		if n := *r.Retries; n < 0 || n > 10 {
			e.add(p+".retries", n, "out of range 0..10")
		}
	}
	if a := c.Executor.Address; a != "" {
		checkAddress(e, "executor.address", a)
	}
	if g := c.Executor.MaxGasPriceGwei; g <= 0 || g > 100_000 {
		e.add("executor.max_gas_price_gwei", g, "out of range 1..100000")
	}
	if b := *c.Executor.BuilderTipBps; b < 0 || b > 10_000 {
		e.add("executor.builder_tip_bps", b, "out of range 0..10000 (basis points of profit)")
	}
	if n := c.Executor.BlocksAhead; n < 1 || n > 25 {
		e.add("executor.blocks_ahead", n, "out of range 1..25")
	}
	if n := *c.Executor.ReserveNonces; n < 0 || n > 1024 {
		e.add("executor.reserve_nonces", n, "out of range 0..1024 (0 turns reservations off)")
	}
	if n := c.Executor.ReserveBlocks; n < 1 || n > 256 {
		e.add("executor.reserve_blocks", n, "out of range 1..256")
	}
	if c.Source.PollInterval.Duration < 10*time.Millisecond {
		e.add("source.poll_interval", c.Source.PollInterval.String(), "under 10ms")
	}
	if d := c.Source.LogsConfirmAfter.Duration; d < time.Millisecond || d > 10*time.Second {
		e.add("source.logs_confirm_after", c.Source.LogsConfirmAfter.String(), "out of range 1ms..10s")
	}
	if c.Source.ReconnectMin.Duration <= 0 || c.Source.ReconnectMax.Duration < c.Source.ReconnectMin.Duration {
		e.add("source.reconnect_max", c.Source.ReconnectMax.String(), "must be at least reconnect_min (%s)", c.Source.ReconnectMin)
	}
	if q := c.Runtime.QueueSize; q < 1 || q > 1_000_000 {
		e.add("runtime.queue_size", q, "out of range 1..1000000")
	}
	if d := c.Runtime.BlockDeadline.Duration; d < time.Millisecond || d > time.Minute {
		e.add("runtime.block_deadline", d.String(), "out of range 1ms..60s")
	}
	if n := c.Runtime.Concurrency; n < 0 || n > 1024 {
		e.add("runtime.concurrency", n, "out of range 0..1024 (0: one per CPU but one)")
	}
	switch c.Log.Level {
	case "trace", "debug", "info", "warn", "error":
	default:
		e.add("log.level", c.Log.Level, "must be trace, debug, info, warn or error")
	}
	if c.Log.Format != "json" && c.Log.Format != "console" {
		e.add("log.format", c.Log.Format, "must be json or console")
	}
	if _, port, err := net.SplitHostPort(c.Metrics.Addr); err != nil || port == "" {
		e.add("metrics.addr", c.Metrics.Addr, "must be host:port, e.g. 127.0.0.1:9464")
	}
	if d := c.Metrics.MaxHeadAge.Duration; d < time.Second || d > time.Hour {
		e.add("metrics.max_head_age", d.String(), "out of range 1s..1h")
	}
	for _, name := range sortedKeys(c.Strategies) {
		if !strategyName.MatchString(name) {
			e.add("strategies."+name, nil, "strategy names are lowercase letters, digits, - and _")
		}
	}
}

var (
	envName      = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
	strategyName = regexp.MustCompile(`^[a-z][a-z0-9_-]*$`)
	hexAddress   = regexp.MustCompile(`^0x[0-9a-fA-F]{40}$`)
)

func checkURL(e *errs, path, raw string, schemes ...string) {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		e.add(path, raw, "not a URL with a host")
		return
	}
	for _, s := range schemes {
		if u.Scheme == s {
			return
		}
	}
	e.add(path, raw, "scheme must be %s", strings.Join(schemes, " or "))
}

// checkAddress accepts all-lowercase, all-uppercase or a correct EIP-55
// checksum; a mixed-case address with a wrong checksum is a typo.
func checkAddress(e *errs, path, a string) {
	if !hexAddress.MatchString(a) {
		e.add(path, a, "not an address (0x and 40 hex digits)")
		return
	}
	body := a[2:]
	if body == strings.ToLower(body) || body == strings.ToUpper(body) {
		return
	}
	if common.HexToAddress(a).Hex() != a {
		e.add(path, a, "bad EIP-55 checksum (want %s)", common.HexToAddress(a).Hex())
	}
}

// ExecutorAddress returns the parsed executor address (zero if unset).
func (c *Config) ExecutorAddress() common.Address { return common.HexToAddress(c.Executor.Address) }

// Path is the file the config came from ("" for Parse).
func (c *Config) Path() string { return c.path }

// StrategyNames lists the [strategies.NAME] sections, sorted.
func (c *Config) StrategyNames() []string { return sortedKeys(c.Strategies) }

// DecodeStrategy decodes [strategies.NAME] into v strictly: a key v does not
// have is an error naming strategies.NAME.key and its line. A missing
// section leaves v as it is (the strategy's defaults).
func (c *Config) DecodeStrategy(name string, v any) error {
	prim, ok := c.Strategies[name]
	if !ok {
		return nil
	}
	if err := c.md.PrimitiveDecode(prim, v); err != nil {
		if te := typeError(err, c.src, c.lines); te != nil {
			return te
		}
		return fmt.Errorf("%w: strategies.%s: %s", ErrInvalid, name, strings.TrimPrefix(err.Error(), "toml: "))
	}
	e := &errs{lines: c.lines}
	prefix := "strategies." + name + "."
	for _, k := range c.md.Undecoded() {
		if p := k.String(); strings.HasPrefix(p, prefix) {
			e.add(p, nil, "unknown key")
		}
	}
	return e.err()
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

var (
	tableHeader = regexp.MustCompile(`^\s*\[\[?\s*([^\]]+?)\s*\]\]?`)
	keyLine     = regexp.MustCompile(`^\s*([A-Za-z0-9_."-]+)\s*=`)
)

// keyLines maps each key path to the line it is written on, so that
// validation errors can say where. It follows table headers and dotted keys;
// quoted keys with dots inside are rare in a keeper config and are skipped.
func keyLines(src string) map[string]int {
	lines := map[string]int{}
	table := ""
	sc := bufio.NewScanner(strings.NewReader(src))
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if m := tableHeader.FindStringSubmatch(line); m != nil {
			table = strings.ReplaceAll(strings.ReplaceAll(m[1], `"`, ""), " ", "")
			if _, ok := lines[table]; !ok {
				lines[table] = n
			}
			continue
		}
		if m := keyLine.FindStringSubmatch(line); m != nil {
			key := strings.ReplaceAll(m[1], `"`, "")
			if table != "" {
				key = table + "." + key
			}
			if _, ok := lines[key]; !ok {
				lines[key] = n
			}
		}
	}
	return lines
}
