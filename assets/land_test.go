package assets

import (
	"testing"
)

// TestPolygons checks that the land backdrop is read, and that a
// collection's Polygons and MultiPolygons are read in file order, other
// geometries skipped.
func TestPolygons(t *testing.T) {
	if len(Land()) == 0 {
		t.Error("no land")
	}
	mp, err := polygons([]byte(`{"type":"FeatureCollection","features":[
			{"type":"Feature","properties":{"a":1},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}},
			{"type":"Feature","properties":null,"geometry":{"type":"Point","coordinates":[3,4]}},
			{"type":"Feature","geometry":{"type":"MultiPolygon","coordinates":[[[[5,5],[6,5],[6,6],[5,5]]],[[[7,7],[8,7],[8,8],[7,7]],[[7.2,7.1],[7.5,7.1],[7.5,7.4],[7.2,7.1]]]]}}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if len(mp) != 3 || mp[0][0][1][0] != 1 || mp[1][0][0][0] != 5 || len(mp[2]) != 2 {
		t.Errorf("polygons %v, want the polygon and the multipolygon's two", mp)
	}
}
