package geodata

import "math"

// GroundResolution returns the ground distance in metres of one pixel
// measured east–west through the centre of v. The equal-area projection
// keeps areas but not distances: away from its centre (52°N 10°E) a pixel
// spans more or less ground east–west than its nominal resolution, so a
// scale bar must be measured where it is read.
func GroundResolution(v View) float64 {
	if v.Res <= 0 {
		return 0
	}
	cx, cy := float64(v.Width)/2, float64(v.Height)/2
	const half = 50
	a, b := v.LonLat(cx-half, cy), v.LonLat(cx+half, cy)
	return GreatCircle(a[1], a[0], b[1], b[0]) / (2 * half)
}

// GreatCircle returns the distance in metres between two points (degrees)
// on the sphere of the projection's authalic radius.
func GreatCircle(lat1, lon1, lat2, lon2 float64) float64 {
	const rad = math.Pi / 180
	p1, p2 := lat1*rad, lat2*rad
	dp, dl := (lat2-lat1)*rad, (lon2-lon1)*rad
	h := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * EarthRadius * math.Asin(math.Min(1, math.Sqrt(h)))
}

// ScaleBar returns a round length in kilometres (1, 2 or 5 times a power
// of ten) whose bar on a view of ground resolution gr metres per pixel is
// at most maxPx pixels long, and that length in pixels.
func ScaleBar(gr, maxPx float64) (km, px float64) {
	if gr <= 0 || maxPx <= 0 {
		return 0, 0
	}
	maxKm := gr * maxPx / 1000
	p := math.Pow(10, math.Floor(math.Log10(maxKm)))
	for _, m := range []float64{5, 2, 1} {
		if m*p <= maxKm {
			km = m * p
			break
		}
	}
	return km, km * 1000 / gr
}
