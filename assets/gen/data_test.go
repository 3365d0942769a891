package main

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/peterstace/simplefeatures/geom"
)

// TestLoadData loads the data files as they are: every piece has its
// recipe, every recipe its piece, every id an event names exists.
func TestLoadData(t *testing.T) {
	d, err := loadData(dataFS, regions)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.territories) < 200 || len(d.events) < 150 || len(d.cutters) < 100 {
		t.Errorf("loaded %d pieces, %d events, %d lines: fewer than the dataset has", len(d.territories), len(d.events), len(d.cutters))
	}
}

// testData is a small valid set of data files for the table below.
func testData() fstest.MapFS {
	return fstest.MapFS{
		"data/holders.json": {Data: []byte(`{"holders": [{"name": "Finland", "cow": 375}, {"name": "Soviet Union", "cow": 365}]}`)},
		"data/r/pieces.json": {Data: []byte(`{"pieces": [
			{"id": "fi-hanko", "name": "Hanko", "topics": ["finland"], "versions": [
				{"end": "1940-03-23", "controller": "Finland", "sovereign": "Finland", "status": "integral", "source": "Tartu 1920"},
				{"start": "1940-03-23", "controller": "Soviet Union", "sovereign": "Finland", "status": "leased", "source": "Moscow 1940", "precision": "approximate"}]}]}`)},
		"data/r/events.json": {Data: []byte(`{"events": [
			{"id": "lease", "date": "1940-03-22", "title": "Lease", "description": "Hanko leased.", "territories": ["fi-hanko", "base-x"], "source": "Moscow 1940"}]}`)},
		"data/r/overlays.json": {Data: []byte(`{"overlays": [
			{"id": "base-x", "name": "Base", "kind": "base", "source": "FRUS", "point": [23, 59.8]}]}`)},
		"data/r/lines.json": {Data: []byte(`[{"id": "fi-hanko", "title": "Hanko", "source": "Moscow 1940", "line": [{"lon": 22.9, "lat": 59.9, "ref": "Hanko"}], "overshoot": []}]`)},
	}
}

var testRegions = []region{{dir: "r", file: "assets/gen/test.go", pieces: recipes{"fi-hanko": func(*builder) geom.Geometry { return geom.Geometry{} }}}}

// TestLoadDataErrors: each kind of mistake in a data file is reported with
// the file, the piece, overlay or event, the field and what to do.
func TestLoadDataErrors(t *testing.T) {
	if _, err := loadData(testData(), testRegions); err != nil {
		t.Fatalf("the valid test data: %v", err)
	}
	tests := []struct {
		name, file, old, new string
		regions              []region
		want                 []string
	}{
		{"bad JSON", "data/r/pieces.json", `"pieces": [`, `"pieces": [,`, nil,
			[]string{"data/r/pieces.json: not valid JSON (line 1", "fix the syntax"}},
		{"unknown field", "data/r/pieces.json", `"status": "leased"`, `"statu": "leased"`, nil,
			[]string{"data/r/pieces.json: piece 0", `unknown field "statu"`}},
		{"unknown status", "data/r/pieces.json", `"status": "leased"`, `"status": "rented"`, nil,
			[]string{`data/r/pieces.json: piece 0 (fi-hanko): versions[1].status: unknown status "rented"; use one of: independent,`}},
		{"unknown holder", "data/r/pieces.json", `"controller": "Soviet Union"`, `"controller": "USSR"`, nil,
			[]string{`piece 0 (fi-hanko): versions[1].controller: unknown holder "USSR"; fix the name or add it to data/holders.json`}},
		{"bad date", "data/r/pieces.json", `"end": "1940-03-23"`, `"end": "1940-02-30"`, nil,
			[]string{`piece 0 (fi-hanko): versions[0].end:`, "write YYYY-MM-DD"}},
		{"gap between versions", "data/r/pieces.json", `{"start": "1940-03-23"`, `{"start": "1940-03-24"`, nil,
			[]string{`versions[1].start: "1940-03-24" is not the previous version's end "1940-03-23"`}},
		{"empty version", "data/r/pieces.json", `"end": "1940-03-23", "controller"`, `"end": "1940-03-23", "start": "1940-03-23", "controller"`, nil,
			[]string{`versions[0].end: 1940-03-23 is not after the start 1940-03-23`}},
		{"last version ends", "data/r/pieces.json", `"status": "leased"`, `"status": "leased", "end": "1941-12-03"`, nil,
			[]string{`versions[1].end: the last version has an open end`}},
		{"no source", "data/r/pieces.json", `"source": "Tartu 1920"`, `"source": ""`, nil,
			[]string{`piece 0 (fi-hanko): versions[0].source: missing: name the treaty, act or event`}},
		{"bad precision", "data/r/pieces.json", `"precision": "approximate"`, `"precision": "rough"`, nil,
			[]string{`versions[1].precision: want "approximate", "exact" or nothing, have "rough"`}},
		{"unknown topic", "data/r/pieces.json", `"topics": ["finland"]`, `"topics": ["finnland"]`, nil,
			[]string{`piece 0 (fi-hanko): topics: unknown topic "finnland"`}},
		{"piece without recipe", "data/r/pieces.json", `"id": "fi-hanko"`, `"id": "fi-hangö"`, nil,
			[]string{`piece 0 (fi-hangö): id: no geometry recipe; add one to the recipes of assets/gen/test.go`,
				`assets/gen/test.go has a recipe for "fi-hanko" but this file has no such piece`}},
		{"duplicate id", "data/r/overlays.json", `"id": "base-x"`, `"id": "fi-hanko"`, nil,
			[]string{`data/r/overlays.json: overlay 0 (fi-hanko): id: already used in data/r/pieces.json`}},
		{"event names unknown piece", "data/r/events.json", `"fi-hanko", "base-x"`, `"fi-hanko", "base-y"`, nil,
			[]string{`data/r/events.json: event 0 (lease): territories: no piece or overlay "base-y"`}},
		{"event without territories", "data/r/events.json", `"territories": ["fi-hanko", "base-x"], `, ``, nil,
			[]string{`data/r/events.json: event 0 (lease): territories: missing: list the ids of the pieces`}},
		{"event id used twice", "data/r/events.json", `"source": "Moscow 1940"}]}`, `"source": "Moscow 1940"}, {"id": "lease", "date": "1940-03-23", "title": "Again", "description": "D.", "territories": [], "source": "S"}]}`, nil,
			[]string{`data/r/events.json: event 1 (lease): id: duplicate id`}},
		{"event id used in two files", "data/r/events.json", `"lease"`, `"lease"`, []region{testRegions[0], {dir: "r2"}},
			[]string{`data/r2/events.json: event 0 (lease): id: already used in data/r/events.json`}},
		{"event field unknown", "data/r/events.json", `"source": "Moscow 1940"`, `"source": "Moscow 1940", "date_notes": "N"`, nil,
			[]string{`data/r/events.json: event 0 (lease)`, `unknown field "date_notes"`}},
		{"event date", "data/r/events.json", `"date": "1940-03-22"`, `"date": "22 March 1940"`, nil,
			[]string{`data/r/events.json: event 0 (lease): date:`}},
		{"event without source", "data/r/events.json", `"source": "Moscow 1940"`, `"source": ""`, nil,
			[]string{`data/r/events.json: event 0 (lease): source: missing`}},
		{"overlay without geometry", "data/r/overlays.json", `, "point": [23, 59.8]`, ``, nil,
			[]string{`overlay 0 (base-x): give exactly one of point, line, pieces and frontier (have 0)`}},
		{"overlay point out of range", "data/r/overlays.json", `[23, 59.8]`, `[59.8]`, nil,
			[]string{`overlay 0 (base-x): point: want [longitude, latitude] in degrees`}},
		{"overlay kind", "data/r/overlays.json", `"kind": "base"`, `"kind": "harbour"`, nil,
			[]string{`overlay 0 (base-x): kind: want one of frontier, sphere, base`}},
		{"line without ref", "data/r/lines.json", `"ref": "Hanko"`, `"ref": ""`, nil,
			[]string{`data/r/lines.json: line 0 (fi-hanko): line[0].ref: missing: name the place`}},
		{"pieces file missing", "data/r/pieces.json", "", "", nil,
			[]string{`data/r/pieces.json: missing, but assets/gen/test.go has recipes for 1 pieces`}},
		{"holders missing", "data/holders.json", "", "", nil,
			[]string{`data/holders.json: missing`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fsys := testData()
			if tc.old == "" {
				delete(fsys, tc.file)
			} else {
				s := string(fsys[tc.file].Data)
				if !strings.Contains(s, tc.old) {
					t.Fatalf("%s has no %q", tc.file, tc.old)
				}
				fsys[tc.file] = &fstest.MapFile{Data: []byte(strings.Replace(s, tc.old, tc.new, 1))}
			}
			regs := tc.regions
			if regs == nil {
				regs = testRegions
			}
			for _, r := range regs[1:] {
				// a second region holds a copy of the first's events
				fsys["data/"+r.dir+"/events.json"] = fsys[tc.file]
			}
			_, err := loadData(fsys, regs)
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error\n%v\nlacks %q", err, w)
				}
			}
		})
	}
}
