package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/frontiers-atlas/frontiers/app"
	"github.com/frontiers-atlas/frontiers/geodata"
)

func TestSearch(t *testing.T) {
	a := miniAtlas(t)
	ps, err := app.LoadPlaces([]byte(`{"places":[{"name":"Midtown","lat":52.5,"lon":22.5,"also":["Mittelstadt"],"names":[{"name":"Mittelstadt","from":"1940-06-17"}]},{"name":"Łowicz","lat":52.1,"lon":27.0}]}`))
	if err != nil {
		t.Fatal(err)
	}
	rs := Search(a, ps, "mid", mustDay("1942-05-26"))
	if len(rs) != 1 || rs[0].Label != "Mittelstadt (Midtown)" || !strings.Contains(rs[0].Detail, "Westmark, held by East") {
		t.Errorf("mid on 1942-05-26: %+v", rs)
	}
	rs = Search(a, ps, "Mittelstadt", mustDay("1939-05-01"))
	if len(rs) != 1 || rs[0].Label != "Midtown (Mittelstadt)" {
		t.Errorf("Mittelstadt in 1939: %+v", rs)
	}
	// Folded: "lowicz" finds Łowicz; territories by any name.
	if rs := Search(a, ps, "lowicz", geodata.Signing); len(rs) != 1 || rs[0].Place == nil {
		t.Errorf("lowicz: %+v", rs)
	}
	rs = Search(a, ps, "occid", geodata.Signing)
	if len(rs) != 1 || rs[0].ID != "westmark" || rs[0].Label != "Westmark (Occidentia)" {
		t.Errorf("occid: %+v", rs)
	}
	rs = Search(a, ps, "mark", mustDay("1940-01-01"))
	if len(rs) != 3 {
		t.Errorf("mark: %+v", rs)
	}
	for _, r := range rs {
		if r.ID == "southmark" && !strings.Contains(r.Detail, "not on the map") {
			t.Errorf("southmark in 1940: %q", r.Detail)
		}
	}
	if rs := Search(a, ps, "  ", geodata.Signing); rs != nil {
		t.Errorf("blank query: %+v", rs)
	}
}

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
