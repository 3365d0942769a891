package ui

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// Every file of the corpus of bad inputs gives the window's Open the
// same message the loader gives (and `frontiers check`: package app),
// and the window keeps the data it had.
func TestBadCorpusInWindow(t *testing.T) {
	files, err := filepath.Glob("../../geodata/testdata/bad/*.geojson")
	if err != nil || len(files) < 30 {
		t.Fatalf("%d bad inputs (%v)", len(files), err)
	}
	u := newTestUI(t, test.NewTempApp(t), 0)
	kept := u.st.atlas
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			_, lerr := geodata.LoadFile(f, nil)
			var ps geodata.Problems
			if !errors.As(lerr, &ps) || len(ps) == 0 {
				t.Fatalf("loader: %v", lerr)
			}
			first := ps[0].Error()
			if err := u.openDatasetFile(f); err == nil {
				t.Fatal("the window opened it")
			}
			if u.st.atlas != kept || u.mapw.Atlas() != kept {
				t.Error("the window dropped the data it had")
			}
			if !strings.Contains(overlayText(u.win), first) {
				t.Errorf("the Open dialog shows %q, want %q", overlayText(u.win), first)
			}
		})
	}
}
