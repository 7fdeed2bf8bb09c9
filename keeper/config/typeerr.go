package config

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
)

// BurntSushi/toml reports a value of the wrong type as plain text:
//
//	toml: line 7 (last key "relays.fb.retries"): incompatible types: TOML value has type string; destination has type integer
//
// typeError turns that into a FieldError with the key path, the value as
// written in src and the line, so that type errors read like every other.
var burntTypeErr = regexp.MustCompile(`(?s)^toml: (?:line (\d+) )?\(last key ("(?:[^"\\]|\\.)*")\): (.*)$`)

// typeError returns nil when err is neither a BurntSushi type error nor a
// parse error that names its key. Parse errors carry the raw text in their
// message, so 32-byte hex runs in it are redacted.
func typeError(err error, src string, lines map[string]int) error {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		if pe.LastKey == "" {
			return nil
		}
		line := pe.Position.Line
		if l, ok := lines[pe.LastKey]; ok && l != line {
			// A syntax error after the last good key: the key is not at fault.
			return fmt.Errorf("%w: line %d: %s", ErrInvalid, line, hexRun.ReplaceAllString(pe.Message, redacted))
		}
		return &FieldError{Path: pe.LastKey, Value: valueOnLine(src, line, pe.LastKey), Line: line, Reason: typeReason(pe.Message)}
	}
	m := burntTypeErr.FindStringSubmatch(err.Error())
	if m == nil {
		return nil
	}
	path, uerr := strconv.Unquote(m[2])
	if uerr != nil {
		return nil
	}
	line, _ := strconv.Atoi(m[1])
	if line == 0 {
		line = lines[path]
	}
	return &FieldError{Path: path, Value: valueOnLine(src, line, path), Line: line, Reason: typeReason(m[3])}
}

var (
	incompatible = regexp.MustCompile(`^incompatible types: TOML value has type (.+); destination has type (.+)$`)
	notTable     = regexp.MustCompile(`^type mismatch for .+: expected table but found (.+)$`)
	outOfRange   = regexp.MustCompile(`(?s)^.* is out of range for (\w+)$`)
)

// typeReason says what was wanted and what was found, in TOML's words.
func typeReason(msg string) string {
	if m := incompatible.FindStringSubmatch(msg); m != nil {
		return "want " + tomlType(m[2]) + ", got " + tomlType(m[1])
	}
	if m := notTable.FindStringSubmatch(msg); m != nil {
		return "want a table ([section]), got " + tomlType(m[1])
	}
	if m := outOfRange.FindStringSubmatch(msg); m != nil {
		return "out of range for " + m[1] // the value is in Value (redacted if key-like)
	}
	return hexRun.ReplaceAllString(msg, redacted)
}

func tomlType(goType string) string {
	switch goType {
	case "string":
		return "a string"
	case "int64", "integer":
		return "an integer"
	case "float64", "float":
		return "a float"
	case "bool", "boolean":
		return "a boolean (true or false)"
	case "[]any", "[]map[string]any", "slice", "array":
		return "an array"
	case "map[string]any", "map", "struct":
		return "a table"
	case "arrayhash":
		return "an array of tables"
	case "time.Time", "datetime":
		return "a date-time"
	case "primitive (string-like)":
		return "a string"
	}
	return goType
}

// privateKeyLike is a 32-byte hex value: never echoed back, in case a key
// was pasted where a value belongs.
var (
	privateKeyLike = regexp.MustCompile(`(?i)^"?(0x)?[0-9a-f]{64}"?$`)
	hexRun         = regexp.MustCompile(`(?i)(0x)?[0-9a-f]{64,}`)
)

// valueOnLine returns the value of the key's last segment as written on line
// (1-based) of src, quoted strings whole and comments dropped; "" when it
// cannot tell. Long values are cut.
func valueOnLine(src string, line int, path string) string {
	if line <= 0 {
		return ""
	}
	text := ""
	for i, l := range strings.SplitN(src, "\n", line+1) {
		if i == line-1 {
			text = strings.TrimRight(l, "\r")
		}
	}
	seg := path
	if i := strings.LastIndexByte(path, '.'); i >= 0 {
		seg = path[i+1:]
	}
	start := -1
	if loc := regexp.MustCompile(`(?:^|[\s{,.])"?` + regexp.QuoteMeta(seg) + `"?\s*=\s*`).FindStringIndex(text); loc != nil {
		start = loc[1]
	} else if i := strings.IndexByte(text, '='); i >= 0 {
		start = i + 1
	}
	if start < 0 {
		return ""
	}
	v := strings.TrimSpace(text[start:])
	switch {
	case strings.HasPrefix(v, `"`):
		for i := 1; i < len(v); i++ {
			if v[i] == '\\' {
				i++
				continue
			}
			if v[i] == '"' {
				v = v[:i+1]
				break
			}
		}
	case strings.HasPrefix(v, `'`):
		if i := strings.IndexByte(v[1:], '\''); i >= 0 {
			v = v[:i+2]
		}
	default:
		if i := strings.IndexByte(v, '#'); i >= 0 {
			v = strings.TrimSpace(v[:i])
		}
	}
	if privateKeyLike.MatchString(v) {
		return redacted
	}
	if len(v) > 80 {
		v = v[:77] + "..."
	}
	return v
}
