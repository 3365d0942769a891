package geodata

import (
	"math"

	"github.com/paulmach/orb"
)

// ringCrossing returns the indices of two segments of r that properly
// cross (they meet at a point inside both, or overlap, or one turns straight
// back along the other), or -1, -1.
// Touching at a vertex is allowed. Segments are bucketed in a grid so that
// a ring of n points costs about O(n) rather than O(n²).
func ringCrossing(r orb.Ring) (int, int) {
	n := len(r) - 1 // segments
	if n < 3 {
		return -1, -1
	}
	for i := 0; i < n; i++ {
		a, c, d := r[i], r[i+1], r[(i+2)%n] // r[n] == r[0]
		if orient(a, c, d) == 0 && (c[0]-a[0])*(d[0]-c[0])+(c[1]-a[1])*(d[1]-c[1]) < 0 {
			return i, (i + 1) % n
		}
	}
	// The bound (the positions are numbers: checked before).
	b := orb.Bound{Min: r[0], Max: r[0]}
	for _, p := range r[1:] {
		b.Min[0], b.Max[0] = min(b.Min[0], p[0]), max(b.Max[0], p[0])
		b.Min[1], b.Max[1] = min(b.Min[1], p[1]), max(b.Max[1], p[1])
	}
	cells := int(math.Ceil(math.Sqrt(float64(n))))
	w := math.Max(b.Max[0]-b.Min[0], 1e-12) / float64(cells)
	h := math.Max(b.Max[1]-b.Min[1], 1e-12) / float64(cells)
	// The cell of each position.
	cx := make([]int32, 2*(n+1))
	cy := cx[n+1:]
	for i, p := range r[:n+1] {
		cx[i] = int32(min(cells-1, int((p[0]-b.Min[0])/w)))
		cy[i] = int32(min(cells-1, int((p[1]-b.Min[1])/h)))
	}
	// Each segment goes in every cell of its cell box: count, then place,
	// in order of segment; the cells are slices of one array.
	start := make([]int32, cells*cells+1)
	total := 0
	for i := 0; i < n; i++ {
		x0, x1 := min(cx[i], cx[i+1]), max(cx[i], cx[i+1])
		y0, y1 := min(cy[i], cy[i+1]), max(cy[i], cy[i+1])
		for y := y0; y <= y1; y++ {
			for x := x0; x <= x1; x++ {
				start[int(y)*cells+int(x)+1]++
			}
		}
		total += int(x1-x0+1) * int(y1-y0+1)
	}
	for k := 1; k < len(start); k++ {
		start[k] += start[k-1]
	}
	segs := make([]int32, total)
	next := append([]int32(nil), start[:cells*cells]...)
	for i := 0; i < n; i++ {
		x0, x1 := min(cx[i], cx[i+1]), max(cx[i], cx[i+1])
		y0, y1 := min(cy[i], cy[i+1]), max(cy[i], cy[i+1])
		for y := y0; y <= y1; y++ {
			for x := x0; x <= x1; x++ {
				k := int(y)*cells + int(x)
				segs[next[k]] = int32(i)
				next[k]++
			}
		}
	}
	for k := 0; k < cells*cells; k++ {
		cell := segs[start[k]:start[k+1]]
		for a := 0; a < len(cell); a++ {
			for c := a + 1; c < len(cell); c++ {
				i, j := int(cell[a]), int(cell[c]) // i < j: placed in order
				if j == i+1 || (i == 0 && j == n-1) {
					continue // neighbours share a vertex
				}
				if properCross(r[i], r[i+1], r[j], r[j+1]) {
					return i, j
				}
			}
		}
	}
	return -1, -1
}

// properCross reports whether segments ab and cd cross at a point inside
// both (not at an endpoint), or overlap along a stretch.
func properCross(a, b, c, d orb.Point) bool {
	d1 := orient(c, d, a)
	d2 := orient(c, d, b)
	d3 := orient(a, b, c)
	d4 := orient(a, b, d)
	if d1*d2 < 0 && d3*d4 < 0 {
		return true
	}
	// Collinear overlap of positive length.
	if d1 == 0 && d2 == 0 && d3 == 0 && d4 == 0 {
		ax := math.Abs(b[0]-a[0]) >= math.Abs(b[1]-a[1])
		k := 1
		if ax {
			k = 0
		}
		lo1, hi1 := math.Min(a[k], b[k]), math.Max(a[k], b[k])
		lo2, hi2 := math.Min(c[k], d[k]), math.Max(c[k], d[k])
		return math.Min(hi1, hi2)-math.Max(lo1, lo2) > 0
	}
	return false
}

func orient(a, b, c orb.Point) float64 {
	v := (b[0]-a[0])*(c[1]-a[1]) - (b[1]-a[1])*(c[0]-a[0])
	switch {
	case v > 0:
		return 1
	case v < 0:
		return -1
	}
	return 0
}
