package cite

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/assets/assetstest"
	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/internal/testfile"
)

var balticBox = orb.Bound{Min: orb.Point{20, 53.5}, Max: orb.Point{28.5, 59.8}}

func texts(c *Citation) []string {
	var out []string
	for _, s := range c.Sources {
		out = append(out, s.Text)
	}
	return out
}

func has(l []string, sub string) bool {
	for _, s := range l {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

func TestCollectBundled(t *testing.T) {
	a := assetstest.Atlas(t)
	for _, c := range []struct {
		name      string
		day       string
		bbox      orb.Bound
		want, not []string
	}{
		{"baltic at the signing", "1942-05-26", balticBox,
			[]string{"Treaty for an Alliance in the War against Hitlerite Germany", "Molotov's visit to London", "Hitler's decree of 17 July 1941"},
			[]string{"Franco-German armistice", "Spain", "Soviet ultimatum to Lithuania"}},
		{"baltic occupied", "1940-07-01", balticBox,
			[]string{"Soviet ultimatum to Lithuania, 14 June 1940"}, []string{"Treaty for an Alliance"}},
		{"baltic before the war", "1939-06-01", balticBox,
			nil,
			[]string{"Treaty for an Alliance", "Soviet ultimatum to Lithuania", "Molotov"}},
		{"the agreement of July 1941, a day's event naming no territory", "1941-07-12", geodata.Europe,
			[]string{"Agreement for Joint Action by the United Kingdom and the USSR"}, nil},
		{"the secret protocol's spheres", "1939-08-24", balticBox,
			[]string{"Secret Additional Protocol"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			cit := Collect(a, geodata.MustDay(c.day), geodata.Control, c.bbox)
			got := texts(cit)
			if len(got) == 0 {
				t.Fatal("no sources")
			}
			for _, w := range c.want {
				if !has(got, w) {
					t.Errorf("no source with %q in\n%s", w, strings.Join(got, "\n"))
				}
			}
			for _, w := range c.not {
				if has(got, w) {
					t.Errorf("a source with %q, not on this map", w)
				}
			}
			seen := map[string]bool{}
			for i, s := range cit.Sources {
				if seen[s.Text] {
					t.Errorf("%q twice", s.Text)
				}
				seen[s.Text] = true
				if len(s.Features) == 0 && len(s.Events) == 0 {
					t.Errorf("%q stands behind nothing", s.Text)
				}
				if i > 0 && earlier(s.Date, cit.Sources[i-1].Date) {
					t.Errorf("not sorted by date at %d: %v after %v", i, s.Date, cit.Sources[i-1].Date)
				}
				if !sort.StringsAreSorted(s.Features) {
					t.Errorf("features not sorted: %v", s.Features)
				}
			}
		})
	}
	// Open sea: nothing is drawn, nothing is cited.
	if c := Collect(a, geodata.Signing, geodata.Control, orb.Bound{Min: orb.Point{-40, 40}, Max: orb.Point{-30, 45}}); len(c.Sources) != 0 {
		t.Errorf("mid-Atlantic has sources: %v", texts(c))
	}
	if d := DatasetOf(a); d.Name != BundledName || d.Version != Version {
		t.Errorf("dataset %+v", d)
	}
}

// sample is a citation with awkward characters and every kind of date.
func sample() *Citation {
	return &Citation{
		Day: geodata.Signing, Layer: geodata.Sovereignty,
		BBox:     orb.Bound{Min: orb.Point{-8.5, 47}, Max: orb.Point{22, 62}},
		Dataset:  Dataset{Name: BundledName, Version: Version},
		Accessed: time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC),
		Sources: []Source{
			{Text: "Borders unchanged 1939–1942", Features: []string{"ch-switzerland"}},
			{Text: "Treaty of Non-Aggression & Secret Protocol, 23 August 1939 {Moscow} 100% #1 $_~^\\", Date: geodata.Date{Day: geodata.MustDay("1939-08-23")}, Features: []string{"ee-north", "lv-latvia"}, Events: []string{"molotov-ribbentrop"}},
			{Text: "Approximate line, July 1941", Date: geodata.Date{Day: geodata.MustDay("1941-07-01"), Precision: geodata.PrecisionMonth, Approx: true}, Features: []string{"ru-front"}},
			{Text: "Agreement of 12 July 1941", Date: geodata.Date{Day: geodata.MustDay("1941-07-12")}, Events: []string{"anglo-soviet-agreement"}},
		},
	}
}

func TestFormats(t *testing.T) {
	for _, f := range Formats {
		t.Run(string(f), func(t *testing.T) {
			var b bytes.Buffer
			if err := sample().Write(&b, f); err != nil {
				t.Fatal(err)
			}
			ext := map[Format]string{Text: "txt", BibTeX: "bib", CSLJSON: "json"}[f]
			testfile.Golden(t, filepath.Join("testdata", "sample."+ext), b.Bytes())
		})
	}
	if err := sample().Write(&bytes.Buffer{}, "ris"); err == nil {
		t.Error("format ris accepted")
	}
}

// TestCSLJSON holds the CSL-JSON of a real map to the schema's shape: an
// array of items, each with an id, a known type and a title, and dates
// as date-parts.
func TestCSLJSON(t *testing.T) {
	var b bytes.Buffer
	if err := Run(&b, assetstest.Atlas(t), geodata.Signing, geodata.Control, balticBox, "csl-json"); err != nil {
		t.Fatal(err)
	}
	var items []map[string]any
	if err := json.Unmarshal(b.Bytes(), &items); err != nil {
		t.Fatalf("not a JSON array: %v", err)
	}
	if len(items) < 5 {
		t.Fatalf("%d items", len(items))
	}
	ids := map[string]bool{}
	for _, it := range items {
		id, _ := it["id"].(string)
		typ, _ := it["type"].(string)
		title, _ := it["title"].(string)
		if id == "" || ids[id] || title == "" {
			t.Errorf("item %v", it)
		}
		ids[id] = true
		switch typ {
		case "software", "dataset", "document":
		default:
			t.Errorf("type %q", typ)
		}
		for _, k := range []string{"issued", "accessed"} {
			if d, ok := it[k]; ok {
				dp, _ := d.(map[string]any)["date-parts"].([]any)
				if len(dp) != 1 || len(dp[0].([]any)) == 0 {
					t.Errorf("%s %v", k, d)
				}
			}
		}
	}
	if items[0]["type"] != "software" || items[1]["type"] != "dataset" {
		t.Errorf("first items %v %v", items[0], items[1])
	}
}

func TestRunBadFormat(t *testing.T) {
	err := Run(&bytes.Buffer{}, assetstest.Atlas(t), geodata.Signing, geodata.Control, balticBox, "word")
	if err == nil || !strings.Contains(err.Error(), "want text, bibtex or csl-json") {
		t.Errorf("err = %v", err)
	}
	if f, ok := ParseFormat("BibTeX"); !ok || f != BibTeX {
		t.Error("ParseFormat(BibTeX)")
	}
}
