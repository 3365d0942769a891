package assets

import (
	"fmt"
	"testing"

	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// The territories valid on any day must tile all land of the extent
// (longitude −25..65, latitude 25..72) with no gaps and no overlaps.
// Overlaps are checked on the geometry itself by the generator's test
// (assets/gen), for every pair of territories; gaps are checked here through
// the query the window uses: points on a grid over the land of the
// backdrop must each fall in a territory on every change date.
//
// Tolerance: the backdrop (Natural Earth's land) and the territories (its
// countries, cut by the authored lines) share their coasts, but not to the
// last vertex everywhere, so a grid point within 0.05° of the coast may fall
// on the backdrop's land and in the sea of the territories. Such points are
// allowed up to gapTolerance of all land points; any other miss fails.
const gapTolerance = 0.002

func landPoints(step float64) []orb.Point {
	var pts []orb.Point
	for lat := 25 + step/2; lat < 72; lat += step {
		for lon := -25 + step/2; lon < 65; lon += step {
			pts = append(pts, orb.Point{lon, lat})
		}
	}
	return pts
}

func TestNoGaps(t *testing.T) {
	a := testAtlas(t)
	// A fine grid on the day of the signing, a coarser one on every day
	// any territory changes.
	t.Run("fine grid on "+geodata.Signing.String(), func(t *testing.T) {
		checkGaps(t, a, []geodata.Day{geodata.Signing}, 0.25)
	})
	t.Run("every change date", func(t *testing.T) {
		checkGaps(t, a, append([]geodata.Day{geodata.First}, a.ChangeDays()...), 1)
	})
}

func checkGaps(t *testing.T, a *geodata.Atlas, days []geodata.Day, step float64) {
	var land []orb.Point
	for _, p := range landPoints(step) {
		if a.OnLand(p) {
			land = append(land, p)
		}
	}
	if len(land) < 1000 {
		t.Fatalf("only %d land points: the backdrop did not load", len(land))
	}
	covering := make([]*geodata.Feature, len(land))
	for _, d := range days {
		if d < geodata.First || d > geodata.Last {
			continue
		}
		var misses []string
		for i, p := range land {
			// A territory's geometry is the same on every day it is valid:
			// the one found at p on an earlier day still covers it while it
			// is valid (this saves most queries on the 1:10m data).
			if f := covering[i]; f != nil && f.ValidOn(d) {
				continue
			}
			covering[i] = a.TerritoryAt(d, p)
			if covering[i] == nil && !nearCoast(a, p, 0.05) {
				misses = append(misses, fmt.Sprintf("%.2f,%.2f", p[1], p[0]))
			}
		}
		if float64(len(misses)) > gapTolerance*float64(len(land)) {
			t.Errorf("%s: %d of %d land points in no territory (tolerance %.1f%%): %v", d, len(misses), len(land), gapTolerance*100, misses[:min(len(misses), 20)])
		}
	}
}

// nearCoast reports whether p lies within r degrees of the sea, where the
// simplified backdrop and the territories' coastline may disagree.
func nearCoast(a *geodata.Atlas, p orb.Point, r float64) bool {
	for _, d := range []orb.Point{{r, 0}, {-r, 0}, {0, r}, {0, -r}} {
		if !a.OnLand(orb.Point{p[0] + d[0], p[1] + d[1]}) {
			return true
		}
	}
	return false
}

// TestEveryTerritoryCoversThePeriod checks that no piece of land drops out
// of the map for a while: the versions of each territory follow each other
// without a gap from before 1939 to after 1942.
func TestEveryTerritoryCoversThePeriod(t *testing.T) {
	a := testAtlas(t)
	seen := map[string]bool{}
	for _, f := range a.Features() {
		if f.Kind != geodata.KindTerritory || seen[f.ID] {
			continue
		}
		seen[f.ID] = true
		h := a.History(f.ID)
		if !h[0].Start.IsZero() && h[0].Start.Day > geodata.First {
			t.Errorf("%s starts on %s, after the atlas's first day", f.ID, h[0].Start)
		}
		if last := h[len(h)-1]; !last.End.IsZero() && last.End.Day <= geodata.Last {
			t.Errorf("%s ends on %s, before the atlas's last day", f.ID, last.End)
		}
		for i := 1; i < len(h); i++ {
			if h[i].Start.Day != h[i-1].End.Day {
				t.Errorf("%s: version %d ends %s but version %d starts %s", f.ID, i-1, h[i-1].End, i, h[i].Start)
			}
		}
	}
}
