package render

import (
	"testing"

	"github.com/paulmach/orb"
)

// Two squares sharing a wiggly border, and an island: after simplification
// the shared border must be the same points in both.
func TestSimplifySharedKeepsBorders(t *testing.T) {
	border := orb.LineString{{10, 0}, {10.3, 2}, {9.8, 4}, {10.2, 6}, {9.9, 8}, {10, 10}}
	left := orb.Ring{{0, 0}}
	left = append(left, border...)
	left = append(left, orb.Point{0, 10}, orb.Point{0, 0})
	right := orb.Ring{{20, 0}, {20, 10}}
	for i := len(border) - 1; i >= 0; i-- {
		right = append(right, border[i])
	}
	right = append(right, orb.Point{20, 0})
	island := orb.Ring{{30, 0}, {31, 0.05}, {32, 0}, {32, 2}, {30, 2}, {30, 0}}
	in := []orb.MultiPolygon{{{left}}, {{right}}, {{island}}}
	out := simplifyShared(in, 1)

	shared := func(r orb.Ring) map[orb.Point]bool {
		m := map[orb.Point]bool{}
		for _, p := range r {
			if p[0] > 5 && p[0] < 15 {
				m[p] = true
			}
		}
		return m
	}
	l, r := shared(out[0][0][0]), shared(out[1][0][0])
	if len(l) != len(r) {
		t.Fatalf("border has %d points on the left, %d on the right", len(l), len(r))
	}
	for p := range l {
		if !r[p] {
			t.Errorf("border point %v on the left only", p)
		}
	}
	if len(l) >= len(border) {
		t.Errorf("border not simplified: %d points of %d", len(l), len(border))
	}
	if got := out[2][0][0]; len(got) != 5 {
		t.Errorf("island ring %v, want its 4 corners closed", got)
	}
}
