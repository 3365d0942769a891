package assets

import (
	"math"
	"os"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/register"
)

// derivedZones are the register zones whose control the generator derives
// (assets/gen/fronts_zones.go): there the dataset must agree with the
// register at every place.
var derivedZones = []string{"east-finland", "east-leningrad", "east-baltic", "east-moscow", "east-ukraine", "east-south"}

// TestRegisterPlaces queries each place of the derived zones 3 days after
// each of its changes (and on the zone's first day) through TerritoryAt and
// wants the register's holder. A place on the coast that Natural Earth puts
// in the sea (Liepāja, Hanko, Kerch's Yenikale…) is looked up in its own
// cell, the territory the generator cut around it.
func TestRegisterPlaces(t *testing.T) {
	a := testAtlas(t)
	if ownCell(a, "kaluga", geodata.MustDay("1942-01-01")) == nil {
		t.Skip("the bundled dataset has no register cells yet (assets/gen/fronts_zones.go: FRONTIERS_FRONTS=1 go run ./assets/gen -o DIR makes them)")
	}
	r, err := register.Load(os.DirFS("register"), ".")
	if err != nil {
		t.Fatal(err)
	}
	queries, atSea := 0, 0
	for _, zid := range derivedZones {
		z := r.Zone(zid)
		if z == nil {
			t.Fatalf("no register zone %s", zid)
		}
		for _, p := range z.Places {
			days := []geodata.Day{z.Start}
			for _, c := range p.Changes {
				days = append(days, c.Date+3)
			}
			for _, d := range days {
				want, ok := p.ControllerOn(d)
				if !ok {
					continue
				}
				queries++
				if offLand[p.ID] {
					continue
				}
				f := a.TerritoryAt(d, orb.Point{p.Lon, p.Lat})
				if f == nil {
					atSea++
					f = ownCell(a, p.ID, d)
					if f == nil {
						f = nearest(a, d, orb.Point{p.Lon, p.Lat})
					}
				}
				if f == nil {
					t.Errorf("%s %s: no territory and no cell", p.ID, d)
					continue
				}
				if !holds(f.Controller.Name, want) {
					t.Errorf("%s (%s) on %s: register %s, dataset %s [%s]", p.Name, p.ID, d, want, f.Controller.Name, f.ID)
				}
			}
		}
	}
	t.Logf("%d queries, %d of them at sea (looked up in the place's cell)", queries, atSea)
	if atSea > 60 {
		t.Errorf("%d queries at sea; the issue allows about 30 places there", atSea)
	}
}

// offLand are register places on islands that Natural Earth 1:50m leaves
// out, so that no cell holds them and the nearest land is another state's.
var offLand = map[string]bool{
	"suursaari": true, // Gogland, in the Gulf of Finland; the nearest land of 1:50m is Finland's coast
}

func holds(holder, state string) bool {
	for _, s := range register.StateOf(holder) {
		if s == state {
			return true
		}
	}
	return false
}

// ownCell returns the territory version of day d cut around a place:
// cell-<id>, or its largest part when the cell was split by sovereignty.
func ownCell(a *geodata.Atlas, id string, d geodata.Day) *geodata.Feature {
	for _, f := range a.Features() {
		if f.Kind == geodata.KindTerritory && (f.ID == "cell-"+id || strings.HasPrefix(f.ID, "cell-"+id+"--")) && f.ValidOn(d) {
			return f
		}
	}
	return nil
}

// nearest returns the territory nearest to p on day d, searched on rings
// of 16 points every 0.02° out to 0.6° (a small island Natural Earth 1:50m
// leaves out: Suursaari, Kotlin).
func nearest(a *geodata.Atlas, d geodata.Day, p orb.Point) *geodata.Feature {
	for r := 0.02; r <= 0.6; r += 0.02 {
		for k := 0; k < 16; k++ {
			ang := 2 * math.Pi * float64(k) / 16
			q := orb.Point{p[0] + r*math.Cos(ang)/math.Cos(p[1]*math.Pi/180), p[1] + r*math.Sin(ang)}
			if f := a.TerritoryAt(d, q); f != nil {
				return f
			}
		}
	}
	return nil
}
