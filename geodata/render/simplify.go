package render

import (
	"slices"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/simplify"
)

// simplifyShared returns the polygons simplified with Douglas–Peucker
// (orb/simplify) at tolerance tol, so that borders two polygons share stay
// shared: each ring is cut into arcs at its nodes (the points where more
// than two edges meet), every arc is simplified once, and each ring that
// runs along it takes the same result. A ring that shares no node is
// simplified from a canonical start, so that identical rings (an enclave
// and its hole) stay identical. Rings that shrink below a triangle vanish.
func simplifyShared(polys []orb.MultiPolygon, tol float64) []orb.MultiPolygon {
	// The distinct neighbours of every vertex, by their entries.
	type nbs struct {
		ids  [2]int32
		n    int8
		node bool
	}
	n := 0
	for _, mp := range polys {
		n += points(mp)
	}
	// Each vertex's entry, found once per vertex by its point; ids holds
	// the entries of the rings' vertices in order.
	index := make(map[orb.Point]int32, n)
	var all []nbs
	ids := make([]int32, 0, n)
	for _, mp := range polys {
		for _, pg := range mp {
			for _, r := range pg {
				for _, p := range r {
					k, ok := index[p]
					if !ok {
						k = int32(len(all))
						index[p] = k
						all = append(all, nbs{})
					}
					ids = append(ids, k)
				}
			}
		}
	}
	index = nil
	add := func(e *nbs, q int32) {
		if e.node {
			return
		}
		for i := int8(0); i < e.n; i++ {
			if e.ids[i] == q {
				return
			}
		}
		if e.n == 2 {
			e.node = true
			return
		}
		e.ids[e.n] = q
		e.n++
	}
	pos := 0
	for _, mp := range polys {
		for _, pg := range mp {
			for _, r := range pg {
				n := len(r) - 1 // r[n] == r[0]
				rid := ids[pos : pos+len(r)]
				for i := 0; i < n; i++ {
					e := &all[rid[i]]
					add(e, rid[(i+n-1)%n])
					add(e, rid[(i+1)%n])
				}
				pos += len(r)
			}
		}
	}
	dp := simplify.DouglasPeucker(tol)
	type arcKey struct {
		a, b, z orb.Point
		n       int
	}
	cache := map[arcKey]orb.LineString{}
	// simplified returns the simplified arc, the same for both directions.
	simplified := func(arc orb.LineString) orb.LineString {
		rev := less(arc[len(arc)-1], arc[0]) || (arc[len(arc)-1] == arc[0] && len(arc) > 2 && less(arc[len(arc)-2], arc[1]))
		c := arc
		if rev {
			c = reversed(arc)
		}
		k := arcKey{c[0], c[1], c[len(c)-1], len(c)}
		s, ok := cache[k]
		if !ok {
			s = dp.LineString(c.Clone())
			cache[k] = s
		}
		if rev {
			return reversed(s)
		}
		return s
	}
	out := make([]orb.MultiPolygon, len(polys))
	pos = 0
	for i, mp := range polys {
		var omp orb.MultiPolygon
		for _, pg := range mp {
			var opg orb.Polygon
			for j, r := range pg {
				rid := ids[pos : pos+len(r)]
				pos += len(r)
				sr := simplifyRing(r, func(i int) bool { return all[rid[i]].node }, simplified)
				if len(sr) < 4 {
					if j == 0 {
						break // the outer ring vanished: so does the polygon
					}
					continue
				}
				opg = append(opg, sr)
			}
			if len(opg) > 0 {
				omp = append(omp, opg)
			}
		}
		out[i] = omp
	}
	return out
}

// simplifyRing cuts a closed ring at its nodes (isNode tells by the
// vertex's index), simplifies each arc and joins them again.
func simplifyRing(r orb.Ring, isNode func(i int) bool, simplified func(orb.LineString) orb.LineString) orb.Ring {
	n := len(r) - 1
	if n < 3 {
		return r
	}
	start := -1
	for i := 0; i < n; i++ {
		if isNode(i) {
			start = i
			break
		}
	}
	if start < 0 {
		// No node: start at the smallest point, in a canonical direction.
		for i := 1; i < n; i++ {
			if less(r[i], r[max(start, 0)]) {
				start = i
			}
		}
		start = max(start, 0)
		ring := make(orb.LineString, 0, n+1)
		for i := 0; i <= n; i++ {
			ring = append(ring, r[(start+i)%n])
		}
		return orb.Ring(simplified(ring))
	}
	out := orb.Ring{r[start]}
	arc := orb.LineString{r[start]}
	for k := 1; k <= n; k++ {
		p := r[(start+k)%n]
		arc = append(arc, p)
		if isNode((start + k) % n) {
			s := simplified(arc)
			out = append(out, s[1:]...)
			arc = orb.LineString{p}
		}
	}
	return out
}

// less orders points by x, then y.
func less(a, b orb.Point) bool {
	return a[0] < b[0] || (a[0] == b[0] && a[1] < b[1])
}

// reversed returns a reversed copy of ls.
func reversed(ls orb.LineString) orb.LineString {
	out := slices.Clone(ls)
	slices.Reverse(out)
	return out
}
