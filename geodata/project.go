package geodata

import (
	"math"

	"github.com/paulmach/orb"
)

// The map projection: Lambert azimuthal equal-area on a sphere of the
// GRS 80 authalic radius, centred at 52°N 10°E like EPSG:3035. Areas
// measured in projected metres are true areas.
const (
	projLat0 = 52 * math.Pi / 180
	projLon0 = 10 * math.Pi / 180
	// EarthRadius is the authalic radius of GRS 80, in metres.
	EarthRadius = 6371007.2
)

var sinLat0, cosLat0 = math.Sincos(projLat0)

// Project maps a lon/lat point to projected metres (x east, y north).
func Project(p orb.Point) orb.Point {
	lon := p[0]*math.Pi/180 - projLon0
	lat := p[1] * math.Pi / 180
	sinLat, cosLat := math.Sincos(lat)
	sinLon, cosLon := math.Sincos(lon)
	den := 1 + sinLat0*sinLat + cosLat0*cosLat*cosLon
	if den < 1e-12 {
		den = 1e-12 // the antipode
	}
	k := math.Sqrt(2 / den)
	return orb.Point{
		EarthRadius * k * cosLat * sinLon,
		EarthRadius * k * (cosLat0*sinLat - sinLat0*cosLat*cosLon),
	}
}

// Unproject maps projected metres back to lon/lat.
func Unproject(p orb.Point) orb.Point {
	x, y := p[0], p[1]
	rho := math.Hypot(x, y)
	if rho < 1e-9 {
		return orb.Point{projLon0 * 180 / math.Pi, projLat0 * 180 / math.Pi}
	}
	c := 2 * math.Asin(math.Min(1, rho/(2*EarthRadius)))
	sinC, cosC := math.Sincos(c)
	lat := math.Asin(cosC*sinLat0 + y*sinC*cosLat0/rho)
	lon := projLon0 + math.Atan2(x*sinC, rho*cosLat0*cosC-y*sinLat0*sinC)
	return orb.Point{lon * 180 / math.Pi, lat * 180 / math.Pi}
}

// maxSegment is the longest edge, in degrees, projected as a straight
// line; longer edges (such as the data's extent) are densified so that
// they curve as the projection curves them.
const maxSegment = 0.5

func projectMulti(mp orb.MultiPolygon) orb.MultiPolygon {
	out := make(orb.MultiPolygon, len(mp))
	for i, pg := range mp {
		out[i] = make(orb.Polygon, len(pg))
		for j, r := range pg {
			pr := make(orb.Ring, 0, len(r))
			for k, p := range r {
				if k > 0 {
					q := r[k-1]
					if l := math.Max(math.Abs(p[0]-q[0]), math.Abs(p[1]-q[1])); l > maxSegment {
						n := int(math.Ceil(l / maxSegment))
						for s := 1; s < n; s++ {
							t := float64(s) / float64(n)
							pr = append(pr, Project(orb.Point{q[0] + t*(p[0]-q[0]), q[1] + t*(p[1]-q[1])}))
						}
					}
				}
				pr = append(pr, Project(p))
			}
			out[i][j] = pr
		}
	}
	return out
}

// Area returns the area of a lon/lat (multi)polygon in square kilometres,
// measured on the equal-area projection.
func Area(g orb.Geometry) float64 {
	switch g := g.(type) {
	case orb.Polygon:
		return areaPoly(g)
	case orb.MultiPolygon:
		s := 0.0
		for _, pg := range g {
			s += areaPoly(pg)
		}
		return s
	}
	return 0
}

func areaPoly(pg orb.Polygon) float64 {
	s := 0.0
	for i, r := range pg {
		a := 0.0
		for j := 0; j+1 < len(r); j++ {
			p, q := Project(r[j]), Project(r[j+1])
			a += p[0]*q[1] - q[0]*p[1]
		}
		a = math.Abs(a) / 2
		if i == 0 {
			s += a
		} else {
			s -= a
		}
	}
	return s / 1e6
}
