package config

import (
	"net"
	"strconv"
	"strings"
)

// checkExplicit runs before withDefaults: a key written with an empty or
// zero value that withDefaults would silently replace (max_gas_price_gwei =
// 0, timeout = "0s", kind = "") is an error, not the default. Leaving the
// key out is how to ask for the default.
func (c *Config) checkExplicit(e *errs) {
	zero := func(path string, value any, isZero bool, want string) {
		if isZero && c.md.IsDefined(strings.Split(path, ".")...) {
			e.add(path, value, "%s (remove the key for the default)", want)
		}
	}
	dur := func(path string, d Duration, want string) {
		if c.md.IsDefined(strings.Split(path, ".")...) && d.Duration == 0 {
			e.add(path, d.String(), "%s (remove the key for the default)", want)
		}
	}
	zero("keys.password_env", c.Keys.PasswordEnv, c.Keys.PasswordEnv == "", "must name an environment variable")
	zero("keys.searcher_key_env", c.Keys.SearcherKeyEnv, c.Keys.SearcherKeyEnv == "", "must name an environment variable")
	for _, name := range sortedKeys(c.Relays) {
		r := c.Relays[name]
		if !c.md.IsDefined("relays", name) {
			continue
		}
		if r.Kind == "" && c.md.IsDefined("relays", name, "kind") {
			e.add("relays."+name+".kind", r.Kind, "must be %q or %q (remove the key for the default)", RelayFlashbots, RelayMevShare)
		}
		if c.md.IsDefined("relays", name, "timeout") && r.Timeout.Duration == 0 {
			e.add("relays."+name+".timeout", r.Timeout.String(), "out of range 10ms..60s (remove the key for the default)")
		}
	}
	zero("executor.max_gas_price_gwei", c.Executor.MaxGasPriceGwei, c.Executor.MaxGasPriceGwei == 0, "out of range 1..100000")
	zero("executor.blocks_ahead", c.Executor.BlocksAhead, c.Executor.BlocksAhead == 0, "out of range 1..25")
	zero("executor.reserve_blocks", c.Executor.ReserveBlocks, c.Executor.ReserveBlocks == 0, "out of range 1..256")
	dur("source.poll_interval", c.Source.PollInterval, "must be at least 10ms")
	dur("source.reconnect_min", c.Source.ReconnectMin, "must be positive")
	dur("source.reconnect_max", c.Source.ReconnectMax, "must be positive")
	dur("source.logs_confirm_after", c.Source.LogsConfirmAfter, "out of range 1ms..10s")
	if c.Source.ReconnectMin.Duration < 0 {
		e.add("source.reconnect_min", c.Source.ReconnectMin.String(), "must be positive")
	}
	zero("runtime.queue_size", c.Runtime.QueueSize, c.Runtime.QueueSize == 0, "out of range 1..1000000")
	dur("runtime.block_deadline", c.Runtime.BlockDeadline, "out of range 1ms..60s")
	zero("log.level", c.Log.Level, c.Log.Level == "", "must be trace, debug, info, warn or error")
	zero("log.format", c.Log.Format, c.Log.Format == "", "must be json or console")
	zero("metrics.addr", c.Metrics.Addr, c.Metrics.Addr == "", "must be host:port, e.g. 127.0.0.1:9464")
	if c.Metrics.Addr != "" {
		if _, port, err := net.SplitHostPort(c.Metrics.Addr); err == nil && port != "" {
			if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
				e.add("metrics.addr", c.Metrics.Addr, "port must be a number 0..65535")
			}
		}
	}
	dur("metrics.max_head_age", c.Metrics.MaxHeadAge, "out of range 1s..1h")
	zero("journal.path", c.Journal.Path, c.Journal.Path == "", "must be a file path")
	for _, name := range sortedKeys(c.Strategies) {
		if typ := c.md.Type("strategies", name); typ != "Hash" {
			e.add("strategies."+name, nil, "must be a [strategies.%s] section, got %s", name, tomlType(strings.ToLower(typ)))
		}
	}
}
