package app

import (
	"testing"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// The test helpers of the window's tests that the command line's tests
// use too (the window's tests moved to app/ui).

func miniAtlas(t testing.TB) *geodata.Atlas {
	t.Helper()
	a, err := geodata.LoadFile(miniData, nil)
	if err != nil {
		t.Fatalf("loading %s: %v", miniData, err)
	}
	return a
}

func mustDay(s string) geodata.Day { return geodata.MustDay(s) }
