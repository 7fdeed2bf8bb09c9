package abis_test

import (
	"bytes"
	"fmt"
	"strings"
)

// maxDiffLines bounds how many differing lines a freshness failure prints per file.
const maxDiffLines = 3

// diffSummary describes how committed differs from fresh, line by line:
// how many lines differ and the first few pairs, each cut to a readable width.
func diffSummary(committed, fresh []byte) string {
	a, b := bytes.Split(committed, []byte("\n")), bytes.Split(fresh, []byte("\n"))
	n := max(len(a), len(b))
	var sb strings.Builder
	differing := 0
	for i := range n {
		var x, y []byte
		if i < len(a) {
			x = a[i]
		}
		if i < len(b) {
			y = b[i]
		}
		if bytes.Equal(x, y) && (i < len(a)) == (i < len(b)) {
			continue
		}
		differing++
		if differing <= maxDiffLines {
			fmt.Fprintf(&sb, "\n\t\tline %d:\n\t\t- committed: %s\n\t\t+ fresh:     %s", i+1, clip(x, i < len(a)), clip(y, i < len(b)))
		}
	}
	return fmt.Sprintf("%d of %d lines differ (committed %d bytes, fresh %d bytes)%s", differing, n, len(committed), len(fresh), sb.String())
}

func clip(line []byte, present bool) string {
	const width = 100
	if !present {
		return "(no line)"
	}
	s := strings.TrimSpace(string(line))
	if len(s) > width {
		return s[:width] + fmt.Sprintf("… (%d chars)", len(s))
	}
	return s
}
