package geodata

import (
	"errors"
	"strings"
	"testing"

	"github.com/paulmach/orb"
)

func loadMini(t testing.TB) *Atlas {
	t.Helper()
	a, err := LoadFile("testdata/mini.geojson", nil)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestTerritoryAt(t *testing.T) {
	a := loadMini(t)
	tests := []struct {
		name       string
		day        string
		at         orb.Point
		id         string
		controller string
		sovereign  string
		status     string
	}{
		{"west before occupation", "1940-06-16", orb.Point{22, 52}, "westmark", "West", "West", "independent"},
		{"west on occupation day", "1940-06-17", orb.Point{22, 52}, "westmark", "East", "West", "occupied"},
		{"west day before annexation", "1940-08-05", orb.Point{22, 52}, "westmark", "East", "West", "occupied"},
		{"west annexed", "1940-08-06", orb.Point{22, 52}, "westmark", "East", "East", "annexed"},
		{"east always", "1939-01-01", orb.Point{27, 52}, "eastmark", "East", "East", "integral"},
		{"south not yet", "1941-06-30", orb.Point{22, 47}, "", "", "", ""},
		{"south approx", "1941-07-01", orb.Point{22, 47}, "southmark", "South", "South", "independent"},
		{"south hole", "1942-01-01", orb.Point{25, 47}, "", "", "", ""},
		{"sea", "1942-01-01", orb.Point{0, 0}, "", "", "", ""},
		{"out of range", "1942-01-01", orb.Point{500, 95}, "", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := a.TerritoryAt(MustDay(tt.day), tt.at)
			if tt.id == "" {
				if f != nil {
					t.Fatalf("got %s, want nothing", f.ID)
				}
				return
			}
			if f == nil {
				t.Fatalf("got nothing, want %s", tt.id)
			}
			if f.ID != tt.id || f.Controller.Name != tt.controller || f.Sovereign.Name != tt.sovereign || f.Status != tt.status {
				t.Errorf("got %s %s/%s %s, want %s %s/%s %s", f.ID, f.Controller.Name, f.Sovereign.Name, f.Status, tt.id, tt.controller, tt.sovereign, tt.status)
			}
		})
	}
}

func TestAtAndHistory(t *testing.T) {
	a := loadMini(t)
	count := func(d string) int { return len(a.At(MustDay(d))) }
	if got := count("1939-01-01"); got != 3 { // westmark, eastmark, frontier
		t.Errorf("1939-01-01: %d features, want 3", got)
	}
	if got := count("1942-01-01"); got != 5 {
		t.Errorf("1942-01-01: %d features, want 5", got)
	}
	h := a.History("westmark")
	if len(h) != 3 || h[0].Status != "independent" || h[2].Status != "annexed" {
		t.Fatalf("history of westmark: %v", h)
	}
	if v := a.Version("westmark", MustDay("1940-07-01")); v == nil || v.Status != "occupied" {
		t.Errorf("Version(westmark, 1940-07-01) = %v", v)
	}
	if ev := a.EventsFor("westmark"); len(ev) != 2 {
		t.Errorf("EventsFor(westmark): %d events, want 2", len(ev))
	}
	if ev := a.EventsBetween(MustDay("1940-06-17"), MustDay("1941-07-01")); len(ev) != 3 {
		t.Errorf("EventsBetween: %d events, want 3", len(ev))
	}
	if i := a.EventIndex(MustDay("1940-06-16")); i != -1 {
		t.Errorf("EventIndex before all = %d", i)
	}
	if i := a.EventIndex(MustDay("1940-08-06")); i != 1 {
		t.Errorf("EventIndex on annexation = %d, want 1", i)
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in     string
		want   string
		approx bool
		err    bool
	}{
		{"1942-05-26", "1942-05-26", false, false},
		{"1941-07~", "1941-07-01", true, false},
		{"1941-12-16~", "1941-12-16", true, false},
		{"1941", "1941-01-01", true, false},
		{"1940-02-30", "", false, true},
		{"1940-02-29", "1940-02-29", false, false},
		{"1941-02-29", "", false, true},
		{"1940-13-01", "", false, true},
		{"40-01-01", "", false, true},
		{"", "", false, true},
		{"1940-1-01", "", false, true},
		{"1940-01-01T00:00", "", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, err := ParseDate(tt.in)
			if (err != nil) != tt.err {
				t.Fatalf("err = %v, want error %v", err, tt.err)
			}
			if err == nil && (d.Day.String() != tt.want || d.Approx != tt.approx) {
				t.Errorf("got %s approx=%v, want %s approx=%v", d.Day, d.Approx, tt.want, tt.approx)
			}
		})
	}
	if s := MustDay("1942-05-26").Long(); s != "Tuesday 26 May 1942" {
		t.Errorf("Long = %q", s)
	}
}

func TestDecodeProblems(t *testing.T) {
	feat := func(props, geom string) string {
		return `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{` + props + `},"geometry":` + geom + `}]}`
	}
	sq := `{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}`
	ok := `"id":"x","name":"X","controller":"A","sovereign":"A","status":"independent","source":"s"`
	tests := []struct {
		name, data, want string
	}{
		{"bad json", `{"type":`, "t.geojson: not valid JSON"},
		{"not a collection", `{"type":"Feature"}`, `t.geojson: type: want "FeatureCollection"`},
		{"bad date", feat(ok+`,"start_date":"1940-02-30"`, sq), "t.geojson: feature 0 (x): start_date:"},
		{"end before start", feat(ok+`,"start_date":"1940-02-03","end_date":"1940-01-01"`, sq), "feature 0 (x): end_date: 1940-01-01 is not after start_date"},
		{"unknown status", feat(`"id":"x","name":"X","controller":"A","sovereign":"A","status":"conquered","source":"s"`, sq), `feature 0 (x): status: unknown status "conquered"`},
		{"missing source", feat(`"id":"x","name":"X","controller":"A","sovereign":"A","status":"independent"`, sq), "feature 0 (x): source: missing"},
		{"unclosed ring", feat(ok, `{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}`), "feature 0 (x): geometry: ring 0 is not closed"},
		{"out of range", feat(ok, `{"type":"Polygon","coordinates":[[[0,0],[191,0],[1,1],[0,1],[0,0]]]}`), "outside longitude"},
		{"unknown geometry", feat(ok, `{"type":"Circle","coordinates":[0,0]}`), "feature 0 (x): geometry:"},
		{"missing geometry", feat(ok, `null`), "feature 0 (x): geometry: missing"},
		{"cow not integer", feat(ok+`,"controller_cow":"365"`, sq), "feature 0 (x): controller_cow: want an integer or null"},
		{"not utf8", "\xff\xfe", "t.geojson: not UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeFeatures("t.geojson", []byte(tt.data))
			if err == nil {
				t.Fatal("no error")
			}
			var ps Problems
			if !errors.As(err, &ps) {
				t.Fatalf("error %T is not Problems", err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
		})
	}
}

func TestOverlappingVersions(t *testing.T) {
	sq := `{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}`
	data := `{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"id":"x","name":"X","controller":"A","sovereign":"A","status":"independent","source":"s","end_date":"1940-06-01"},"geometry":` + sq + `},
{"type":"Feature","properties":{"id":"x","name":"X","controller":"B","sovereign":"A","status":"occupied","source":"s","start_date":"1940-05-01"},"geometry":` + sq + `}]}`
	fs, err := DecodeFeatures("t.geojson", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	_, err = New("t.geojson", fs, []Event{{ID: "e", Territories: []string{"nope"}}}, nil)
	if err == nil || !strings.Contains(err.Error(), "feature 1 (x): start_date: overlaps feature 0") || !strings.Contains(err.Error(), `event 0 (e): territories: no feature has id "nope"`) {
		t.Errorf("got %v", err)
	}
}

func TestProjectRoundTrip(t *testing.T) {
	for _, p := range []orb.Point{{10, 52}, {-20, 30}, {60, 70}, {24.75, 59.43}} {
		q := Unproject(Project(p))
		if dx, dy := q[0]-p[0], q[1]-p[1]; dx*dx+dy*dy > 1e-14 {
			t.Errorf("%v -> %v", p, q)
		}
	}
	// One degree square at the equator is ~12,364 km².
	sq := orb.Polygon{{{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}}}
	if a := Area(sq); a < 12200 || a > 12500 {
		t.Errorf("area of 1°×1° at the equator = %.0f km²", a)
	}
}

func TestRingCrossing(t *testing.T) {
	tests := []struct {
		name  string
		ring  orb.Ring
		cross bool
	}{
		{"square", orb.Ring{{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}}, false},
		{"bow tie", orb.Ring{{0, 0}, {1, 1}, {1, 0}, {0, 1}, {0, 0}}, true},
		{"touching at a vertex", orb.Ring{{0, 0}, {2, 0}, {1, 1}, {2, 2}, {0, 2}, {1, 1}, {0, 0}}, false},
		{"doubling back along an edge", orb.Ring{{0, 0}, {2, 0}, {1, 0}, {1, 1}, {0, 0}}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i, _ := ringCrossing(tt.ring)
			if (i >= 0) != tt.cross {
				t.Errorf("ringCrossing = %d, want crossing %v", i, tt.cross)
			}
		})
	}
}

func TestTwoTerritoriesOnTheSameLand(t *testing.T) {
	sq := `{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}`
	half := `{"type":"Polygon","coordinates":[[[0.5,0],[2,0],[2,1],[0.5,1],[0.5,0]]]}`
	feat := func(id, dates, geom string) string {
		return `{"type":"Feature","properties":{"id":"` + id + `","name":"X","controller":"A","sovereign":"A","status":"independent","source":"s"` + dates + `},"geometry":` + geom + `}`
	}
	tests := []struct {
		name, a, b string
		problem    bool
	}{
		{"same land, same days", feat("x", "", sq), feat("y", `,"start_date":"1940-01-01"`, half), true},
		{"same land, one after the other", feat("x", `,"end_date":"1940-01-01"`, sq), feat("y", `,"start_date":"1940-01-01"`, half), false},
		{"neighbours sharing a border", feat("x", "", sq), feat("y", "", `{"type":"Polygon","coordinates":[[[1,0],[2,0],[2,1],[1,1],[1,0]]]}`), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs, err := DecodeFeatures("t.geojson", []byte(`{"type":"FeatureCollection","features":[`+tt.a+","+tt.b+`]}`))
			if err != nil {
				t.Fatal(err)
			}
			_, err = New("t.geojson", fs, nil, nil)
			if tt.problem {
				if err == nil || !strings.Contains(err.Error(), "t.geojson: feature 1 (y): geometry: covers the same land as feature 0 (x) on 1940-01-01") {
					t.Errorf("got %v", err)
				}
			} else if err != nil {
				t.Errorf("got %v", err)
			}
		})
	}
}
