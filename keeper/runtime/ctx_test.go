package runtime

import (
	"context"
	"errors"
	"testing"
	"time"
)

type ctxKey struct{}

func TestEventCtx(t *testing.T) {
	tests := []struct {
		name string
		run  func(t *testing.T)
	}{
		{"deadline fires Done", func(t *testing.T) {
			d := time.Now().Add(30 * time.Millisecond)
			c := newEventCtx(context.Background(), d)
			defer c.release()
			if got, ok := c.Deadline(); !ok || !got.Equal(d) {
				t.Errorf("Deadline: got %v %v, want %v true", got, ok, d)
			}
			if err := c.Err(); err != nil {
				t.Errorf("Err before the deadline: got %v, want nil", err)
			}
			select {
			case <-c.Done():
			case <-time.After(5 * time.Second):
				t.Fatal("Done not closed at the deadline")
			}
			if err := c.Err(); !errors.Is(err, context.DeadlineExceeded) {
				t.Errorf("Err after the deadline: got %v, want DeadlineExceeded", err)
			}
		}},
		{"deadline seen by Err without Done", func(t *testing.T) {
			c := newEventCtx(context.Background(), time.Now().Add(-time.Millisecond))
			if err := c.Err(); !errors.Is(err, context.DeadlineExceeded) {
				t.Errorf("Err: got %v, want DeadlineExceeded", err)
			}
			select {
			case <-c.Done():
			default:
				t.Error("Done open although Err is non-nil")
			}
		}},
		{"parent cancel propagates", func(t *testing.T) {
			parent, cancel := context.WithCancel(context.WithValue(context.Background(), ctxKey{}, "v"))
			c := newEventCtx(parent, time.Now().Add(time.Hour))
			defer c.release()
			if c.Value(ctxKey{}) != "v" {
				t.Error("Value not inherited from the parent")
			}
			done := c.Done()
			cancel()
			select {
			case <-done:
			case <-time.After(5 * time.Second):
				t.Fatal("Done not closed after the parent was cancelled")
			}
			if err := c.Err(); !errors.Is(err, context.Canceled) {
				t.Errorf("Err: got %v, want Canceled", err)
			}
		}},
		{"earlier parent deadline wins", func(t *testing.T) {
			pd := time.Now().Add(time.Minute)
			parent, cancel := context.WithDeadline(context.Background(), pd)
			defer cancel()
			c := newEventCtx(parent, time.Now().Add(time.Hour))
			if got, _ := c.Deadline(); !got.Equal(pd) {
				t.Errorf("Deadline: got %v, want the parent's %v", got, pd)
			}
		}},
		{"release cancels children", func(t *testing.T) {
			c := newEventCtx(context.Background(), time.Now().Add(time.Hour))
			child, cancel := context.WithCancel(c)
			defer cancel()
			c.release()
			select {
			case <-child.Done():
			case <-time.After(5 * time.Second):
				t.Fatal("child not cancelled by release")
			}
			if err := c.Err(); !errors.Is(err, context.Canceled) {
				t.Errorf("Err after release: got %v, want Canceled", err)
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}
}
