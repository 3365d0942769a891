package register

import (
	"errors"
	"os"
	"testing"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// assetsDir is the bundled register, seen from this package's folder.
const assetsDir = "../../assets/register"

// bundled loads the bundled register, skipping the test when it is absent.
func bundled(t *testing.T) *Register {
	t.Helper()
	if _, err := os.Stat(assetsDir); err != nil {
		t.Skipf("no bundled register at %s: %v", assetsDir, err)
	}
	r, err := Load(os.DirFS(assetsDir), ".")
	if err != nil {
		var ps geodata.Problems
		if errors.As(err, &ps) {
			for _, p := range ps {
				t.Error(p.Error())
			}
			t.FailNow()
		}
		t.Fatal(err)
	}
	return r
}

// TestBundled loads every zone of the bundled register and checks the
// sizes the issue asks for.
func TestBundled(t *testing.T) {
	r := bundled(t)
	other, changes := 0, 0
	for _, z := range r.Zones() {
		t.Logf("%s: %d places", z.File, len(z.Places))
		if len(z.ID) < 5 || z.ID[:5] != "east-" {
			other += len(z.Places)
		}
		for _, p := range z.Places {
			changes += len(p.Changes)
		}
	}
	t.Logf("%d places in all, %d outside the Soviet–Axis front, %d changes", len(r.Places()), other, changes)
	if other < 250 {
		t.Errorf("%d places outside the east-* zones, want at least 250", other)
	}
}
