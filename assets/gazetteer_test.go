package assets

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// fact is a historical fact: on this day, this place was held by
// (controller) and belonged to (sovereign). An empty controller means the
// point is at sea or outside the dataset.
type fact struct {
	Place      string  `json:"place"`
	Lat        float64 `json:"lat"`
	Lon        float64 `json:"lon"`
	Day        string  `json:"day"`
	Controller string  `json:"controller"`
	Sovereign  string  `json:"sovereign"`
	Source     string  `json:"source,omitempty"`
}

// region is a file of testdata/gazetteer: the facts of one part of the
// map, one a line, in sections by country or front.
type region struct {
	About    string `json:"about"`
	Sections []struct {
		Section string `json:"section"`
		Facts   []fact `json:"facts"`
	} `json:"sections"`
}

// TestGazetteer checks every fact of testdata/gazetteer/*.json (a file a
// region) through the query the window and the command line use.
func TestGazetteer(t *testing.T) {
	files, err := filepath.Glob("testdata/gazetteer/*.json")
	if err != nil || len(files) < 5 {
		t.Fatalf("%d gazetteer files (%v)", len(files), err)
	}
	a := testAtlas(t)
	total := 0
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".json"), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var r region
			dec := json.NewDecoder(bytes.NewReader(data))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&r); err != nil {
				t.Fatalf("%s: %v", file, err)
			}
			n := 0
			for _, s := range r.Sections {
				n += len(s.Facts)
				for _, g := range s.Facts {
					checkFact(t, a, g)
				}
			}
			if n < 40 {
				t.Errorf("%s: only %d facts", file, n)
			}
			total += n
		})
	}
	if total < 500 {
		t.Errorf("only %d gazetteer facts in all", total)
	}
}

// checkFact checks that territory at g's place on g's day has g's
// controller and sovereign, or that there is none where g has no
// controller.
func checkFact(t *testing.T, a *geodata.Atlas, g fact) {
	t.Run(g.Place+"/"+g.Day, func(t *testing.T) {
		f := a.TerritoryAt(geodata.MustDay(g.Day), orb.Point{g.Lon, g.Lat})
		if g.Controller == "" {
			if f != nil {
				t.Fatalf("expected no territory, got %s (%s)", f.ID, f.Controller.Name)
			}
			return
		}
		if f == nil {
			t.Fatalf("no territory at %v,%v", g.Lon, g.Lat)
		}
		if f.Controller.Name != g.Controller || f.Sovereign.Name != g.Sovereign {
			t.Errorf("%s: got controller %q sovereign %q, want %q / %q", f.ID, f.Controller.Name, f.Sovereign.Name, g.Controller, g.Sovereign)
		}
	})
}

var testAtlasOnce = sync.OnceValues(Load)

// testAtlas is the bundled atlas, loaded once for all the tests.
func testAtlas(t *testing.T) *geodata.Atlas {
	t.Helper()
	a, err := testAtlasOnce()
	if err != nil {
		t.Fatal(err)
	}
	return a
}
