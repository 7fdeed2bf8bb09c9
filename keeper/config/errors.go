package config

import (
	"errors"
	"fmt"
	"strings"
)

// ErrInvalid wraps every validation failure (errors.Is(err, ErrInvalid)).
var ErrInvalid = errors.New("config: invalid")

// FieldError is one bad key: its full path (e.g. "relays.flashbots.url"), the
// value as written, the line in the file (0 when unknown) and why.
type FieldError struct {
	Path   string
	Value  string
	Line   int
	Reason string
}

func (e *FieldError) Error() string {
	var b strings.Builder
	b.WriteString("config: ")
	b.WriteString(e.Path)
	if e.Value != "" {
		fmt.Fprintf(&b, " = %s", e.Value)
	}
	if e.Line > 0 {
		fmt.Fprintf(&b, " (line %d)", e.Line)
	}
	b.WriteString(": ")
	b.WriteString(e.Reason)
	return b.String()
}

func (e *FieldError) Unwrap() error { return ErrInvalid }

// errs collects field errors so that one run reports every bad key.
type errs struct {
	list  []error
	lines map[string]int
}

func (e *errs) add(path string, value any, format string, args ...any) {
	v := ""
	switch x := value.(type) {
	case nil:
	case string:
		v = fmt.Sprintf("%q", hexRun.ReplaceAllString(x, redacted)) // a pasted key is never echoed
	case Secret:
		v = x.String()
	default:
		v = fmt.Sprint(x)
	}
	e.list = append(e.list, &FieldError{Path: path, Value: v, Line: e.lines[path], Reason: fmt.Sprintf(format, args...)})
}

func (e *errs) err() error { return errors.Join(e.list...) }
