package geodata

import (
	"math"

	"github.com/paulmach/orb"
)

// ringCrosses reports whether ringCrossing(r) finds a crossing, at a
// fraction of its cost: the same spike test, the same grid and the same
// pairs of segments tested with properCross, but the grid's cells are
// slices of one array rather than a map. The validation calls ringCrossing
// only for a ring that crosses, to name the edges.
func ringCrosses(r orb.Ring) bool {
	n := len(r) - 1 // segments
	if n < 3 {
		return false
	}
	for i := 0; i < n; i++ {
		a, c, d := r[i], r[i+1], r[(i+2)%n] // r[n] == r[0]
		if orient(a, c, d) == 0 && (c[0]-a[0])*(d[0]-c[0])+(c[1]-a[1])*(d[1]-c[1]) < 0 {
			return true
		}
	}
	// The bound, as orb's (the positions are numbers: checked before).
	b := orb.Bound{Min: r[0], Max: r[0]}
	for _, p := range r[1:] {
		b.Min[0], b.Max[0] = min(b.Min[0], p[0]), max(b.Max[0], p[0])
		b.Min[1], b.Max[1] = min(b.Min[1], p[1]), max(b.Max[1], p[1])
	}
	cells := int(math.Ceil(math.Sqrt(float64(n))))
	w := math.Max(b.Max[0]-b.Min[0], 1e-12) / float64(cells)
	h := math.Max(b.Max[1]-b.Min[1], 1e-12) / float64(cells)
	// The cell of each position, as ringCrossing computes it.
	cx := make([]int32, 2*(n+1))
	cy := cx[n+1:]
	for i, p := range r[:n+1] {
		cx[i] = int32(min(cells-1, int((p[0]-b.Min[0])/w)))
		cy[i] = int32(min(cells-1, int((p[1]-b.Min[1])/h)))
	}
	// Each segment goes in every cell of its cell box: count, then place
	// (in order of segment, as ringCrossing appends them).
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
					return true
				}
			}
		}
	}
	return false
}
