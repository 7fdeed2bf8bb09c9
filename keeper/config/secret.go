package config

import "fmt"

// Secret is a string that never prints: String, Format, MarshalText and
// MarshalJSON give "[redacted]". Reveal returns the value.
type Secret string

const redacted = "[redacted]"

func (s Secret) String() string                { return redacted }
func (s Secret) GoString() string              { return redacted }
func (s Secret) Format(f fmt.State, verb rune) { fmt.Fprint(f, redacted) }
func (s Secret) MarshalText() ([]byte, error)  { return []byte(redacted), nil }
func (s Secret) MarshalJSON() ([]byte, error)  { return []byte(`"` + redacted + `"`), nil }
func (s Secret) Reveal() string                { return string(s) }
func (s Secret) IsZero() bool                  { return s == "" }
