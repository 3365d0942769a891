package geodata

import (
	"math"

	"github.com/paulmach/orb"
)

// NearestTerritory returns the territory valid on day d nearest to p
// (longitude, latitude) within maxKm kilometres, and its distance in km:
// the territory at p itself at distance 0, else the one whose border
// comes closest (a click at sea just off a coast). It returns nil and 0
// when none is within maxKm. Distances are measured on a local
// equirectangular plane around p, close enough for the few kilometres
// it is meant for.
func (a *Atlas) NearestTerritory(d Day, p orb.Point, maxKm float64) (*Feature, float64) {
	if f := a.TerritoryAt(d, p); f != nil {
		return f, 0
	}
	if !(maxKm > 0) || math.IsNaN(p[0]) || math.IsNaN(p[1]) || math.Abs(p[0]) > 180 || math.Abs(p[1]) > 90 {
		return nil, 0
	}
	const kmPerDeg = EarthRadius * math.Pi / 180 / 1000
	coslat := math.Max(math.Cos(p[1]*math.Pi/180), 0.01)
	dLat := maxKm / kmPerDeg
	dLon := math.Min(180, dLat/coslat)
	lo, hi := cellOf(orb.Point{p[0] - dLon, p[1] - dLat}), cellOf(orb.Point{p[0] + dLon, p[1] + dLat})
	search := orb.Bound{Min: orb.Point{p[0] - dLon, p[1] - dLat}, Max: orb.Point{p[0] + dLon, p[1] + dLat}}
	row := a.PieceVersions(d)
	seen := map[int32]bool{}
	var best *Feature
	bestKm := maxKm
	// toKm maps lon/lat to km on the plane around p.
	toKm := func(q orb.Point) (float64, float64) {
		return (q[0] - p[0]) * kmPerDeg * coslat, (q[1] - p[1]) * kmPerDeg
	}
	for x := lo[0]; x <= hi[0]; x++ {
		for y := lo[1]; y <= hi[1]; y++ {
			for _, pi := range a.grid.cells[[2]int16{x, y}] {
				if seen[pi] {
					continue
				}
				seen[pi] = true
				f := row[pi]
				pc := a.pieces[pi]
				if f == nil || !pc.Bound.Intersects(search) {
					continue
				}
				dist := ringsDistance(pc.Geometry, toKm)
				if dist < bestKm || (dist == bestKm && best != nil && f.Index < best.Index) {
					best, bestKm = f, dist
				}
			}
		}
	}
	if best == nil {
		return nil, 0
	}
	return best, bestKm
}

// ringsDistance is the distance from the origin of the plane of toKm to
// the nearest edge of mp.
func ringsDistance(mp orb.MultiPolygon, toKm func(orb.Point) (float64, float64)) float64 {
	best := math.Inf(1)
	for _, pg := range mp {
		for _, ring := range pg {
			for i := 1; i < len(ring); i++ {
				ax, ay := toKm(ring[i-1])
				bx, by := toKm(ring[i])
				best = math.Min(best, segmentDistance(ax, ay, bx, by))
			}
		}
	}
	return best
}

// segmentDistance is the distance from the origin to the segment a–b.
func segmentDistance(ax, ay, bx, by float64) float64 {
	dx, dy := bx-ax, by-ay
	t := 0.0
	if l := dx*dx + dy*dy; l > 0 {
		t = math.Min(1, math.Max(0, -(ax*dx+ay*dy)/l))
	}
	return math.Hypot(ax+t*dx, ay+t*dy)
}
