package config

import (
	"net/url"
	"sort"
	"strconv"
)

// Summary is what `keeper config check` prints: where the keeper would
// connect and what it would use, with credentials in URLs redacted. It holds
// no secret: keys and passwords are never in the config.
type Summary struct {
	File       string            `json:"file,omitempty"`
	ChainID    int64             `json:"chain_id"`
	RPC        string            `json:"rpc_url"`
	WS         string            `json:"ws_url,omitempty"`
	SigningKey string            `json:"signing_key"`
	Searcher   string            `json:"searcher_identity"`
	Relays     []RelaySummary    `json:"relays"`
	Executor   map[string]string `json:"executor"`
	Strategies []string          `json:"strategies"`
	Metrics    string            `json:"metrics"`
	Journal    string            `json:"journal"`
	Log        string            `json:"log"`
}

// RelaySummary is one relay in a Summary.
type RelaySummary struct {
	Name    string `json:"name"`
	Kind    string `json:"kind"`
	URL     string `json:"url"`
	Timeout string `json:"timeout"`
}

// Summary describes the config for humans.
func (c *Config) Summary() Summary {
	s := Summary{
		File: c.path, ChainID: c.Chain.ChainID, RPC: redactURL(c.Chain.RPCURL), WS: redactURL(c.Chain.WSURL),
		Strategies: c.StrategyNames(), Journal: c.Journal.Path, Log: c.Log.Level + " " + c.Log.Format,
		Metrics: "off",
	}
	if *c.Metrics.Enabled {
		s.Metrics = "http://" + c.Metrics.Addr + "/metrics"
	}
	switch {
	case c.Keys.Keystore != "":
		from := "$" + c.Keys.PasswordEnv
		if c.Keys.PasswordFile != "" {
			from = c.Keys.PasswordFile
		}
		s.SigningKey = "keystore " + c.Keys.Keystore + " (password from " + from + ")"
	default:
		s.SigningKey = "$" + EnvPrivateKey
	}
	switch {
	case c.Keys.SearcherKeystore != "":
		s.Searcher = "keystore " + c.Keys.SearcherKeystore
	default:
		s.Searcher = "$" + c.Keys.SearcherKeyEnv + ", else a random identity per run"
	}
	for _, name := range sortedKeys(c.Relays) {
		r := c.Relays[name]
		s.Relays = append(s.Relays, RelaySummary{Name: name, Kind: r.Kind, URL: redactURL(r.URL), Timeout: r.Timeout.String()})
	}
	sort.Slice(s.Relays, func(i, j int) bool { return s.Relays[i].Name < s.Relays[j].Name })
	tip, _ := c.Executor.TipCapWei.MarshalText()
	minp, _ := c.Executor.MinProfitWei.MarshalText()
	s.Executor = map[string]string{
		"address":            c.Executor.Address,
		"min_profit_wei":     string(minp),
		"max_gas_price_gwei": itoa(c.Executor.MaxGasPriceGwei),
		"builder_tip_bps":    itoa(*c.Executor.BuilderTipBps),
		"tip_cap_wei":        string(tip),
		"dry_run":            map[bool]string{true: "true", false: "false"}[c.Executor.DryRun],
	}
	return s
}

// redactURL hides user:password and query strings (API keys often ride there).
func redactURL(raw string) string {
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil {
		return "[unparseable url]"
	}
	if u.User != nil {
		u.User = url.User(redacted)
	}
	if u.RawQuery != "" {
		u.RawQuery = "redacted"
	}
	return u.String()
}

func itoa(v int64) string { return strconv.FormatInt(v, 10) }
