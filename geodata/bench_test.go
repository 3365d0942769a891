package geodata_test

import (
	"math/rand"
	"testing"

	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/assets"
	"github.com/frontiers-atlas/frontiers/assets/assetstest"
	"github.com/frontiers-atlas/frontiers/geodata"
)

// The benchmarks measure the model on the bundled data; package render
// has those of drawing it.

func BenchmarkHitTest(b *testing.B) {
	a := assetstest.Load(b)
	rng := rand.New(rand.NewSource(1))
	pts := make([]orb.Point, 1024)
	for i := range pts {
		// Points over the Baltic, Finland and Romania.
		pts[i] = orb.Point{20 + rng.Float64()*12, 44 + rng.Float64()*24}
	}
	i := 0
	for b.Loop() {
		a.TerritoryAt(geodata.Signing, pts[i&1023])
		i++
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := assets.Load(); err != nil {
			b.Fatal(err)
		}
	}
}
