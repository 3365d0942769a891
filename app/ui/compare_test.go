package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render"
)

// menuItem finds a menu item of the window by menu and label.
func menuItem(t *testing.T, u *ui, menu, label string) *fyne.MenuItem {
	t.Helper()
	for _, m := range u.win.MainMenu().Items {
		if m.Label != menu {
			continue
		}
		for _, it := range m.Items {
			if it.Label == label {
				return it
			}
		}
	}
	t.Fatalf("no menu item %s → %s", menu, label)
	return nil
}

func tableText(tb *widget.Table, row, col int) string {
	var out string
	o := tb.CreateCell()
	tb.UpdateCell(widget.TableCellID{Row: row, Col: col}, o)
	out = o.(*widget.Label).Text
	return out
}

func TestCompareMode(t *testing.T) {
	u := newTestUI(t, test.NewTempApp(t), mustDay("1942-05-26"))
	item := menuItem(t, u, "View", "Compare dates…")
	item.Action()
	p := u.compare
	if p == nil || !item.Checked {
		t.Fatal("compare mode did not open")
	}
	if len(u.center.Objects) != 1 || u.center.Objects[0] != p.box {
		t.Errorf("the main map is still shown")
	}
	if p.dayA != mustDay("1939-09-01") || p.dayB != mustDay("1942-05-26") {
		t.Errorf("default dates %s, %s", p.dayA, p.dayB)
	}
	// Type the dates into the entries.
	p.entryA.SetText("")
	test.Type(p.entryA, "1939-03-01")
	if p.dayA != mustDay("1939-03-01") {
		t.Fatalf("date A %s", p.dayA)
	}
	if n := len(p.diff.Changes); n != 2 {
		t.Fatalf("%d changes, want 2", n)
	}
	if got := tableText(p.table, 0, 0); got != "Southmark" {
		t.Errorf("first row %q, want the larger Southmark", got)
	}
	if got := tableText(p.table, 1, 2) + "→" + tableText(p.table, 1, 3); got != "West→East" {
		t.Errorf("Westmark's row %q", got)
	}
	if got := tableText(p.table, 0, 2); got != "—" {
		t.Errorf("Southmark on A: %q", got)
	}
	if got, want := tableText(p.table, 1, 1), geodata.FormatKm2(p.diff.Changes[1].AreaKm2); got != want || got == "0" {
		t.Errorf("Westmark's area %q, want %q", got, want)
	}
	if p.summary.Text == "" {
		t.Error("no summary")
	}

	// A bad date is refused and changes nothing.
	p.entryB.SetText("1942-02-30")
	if p.entryB.Validate() == nil || p.dayB != mustDay("1942-05-26") {
		t.Errorf("bad date accepted: day B %s", p.dayB)
	}
	p.entryB.SetText("1945-01-01")
	if p.entryB.Validate() == nil || p.dayB != mustDay("1942-05-26") {
		t.Errorf("date outside 1939–42 accepted: %s", p.dayB)
	}
	p.entryB.SetText("1942-05-26")

	// Map A shows West's colour in Westmark, map B East's; Eastmark,
	// unchanged, is faded on both.
	west := render.Standard.Color(geodata.Holder{Name: "West"})
	east := render.Standard.Color(geodata.Holder{Name: "East", COW: 365})
	pixel := func(m *Map, ll [2]float64) [3]uint8 {
		pos := m.PositionOf(ll)
		sc := float32(m.r.display.Rect.Dx()) / m.Size().Width
		x, y := int(pos.X*sc), int(pos.Y*sc)
		x = offStripes(x, y)
		c := m.r.display.RGBAAt(x, y)
		return [3]uint8{c.R, c.G, c.B}
	}
	rgb := func(c [4]uint8) [3]uint8 { return [3]uint8{c[0], c[1], c[2]} }
	if got := pixel(p.mapA, [2]float64{21, 51}); got != rgb([4]uint8{west.R, west.G, west.B, 0}) {
		t.Errorf("map A at Westmark %v, want West %v", got, west)
	}
	if got := pixel(p.mapB, [2]float64{21, 51}); got != rgb([4]uint8{east.R, east.G, east.B, 0}) {
		t.Errorf("map B at Westmark %v, want East %v", got, east)
	}
	if got := pixel(p.mapB, [2]float64{28.5, 51}); got == rgb([4]uint8{east.R, east.G, east.B, 0}) {
		t.Errorf("unchanged Eastmark not faded on map B")
	}

	// Pan and zoom one map: the other follows.
	abs := fyne.CurrentApp().Driver().AbsolutePositionForObject(p.mapA)
	sz := p.mapA.Size()
	if sz.Width < 100 {
		t.Fatalf("map A is %v", sz)
	}
	test.Drag(u.win.Canvas(), abs.AddXY(sz.Width/2, sz.Height/2), 40, 25)
	test.Scroll(u.win.Canvas(), abs.AddXY(sz.Width/2, sz.Height/2), 0, 50)
	va, vb := p.mapA.View(), p.mapB.View()
	if va.Center != vb.Center || va.Res != vb.Res {
		t.Errorf("after pan and zoom of A: A %v %v, B %v %v", va.Center, va.Res, vb.Center, vb.Res)
	}
	p.mapB.ZoomOut()
	if va, vb := p.mapA.View(), p.mapB.View(); va.Res != vb.Res {
		t.Errorf("zoom of B: A %v, B %v", va.Res, vb.Res)
	}
	// The divider moves: the maps change width, the view stays shared.
	wa := p.mapA.Size().Width
	p.split.SetOffset(0.3)
	if p.mapA.Size().Width >= wa {
		t.Errorf("moving the divider left: map A %v wide, was %v", p.mapA.Size().Width, wa)
	}
	if va, vb := p.mapA.View(), p.mapB.View(); va.Center != vb.Center {
		t.Errorf("after the divider: centres %v, %v", va.Center, vb.Center)
	}

	// The layer: sovereignty June–July 1940 has no change.
	p.setDays(mustDay("1940-06-01"), mustDay("1940-07-01"))
	if len(p.diff.Changes) != 1 {
		t.Errorf("control: %d changes", len(p.diff.Changes))
	}
	u.st.setLayer(geodata.Sovereignty)
	if len(p.diff.Changes) != 0 || p.mapA.Style().Layer != geodata.Sovereignty {
		t.Errorf("sovereignty: %d changes, layer %v", len(p.diff.Changes), p.mapA.Style().Layer)
	}
	u.st.setLayer(geodata.Control)

	// The timeline moves date B, and date B the timeline.
	u.st.setDay(mustDay("1940-08-10"))
	if p.dayB != mustDay("1940-08-10") || p.entryB.Text != "1940-08-10" {
		t.Errorf("timeline: date B %s, entry %q", p.dayB, p.entryB.Text)
	}
	p.entryB.SetText("1940-07-01")
	if u.st.day != mustDay("1940-07-01") || u.timeline.day != u.st.day {
		t.Errorf("entry B: day %s", u.st.day)
	}
	// The zoom keys zoom both maps.
	res := p.mapB.View().Res
	u.typedRune('+')
	if p.mapA.View().Res >= res || p.mapB.View().Res != p.mapA.View().Res {
		t.Errorf("+ in compare mode: A %v, B %v, was %v", p.mapA.View().Res, p.mapB.View().Res, res)
	}

	// Choosing a row selects the territory.
	p.table.Select(widget.TableCellID{Row: 0, Col: 0})
	if u.st.selID != "westmark" {
		t.Errorf("selected %q", u.st.selID)
	}

	// Swap, then close.
	p.setDays(mustDay("1939-03-01"), mustDay("1942-05-26"))
	u.setCompare(false)
	if u.compare != nil || item.Checked || u.center.Objects[0] != u.mapw {
		t.Errorf("compare mode did not close")
	}
}
