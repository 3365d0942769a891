package assets

import (
	"reflect"
	"testing"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// TestSnapshots checks that the snapshots Load and Land read hold what the
// GeoJSON, the source, holds: the same features, field by field, and the
// same land. When it fails, the GeoJSON changed without the snapshots:
// run make data.
func TestSnapshots(t *testing.T) {
	data, err := Raw(TerritoriesFile)
	if err != nil {
		t.Fatal(err)
	}
	want, err := geodata.DecodeFeatures("assets/"+TerritoriesFile, data)
	if err != nil {
		t.Fatal(err)
	}
	snap, err := Raw(SnapshotFile)
	if err != nil {
		t.Fatal(err)
	}
	got, err := geodata.DecodeSnapshot("assets/"+SnapshotFile, snap)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("the snapshot has %d features, %s %d (run make data)", len(got), TerritoriesFile, len(want))
	}
	for i := range want {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("feature %d (%s) differs from %s's (run make data)", i, want[i].ID, TerritoriesFile)
		}
	}

	landJSON, err := Raw(LandFile)
	if err != nil {
		t.Fatal(err)
	}
	wantLand, err := polygons(landJSON)
	if err != nil {
		t.Fatal(err)
	}
	if gotLand := Land(); len(wantLand) == 0 || !reflect.DeepEqual(gotLand, wantLand) {
		t.Errorf("%s (%d polygons) differs from %s (%d) (run make data)", LandWKBFile, len(gotLand), LandFile, len(wantLand))
	}
}
