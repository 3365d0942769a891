package geodata

import "github.com/paulmach/orb"

// ReadPolygons reads the polygons of a GeoJSON FeatureCollection (such as
// the land backdrop) with the fast reader of DecodeFeatures: those of each
// Polygon or MultiPolygon feature in file order; other geometries are
// skipped. ok is false when the file is not plainly in that shape (a
// feature or geometry the fast reader declines): read it with
// orb/geojson then.
func ReadPolygons(data []byte) (mp orb.MultiPolygon, ok bool) {
	spans, ok := collectionSpans(data)
	if !ok {
		return nil, false
	}
	for _, s := range spans {
		ff, valid := readFeature(data[s[0]:s[1]])
		if !valid || ff.slow || ff.rf.Type != "Feature" {
			return nil, false
		}
		switch g := plainGeometry(ff.geom).(type) {
		case nil:
			return nil, false
		case orb.Polygon:
			mp = append(mp, g)
		case orb.MultiPolygon:
			mp = append(mp, g...)
		}
	}
	return mp, true
}
