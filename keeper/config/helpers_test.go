package config

import (
	"encoding/hex"
	"fmt"
)

func sprintf(f string, a ...any) string { return fmt.Sprintf(f, a...) }

func must(b []byte, err error) []byte {
	if err != nil {
		panic(err)
	}
	return b
}

func hexOf(b []byte) string { return hex.EncodeToString(b) }
