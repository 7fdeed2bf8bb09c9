package config

import (
	"reflect"
	"strings"
	"testing"
)

// TestExampleDocumentsEveryKey: configs/keeper.example.toml sets every key
// of the schema (every relay key in at least one relay), so a new key
// cannot be added without showing it in the example.
func TestExampleDocumentsEveryKey(t *testing.T) {
	c, err := Load("../../configs/keeper.example.toml")
	if err != nil {
		t.Fatal(err)
	}
	defined := map[string]bool{}
	for _, k := range c.md.Keys() {
		if len(k) >= 3 && k[0] == "relays" {
			defined["relays.*."+strings.Join(k[2:], ".")] = true
			continue
		}
		defined[k.String()] = true
	}
	var want []string
	top := reflect.TypeOf(Config{})
	for i := 0; i < top.NumField(); i++ {
		f := top.Field(i)
		section := f.Tag.Get("toml")
		if section == "" || section == "strategies" {
			continue
		}
		typ, prefix := f.Type, section
		if typ.Kind() == reflect.Map {
			typ, prefix = typ.Elem(), section+".*"
		}
		for j := 0; j < typ.NumField(); j++ {
			if tag := typ.Field(j).Tag.Get("toml"); tag != "" {
				want = append(want, prefix+"."+tag)
			}
		}
	}
	if len(want) < 25 {
		t.Fatalf("found only %d schema keys: the walk is broken", len(want))
	}
	for _, k := range want {
		if !defined[k] {
			t.Errorf("configs/keeper.example.toml does not set %s", k)
		}
	}
}
