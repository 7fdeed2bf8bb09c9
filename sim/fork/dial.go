package fork

import (
	"context"
	"net/http"
	"strings"

	"github.com/ethereum/go-ethereum/rpc"
)

// maxIdlePerNode is how many idle HTTP connections to one node are kept
// for reuse: the simulations, the strategies' reads and the executor ask
// concurrently, and net/http's default of 2 closes every connection past
// the second one after its answer, so the next burst pays new handshakes.
const maxIdlePerNode = 64

// Dial connects to a node's JSON-RPC endpoint as the fork and the keeper's
// other readers want it. Over HTTP it asks for no compression: net/http
// asks for gzip by default, and a node on the same machine or network
// spends more gzipping its answers (and the client gunzipping them) than
// sending them; on loopback to the devnet an eth_getBlockByNumber took
// 285 µs with gzip and 178 µs without (median of 300), and every answer
// the fork waits on, a block's trace among them, paid it. WebSocket and
// IPC URLs dial as rpc.DialContext does.
func Dial(ctx context.Context, url string) (*rpc.Client, error) {
	if !strings.HasPrefix(url, "http://") && !strings.HasPrefix(url, "https://") {
		return rpc.DialContext(ctx, url)
	}
	// net/http's default transport (proxy from the environment, timeouts),
	// without compression and with more idle connections per host.
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.DisableCompression = true
	t.MaxIdleConnsPerHost = maxIdlePerNode
	return rpc.DialOptions(ctx, url, rpc.WithHTTPClient(&http.Client{Transport: t}))
}
