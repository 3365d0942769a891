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
	read := func(file string, decode func(string, []byte) ([]*geodata.Feature, error)) []*geodata.Feature {
		data, err := Raw(file)
		if err != nil {
			t.Fatal(err)
		}
		feats, err := decode("assets/"+file, data)
		if err != nil {
			t.Fatal(err)
		}
		return feats
	}
	want := read(TerritoriesFile, geodata.DecodeFeatures)
	got := read(SnapshotFile, geodata.DecodeSnapshot)
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
