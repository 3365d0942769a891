package app

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// Every file of the corpus of bad inputs gives `frontiers check` the
// same message the loader gives (the window's Open: app/ui).
func TestBadCorpusInCheck(t *testing.T) {
	files, err := filepath.Glob("../geodata/testdata/bad/*.geojson")
	if err != nil || len(files) < 30 {
		t.Fatalf("%d bad inputs (%v)", len(files), err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			_, lerr := geodata.LoadFile(f, nil)
			var ps geodata.Problems
			if !errors.As(lerr, &ps) || len(ps) == 0 {
				t.Fatalf("loader: %v", lerr)
			}
			first := ps[0].Error()
			out, _, code := runCLI(t, "check", f)
			if code != 1 {
				t.Errorf("check exit %d, want 1", code)
			}
			if !strings.Contains(out, first) {
				t.Errorf("check printed %q, want %q", out, first)
			}
		})
	}
}
