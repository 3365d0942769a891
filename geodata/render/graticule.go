package render

import (
	"math"

	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// graticuleCache is the graticule drawn for one view, step and scale.
type graticuleCache struct {
	view  geodata.View
	step  float64
	scale float64
	sl    strokeList
	col   [1]uint32
	op    [1]uint8
}

// GraticuleStep returns the spacing in degrees of the graticule suited to
// a view of res metres per pixel: 10° for a continent, 5° closer in.
func GraticuleStep(res float64) float64 {
	if res < 2500 {
		return 5
	}
	return 10
}

// graticuleLines returns the meridians and parallels every step degrees
// that cross bound b (lon/lat), densified every degree so that they curve
// as the projection curves them.
func graticuleLines(b orb.Bound, step float64) orb.MultiLineString {
	if step <= 0 {
		return nil
	}
	b = b.Pad(step)
	lon0 := math.Max(-180, math.Floor(b.Min[0]/step)*step)
	lon1 := math.Min(180, math.Ceil(b.Max[0]/step)*step)
	lat0 := math.Max(-80, math.Floor(b.Min[1]/step)*step)
	lat1 := math.Min(80, math.Ceil(b.Max[1]/step)*step)
	var out orb.MultiLineString
	for lon := lon0; lon <= lon1+1e-9; lon += step {
		var ls orb.LineString
		for lat := lat0; lat <= lat1+1e-9; lat++ {
			ls = append(ls, orb.Point{lon, lat})
		}
		out = append(out, ls)
	}
	for lat := lat0; lat <= lat1+1e-9; lat += step {
		var ls orb.LineString
		for lon := lon0; lon <= lon1+1e-9; lon++ {
			ls = append(ls, orb.Point{lon, lat})
		}
		out = append(out, ls)
	}
	return out
}

// graticule makes the graticule of s.Graticule degrees for the view, thin
// and translucent, if it is not made yet; false when none is drawn.
func (r *Renderer) graticule(s Style) bool {
	if s.Graticule <= 0 {
		return false
	}
	scale := s.scale()
	v := r.view
	g := &r.grat
	if g.view != v || g.step != s.Graticule || g.scale != scale || g.sl.buckets == nil {
		g.view, g.step, g.scale = v, s.Graticule, scale
		sl := &g.sl
		sl.reset(v.Width, v.Height)
		var pts [][2]float64
		for _, ls := range graticuleLines(v.Bound(), s.Graticule) {
			pts = pts[:0]
			for _, p := range ls {
				x, y := v.Pixel(p)
				pts = append(pts, [2]float64{x, y})
			}
			sl.polyline(pts, lineStyle{width: scale})
		}
	}
	g.col[0], g.op[0] = pack(s.theme().Label), 102
	return true
}
