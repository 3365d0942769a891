package datefmt

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// TestFormats writes geodata.Signing in every case of
// testdata/formats.json: a language (a tag, or one datefmt does not know,
// which is written in English) and the day, the day with its weekday, the
// month and an approximate month written in it.
func TestFormats(t *testing.T) {
	data, err := os.ReadFile("testdata/formats.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Lang, Day, Weekday, Month, Approx string
	}
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	if len(cases) < len(Languages) {
		t.Errorf("%d cases for %d languages", len(cases), len(Languages))
	}
	d := geodata.Signing
	approxMonth := geodata.Date{Day: d, Precision: geodata.PrecisionMonth, Approx: true}
	for _, c := range cases {
		t.Run(c.Lang, func(t *testing.T) {
			for _, g := range []struct{ got, want string }{
				{Day(d, c.Lang), c.Day},
				{Weekday(d, c.Lang), c.Weekday},
				{Month(d, c.Lang), c.Month},
				{Date(approxMonth, c.Lang), c.Approx},
				{Date(geodata.Date{Day: d}, c.Lang), c.Day},
			} {
				if g.got != g.want {
					t.Errorf("got %q, want %q", g.got, g.want)
				}
			}
		})
	}
}

func TestEnglishMatchesGeodata(t *testing.T) {
	for d := geodata.First; d <= geodata.Last; d += 37 {
		if got, want := Weekday(d, "en"), d.Long(); got != want {
			t.Errorf("Weekday(%s) = %q, geodata says %q", d, got, want)
		}
		for _, p := range []geodata.Precision{geodata.PrecisionDay, geodata.PrecisionMonth, geodata.PrecisionYear} {
			dt := geodata.Date{Day: d, Precision: p, Approx: d%2 == 0}
			if got, want := Date(dt, "en"), dt.Long(); got != want {
				t.Errorf("Date(%v) = %q, geodata says %q", dt, got, want)
			}
		}
	}
}

func TestEveryLanguageComplete(t *testing.T) {
	for _, code := range Languages {
		l := langs[code]
		for i, m := range l.Months {
			if m == "" {
				t.Errorf("%s: month %d has no name", code, i+1)
			}
		}
		for i, w := range l.Weekdays {
			if w == "" {
				t.Errorf("%s: weekday %d has no name", code, i)
			}
		}
	}
}
