package geodata

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// The corpus of bad inputs in testdata/bad: each must give a clear
// problem naming the file, the feature (where there is one) and the field,
// without a panic. The window's Open dialog shows the same text (it calls
// LoadFile too).
func TestBadInputs(t *testing.T) {
	tests := []struct{ file, want string }{
		{"truncated.geojson", "truncated.geojson: not JSON: at byte 168: the file ends in the middle of a value"},
		{"not-json.geojson", `not-json.geojson: not JSON: at byte 0: "hello, wo…": a dataset is a GeoJSON FeatureCollection`},
		{"empty-file.geojson", "empty-file.geojson: not JSON: the file is empty"},
		{"array-at-top.geojson", "array-at-top.geojson: not a GeoJSON FeatureCollection: want an object, have a JSON array"},
		{"not-a-collection.geojson", `not-a-collection.geojson: type: want "FeatureCollection", have "Feature"`},
		{"features-not-array.geojson", "features-not-array.geojson: not a GeoJSON FeatureCollection: features: want an array"},
		{"feature-not-object.geojson", "feature-not-object.geojson: feature 0: not a GeoJSON feature: want an object, have a JSON number"},
		{"properties-not-object.geojson", "feature 0: not a GeoJSON feature: properties: want an object"},
		{"name-not-string.geojson", "feature 0 (x): name: want a string, have a number"},
		{"cow-as-string.geojson", "feature 0 (x): controller_cow: want an integer or null, have a string"},
		{"cow-fraction.geojson", "feature 0 (x): controller_cow: 365.5 is not a Correlates of War state code"},
		{"nan-coordinate.geojson", `nan-coordinate.geojson: not JSON: at byte 293: "NaN, 0], …": invalid character 'N'`},
		{"huge-coordinate.geojson", "feature 0 (x): geometry: want a number, have number 1e400, out of range"},
		{"longitude-out-of-range.geojson", "feature 0 (x): geometry: ring 0: [200, 0] is outside longitude -180..180"},
		{"latitude-out-of-range.geojson", "feature 0 (x): geometry: ring 0: [1, 95] is outside"},
		{"unclosed-ring.geojson", "feature 0 (x): geometry: ring 0 is not closed"},
		{"ring-too-short.geojson", "feature 0 (x): geometry: ring 0 has 3 positions; a ring needs at least 4"},
		{"self-intersecting-ring.geojson", "feature 0 (x): geometry: ring 0 crosses itself"},
		{"empty-polygon.geojson", "feature 0 (x): geometry: polygon has no rings"},
		{"empty-multipolygon.geojson", "feature 0 (x): geometry: empty MultiPolygon"},
		{"null-geometry.geojson", "feature 0 (x): geometry: missing"},
		{"unknown-geometry-type.geojson", `feature 0 (x): geometry: unknown geometry type "Circle"`},
		{"point-territory.geojson", "feature 0 (x): geometry: a territory cannot be a Point"},
		{"february-30.geojson", `feature 0 (x): start_date: "1940-02-30": February 1940 has no day 30`},
		{"month-13.geojson", `feature 0 (x): end_date: "1940-13-01" has no month 13`},
		{"date-with-time.geojson", `feature 0 (x): start_date: "1940-01-01T00:00:00Z" is not a date`},
		{"end-before-start.geojson", "feature 0 (x): end_date: 1940-06-22 is not after start_date 1941-06-22 (end is exclusive)"},
		{"end-equals-start.geojson", "feature 0 (x): end_date: 1941-06-22 is not after start_date 1941-06-22"},
		{"unknown-status.geojson", `feature 0 (x): status: unknown status "conquered"`},
		{"missing-status.geojson", "feature 0 (x): status: missing"},
		{"unknown-kind.geojson", `feature 0 (x): kind: unknown kind "fortress"`},
		{"unknown-topic.geojson", "feature 0 (x): topics: unknown topic balkans"},
		{"missing-id.geojson", "feature 0: id: missing"},
		{"missing-source.geojson", "feature 0 (x): source: missing"},
		{"missing-controller.geojson", "feature 0 (x): controller: missing"},
		{"bad-precision.geojson", `feature 0 (x): precision: want "exact" or "approximate", have "roughly"`},
		{"duplicate-id-overlapping.geojson", "feature 1 (x): start_date: overlaps feature 0 of the same id (open to 1941-01-01)"},
		{"same-land-same-day.geojson", "feature 1 (y): geometry: covers the same land as feature 0 (x) on 1940-01-01"},
		{"not-utf8.geojson", "not-utf8.geojson: not UTF-8 text"},
		{"deeply-nested.geojson", "deeply-nested.geojson: not JSON: at byte 10038: nested deeper"},
		{"bad-events.geojson", `bad-events.events.json: event 0 (e1): date: "1940-02-30": February 1940 has no day 30`},
	}
	files, err := filepath.Glob("testdata/bad/*.geojson")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(tests) {
		t.Errorf("testdata/bad has %d files, the table %d: keep them in step", len(files), len(tests))
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", "bad", tt.file)
			a, err := LoadFile(path, nil)
			if err == nil {
				t.Fatalf("loaded without a problem: %d features", len(a.Features()))
			}
			var ps Problems
			if !errors.As(err, &ps) || len(ps) == 0 {
				t.Fatalf("error %T is not Problems: %v", err, err)
			}
			if !strings.HasPrefix(ps[0].File, "testdata/bad/") {
				t.Errorf("problem names file %q", ps[0].File)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got  %s\nwant it to contain %q", err, tt.want)
			}
			for _, p := range ps {
				if strings.Contains(p.Error(), "\n") {
					t.Errorf("problem spans lines: %q", p.Error())
				}
			}
		})
	}
}

// TestHugeInputs: a file over the size limit is refused before it is read,
// and too many features are refused with a count, both quickly and with
// bounded memory.
func TestHugeInputs(t *testing.T) {
	dir := t.TempDir()
	t.Run("200 MB file", func(t *testing.T) {
		path := filepath.Join(dir, "huge.geojson")
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		f.WriteString(`{"type":"FeatureCollection","features":[`)
		if err := f.Truncate(200 << 20); err != nil { // sparse: costs no disk
			t.Fatal(err)
		}
		f.Close()
		var before runtime.MemStats
		runtime.ReadMemStats(&before)
		start := time.Now()
		_, err = LoadFile(path, nil)
		if err == nil || !strings.Contains(err.Error(), "huge.geojson: 200 MB is larger than the 64 MB a dataset may have") {
			t.Errorf("got %v", err)
		}
		var after runtime.MemStats
		runtime.ReadMemStats(&after)
		if grew := after.TotalAlloc - before.TotalAlloc; grew > 1<<20 {
			t.Errorf("refusing the file allocated %d bytes", grew)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("took %v", d)
		}
	})
	t.Run("a million tiny features", func(t *testing.T) {
		var b bytes.Buffer
		b.WriteString(`{"type":"FeatureCollection","features":[`)
		for i := 0; i < 1000000; i++ {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString("{}")
		}
		b.WriteString("]}")
		path := filepath.Join(dir, "million.geojson")
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := LoadFile(path, nil)
		if err == nil || !strings.Contains(err.Error(), "million.geojson: 1000000 features is more than the 200000 a dataset may have") {
			t.Errorf("got %v", err)
		}
	})
}
