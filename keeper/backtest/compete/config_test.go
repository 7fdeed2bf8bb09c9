package compete

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/keeperkit/keeperkit/keeper/config"
)

func TestBookFromConfig(t *testing.T) {
	base, err := os.ReadFile("../../../configs/keeper.example.toml")
	if err != nil {
		t.Fatal(err)
	}
	// The example's strategy sections are at the end; replace them.
	head, _, _ := strings.Cut(string(base), "[strategies.")
	tests := []struct {
		name    string
		section string
		want    Book
		wantErr error
	}{
		{
			name: "both",
			section: `[strategies.liquidation]
pool = "0x00000000000000000000000000000000000000a1"
[strategies.arbitrage]
v2_factories = ["0x00000000000000000000000000000000000000f2"]
v3_factories = ["0x00000000000000000000000000000000000000f3", "0x00000000000000000000000000000000000000f4"]
`,
			want: Book{
				AavePools:   []common.Address{common.HexToAddress("0xa1")},
				V2Factories: []common.Address{common.HexToAddress("0xf2")},
				V3Factories: []common.Address{common.HexToAddress("0xf3"), common.HexToAddress("0xf4")},
			},
		},
		{name: "none", section: "", want: Book{}},
		{name: "bad factory", section: "[strategies.arbitrage]\nv2_factories = [\"0x12\"]\n", wantErr: ErrBook},
		{name: "bad pool", section: "[strategies.liquidation]\npool = \"nope\"\n", wantErr: ErrBook},
		{name: "unknown key", section: "[strategies.liquidation]\npools = \"0x00000000000000000000000000000000000000a1\"\n", wantErr: config.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kc, err := config.Parse(head + tt.section)
			if err != nil && kc == nil {
				t.Fatal(err)
			}
			got, err := BookFromConfig(kc)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("got %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !sameAddrs(got.AavePools, tt.want.AavePools) || !sameAddrs(got.V2Factories, tt.want.V2Factories) || !sameAddrs(got.V3Factories, tt.want.V3Factories) {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func sameAddrs(a, b []common.Address) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
