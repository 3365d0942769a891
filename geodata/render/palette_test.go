package render

import (
	"testing"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// The colour of a holder depends on its COW code (its name without one),
// not on Holder.Key: keying borders by code and base name must not
// recolour the map.
func TestColourByCode(t *testing.T) {
	for _, tc := range []struct {
		name string
		a, b geodata.Holder
	}{
		{"occupation in its state's colour", geodata.Holder{Name: "Germany", COW: 255}, geodata.Holder{Name: "Germany (General Government)", COW: 255}},
		{"mandate in its power's colour", geodata.Holder{Name: "United Kingdom", COW: 200}, geodata.Holder{Name: "Transjordan (British mandate)", COW: 200}},
		{"unfixed code: one colour per code", geodata.Holder{Name: "Independent State of Croatia", COW: 344}, geodata.Holder{Name: "Croatia (Italian zone)", COW: 344}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, pal := range []Palette{Standard, ColorBlind} {
				if ca, cb := pal.Color(tc.a), pal.Color(tc.b); ca != cb {
					t.Errorf("palette %d: %q %v, %q %v", pal, tc.a.Name, ca, tc.b.Name, cb)
				}
			}
		})
	}
	// A code's colour is the one it had when Key was "cow:N".
	h := geodata.Holder{Name: "Andorra", COW: 232}
	x := hash("cow:232")
	if got, want := Standard.Color(h), hsl(float64(x%360), 0.35+float64(x>>9%20)/100, 0.68+float64(x>>17%10)/100); got != want {
		t.Errorf("Andorra %v, want %v", got, want)
	}
	// The states that got their codes in issue 10 keep the colours they
	// had from their names.
	for _, n := range []geodata.Holder{{Name: "Independent State of Croatia", COW: 344}, {Name: "Slovak Republic", COW: 317}, {Name: "Iceland", COW: 395}} {
		for _, pal := range []Palette{Standard, ColorBlind} {
			if got, want := pal.Color(n), pal.Color(geodata.Holder{Name: n.Name}); got != want {
				t.Errorf("palette %d: %s %v, was %v", pal, n.Name, got, want)
			}
		}
	}
	if got, want := Standard.Color(geodata.Holder{Name: "Free City of Danzig"}), Standard.Color(geodata.Holder{Name: "free city of danzig"}); got != want {
		t.Errorf("a holder without a code: colour depends on the name's case")
	}
}
