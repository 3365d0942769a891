package ui

import (
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func TestSearchBox(t *testing.T) {
	u := newTestUI(t, test.NewTempApp(t), mustDay("1942-05-26"))
	c := u.win.Canvas()
	c.(fyne.Shortcutable).TypedShortcut(shortcutFind)
	if c.Focused() != u.search.entry {
		t.Fatalf("Ctrl+F focused %v", c.Focused())
	}
	test.Type(u.search.entry, "occidentia")
	if len(u.search.results) != 1 || u.search.results[0].ID != "westmark" {
		t.Fatalf("results %+v", u.search.results)
	}
	before := u.mapw.View().Center
	// Tap the result's button.
	btn := u.search.list.Objects[0].(*fyne.Container).Objects[0].(*widget.Button)
	test.Tap(btn)
	if u.st.selID != "westmark" || u.tabs.Selected() != u.terrTab {
		t.Errorf("picked: selected %q", u.st.selID)
	}
	if u.mapw.View().Center == before {
		t.Errorf("the map did not move")
	}
	if p := u.mapw.PositionOf(orbPt(22.5, 52.5)); p.X < u.mapw.Size().Width/2-2 || p.X > u.mapw.Size().Width/2+2 {
		t.Errorf("Westmark's centre is at %v, not the map's centre", p)
	}

	// A place of the bundled gazetteer, shown with its name on the day.
	u.search.entry.SetText("")
	test.Type(u.search.entry, "Lemberg")
	if len(u.search.results) == 0 || u.search.results[0].Label != "Lemberg" {
		t.Fatalf("Lemberg on 1942-05-26: %+v", u.search.results)
	}
	u.st.setDay(mustDay("1940-01-01"))
	if u.search.results[0].Label != "Lvov (Lemberg)" {
		t.Errorf("Lemberg on 1940-01-01: %q", u.search.results[0].Label)
	}
	u.search.entry.OnSubmitted(u.search.entry.Text)
	if u.st.selLL == nil || (*u.st.selLL)[0] != 24.029 {
		t.Errorf("picking Lviv put the marker at %v", u.st.selLL)
	}
	if u.mapw.View().Res > 3000 {
		t.Errorf("picking a place left the map at %v m/px", u.mapw.View().Res)
	}
	u.search.entry.SetText("zzzz")
	if len(u.search.results) != 0 || len(u.search.list.Objects) != 1 {
		t.Errorf("nothing found: %d objects", len(u.search.list.Objects))
	}
}

// A result says what it is in the window's language, and names its land
// as the map does that day.
func TestSearchDetailTranslated(t *testing.T) {
	t.Setenv("LANGUAGE", os.Getenv("LANGUAGE")) // restored after the test
	u := newTestUI(t, test.NewTempApp(t), mustDay("1942-05-26"))
	t.Cleanup(func() { applyLanguage("") })
	for _, c := range []struct{ code, place, territory string }{
		{"", "place, today Lviv", "territory — "},
		{"de", "Ort, heute Lviv", "Gebiet — "},
		{"pl", "miejscowość, dziś Lviv", "terytorium — "},
	} {
		t.Run(c.code, func(t *testing.T) {
			u.setLanguage(c.code)
			u.search.entry.SetText("")
			test.Type(u.search.entry, "Lemberg")
			if len(u.search.results) == 0 {
				t.Fatal("Lemberg not found")
			}
			r := u.search.results[0]
			want := c.place + " — " + mapName(u.st.atlas, r.Territory, u.st.layer, u.st.day)
			if got := u.search.detail(r); r.Territory == nil || got != want {
				t.Errorf("Lemberg: %q, want %q", got, want)
			}
			u.search.entry.SetText("")
			test.Type(u.search.entry, "occidentia")
			if len(u.search.results) != 1 {
				t.Fatalf("occidentia: %+v", u.search.results)
			}
			if got := u.search.detail(u.search.results[0]); !strings.HasPrefix(got, c.territory) {
				t.Errorf("Westmark: %q, want it to start %q", got, c.territory)
			}
		})
	}
}
