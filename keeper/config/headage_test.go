package config

import (
	"strings"
	"testing"
	"time"
)

// TestMaxHeadAge checks metrics.max_head_age: its default, a set value, and
// the errors that name the key for values /readyz cannot use.
func TestMaxHeadAge(t *testing.T) {
	c, err := Parse(minimal)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := c.Metrics.MaxHeadAge.Duration, 36*time.Second; got != want {
		t.Errorf("default: got %s, want %s", got, want)
	}
	c, err = Parse(minimal + "[metrics]\nmax_head_age = \"1m\"\n")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := c.Metrics.MaxHeadAge.Duration, time.Minute; got != want {
		t.Errorf("set: got %s, want %s", got, want)
	}
	for _, tc := range []struct{ name, value, want string }{
		{"zero", `"0s"`, `metrics.max_head_age = "0s"`},
		{"too short", `"500ms"`, "out of range 1s..1h"},
		{"too long", `"2h"`, "out of range 1s..1h"},
		{"not a duration", `"soon"`, "metrics.max_head_age"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(minimal + "[metrics]\nmax_head_age = " + tc.value + "\n")
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want an error containing %q", err, tc.want)
			}
		})
	}
}
