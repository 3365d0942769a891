package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// At 1024×700 the map keeps two thirds of the width; the panels
// collapse and come back, and their state is remembered.
func TestMapGetsTheRoom(t *testing.T) {
	a := test.NewTempApp(t)
	u := newTestUI(t, a, 0)
	for _, sz := range []fyne.Size{{Width: 1024, Height: 700}, {Width: 1280, Height: 800}} {
		u.win.Resize(sz)
		w := u.mapw.Size().Width
		if w < sz.Width*2/3 {
			t.Errorf("at %v the map is %v wide, want at least two thirds", sz, w)
		}
		if u.mapw.Size().Height < sz.Height/2 {
			t.Errorf("at %v the map is %v high", sz, u.mapw.Size().Height)
		}
	}
	u.win.Resize(fyne.NewSize(1024, 700))
	w0 := u.mapw.Size().Width
	item := menuItem(t, u, "View", "Right panel (events, details)")
	item.Action()
	if item.Checked || u.mapw.Size().Width <= w0 {
		t.Errorf("right panel hidden: checked %v, map %v wide (was %v)", item.Checked, u.mapw.Size().Width, w0)
	}
	menuItem(t, u, "View", "Left panel (settings, legend)").Action()
	if got := u.mapw.Size().Width; got < 1000 {
		t.Errorf("both panels hidden: map %v wide", got)
	}
	u.panes.show(true, false)
	u.panes.outer.SetOffset(0.3)
	u.close()
	s := u.prefs.saved
	if s.Panes == nil || !s.Panes.RightHidden || s.Panes.LeftHidden || s.Panes.LeftOffset != 0.3 {
		t.Fatalf("saved panes %+v", s.Panes)
	}
	u2 := newUI(a, miniAtlas(t), uiForTests())
	u2.restore(0)
	t.Cleanup(func() { u2.close(); u2.win.Close() })
	if u2.panes.rightOn || !u2.panes.leftOn || u2.panes.outer.Offset != 0.3 {
		t.Errorf("restored panes: left %v right %v offset %v", u2.panes.leftOn, u2.panes.rightOn, u2.panes.outer.Offset)
	}
}

func TestParseGoDate(t *testing.T) {
	for _, tt := range []struct {
		in, want string // want "" for an error
	}{
		{"1942-05-26", "1942-05-26"},
		{"26 May 1942", "1942-05-26"},
		{"26 may 1942", "1942-05-26"},
		{" 26  May  1942 ", "1942-05-26"},
		{"May 26, 1942", "1942-05-26"},
		{"1 Sept 1939", ""},
		{"1 Sep 1939", "1939-09-01"},
		{"1 September 1939", "1939-09-01"},
		{"May 1942", "1942-05-01"},
		{"1942-05", "1942-05-01"},
		{"Tuesday 26 May 1942", "1942-05-26"},
		{"1945-05-08", ""},
		{"30 February 1940", ""},
		{"tomorrow", ""},
		{"", ""},
	} {
		t.Run(tt.in, func(t *testing.T) {
			d, err := parseGoDate(tt.in)
			switch {
			case tt.want == "" && err == nil:
				t.Errorf("parseGoDate(%q) = %s, want an error", tt.in, d)
			case tt.want == "" && !strings.Contains(err.Error(), "1942-05-26, 26 May 1942 or May 1942"):
				t.Errorf("error %q does not say what to type", err)
			case tt.want != "" && (err != nil || d.String() != tt.want):
				t.Errorf("parseGoDate(%q) = %s, %v; want %s", tt.in, d, err, tt.want)
			}
		})
	}
}

// Ctrl+G, or a tap on the date, opens the entry; Enter goes, Escape
// cancels; a bad date says what to type.
func TestGoToDate(t *testing.T) {
	u := newTestUI(t, test.NewTempApp(t), 0)
	c := u.win.Canvas()
	c.(interface{ TypedShortcut(fyne.Shortcut) }).TypedShortcut(shortcutGoTo)
	if u.goTo == nil {
		t.Fatal("Ctrl+G opened nothing")
	}
	g := u.goTo
	u.showGoTo() // through the menu too: still one dialog
	if u.goTo != g || len(u.dialogs) != 1 {
		t.Errorf("a second Ctrl+G opened another dialog (%d open)", len(u.dialogs))
	}
	g.entry.SetText("")
	test.Type(g.entry, "1 September 1939")
	g.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if u.st.day != mustDay("1939-09-01") || u.goTo != nil {
		t.Errorf("Enter: day %s, dialog open %v", u.st.day, u.goTo != nil)
	}
	// A tap on the date; a bad date stays, with what to type.
	test.Tap(findTapTarget(t, u))
	g = u.goTo
	if g == nil {
		t.Fatal("tapping the date opened nothing")
	}
	g.entry.SetText("31 June 1941")
	g.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if u.goTo == nil || g.entry.Validate() == nil || !strings.Contains(g.entry.Validate().Error(), "26 May 1942") {
		t.Errorf("bad date: dialog open %v, error %v", u.goTo != nil, g.entry.Validate())
	}
	g.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if u.goTo != nil || u.st.day != mustDay("1939-09-01") {
		t.Errorf("Escape: dialog open %v, day %s", u.goTo != nil, u.st.day)
	}
	if c.Overlays().Top() != nil {
		t.Errorf("a dialog is still shown")
	}
}

func findTapTarget(t *testing.T, u *ui) *tapTarget {
	t.Helper()
	var found *tapTarget
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch o := o.(type) {
		case *tapTarget:
			found = o
		case *fyne.Container:
			for _, c := range o.Objects {
				walk(c)
			}
		}
	}
	walk(u.win.Content())
	if found == nil {
		t.Fatal("no tappable date")
	}
	return found
}

// The Treaty day button goes to the signing and says so; the play
// button keeps its width; the speed is remembered.
func TestTreatyDayAndSpeed(t *testing.T) {
	a := test.NewTempApp(t)
	u := newTestUI(t, a, mustDay("1940-01-01"))
	var treaty *hintButton
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch o := o.(type) {
		case *hintButton:
			treaty = o
		case *fyne.Container:
			for _, c := range o.Objects {
				walk(c)
			}
		}
	}
	walk(u.win.Content())
	if treaty == nil || treaty.Text != "Treaty day" {
		t.Fatalf("no Treaty day button: %v", treaty)
	}
	treaty.MouseIn(&desktop.MouseEvent{})
	if !strings.Contains(u.nowLabel.Text, "Anglo-Soviet Treaty") {
		t.Errorf("hint %q", u.nowLabel.Text)
	}
	treaty.MouseOut()
	if strings.Contains(u.nowLabel.Text, "Anglo-Soviet") {
		t.Errorf("hint stays: %q", u.nowLabel.Text)
	}
	test.Tap(treaty)
	if u.st.day != geodata.Signing {
		t.Errorf("Treaty day went to %s", u.st.day)
	}

	pos, w := u.playBtn.Position(), u.playBtn.Size().Width
	nextX := treaty.Position().X
	u.play()
	u.pause()
	u.playBtn.SetText("Pause")
	u.win.Content().Refresh()
	if u.playBtn.Size().Width != w || u.playBtn.Position() != pos || treaty.Position().X != nextX {
		t.Errorf("Play → Pause moved the buttons: %v %v → %v %v", pos, w, u.playBtn.Position(), u.playBtn.Size().Width)
	}
	u.playBtn.SetText("Play")

	for _, tt := range []struct {
		speed, from, want string
	}{{"day", "1940-01-31", "1940-02-01"}, {"week", "1940-01-31", "1940-02-07"}, {"month", "1940-01-31", "1940-02-29"}, {"month", "1942-12-15", "1942-12-31"}} {
		u.setPlaySpeed(tt.speed)
		if got := u.playNext(mustDay(tt.from)).String(); got != tt.want {
			t.Errorf("%s from %s: %s, want %s", tt.speed, tt.from, got, tt.want)
		}
	}
	u.speedSel.SetSelected("1 week a tick")
	u.close()
	if got := u.prefs.saved.PlaySpeed; got != "week" {
		t.Errorf("saved speed %q", got)
	}
	u2 := newUI(a, miniAtlas(t), uiForTests())
	u2.restore(0)
	t.Cleanup(func() { u2.close(); u2.win.Close() })
	if u2.playSpeed != "week" || u2.speedSel.Selected != "1 week a tick" {
		t.Errorf("restored speed %q, control %q", u2.playSpeed, u2.speedSel.Selected)
	}
}

// The labels come back after Compare dates, even when Fyne dropped the
// map's renderer meanwhile.
func TestLabelsAfterCompare(t *testing.T) {
	u := newTestUI(t, test.NewTempApp(t), 0)
	before := u.mapw.r.labelTexts()
	if len(before) == 0 {
		t.Fatal("no labels to begin with")
	}
	u.setCompare(true)
	u.setCompare(false)
	if got := u.mapw.r.labelTexts(); len(got) != len(before) {
		t.Errorf("labels after compare %v, want %v", got, before)
	}
	if !u.mapw.r.raster.Visible() {
		t.Error("the frame (with its labels) is hidden after compare")
	}
	// The renderer dropped (Fyne's cache) and made again.
	u.setCompare(true)
	test.WidgetRenderer(u.mapw).Destroy()
	u.setCompare(false)
	u.win.Content().Refresh()
	r := test.WidgetRenderer(u.mapw).(*mapRenderer)
	r.Layout(u.mapw.Size())
	if got := r.labelTexts(); len(got) != len(before) || !r.raster.Visible() {
		t.Errorf("labels with a new renderer %v (shown %v), want %v", got, r.raster.Visible(), before)
	}
}

// The details go back to the top for another territory.
func TestDetailsScrollToTop(t *testing.T) {
	u := newTestUI(t, test.NewTempApp(t), 0)
	u.win.Resize(fyne.NewSize(1024, 500))
	test.TapAt(u.mapw, u.mapw.PositionOf(inWestmark))
	u.terr.scroll.Offset = fyne.NewPos(0, 200)
	u.terr.scroll.Refresh()
	test.TapAt(u.mapw, u.mapw.PositionOf(inEastmark))
	if u.terr.scroll.Offset.Y != 0 {
		t.Errorf("details scrolled to %v for another territory", u.terr.scroll.Offset)
	}
}

func TestTipText(t *testing.T) {
	for _, tt := range []struct{ name, holder, status, want string }{
		{"Turkey", "Turkey", "independent", "Turkey (independent)"},
		{"Westmark", "East", "annexed", "Westmark — East (annexed)"},
		{"Greece (Italian zone)", "Italy", "occupied", "Greece (Italian zone) — Italy (occupied)"},
		{"Vichy France", "Vichy France", "", "Vichy France"},
		{"Occupied zone", "Germany", "occupied", "Occupied zone — Germany"},
	} {
		if got := tipText(tt.name, tt.holder, tt.status); got != tt.want {
			t.Errorf("tipText(%q, %q, %q) = %q, want %q", tt.name, tt.holder, tt.status, got, tt.want)
		}
	}
}

// The tip follows a zoom, hides on a pan and when the pointer leaves.
func TestHoverFollowsView(t *testing.T) {
	u := newTestUI(t, test.NewTempApp(t), 0)
	m := u.mapw
	abs := fyne.CurrentApp().Driver().AbsolutePositionForObject(m)
	// On Westmark just west of Eastmark: zoomed out around the centre,
	// the point under the pointer moves into... something else or sea.
	p := m.PositionOf(orb.Point{24.9, 52.5})
	test.MoveMouse(u.win.Canvas(), abs.Add(p))
	if got := hoverText(m); !strings.HasPrefix(got, "Westmark") {
		t.Fatalf("hover %q", got)
	}
	for range 6 {
		m.ZoomIn()
	}
	if got, want := hoverText(m), m.hoverText(); got != want {
		t.Errorf("after zooming the tip says %q, the territory under the pointer is %q", got, want)
	}
	m.SetView(geodata.Project(orb.Point{-20, 40}), m.View().Res)
	if got := hoverText(m); got != "" {
		t.Errorf("after moving the view out to sea the tip says %q", got)
	}
	m.SetView(geodata.Project(orb.Point{24.9, 52.5}), m.View().Res)
	test.MoveMouse(u.win.Canvas(), abs.Add(fyne.NewPos(m.Size().Width/2, m.Size().Height/2)))
	if hoverText(m) == "" {
		t.Fatal("no tip over Westmark")
	}
	m.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(10, 10)}, Dragged: fyne.Delta{DX: 5, DY: 5}})
	if got := hoverText(m); got != "" {
		t.Errorf("tip %q while panning", got)
	}
	test.MoveMouse(u.win.Canvas(), abs.Add(fyne.NewPos(m.Size().Width/2, m.Size().Height/2)))
	if hoverText(m) == "" {
		t.Fatal("no tip after the pan")
	}
	m.MouseOut()
	if got := hoverText(m); got != "" {
		t.Errorf("tip %q after the pointer left", got)
	}
}

// A click just off a coast selects the nearest land and says so; at
// open sea the details say "At sea" with the day.
func TestClickAtSea(t *testing.T) {
	u := newTestUI(t, test.NewTempApp(t), mustDay("1939-06-01"))
	m := u.mapw
	edge := m.PositionOf(orb.Point{22.5, 55})
	test.TapAt(m, edge.AddXY(0, -3)) // 3 px north of Westmark's coast
	text := panelText(u.terr.box)
	if u.st.selID != "westmark" || !strings.Contains(text, "nearest land: Westmark") {
		t.Errorf("3 px off the coast: selected %q:\n%s", u.st.selID, text)
	}
	test.TapAt(m, edge.AddXY(0, -20))
	text = panelText(u.terr.box)
	if u.st.selID != "" || !strings.Contains(text, "At sea — Thursday 1 June 1939") {
		t.Errorf("20 px off the coast: selected %q:\n%s", u.st.selID, text)
	}
}

// Escape clears Find and closes dialogs; Enter confirms them; the
// shortcuts are in two aligned columns; the export says where it saved.
func TestEscapeEnterAndShortcuts(t *testing.T) {
	u := newTestUI(t, test.NewTempApp(t), 0)
	c := u.win.Canvas()
	c.Focus(u.search.entry)
	test.Type(u.search.entry, "West")
	if len(u.search.results) == 0 {
		t.Fatal("no results")
	}
	u.search.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if u.search.entry.Text != "" || c.Focused() != nil {
		t.Errorf("Escape in Find: text %q, focused %v", u.search.entry.Text, c.Focused())
	}

	menuItem(t, u, "Help", "Keyboard shortcuts").Action()
	top := c.Overlays().Top()
	if top == nil || !strings.Contains(overlayText(u.win), "go to a date") {
		t.Fatalf("shortcuts dialog: %q", overlayText(u.win))
	}
	g := shortcutsGrid()
	g.Resize(g.MinSize())
	grid := g.Objects[0].(*fyne.Container)
	x := grid.Objects[1].Position().X
	if x < 50 {
		t.Errorf("descriptions at x %v", x)
	}
	for i := 1; i < len(grid.Objects); i += 2 {
		if grid.Objects[i].Position().X != x {
			t.Errorf("row %d's description at x %v, the first at %v", i/2, grid.Objects[i].Position().X, x)
		}
	}
	u.typedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if c.Overlays().Top() != nil {
		t.Error("Escape did not close the shortcuts")
	}
	menuItem(t, u, "Help", "About Frontiers").Action()
	u.typedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if c.Overlays().Top() != nil {
		t.Error("Enter did not close About")
	}

	path := filepath.Join(t.TempDir(), "map.png")
	if err := u.writeImage(path, 200, 150); err != nil {
		t.Fatal(err)
	}
	u.exported(path)
	if got := overlayText(u.win); !strings.Contains(got, "map.png") || !strings.Contains(got, filepath.Dir(path)) {
		t.Errorf("after the export: %q", got)
	}
	if _, err := os.Stat(path); err != nil {
		t.Error(err)
	}
	u.typedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
}

// Secondary text is in the foreground colour, smaller; long "Show …"
// links are truncated with an ellipsis.
func TestSecondaryText(t *testing.T) {
	u := newTestUI(t, test.NewTempApp(t), 0)
	for name, l := range map[string]*widget.Label{"source": u.event.source, "also": u.terr.names} {
		if l.Importance != widget.MediumImportance || l.SizeName != theme.SizeNameCaptionText {
			t.Errorf("%s: importance %v, size %q", name, l.Importance, l.SizeName)
		}
	}
	if got := ellipsize("Show Reichskommissariat Ostland (General District of Lithuania)", 36); len([]rune(got)) != 36 || !strings.HasSuffix(got, "…") {
		t.Errorf("ellipsize: %q", got)
	}
	evs := u.st.atlas.Events()
	for i := range evs {
		u.gotoEvent(i)
		for _, l := range u.event.links {
			if n := len([]rune(l.Text)); n > 36 {
				t.Errorf("link %q is %d runes long", l.Text, n)
			}
		}
	}
}
