package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/internal/testfile"
)

// Every file of the corpus of bad inputs gives the window's Open the
// same message the loader gives (and `frontiers check`: package app),
// and the window keeps the data it had.
func TestBadCorpusInWindow(t *testing.T) {
	u := newTestUI(t, test.NewTempApp(t), 0)
	kept := u.st.atlas
	testfile.Each(t, "../../geodata/testdata/bad/*.geojson", 30, func(t *testing.T, f string) {
		_, lerr := geodata.LoadFile(f, nil)
		first := testfile.FirstProblem(t, lerr)
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
