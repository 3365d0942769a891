package datefmt

import (
	"testing"

	"github.com/frontiers-atlas/frontiers/geodata"
)

func TestFormats(t *testing.T) {
	d := geodata.Signing
	approxMonth := geodata.Date{Day: d, Precision: geodata.PrecisionMonth, Approx: true}
	for _, c := range []struct {
		lang, day, weekday, month, approx string
	}{
		{"en", "26 May 1942", "Tuesday 26 May 1942", "May 1942", "c. May 1942"},
		{"de", "26. Mai 1942", "Dienstag, 26. Mai 1942", "Mai 1942", "um Mai 1942"},
		{"ru", "26 мая 1942 г.", "вторник, 26 мая 1942 г.", "май 1942 г.", "ок. май 1942 г."},
		{"pl", "26 maja 1942", "wtorek, 26 maja 1942", "maj 1942", "ok. maj 1942"},
		{"fi", "26. toukokuuta 1942", "tiistai 26. toukokuuta 1942", "toukokuu 1942", "n. toukokuu 1942"},
		{"et", "26. mai 1942", "teisipäev, 26. mai 1942", "mai 1942", "u mai 1942"},
		{"lv", "1942. gada 26. maijs", "otrdiena, 1942. gada 26. maijs", "1942. gada maijs", "ap. 1942. gada maijs"},
		{"lt", "1942 m. gegužės 26 d.", "1942 m. gegužės 26 d., antradienis", "1942 m. gegužė", "apie 1942 m. gegužė"},
		{"ro", "26 mai 1942", "marți, 26 mai 1942", "mai 1942", "cca mai 1942"},
		{"de-AT", "26. Mai 1942", "Dienstag, 26. Mai 1942", "Mai 1942", "um Mai 1942"},
		{"fr", "26 May 1942", "Tuesday 26 May 1942", "May 1942", "c. May 1942"},
		{"", "26 May 1942", "Tuesday 26 May 1942", "May 1942", "c. May 1942"},
	} {
		t.Run(c.lang, func(t *testing.T) {
			for _, g := range []struct{ got, want string }{
				{Day(d, c.lang), c.day},
				{Weekday(d, c.lang), c.weekday},
				{Month(d, c.lang), c.month},
				{Date(approxMonth, c.lang), c.approx},
				{Date(geodata.Date{Day: d}, c.lang), c.day},
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
		for i, m := range l.nom {
			if m == "" {
				t.Errorf("%s: month %d has no name", code, i+1)
			}
		}
		for i, w := range l.weekdays {
			if w == "" {
				t.Errorf("%s: weekday %d has no name", code, i)
			}
		}
	}
}
