package ui

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/internal/atomicfile"
)

func TestSettingsRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), prefsFileName)
	want := Settings{
		Date: "1941-06-22", Layer: "sovereignty",
		Topics:    map[string]bool{"baltic": false, "finland": true},
		Overlays:  map[string]bool{"sphere": true},
		View:      &ViewSettings{CenterX: 1.5e6, CenterY: 6.5e6, Resolution: 2500.5},
		Graticule: true, Palette: paletteColorBlind, Tab: "territory", Selected: "westmark",
	}
	if err := openPrefs(path).save(want); err != nil {
		t.Fatal(err)
	}
	r := openPrefs(path)
	if r.loadErr != nil {
		t.Fatal(r.loadErr)
	}
	if !reflect.DeepEqual(r.saved, want) {
		t.Errorf("read back %+v, want %+v", r.saved, want)
	}
}

// A crash while the preferences are written leaves the previous
// preferences to read: they are written through atomicfile.Write, whose
// tests check the file, its mode and that nothing is left behind.
func TestAtomicWriteKeepsTheOldFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, prefsFileName)
	old := []byte(`{"date": "1940-08-06"}` + "\n")
	if err := os.WriteFile(path, old, 0o600); err != nil {
		t.Fatal(err)
	}
	crash := errors.New("power cut")
	err := atomicfile.Write(path, func(w io.Writer) error {
		w.Write([]byte(`{"date": "19`)) // half of the new file
		return crash
	})
	if err == nil || !strings.Contains(err.Error(), "power cut") {
		t.Fatalf("err = %v", err)
	}
	if s := openPrefs(path); s.loadErr != nil || s.saved.Date != "1940-08-06" {
		t.Errorf("preferences after the crash: %+v, %v", s.saved, s.loadErr)
	}
}

// A damaged preferences file is reported and the window starts afresh, on
// the signing, instead of failing.
func TestDamagedPreferences(t *testing.T) {
	isolateStorage(t)
	a := test.NewTempApp(t)
	path := filepath.Join(a.Storage().RootURI().Path(), prefsFileName)
	if err := os.WriteFile(path, []byte(`{"date": "1941-0`), 0o644); err != nil {
		t.Fatal(err)
	}
	u := newTestUI(t, a, 0)
	if u.prefs.loadErr == nil {
		t.Error("no error for the damaged file")
	}
	if u.st.day != geodata.Signing {
		t.Errorf("opened on %s, want the signing", u.st.day)
	}
	u.save()
	if s := openPrefs(path); s.loadErr != nil || s.saved.Date != geodata.Signing.String() {
		t.Errorf("after a save: %+v, %v", s.saved, s.loadErr)
	}
}
