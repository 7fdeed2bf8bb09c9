package runtime

import (
	"context"
	"testing"
	"time"

	"github.com/keeperkit/keeperkit/strategies"
)

// TestEmitStreams checks that an opportunity emitted inside OnEvent reaches
// the output while OnEvent still runs, that returned ones follow, that an
// emit after OnEvent returned is dropped and counted, and that an invalid
// emitted opportunity is counted as invalid.
func TestEmitStreams(t *testing.T) {
	gate := make(chan struct{})
	late := make(chan context.Context, 1)
	s := &fake{name: "streamer", onEvent: func(ctx context.Context, ev strategies.Event) ([]strategies.Opportunity, error) {
		if !strategies.Emit(ctx, opp("first", ev.Block)) {
			t.Error("Emit: got false, want true (the runtime gives every OnEvent an emitter)")
		}
		bad := opp("bad", ev.Block)
		bad.Calls = nil
		strategies.Emit(ctx, bad)
		<-gate // the first opportunity must be out before OnEvent returns
		late <- ctx
		return []strategies.Opportunity{opp("returned", ev.Block)}, nil
	}}
	r, reg, _ := start(t, Config{}, s)
	r.Deliver(block(7))

	select {
	case out := <-r.Output():
		if out.Opportunity.ID != "first" || out.Opportunity.Strategy != "streamer" || out.Block != 7 || out.Header == nil || out.Found.Before(out.Arrived) {
			t.Errorf("emitted output: got id %q strategy %q block %d header %v, want first/streamer/7 with a header", out.Opportunity.ID, out.Opportunity.Strategy, out.Block, out.Header != nil)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the emitted opportunity did not reach the output while OnEvent ran")
	}
	close(gate)
	select {
	case out := <-r.Output():
		if out.Opportunity.ID != "returned" {
			t.Errorf("second output: got %q, want returned", out.Opportunity.ID)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the returned opportunity did not reach the output")
	}
	ctx := <-late
	waitFor(t, "OnEvent to return", func() bool { return ctx.Err() != nil })
	strategies.Emit(ctx, opp("after", 7))
	select {
	case out := <-r.Output():
		t.Errorf("emit after OnEvent returned: got %q on the output, want it dropped", out.Opportunity.ID)
	case <-time.After(50 * time.Millisecond):
	}
	for _, c := range []struct {
		name   string
		labels map[string]string
		want   float64
	}{
		{"keeper_runtime_opportunities_total", map[string]string{"strategy": "streamer"}, 2},
		{"keeper_runtime_invalid_opportunities_total", map[string]string{"strategy": "streamer"}, 1},
		{"keeper_runtime_deadline_drops_total", map[string]string{"strategy": "streamer", "stage": "running"}, 1},
	} {
		if got := metric(t, reg, c.name, c.labels); got != c.want {
			t.Errorf("%s%v: got %v, want %v", c.name, c.labels, got, c.want)
		}
	}
}

// TestEmitWithoutEngine checks Emit's answer where no engine streams.
func TestEmitWithoutEngine(t *testing.T) {
	if strategies.Emit(context.Background(), opp("x", 1)) {
		t.Error("Emit without an emitter: got true, want false")
	}
	var got []string
	ctx := strategies.WithEmitter(context.Background(), strategies.EmitterFunc(func(o strategies.Opportunity) { got = append(got, o.ID) }))
	if !strategies.Emit(ctx, opp("y", 1)) || len(got) != 1 || got[0] != "y" {
		t.Errorf("Emit with WithEmitter: got %v, want [y]", got)
	}
}
