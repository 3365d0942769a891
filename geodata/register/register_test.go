package register

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/internal/testfile"
)

// klin is a small zone used by the table tests.
const klin = `{
  "zone": "test-moscow", "title": "Test: Moscow 1941", "start": "1941-06-22", "end": "1943-01-01",
  "sources": {"ZB": "Ziemke and Bauer, Moscow to Stalingrad (1987)", "ER": "Erickson, The Road to Stalingrad (1975)"},
  "places": [
    {"id": "klin", "name": "Klin", "names": {"ru": "Клин"}, "lat": 56.33, "lon": 36.73, "initial": "Soviet Union",
     "changes": [
       {"date": "1941-11-23", "to": "Germany", "by": "3rd Panzer Group", "source": "ZB ch. 3"},
       {"date": "1941-12-15", "to": "Soviet Union", "by": "30th Army", "source": "ZB ch. 4; ER ch. 7"}]},
    {"id": "yukhnov", "name": "Yukhnov", "lat": 54.74, "lon": 35.23, "initial": "Soviet Union",
     "changes": [
       {"date": "1941-10-05", "to": "Germany", "by": "XXXXVI Panzer Corps", "source": "ZB", "precision": "approximate", "note": "Early October; not sure to the day."},
       {"date": "1942-03-05", "to": "Soviet Union", "source": "ER"}]},
    {"id": "moscow", "name": "Moscow", "lat": 55.75, "lon": 37.62, "initial": "Soviet Union"}
  ]
}`

func decodeKlin(t *testing.T) *Register {
	t.Helper()
	r, err := Load(fstest.MapFS{"reg/test-moscow.json": {Data: []byte(klin)}}, "reg")
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestController(t *testing.T) {
	r := decodeKlin(t)
	for _, tc := range []struct {
		place, day string
		want       string
		ok         bool
	}{
		{"klin", "1941-06-22", "Soviet Union", true},
		{"klin", "1941-11-22", "Soviet Union", true},
		{"klin", "1941-11-23", "Germany", true},
		{"klin", "1941-12-14", "Germany", true},
		{"klin", "1941-12-15", "Soviet Union", true},
		{"klin", "1942-12-31", "Soviet Union", true},
		{"klin", "1941-06-21", "", false}, // before the zone
		{"klin", "1943-01-01", "", false}, // the end is exclusive
		{"yukhnov", "1941-10-05", "Germany", true},
		{"yukhnov", "1942-03-04", "Germany", true},
		{"yukhnov", "1942-03-05", "Soviet Union", true},
		{"moscow", "1941-12-01", "Soviet Union", true},
		{"nowhere", "1941-12-01", "", false},
	} {
		t.Run(tc.place+"/"+tc.day, func(t *testing.T) {
			got, ok := r.Controller(tc.place, geodata.MustDay(tc.day))
			if got != tc.want || ok != tc.ok {
				t.Errorf("Controller = %q, %v; want %q, %v", got, ok, tc.want, tc.ok)
			}
		})
	}
}

func TestEntriesAndFormat(t *testing.T) {
	r := decodeKlin(t)
	for _, tc := range []struct {
		place, day string
		n          int
		want       string
	}{
		{"klin", "1941-07-01", 0, "Klin: held by Soviet Union"},
		{"klin", "1941-11-30", 1, "Klin: taken by 3rd Panzer Group (Germany) 23 Nov 1941 (ZB ch. 3)"},
		{"klin", "1942-01-10", 2, "Klin: taken by 3rd Panzer Group (Germany) 23 Nov 1941 (ZB ch. 3); retaken by 30th Army (Soviet Union) 15 Dec 1941 (ZB ch. 4; ER ch. 7)"},
		{"yukhnov", "1942-06-01", 2, "Yukhnov: taken by XXXXVI Panzer Corps (Germany) c. 5 Oct 1941 (ZB); retaken for Soviet Union 5 Mar 1942 (ER)"},
		{"moscow", "1942-06-01", 0, "Moscow: held by Soviet Union"},
	} {
		t.Run(tc.place+"/"+tc.day, func(t *testing.T) {
			es := r.Entries(tc.place, geodata.MustDay(tc.day))
			if len(es) != tc.n {
				t.Fatalf("%d entries, want %d", len(es), tc.n)
			}
			if got := Format(r.Place(tc.place), es); got != tc.want {
				t.Errorf("Format =\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
	if z := r.Zone("test-moscow"); z == nil || !z.Covers(geodata.MustDay("1942-12-31")) || z.Covers(geodata.MustDay("1943-01-01")) || r.Zone("nope") != nil {
		t.Errorf("Zone/Covers wrong: %v", z)
	}
	if es := r.Entries("klin", geodata.MustDay("1943-02-01")); es != nil {
		t.Errorf("entries outside the zone: %v", es)
	}
	// From is filled in by Decode.
	if es := r.Entries("klin", geodata.MustDay("1942-01-10")); es[0].From != "Soviet Union" || es[1].From != "Germany" {
		t.Errorf("From = %q, %q", es[0].From, es[1].From)
	}
	// A later slice of entries still knows the holders before it.
	p := r.Place("klin")
	if got, want := Format(p, p.Changes[1:]), "Klin: retaken by 30th Army (Soviet Union) 15 Dec 1941 (ZB ch. 4; ER ch. 7)"; got != want {
		t.Errorf("Format of the later entry = %q, want %q", got, want)
	}
}

func TestStateOf(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Germany (military administration)", "Germany"},
		{"Germany", "Germany"},
		{"Soviet Union (occupation zone in Iran)", "Soviet Union"},
		{"Germany and Italy (military occupation)", "Germany|Italy"},
		{"United States and United Kingdom", "United States|United Kingdom"},
		{"Muscat and Oman", "Muscat and Oman"},
		{"Free France (with British forces)", "Free France"},
	} {
		if got := strings.Join(StateOf(tc.in), "|"); got != tc.want {
			t.Errorf("StateOf(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestBad decodes every file of testdata/bad and compares the problems
// with the .want file beside it, one line per problem.
func TestBad(t *testing.T) {
	testfile.Each(t, "testdata/bad/*.json", 1, func(t *testing.T, f string) {
		_, err := Decode(filepath.Base(f), testfile.Read(t, f))
		if err == nil {
			t.Fatal("decoded without a problem")
		}
		if got, want := err.Error()+"\n", testfile.Want(t, f); got != want {
			t.Errorf("got\n%swant\n%s", got, want)
		}
	})
}

// TestDuplicateAcrossZones checks what only Load sees: one id in two files.
func TestDuplicateAcrossZones(t *testing.T) {
	other := strings.Replace(strings.Replace(klin, `"test-moscow"`, `"test-other"`, 1), `"id": "yukhnov"`, `"id": "yukhnov-2"`, 1)
	other = strings.Replace(other, `"id": "moscow"`, `"id": "moscow-2"`, 1)
	_, err := Load(fstest.MapFS{"reg/a.json": {Data: []byte(klin)}, "reg/b.json": {Data: []byte(other)}}, "reg")
	var ps geodata.Problems
	if !errors.As(err, &ps) || len(ps) != 1 {
		t.Fatalf("want one problem, got %v", err)
	}
	want := `reg/b.json: place 0 (klin): id: "klin" is also place 0 of reg/a.json; ids must be unique across zones (rename one, e.g. "klin-test-other")`
	if ps[0].Error() != want {
		t.Errorf("got\n%s\nwant\n%s", ps[0].Error(), want)
	}
	if _, err := Load(fstest.MapFS{}, "reg"); err == nil || !strings.Contains(err.Error(), "has no .json register files") {
		t.Errorf("empty folder: %v", err)
	}
}
