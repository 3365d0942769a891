package geodata

import (
	"math"
	"math/rand"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

// The edge index must answer as planar.MultiPolygonContains does,
// including on vertices, on segments and on hole borders.
func TestEdgeIndexAgreesWithPlanar(t *testing.T) {
	square := func(x0, y0, x1, y1 float64) orb.Ring {
		return orb.Ring{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}}
	}
	zigzag := orb.Ring{{0, 0}}
	for i := 1; i <= 40; i++ {
		zigzag = append(zigzag, orb.Point{float64(i) * 0.25, float64(i%2) * 0.5})
	}
	zigzag = append(zigzag, orb.Point{10, 5}, orb.Point{0, 5}, orb.Point{0, 0})
	tests := []struct {
		name string
		mp   orb.MultiPolygon
	}{
		{"square", orb.MultiPolygon{{square(0, 0, 4, 4)}}},
		{"holed square", orb.MultiPolygon{{square(0, 0, 4, 4), square(1, 1, 3, 3)}}},
		{"island in the hole", orb.MultiPolygon{{square(0, 0, 4, 4), square(1, 1, 3, 3)}, {square(1.5, 1.5, 2.5, 2.5)}}},
		{"two holes", orb.MultiPolygon{{square(0, 0, 6, 4), square(1, 1, 2, 3), square(4, 1, 5, 3)}}},
		{"open ring", orb.MultiPolygon{{orb.Ring{{0, 0}, {4, 0}, {4, 4}, {0, 4}}}}},
		{"triangle", orb.MultiPolygon{{orb.Ring{{0, 0}, {4, 1}, {1, 4}, {0, 0}}}}},
		{"zigzag", orb.MultiPolygon{{zigzag}}},
		{"vertical spike", orb.MultiPolygon{{orb.Ring{{0, 0}, {2, 0}, {2, 3}, {2, 1}, {4, 1}, {4, 0}, {5, 0}, {5, 4}, {0, 4}, {0, 0}}}}},
	}
	rng := rand.New(rand.NewSource(1))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix := newEdgeIndex(tt.mp)
			var pts []orb.Point
			// A grid through every vertex coordinate and between them, and
			// random points.
			for x := -0.5; x <= 10.5; x += 0.125 {
				for y := -0.5; y <= 5.5; y += 0.125 {
					pts = append(pts, orb.Point{x, y})
				}
			}
			for range 5000 {
				pts = append(pts, orb.Point{rng.Float64()*11 - 0.5, rng.Float64()*6 - 0.5})
			}
			checkAgrees(t, "contains", pts, ix.contains, func(p orb.Point) bool { return planar.MultiPolygonContains(tt.mp, p) })
		})
	}
}

// On the mini atlas, TerritoryAt (through the index) answers as a scan of
// every piece with planar would, at vertices, beside them and between.
func TestTerritoryAtAgreesWithPlanar(t *testing.T) {
	a := loadMini(t)
	var pts []orb.Point
	for _, pc := range a.Pieces() {
		for _, pg := range pc.Geometry {
			for _, r := range pg {
				for i, p := range r {
					q := r[(i+1)%len(r)]
					pts = append(pts, p, orb.Point{(p[0] + q[0]) / 2, (p[1] + q[1]) / 2},
						orb.Point{math.Nextafter(p[0], 100), p[1]}, orb.Point{p[0], math.Nextafter(p[1], -100)})
				}
			}
		}
	}
	rng := rand.New(rand.NewSource(2))
	b := a.Bound()
	for range 20000 {
		pts = append(pts, orb.Point{b.Min[0] + rng.Float64()*(b.Max[0]-b.Min[0]), b.Min[1] + rng.Float64()*(b.Max[1]-b.Min[1])})
	}
	checkTerritoryAt(t, a, pts)
}

// CheckTerritoryAt and CheckAgrees are checkTerritoryAt and checkAgrees
// for the tests on the bundled data.
var (
	CheckTerritoryAt = checkTerritoryAt
	CheckAgrees      = checkAgrees
)

// checkAgrees fails where got (named what) differs from planar's answer
// want at the points, or when want holds at none or all of them (the
// test would show nothing).
func checkAgrees(t *testing.T, what string, pts []orb.Point, got, want func(orb.Point) bool) {
	t.Helper()
	in := 0
	for _, p := range pts {
		w := want(p)
		if g := got(p); g != w {
			t.Fatalf("%s(%v) = %v, planar says %v", what, p, g, w)
		}
		if w {
			in++
		}
	}
	if in == 0 || in == len(pts) {
		t.Fatalf("%s: %d of %d points inside: the test shows nothing", what, in, len(pts))
	}
}

// checkTerritoryAt fails where TerritoryAt differs from a scan of every
// piece with planar.MultiPolygonContains, on a few days.
func checkTerritoryAt(t *testing.T, a *Atlas, pts []orb.Point) {
	t.Helper()
	found := 0
	for _, d := range []Day{First, Signing, Last} {
		row := a.PieceVersions(d)
		for _, p := range pts {
			var want *Feature
			for pi, pc := range a.Pieces() {
				if f := row[pi]; f != nil && pc.Bound.Contains(p) && planar.MultiPolygonContains(pc.Geometry, p) && (want == nil || f.Index < want.Index) {
					want = f
				}
			}
			if got := a.TerritoryAt(d, p); got != want {
				t.Fatalf("%s at %v: TerritoryAt gives %v, planar %v", d, p, got, want)
			}
			if want != nil {
				found++
			}
		}
	}
	if found == 0 {
		t.Fatal("no point in any territory: the test shows nothing")
	}
}

// The edge indexes are made on first use: goroutines asking at once get
// the same answers (run with -race).
func TestTerritoryAtConcurrent(t *testing.T) {
	a := loadMini(t)
	p := orb.Point{22, 52}
	want := a.TerritoryAt(Signing, p)
	a = loadMini(t) // no index made yet
	done := make(chan *Feature)
	for range 8 {
		go func() { done <- a.TerritoryAt(Signing, p) }()
	}
	for range 8 {
		if got := <-done; got == nil || want == nil || got.ID != want.ID {
			t.Errorf("TerritoryAt = %v, want %v", got, want)
		}
	}
}
