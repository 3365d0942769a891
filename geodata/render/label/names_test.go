package label

import (
	"math"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/frontiers-atlas/frontiers/assets"
	"github.com/frontiers-atlas/frontiers/assets/assetstest"
	"github.com/frontiers-atlas/frontiers/geodata"
)

func bundledNames(t testing.TB) *Names {
	t.Helper()
	n, err := LoadNames(assets.Names())
	if err != nil {
		t.Fatalf("LoadNames(assets): %v", err)
	}
	return n
}

// TestDatasetHoldersNamed walks every controller and sovereign of every
// territory version in the bundled dataset, on the version's first and last
// day, and fails when the holder has no label that day: a label shown
// outside the days its name was in use, or a holder with no label at all.
func TestDatasetHoldersNamed(t *testing.T) {
	n := bundledNames(t)
	a := assetstest.Atlas(t)
	used := map[string]bool{}
	for _, f := range a.Features() {
		if f.Kind != geodata.KindTerritory {
			continue
		}
		first, last := geodata.First, geodata.Last
		if !f.Start.IsZero() {
			first = f.Start.Day
		}
		if !f.End.IsZero() {
			last = f.End.Day - 1
		}
		for _, h := range []geodata.Holder{f.Controller, f.Sovereign} {
			used[h.Name] = true
			for _, d := range []geodata.Day{first, last} {
				if _, ok := n.HolderLabel(h.Name, d, ""); !ok {
					t.Errorf("%s (%s, valid %s to %s): holder %q has no label on %s", f.ID, f.Name, first, last, h.Name, d)
				}
				for _, lang := range RequiredLanguages {
					if s, ok := n.HolderLabel(h.Name, d, lang); !ok || s == "" {
						t.Errorf("%s: holder %q has no %s label on %s", f.ID, h.Name, lang, d)
					}
				}
			}
		}
	}
	// And on every day the map changes, every holder on the map.
	for _, d := range a.ChangeDays() {
		if d < geodata.First || d > geodata.Last {
			continue
		}
		for _, f := range a.At(d) {
			if f.Kind != geodata.KindTerritory {
				continue
			}
			for _, h := range []geodata.Holder{f.Controller, f.Sovereign} {
				if _, ok := n.HolderLabel(h.Name, d, ""); !ok {
					t.Errorf("%s on %s: holder %q has no label", f.ID, d, h.Name)
				}
			}
		}
	}
	for _, h := range n.AllHolders() {
		if !used[h.Holder] {
			t.Errorf("%s: holder %q is not used by the bundled dataset", HoldersFile, h.Holder)
		}
	}
}

func day(s string) geodata.Day { return geodata.MustDay(s) }

func TestHolderLabel(t *testing.T) {
	n := bundledNames(t)
	tests := []struct {
		holder, day, lang string
		want              string
		ok                bool
	}{
		{"Poland", "1939-09-01", "", "Poland", true},
		{"Poland", "1939-09-01", "de", "Polen", true},
		{"Poland", "1939-09-01", "ru", "Польша", true},
		{"Poland", "1939-09-01", "fi", "Puola", true},
		{"Poland", "1939-09-01", "xx", "Poland", true},
		{"Slovak Republic", "1939-03-13", "", "", false},
		{"Slovak Republic", "1939-03-14", "", "Slovakia", true},
		{"Independent State of Croatia", "1941-04-09", "", "", false},
		{"Independent State of Croatia", "1941-04-10", "", "Croatia", true},
		{"Germany (General Government)", "1940-01-01", "", "General Government", true},
		{"Germany (General Government)", "1940-01-01", "pl", "Generalne Gubernatorstwo", true},
		{"Germany (General Government)", "1939-10-25", "", "", false},
		{"Czechoslovakia", "1939-03-15", "", "Czecho-Slovakia", true},
		{"Czechoslovakia", "1939-03-16", "", "", false},
		{"Soviet Union", "1941-06-22", "", "Soviet Union", true},
		{"Germany (military administration)", "1941-07-01", "", "German-occupied", true},
		{"France (Vichy regime)", "1940-07-10", "", "", false},
		{"France (Vichy regime)", "1940-07-11", "", "Vichy France", true},
		{"Nowhere", "1940-01-01", "", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.holder+"/"+tc.day+"/"+tc.lang, func(t *testing.T) {
			got, ok := n.HolderLabel(tc.holder, day(tc.day), tc.lang)
			if got != tc.want || ok != tc.ok {
				t.Errorf("HolderLabel = %q, %v; want %q, %v", got, ok, tc.want, tc.ok)
			}
		})
	}
}

func TestStateOf(t *testing.T) {
	n := bundledNames(t)
	for holder, want := range map[string]string{
		"Germany (General Government)":           "Germany",
		"Germany (military administration)":      "Germany",
		"Germany (Reichskommissariat Ostland)":   "Germany",
		"Romania (Transnistria Governorate)":     "Romania",
		"Soviet Union (occupation zone in Iran)": "Soviet Union",
		"Poland":                                 "Poland",
		"Unknown holder":                         "Unknown holder",
	} {
		t.Run(holder, func(t *testing.T) {
			if got := n.StateOf(holder); got != want {
				t.Errorf("StateOf(%q) = %q, want %q", holder, got, want)
			}
		})
	}
}

func TestRegions(t *testing.T) {
	n := bundledNames(t)
	tests := []struct {
		text, day string
		shown     bool
	}{
		{"Bessarabia", "1940-06-27", true},
		{"Bessarabia", "1940-06-28", false},
		{"Moldavian SSR", "1940-08-01", false},
		{"Moldavian SSR", "1940-08-02", true},
		{"Bessarabia", "1942-05-26", true},
		{"Memel Territory", "1939-03-22", true},
		{"Memel Territory", "1939-03-23", false},
		{"Transnistria", "1941-08-18", false},
		{"Transnistria", "1941-08-19", true},
		{"Bohemia and Moravia", "1939-03-15", false},
		{"Bohemia and Moravia", "1939-03-16", true},
		{"Posen", "1940-01-28", true},
		{"Wartheland", "1940-01-28", false},
		{"Wartheland", "1940-01-29", true},
		{"Sudetenland", "1939-06-01", true},
		{"East Karelia", "1941-10-01", true},
		{"General Government", "1939-10-01", false},
	}
	for _, tc := range tests {
		t.Run(tc.text+"/"+tc.day, func(t *testing.T) {
			shown := false
			for _, r := range n.Regions(day(tc.day), "") {
				if r.Text == tc.text {
					shown = true
				}
			}
			if shown != tc.shown {
				t.Errorf("%q shown on %s = %v, want %v", tc.text, tc.day, shown, tc.shown)
			}
		})
	}
	t.Run("language", func(t *testing.T) {
		var got []string
		for _, r := range n.Regions(day("1939-01-01"), "de") {
			got = append(got, r.Text)
		}
		if s := strings.Join(got, ","); !strings.Contains(s, "Memelland") || !strings.Contains(s, "Bessarabien") {
			t.Errorf("German regions of 1 Jan 1939 = %s, want Memelland and Bessarabien", s)
		}
	})
}

func TestLoadNamesErrors(t *testing.T) {
	const okRegions = `{"regions":[]}`
	names := `"names":{"de":"X","ru":"X","pl":"X","fi":"X"}`
	holder := func(label string) string {
		return `{"holders":[{"holder":"A","state":"A","labels":[` + label + `]}]}`
	}
	tests := []struct {
		name, holders, regions string
		want                   []string
	}{
		{"ok", holder(`{"text":"A",` + names + `,"source":"s"}`), okRegions, nil},
		{"no source", holder(`{"text":"A",` + names + `}`), okRegions,
			[]string{HoldersFile, `holders[0] "A"`, "labels[0].source: missing"}},
		{"bad date", holder(`{"text":"A",` + names + `,"from":"1939-13-01","source":"s"}`), okRegions,
			[]string{HoldersFile, `holders[0] "A"`, "labels[0].from"}},
		{"to before from", holder(`{"text":"A",` + names + `,"from":"1940-01-01","to":"1939-01-01","source":"s"}`), okRegions,
			[]string{"labels[0].to", "not after"}},
		{"missing language", holder(`{"text":"A","names":{"de":"X"},"source":"s"}`), okRegions,
			[]string{"labels[0].names.ru: missing"}},
		{"overlap", holder(`{"text":"A",` + names + `,"to":"1940-01-01","source":"s"},{"text":"B",` + names + `,"from":"1939-06-01","source":"s"}`), okRegions,
			[]string{`holders[0] "A"`, "labels", "overlaps"}},
		{"unknown field", `{"holders":[{"holder":"A","stat":"A"}]}`, okRegions,
			[]string{HoldersFile, `unknown field "stat"`}},
		{"duplicate", `{"holders":[{"holder":"A","state":"A","labels":[{"text":"A",` + names + `,"source":"s"}]},{"holder":"A","state":"A","labels":[{"text":"A",` + names + `,"source":"s"}]}]}`, okRegions,
			[]string{`holders[1] "A"`, "holder: defined twice"}},
		{"part of an unknown holder", `{"holders":[{"holder":"A","state":"A","labels":[{"text":"A",` + names + `,"source":"s"}]}],"parts":[{"territories":["t"],"holders":["B"],"labels":[{"text":"P",` + names + `,"source":"s"}]}]}`, okRegions,
			[]string{HoldersFile, `parts[0] "P"`, "holders", `"B" is not a holder`}},
		{"part without territories", `{"holders":[{"holder":"A","state":"A","labels":[{"text":"A",` + names + `,"source":"s"}]}],"parts":[{"holders":["A"],"labels":[{"text":"P",` + names + `,"source":"s"}]}]}`, okRegions,
			[]string{`parts[0] "P"`, "territories: none"}},
		{"territory in two parts", `{"holders":[{"holder":"A","state":"A","labels":[{"text":"A",` + names + `,"source":"s"}]}],"parts":[{"territories":["t"],"holders":["A"],"labels":[{"text":"P",` + names + `,"source":"s"}]},{"territories":["t"],"holders":["A"],"labels":[{"text":"Q",` + names + `,"source":"s"}]}]}`, okRegions,
			[]string{`parts[1] "Q"`, `"t" of holder "A" is in another part`}},
		{"region without place", holder(`{"text":"A",` + names + `,"source":"s"}`),
			`{"regions":[{"text":"R",` + names + `,"source":"s"}]}`,
			[]string{RegionsFile, `regions[0] "R"`, "lon"}},
		{"region bad lat", holder(`{"text":"A",` + names + `,"source":"s"}`),
			`{"regions":[{"text":"R",` + names + `,"lon":20,"lat":95,"source":"s"}]}`,
			[]string{RegionsFile, `regions[0] "R"`, "lat"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{
				HoldersFile: {Data: []byte(tc.holders)},
				RegionsFile: {Data: []byte(tc.regions)},
			}
			_, err := LoadNames(fsys)
			if tc.want == nil {
				if err != nil {
					t.Fatalf("LoadNames: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("LoadNames: no error, want one with %q", tc.want)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
	t.Run("missing file", func(t *testing.T) {
		if _, err := LoadNames(fstest.MapFS{}); err == nil || !strings.Contains(err.Error(), HoldersFile) {
			t.Errorf("LoadNames(empty) = %v, want an error naming %s", err, HoldersFile)
		}
	})
}

func TestAreaCandidates(t *testing.T) {
	n := bundledNames(t)
	areas := []Area{
		{Holder: "Slovak Republic", Pieces: []int{1}, Largest: 1, Area: 900},
		{Holder: "Germany (General Government)", Pieces: []int{2}, Largest: 2, Area: 800},
	}
	tests := []struct {
		day, lang string
		want      []string
	}{
		{"1939-03-13", "", nil},
		{"1939-06-01", "", []string{"Slovakia"}},
		{"1940-06-01", "", []string{"Slovakia", "General Government"}},
		{"1940-06-01", "de", []string{"Slowakei", "Generalgouvernement"}},
	}
	for _, tc := range tests {
		t.Run(tc.day+"/"+tc.lang, func(t *testing.T) {
			var got []string
			for _, c := range n.AreaCandidates(areas, day(tc.day), tc.lang) {
				got = append(got, c.Text)
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("candidates %q, want %q", got, tc.want)
			}
		})
	}
}

// TestRegionsApart checks, on every day a region name starts or ends, that
// no two regions shown together sit within half a degree of each other
// (they would fight for one place).
func TestRegionsApart(t *testing.T) {
	n := bundledNames(t)
	days := map[geodata.Day]bool{geodata.First: true}
	for _, r := range n.AllRegions() {
		if r.Start != Open {
			days[r.Start] = true
		}
		if r.End != Forever {
			days[r.End-1] = true
		}
	}
	for d := range days {
		rs := n.Regions(d, "")
		for i, a := range rs {
			for _, b := range rs[:i] {
				if dx, dy := a.Lon-b.Lon, a.Lat-b.Lat; dx*dx+dy*dy < 0.25 {
					t.Errorf("%s: %q and %q are %.2f° apart", d, a.Text, b.Text, math.Hypot(dx, dy))
				}
			}
		}
	}
}

// A part names a holder's land in its territories: its own area, its own
// label, counted for the holder's state; elsewhere the holder's label.
func TestLabelKeyParts(t *testing.T) {
	n := bundledNames(t)
	for _, tt := range []struct{ holder, id, day, want, state string }{
		{"France (Vichy regime)", "dz-algeria", "1941-01-15", "Algeria", "France"},
		{"France (Vichy regime)", "tn-tunisia", "1941-01-15", "Tunisia", "France"},
		{"France (Vichy regime)", "ma-french-morocco", "1941-01-15", "French Morocco", "France"},
		{"France (Vichy regime)", "fr-free-zone-west", "1941-01-15", "Vichy France", "France"},
		{"France", "dz-algeria", "1939-06-01", "Algeria", "France"},
		{"Italy", "gr-greece-italian-zone", "1942-05-26", "Italian-occupied Greece", "Italy"},
		{"Italy", "ly-tripolitania", "1942-05-26", "Libya", "Italy"},
		{"Italy", "it-italy", "1942-05-26", "Italy", "Italy"},
	} {
		t.Run(tt.holder+"/"+tt.id, func(t *testing.T) {
			k := n.LabelKey(tt.holder, tt.id)
			got, ok := n.HolderLabel(k, geodata.MustDay(tt.day), "en")
			if !ok || got != tt.want {
				t.Errorf("label of %q = %q, %v; want %q", k, got, ok, tt.want)
			}
			if s := n.StateOf(k); s != tt.state {
				t.Errorf("state of %q = %q, want %q", k, s, tt.state)
			}
		})
	}
	// The part's label is dated: no Italian-occupied Greece before the
	// invasion of 28 October 1940.
	if got, ok := n.HolderLabel(n.LabelKey("Italy", "gr-epirus"), geodata.MustDay("1940-10-01"), "en"); ok {
		t.Errorf("Italian-occupied Greece labelled %q on 1 October 1940", got)
	}
}
