package render

import (
	"math"
	"testing"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render/colour"
)

// The colour of a holder follows its COW code (its name without one), not
// Holder.Key: keying borders by code and base name must not take an
// occupation regime or a mandate out of its power's hue. The regime's land
// is the power's hue, lighter; a holder with the same code and base name is
// the same colour.
func TestColourByCode(t *testing.T) {
	for _, tc := range []struct {
		name    string
		a, b    geodata.Holder
		lighter bool
	}{
		{"occupation in its state's hue", geodata.Holder{Name: "Germany", COW: 255}, geodata.Holder{Name: "Germany (General Government)", COW: 255}, true},
		{"mandate in its power's hue", geodata.Holder{Name: "United Kingdom", COW: 200}, geodata.Holder{Name: "Transjordan (British mandate)", COW: 200}, true},
		{"one colour per code", geodata.Holder{Name: "Independent State of Croatia", COW: 344}, geodata.Holder{Name: "Croatia (Italian zone)", COW: 344}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, pal := range []Palette{Standard, ColorBlind} {
				ca, cb := pal.Color(tc.a), pal.Color(tc.b)
				if !tc.lighter {
					if ca != cb {
						t.Errorf("palette %d: %q %v, %q %v", pal, tc.a.Name, ca, tc.b.Name, cb)
					}
					continue
				}
				la, lb := colour.ToLab(ca), colour.ToLab(cb)
				dh := math.Abs(la.Hue() - lb.Hue())
				if dh > 180 {
					dh = 360 - dh
				}
				if lb.L <= la.L || dh > 25 {
					t.Errorf("palette %d: %q %v (L %.0f, hue %.0f) is not %q %v (L %.0f, hue %.0f) lightened", pal, tc.b.Name, cb, lb.L, lb.Hue(), tc.a.Name, ca, la.L, la.Hue())
				}
			}
		})
	}
}
