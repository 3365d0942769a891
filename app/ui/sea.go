package ui

// A click at sea: within coastSnap logical pixels of a territory it
// answers with the nearest one, and the details say "nearest land"; at
// open sea the details say "At sea", with the day.

import (
	"fmt"

	"fyne.io/fyne/v2/lang"

	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// coastSnap is how near a coast, in logical pixels, a click at sea
// selects the nearest land.
const coastSnap = 6

// snapKm is coastSnap pixels of the main map's view, in kilometres.
func (u *ui) snapKm() float64 {
	return coastSnap * geodata.GroundResolution(u.mapw.View()) / 1000
}

// nearestLand returns the territory at ll, or the nearest within
// coastSnap pixels; nil when there is none.
func (u *ui) nearestLand(ll orb.Point) *geodata.Feature {
	f, _ := u.st.atlas.NearestTerritory(u.st.day, ll, u.snapKm())
	return f
}

// seaNote is the details panel's first line for territory f of the day
// selected at ll: "" on its land, else that ll is at sea and f the
// nearest land, with the distance.
func seaNote(a *geodata.Atlas, d geodata.Day, f *geodata.Feature, ll *orb.Point) string {
	if ll == nil || f == nil || a.TerritoryAt(d, *ll) != nil {
		return ""
	}
	dist := 0.0
	if nf, km := a.NearestTerritory(d, *ll, 1000); nf == f {
		dist = km
	}
	if dist <= 0 {
		return lang.L("At sea ({{.Lat}}, {{.Lon}}); nearest land: {{.Name}}.", map[string]any{"Lat": latText(ll[1]), "Lon": lonText(ll[0]), "Name": nameIn(f)})
	}
	return lang.L("At sea ({{.Lat}}, {{.Lon}}); nearest land: {{.Name}}, {{.Km}} km away.", map[string]any{"Lat": latText(ll[1]), "Lon": lonText(ll[0]), "Name": nameIn(f), "Km": kmText(dist)})
}

func kmText(km float64) string {
	if km < 10 {
		return fmt.Sprintf("%.1f", km)
	}
	return fmt.Sprintf("%.0f", km)
}
