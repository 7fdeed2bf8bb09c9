package fastpath

import "testing"

func aaBenchEVMAccountData(b *testing.B) { b.Skip("todo") }
func aaBenchEVMLiquidation(b *testing.B) { b.Skip("todo") }
