package main

import (
	"runtime/debug"
	"testing"
)

func TestResolveVersion(t *testing.T) {
	stamped := &debug.BuildInfo{Main: debug.Module{Path: "github.com/keeperkit/keeperkit", Version: "v1.2.3"}}
	devel := &debug.BuildInfo{Main: debug.Module{Path: "github.com/keeperkit/keeperkit", Version: "(devel)"}}
	for _, tc := range []struct {
		name    string
		ldflags string
		bi      *debug.BuildInfo
		want    string
	}{
		{"ldflags win", "v9.9.9", stamped, "v9.9.9"},
		{"module version", "dev", stamped, "v1.2.3"},
		{"devel build", "dev", devel, "dev"},
		{"no build info", "dev", nil, "dev"},
		{"empty ldflags", "", stamped, "v1.2.3"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := resolveVersion(tc.ldflags, tc.bi); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
