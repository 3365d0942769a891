package geodata

import (
	"math"
	"slices"

	"github.com/paulmach/orb"
)

// edgeIndex answers whether a multipolygon contains a point by testing
// only the ring segments near the point's longitude, with the answer of
// orb/planar's MultiPolygonContains (the same test, on every segment that
// can change it).
//
// planar's test casts a vertical ray from the point: a segment counts only
// if its x range (closed) holds the point's x. The index cuts the
// multipolygon's x range into slabs and lists in each slab the segments
// whose x range meets it, so the segments that count for a point are
// among those of its slab. A slab's segments are sorted by ring, the
// rings numbered polygon by polygon, outer ring first.
type edgeIndex struct {
	x0, w float64 // the first slab's left edge, and the slabs' width
	start []int32 // the segments of slab k are segs[start[k]:start[k+1]]
	segs  []edgeRef
	rings []indexedRing
}

// edgeRef is a ring segment: ring, and the index of its first point (the
// segment runs to the next, or from the last point back to the first).
type edgeRef struct{ ring, i int32 }

type indexedRing struct {
	pts   orb.Ring
	bound orb.Bound
	poly  int32
	outer bool // the polygon's first ring
}

// segmentsPerSlab is about how many segments an index has per slab: a
// piece of n segments has n/segmentsPerSlab slabs, so that a point tests a
// few dozen segments whatever the size of the piece. Narrower slabs list
// a long segment in more of them: on the bundled data, 8 makes 189,000
// entries of 116,000 segments (1.5 MB); 4 would make 2.1 MB for a fifth
// less time, 16 1.2 MB for a third more.
const segmentsPerSlab = 8

// newEdgeIndex indexes the segments of mp.
func newEdgeIndex(mp orb.MultiPolygon) *edgeIndex {
	ix := &edgeIndex{}
	nseg := 0
	b := noBound
	for pi, pg := range mp {
		for j, r := range pg {
			if len(r) == 0 {
				continue
			}
			rb := ringBound(r)
			ix.rings = append(ix.rings, indexedRing{pts: r, bound: rb, poly: int32(pi), outer: j == 0})
			b = unionBound(b, rb)
			nseg += ringSegments(r)
		}
	}
	if len(ix.rings) == 0 {
		return ix
	}
	n := max(1, min(nseg/segmentsPerSlab, 1<<16))
	ix.x0 = b.Min[0]
	ix.w = (b.Max[0] - b.Min[0]) / float64(n)
	if ix.w <= 0 {
		n, ix.w = 1, 1
	}
	ix.start = make([]int32, n+1)
	// Count, then place: slab by slab, in order of ring and segment.
	each := func(f func(ref edgeRef, lo, hi int)) {
		for ri, ir := range ix.rings {
			r := ir.pts
			for i := range ringSegments(r) {
				s, e := r[i][0], r[(i+1)%len(r)][0]
				lo, hi := ix.slab(min(s, e), n), ix.slab(max(s, e), n)
				f(edgeRef{int32(ri), int32(i)}, lo, hi)
			}
		}
	}
	each(func(_ edgeRef, lo, hi int) {
		for k := lo; k <= hi; k++ {
			ix.start[k+1]++
		}
	})
	for k := 1; k <= n; k++ {
		ix.start[k] += ix.start[k-1]
	}
	ix.segs = make([]edgeRef, ix.start[n])
	next := slices.Clone(ix.start[:n])
	each(func(ref edgeRef, lo, hi int) {
		for k := lo; k <= hi; k++ {
			ix.segs[next[k]] = ref
			next[k]++
		}
	})
	return ix
}

// ringSegments is the number of segments planar's test walks in r: one
// per pair of consecutive points, and the closing one when the ring is
// not closed.
func ringSegments(r orb.Ring) int {
	if len(r) < 2 {
		return len(r)
	}
	if r[0] != r[len(r)-1] {
		return len(r)
	}
	return len(r) - 1
}

// slab returns the slab of longitude x, clamped to the n slabs: the same
// monotone formula for segments and points, so that a segment whose x
// range holds x is listed in x's slab.
func (ix *edgeIndex) slab(x float64, n int) int {
	k := (x - ix.x0) / ix.w
	switch {
	case !(k >= 0): // also NaN
		return 0
	case k >= float64(n-1):
		return n - 1
	}
	return int(k)
}

// contains reports whether the multipolygon contains p, as
// planar.MultiPolygonContains does (a point on a ring counts as inside
// that ring, so on an outer ring it is in, on a hole it is out).
func (ix *edgeIndex) contains(p orb.Point) bool {
	if len(ix.rings) == 0 {
		return false
	}
	n := len(ix.start) - 1
	k := ix.slab(p[0], n)
	segs := ix.segs[ix.start[k]:ix.start[k+1]]
	// Walk the slab ring by ring; polygon by polygon, a polygon contains p
	// when its outer ring does and none of its holes does (rings absent
	// from the slab do not contain p).
	poly, in := int32(-1), false
	for j := 0; j < len(segs); {
		ri := segs[j].ring
		end := j + 1
		for end < len(segs) && segs[end].ring == ri {
			end++
		}
		ir := &ix.rings[ri]
		if ir.poly != poly {
			if in {
				return true
			}
			poly, in = ir.poly, false
		}
		if ir.outer || in {
			c := ringContains(ir, segs[j:end], p)
			switch {
			case ir.outer:
				in = c
			case c:
				in = false // in a hole
			}
		}
		j = end
	}
	return in
}

// ringContains is planar.RingContains on the segments segs of the ring,
// those of them that can count for p.
func ringContains(ir *indexedRing, segs []edgeRef, p orb.Point) bool {
	if !ir.bound.Contains(p) {
		return false
	}
	r := ir.pts
	c := false
	for _, s := range segs {
		inter, on := rayIntersect(p, r[s.i], r[(int(s.i)+1)%len(r)])
		if on {
			return true
		}
		if inter {
			c = !c
		}
	}
	return c
}

// rayIntersect is orb/planar's test of one segment against the vertical
// ray from p, kept identical so that the index answers as planar does:
// whether the ray crosses the segment s–e, and whether p is on it.
func rayIntersect(p, s, e orb.Point) (intersects, on bool) {
	if s[0] > e[0] {
		s, e = e, s
	}
	switch p[0] {
	case s[0]:
		if p[1] == s[1] {
			return false, true
		} else if s[0] == e[0] {
			// A vertical segment: on it when p is within.
			if s[1] > e[1] && s[1] >= p[1] && p[1] >= e[1] {
				return false, true
			}
			if e[1] > s[1] && e[1] >= p[1] && p[1] >= s[1] {
				return false, true
			}
		}
		// Through a vertex: decided just to its right.
		p[0] = math.Nextafter(p[0], math.Inf(1))
	case e[0]:
		if p[1] == e[1] {
			return false, true
		}
		p[0] = math.Nextafter(p[0], math.Inf(1))
	}
	if p[0] < s[0] || p[0] > e[0] {
		return false, false
	}
	if s[1] > e[1] {
		if p[1] > s[1] {
			return false, false
		} else if p[1] < e[1] {
			return true, false
		}
	} else {
		if p[1] > e[1] {
			return false, false
		} else if p[1] < s[1] {
			return true, false
		}
	}
	rs := (p[1] - s[1]) / (p[0] - s[0])
	ds := (e[1] - s[1]) / (e[0] - s[0])
	if rs == ds {
		return false, true
	}
	return rs <= ds, false
}
