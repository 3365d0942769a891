package geodata_test

import (
	"strings"
	"testing"

	"github.com/frontiers-atlas/frontiers/geodata"
)

func loadFixture(t *testing.T, name string) *geodata.Atlas {
	t.Helper()
	a, err := geodata.LoadFile("dialect/testdata/"+name, nil)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestCompareAtlases holds a QGIS export and an OHM export against a
// CShapes file: the land is compared, not the ids.
func TestCompareAtlases(t *testing.T) {
	memel, tallinn, cs := loadFixture(t, "qgis-memel.geojson"), loadFixture(t, "ohm-tallinn.geojson"), loadFixture(t, "cshapes-baltic.geojson")
	day := geodata.MustDay
	tests := []struct {
		name     string
		a, b     *geodata.Atlas
		da, db   string
		want     []geodata.Change // ID, Name, From, To; area checked apart
		changedB []string
		area     [2]float64 // bounds of the first change's km²
	}{
		{"same data, same day", memel, memel, "1939-06-01", "1939-06-01", nil, nil, [2]float64{}},
		{"same data, two days", memel, memel, "1939-01-01", "1939-06-01",
			[]geodata.Change{{ID: "1", Name: "Memel Territory", From: geodata.Holder{Name: "Lithuania", COW: 368}, To: geodata.Holder{Name: "Germany", COW: 255}}},
			[]string{"2"}, [2]float64{3000, 6000}},
		{"Memel against CShapes", memel, cs, "1939-06-01", "1939-06-01",
			[]geodata.Change{{ID: "2", Name: "Memel Territory", From: geodata.Holder{Name: "Germany", COW: 255}, To: geodata.Holder{Name: "Lithuania", COW: 368}}},
			[]string{"cshapes-367-1918-11-18", "cshapes-368-1918-02-16"}, [2]float64{3000, 6000}},
		{"Tallinn against CShapes after Estonia's end", tallinn, cs, "1940-09-01", "1940-09-01",
			[]geodata.Change{
				{ID: "tallinn", Name: "Tallinn", From: geodata.Holder{Name: "Tallinn"}},
				{ID: "narva", Name: "Narva", From: geodata.Holder{Name: "Narva"}},
			},
			nil, [2]float64{400, 700}},
		{"Tallinn against CShapes", tallinn, cs, "1939-06-01", "1939-06-01",
			[]geodata.Change{
				{ID: "tallinn", Name: "Tallinn", From: geodata.Holder{Name: "Tallinn"}, To: geodata.Holder{Name: "Estonia", COW: 366}},
				{ID: "narva", Name: "Narva", From: geodata.Holder{Name: "Narva"}, To: geodata.Holder{Name: "Estonia", COW: 366}},
			},
			[]string{"cshapes-366-1918-02-24"}, [2]float64{400, 700}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, changedB := geodata.CompareAtlases(tt.a, day(tt.da), tt.b, day(tt.db), geodata.Control)
			if len(d.Changes) != len(tt.want) {
				t.Fatalf("changes %+v, want %+v", d.Changes, tt.want)
			}
			for i, c := range d.Changes {
				w := tt.want[i]
				if c.ID != w.ID || c.Name != w.Name || c.From != w.From || c.To != w.To {
					t.Errorf("change %d: %+v, want %+v", i, c, w)
				}
			}
			if len(d.Changes) > 0 {
				if a := d.Changes[0].AreaKm2; a < tt.area[0] || a > tt.area[1] {
					t.Errorf("area %.0f km², want %.0f to %.0f", a, tt.area[0], tt.area[1])
				}
			}
			if len(changedB) != len(tt.changedB) {
				t.Errorf("changed in B %v, want %v", changedB, tt.changedB)
			}
			for _, id := range tt.changedB {
				if !changedB[id] {
					t.Errorf("changed in B %v, want %v", changedB, tt.changedB)
				}
			}
			var gained, lost float64
			for _, h := range d.Holders {
				gained += h.Gained
				lost += h.Lost
			}
			if diff := gained - lost; diff > 1 || diff < -1 {
				t.Errorf("holders gain %.0f km² and lose %.0f: what one loses another gains", gained, lost)
			}
		})
	}
}

// TestLoadFileNotes: LoadFile keeps the notes of the reader of each
// foreign fixture; a Frontiers file has none.
func TestLoadFileNotes(t *testing.T) {
	tests := []struct {
		file string
		want []string // a part of each note, in order
	}{
		{"ohm-tallinn.geojson", []string{"read as an OpenHistoricalMap/QGIS export", "their versions are grouped by name", "held by itself"}},
		{"qgis-memel.geojson", []string{"read as an OpenHistoricalMap/QGIS export"}},
		{"cshapes-baltic.geojson", []string{"read as CShapes 2.0: its end dates are inclusive (the last day), so each end_date is the day after it"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			a := loadFixture(t, tt.file)
			if len(a.Notes) != len(tt.want) {
				t.Fatalf("notes %q, want %d", a.Notes, len(tt.want))
			}
			for i, w := range tt.want {
				if !strings.HasPrefix(a.Notes[i], "dialect/testdata/"+tt.file+": ") || !strings.Contains(a.Notes[i], w) {
					t.Errorf("note %d: %q, want the file and %q", i, a.Notes[i], w)
				}
			}
		})
	}
	a, err := geodata.LoadFile("testdata/mini.geojson", nil)
	if err != nil || a.Notes != nil {
		t.Errorf("mini.geojson: notes %q (%v), want none", a.Notes, err)
	}
}
