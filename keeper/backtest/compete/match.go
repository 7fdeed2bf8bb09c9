package compete

import (
	"math/big"
	"strings"

	"github.com/keeperkit/keeperkit/keeper/backtest/report"
)

// Match fills Seen, Sized, WouldWin and Reason of each competitor from our
// opportunities, in place.
//
// A liquidation matches ours with the same borrower; an arbitrage matches
// ours over the same pools in the same cyclic order (any rotation, not
// reversed). Only ours with Block <= the competitor's block count (found at
// or before it); of those the one at the latest block is taken, then a
// sized one (see below) before one that is not, then the higher Profit,
// then Strategy and ID in order, so the choice does not depend on the order
// of ours.
//
// Our target is read from Opportunity.Inputs ("borrower=0x…", or
// "pools=0x…,0x…" as Target writes them) or else from the strategies' IDs
// ("liq:<borrower>:…", "arb:<8 hex of each pool>>…>"; such prefixes match
// a pool address starting with them).
//
// Then: Seen; Sized is our Profit. Ours is sized when it landed, or has no
// Reason, or its Reason is an outbid (the inclusion model's, not the
// simulation's). WouldWin when it is sized and its Bid is strictly greater
// than the competitor's CoinbasePaid (equal bids lose: the builder already
// has theirs). Reasons: "not seen", "seen, not profitable: <our reason>",
// "outbid: they paid N, we bid M" (wei).
func Match(competitors []report.Competitor, ours []report.Opportunity) {
	targets := make([]target, len(ours))
	byKey := make(map[string][]int)
	for i := range ours {
		targets[i] = opportunityTarget(&ours[i])
		if k := targets[i].key(); k != "" {
			byKey[k] = append(byKey[k], i)
		}
	}
	for ci := range competitors {
		c := &competitors[ci]
		c.Seen, c.Sized, c.WouldWin, c.Reason = false, "", false, ""
		t := competitorTarget(c)
		best := -1
		for _, oi := range byKey[t.key()] {
			o := &ours[oi]
			if o.Block > c.Block || !t.same(&targets[oi]) {
				continue
			}
			if best < 0 || better(o, &ours[best]) {
				best = oi
			}
		}
		if best < 0 {
			c.Reason = "not seen"
			continue
		}
		o := &ours[best]
		c.Seen, c.Sized = true, o.Profit
		if !sized(o) {
			c.Reason = "seen, not profitable: " + o.Reason
			continue
		}
		bid, _ := new(big.Int).SetString(o.Bid, 10)
		paid, _ := new(big.Int).SetString(c.CoinbasePaid, 10)
		if bid == nil {
			bid = new(big.Int)
		}
		if paid == nil {
			paid = new(big.Int)
		}
		if bid.Cmp(paid) > 0 {
			c.WouldWin = true
			continue
		}
		c.Reason = "outbid: they paid " + paid.String() + ", we bid " + bid.String()
	}
}

// sized: simulated and paying for itself; a loss to the inclusion model's
// outbid rule still counts as sized.
func sized(o *report.Opportunity) bool {
	return o.Landed || o.Reason == "" || strings.HasPrefix(o.Reason, "outbid")
}

// better orders candidates: later block, sized, higher profit, strategy, ID.
func better(a, b *report.Opportunity) bool {
	if a.Block != b.Block {
		return a.Block > b.Block
	}
	if sa, sb := sized(a), sized(b); sa != sb {
		return sa
	}
	pa, _ := new(big.Int).SetString(a.Profit, 10)
	pb, _ := new(big.Int).SetString(b.Profit, 10)
	if pa != nil && pb != nil {
		if c := pa.Cmp(pb); c != 0 {
			return c > 0
		}
	}
	if a.Strategy != b.Strategy {
		return a.Strategy < b.Strategy
	}
	return a.ID < b.ID
}

// target is what an opportunity is about: a borrower, or a cycle of pools
// (lower-case hex without 0x; full 40 digits, or an ID's 8-digit prefix).
type target struct {
	borrower string
	pools    []string
}

// prefixLen is the length of the pool prefixes in arbitrage IDs.
const prefixLen = 8

// key is the lookup key: the borrower, or the pools' prefixes rotated to
// start at the smallest (so every rotation of a cycle has one key).
func (t *target) key() string {
	if t.borrower != "" {
		return "b:" + t.borrower
	}
	if len(t.pools) < 2 {
		return ""
	}
	start := 0
	for i := range t.pools {
		if t.pools[i][:prefixLen] < t.pools[start][:prefixLen] {
			start = i
		}
	}
	var b strings.Builder
	b.WriteString("p:")
	for k := range t.pools {
		b.WriteString(t.pools[(start+k)%len(t.pools)][:prefixLen])
		b.WriteByte('>')
	}
	return b.String()
}

// same checks a key match in full: the same borrower, or the same pools in
// the same cyclic order, a prefix matching a longer address.
func (t *target) same(o *target) bool {
	if t.borrower != "" || o.borrower != "" {
		return t.borrower == o.borrower
	}
	n := len(t.pools)
	if n != len(o.pools) || n < 2 {
		return false
	}
	for r := 0; r < n; r++ {
		ok := true
		for k := 0; k < n && ok; k++ {
			a, b := t.pools[k], o.pools[(r+k)%n]
			ok = strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
		}
		if ok {
			return true
		}
	}
	return false
}

func competitorTarget(c *report.Competitor) target {
	switch c.Kind {
	case KindLiquidation:
		return target{borrower: hexField(c.Details, "borrower=")}
	case KindArbitrage:
		return target{pools: poolsField(c.Details)}
	}
	return target{}
}

func opportunityTarget(o *report.Opportunity) target {
	if b := hexField(o.Inputs, "borrower="); b != "" {
		return target{borrower: b}
	}
	if p := poolsField(o.Inputs); len(p) > 0 {
		return target{pools: p}
	}
	if rest, ok := strings.CutPrefix(o.ID, "liq:"); ok {
		b, _, _ := strings.Cut(rest, ":")
		if addr := hexAddr(b); addr != "" {
			return target{borrower: addr}
		}
	}
	if rest, ok := strings.CutPrefix(o.ID, "arb:"); ok {
		parts := strings.Split(rest, ">")
		var pools []string
		for _, p := range parts[:len(parts)-1] { // the last part is the block
			p = strings.ToLower(p)
			if len(p) != prefixLen || !isHex(p) {
				return target{}
			}
			pools = append(pools, p)
		}
		if len(pools) >= 2 {
			return target{pools: pools}
		}
	}
	return target{}
}

// field returns the value of "name…" in a space-separated summary.
func field(s, name string) string {
	for _, f := range strings.Fields(s) {
		if v, ok := strings.CutPrefix(f, name); ok {
			return v
		}
	}
	return ""
}

func hexField(s, name string) string { return hexAddr(field(s, name)) }

func poolsField(s string) []string {
	v := field(s, "pools=")
	if v == "" {
		return nil
	}
	var out []string
	for _, p := range strings.Split(v, ",") {
		a := hexAddr(p)
		if a == "" {
			return nil
		}
		out = append(out, a)
	}
	return out
}

// hexAddr is a 0x address in lower case without 0x, or "".
func hexAddr(s string) string {
	s = strings.ToLower(s)
	v, ok := strings.CutPrefix(s, "0x")
	if !ok || len(v) != 40 || !isHex(v) {
		return ""
	}
	return v
}

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}
