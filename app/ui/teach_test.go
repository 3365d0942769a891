package ui

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/app/handout"
	"github.com/frontiers-atlas/frontiers/app/tour"
	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/internal/testfile"
)

// viewNear reports whether the map shows about bound b.
func viewNear(u *ui, b orb.Bound) bool {
	sz := u.mapw.Size()
	want := geodata.Fit(b, int(sz.Width), int(sz.Height))
	got := u.mapw.View()
	return math.Abs(got.Res/want.Res-1) < 0.02 &&
		math.Abs(got.Center[0]-want.Center[0]) < 2*want.Res && math.Abs(got.Center[1]-want.Center[1]) < 2*want.Res
}

func TestTourSteps(t *testing.T) {
	q := newUIQueue(t)
	u := newTestUI(t, test.NewTempApp(t), 0)
	tr, err := tour.Bundled(tour.DefaultBundled)
	if err != nil {
		t.Fatal(err)
	}
	if err := u.openBundledTour(tour.DefaultBundled); err != nil {
		t.Fatal(err)
	}
	if !u.touring() || !u.teach.bar.box.Visible() {
		t.Fatal("not touring, or no tour bar")
	}
	check := func(i int) {
		t.Helper()
		s := tr.Stops[i]
		if u.st.day != s.Date {
			t.Errorf("stop %d: day %s, want %s", i+1, u.st.day, s.Date)
		}
		if !viewNear(u, s.View) {
			t.Errorf("stop %d: view %+v does not show %v", i+1, u.mapw.View(), s.View)
		}
		if u.st.layer != s.Layer {
			t.Errorf("stop %d: layer %s", i+1, u.st.layer)
		}
		b := u.teach.bar
		if want := fmt.Sprintf("stop %d of %d", i+1, len(tr.Stops)); b.pos.Text != want {
			t.Errorf("stop %d: bar says %q", i+1, b.pos.Text)
		}
		if b.title.Text != s.Title || b.text.Text != s.Text || !strings.Contains(b.sources.Text, s.Sources[0]) {
			t.Errorf("stop %d: bar shows %q / %q / %q", i+1, b.title.Text, b.text.Text, b.sources.Text)
		}
	}
	check(0)
	if !u.teach.bar.prev.Disabled() {
		t.Error("Previous is enabled on the first stop")
	}
	// Next animates: the date sweeps through the days between.
	test.Tap(u.teach.bar.next)
	if !u.teach.player.Moving() {
		t.Fatal("no transition")
	}
	q.runUntil(t, "the transition to stop 2", func() bool { return !u.teach.player.Moving() })
	check(1)
	// → and N go on; a click on the map skips the transition.
	u.typedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	test.TapAt(u.mapw, fyne.NewPos(10, 10))
	if u.teach.player.Moving() {
		t.Error("the click did not skip the transition")
	}
	check(2)
	u.typedRune('n')
	u.skipTourAnim()
	check(3)
	// ← and P go back.
	u.typedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	u.skipTourAnim()
	check(2)
	u.typedRune('p')
	u.skipTourAnim()
	check(1)
	// Esc leaves, and the arrows move the day again.
	u.typedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if u.touring() || u.teach.bar.box.Visible() {
		t.Fatal("Esc did not leave the tour")
	}
	d := u.st.day
	u.typedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	if u.st.day != d+1 {
		t.Errorf("→ after the tour: %s, want %s", u.st.day, d+1)
	}
	u.typedRune('n')
	if u.st.day != d+1 {
		t.Errorf("n after the tour moved the day to %s", u.st.day)
	}
}

func TestBadTourKeepsCurrent(t *testing.T) {
	u := newTestUI(t, test.NewTempApp(t), 0)
	if err := u.openBundledTour("winter-war.json"); err != nil {
		t.Fatal(err)
	}
	before := u.teach.player.Tour()
	u.skipTourAnim()
	// Close the Check dialog (the mini atlas lacks the tour's territories).
	for u.win.Canvas().Overlays().Top() != nil {
		u.win.Canvas().Overlays().Remove(u.win.Canvas().Overlays().Top())
	}
	bad := filepath.Join(t.TempDir(), "bad.json")
	data := `{"title":"Bad","stops":[{"date":"1941-06-31","view":[10,40,30,60],"title":"Barbarossa","tittle":"x"},{"date":"1941-07-01","view":[30,40,10,60],"title":"Two"}]}`
	if err := os.WriteFile(bad, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := u.openTourFile(bad); err == nil {
		t.Fatal("a bad tour opened")
	}
	if u.teach.player == nil || u.teach.player.Tour() != before {
		t.Error("the tour played was lost")
	}
	text := overlayText(u.win)
	for _, want := range []string{`bad.json: stop 1 ("Barbarossa"): date`, `bad.json: stop 1 ("Barbarossa"): tittle`, `bad.json: stop 2 ("Two"): view`, "goes on"} {
		if !strings.Contains(text, want) {
			t.Errorf("the problems dialog lacks %q:\n%s", want, text)
		}
	}
	// A missing file too.
	if err := u.openTourFile(filepath.Join(t.TempDir(), "none.json")); err == nil || u.teach.player.Tour() != before {
		t.Errorf("a missing tour: %v", err)
	}
}

func TestPresenterMode(t *testing.T) {
	// The tour's animation runs its frames through the test's queue, which
	// this test does not run: they would otherwise run on the animation's
	// own goroutine beside the test's.
	newUIQueue(t)
	u := newTestUI(t, test.NewTempApp(t), mustDay("1940-08-06"))
	panels := u.teach.present.panels
	for _, tc := range []struct {
		name   string
		tour   bool
		starts string
	}{{"not touring", false, "Tuesday 6 August 1940"}, {"touring", true, "The Winter War"}} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.tour {
				if err := u.openBundledTour("winter-war.json"); err != nil {
					t.Fatal(err)
				}
			}
			var was []bool
			for _, p := range panels {
				was = append(was, p.Visible())
			}
			u.typedKey(&fyne.KeyEvent{Name: fyne.KeyF11})
			if !u.presenting() || !u.win.FullScreen() || u.win.MainMenu() != nil {
				t.Fatalf("F11: presenting %v, full screen %v", u.presenting(), u.win.FullScreen())
			}
			for i, p := range panels {
				if p.Visible() {
					t.Errorf("panel %d still shown", i)
				}
			}
			pr := u.teach.present
			if !pr.layer.Visible() || !strings.HasPrefix(pr.title.Text, tc.starts) && !strings.Contains(pr.line.Text, tc.starts) {
				t.Errorf("caption %q / %q, want %q", pr.title.Text, pr.line.Text, tc.starts)
			}
			u.win.Resize(fyne.NewSize(1920, 1080))
			u.win.Content().Refresh()
			if s := pr.textSize(); s < 24 {
				t.Errorf("caption text %v pt at 1080p, want at least 24", s)
			}
			if tc.tour {
				u.typedRune('n')
				u.skipTourAnim()
				if pr.title.Text != u.teach.player.Stop().Title {
					t.Errorf("caption after n: %q", pr.title.Text)
				}
			}
			key := fyne.KeyEscape
			if tc.tour {
				key = fyne.KeyF11
			}
			u.typedKey(&fyne.KeyEvent{Name: key})
			if u.presenting() || u.win.FullScreen() || u.win.MainMenu() != u.menu || pr.layer.Visible() {
				t.Fatalf("%s: still presenting", key)
			}
			for i, p := range panels {
				if p.Visible() != was[i] {
					t.Errorf("panel %d: shown %v, was %v", i, p.Visible(), was[i])
				}
			}
			if tc.tour && !u.touring() {
				t.Error("leaving presenter mode left the tour")
			}
			u.win.Resize(fyne.NewSize(windowWidth, windowHeight))
		})
	}
}

func TestSaveViewAsStop(t *testing.T) {
	u := newTestUI(t, test.NewTempApp(t), mustDay("1940-08-06"))
	path := filepath.Join(t.TempDir(), "lesson.json")
	test.TapAt(u.mapw, u.mapw.PositionOf(inWestmark))
	u.st.setLayer(geodata.Sovereignty)
	if n, err := u.saveStop(path, "My lesson", "Westmark annexed", "East takes it."); err != nil || n != 1 {
		t.Fatalf("first stop: %d, %v", n, err)
	}
	u.st.selectAt("", nil)
	u.st.setDay(mustDay("1941-08-15"))
	u.mapw.ZoomIn()
	if n, err := u.saveStop(path, "", "  ", ""); err != nil || n != 2 {
		t.Fatalf("second stop: %d, %v", n, err)
	}
	tr, err := tour.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if tr.Title != "My lesson" || len(tr.Stops) != 2 {
		t.Fatalf("tour %q with %d stops", tr.Title, len(tr.Stops))
	}
	s := tr.Stops[0]
	if s.Date != mustDay("1940-08-06") || s.Layer != geodata.Sovereignty || s.Title != "Westmark annexed" ||
		s.Text != "East takes it." || len(s.Select) != 1 || s.Select[0] != "westmark" || len(s.Topics) == 0 || len(s.Overlays) == 0 {
		t.Errorf("stop 1: %+v", s)
	}
	s = tr.Stops[1]
	if s.Date != mustDay("1941-08-15") || s.Title != "15 August 1941" || len(s.Select) != 0 || s.Text != "" {
		t.Errorf("stop 2: %+v", s)
	}
	if mb := u.mapw.View().Bound(); math.Abs(mb.Min[0]-s.View.Min[0]) > 0.006 || math.Abs(mb.Max[1]-s.View.Max[1]) > 0.006 {
		// The saved view is the map's, to 0.01°.
		t.Errorf("stop 2's view %v is not the map's %v", s.View, u.mapw.View().Bound())
	}
	// Played back, the stop shows the view saved.
	if err := u.openTourFile(path); err != nil {
		t.Fatal(err)
	}
	if u.st.day != mustDay("1940-08-06") || u.st.selID != "westmark" {
		t.Errorf("played: day %s, selected %q", u.st.day, u.st.selID)
	}
	// Into a file that is not a tour: an error, and the file left alone.
	notTour := filepath.Join(t.TempDir(), "notes.json")
	os.WriteFile(notTour, []byte(`{"hello": 1}`), 0o644)
	if _, err := u.saveStop(notTour, "", "x", ""); err == nil {
		t.Error("saved into a file that is not a tour")
	}
	if b, _ := os.ReadFile(notTour); string(b) != `{"hello": 1}` {
		t.Errorf("the file was changed: %s", b)
	}
}

func TestCiteDialog(t *testing.T) {
	a := test.NewTempApp(t)
	u := newTestUI(t, a, 0)
	cd := u.showCite()
	text := overlayText(u.win)
	for _, want := range []string{"How to cite this map", "Frontiers", "Test annexation, 6 August 1940"} {
		if !strings.Contains(text, want) {
			t.Errorf("cite dialog lacks %q:\n%s", want, text)
		}
	}
	cd.format.SetSelected("bibtex")
	if !strings.Contains(cd.body.Text, "@") || !strings.Contains(cd.body.Text, "Test annexation") {
		t.Errorf("BibTeX:\n%s", cd.body.Text)
	}
	cd.format.SetSelected("csl-json")
	if !strings.HasPrefix(strings.TrimSpace(cd.body.Text), "[") {
		t.Errorf("CSL-JSON:\n%s", cd.body.Text)
	}
	test.Tap(cd.copyB)
	if got := a.Clipboard().Content(); got != cd.body.Text {
		t.Errorf("copied %q", got)
	}
	// The details panel's Copy citation.
	b := u.teach.copyCite
	if b.Visible() {
		t.Error("Copy citation shown with nothing selected")
	}
	test.TapAt(u.mapw, u.mapw.PositionOf(inWestmark))
	if !b.Visible() {
		t.Fatal("no Copy citation for Westmark")
	}
	test.Tap(b)
	got := a.Clipboard().Content()
	for _, want := range []string{"Westmark", "Source: Test annexation, 6 August 1940", "Frontiers", "version"} {
		if !strings.Contains(got, want) {
			t.Errorf("territory citation lacks %q: %q", want, got)
		}
	}
}

func TestExportTourAndVector(t *testing.T) {
	q := newUIQueue(t)
	u := newTestUI(t, test.NewTempApp(t), 0)
	tr := &tour.Tour{Title: "Mini", Stops: []tour.Stop{
		tour.NewStop(mustDay("1940-01-01"), orb.Bound{Min: orb.Point{15, 45}, Max: orb.Point{35, 58}}, geodata.Control, nil, nil, "westmark"),
		tour.NewStop(mustDay("1941-08-15"), orb.Bound{Min: orb.Point{15, 45}, Max: orb.Point{35, 58}}, geodata.Sovereignty, nil, nil, ""),
	}}
	dir := t.TempDir()
	job := u.startHandout(tr, dir)
	q.runUntil(t, "the handout", func() bool { return job.finished })
	if job.err != nil {
		t.Fatal(job.err)
	}
	index := testfile.Read(t, filepath.Join(dir, handout.IndexFile))
	for i, s := range tr.Stops {
		name := handout.ImageName(i, s)
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Error(err)
		}
		if !strings.Contains(string(index), name) {
			t.Errorf("index.html does not show %s", name)
		}
	}
	// Cancelled: no index.
	dir2 := t.TempDir()
	job = u.startHandout(tr, dir2)
	job.cancel()
	q.runUntil(t, "the cancelled handout", func() bool { return job.finished })
	if _, err := os.Stat(filepath.Join(dir2, handout.IndexFile)); err == nil {
		t.Error("a cancelled handout wrote index.html")
	}

	// Export image by extension.
	for _, ext := range []string{".svg", ".pdf", ".png"} {
		p := filepath.Join(t.TempDir(), "map"+ext)
		if err := u.writeExport(p, 800, 600); err != nil {
			t.Fatalf("%s: %v", ext, err)
		}
		b, _ := os.ReadFile(p)
		head := map[string]string{".svg": "<?xml", ".pdf": "%PDF", ".png": "\x89PNG"}[ext]
		if !strings.HasPrefix(string(b), head) {
			t.Errorf("%s starts %q", ext, b[:min(len(b), 8)])
		}
	}
}
