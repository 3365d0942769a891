package tour

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/assets/assetstest"
	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/internal/testfile"
)

const good = `{
  "title": "Test",
  "author": "Me",
  "stops": [
    {"date": "1939-08-23", "view": [14, 48, 32, 60], "title": "Pact", "text": "One.", "overlays": ["sphere"], "sources": ["A"]},
    {"date": "1939-09-17", "view": [20, 50, 30, 56], "layer": "sovereignty", "topics": ["baltic"], "select": ["pl-nowogrodek-wilno"], "title": "East", "text": "Two."},
    {"date": "1941-06-22", "view": [0, 40, 50, 70], "title": "Barbarossa", "text": "Three."}
  ]
}`

func TestParseGood(t *testing.T) {
	tr, err := Parse("t.json", []byte(good))
	if err != nil {
		t.Fatal(err)
	}
	if tr.Title != "Test" || tr.Author != "Me" || len(tr.Stops) != 3 {
		t.Fatalf("tour %+v", tr)
	}
	s := tr.Stops[1]
	want := Stop{
		Date: geodata.MustDay("1939-09-17"), View: orb.Bound{Min: orb.Point{20, 50}, Max: orb.Point{30, 56}},
		Layer: geodata.Sovereignty, Topics: []string{"baltic"}, Select: []string{"pl-nowogrodek-wilno"},
		Title: "East", Text: "Two.",
	}
	if !reflect.DeepEqual(s, want) {
		t.Errorf("stop 2 = %+v, want %+v", s, want)
	}
	if tr.Stops[0].Layer != geodata.Control {
		t.Errorf("default layer %v", tr.Stops[0].Layer)
	}
}

// TestBad reads every file of testdata/bad as "tour.json" and wants the
// problems in the .want file beside it, one per line.
func TestBad(t *testing.T) {
	testfile.Each(t, "testdata/bad/*.json", 10, func(t *testing.T, f string) {
		tr, err := Parse("tour.json", testfile.Read(t, f))
		if err == nil {
			t.Fatalf("no error, tour %+v", tr)
		}
		var ps Problems
		if !errors.As(err, &ps) {
			t.Fatalf("%T is not Problems", err)
		}
		if got, want := err.Error(), testfile.Want(t, f); got != strings.TrimSpace(want) {
			t.Errorf("got\n%s\nwant\n%s", got, want)
		}
		for _, p := range ps {
			if !strings.HasPrefix(p.Error(), "tour.json: ") {
				t.Errorf("problem %q does not name the file", p.Error())
			}
		}
	})
}

func TestTooBig(t *testing.T) {
	_, err := Parse("big.json", make([]byte, MaxFileSize+1))
	if err == nil || !strings.Contains(err.Error(), "big.json: the file is over 4 MiB") {
		t.Errorf("err = %v", err)
	}
}

func TestRoundTripAndSave(t *testing.T) {
	tr, err := Parse("t.json", []byte(good))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "mine.json")
	tr.Append(Stop{Date: geodata.Signing, View: geodata.Europe, Layer: geodata.Control, Title: "Signed", Text: "Four."})
	if err := Save(path, tr); err != nil {
		t.Fatal(err)
	}
	back, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, tr) {
		t.Errorf("loaded %+v\nsaved %+v", back, tr)
	}
	// No temporary file is left beside it.
	if ents, _ := os.ReadDir(dir); len(ents) != 1 {
		t.Errorf("dir has %d entries", len(ents))
	}
	// An invalid tour is refused and the file on disk is kept whole.
	tr.Append(Stop{Date: geodata.Signing, View: geodata.Europe})
	err = Save(path, tr)
	if err == nil || !strings.Contains(err.Error(), `mine.json: stop 5: title: is empty`) {
		t.Errorf("save of a stop without title: %v", err)
	}
	if again, err := Load(path); err != nil || len(again.Stops) != 4 {
		t.Errorf("file after a refused save: %v, %v", again, err)
	}
}

func TestCheckAgainstAtlas(t *testing.T) {
	a := assetstest.Atlas(t)
	tr, err := Parse("t.json", []byte(good))
	if err != nil {
		t.Fatal(err)
	}
	if err := tr.Check("t.json", a); err != nil {
		t.Errorf("good tour: %v", err)
	}
	tr.Stops[0].Select = []string{"xx-atlantis", "pl-nowogrodek-wilno"}
	tr.Stops[2].Date = geodata.MustDay("1945-05-08")
	want := []string{
		`t.json: stop 1 ("Pact"): select: "xx-atlantis" is not a territory of bundled: use an id from the data (frontiers query shows them)`,
		`t.json: stop 3 ("Barbarossa"): date: 1945-05-08 is outside the data, which covers 1939-01-01 to 1942-12-31: choose a day in it`,
	}
	err = tr.Check("t.json", a)
	if err == nil || err.Error() != strings.Join(want, "\n") {
		t.Errorf("got\n%v\nwant\n%s", err, strings.Join(want, "\n"))
	}
}

// TestBundled validates every bundled tour against the bundled atlas and
// holds the treaty tour to what issue 13 asks of it.
func TestBundled(t *testing.T) {
	a := assetstest.Atlas(t)
	names := BundledNames()
	if len(names) < 2 {
		t.Fatalf("bundled tours: %v", names)
	}
	eventDays := map[geodata.Day]bool{}
	for _, e := range a.Events() {
		eventDays[e.Date.Day] = true
	}
	for _, d := range a.ChangeDays() {
		eventDays[d] = true
	}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			tr, err := Bundled(name)
			if err != nil {
				t.Fatal(err)
			}
			if err := tr.Check(name, a); err != nil {
				t.Fatal(err)
			}
			for i, s := range tr.Stops {
				if strings.TrimSpace(s.Text) == "" {
					t.Errorf("stop %d (%s) has no text", i+1, s.Title)
				}
				if len(s.Sources) == 0 {
					t.Errorf("stop %d (%s) has no sources", i+1, s.Title)
				}
				// A stop's day is one the data marks (an event, a change of
				// the map) or one its text names.
				if !eventDays[s.Date] && !strings.Contains(s.Text, s.Date.Time().Format("2 January")) {
					t.Errorf("stop %d (%s): no event or change of the data on %s, and the text does not name the day", i+1, s.Title, s.Date)
				}
				if i > 0 && s.Date < tr.Stops[i-1].Date {
					t.Errorf("stop %d (%s) goes back in time", i+1, s.Title)
				}
				if w := s.View.Max[0] - s.View.Min[0]; w < 3 || w > 70 {
					t.Errorf("stop %d (%s): view %v is %g° wide", i+1, s.Title, s.View, w)
				}
				if !s.View.Intersects(a.Bound()) {
					t.Errorf("stop %d (%s): view %v is outside the data", i+1, s.Title, s.View)
				}
			}
		})
	}
	tr, err := Bundled(DefaultBundled)
	if err != nil {
		t.Fatal(err)
	}
	if tr.Title != "From the Pact to the Treaty" || len(tr.Stops) < 15 {
		t.Errorf("%q has %d stops", tr.Title, len(tr.Stops))
	}
	first, last := tr.Stops[0], tr.Stops[len(tr.Stops)-1]
	if first.Date != geodata.MustDay("1939-08-23") || last.Date != geodata.Signing {
		t.Errorf("the tour runs %s to %s", first.Date, last.Date)
	}
	for _, d := range []string{"1939-09-17", "1939-09-28", "1940-03-13", "1940-06-28", "1941-06-22", "1941-07-12", "1941-09-24", "1941-12-16", "1942-05-20"} {
		found := false
		for _, s := range tr.Stops {
			found = found || s.Date.String() == d
		}
		if !found {
			t.Errorf("no stop on %s", d)
		}
	}
}

// TestWriteATour builds a tour as a teacher would in the window: a new
// tour, stops appended from the current view, saved after each.
func TestWriteATour(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lesson.json")
	tr := &Tour{Title: "My lesson"}
	topics := []string{"baltic"}
	tr.Append(NewStop(geodata.MustDay("1940-06-17"), orb.Bound{Min: orb.Point{19, 53}, Max: orb.Point{30, 60}}, geodata.Control, topics, nil, "lv-latvia"))
	topics[0] = "finland" // the window's list changes later; the stop keeps its own
	if err := Save(path, tr); err != nil {
		t.Fatal(err)
	}
	tr.Append(NewStop(geodata.Signing, geodata.Europe, geodata.Sovereignty, nil, []string{"frontier"}, ""))
	if err := Save(path, tr); err != nil {
		t.Fatal(err)
	}
	back, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Stops) != 2 || back.Stops[0].Title != "17 June 1940" || back.Stops[0].Topics[0] != "baltic" ||
		back.Stops[0].Select[0] != "lv-latvia" || back.Stops[1].Layer != geodata.Sovereignty {
		t.Errorf("saved tour %+v", back)
	}
	a := assetstest.Atlas(t)
	if err := back.Check("lesson.json", a); err != nil {
		t.Error(err)
	}
}

func TestOpen(t *testing.T) {
	tr, err := Open("")
	if err != nil || tr.Title != "From the Pact to the Treaty" {
		t.Errorf("Open(\"\") = %v, %v", tr, err)
	}
	if _, err := Open("testdata/bad/feb.json"); err == nil || !strings.HasPrefix(err.Error(), "feb.json: stop 1") {
		t.Errorf("Open(bad) = %v", err)
	}
	if _, err := Open("testdata/none.json"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Open(missing) = %v", err)
	}
}
