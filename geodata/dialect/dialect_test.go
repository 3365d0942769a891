package dialect_test

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/dialect"
)

func load(t *testing.T, file string) *geodata.Atlas {
	t.Helper()
	a, err := geodata.LoadFile(filepath.Join("testdata", file), nil)
	if err != nil {
		t.Fatalf("LoadFile: %v", err)
	}
	return a
}

func day(s string) geodata.Day { return geodata.MustDay(s) }

func TestDetect(t *testing.T) {
	tests := []struct {
		file string
		want dialect.Kind
	}{
		{"ohm-tallinn.geojson", dialect.OHM},
		{"qgis-memel.geojson", dialect.OHM},
		{"cshapes-baltic.geojson", dialect.CShapes},
		{"../../testdata/mini.geojson", dialect.Frontiers},
		{"../../../assets/frontiers.geojson", dialect.Frontiers},
		{"bad/notes.txt", dialect.Frontiers},
	}
	for _, tt := range tests {
		data, err := os.ReadFile(filepath.Join("testdata", tt.file))
		if err != nil {
			t.Fatal(err)
		}
		if got := dialect.Detect(data); got != tt.want {
			t.Errorf("%s: %v, want %v", tt.file, got, tt.want)
		}
	}
	// Only name and dates, as the issue has it: an export.
	bare := `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"X","start_date":"1940"},"geometry":null}]}`
	if got := dialect.Detect([]byte(bare)); got != dialect.OHM {
		t.Errorf("name and dates only: %v, want OHM", got)
	}
}

// A Frontiers file passes unchanged: the same bytes.
func TestFrontiersUnchanged(t *testing.T) {
	data, err := os.ReadFile("../../assets/frontiers.geojson")
	if err != nil {
		t.Fatal(err)
	}
	out, notes, err := dialect.Normalize("frontiers.geojson", data)
	if err != nil || notes != nil || &out[0] != &data[0] || len(out) != len(data) {
		t.Errorf("Normalize changed the bundled data: err %v, notes %v", err, notes)
	}
}

func TestOHM(t *testing.T) {
	a := load(t, "ohm-tallinn.geojson")
	vs := a.History("tallinn")
	if len(vs) != 2 {
		t.Fatalf("tallinn has %d versions, want 2 (the two of one geometry)", len(vs))
	}
	v := a.Version("tallinn", day("1939-09-01"))
	if v == nil || v.Name != "Tallinn" || v.Names["de"] != "Reval" || v.Names["ru"] != "Таллин" {
		t.Fatalf("Tallinn 1939: %+v", v)
	}
	if v.Controller.Name != "Tallinn" || v.Sovereign.Name != "Tallinn" || v.Status != "independent" {
		t.Errorf("holder defaults: %+v %+v %s", v.Controller, v.Sovereign, v.Status)
	}
	if v.Source != "Treaty of Tartu, 2 February 1920" {
		t.Errorf("source %q", v.Source)
	}
	if want := map[string]string{"wikidata": "Q1770"}; !reflect.DeepEqual(v.Extra, want) {
		t.Errorf("extra %v, want %v (boundary, admin_level, type ignored)", v.Extra, want)
	}
	if v2 := a.Version("tallinn", day("1941-01-01")); v2 == nil || !strings.Contains(v2.Source, "ohm-tallinn.geojson") {
		t.Errorf("a version without source: %+v", v2)
	}
	// Another geometry: another id; an EDTF start.
	w := a.Version("tallinn-2", day("1942-01-01"))
	if w == nil || w.Start.String() != "1941-08-28~" || !w.Start.Approx {
		t.Fatalf("tallinn-2: %+v", w)
	}
	n := a.Version("narva", day("1941-01-01"))
	if n == nil || n.Extra["population"] != "24000" || n.Extra["is_in"] != "Virumaa" || n.Names["et"] != "Narva" {
		t.Errorf("narva: %+v", n)
	}
	p := a.Version("paldiski", day("1939-01-01"))
	if p == nil || p.Kind != geodata.KindCity || p.End.String() != "1941-07" {
		t.Errorf("paldiski: %+v", p)
	}
	if a.Version("paldiski", day("1941-07-01")) != nil {
		t.Error("paldiski valid in July 1941: end_date 1941-07 ends it on the 1st")
	}

	data, _ := os.ReadFile("testdata/ohm-tallinn.geojson")
	_, notes, err := dialect.Normalize("ohm-tallinn.geojson", data)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"ohm-tallinn.geojson: read as an OpenHistoricalMap/QGIS export: name:xx tags into names, other properties kept as extra",
		`ohm-tallinn.geojson: 5 of 5 features have no id (no Feature id and no id, @id, osm_id or fid property): their versions are grouped by name, e.g. feature 0 "Tallinn" has id "tallinn"`,
		"ohm-tallinn.geojson: 5 features name no controller or sovereign: each is shown as held by itself (its own name)",
	}
	if !reflect.DeepEqual(notes, want) {
		t.Errorf("notes\n%q\nwant\n%q", notes, want)
	}
}

func TestQGIS(t *testing.T) {
	a := load(t, "qgis-memel.geojson")
	v := a.Version("1", day("1930-01-01"))
	if v == nil || v.Name != "Memel Territory" || v.Names["lt"] != "Klaipėdos kraštas" {
		t.Fatalf("fid 1: %+v", v)
	}
	if v.Controller != (geodata.Holder{Name: "Lithuania", COW: 368}) || v.Sovereign != v.Controller || v.Status != "annexed" {
		t.Errorf("a controller alone stands for the sovereign: %+v %+v %s", v.Controller, v.Sovereign, v.Status)
	}
	if v.Extra["digitised"] != "by hand from a 1930s school atlas" {
		t.Errorf("extra %v", v.Extra)
	}
	w := a.Version("2", day("1940-01-01"))
	if w == nil || w.Controller.Name != "Germany" || w.Controller.COW != 255 || w.Extra != nil {
		t.Errorf("fid 2: %+v", w)
	}
}

func TestCShapes(t *testing.T) {
	a := load(t, "cshapes-baltic.geojson")
	ee := a.Version("cshapes-366-1918-02-24", day("1940-08-05"))
	if ee == nil {
		t.Fatalf("Estonia not there on 1940-08-05, its last day; ids: %v", ids(a))
	}
	if ee.Name != "Estonia" || ee.Controller != (geodata.Holder{Name: "Estonia", COW: 366}) || ee.Sovereign != ee.Controller || ee.Status != "independent" {
		t.Errorf("Estonia: %+v", ee)
	}
	if ee.End.String() != "1940-08-06" || a.Version("cshapes-366-1918-02-24", day("1940-08-06")) != nil {
		t.Errorf("Estonia's end_date %s, want 1940-08-06 (the day after the inclusive last day)", ee.End)
	}
	if ee.Extra["capname"] != "Tallinn" || ee.Extra["status"] != "independent" || ee.Extra["fid"] != "101" || ee.Extra["gwsyear"] != "" {
		t.Errorf("extra %v", ee.Extra)
	}
	if ee.Source != "CShapes 2.0 (Schvitz et al. 2022)" {
		t.Errorf("source %q", ee.Source)
	}
	de := a.Version("cshapes-260-1939-03-16", day("1940-01-01"))
	if de == nil || de.Controller != (geodata.Holder{Name: "Germany (Prussia)", COW: 255}) {
		t.Errorf("Germany: GW 260 is COW 255: %+v", de)
	}
	bm := a.Version("cshapes-316-1939-03-16", day("1940-01-01"))
	if bm == nil || bm.Controller != (geodata.Holder{Name: "Germany (Prussia)", COW: 255}) || bm.Status != "integral" || bm.Extra["status"] != "dependency" {
		t.Errorf("a dependency is held by its owner: %+v", bm)
	}
	if lt := a.Version("cshapes-368-1918-02-16", day("1940-08-03")); lt == nil || lt.End.String() != "1940-08-04" {
		t.Errorf("Lithuania: %+v", lt)
	}
}

func ids(a *geodata.Atlas) []string {
	var out []string
	for _, f := range a.Features() {
		out = append(out, f.ID)
	}
	return out
}

// Each bad input gives one clear line naming file, feature and field, and
// saying what to do.
func TestBadInputs(t *testing.T) {
	tests := []struct{ file, want string }{
		{"cshapes-end-before-start.geojson", "cshapes-end-before-start.geojson: feature 0 (cshapes-366-1940-08-05): gwedate: 1918-02-24 is before gwsdate 1940-08-05: CShapes' end is the last day of the period, on or after its first"},
		{"ohm-edtf-interval.geojson", `ohm-edtf-interval.geojson: feature 0: start_date: "1939/1941" is an EDTF interval, not a date: write its first day as start_date and the day after its last as end_date (dates are YYYY-MM-DD or EDTF like 1941-07~)`},
		{"notes.txt", `notes.txt: not JSON: at byte 0: "Hello wor…": a dataset is a GeoJSON FeatureCollection`},
		{"ohm-missing-geometry.geojson", "ohm-missing-geometry.geojson: feature 1 (pärnu): geometry: missing: every feature needs a geometry (a Polygon or MultiPolygon for a territory)"},
		{"ohm-nameless.geojson", "ohm-nameless.geojson: feature 0: id: missing: add an id property or a Feature id (or a name, to group the versions of one territory by name)"},
		{"qgis-web-mercator.geojson", "qgis-web-mercator.geojson: crs: urn:ogc:def:crs:EPSG::3857: coordinates must be longitude/latitude (WGS 84): export again with the CRS EPSG:4326"},
		{"ohm-bad-date.geojson", `ohm-bad-date.geojson: feature 0 (tartu): start_date: "2 February 1920" is not a date (want YYYY-MM-DD, YYYY-MM or YYYY, optionally with ~): dates are YYYY-MM-DD or EDTF like 1941-07~`},
	}
	files, _ := filepath.Glob("testdata/bad/*")
	if len(files) != len(tests) {
		t.Errorf("testdata/bad has %d files, the table %d", len(files), len(tests))
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "bad", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			_, err = geodata.DecodeFeatures(tt.file, data)
			var ps geodata.Problems
			if !errors.As(err, &ps) || len(ps) != 1 {
				t.Fatalf("want one problem, have %v", err)
			}
			if got := ps[0].Error(); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
			if _, err := geodata.LoadFile(filepath.Join("testdata", "bad", tt.file), nil); err == nil {
				t.Error("LoadFile: no problem")
			}
		})
	}
}

func TestNotJSON(t *testing.T) {
	tests := []struct{ data, want string }{
		{"", "f: not JSON: the file is empty: a dataset is a GeoJSON FeatureCollection"},
		{"  \n", "f: not JSON: the file is empty: a dataset is a GeoJSON FeatureCollection"},
		{"Hi", `f: not JSON: at byte 0: "Hi": a dataset is a GeoJSON FeatureCollection`},
		{"\n\n  <html>", `f: not JSON: at byte 4 (line 3): "<html>": a dataset is a GeoJSON FeatureCollection`},
		{`{"type":`, "f: not JSON: at byte 8: the file ends in the middle of a value: it is cut short, or a bracket is missing"},
		{"{\"type\":\n\"FeatureCollection\",]}", `f: not JSON: at byte 29 (line 2): "]}": invalid character ']' looking for beginning of object key string`},
	}
	for _, tt := range tests {
		_, _, err := dialect.Normalize("f", []byte(tt.data))
		if err == nil || err.Error() != tt.want {
			t.Errorf("%q:\ngot  %v\nwant %s", tt.data, err, tt.want)
		}
	}
	// A byte-order mark is not an error.
	fc := `{"type":"FeatureCollection","features":[]}`
	if out, _, err := dialect.Normalize("f", []byte("\ufeff"+fc)); err != nil || string(out) != fc {
		t.Errorf("BOM: %q, %v", out, err)
	}
}

func TestAdvice(t *testing.T) {
	tests := []struct{ field, msg, want string }{
		{"id", "missing", "missing: add an id property or a Feature id"},
		{"status", "missing", `missing: add a status property, e.g. "integral" or "occupied"`},
		{"end_date", `"1941-13" is not a date (want YYYY-MM-DD)`, `"1941-13" is not a date (want YYYY-MM-DD): dates are YYYY-MM-DD or EDTF like 1941-07~`},
		{"name", "want a string, have a number", "want a string, have a number"},
		{"id", "missing: add an id property or a Feature id", "missing: add an id property or a Feature id"},
	}
	for _, tt := range tests {
		if got := dialect.Advice(tt.field, tt.msg); got != tt.want {
			t.Errorf("Advice(%q, %q) = %q, want %q", tt.field, tt.msg, got, tt.want)
		}
	}
}

// The package's copy of the statuses is geodata's.
func TestStatusesInStep(t *testing.T) {
	for _, s := range geodata.Statuses {
		fc := `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"X","boundary":"y","status":"` + s + `"},"geometry":{"type":"Point","coordinates":[1,2]}}]}`
		out, _, err := dialect.Normalize("f", []byte(fc))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(out), `"status":"`+s+`"`) {
			t.Errorf("status %q not kept: %s", s, out)
		}
	}
}

// Small cases of the OHM reader, on the normalized properties.
func TestOHMProperties(t *testing.T) {
	props := func(t *testing.T, p string) map[string]any {
		t.Helper()
		fc := `{"type":"FeatureCollection","features":[{"type":"Feature",` + p + `,"geometry":{"type":"Point","coordinates":[1,2]}}]}`
		out, _, err := dialect.Normalize("f", []byte(fc))
		if err != nil {
			t.Fatal(err)
		}
		var got struct {
			Features []struct {
				Properties map[string]any `json:"properties"`
			} `json:"features"`
		}
		if err := json.Unmarshal(out, &got); err != nil {
			t.Fatal(err)
		}
		return got.Features[0].Properties
	}
	// The Feature id member first, then id, @id, osm_id, fid.
	if p := props(t, `"id":7,"properties":{"name":"X","@id":"relation/1","fid":3}`); p["id"] != "7" || p["extra"].(map[string]any)["@id"] != "relation/1" {
		t.Errorf("Feature id: %v", p)
	}
	if p := props(t, `"properties":{"name":"X","@id":"relation/1","fid":3}`); p["id"] != "relation/1" {
		t.Errorf("@id before fid: %v", p)
	}
	if p := props(t, `"properties":{"name":"X","osm_id":123456789012345,"fid":3}`); p["id"] != "123456789012345" {
		t.Errorf("osm_id: %v", p)
	}
	// name:en is the English name; the local one is kept, undetermined.
	if p := props(t, `"properties":{"name":"Wilno","name:en":"Vilnius","boundary":"a"}`); p["name"] != "Vilnius" || p["names"].(map[string]any)["und"] != "Wilno" {
		t.Errorf("name:en: %v", p)
	}
	// A date written as a number (a QGIS integer field).
	if p := props(t, `"properties":{"name":"X","fid":1,"start_date":1939}`); p["start_date"] != "1939" {
		t.Errorf("number date: %v", p)
	}
	// start_date:edtf stands in for a missing start_date.
	if p := props(t, `"properties":{"name":"X","fid":1,"start_date:edtf":"1939-09~"}`); p["start_date"] != "1939-09~" {
		t.Errorf("edtf tag: %v", p)
	}
	// A sovereign alone stands for the controller; an unknown status is kept aside.
	p := props(t, `"properties":{"name":"X","fid":1,"sovereign":"Poland","sovereign_cow":290,"status":"province"}`)
	if p["controller"] != "Poland" || p["controller_cow"] != float64(290) || p["status"] != "integral" || p["extra"].(map[string]any)["status"] != "province" {
		t.Errorf("sovereign alone: %v", p)
	}
	if p["kind"] != "city" {
		t.Errorf("a point's kind: %v", p["kind"])
	}
}

// CShapes dates as the file writes them: local midnight in UTC.
func TestCShapesDates(t *testing.T) {
	tests := []struct{ start, end, wantStart, wantEnd string }{
		{"31.12.1885 23:00:00", "13.10.1923 22:00:00", "1886-01-01", "1923-10-15"},
		{"01.01.1886 00:00:00", "", "1886-01-01", ""},
		{"1918-02-24", "1940-08-05", "1918-02-24", "1940-08-06"},
		{"19180224", "19400805", "1918-02-24", "1940-08-06"},
	}
	for _, tt := range tests {
		fc := `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"cntry_name":"X","gwcode":1,"gwsdate":"` + tt.start + `","gwedate":"` + tt.end + `","status":"independent"},"geometry":{"type":"Point","coordinates":[1,2]}}]}`
		out, _, err := dialect.Normalize("f", []byte(fc))
		if err != nil {
			t.Fatal(err)
		}
		s := string(out)
		if !strings.Contains(s, `"start_date":"`+tt.wantStart+`"`) || (tt.wantEnd != "") != strings.Contains(s, "end_date") || !strings.Contains(s, `"end_date":"`+tt.wantEnd+`"`) && tt.wantEnd != "" {
			t.Errorf("%s–%s: %s", tt.start, tt.end, s)
		}
	}
	// Years, months and days when there is no date.
	fc := `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"country_name":"X","cowcode":2,"gwsyear":1939,"gwsmonth":9,"gwsday":1,"status":"independent"},"geometry":{"type":"Point","coordinates":[1,2]}}]}`
	out, _, _ := dialect.Normalize("f", []byte(fc))
	if !strings.Contains(string(out), `"id":"cshapes-2-1939-09-01"`) {
		t.Errorf("split date: %s", out)
	}
}

// Normalizing twice is normalizing once.
func TestIdempotent(t *testing.T) {
	for _, f := range []string{"ohm-tallinn.geojson", "qgis-memel.geojson", "cshapes-baltic.geojson"} {
		data, _ := os.ReadFile(filepath.Join("testdata", f))
		once, _, err := dialect.Normalize(f, data)
		if err != nil {
			t.Fatal(err)
		}
		if dialect.Detect(once) != dialect.Frontiers {
			t.Errorf("%s: normalized is %v", f, dialect.Detect(once))
		}
		twice, _, err := dialect.Normalize(f, once)
		if err != nil || string(twice) != string(once) {
			t.Errorf("%s: normalizing again changed it (%v)", f, err)
		}
	}
}

// BenchmarkNormalizeFrontiers is the cost of the hook on the bundled
// data: a validation and a look at the first features.
func BenchmarkNormalizeFrontiers(b *testing.B) {
	data, err := os.ReadFile("../../assets/frontiers.geojson")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for i := 0; i < b.N; i++ {
		if _, _, err := dialect.Normalize("f", data); err != nil {
			b.Fatal(err)
		}
	}
}
