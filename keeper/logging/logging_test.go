package logging

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestNew(t *testing.T) {
	for _, tc := range []struct {
		level, format string
		wantErr       string
		check         func(t *testing.T, out string)
	}{
		{"info", "json", "", func(t *testing.T, out string) {
			var m map[string]any
			if err := json.Unmarshal([]byte(strings.Split(out, "\n")[0]), &m); err != nil || m["message"] != "hello" || m["level"] != "info" {
				t.Errorf("json line %q: %v", out, err)
			}
			if strings.Contains(out, "hidden") {
				t.Errorf("debug line printed at info: %q", out)
			}
		}},
		{"debug", "console", "", func(t *testing.T, out string) {
			if !strings.Contains(out, "hello") || !strings.Contains(out, "hidden") || strings.HasPrefix(out, "{") {
				t.Errorf("console output %q", out)
			}
		}},
		{"loud", "json", `level "loud"`, nil},
		{"", "json", `level ""`, nil},
		{"info", "xml", `format "xml"`, nil},
	} {
		t.Run(tc.level+"/"+tc.format, func(t *testing.T) {
			var buf bytes.Buffer
			log, err := New(&buf, tc.level, tc.format)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("got %v, want an error containing %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			log.Info().Msg("hello")
			log.Debug().Msg("hidden")
			tc.check(t, buf.String())
		})
	}
}
