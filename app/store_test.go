package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/frontiers-atlas/frontiers/geodata"
)

func TestStoreRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), prefsFile)
	s := openStore(path)
	s.SetString("date", "1941-06-22")
	s.SetFloat("view.resolution", 2500.5)
	s.SetBool("highlight.baltic", false)
	s.SetInt("n", 7)
	s.SetStringList("l", []string{"a", "b"})
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	r := openStore(path)
	if r.loadErr != nil {
		t.Fatal(r.loadErr)
	}
	if r.String("date") != "1941-06-22" || r.Float("view.resolution") != 2500.5 || r.BoolWithFallback("highlight.baltic", true) ||
		r.Int("n") != 7 || strings.Join(r.StringList("l"), ",") != "a,b" || r.StringWithFallback("missing", "x") != "x" {
		t.Errorf("read back %v", r.values)
	}
}

// A damaged preferences file is reported and the window starts afresh, on
// the signing, instead of failing.
func TestDamagedPreferences(t *testing.T) {
	isolateStorage(t)
	a := test.NewTempApp(t)
	path := filepath.Join(a.Storage().RootURI().Path(), prefsFile)
	if err := os.WriteFile(path, []byte(`{"date": "1941-0`), 0o644); err != nil {
		t.Fatal(err)
	}
	u := newTestUI(t, a, 0)
	if u.prefs.loadErr == nil {
		t.Error("no error for the damaged file")
	}
	if u.day != geodata.Signing {
		t.Errorf("opened on %s, want the signing", u.day)
	}
	u.save()
	if s := openStore(path); s.loadErr != nil || s.String(prefDate) != geodata.Signing.String() {
		t.Errorf("after a save: %v, %v", s.values, s.loadErr)
	}
}
