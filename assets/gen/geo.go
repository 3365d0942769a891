package main

import (
	"fmt"
	"math"
	"sort"

	"github.com/peterstace/simplefeatures/geom"
)

// Extent of the atlas.
const (
	minLon, maxLon = -25.0, 65.0
	minLat, maxLat = 25.0, 72.0
)

func extentPolygon() geom.Geometry {
	return box(minLon, minLat, maxLon, maxLat)
}

func box(x0, y0, x1, y1 float64) geom.Geometry {
	seq := geom.NewSequence([]float64{x0, y0, x1, y0, x1, y1, x0, y1, x0, y0}, geom.DimXY)
	return geom.NewPolygon([]geom.LineString{geom.NewLineString(seq)}).AsGeometry()
}

// unwrapRing adds 360° to the far-western longitudes (below −90°) of a ring
// that crosses the antimeridian (a jump of more than 180° between consecutive
// points): Russia's Chukotka, Fiji, and in land-50m the whole Afro-Eurasian
// ring, whose European coast west of Greenwich must stay where it is.
func unwrapRing(r ring) ring {
	crosses := false
	for i := 1; i < len(r); i++ {
		if math.Abs(r[i][0]-r[i-1][0]) > 180 {
			crosses = true
			break
		}
	}
	if !crosses {
		return r
	}
	out := make(ring, len(r))
	for i, p := range r {
		if p[0] < -90 {
			p[0] += 360
		}
		out[i] = p
	}
	return out
}

func lonSpan(r ring) float64 {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, p := range r {
		lo = math.Min(lo, p[0])
		hi = math.Max(hi, p[0])
	}
	return hi - lo
}

func ringToLS(r ring) geom.LineString {
	flat := make([]float64, 0, 2*len(r)+2)
	for _, p := range r {
		flat = append(flat, p[0], p[1])
	}
	if len(r) > 0 && r[0] != r[len(r)-1] {
		flat = append(flat, r[0][0], r[0][1])
	}
	return geom.NewLineString(geom.NewSequence(flat, geom.DimXY))
}

// featureGeometry turns a decoded TopoJSON feature into a valid geometry
// clipped to the extent. Polygons are handled one by one so that a single
// invalid one does not spoil the rest. Natural Earth 1:10m has rings that
// touch themselves at a vertex (a pinch, e.g. Greece at the Prespa lakes):
// each ring is split into simple loops first (simpleLoops).
func featureGeometry(f topoFeature, clip geom.Geometry) (geom.Geometry, error) {
	var parts []geom.Geometry
	env := clip.Envelope()
	for _, p := range f.Polygons {
		var shells, holes []geom.Geometry
		for i, r := range p {
			if len(r) < 4 {
				continue
			}
			u := unwrapRing(r)
			if math.Abs(ringArea(u)) < 1e-9 {
				// Degenerate (collinear) ring, e.g. one in land-50m north of
				// Novaya Zemlya: the overlay would misread it.
				if i == 0 {
					shells = nil
					break
				}
				continue
			}
			if i == 0 && lonSpan(u) > 270 {
				// A sliver along the antimeridian (e.g. in land-50m): far
				// outside the extent, but unwrapped it would span the globe.
				shells = nil
				break
			}
			if !ringEnvelope(u).Intersects(env) {
				if i == 0 {
					shells = nil
					break
				}
				continue
			}
			// The ring's own orientation is that of its largest loop; a loop
			// turning the other way is a hole of an exterior ring (or a piece
			// of land of a hole).
			if geom.NewPolygon([]geom.LineString{ringToLS(u)}).Validate() != nil {
				u = nodeRing(u)
			}
			loops := simpleLoops(u)
			sign := math.Signbit(ringArea(u))
			for _, l := range loops {
				if math.Abs(ringArea(l)) < 1e-12 {
					continue
				}
				if !ringEnvelope(l).Intersects(env) {
					continue
				}
				g, err := geom.Intersection(geom.NewPolygon([]geom.LineString{ringToLS(l)}).AsGeometry(), clip)
				if err != nil {
					return geom.Geometry{}, fmt.Errorf("%s: clip: %w", f.Name, err)
				}
				if g.IsEmpty() {
					continue
				}
				if (math.Signbit(ringArea(l)) == sign) == (i == 0) {
					shells = append(shells, g)
				} else {
					holes = append(holes, g)
				}
			}
		}
		if len(shells) == 0 {
			continue
		}
		// Each loop was clipped to the extent first: rings that touch
		// themselves far outside it (e.g. Eurasia unwrapped at 180°) do not
		// reach the overlay.
		c := union(shells...)
		if len(holes) > 0 {
			c = diff(c, union(holes...))
		}
		if !c.IsEmpty() {
			parts = append(parts, c)
		}
	}
	if len(parts) == 0 {
		return geom.Geometry{}, nil
	}
	return geom.UnionMany(parts)
}

// ringEnvelope is the bounding box of a ring.
func ringEnvelope(r ring) geom.Envelope {
	env := geom.Envelope{}
	for _, p := range r {
		env = env.ExpandToIncludeXY(geom.XY{X: p[0], Y: p[1]})
	}
	return env
}

// simpleLoops splits a closed ring at the vertices it passes twice into
// loops that pass no vertex twice. A ring that is simple comes back as
// itself.
func simpleLoops(r ring) []ring {
	pts := r
	if len(pts) > 1 && pts[0] == pts[len(pts)-1] {
		pts = pts[:len(pts)-1]
	}
	var loops []ring
	var stack ring
	at := map[[2]float64]int{}
	for _, p := range pts {
		if i, ok := at[p]; ok {
			loop := append(ring{}, stack[i:]...)
			loop = append(loop, p)
			if len(loop) >= 4 {
				loops = append(loops, loop)
			}
			for _, q := range stack[i+1:] {
				delete(at, q)
			}
			stack = stack[:i+1]
			continue
		}
		at[p] = len(stack)
		stack = append(stack, p)
	}
	if len(stack) >= 3 {
		loops = append(loops, append(stack, stack[0]))
	}
	return loops
}

func must(g geom.Geometry, err error) geom.Geometry {
	if err != nil {
		panic(err)
	}
	return g
}

func inter(a, b geom.Geometry) geom.Geometry { return areal(must(geom.Intersection(a, b))) }
func diff(a, b geom.Geometry) geom.Geometry  { return areal(must(geom.Difference(a, b))) }
func union(gs ...geom.Geometry) geom.Geometry {
	var ne []geom.Geometry
	for _, g := range gs {
		if !g.IsEmpty() {
			ne = append(ne, g)
		}
	}
	if len(ne) == 0 {
		return geom.Geometry{}
	}
	return areal(must(geom.UnionMany(ne)))
}

// areal keeps only the polygonal parts of a set-operation result.
func areal(g geom.Geometry) geom.Geometry {
	var polys []geom.Polygon
	for _, p := range g.Dump() {
		if pp, ok := p.AsPolygon(); ok && !pp.IsEmpty() {
			polys = append(polys, pp)
		}
	}
	if len(polys) == 0 {
		return geom.Geometry{}
	}
	if len(polys) == 1 {
		return polys[0].AsGeometry()
	}
	return geom.NewMultiPolygon(polys).AsGeometry()
}

// linear keeps only the lines of a result, as a MultiLineString.
func linear(g geom.Geometry) geom.Geometry {
	var ls []geom.LineString
	for _, p := range g.Dump() {
		if l, ok := p.AsLineString(); ok && !l.IsEmpty() {
			ls = append(ls, l)
		}
	}
	if len(ls) == 0 {
		return geom.Geometry{}
	}
	return geom.NewMultiLineString(ls).AsGeometry()
}

func round4(v float64) float64 {
	r := math.Round(v*1e4) / 1e4
	if r == 0 {
		return 0 // no negative zero
	}
	return r
}

// roundedPolygons returns the polygons of g as rounded coordinate rings,
// dropping repeated points and rings that collapse, in a stable order.
func roundedPolygons(g geom.Geometry) [][][][2]float64 {
	var out [][][][2]float64
	for _, part := range g.Dump() {
		p, ok := part.AsPolygon()
		if !ok || p.IsEmpty() {
			continue
		}
		var rings [][][2]float64
		for i := 0; i < p.NumRings(); i++ {
			var r geom.LineString
			if i == 0 {
				r = p.ExteriorRing()
			} else {
				r = p.InteriorRingN(i - 1)
			}
			rr := despike(roundSeq(r.Coordinates()))
			if len(rr) < 4 || math.Abs(ringArea(rr)) < 1e-9 {
				if i == 0 {
					rings = nil
					break
				}
				continue
			}
			// RFC 7946: exterior counter-clockwise, holes clockwise.
			ccw := ringArea(rr) > 0
			if (i == 0) != ccw {
				reverse(rr)
			}
			rings = append(rings, rr)
		}
		if len(rings) > 0 {
			out = append(out, rings)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i][0][0], out[j][0][0]
		if a[0] != b[0] {
			return a[0] < b[0]
		}
		return a[1] < b[1]
	})
	return out
}

func roundSeq(s geom.Sequence) [][2]float64 {
	var out [][2]float64
	for i := 0; i < s.Length(); i++ {
		xy := s.GetXY(i)
		p := [2]float64{round4(xy.X), round4(xy.Y)}
		if len(out) > 0 && out[len(out)-1] == p {
			continue
		}
		out = append(out, p)
	}
	return out
}

func ringArea(r [][2]float64) float64 {
	var a float64
	for i := 0; i+1 < len(r); i++ {
		a += r[i][0]*r[i+1][1] - r[i+1][0]*r[i][1]
	}
	return a / 2
}

func reverse(r [][2]float64) {
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
}

// despike removes from a closed ring the vertices where it turns straight
// back on itself (a, b, c collinear with c back towards a): zero-width
// spikes that rounding to the output grid can leave, and that the loader
// rejects as a ring crossing itself.
func despike(r [][2]float64) [][2]float64 {
	if len(r) < 4 {
		return r
	}
	pts := append([][2]float64(nil), r[:len(r)-1]...) // open
	for changed := true; changed && len(pts) >= 3; {
		changed = false
		for i := 0; i < len(pts) && len(pts) >= 3; i++ {
			a, b, c := pts[(i+len(pts)-1)%len(pts)], pts[i], pts[(i+1)%len(pts)]
			cross := (b[0]-a[0])*(c[1]-a[1]) - (b[1]-a[1])*(c[0]-a[0])
			dot := (b[0]-a[0])*(c[0]-b[0]) + (b[1]-a[1])*(c[1]-b[1])
			if a == b || (cross == 0 && dot < 0) {
				pts = append(pts[:i], pts[i+1:]...)
				changed = true
				i--
			}
		}
	}
	// Drop neighbours that became equal.
	var out [][2]float64
	for _, p := range pts {
		if len(out) == 0 || out[len(out)-1] != p {
			out = append(out, p)
		}
	}
	if len(out) > 1 && out[0] == out[len(out)-1] {
		out = out[:len(out)-1]
	}
	if len(out) < 3 {
		return nil
	}
	return append(out, out[0])
}

// nodeRing inserts a vertex wherever two non-adjacent segments of a closed
// ring cross or touch, the same point into both, so that simpleLoops can
// split the ring there. Only rings that fail validation are noded. The
// candidate pairs come from a sweep over the segments sorted by their
// western end, so a ring of n segments costs about n log n, not n².
func nodeRing(r ring) ring {
	n := len(r) - 1 // segments r[i]→r[i+1]
	type cut struct {
		t float64
		p [2]float64
	}
	type box struct{ x0, x1, y0, y1 float64 }
	boxes := make([]box, n)
	order := make([]int, n)
	for i := 0; i < n; i++ {
		a, b := r[i], r[i+1]
		bx := box{a[0], b[0], a[1], b[1]}
		if bx.x0 > bx.x1 {
			bx.x0, bx.x1 = bx.x1, bx.x0
		}
		if bx.y0 > bx.y1 {
			bx.y0, bx.y1 = bx.y1, bx.y0
		}
		boxes[i] = bx
		order[i] = i
	}
	sort.Slice(order, func(x, y int) bool {
		bx, by := boxes[order[x]], boxes[order[y]]
		if bx.x0 != by.x0 {
			return bx.x0 < by.x0
		}
		return order[x] < order[y]
	})
	cuts := make([][]cut, n)
	for k, i0 := range order {
		bi := boxes[i0]
		for _, j0 := range order[k+1:] {
			bj := boxes[j0]
			if bj.x0 > bi.x1 {
				break
			}
			if bi.y1 < bj.y0 || bj.y1 < bi.y0 {
				continue
			}
			i, j := i0, j0
			if i > j {
				i, j = j, i
			}
			if j == i+1 || (i == 0 && j == n-1) {
				continue // adjacent (also through the closing point)
			}
			a, b := r[i], r[i+1]
			c, d := r[j], r[j+1]
			rx, ry := b[0]-a[0], b[1]-a[1]
			sx, sy := d[0]-c[0], d[1]-c[1]
			den := rx*sy - ry*sx
			if den == 0 {
				continue // parallel: collinear overlaps are left to the loops
			}
			qx, qy := c[0]-a[0], c[1]-a[1]
			t := (qx*sy - qy*sx) / den
			u := (qx*ry - qy*rx) / den
			if t < 0 || t > 1 || u < 0 || u > 1 {
				continue
			}
			p := [2]float64{a[0] + t*rx, a[1] + t*ry}
			switch {
			case t == 0:
				p = a
			case t == 1:
				p = b
			case u == 0:
				p = c
			case u == 1:
				p = d
			}
			cuts[i] = append(cuts[i], cut{t, p})
			cuts[j] = append(cuts[j], cut{u, p})
		}
	}
	out := make(ring, 0, len(r)+8)
	for i := 0; i < n; i++ {
		out = append(out, r[i])
		cs := cuts[i]
		sort.Slice(cs, func(x, y int) bool {
			if cs[x].t != cs[y].t {
				return cs[x].t < cs[y].t
			}
			if cs[x].p[0] != cs[y].p[0] {
				return cs[x].p[0] < cs[y].p[0]
			}
			return cs[x].p[1] < cs[y].p[1]
		})
		for _, c := range cs {
			if c.p != out[len(out)-1] && c.p != r[i+1] {
				out = append(out, c.p)
			}
		}
	}
	return append(out, r[n])
}
