package geodata

import (
	"math"
	"math/rand"
	"os"
	"testing"

	"github.com/paulmach/orb"
)

// bundledRings returns the rings of the bundled territories.
func bundledRings(tb testing.TB) []orb.Ring {
	tb.Helper()
	data, err := os.ReadFile("../assets/frontiers.geojson")
	if err != nil {
		tb.Fatal(err)
	}
	feats, err := DecodeFeatures("frontiers.geojson", data)
	if err != nil {
		tb.Fatal(err)
	}
	var rings []orb.Ring
	for _, f := range feats {
		for _, pg := range AsMulti(f.Geometry) {
			rings = append(rings, pg...)
		}
	}
	return rings
}

// bruteCrossing reports whether any two segments of r cross, by testing
// every pair: the reference ringCrossing's grid is checked against.
func bruteCrossing(r orb.Ring) bool {
	n := len(r) - 1
	if n < 3 {
		return false
	}
	for i := 0; i < n; i++ {
		a, c, d := r[i], r[i+1], r[(i+2)%n]
		if orient(a, c, d) == 0 && (c[0]-a[0])*(d[0]-c[0])+(c[1]-a[1])*(d[1]-c[1]) < 0 {
			return true
		}
	}
	for i := 0; i < n; i++ {
		for j := i + 2; j < n; j++ {
			if i == 0 && j == n-1 {
				continue
			}
			if properCross(r[i], r[i+1], r[j], r[j+1]) {
				return true
			}
		}
	}
	return false
}

// TestRingCrossingAsEveryPair checks that ringCrossing finds a crossing
// exactly when testing every pair of segments does.
func TestRingCrossingAsEveryPair(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	closed := func(pts []orb.Point) orb.Ring { return append(orb.Ring(pts), pts[0]) }
	// random: n positions on a coarse lattice (many collinear, touching
	// and overlapping edges) or anywhere.
	random := func(n int, lattice float64) orb.Ring {
		pts := make([]orb.Point, n)
		for i := range pts {
			x, y := rng.Float64()*10, rng.Float64()*10
			if lattice > 0 {
				x, y = float64(int(x/lattice))*lattice, float64(int(y/lattice))*lattice
			}
			pts[i] = orb.Point{x, y}
		}
		return closed(pts)
	}
	// star: a simple polygon around a centre, perturbed by swapping two
	// positions now and then.
	star := func(n int, swap bool) orb.Ring {
		pts := make([]orb.Point, n)
		for i := range pts {
			a := 2 * math.Pi * float64(i) / float64(n)
			rad := 1 + rng.Float64()
			pts[i] = orb.Point{rad * math.Cos(a), rad * math.Sin(a)}
		}
		if swap {
			i, j := rng.Intn(n), rng.Intn(n)
			pts[i], pts[j] = pts[j], pts[i]
		}
		return closed(pts)
	}
	tests := []struct {
		name  string
		rings func() []orb.Ring
	}{
		{"bundled", func() []orb.Ring { return bundledRings(t) }},
		{"random", func() []orb.Ring {
			var rs []orb.Ring
			for i := 0; i < 3000; i++ {
				rs = append(rs, random(3+rng.Intn(12), 0))
			}
			return rs
		}},
		{"lattice", func() []orb.Ring {
			var rs []orb.Ring
			for i := 0; i < 3000; i++ {
				rs = append(rs, random(3+rng.Intn(12), []float64{1, 2.5, 5}[rng.Intn(3)]))
			}
			return rs
		}},
		{"stars", func() []orb.Ring {
			var rs []orb.Ring
			for i := 0; i < 2000; i++ {
				rs = append(rs, star(4+rng.Intn(300), rng.Intn(2) == 0))
			}
			return rs
		}},
		{"spikes and degenerate", func() []orb.Ring {
			return []orb.Ring{
				{{0, 0}, {1, 0}, {0.5, 0}, {0, 1}, {0, 0}},
				{{0, 0}, {1, 0}, {1, 1}, {0, 0}},
				{{0, 0}, {0, 0}, {0, 0}, {0, 0}},
				{{0, 0}, {2, 0}, {1, 0}, {3, 0}, {0, 0}},
				{{0, 0}, {1, 1}, {1, 0}, {0, 1}, {0, 0}},
				{{0, 0}, {2, 0}, {2, 2}, {1, 0}, {0, 2}, {0, 0}},
				{{5, 5}, {5, 5.000000000001}, {5.000000000001, 5}, {5, 5}},
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			crossing := 0
			for k, r := range tt.rings() {
				i, _ := ringCrossing(r)
				if want := bruteCrossing(r); want != (i >= 0) {
					t.Fatalf("ring %d (%v): every pair %v, ringCrossing %v", k, r, want, i >= 0)
				}
				if i >= 0 {
					crossing++
				}
			}
			t.Logf("%d rings cross", crossing)
		})
	}
}

func BenchmarkRingCrossing(b *testing.B) {
	rings := bundledRings(b)
	for b.Loop() {
		for _, r := range rings {
			ringCrossing(r)
		}
	}
}
