package geodata

import (
	"math"
	"slices"

	"github.com/paulmach/orb"
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
func (r *Renderer) buildBorders(g *lodLevelData) {
	a := r.atlas
	units := max(1, min(borderUnits, len(a.pieces)+1))
	for len(r.bbs) < units {
		r.bbs = append(r.bbs, &borderBuilder{pairs: map[idPair]uint16{}})
	}
	bs := r.bbs[:units]
	r.borders = bs
	work := g.partition(units)
	parallel(units, func(k int) {
		b := bs[k]
		b.r = r
		b.sl.reset(r.view.Width, r.view.Height)
		clear(b.pairs)
		b.list = b.list[:0]
		for _, pi := range work[k] {
			switch {
			case pi == len(a.pieces):
				if g.land != nil {
					b.rings(g.land, r.pixels(pi), 1, g.topo.landShared)
				}
			case r.boundVisible(a.pieces[pi].pbound):
				b.rings(g.pieces[pi], r.pixels(pi), uint16(pi+2), g.topo.partner[pi])
			}
		}
	})
}

// boundVisible reports whether a projected bound is in the view.
func (r *Renderer) boundVisible(b orb.Bound) bool {
	v := r.view
	x0, y1 := v.ToPixel(b.Min)
	x1, y0 := v.ToPixel(b.Max)
	return x1 >= -1 && y1 >= -1 && x0 <= float64(v.Width)+1 && y0 <= float64(v.Height)+1
}

// rings adds the border pixels of the rings of mp, which belong to id.
// across holds, per segment, what the topology knows of its other side:
// for a piece, the index of the piece across, -2 for the sea, -1 if not
// known (then the side is looked up in the view); for the land (id 1), non-zero where a piece
// runs along the segment. A border two pieces share is drawn once, from
// the piece with the lower id; the land draws only its coast with the sea.
func (b *borderBuilder) rings(mp orb.MultiPolygon, px [][2]float64, id uint16, across []int32) {
	v := b.r.view
	a := b.r.atlas
	scale := max(1, b.r.scale)
	w, h := float64(v.Width), float64(v.Height)
	si := 0 // segment index in across
	lastPair, lastStyle := idPair{}, uint16(0)
	for _, pg := range mp {
		for j, ring := range pg {
			pts := px[:len(ring)]
			px = px[len(ring):]
			area := 0.0
			for k := 1; k < len(pts); k++ {
				area += pts[k-1][0]*pts[k][1] - pts[k][0]*pts[k-1][1]
			}
			// The ring encloses what lies left of it (towards the normal
			// (-dy, dx)) when its area is positive; the polygon is inside its
			// outer ring and outside its holes.
			inLeft := (area > 0) == (j == 0)
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
				if other >= 2 && (a.pieces[id-2].roughly || a.pieces[other-2].roughly) {
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

// topology says what lies across each ring segment: for the pieces, the
// piece across, or -2 for the sea (the segment is on the land's coast),
// or -1 when not known (the sea or land outside the data: looked up in
// the view); for the land, 1 where a piece has the segment (its coast).
type topology struct {
	partner    [][]int32 // by piece, by segment of its rings in order
	landShared []int32   // by segment of the land's rings in order
}

// topologyOf finds the topology of pieces and land: shared borders are
// the same segments run in opposite directions.
func topologyOf(pieces []orb.MultiPolygon, land orb.MultiPolygon) topology {
	// Points numbered once each; a segment is then the pair of numbers.
	n := points(land)
	for _, mp := range pieces {
		n += points(mp)
	}
	num := make(map[orb.Point]uint32, n)
	id := func(p orb.Point) uint64 {
		k, ok := num[p]
		if !ok {
			k = uint32(len(num))
			num[p] = k
		}
		return uint64(k)
	}
	each := func(mp orb.MultiPolygon, f func(seg uint64, rev uint64)) {
		for _, pg := range mp {
			for _, r := range pg {
				if len(r) < 2 {
					continue
				}
				prev := id(r[0])
				for k := 1; k < len(r); k++ {
					cur := id(r[k])
					f(prev<<32|cur, cur<<32|prev)
					prev = cur
				}
			}
		}
	}
	own := make(map[uint64]int32, n)
	for pi, mp := range pieces {
		each(mp, func(s, _ uint64) { own[s] = int32(pi) })
	}
	coast := map[uint64]bool{}
	each(land, func(s, rev uint64) { coast[s], coast[rev] = true, true })
	t := topology{partner: make([][]int32, len(pieces))}
	for pi, mp := range pieces {
		var across []int32
		each(mp, func(s, rev uint64) {
			o, ok := own[rev]
			switch {
			case ok && o != int32(pi):
			case coast[s]:
				o = -2 // along the land's coast: the sea is across
			default:
				o = -1
			}
			across = append(across, o)
		})
		t.partner[pi] = across
	}
	each(land, func(s, rev uint64) {
		_, same := own[s]
		_, opposite := own[rev]
		if same || opposite {
			t.landShared = append(t.landShared, 1)
		} else {
			t.landShared = append(t.landShared, 0)
		}
	})
	return t
}

// partition splits the pieces, and the land (index len(pieces)), into n
// groups of about the same number of segments (largest first), the same
// way every time.
func (g *lodLevelData) partition(n int) [][]int {
	type item struct{ i, cost int }
	items := make([]item, 0, len(g.pieces)+1)
	for i, mp := range g.pieces {
		items = append(items, item{i, points(mp)})
	}
	items = append(items, item{len(g.pieces), points(g.land)})
	slices.SortStableFunc(items, func(a, b item) int { return b.cost - a.cost })
	out := make([][]int, n)
	load := make([]int, n)
	for _, it := range items {
		k := 0
		for j := range load {
			if load[j] < load[k] {
				k = j
			}
		}
		out[k] = append(out[k], it.i)
		load[k] += it.cost
	}
	return out
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
func (b *borderBuilder) pairColors(key []uint32, apx []bool, border, coast, selEdge, hlEdge uint32) {
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
		case (k|ko)&2 != 0:
			c = selEdge
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
