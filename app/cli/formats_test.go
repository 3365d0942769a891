package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// The fixtures of package dialect: an OpenHistoricalMap export without
// ids, a QGIS export with fid, a CShapes 2.0 file.
const dialectData = "../../geodata/dialect/testdata/"

// Each foreign fixture goes through check (the reader's notes, then the
// summary), query (JSON with the extra properties) and query --text.
func TestForeignFormats(t *testing.T) {
	tests := []struct {
		file     string
		notes    []string // a part of each note, in order
		features int
		date, at string
		id       string
		extra    map[string]string // a part of extra
		text     []string          // lines of query --text
	}{
		{"ohm-tallinn.geojson", []string{"read as an OpenHistoricalMap/QGIS export", "grouped by name", "held by itself"}, 5,
			"1939-06-01", "59.38,28.2", "narva", map[string]string{"population": "24000", "is_in": "Virumaa"},
			[]string{"id: narva", "name:de: Narwa", "controller: Narva (no COW code)", "extra.population: 24000", "until: open"}},
		{"qgis-memel.geojson", []string{"read as an OpenHistoricalMap/QGIS export"}, 2,
			"1939-06-01", "55.6,21.5", "2", nil,
			[]string{"id: 2", "name: Memel Territory", "controller: Germany (COW 255)", "status: ceded", "until: 1945-01-28 (exclusive: the first day it no longer holds)"}},
		{"cshapes-baltic.geojson", []string{"read as CShapes 2.0: its end dates are inclusive (the last day), so each end_date is the day after it"}, 5,
			"1939-06-01", "59,25", "cshapes-366-1918-02-24", map[string]string{"capname": "Tallinn", "area": "45000.0"},
			[]string{"name: Estonia", "controller: Estonia (COW 366)", "since: 1918-02-24", "until: 1940-08-06 (exclusive: the first day it no longer holds)", "extra.capname: Tallinn"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			file := dialectData + tt.file
			out, errOut, code := runCLI(t, "check", file)
			if code != 0 || errOut != "" {
				t.Fatalf("check: exit %d, stderr %q", code, errOut)
			}
			var notes []string
			for _, l := range strings.Split(out, "\n") {
				if n, ok := strings.CutPrefix(l, "note: "); ok {
					notes = append(notes, n)
				}
			}
			if len(notes) != len(tt.notes) {
				t.Fatalf("check notes %q, want %d", notes, len(tt.notes))
			}
			for i, w := range tt.notes {
				if !strings.HasPrefix(notes[i], file+": ") || !strings.Contains(notes[i], w) {
					t.Errorf("note %d: %q, want the file and %q", i, notes[i], w)
				}
			}
			if s := summary(t, out); !strings.HasPrefix(s, file+": "+itoa(tt.features)+" features, 0 events, no problems") {
				t.Errorf("check summary %q", s)
			}

			out, errOut, code = runCLI(t, "query", "--data", file, "--date", tt.date, "--at", tt.at)
			var q queryResult
			if code != 0 || errOut != "" || json.Unmarshal([]byte(out), &q) != nil {
				t.Fatalf("query: exit %d, stderr %q, stdout %q", code, errOut, out)
			}
			if q.ID != tt.id {
				t.Errorf("query id %q, want %q", q.ID, tt.id)
			}
			for k, v := range tt.extra {
				if q.Extra[k] != v {
					t.Errorf("query extra %v, want %s: %s", q.Extra, k, v)
				}
			}
			if tt.extra == nil && strings.Contains(out, `"extra"`) {
				t.Errorf("query printed extra for a file without: %s", out)
			}

			out, errOut, code = runCLI(t, "query", "--text", "--data", file, "--date", tt.date, "--at", tt.at)
			if code != 0 || errOut != "" {
				t.Fatalf("query --text: exit %d, stderr %q", code, errOut)
			}
			lines := strings.Split(out, "\n")
			for _, w := range tt.text {
				found := false
				for _, l := range lines {
					found = found || l == w
				}
				if !found {
					t.Errorf("query --text has no line %q:\n%s", w, out)
				}
			}
		})
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

// The foreign readers' own bad inputs (a CShapes file with its end before
// its start, an OHM file with an EDTF interval, ...) give check one line
// per problem naming the file, the feature and the field, with what to do.
func TestForeignBadInputsInCheck(t *testing.T) {
	tests := []struct{ file, want string }{
		{"cshapes-end-before-start.geojson", "feature 0 (cshapes-366-1940-08-05): gwedate: 1918-02-24 is before gwsdate 1940-08-05: CShapes' end is the last day of the period"},
		{"ohm-edtf-interval.geojson", `feature 0: start_date: "1939/1941" is an EDTF interval, not a date: write its first day as start_date`},
		{"ohm-bad-date.geojson", "dates are YYYY-MM-DD or EDTF like 1941-07~"},
		{"ohm-missing-geometry.geojson", "feature 1 (pärnu): geometry: missing: every feature needs a geometry"},
		{"ohm-nameless.geojson", "feature 0: id: missing: add an id property or a Feature id"},
		{"qgis-web-mercator.geojson", "crs: urn:ogc:def:crs:EPSG::3857: coordinates must be longitude/latitude (WGS 84): export again with the CRS EPSG:4326"},
		{"notes.txt", `not JSON: at byte 0: "Hello wor…": a dataset is a GeoJSON FeatureCollection`},
	}
	files, _ := filepath.Glob(dialectData + "bad/*")
	if len(files) != len(tests) {
		t.Errorf("%d bad inputs in %sbad, %d tested", len(files), dialectData, len(tests))
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			file := dialectData + "bad/" + tt.file
			out, _, code := runCLI(t, "check", file)
			if code != 1 {
				t.Errorf("check exit %d, want 1", code)
			}
			found := false
			for _, l := range strings.Split(out, "\n") {
				found = found || strings.HasPrefix(l, file+": ") && strings.Contains(l, tt.want)
			}
			if !found {
				t.Errorf("check printed\n%s\nwant a line naming %s with %q", out, file, tt.want)
			}
		})
	}
}
