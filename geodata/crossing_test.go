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
		switch g := f.Geometry.(type) {
		case orb.Polygon:
			rings = append(rings, g...)
		case orb.MultiPolygon:
			for _, pg := range g {
				rings = append(rings, pg...)
			}
		}
	}
	return rings
}

// TestRingCrossesAsRingCrossing checks that ringCrosses finds a crossing
// exactly when ringCrossing does.
func TestRingCrossesAsRingCrossing(t *testing.T) {
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
				if got := ringCrosses(r); got != (i >= 0) {
					t.Fatalf("ring %d (%v): ringCrosses %v, ringCrossing %v", k, r, got, i >= 0)
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
	b.Run("ringCrossing", func(b *testing.B) {
		for b.Loop() {
			for _, r := range rings {
				ringCrossing(r)
			}
		}
	})
	b.Run("ringCrosses", func(b *testing.B) {
		for b.Loop() {
			for _, r := range rings {
				ringCrosses(r)
			}
		}
	})
}
