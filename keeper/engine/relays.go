package engine

import "github.com/keeperkit/keeperkit/keeper/exec"

// Relays adapts the bundles fan-out to the executor: eth_sendBundle with
// the droppable list (our earlier waiting transactions carried in front, so
// same-sender bundles land together) and mev_sendBundle for backruns of
// MEV-Share hints. It is exec.MultiRelays, kept under this name for callers
// that wire an engine.
type Relays = exec.MultiRelays
