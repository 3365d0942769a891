package ui

import (
	"image"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render"
)

const miniFile = "../../geodata/testdata/mini.geojson"

// Points inside the mini atlas's territories (lon, lat).
var (
	inWestmark  = orb.Point{22.5, 52.5}
	inEastmark  = orb.Point{27.5, 52.5}
	inSouthmark = orb.Point{21.5, 47.5}
)

func miniAtlas(t testing.TB) *geodata.Atlas {
	t.Helper()
	a, err := geodata.LoadFile(miniFile, nil)
	if err != nil {
		t.Fatalf("loading %s: %v", miniFile, err)
	}
	return a
}

// newTestUI builds the window on a fresh test app, restored from prefs.
func newTestUI(t *testing.T, a fyne.App, date geodata.Day) *ui {
	t.Helper()
	isolateStorage(t)
	u := newUI(a, miniAtlas(t), uiForTests())
	u.restore(date)
	u.win.Resize(fyne.NewSize(windowWidth, windowHeight))
	t.Cleanup(func() { u.close(); u.win.Close() })
	return u
}

func mustDay(s string) geodata.Day { return geodata.MustDay(s) }

// isolateStorage gives the test a storage folder of its own: Fyne's test
// app keeps its files in os.TempDir(), shared by every test, and the
// preferences live there. Within one test, later windows see what earlier
// ones saved.
func isolateStorage(t testing.TB) {
	t.Helper()
	if os.Getenv("FRONTIERS_TEST_STORAGE_FOR") == t.Name() {
		return
	}
	t.Setenv("TMPDIR", t.TempDir())
	t.Setenv("FRONTIERS_TEST_STORAGE_FOR", t.Name())
}

// capture returns the map's part of a capture of the window.
func captureMap(t *testing.T, u *ui) *image.NRGBA {
	t.Helper()
	img := u.win.Canvas().Capture()
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(u.mapw)
	sz := u.mapw.Size()
	sc := u.win.Canvas().Scale()
	r := image.Rect(int(pos.X*sc), int(pos.Y*sc), int((pos.X+sz.Width)*sc), int((pos.Y+sz.Height)*sc))
	out := image.NewNRGBA(image.Rect(0, 0, r.Dx(), r.Dy()))
	for y := 0; y < r.Dy(); y++ {
		for x := 0; x < r.Dx(); x++ {
			out.Set(x, y, img.At(r.Min.X+x, r.Min.Y+y))
		}
	}
	return out
}

func diffPixels(a, b *image.NRGBA) int {
	if a.Rect != b.Rect {
		return a.Rect.Dx() * a.Rect.Dy()
	}
	n := 0
	for i := 0; i+3 < len(a.Pix); i += 4 {
		if a.Pix[i] != b.Pix[i] || a.Pix[i+1] != b.Pix[i+1] || a.Pix[i+2] != b.Pix[i+2] {
			n++
		}
	}
	return n
}

// saveFailed writes an image to testdata/failed/ for a failing test.
func saveFailed(t *testing.T, name string, img image.Image) {
	t.Helper()
	dir := filepath.Join("testdata", "failed")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Log(err)
		return
	}
	f, err := os.Create(filepath.Join(dir, name+".png"))
	if err != nil {
		t.Log(err)
		return
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Log(err)
	}
	t.Logf("wrote %s", f.Name())
}

func TestWindowOpensOnSigning(t *testing.T) {
	u := newTestUI(t, test.NewTempApp(t), 0)
	if got, want := u.win.Title(), "Frontiers — mini.geojson — Tuesday 26 May 1942"; got != want {
		t.Errorf("title = %q, want %q", got, want)
	}
	if u.st.day != geodata.Signing || u.timeline.day != geodata.Signing {
		t.Errorf("day %s, slider %v; want the signing", u.st.day, u.timeline.day)
	}
	if u.dateLabel.Text != "Tuesday 26 May 1942" {
		t.Errorf("date label %q", u.dateLabel.Text)
	}
	if !strings.Contains(strings.Join(legendHolders(u.legend), ","), "East") {
		t.Errorf("legend holders %v lack East", legendHolders(u.legend))
	}
}

func TestSliderDrag(t *testing.T) {
	u := newTestUI(t, test.NewTempApp(t), 0)
	c := u.win.Canvas()
	sp := fyne.CurrentApp().Driver().AbsolutePositionForObject(u.timeline)
	ss := u.timeline.Size()
	if ss.Width < windowWidth*0.8 {
		t.Errorf("slider is %v wide, want most of the window's %d", ss.Width, windowWidth)
	}
	if bottom := windowHeight - (sp.Y + ss.Height); bottom > 12 {
		t.Errorf("slider ends %v above the window's bottom; want it the bottom row", bottom)
	}
	if y := float32(windowHeight - 40); y < sp.Y || y > sp.Y+ss.Height {
		t.Errorf("40 px above the bottom (y=%v) is not on the slider (%v..%v)", y, sp.Y, sp.Y+ss.Height)
	}
	xOf := func(d geodata.Day) float32 { return sp.X + u.timeline.dayX(d) }
	before := captureMap(t, u)
	for _, tc := range []struct {
		name      string
		to        geodata.Day
		event     int // latest event index
		mapChange bool
	}{
		{"1939, before everything", mustDay("1939-03-01"), -1, true},
		{"occupation", mustDay("1940-07-01"), 0, true},
		{"annexation", mustDay("1940-09-01"), 1, false}, // control layer: East holds it both days
		{"southmark", mustDay("1941-08-15"), 2, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			title := u.win.Title()
			test.Drag(c, fyne.NewPos(xOf(tc.to), sp.Y+ss.Height/2), 1, 0)
			if d := u.st.day - tc.to; d < -2 || d > 2 {
				t.Fatalf("after the drag day = %s, want about %s", u.st.day, tc.to)
			}
			if u.timeline.day != u.st.day {
				t.Errorf("slider %v, day %d", u.timeline.day, u.st.day)
			}
			if got := u.win.Title(); got == title || got != "Frontiers — mini.geojson — "+u.st.day.Long() {
				t.Errorf("title %q (was %q), want Frontiers — mini.geojson — %s", got, title, u.st.day.Long())
			}
			if u.eventSel != tc.event {
				t.Errorf("selected event %d, want %d", u.eventSel, tc.event)
			}
			if tc.event >= 0 && u.event.title.Text != u.st.atlas.Events()[tc.event].Title {
				t.Errorf("event details show %q", u.event.title.Text)
			}
			after := captureMap(t, u)
			if n := diffPixels(before, after); tc.mapChange && n < 500 {
				saveFailed(t, "slider-before", before)
				saveFailed(t, "slider-after", after)
				t.Errorf("the map changed in only %d pixels", n)
			}
			before = after
		})
	}
}

func TestEventListMovesSlider(t *testing.T) {
	u := newTestUI(t, test.NewTempApp(t), 0)
	evs := u.st.atlas.Events()
	for i := range evs {
		u.eventList.Select(i)
		want := evs[i].Date.Day
		if u.st.day != want || u.timeline.day != want {
			t.Errorf("event %d: day %s slider %v, want %s", i, u.st.day, u.timeline.day, want)
		}
		if u.eventSel != i {
			t.Errorf("event %d: selection moved to %d", i, u.eventSel)
		}
		if u.event.title.Text != evs[i].Title || u.event.source.Text != "Source: "+evs[i].Source {
			t.Errorf("event %d: details %q / %q", i, u.event.title.Text, u.event.source.Text)
		}
		if evs[i].DateNote != "" && !strings.Contains(u.event.dnote.Text, evs[i].DateNote) {
			t.Errorf("event %d: date note %q", i, u.event.dnote.Text)
		}
	}
	// Next/previous and the keys.
	u.st.setDay(mustDay("1939-01-01"))
	if u.eventSel != -1 {
		t.Fatalf("selection %d before every event", u.eventSel)
	}
	u.nextEvent()
	if u.st.day != evs[0].Date.Day {
		t.Errorf("next event: %s", u.st.day)
	}
	u.typedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
	if u.st.day != evs[1].Date.Day || u.eventSel != 1 {
		t.Errorf("page down: %s, event %d", u.st.day, u.eventSel)
	}
	u.typedKey(&fyne.KeyEvent{Name: fyne.KeyPageUp})
	if u.st.day != evs[0].Date.Day {
		t.Errorf("page up: %s", u.st.day)
	}
	u.st.setDay(evs[1].Date.Day + 10)
	u.prevEvent()
	if u.st.day != evs[1].Date.Day {
		t.Errorf("previous event from 10 days after it: %s", u.st.day)
	}
}

func TestKeys(t *testing.T) {
	u := newTestUI(t, test.NewTempApp(t), mustDay("1941-01-31"))
	u.typedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	if u.st.day != mustDay("1941-02-01") {
		t.Errorf("→: %s", u.st.day)
	}
	u.typedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	u.typedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	if u.st.day != mustDay("1941-01-30") {
		t.Errorf("← ←: %s", u.st.day)
	}
	sc, ok := u.win.Canvas().(fyne.Shortcutable)
	if !ok {
		t.Fatal("canvas takes no shortcuts")
	}
	sc.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyRight, Modifier: fyne.KeyModifierShift})
	if u.st.day != mustDay("1941-02-28") {
		t.Errorf("Shift+→ from 30 January: %s", u.st.day)
	}
	sc.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyLeft, Modifier: fyne.KeyModifierShift})
	if u.st.day != mustDay("1941-01-28") {
		t.Errorf("Shift+←: %s", u.st.day)
	}
	u.st.setDay(geodata.First)
	u.typedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	if u.st.day != geodata.First {
		t.Errorf("← from the first day: %s", u.st.day)
	}
	res := u.mapw.View().Res
	u.typedRune('+')
	if r := u.mapw.View().Res; r >= res {
		t.Errorf("+ : resolution %v, was %v", r, res)
	}
	u.typedRune('0')
	if r := u.mapw.View().Res; r != res {
		t.Errorf("0: resolution %v, want %v", r, res)
	}
	// The slider passes its keys on.
	u.timeline.TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
	if u.st.day != u.st.atlas.Events()[0].Date.Day {
		t.Errorf("Page Down on the slider: %s", u.st.day)
	}
}

func TestTapTerritory(t *testing.T) {
	u := newTestUI(t, test.NewTempApp(t), 0)
	before := captureMap(t, u)
	test.TapAt(u.mapw, u.mapw.PositionOf(inWestmark))
	if u.st.selID != "westmark" {
		t.Fatalf("selected %q, want westmark", u.st.selID)
	}
	if u.tabs.Selected() != u.terrTab {
		t.Errorf("the territory tab is not shown")
	}
	if n := diffPixels(before, captureMap(t, u)); n < 100 {
		t.Errorf("selecting changed only %d pixels of the map", n)
	}
	for _, tc := range []struct {
		day  string
		want []string
		not  []string
	}{
		{"1942-05-26", []string{"Westmark", "Also: Occidentia", "Status: annexed", "Controller: East (COW 365)",
			"Sovereign: East (COW 365)", "Since: 6 August 1940", "Until: after 1942", "Note: Not recognised by South.",
			"Source: Test annexation, 6 August 1940", "Now: 6 August 1940 – after 1942: annexed",
			"before 1939 – 16 June 1940: independent; controller West, sovereign West", "East occupies Westmark"}, nil},
		{"1940-07-01", []string{"Status: occupied", "Controller: East (COW 365)", "Sovereign: West (no COW code)",
			"Since: 17 June 1940", "Until: 5 August 1940 (last day; from 6 August 1940 no longer valid)"}, []string{"Note:"}},
		{"1939-03-01", []string{"Status: independent", "Controller: West (no COW code)", "Since: before 1939",
			"Until: 16 June 1940 (last day"}, nil},
	} {
		u.st.setDay(mustDay(tc.day))
		text := panelText(u.terr.box)
		for _, w := range tc.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: details lack %q:\n%s", tc.day, w, text)
			}
		}
		for _, w := range tc.not {
			if strings.Contains(text, w) {
				t.Errorf("%s: details have %q:\n%s", tc.day, w, text)
			}
		}
	}

	// Southmark, then a day before it existed.
	u.st.setDay(mustDay("1942-01-01"))
	test.TapAt(u.mapw, u.mapw.PositionOf(inSouthmark))
	if text := panelText(u.terr.box); !strings.Contains(text, "Southmark") || !strings.Contains(text, "≈ Approximate") ||
		!strings.Contains(text, "Controller: South (no COW code)") {
		t.Errorf("southmark details:\n%s", text)
	}
	u.st.setDay(mustDay("1940-01-01"))
	if text := panelText(u.terr.box); !strings.Contains(text, "Not on the map on Monday 1 January 1940") {
		t.Errorf("southmark before 1941:\n%s", text)
	}
	// At sea.
	test.TapAt(u.mapw, u.mapw.PositionOf(orb.Point{-20, 40}))
	if u.st.selID != "" || !strings.Contains(panelText(u.terr.box), "At sea") {
		t.Errorf("tap at sea: selected %q:\n%s", u.st.selID, panelText(u.terr.box))
	}
	// A related event jumps there.
	test.TapAt(u.mapw, u.mapw.PositionOf(inEastmark))
	if u.st.selID != "eastmark" {
		t.Errorf("selected %q, want eastmark", u.st.selID)
	}
}

func TestHover(t *testing.T) {
	u := newTestUI(t, test.NewTempApp(t), 0)
	abs := fyne.CurrentApp().Driver().AbsolutePositionForObject(u.mapw)
	test.MoveMouse(u.win.Canvas(), abs.Add(u.mapw.PositionOf(inWestmark)))
	if got := hoverText(u.mapw); got != "Westmark — East (annexed)" {
		t.Errorf("hover %q", got)
	}
	u.st.setLayer(geodata.Sovereignty)
	if got := hoverText(u.mapw); got != "Westmark — East (annexed)" {
		t.Errorf("hover on the sovereignty layer %q", got)
	}
	u.st.setDay(mustDay("1940-07-01"))
	if got := hoverText(u.mapw); got != "Westmark — West (occupied)" {
		t.Errorf("hover on 1 July 1940, sovereignty: %q", got)
	}
	test.MoveMouse(u.win.Canvas(), abs.Add(u.mapw.PositionOf(orb.Point{-20, 40})))
	if got := hoverText(u.mapw); got != "" {
		t.Errorf("hover at sea %q", got)
	}
}

func TestPanZoom(t *testing.T) {
	u := newTestUI(t, test.NewTempApp(t), 0)
	v0 := u.mapw.View()
	abs := fyne.CurrentApp().Driver().AbsolutePositionForObject(u.mapw)
	mid := abs.AddXY(float32(v0.Width)/2, float32(v0.Height)/2)
	test.Scroll(u.win.Canvas(), mid, 0, 50)
	v1 := u.mapw.View()
	if v1.Res >= v0.Res {
		t.Errorf("scrolling up: resolution %v, was %v", v1.Res, v0.Res)
	}
	before := captureMap(t, u)
	test.Drag(u.win.Canvas(), mid, 100, 0)
	v2 := u.mapw.View()
	if dx := v2.Center[0] - v1.Center[0]; dx > -99*v1.Res || dx < -101*v1.Res {
		t.Errorf("dragging 100 px right moved the centre %v m at %v m/px", dx, v1.Res)
	}
	if n := diffPixels(before, captureMap(t, u)); n < 500 {
		t.Errorf("panning changed %d pixels", n)
	}
	// Clicking where Westmark is now still finds it.
	test.TapAt(u.mapw, u.mapw.PositionOf(inWestmark))
	if u.st.selID != "westmark" {
		t.Errorf("after pan and zoom, selected %q", u.st.selID)
	}
	u.mapw.ResetView()
	if u.mapw.View().Res != v0.Res {
		t.Errorf("reset: %v, want %v", u.mapw.View().Res, v0.Res)
	}
}

func TestTogglesAndLegend(t *testing.T) {
	u := newTestUI(t, test.NewTempApp(t), mustDay("1939-03-01"))
	if got := strings.Join(legendHolders(u.legend), ","); got != "East,West" {
		t.Errorf("legend on 1 March 1939: %s", got)
	}
	u.st.setDay(mustDay("1942-01-01"))
	if got := strings.Join(legendHolders(u.legend), ","); got != "East,South" {
		t.Errorf("legend on 1 January 1942: %s", got)
	}
	before := captureMap(t, u)
	u.checks["highlight.baltic"].SetChecked(false)
	if slices.Contains(u.mapw.Style().Topics, "baltic") {
		t.Errorf("baltic still highlighted")
	}
	if n := diffPixels(before, captureMap(t, u)); n < 50 {
		t.Errorf("the baltic highlight changed %d pixels", n)
	}
	u.checks["overlay.frontier"].SetChecked(false)
	if slices.Contains(u.mapw.Style().Overlays, geodata.KindFrontier) {
		t.Errorf("frontier overlay still drawn")
	}
	u.layerRadio.SetSelected("Sovereignty")
	if u.mapw.Style().Layer != geodata.Sovereignty {
		t.Errorf("layer not switched")
	}
}

func TestPreferencesRoundTrip(t *testing.T) {
	a := test.NewTempApp(t)
	u := newTestUI(t, a, 0)
	if u.st.day != geodata.Signing {
		t.Fatalf("first start on %s, want the signing", u.st.day)
	}
	u.st.setDay(mustDay("1940-08-06"))
	u.st.setLayer(geodata.Sovereignty)
	u.checks["highlight.finland"].SetChecked(false)
	u.checks["overlay.sphere"].SetChecked(false)
	u.mapw.ZoomIn()
	test.Drag(u.win.Canvas(), fyne.CurrentApp().Driver().AbsolutePositionForObject(u.mapw).AddXY(50, 50), 30, 20)
	view := u.mapw.View()
	u.close()
	if got := u.prefs.saved.Date; got != "1940-08-06" {
		t.Errorf("saved date %q", got)
	}

	v := newTestUI(t, a, 0)
	if v.st.day != mustDay("1940-08-06") || v.win.Title() != "Frontiers — mini.geojson — Tuesday 6 August 1940" {
		t.Errorf("restored day %s, title %q", v.st.day, v.win.Title())
	}
	if v.st.layer != geodata.Sovereignty || v.layerRadio.Selected != "Sovereignty" {
		t.Errorf("restored layer %s", v.st.layer)
	}
	if v.st.topics["finland"] || !v.st.topics["baltic"] || v.checks["highlight.finland"].Checked {
		t.Errorf("restored highlights %v", v.st.topics)
	}
	if v.st.overlays[geodata.KindSphere] || !v.st.overlays[geodata.KindFrontier] {
		t.Errorf("restored overlays %v", v.st.overlays)
	}
	if got := v.mapw.View(); got.Center != view.Center || got.Res != view.Res {
		t.Errorf("restored view %v %v, want %v %v", got.Center, got.Res, view.Center, view.Res)
	}
	v.close()

	// --date wins over the saved day.
	w := newTestUI(t, a, mustDay("1941-06-22"))
	if w.st.day != mustDay("1941-06-22") {
		t.Errorf("with a date option: %s", w.st.day)
	}
}

func TestDebouncedSave(t *testing.T) {
	q := newUIQueue(t)
	a := test.NewTempApp(t)
	u := newTestUI(t, a, 0)
	u.saveDelay = 20 * time.Millisecond
	for _, d := range []string{"1939-09-01", "1939-09-02", "1939-09-03"} {
		u.st.setDay(mustDay(d))
	}
	if got := u.prefs.saved.Date; got == "1939-09-03" {
		t.Errorf("saved at once despite the delay")
	}
	q.runUntil(t, "the debounced save", func() bool { return u.prefs.saved.Date == "1939-09-03" })

	u.saveDelay = time.Hour // nothing is saved until the window closes
	u.saveTimer.Stop()
	u.saveTimer = nil
	u.st.setDay(mustDay("1940-01-01"))
	if got := u.prefs.saved.Date; got != "1939-09-03" {
		t.Errorf("saved %s before the delay", got)
	}
	u.close()
	if got := u.prefs.saved.Date; got != "1940-01-01" {
		t.Errorf("saved on close: %q", got)
	}
}

// uiQueue stands in for the UI goroutine in tests that run the window's
// goroutines: they queue their UI work, which the test goroutine runs.
type uiQueue struct{ ch chan func() }

func newUIQueue(t *testing.T) *uiQueue {
	q := &uiQueue{ch: make(chan func(), 1024)}
	oldDo, oldWait := uiDo, uiDoAndWait
	uiDo = func(f func()) { q.ch <- f }
	uiDoAndWait = func(f func()) {
		done := make(chan struct{})
		q.ch <- func() { f(); close(done) }
		<-done
	}
	t.Cleanup(func() { uiDo, uiDoAndWait = oldDo, oldWait })
	return q
}

// runUntil runs the queued UI work until cond holds (checked before and
// after each piece). Its time limit only guards against a hang: a pass of
// the soak test through 1,461 days takes seconds on an idle machine, but
// minutes on a loaded one.
func (q *uiQueue) runUntil(t *testing.T, what string, cond func() bool) {
	t.Helper()
	timeout := time.After(5 * time.Minute)
	for !cond() {
		select {
		case f := <-q.ch:
			f()
		case <-timeout:
			t.Fatalf("timed out waiting for %s", what)
		}
	}
}

func TestPlayStopsAtLast(t *testing.T) {
	q := newUIQueue(t)
	u := newTestUI(t, test.NewTempApp(t), geodata.Last-4)
	u.togglePlay()
	if !u.playing || u.playBtn.Text != "Pause" {
		t.Fatalf("not playing")
	}
	done := u.playDone
	q.runUntil(t, "play to stop", func() bool { return !u.playing })
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("the play goroutine did not end")
	}
	if u.st.day != geodata.Last || u.playing || u.playBtn.Text != "Play" {
		t.Errorf("after play: day %s, playing %v, button %q", u.st.day, u.playing, u.playBtn.Text)
	}
	// Pausing stops the goroutine.
	u.st.setDay(geodata.First)
	u.togglePlay()
	q.runUntil(t, "a day to pass", func() bool { return u.st.day > geodata.First })
	u.togglePlay()
	done = u.playDone
	for ended := false; !ended; {
		select {
		case <-done:
			ended = true
		case f := <-q.ch:
			f()
		case <-time.After(30 * time.Second):
			t.Fatal("pause did not stop the goroutine")
		}
	}
	if u.playing || u.st.day > geodata.First+3 {
		t.Errorf("after pause: playing %v, day %s", u.playing, u.st.day)
	}
}

func TestOpenDatasetWithProblems(t *testing.T) {
	u := newTestUI(t, test.NewTempApp(t), 0)
	bad := filepath.Join(t.TempDir(), "bad.geojson")
	data := `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"x","name":"X","start_date":"1940-02-30","controller":"A","sovereign":"A","status":"integral","source":"s"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}]}`
	if err := os.WriteFile(bad, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	old := u.st.atlas
	if err := u.openDatasetFile(bad); err == nil {
		t.Fatal("a bad dataset loaded")
	}
	if u.st.atlas != old {
		t.Error("the current data was replaced")
	}
	if !strings.Contains(overlayText(u.win), "bad.geojson: feature 0 (x): start_date") {
		t.Errorf("problems shown: %q", overlayText(u.win))
	}
	if u.win.Canvas().Overlays().Top() == nil {
		t.Error("no dialog")
	}
	// A good one replaces the data.
	if err := u.openDatasetFile(miniFile); err != nil {
		t.Fatal(err)
	}
	if u.st.atlas == old || u.mapw.Atlas() != u.st.atlas {
		t.Error("the good dataset is not shown")
	}
}

func TestMapRendersAsync(t *testing.T) {
	q := newUIQueue(t)
	test.NewTempApp(t)
	m := NewMap(miniAtlas(t))
	w := test.NewTempWindow(t, m)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(1000, 750))
	t.Cleanup(m.Close)
	wait := func(what string) {
		t.Helper()
		want := m.r.seq
		q.runUntil(t, what, func() bool { return m.r.shown.seq >= want })
	}
	wait("the first frame")
	a := captureMap2(w)
	m.SetDay(mustDay("1939-01-01"))
	wait("the frame of 1 January 1939")
	b := captureMap2(w)
	if n := diffPixels(a, b); n < 500 {
		t.Errorf("the date change changed %d pixels", n)
	}
	if f := m.FeatureAt(m.PositionOf(inWestmark)); f == nil || f.Controller.Name != "West" {
		t.Errorf("feature at westmark on 1939-01-01: %v", f)
	}
	if len(m.r.labelTexts()) == 0 {
		t.Error("no labels")
	}
	// Many requests at once: the newest is drawn last.
	for i := 0; i < 20; i++ {
		m.SetDay(mustDay("1940-01-01") + geodata.Day(i*30))
	}
	wait("the newest of many frames")
	if m.r.shown.day != m.Day() {
		t.Errorf("shown %s, want %s", m.r.shown.day, m.Day())
	}
}

func captureMap2(w fyne.Window) *image.NRGBA {
	img := w.Canvas().Capture()
	out := image.NewNRGBA(img.Bounds())
	for y := img.Bounds().Min.Y; y < img.Bounds().Max.Y; y++ {
		for x := img.Bounds().Min.X; x < img.Bounds().Max.X; x++ {
			out.Set(x, y, img.At(x, y))
		}
	}
	return out
}

func TestMapHiDPI(t *testing.T) {
	test.NewTempApp(t)
	m := NewMap(miniAtlas(t), WithSyncRender())
	w := test.NewTempWindow(t, m)
	w.SetPadded(false)
	w.Canvas().(test.WindowlessCanvas).SetScale(2)
	w.Resize(fyne.NewSize(600, 450))
	m.Refresh()
	fw, fh := m.r.display.Rect.Dx(), m.r.display.Rect.Dy()
	if fw != 1200 || fh != 900 {
		t.Errorf("frame %dx%d, want 1200x900 device pixels", fw, fh)
	}
	if m.r.shown.style.Scale != 2 {
		t.Errorf("style scale %v", m.r.shown.style.Scale)
	}
	// The device pixel of Westmark's centre holds Westmark's colour.
	p := m.PositionOf(inWestmark)
	c := m.r.display.RGBAAt(int(p.X*2), int(p.Y*2))
	want := render.Standard.Color(geodata.Holder{Name: "East", COW: 365})
	if d := int(c.R) - int(want.R); d < -40 || d > 40 {
		t.Errorf("pixel at Westmark %v, want about %v", c, want)
	}
	var got *geodata.Feature
	m.OnSelected = func(f *geodata.Feature, _ orb.Point) { got = f }
	test.TapAt(m, p)
	if got == nil || got.ID != "westmark" {
		t.Errorf("tap at Westmark on a 2x canvas selected %v", got)
	}
}

// hoverText returns the text of the map's hover tip ("" when hidden).
func hoverText(m *Map) string {
	if t := m.r.tipText; t.Visible() {
		return t.Text
	}
	return ""
}

// scaleText returns the length the scale bar stands for ("" when hidden)
// and its length in logical pixels.
func scaleText(m *Map) (string, float32) {
	if t := m.r.scaleText; t.Visible() {
		return t.Text, m.r.scaleBar.Size().Width
	}
	return "", 0
}

// overlayText returns the texts of the window's top overlay (a dialog),
// one a line; "" when there is none.
func overlayText(w fyne.Window) string {
	var b strings.Builder
	walkOverlay(w, func(o fyne.CanvasObject) {
		switch o := o.(type) {
		case *widget.Label:
			b.WriteString(o.Text + "\n")
		case *canvas.Text:
			b.WriteString(o.Text + "\n")
		}
	})
	return b.String()
}

// legendHolders returns the names of the holders the legend shows.
func legendHolders(l *legendBox) []string {
	n := len(l.box.Objects) - len(l.before) - len(l.after)
	var out []string
	for _, r := range l.rows[:n] {
		out = append(out, r.lbl.Text)
	}
	return out
}

// panelText returns everything a panel says, one line a label.
func panelText(box *fyne.Container) string {
	var b strings.Builder
	for _, o := range box.Objects {
		collectText(&b, o)
	}
	return b.String()
}

func collectText(b *strings.Builder, o fyne.CanvasObject) {
	if !o.Visible() {
		return
	}
	switch o := o.(type) {
	case *widget.Label:
		b.WriteString(o.Text + "\n")
	case *widget.Hyperlink:
		b.WriteString(o.Text + "\n")
	case *widget.Button:
		b.WriteString(o.Text + "\n")
	case *fyne.Container:
		for _, c := range o.Objects {
			collectText(b, c)
		}
	}
}
