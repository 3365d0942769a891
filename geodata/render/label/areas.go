package label

import (
	"container/heap"
	"math"
	"sort"
	"strconv"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/clip"
	"github.com/paulmach/orb/planar"
)

// Piece is one drawn territory of a frame, in pixels.
type Piece struct {
	// Index identifies the piece (e.g. its feature index); Neighbours refer
	// to pieces by it.
	Index int
	// Holder is the holder's name as the data spells it (the controller or
	// sovereign string, as HolderLabel takes it): pieces of one holder that
	// touch make one area. (Not geodata's COW key: that would merge the
	// General Government into Germany.)
	Holder string
	// Neighbours are the indexes of the pieces this one touches.
	Neighbours []int
	// Area is the piece's area in px².
	Area float64
	// Anchor is a good interior point (e.g. PoleOf of its largest polygon).
	Anchor orb.Point
	// Room is the width in px available for a label across Anchor (e.g.
	// ChordWidth); 0 means the width of Bounds.
	Room   float64
	Bounds orb.Bound
	// Shape is the piece in pixels, clipped to the frame (optional). When
	// the pieces of an area have shapes, the area's room is the chord
	// through its anchor across all of them, so a label may run over the
	// lines between pieces of one holder.
	Shape orb.MultiPolygon
}

// NewPiece makes the piece of a territory from its shape in pixels on a
// w×h frame: the shape is clipped to the frame (so a state reaching far
// beyond the frame is labelled where it is seen), its area summed, and its
// anchor put at the pole of inaccessibility of its largest polygon (to
// 1 px), with the chord through it as the room. A shape wholly outside the
// frame gives a piece of area 0.
func NewPiece(index int, holder string, shape orb.MultiPolygon, w, h int) Piece {
	frame := orb.Bound{Max: orb.Point{float64(w), float64(h)}}
	p := Piece{Index: index, Holder: holder}
	if !shape.Bound().Intersects(frame) {
		return p
	}
	p.Shape = clip.MultiPolygon(frame, shape.Clone())
	best, bestA := -1, 0.0
	for i, poly := range p.Shape {
		a := math.Abs(planar.Area(poly))
		p.Area += a
		if a > bestA {
			best, bestA = i, a
		}
	}
	if best < 0 {
		return p
	}
	p.Bounds = p.Shape.Bound()
	// The pole is sought on the polygon thinned to a vertex a pixel, to a
	// precision of a pixel or 1/50 of its smaller side: a label's anchor
	// needs no more, and a coast of thousands of vertices costs the search
	// dearly.
	outline := thin(p.Shape[best], 1)
	pb := outline.Bound()
	prec := math.Max(1, math.Min(pb.Max[0]-pb.Min[0], pb.Max[1]-pb.Min[1])/50)
	p.Anchor, _ = PoleOf(outline, prec)
	p.Room = ChordWidth(p.Shape[best], p.Anchor)
	return p
}

// thin returns poly without the vertices closer than tol to the last one
// kept (each ring keeps its first and last vertex): a linear pass, enough
// to make a polygon of thousands of sub-pixel vertices cheap to search.
func thin(poly orb.Polygon, tol float64) orb.Polygon {
	out := make(orb.Polygon, 0, len(poly))
	t2 := tol * tol
	for i, ring := range poly {
		if len(ring) < 8 {
			out = append(out, ring)
			continue
		}
		r := orb.Ring{ring[0]}
		for _, v := range ring[1 : len(ring)-1] {
			if planar.DistanceSquared(v, r[len(r)-1]) >= t2 {
				r = append(r, v)
			}
		}
		r = append(r, ring[len(ring)-1])
		switch {
		case len(r) >= 4:
			out = append(out, r)
		case i == 0:
			// The outer ring is under a pixel: keep the polygon as it is.
			return poly
		}
	}
	return out
}

// LinkNeighbours sets each piece's Neighbours to the pieces whose Shape
// shares a vertex with its own (to a quarter pixel): territories that tile
// the land share their border's vertices. Neighbours come out ascending.
func LinkNeighbours(pieces []Piece) {
	type key [2]int32
	at := map[key][]int{}
	for i := range pieces {
		for _, poly := range pieces[i].Shape {
			for _, ring := range poly {
				for _, v := range ring {
					k := key{int32(math.Round(v[0] * 4)), int32(math.Round(v[1] * 4))}
					if l := at[k]; len(l) == 0 || l[len(l)-1] != i {
						at[k] = append(l, i)
					}
				}
			}
		}
	}
	seen := make([]map[int]bool, len(pieces))
	for _, l := range at {
		for _, i := range l {
			for _, j := range l {
				if i == j {
					continue
				}
				if seen[i] == nil {
					seen[i] = map[int]bool{}
				}
				seen[i][pieces[j].Index] = true
			}
		}
	}
	for i := range pieces {
		pieces[i].Neighbours = pieces[i].Neighbours[:0]
		for n := range seen[i] {
			pieces[i].Neighbours = append(pieces[i].Neighbours, n)
		}
		sort.Ints(pieces[i].Neighbours)
	}
}

// Area is a connected stretch of land of one holder.
type Area struct {
	Holder string
	// Pieces are the indexes of its pieces, ascending.
	Pieces []int
	// Area is the sum of the pieces' areas in px².
	Area float64
	// Largest is the index of the largest piece; Anchor and Room are its.
	Largest int
	Anchor  orb.Point
	Room    float64
	Bounds  orb.Bound
	// Alt are the anchors of the next largest pieces (up to MaxAlternates),
	// largest first, for when the label does not fit at Anchor.
	Alt []Anchor
}

// MaxAlternates is how many further anchors an area offers.
const MaxAlternates = 3

// Candidate returns the tier-0 candidate that labels the area with text.
func (a Area) Candidate(text string) Candidate {
	return Candidate{Text: text, Tier: 0, Priority: a.Area, X: a.Anchor[0], Y: a.Anchor[1],
		MaxWidth: a.Room, Alt: a.Alt, ID: a.Holder + "#" + strconv.Itoa(a.Largest)}
}

// Areas groups pieces into areas: the connected components of the graph of
// touching pieces of one holder. Each area is anchored at the interior
// point of its largest piece (ties: the lower index). Areas come largest
// first (ties by holder, then the lowest piece index), so the order is
// stable for the same input. Neighbours naming unknown pieces are ignored.
func Areas(pieces []Piece) []Area {
	pos := make(map[int]int, len(pieces))
	for i, p := range pieces {
		pos[p.Index] = i
	}
	parent := make([]int, len(pieces))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for i, p := range pieces {
		for _, n := range p.Neighbours {
			j, ok := pos[n]
			if !ok || pieces[j].Holder != p.Holder {
				continue
			}
			a, b := find(i), find(j)
			if a != b {
				parent[max(a, b)] = min(a, b)
			}
		}
	}
	byRoot := map[int]*Area{}
	var roots []int
	for i, p := range pieces {
		r := find(i)
		a := byRoot[r]
		if a == nil {
			a = &Area{Holder: p.Holder, Largest: p.Index, Bounds: p.Bounds}
			byRoot[r] = a
			roots = append(roots, r)
		} else {
			a.Bounds = a.Bounds.Union(p.Bounds)
		}
		a.Pieces = append(a.Pieces, p.Index)
		a.Area += p.Area
		lp := pieces[pos[a.Largest]]
		if p.Area > lp.Area || (p.Area == lp.Area && p.Index < lp.Index) {
			a.Largest = p.Index
		}
	}
	out := make([]Area, 0, len(roots))
	for _, r := range roots {
		a := byRoot[r]
		sort.Ints(a.Pieces)
		lp := pieces[pos[a.Largest]]
		a.Anchor, a.Room = lp.Anchor, lp.Room
		if w := unionChord(pieces, pos, a.Pieces, a.Anchor); w > a.Room {
			a.Room = w
		}
		if a.Room <= 0 {
			a.Room = lp.Bounds.Max[0] - lp.Bounds.Min[0]
		}
		a.Alt = alternates(pieces, pos, a)
		out = append(out, *a)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Area != out[j].Area {
			return out[i].Area > out[j].Area
		}
		if out[i].Holder != out[j].Holder {
			return out[i].Holder < out[j].Holder
		}
		return out[i].Pieces[0] < out[j].Pieces[0]
	})
	return out
}

// alternates returns the anchors of a's largest pieces after the largest.
func alternates(pieces []Piece, pos map[int]int, a *Area) []Anchor {
	idx := make([]int, 0, len(a.Pieces))
	for _, i := range a.Pieces {
		if i != a.Largest && pieces[pos[i]].Area > 0 {
			idx = append(idx, i)
		}
	}
	sort.SliceStable(idx, func(i, j int) bool { return pieces[pos[idx[i]]].Area > pieces[pos[idx[j]]].Area })
	var out []Anchor
	for _, i := range idx[:min(len(idx), MaxAlternates)] {
		p := pieces[pos[i]]
		room := math.Max(p.Room, unionChord(pieces, pos, a.Pieces, p.Anchor))
		if room <= 0 {
			room = p.Bounds.Max[0] - p.Bounds.Min[0]
		}
		out = append(out, Anchor{p.Anchor[0], p.Anchor[1], room})
	}
	return out
}

// unionChord returns the length of the horizontal stretch through p inside
// the union of the shapes of the pieces with the given indexes (0 when
// they have no shapes or p is in none).
func unionChord(pieces []Piece, pos map[int]int, idx []int, p orb.Point) float64 {
	var spans [][2]float64
	for _, i := range idx {
		for _, poly := range pieces[pos[i]].Shape {
			spans = append(spans, rowSpans(poly, p[1])...)
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i][0] < spans[j][0] })
	// Merge touching stretches (shared borders meet within a pixel) and
	// return the one holding p.
	for i := 0; i < len(spans); {
		lo, hi := spans[i][0], spans[i][1]
		j := i + 1
		for j < len(spans) && spans[j][0] <= hi+1 {
			hi = math.Max(hi, spans[j][1])
			j++
		}
		if lo <= p[0] && p[0] <= hi {
			return hi - lo
		}
		i = j
	}
	return 0
}

// rowSpans returns the stretches of the line y inside poly (even-odd).
func rowSpans(poly orb.Polygon, y float64) [][2]float64 {
	var xs []float64
	for _, ring := range poly {
		for i, j := 0, len(ring)-1; i < len(ring); j, i = i, i+1 {
			a, b := ring[j], ring[i]
			if (a[1] > y) == (b[1] > y) {
				continue
			}
			xs = append(xs, a[0]+(y-a[1])*(b[0]-a[0])/(b[1]-a[1]))
		}
	}
	sort.Float64s(xs)
	var out [][2]float64
	for i := 0; i+1 < len(xs); i += 2 {
		out = append(out, [2]float64{xs[i], xs[i+1]})
	}
	return out
}

// PoleOf returns the pole of inaccessibility of a planar polygon (e.g. one
// projected to pixels): the interior point farthest from its outline
// (holes included), found to within precision, and that distance. It is the
// "polylabel" algorithm (Mapbox, 2016): a quadtree search over square cells,
// best bound first. orb has no such function (its planar package gives
// centroids, which may lie outside a concave or holed polygon). An empty or
// degenerate polygon gives its centroid, or its first point, and 0.
func PoleOf(poly orb.Polygon, precision float64) (orb.Point, float64) {
	if len(poly) == 0 || len(poly[0]) == 0 {
		return orb.Point{}, 0
	}
	b := poly.Bound()
	w, h := b.Max[0]-b.Min[0], b.Max[1]-b.Min[1]
	cell := math.Min(w, h)
	if cell == 0 {
		return poly[0][0], 0
	}
	if !(precision > 0) {
		precision = cell / 100
	}
	half := cell / 2
	q := &cellQueue{}
	for x := b.Min[0]; x < b.Max[0]; x += cell {
		for y := b.Min[1]; y < b.Max[1]; y += cell {
			heap.Push(q, newCell(orb.Point{x + half, y + half}, half, poly))
		}
	}
	// The centroid is often a good first guess.
	c, _ := planar.CentroidArea(poly)
	best := newCell(c, 0, poly)
	if bb := newCell(b.Center(), 0, poly); bb.d > best.d {
		best = bb
	}
	for q.Len() > 0 {
		cl := heap.Pop(q).(poleCell)
		if cl.d > best.d {
			best = cl
		}
		if cl.max-best.d <= precision {
			continue
		}
		h := cl.h / 2
		for _, o := range [4][2]float64{{-1, -1}, {1, -1}, {-1, 1}, {1, 1}} {
			heap.Push(q, newCell(orb.Point{cl.c[0] + o[0]*h, cl.c[1] + o[1]*h}, h, poly))
		}
	}
	if best.d <= 0 {
		return c, 0
	}
	return best.c, best.d
}

// poleCell is a square cell: centre, half side, signed distance of the
// centre to the outline (negative outside) and the most any point of the
// cell can have.
type poleCell struct {
	c      orb.Point
	h, d   float64
	max    float64
	serial int
}

func newCell(c orb.Point, h float64, poly orb.Polygon) poleCell {
	d := signedDistance(poly, c)
	return poleCell{c: c, h: h, d: d, max: d + h*math.Sqrt2}
}

// signedDistance returns the distance from p to poly's outline (holes
// included), negative when p is outside (even-odd), in one pass over the
// segments.
func signedDistance(poly orb.Polygon, p orb.Point) float64 {
	inside := false
	best := math.Inf(1)
	for _, ring := range poly {
		for i, j := 0, len(ring)-1; i < len(ring); j, i = i, i+1 {
			a, b := ring[i], ring[j]
			if (a[1] > p[1]) != (b[1] > p[1]) && p[0] < (b[0]-a[0])*(p[1]-a[1])/(b[1]-a[1])+a[0] {
				inside = !inside
			}
			if d := planar.DistanceFromSegmentSquared(a, b, p); d < best {
				best = d
			}
		}
	}
	d := math.Sqrt(best)
	if !inside {
		d = -d
	}
	return d
}

type cellQueue []poleCell

func (q cellQueue) Len() int { return len(q) }
func (q cellQueue) Less(i, j int) bool {
	if q[i].max != q[j].max {
		return q[i].max > q[j].max
	}
	return q[i].serial < q[j].serial
}
func (q cellQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *cellQueue) Push(x any) {
	c := x.(poleCell)
	c.serial = len(*q)
	*q = append(*q, c)
}
func (q *cellQueue) Pop() any {
	old := *q
	c := old[len(old)-1]
	*q = old[:len(old)-1]
	return c
}

// ChordWidth returns the length of the horizontal chord of poly through p:
// the inside stretch of the line y = p[1] that contains p (0 when p is
// outside). It is the room a one-line label centred on p has.
func ChordWidth(poly orb.Polygon, p orb.Point) float64 {
	if !planar.PolygonContains(poly, p) {
		return 0
	}
	left, right := math.Inf(-1), math.Inf(1)
	y := p[1]
	for _, ring := range poly {
		for i, j := 0, len(ring)-1; i < len(ring); j, i = i, i+1 {
			a, b := ring[j], ring[i]
			if (a[1] > y) == (b[1] > y) {
				continue
			}
			x := a[0] + (y-a[1])*(b[0]-a[0])/(b[1]-a[1])
			if x <= p[0] && x > left {
				left = x
			}
			if x >= p[0] && x < right {
				right = x
			}
		}
	}
	if math.IsInf(left, 0) || math.IsInf(right, 0) {
		return 0
	}
	return right - left
}
