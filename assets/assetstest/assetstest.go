// Package assetstest gives the tests and benchmarks of other packages the
// bundled atlas, so that each need not write its own loader.
package assetstest

import (
	"sync"
	"testing"

	"github.com/frontiers-atlas/frontiers/assets"
	"github.com/frontiers-atlas/frontiers/geodata"
)

var bundled = sync.OnceValues(assets.Load)

// Atlas returns the bundled atlas, decoded on the first call of the test
// binary and shared by every later one (callers must not change it); a
// load error fails tb.
func Atlas(tb testing.TB) *geodata.Atlas {
	tb.Helper()
	a, err := bundled()
	if err != nil {
		tb.Fatal(err)
	}
	return a
}

// Load decodes the bundled atlas anew, for a benchmark that must not
// share what another has cached; a load error fails tb.
func Load(tb testing.TB) *geodata.Atlas {
	tb.Helper()
	a, err := assets.Load()
	if err != nil {
		tb.Fatal(err)
	}
	return a
}
