package render

import (
	"math"

	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/geodata/internal/parallel"
)

// Borders are drawn as antialiased lines along the pieces' rings (see
// strokes.go), made once per view, each styled by the pair of ids it
// separates: the topology of the rings tells the piece across a shared
// border; elsewhere the two sides are looked up in the view. Painting a
// date draws the pairs whose two sides differ on that date.

// idPair is the two ids a border separates, lower first.
type idPair struct{ a, b uint16 }

// dashLen is the length in pixels of the dashes and gaps of a border
// known only roughly.
const dashLen = 4

// borderBuilder collects the border strokes of some rings; one goroutine
// uses it.
type borderBuilder struct {
	r     *Renderer
	pairs map[idPair]uint16
	list  []idPair
	sl    strokeList
	// col and dash are this date's colour (0: none) and dashing of each
	// pair's border.
	col  []uint32
	dash []bool
}

// borderUnits is how many groups of rings the borders are made in, each
// by whichever core is free, each with its own strokes and pairs. More
// groups than cores balance the work, which is not known in advance (it
// depends on what the view shows).
const borderUnits = 16

// buildBorders makes r.borders for the current view from the rings of
// every piece and of the land backdrop of geometry g, in parallel.
func (r *Renderer) buildBorders(g *level) {
	np := len(r.scene.pieces)
	units := max(1, min(borderUnits, np+1))
	for len(r.bbs) < units {
		r.bbs = append(r.bbs, &borderBuilder{pairs: map[idPair]uint16{}})
	}
	bs := r.bbs[:units]
	r.borders = bs
	work := g.partition(units)
	parallel.For(units, func(k int) {
		b := bs[k]
		b.r = r
		b.sl.reset(r.view.Width, r.view.Height)
		clear(b.pairs)
		b.list = b.list[:0]
		for _, pi := range work[k] {
			switch {
			case pi == np:
				if g.land != nil {
					b.rings(g.land, r.pixels(pi), 1, g.topo.landShared)
				}
			case r.boundVisible(r.scene.bounds[pi]):
				b.rings(g.pieces[pi], r.pixels(pi), uint16(pi+2), g.topo.partner[pi])
			}
		}
	})
}

// boundVisible reports whether a projected bound is in the view.
func (r *Renderer) boundVisible(b orb.Bound) bool {
	v := r.view
	pb := v.PixelBound(b)
	return pb.Max[0] >= -1 && pb.Max[1] >= -1 && pb.Min[0] <= float64(v.Width)+1 && pb.Min[1] <= float64(v.Height)+1
}

// rings adds the border pixels of the rings of mp, which belong to id.
// across holds, per segment, what the topology knows of its other side:
// for a piece, the index of the piece across, -2 for the sea, -1 if not
// known (then the side is looked up in the view); for the land (id 1), non-zero where a piece
// runs along the segment. A border two pieces share is drawn once, from
// the piece with the lower id; the land draws only its coast with the sea.
func (b *borderBuilder) rings(mp orb.MultiPolygon, px [][2]float64, id uint16, across []int32) {
	v := b.r.view
	rough := b.r.scene.rough
	scale := max(1, b.r.scale)
	w, h := float64(v.Width), float64(v.Height)
	si := 0 // segment index in across
	lastPair, lastStyle := idPair{}, uint16(0)
	for _, pg := range mp {
		for j, ring := range pg {
			pts := px[:len(ring)]
			px = px[len(ring):]
			inLeft := insideLeft(pts, j == 0)
			b.sl.begin()
			// Distance along the ring's dashed segments, for the dashes.
			along := 0.0
			for k := 1; k < len(pts); k, si = k+1, si+1 {
				b.sl.closing = k == len(pts)-1
				p, q := pts[k-1], pts[k]
				if p == q || max(p[0], q[0]) < -1 || min(p[0], q[0]) > w+1 ||
					max(p[1], q[1]) < -1 || min(p[1], q[1]) > h+1 {
					continue
				}
				var other uint16
				switch {
				case id == 1 && across[si] != 0:
					continue // a piece's coast: the piece's ring has it
				case id >= 2 && across[si] >= 0:
					other = uint16(across[si] + 2)
				case id >= 2 && across[si] == -2:
					other = 0 // the sea
				default:
					var ok bool
					other, ok = b.outside(p, q, inLeft)
					if !ok || other == id {
						continue
					}
					if id == 1 && other != 0 {
						continue // land meets a piece: the piece's ring has it
					}
				}
				if other >= 2 && other < id {
					continue // the other piece's ring has it
				}
				pair := idPair{min(id, other), max(id, other)}
				pi := lastStyle
				if pair != lastPair {
					var ok bool
					pi, ok = b.pairs[pair]
					if !ok {
						if len(b.list) == maxStyles {
							continue // more pairs than styles: not drawn
						}
						pi = uint16(len(b.list))
						b.pairs[pair] = pi
						b.list = append(b.list, pair)
					}
					lastPair, lastStyle = pair, pi
				}
				ls := lineStyle{width: scale, style: pi}
				l, start := 0.0, along
				if other >= 2 && (rough[id-2] || rough[other-2]) {
					// Dashed on the dates either side is approximate.
					ls.dash, ls.mark = dashLen*scale, true
					l = math.Hypot(q[0]-p[0], q[1]-p[1])
					along += l
				}
				b.sl.segment(p, q, l, start, ls)
			}
		}
	}
}

// insideLeft reports whether the polygon lies left of its ring pts
// (towards the normal (-dy, dx)): a ring encloses what lies left of it
// when its area is positive, and the polygon is inside its outer ring
// and outside its holes.
func insideLeft(pts [][2]float64, outer bool) bool {
	area := 0.0
	for k := 1; k < len(pts); k++ {
		area += pts[k-1][0]*pts[k][1] - pts[k][0]*pts[k-1][1]
	}
	return (area > 0) == outer
}

// outside returns the id just outside the polygon across the middle of
// its ring's segment pq, whose inside is on the left when
// inLeft; where the segment leaves the view, across the middle of its
// visible part.
func (b *borderBuilder) outside(p, q [2]float64, inLeft bool) (uint16, bool) {
	v := b.r.view
	w, h := float64(v.Width), float64(v.Height)
	t := 0.5
	if min(p[0], q[0]) < 0 || min(p[1], q[1]) < 0 || max(p[0], q[0]) > w || max(p[1], q[1]) > h {
		t0, t1, ok := clipSegment(p, q, w, h)
		if !ok {
			return 0, false
		}
		t = (t0 + t1) / 2
	}
	mx, my := p[0]+(q[0]-p[0])*t, p[1]+(q[1]-p[1])*t
	l := math.Hypot(q[0]-p[0], q[1]-p[1])
	nx, ny := -(q[1]-p[1])/l*0.7, (q[0]-p[0])/l*0.7
	if inLeft {
		nx, ny = -nx, -ny
	}
	return b.r.idAtPoint(mx+nx, my+ny), true
}

// clipSegment returns the part [t0, t1] of segment pq (pixels) inside
// the view w×h (Liang–Barsky).
func clipSegment(p, q [2]float64, w, h float64) (float64, float64, bool) {
	t0, t1 := 0.0, 1.0
	dx, dy := q[0]-p[0], q[1]-p[1]
	for _, c := range [4][2]float64{{-dx, p[0]}, {dx, w - p[0]}, {-dy, p[1]}, {dy, h - p[1]}} {
		pp, qq := c[0], c[1]
		if pp == 0 {
			if qq < 0 {
				return 0, 0, false
			}
			continue
		}
		t := qq / pp
		if pp < 0 {
			t0 = math.Max(t0, t)
		} else {
			t1 = math.Min(t1, t)
		}
	}
	return t0, t1, t0 <= t1
}

// idAtPoint returns the id drawn at point (x, y) in pixels, clamped to
// the view.
func (r *Renderer) idAtPoint(x, y float64) uint16 {
	v := r.view
	ix := min(max(floor(x), 0), v.Width-1)
	iy := min(max(floor(y), 0), v.Height-1)
	return r.idAt(iy*v.Width + ix)
}

// pairColors sets, for this date's keys, the colour of each pair's border
// (0 where its two sides do not differ) and whether it is dashed.
func (b *borderBuilder) pairColors(key []uint32, apx []bool, border, coast, hlEdge uint32) {
	b.col = resize(b.col, len(b.list))
	b.dash = resize(b.dash, len(b.list))
	for i, p := range b.list {
		k, ko := key[p.a], key[p.b]
		if k == ko {
			b.col[i] = 0
			continue
		}
		// A border known only roughly is dashed; a coast never is.
		b.dash[i] = k != 0 && ko != 0 && (apx[p.a] || apx[p.b])
		var c uint32
		switch {
		case k == 0 || ko == 0:
			c = coast
		case (k^ko)&1 != 0 && k>>3 == ko>>3:
			c = hlEdge
		default:
			c = border
		}
		b.col[i] = c
	}
}
