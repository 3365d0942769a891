package geodata_test

import (
	"math"
	"math/rand"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

	"github.com/frontiers-atlas/frontiers/assets"
	"github.com/frontiers-atlas/frontiers/geodata"
)

// On the bundled data, TerritoryAt and OnLand answer as planar does: at
// random points, and at vertices of the pieces and the land, beside them
// and midway along their segments.
func TestHitTestAgreesWithPlanarOnBundledData(t *testing.T) {
	if testing.Short() {
		t.Skip("scans the full geometry for every point")
	}
	a, err := assets.Load()
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(3))
	near := func(mp orb.MultiPolygon, every int) []orb.Point {
		var pts []orb.Point
		for _, pg := range mp {
			for _, r := range pg {
				for i := rng.Intn(every); i < len(r); i += every {
					p, q := r[i], r[(i+1)%len(r)]
					pts = append(pts, p, orb.Point{(p[0] + q[0]) / 2, (p[1] + q[1]) / 2},
						orb.Point{math.Nextafter(p[0], 200), p[1]}, orb.Point{p[0], math.Nextafter(p[1], -200)})
				}
			}
		}
		return pts
	}
	var pts []orb.Point
	for _, pc := range a.Pieces() {
		pts = append(pts, near(pc.Geometry, 401)...)
	}
	b := a.Bound()
	for range 2000 {
		pts = append(pts, orb.Point{b.Min[0] + rng.Float64()*(b.Max[0]-b.Min[0]), b.Min[1] + rng.Float64()*(b.Max[1]-b.Min[1])})
	}
	geodata.CheckTerritoryAt(t, a, pts)

	land := assets.Land()
	bounds := make([]orb.Bound, len(land))
	for i, pg := range land {
		bounds[i] = pg.Bound()
	}
	geodata.CheckAgrees(t, "OnLand", append(near(land, 401), pts...), a.OnLand, func(p orb.Point) bool {
		for i, pg := range land {
			if bounds[i].Contains(p) && planar.PolygonContains(pg, p) {
				return true
			}
		}
		return false
	})
}
