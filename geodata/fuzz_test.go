package geodata

import (
	"testing"
)

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"1942-05-26", "1941-07~", "1941", "1940-02-30", "1941-12-16~", "", "-1-1-1", "1941-07-%", "99999-01-01"} {
		f.Add(s)
	}
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
	f.Add([]byte(`{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"x","name":"X","controller":"A","sovereign":"A","status":"independent","source":"s"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}}]}`))
	f.Add([]byte(`{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"b","kind":"base","name":"B","source":"s","start_date":"1941-12~"},"geometry":{"type":"Point","coordinates":[1,2]}}]}`))
	f.Add([]byte(`{"type":"FeatureCollection","features":[{}]}`))
	f.Add([]byte(`[`))
	f.Fuzz(func(t *testing.T, data []byte) {
		fs, err := DecodeFeatures("fuzz.geojson", data)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error message")
			}
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
