package geodata

import (
	"testing"

	"github.com/frontiers-atlas/frontiers/internal/testfile"
)

func FuzzParseDate(f *testing.F) {
	testfile.Seed(f, "1942-05-26", "1941-07~", "1941", "1940-02-30", "1941-12-16~", "", "-1-1-1", "1941-07-%", "99999-01-01")
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			return
		}
		// What parses formats back to something that parses to the same day.
		d2, err := ParseDate(d.String())
		if err != nil || d2.Day != d.Day || d2.Precision != d.Precision {
			t.Fatalf("%q -> %v -> %q -> %v, %v", s, d, d.String(), d2, err)
		}
	})
}

func FuzzDecodeFeatures(f *testing.F) {
	testfile.Seed(f,
		[]byte(`{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"x","name":"X","controller":"A","sovereign":"A","status":"independent","source":"s"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}}]}`),
		[]byte(`{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"b","kind":"base","name":"B","source":"s","start_date":"1941-12~"},"geometry":{"type":"Point","coordinates":[1,2]}}]}`),
		[]byte(`{"type":"FeatureCollection","features":[{}]}`),
		[]byte(`[`))
	f.Fuzz(func(t *testing.T, data []byte) {
		fs, err := DecodeFeatures("fuzz.geojson", data)
		if testfile.Refused(t, err) {
			return
		}
		a, err := New("fuzz.geojson", fs, nil, nil)
		if err != nil {
			return
		}
		for _, d := range a.ChangeDays() {
			a.At(d)
		}
	})
}
