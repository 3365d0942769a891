package assets

import (
	"reflect"
	"testing"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// TestLandFastSameAsJSON checks that geodata.ReadPolygons reads the land
// backdrop (and collections like it) as orb/geojson does.
func TestLandFastSameAsJSON(t *testing.T) {
	embedded, err := files.ReadFile(LandFile)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data []byte
	}{
		{"land.geojson", embedded},
		{"polygon and multipolygon", []byte(`{"type":"FeatureCollection","features":[
			{"type":"Feature","properties":{"a":1},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}},
			{"type":"Feature","properties":null,"geometry":{"type":"Point","coordinates":[3,4]}},
			{"type":"Feature","geometry":{"type":"MultiPolygon","coordinates":[[[[5,5],[6,5],[6,6],[5,5]]],[[[7,7],[8,7],[8,8],[7,7]],[[7.2,7.1],[7.5,7.1],[7.5,7.4],[7.2,7.1]]]]}}]}`)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := geodata.ReadPolygons(tt.data)
			if !ok {
				t.Fatal("ReadPolygons declined")
			}
			want, err := landJSON(tt.data)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("ReadPolygons differs from orb/geojson: %d polygons, want %d", len(got), len(want))
			}
		})
	}
}
