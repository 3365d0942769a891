package colour

import (
	"sync"
	"testing"

	"github.com/frontiers-atlas/frontiers/assets"
	"github.com/frontiers-atlas/frontiers/geodata"
)

// The bundled atlas and palette, loaded once for all the tests, as
// assets/gazetteer_test.go loads them.
var (
	atlasOnce  = sync.OnceValues(assets.Load)
	schemeOnce = sync.OnceValues(func() (*Scheme, error) {
		data, err := assets.Raw(assets.PaletteFile)
		if err != nil {
			return nil, err
		}
		return Parse("assets/"+assets.PaletteFile, data)
	})
	touchingOnce = sync.OnceValue(func() [][2]*geodata.Feature {
		a, err := atlasOnce()
		if err != nil {
			return nil
		}
		return Touching(a)
	})
)

// bundledAtlas is the bundled atlas; the test is skipped without it.
func bundledAtlas(t *testing.T) *geodata.Atlas {
	t.Helper()
	a, err := atlasOnce()
	if err != nil {
		t.Skipf("the bundled atlas is not available (%v): skipping", err)
	}
	return a
}

// bundledScheme is the bundled palette file; the test is skipped without
// it and fails if it does not parse.
func bundledScheme(t *testing.T) *Scheme {
	t.Helper()
	if _, err := assets.Raw(assets.PaletteFile); err != nil {
		t.Skipf("assets/%s is not available (%v): skipping", assets.PaletteFile, err)
	}
	s, err := schemeOnce()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// days are the bundled atlas's change days and the day before the first,
// so that every epoch of the data is seen once.
func days(a *geodata.Atlas) []geodata.Day {
	cd := a.ChangeDays()
	return append([]geodata.Day{cd[0] - 1}, cd...)
}

var layers = []geodata.Layer{geodata.Control, geodata.Sovereignty}
