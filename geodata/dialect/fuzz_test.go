package dialect_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/dialect"
	"github.com/frontiers-atlas/frontiers/internal/testfile"
)

// FuzzNormalize: no input panics; what Normalize writes is JSON that
// normalizing again leaves as it is; every problem the hooked decoder
// reports is one line naming the file.
func FuzzNormalize(f *testing.F) {
	testfile.SeedFiles(f, "testdata/*.geojson", "testdata/bad/*")
	f.Add([]byte(`{"type":"FeatureCollection","features":[{"type":"Feature","id":3,"properties":{"name":"A","name:de":"B","extra":{"x":1}},"geometry":{"type":"Point","coordinates":[1,2]}}]}`))
	f.Add([]byte(`{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"cntry_name":"A","gwcode":"2","gwsdate":"1.1.1900","owner":2,"status":"colony"},"geometry":{"type":"Point","coordinates":[1,2]}}]}`))
	f.Add([]byte("\ufeff{}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		out, _, err := dialect.Normalize("f.geojson", data)
		if err != nil {
			var ps dialect.Problems
			if !errors.As(err, &ps) || len(ps) == 0 {
				t.Fatalf("error %T is not Problems: %v", err, err)
			}
		} else if len(data) > 0 && json.Valid(data) {
			if !json.Valid(out) {
				t.Fatalf("wrote invalid JSON: %q", out)
			}
			again, _, err := dialect.Normalize("f.geojson", out)
			if err != nil || string(again) != string(out) {
				t.Fatalf("normalizing again changed it (%v):\n%s\n%s", err, out, again)
			}
		}
		_, err = geodata.DecodeFeatures("f.geojson", data)
		var ps geodata.Problems
		if errors.As(err, &ps) {
			for _, p := range ps {
				if s := p.Error(); strings.Contains(s, "\n") || !strings.HasPrefix(s, "f.geojson: ") {
					t.Fatalf("problem %q", s)
				}
			}
		}
	})
}
