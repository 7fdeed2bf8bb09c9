// Package exec turns opportunities into bundles on the wire and follows them
// until they land or expire: it proves each opportunity on a fork of the
// next block, prices it, leases a nonce, signs, hands the bundle to every
// relay, resubmits it for following blocks and tracks inclusion and reorgs.
//
// Nonces are leases. A lease is persisted before anything is signed with
// it; the signed transactions are recorded only once they were handed to
// the relays. A lease ends when the chain's nonce moves past it (landed),
// or when its last target block passes without that (expired: the nonce is
// free again, since a bundle that did not land used nothing on chain). After
// a restart, leases whose transactions were never sent are released at once
// (nothing left the process), and sent ones stay held until they land or
// expire, so the keeper neither reuses a nonce a live bundle holds nor
// skips one.
//
// Several bundles of one sender in flight hold consecutive nonces; each
// carries our waiting lower-nonce transactions in front of its own as
// droppable, so they can land in the same block, and a gap left by one that
// ended without landing is closed by re-signing the ones above it (order.go).
//
// An opportunity with a HintHash is a MEV-Share backrun: it goes out as
// mev_sendBundle behind the hinted transaction, priced on the strategy's
// gas estimate since the target cannot be simulated here, and only when it
// can take the sender's next nonce (backrun.go).
//
// The builder is paid through the priority fee: a share of the expected
// profit (capped) divided by the gas used, so any call works without
// re-encoding it. Bundles whose profit after base fee and tip is under the
// configured minimum are dropped and counted.
//
// exec must not import strategies' implementations or the runtime; it sees
// strategies only through the plugin API's Opportunity type.
package exec
