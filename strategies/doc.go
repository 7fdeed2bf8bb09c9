// Package strategies is the plugin API of keeperkit: the Strategy interface a
// strategy author implements, the Env it is given, the Event it reacts to,
// the Opportunity it returns, and the registry that builds a strategy by name
// from its own [strategies.NAME] config section.
//
// A strategy sees the chain only through Env (read-only RPC, a Simulator,
// a logger and a metrics registerer) and speaks only through the
// opportunities it returns: it never signs, sends or pays. The engine
// (keeper/runtime, keeper/exec) turns opportunities into bundles.
//
// Extra powers are optional interfaces probed at run time, as net/http
// probes http.Flusher: a strategy that also implements Subscriber chooses the
// events it receives, one that implements Closer is closed on shutdown.
//
// This package must not import keeper/*: the engine depends on the plugin
// API, never the reverse.
package strategies
