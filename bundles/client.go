package bundles

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/prometheus/client_golang/prometheus"
)

// maxAnswer bounds what is read of a relay's answer, in bytes.
const maxAnswer = 4 << 20

// Client talks to one relay. Safe for concurrent use.
type Client struct {
	name, url string
	id        *Identity
	hc        *http.Client
	timeout   time.Duration
	retries   int
	backoff   time.Duration
	stats     bool
	m         *metrics
	nextID    atomic.Uint64
}

// Option configures a Client.
type Option func(*Client)

// WithTimeout is the deadline of one attempt. Default 2 s.
func WithTimeout(d time.Duration) Option { return func(c *Client) { c.timeout = d } }

// WithRetries is how many times a retryable failure (transport, timeout,
// HTTP 5xx or 429) is retried. Default 2; rejections are never retried.
func WithRetries(n int) Option { return func(c *Client) { c.retries = n } }

// WithBackoff is the first retry's delay, doubled at each retry. Default 50 ms.
func WithBackoff(d time.Duration) Option { return func(c *Client) { c.backoff = d } }

// WithHTTPClient replaces the HTTP client. Default: a dedicated client with keep-alive.
func WithHTTPClient(hc *http.Client) Option { return func(c *Client) { c.hc = hc } }

// WithStats enables the flashbots_getBundleStatsV2/getUserStatsV2 calls.
// Default off: production relays answer them 403 since June 2025.
func WithStats(on bool) Option { return func(c *Client) { c.stats = on } }

// WithRegisterer registers keeper_bundles_requests_total{relay,method,result}
// on reg. Default: not registered.
func WithRegisterer(reg prometheus.Registerer) Option {
	return func(c *Client) { c.m = newMetrics(reg) }
}

// ErrStatsDisabled is a stats call on a client without WithStats(true).
var ErrStatsDisabled = errors.New("bundles: stats calls disabled (WithStats)")

// NewClient is a client of the relay at url, named name in errors and
// metrics, signing with id.
func NewClient(name, url string, id *Identity, opts ...Option) *Client {
	c := &Client{name: name, url: url, id: id, timeout: 2 * time.Second, retries: 2, backoff: 50 * time.Millisecond}
	for _, o := range opts {
		o(c)
	}
	if c.hc == nil {
		c.hc = &http.Client{Transport: &http.Transport{
			Proxy:               http.ProxyFromEnvironment,
			DialContext:         (&net.Dialer{Timeout: 5 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
			MaxIdleConnsPerHost: 16,
			IdleConnTimeout:     90 * time.Second,
		}}
	}
	if c.m == nil {
		c.m = newMetrics(nil)
	}
	return c
}

// Name is the relay's name.
func (c *Client) Name() string { return c.name }

// SendBundle submits b with eth_sendBundle.
func (c *Client) SendBundle(ctx context.Context, b *Bundle) (SendBundleResult, error) {
	var r SendBundleResult
	err := c.Call(ctx, "eth_sendBundle", &r, b)
	return r, err
}

// CallBundle simulates a bundle with eth_callBundle.
func (c *Client) CallBundle(ctx context.Context, a *CallBundleArgs) (*CallBundleResult, error) {
	r := new(CallBundleResult)
	if err := c.Call(ctx, "eth_callBundle", r, a); err != nil {
		return nil, err
	}
	return r, nil
}

// CancelBundle cancels the signer's bundles with uuid. The result is
// relay-specific (spec §4): the local relay returns the cancelled hashes.
func (c *Client) CancelBundle(ctx context.Context, uuid string) (json.RawMessage, error) {
	var r json.RawMessage
	err := c.Call(ctx, "eth_cancelBundle", &r, &CancelBundleArgs{ReplacementUUID: uuid})
	return r, err
}

// SendMevBundle submits b with mev_sendBundle.
func (c *Client) SendMevBundle(ctx context.Context, b *MevBundle) (SendBundleResult, error) {
	var r SendBundleResult
	err := c.Call(ctx, "mev_sendBundle", &r, b)
	return r, err
}

// CancelMevBundle cancels the signer's MEV-Share bundle with hash through
// mev_cancelBundleByHash (spec §5.5); a relay that cannot answers
// -32000 "bundle not cancelled".
func (c *Client) CancelMevBundle(ctx context.Context, hash common.Hash) error {
	return c.Call(ctx, "mev_cancelBundleByHash", nil, hash)
}

// SimMevBundle simulates b with mev_simBundle.
func (c *Client) SimMevBundle(ctx context.Context, b *MevBundle, o *SimBundleOptions) (*SimBundleResult, error) {
	if o == nil {
		o = &SimBundleOptions{}
	}
	r := new(SimBundleResult)
	if err := c.Call(ctx, "mev_simBundle", r, b, o); err != nil {
		return nil, err
	}
	return r, nil
}

// BundleStats calls flashbots_getBundleStatsV2 (needs WithStats(true)).
func (c *Client) BundleStats(ctx context.Context, hash common.Hash, block uint64) (*BundleStats, error) {
	if !c.stats {
		return nil, ErrStatsDisabled
	}
	r := new(BundleStats)
	if err := c.Call(ctx, "flashbots_getBundleStatsV2", r, &BundleStatsArgs{BundleHash: hash, BlockNumber: hexutil.Uint64(block)}); err != nil {
		return nil, err
	}
	return r, nil
}

// UserStats calls flashbots_getUserStatsV2 (needs WithStats(true)); block
// must be near the relay's head.
func (c *Client) UserStats(ctx context.Context, block uint64) (*UserStats, error) {
	if !c.stats {
		return nil, ErrStatsDisabled
	}
	r := new(UserStats)
	if err := c.Call(ctx, "flashbots_getUserStatsV2", r, &UserStatsArgs{BlockNumber: hexutil.Uint64(block)}); err != nil {
		return nil, err
	}
	return r, nil
}

// Encode builds a request body: the exact bytes that are signed and sent.
func Encode(id uint64, method string, params ...any) ([]byte, error) {
	buf := make([]byte, 0, 256)
	buf = append(buf, `{"jsonrpc":"2.0","id":`...)
	buf = strconv.AppendUint(buf, id, 10)
	buf = append(buf, `,"method":"`...)
	buf = append(buf, method...)
	buf = append(buf, `","params":[`...)
	for i, p := range params {
		if i > 0 {
			buf = append(buf, ',')
		}
		b, err := json.Marshal(p)
		if err != nil {
			return nil, fmt.Errorf("bundles: encode %s: %w", method, err)
		}
		buf = append(buf, b...)
	}
	return append(buf, "]}"...), nil
}

// Call sends method with params, signed, and decodes the result into out.
// It retries transport errors, timeouts, HTTP 5xx and 429 with exponential
// backoff; every failure is a *RelayError.
func (c *Client) Call(ctx context.Context, method string, out any, params ...any) error {
	body, err := Encode(c.nextID.Add(1), method, params...)
	if err != nil {
		return err
	}
	sig, err := c.id.Sign(body)
	if err != nil {
		return err
	}
	delay := c.backoff
	for attempt := 0; ; attempt++ {
		rerr := c.attempt(ctx, method, body, sig, out)
		if rerr == nil {
			return nil
		}
		if !rerr.Retryable || attempt >= c.retries || ctx.Err() != nil {
			return rerr
		}
		t := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			t.Stop()
			return rerr
		case <-t.C:
		}
		delay *= 2
	}
}

func (c *Client) count(method, result string) {
	c.m.requests.WithLabelValues(c.name, method, result).Inc()
}

func (c *Client) attempt(ctx context.Context, method string, body []byte, sig string, out any) *RelayError {
	c.count(method, resultSent)
	ctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	fail := func(result string, e *RelayError) *RelayError {
		c.count(method, result)
		e.Relay, e.Method = c.name, method
		return e
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url, bytes.NewReader(body))
	if err != nil {
		return fail(resultError, &RelayError{Message: err.Error(), Err: ErrTransport})
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set(HeaderSignature, sig)
	resp, err := c.hc.Do(req)
	if err != nil {
		if ctx.Err() == context.DeadlineExceeded {
			return fail(resultTimeout, &RelayError{Message: "no answer within " + c.timeout.String(), Retryable: true, Err: ErrTimeout})
		}
		return fail(resultError, &RelayError{Message: err.Error(), Retryable: true, Err: fmt.Errorf("%w: %w", ErrTransport, err)})
	}
	defer resp.Body.Close()
	ans, err := io.ReadAll(io.LimitReader(resp.Body, maxAnswer))
	if err != nil {
		if ctx.Err() == context.DeadlineExceeded {
			return fail(resultTimeout, &RelayError{Message: "answer cut by the timeout", HTTPStatus: resp.StatusCode, Retryable: true, Err: ErrTimeout})
		}
		return fail(resultError, &RelayError{Message: err.Error(), HTTPStatus: resp.StatusCode, Retryable: true, Err: fmt.Errorf("%w: %w", ErrTransport, err)})
	}
	code, msg, result, ok := parseAnswer(ans)
	switch st := resp.StatusCode; {
	case st == http.StatusTooManyRequests || st >= 500:
		if msg == "" {
			msg = http.StatusText(st)
		}
		return fail(resultError, &RelayError{Code: code, Message: msg, HTTPStatus: st, Retryable: true, Err: ErrTransport})
	case st >= 400:
		if msg == "" {
			msg = http.StatusText(st)
		}
		return fail(resultRejected, &RelayError{Code: code, Message: msg, HTTPStatus: st, Err: ErrRejected})
	case st != http.StatusOK:
		return fail(resultGarbage, &RelayError{Message: "unexpected status", HTTPStatus: st, Err: ErrGarbage})
	}
	if !ok {
		return fail(resultGarbage, &RelayError{Message: "not a JSON-RPC answer: " + snippet(ans), HTTPStatus: 200, Err: ErrGarbage})
	}
	if msg != "" || code != 0 {
		return fail(resultRejected, &RelayError{Code: code, Message: msg, HTTPStatus: 200, Err: ErrRejected})
	}
	if out != nil {
		if err := json.Unmarshal(result, out); err != nil {
			return fail(resultGarbage, &RelayError{Message: "result: " + err.Error(), HTTPStatus: 200, Err: ErrGarbage})
		}
	}
	c.count(method, resultAccepted)
	return nil
}

// parseAnswer understands {"error":"text"}, a JSON-RPC error object and a
// JSON-RPC result. ok is false when the body is none of these.
func parseAnswer(b []byte) (code int, msg string, result json.RawMessage, ok bool) {
	var env struct {
		Result json.RawMessage `json:"result"`
		Error  json.RawMessage `json:"error"`
	}
	if err := json.Unmarshal(b, &env); err != nil {
		return 0, "", nil, false
	}
	if len(env.Error) > 0 && string(env.Error) != "null" {
		var s string
		if json.Unmarshal(env.Error, &s) == nil {
			if s == "" {
				// {"error":""} is still a refusal (found by FuzzParseAnswer)
				s = "empty error"
			}
			return 0, s, nil, true
		}
		var e struct {
			Code    int    `json:"code"`
			Message string `json:"message"`
		}
		if json.Unmarshal(env.Error, &e) == nil && (e.Code != 0 || e.Message != "") {
			return e.Code, e.Message, nil, true
		}
		return 0, "", nil, false
	}
	if env.Result == nil {
		return 0, "", nil, false
	}
	return 0, "", env.Result, true
}

func snippet(b []byte) string {
	if len(b) > 80 {
		b = b[:80]
	}
	return strconv.Quote(string(b))
}
