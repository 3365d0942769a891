// Package geodatatest gives the tests of other packages geodata's small
// test dataset, geodata/testdata/mini.geojson: three territories,
// westmark (also called Occidentia), eastmark and southmark, with the
// events of mini.events.json beside it.
package geodatatest

import (
	"path/filepath"
	"runtime"
	"testing"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// MiniFile is the path of the test dataset, absolute, so that a test in
// any folder can open it (or pass it to --data).
var MiniFile = func() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "testdata", "mini.geojson")
}()

// Mini loads the test dataset afresh (tests may open and change their
// own); a load error fails tb.
func Mini(tb testing.TB) *geodata.Atlas {
	tb.Helper()
	a, err := geodata.LoadFile(MiniFile, nil)
	if err != nil {
		tb.Fatalf("loading %s: %v", MiniFile, err)
	}
	return a
}
