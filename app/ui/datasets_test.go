package ui

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/frontiers-atlas/frontiers/assets"
	"github.com/frontiers-atlas/frontiers/geodata"
)

// The fixtures of package dialect: an OpenHistoricalMap export without
// ids, a QGIS export with fid, a CShapes 2.0 file.
const dialectData = "../../geodata/dialect/testdata/"

// walkOverlay calls visit with every object of the window's top overlay
// (a dialog), containers and widgets first, then what they hold.
func walkOverlay(w fyne.Window, visit func(fyne.CanvasObject)) {
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		visit(o)
		var inside []fyne.CanvasObject
		switch o := o.(type) {
		case *widget.Label:
		case *fyne.Container:
			inside = o.Objects
		case fyne.Widget:
			inside = test.WidgetRenderer(o).Objects()
		}
		for _, c := range inside {
			walk(c)
		}
	}
	if top := w.Canvas().Overlays().Top(); top != nil {
		walk(top)
	}
}

// overlayButton returns the button labelled text in the window's top
// overlay, or nil.
func overlayButton(w fyne.Window, text string) *widget.Button {
	var found *widget.Button
	walkOverlay(w, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			found = b
		}
	})
	return found
}

// closeOverlays closes every dialog of the window.
func closeOverlays(w fyne.Window) {
	for w.Canvas().Overlays().Top() != nil {
		w.Canvas().Overlays().Remove(w.Canvas().Overlays().Top())
	}
}

// Each foreign fixture opens in the window as File → Open does: the title
// and the status line name it, Open recent lists it, and the details of a
// territory show the file's other properties.
func TestOpenForeignFormats(t *testing.T) {
	tests := []struct {
		file  string
		day   string
		id    string
		extra []string // lines of the details panel
	}{
		{"ohm-tallinn.geojson", "1939-06-01", "narva", []string{"Other properties in the file:", "is_in: Virumaa", "population: 24000"}},
		{"ohm-tallinn.geojson", "1939-06-01", "tallinn", []string{"wikidata: Q1770"}},
		{"qgis-memel.geojson", "1939-06-01", "2", nil},
		{"cshapes-baltic.geojson", "1939-06-01", "cshapes-366-1918-02-24", []string{"capname: Tallinn", "area: 45000.0"}},
	}
	u := newTestUI(t, test.NewTempApp(t), 0)
	for _, tt := range tests {
		t.Run(tt.file+"/"+tt.id, func(t *testing.T) {
			path := dialectData + tt.file
			if err := u.openDatasetFile(path); err != nil {
				t.Fatal(err)
			}
			if u.st.atlas.Name != path || u.mapw.Atlas() != u.st.atlas {
				t.Fatalf("the window shows %s", u.st.atlas.Name)
			}
			u.st.setDay(mustDay(tt.day))
			if got := u.win.Title(); !strings.HasPrefix(got, "Frontiers — "+tt.file+" — ") {
				t.Errorf("title %q, want the file's name", got)
			}
			if got := u.nowLabel.Text; !strings.HasPrefix(got, "Dataset: "+tt.file) {
				t.Errorf("status line %q, want the file's name", got)
			}
			abs, _ := filepath.Abs(path)
			if len(u.data.recent) == 0 || u.data.recent[0] != abs {
				t.Errorf("Open recent %q, want %s first", u.data.recent, abs)
			}
			if u.data.bundledItem.Disabled {
				t.Error("Open bundled data is disabled while a file is shown")
			}
			u.selectTerritory(tt.id)
			text := panelText(u.terr.box)
			lines := strings.Split(text, "\n")
			for _, w := range tt.extra {
				if !slices.Contains(lines, w) {
					t.Errorf("the details lack %q:\n%s", w, text)
				}
			}
			if tt.extra == nil && strings.Contains(text, "Other properties") {
				t.Errorf("the details show other properties of a file without:\n%s", text)
			}
		})
	}
}

// The foreign readers' own bad inputs give the window's Open the loader's
// message, in the problems dialog, and the data shown stays.
func TestForeignBadInputsInWindow(t *testing.T) {
	files, _ := filepath.Glob(dialectData + "bad/*")
	if len(files) < 7 {
		t.Fatalf("%d bad inputs", len(files))
	}
	u := newTestUI(t, test.NewTempApp(t), 0)
	kept := u.st.atlas
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			closeOverlays(u.win)
			_, lerr := geodata.LoadFile(f, nil)
			var ps geodata.Problems
			if !errors.As(lerr, &ps) || len(ps) == 0 {
				t.Fatalf("loader: %v", lerr)
			}
			if err := u.openDatasetFile(f); err == nil {
				t.Fatal("the window opened it")
			}
			if u.st.atlas != kept {
				t.Error("the window dropped the data it had")
			}
			if text := overlayText(u.win); !strings.Contains(text, ps[0].Error()) || !strings.Contains(text, "The current data is kept.") {
				t.Errorf("the Open dialog shows %q, want %q", text, ps[0].Error())
			}
		})
	}
}

// The problems dialog is one for datasets and tours: a list of the
// problems, and Copy puts them all on the clipboard.
func TestProblemsDialogCopies(t *testing.T) {
	a := test.NewTempApp(t)
	u := newTestUI(t, a, 0)
	dir := t.TempDir()
	bad := filepath.Join(dir, "two.geojson")
	data := `{"type":"FeatureCollection","features":[` +
		`{"type":"Feature","properties":{"id":"x","name":"X","start_date":"1940-02-30","controller":"A","sovereign":"A","status":"integral","source":"s"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}},` +
		`{"type":"Feature","properties":{"id":"y","name":"Y","controller":"A","sovereign":"A","status":"conquered","source":"s"},"geometry":{"type":"Polygon","coordinates":[[[2,0],[3,0],[3,1],[2,0]]]}}]}`
	if err := os.WriteFile(bad, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	badTour := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(badTour, []byte(`{"title":"Bad","stops":[{"date":"1941-06-31","view":[10,40,30,60],"title":"One"}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		open func() error
		want []string // the problems, a part of each, in order
		head string
	}{
		{"dataset", func() error { return u.openDatasetFile(bad) },
			[]string{"two.geojson: feature 0 (x): start_date: \"1940-02-30\"", "two.geojson: feature 1 (y): status: unknown status \"conquered\""}, "2 problems. The current data is kept."},
		{"tour", func() error { return u.openTourFile(badTour) },
			[]string{`bad.json: stop 1 ("One"): date`}, "1 problem. Nothing was changed."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			closeOverlays(u.win)
			if err := tt.open(); err == nil {
				t.Fatal("it opened")
			}
			text := overlayText(u.win)
			if !strings.Contains(text, tt.head) {
				t.Errorf("the dialog lacks %q:\n%s", tt.head, text)
			}
			copyBtn := overlayButton(u.win, "Copy")
			if copyBtn == nil || overlayButton(u.win, "Close") == nil {
				t.Fatalf("no Copy and Close buttons:\n%s", text)
			}
			test.Tap(copyBtn)
			got := strings.Split(strings.TrimSuffix(a.Clipboard().Content(), "\n"), "\n")
			if len(got) != len(tt.want) {
				t.Fatalf("copied %q, want %d problems", got, len(tt.want))
			}
			for i, w := range tt.want {
				if !strings.Contains(got[i], w) {
					t.Errorf("copied line %d %q, want %q", i, got[i], w)
				}
			}
			if copyBtn.Text != "Copied" {
				t.Errorf("the button says %q after copying", copyBtn.Text)
			}
		})
	}
}

// wrapColumns cuts at spaces, every row within the width, nothing lost.
func TestWrapColumns(t *testing.T) {
	tests := []struct {
		line string
		cols int
		want []string
	}{
		{"short", 20, []string{"short"}},
		{"x.geojson: feature 3 (ee): start_date: bad", 20, []string{"x.geojson: feature", "3 (ee): start_date:", "bad"}},
		{"ääääääääääääääääääääääää", 10, []string{"ääääääääää", "ääääääääää", "ääää"}},
	}
	for _, tt := range tests {
		if got := wrapColumns(tt.line, tt.cols); !slices.Equal(got, tt.want) {
			t.Errorf("wrapColumns(%q, %d) = %q, want %q", tt.line, tt.cols, got, tt.want)
		}
	}
}

// fakeBundled is the mini atlas named as the bundled one, for tests that
// need not load the real bundled data.
func fakeBundled(t *testing.T) func() (*geodata.Atlas, error) {
	return func() (*geodata.Atlas, error) {
		a := miniAtlas(t)
		a.Name = bundledName
		return a, nil
	}
}

// File → Open bundled data goes back without a restart; File → Open
// recent remembers the files across sessions and drops, with a message,
// one no longer there.
func TestOpenBundledAndRecent(t *testing.T) {
	a := test.NewTempApp(t)
	u := newTestUI(t, a, 0)
	u.data.loadBundled = fakeBundled(t)
	dir := t.TempDir()
	var paths []string
	for _, f := range []string{"ohm-tallinn.geojson", "qgis-memel.geojson", "cshapes-baltic.geojson"} {
		data, err := os.ReadFile(dialectData + f)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, f)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := u.openDatasetFile(p); err != nil {
			t.Fatal(err)
		}
		paths = append([]string{p}, paths...)
	}
	if !slices.Equal(u.data.recent[:3], paths) {
		t.Errorf("recent %q, want %q first", u.data.recent, paths)
	}
	var items []string
	for _, it := range u.data.recentItem.ChildMenu.Items {
		items = append(items, it.Label)
	}
	if len(items) < 3 || items[0] != "cshapes-baltic.geojson" || items[2] != "ohm-tallinn.geojson" {
		t.Errorf("Open recent lists %q", items)
	}

	q := newUIQueue(t)
	u.openBundled() // loads it on a goroutine the first time
	q.runUntil(t, "the bundled data", func() bool { return isBundled(u.st.atlas) })
	u.openDatasetFile(paths[0])
	u.openBundled() // at once the second time
	if !isBundled(u.st.atlas) || u.mapw.Atlas() != u.st.atlas {
		t.Fatalf("Open bundled data shows %s", u.st.atlas.Name)
	}
	if got := u.win.Title(); !strings.HasPrefix(got, "Frontiers — bundled data — ") {
		t.Errorf("title %q", got)
	}
	if got := u.nowLabel.Text; !strings.HasPrefix(got, "Dataset: bundled data") {
		t.Errorf("status line %q", got)
	}
	if !u.data.bundledItem.Disabled {
		t.Error("Open bundled data is enabled while the bundled data is shown")
	}

	// A second session has the same list.
	u.save()
	v := newUI(a, miniAtlas(t), uiForTests())
	v.restore(0)
	t.Cleanup(func() { v.close(); v.win.Close() })
	if !slices.Equal(v.data.recent, u.data.recent) {
		t.Errorf("the next session's recent %q, want %q", v.data.recent, u.data.recent)
	}

	// Choosing one opens it; one no longer there is dropped.
	v.openRecent(paths[1])
	q.runUntil(t, "the recent file to open", func() bool { return v.loading == "" })
	if v.st.atlas.Name != paths[1] || !strings.HasPrefix(v.win.Title(), "Frontiers — qgis-memel.geojson — ") {
		t.Errorf("Open recent shows %s, title %q", v.st.atlas.Name, v.win.Title())
	}
	if err := os.Remove(paths[0]); err != nil {
		t.Fatal(err)
	}
	closeOverlays(v.win)
	v.openRecent(paths[0])
	if slices.Contains(v.data.recent, paths[0]) {
		t.Errorf("a missing file stays in Open recent: %q", v.data.recent)
	}
	if text := overlayText(v.win); !strings.Contains(text, paths[0]+" is no longer there: it was removed from Open recent.") {
		t.Errorf("no message for a missing file:\n%s", text)
	}
	if v.settings().Recent[0] == paths[0] {
		t.Errorf("the preferences keep the missing file: %q", v.settings().Recent)
	}
}

// cleanRecent keeps at most five absolute, distinct paths.
func TestCleanRecent(t *testing.T) {
	got := cleanRecent([]string{"/a", "", "/b", "/a", "/c", "/d", "/e", "/f"})
	if want := []string{"/a", "/b", "/c", "/d", "/e"}; !slices.Equal(got, want) {
		t.Errorf("cleanRecent = %q, want %q", got, want)
	}
	if got := cleanRecent([]string{"x.geojson"}); len(got) != 1 || !filepath.IsAbs(got[0]) {
		t.Errorf("a relative path: %q", got)
	}
}

// Compare datasets: date A of the dataset shown, date B of a file; each
// side names its dataset, and the changes are by land.
func TestCompareDatasets(t *testing.T) {
	u := newTestUI(t, test.NewTempApp(t), mustDay("1939-06-01"))
	if err := u.openDatasetFile(dialectData + "qgis-memel.geojson"); err != nil {
		t.Fatal(err)
	}
	cs := dialectData + "cshapes-baltic.geojson"
	if err := u.compareWithFile(cs); err != nil {
		t.Fatal(err)
	}
	p := u.compare
	if p == nil || p.atlasB == nil || p.mapB.Atlas() != p.atlasB || p.atlasB.Name != cs || p.mapA.Atlas() != u.st.atlas {
		t.Fatal("compare mode does not show the CShapes file as B")
	}
	if p.dayA != p.dayB || p.dayB != mustDay("1939-06-01") {
		t.Errorf("days %s and %s, want the day shown on both", p.dayA, p.dayB)
	}
	if got := p.titleA.Text; got != "A: qgis-memel.geojson — 1 June 1939" {
		t.Errorf("title A %q", got)
	}
	if got := p.titleB.Text; got != "B: cshapes-baltic.geojson — 1 June 1939" {
		t.Errorf("title B %q", got)
	}
	if len(p.diff.Changes) != 1 || p.diff.Changes[0].ID != "2" || p.cell(0, 2) != "Germany" || p.cell(0, 3) != "Lithuania" {
		t.Errorf("changes %+v", p.diff.Changes)
	}
	if !strings.HasPrefix(p.summary.Text, "1 territory of A is held otherwise in B:") {
		t.Errorf("summary %q", p.summary.Text)
	}
	if st := p.mapB.Style(); !st.Changed["cshapes-368-1918-02-16"] || st.Changed["cshapes-366-1918-02-24"] {
		t.Errorf("B's changed territories %v", st.Changed)
	}
	// The timeline moves date B, of the file still.
	u.st.setDay(mustDay("1940-09-01"))
	if p.dayB != mustDay("1940-09-01") || p.mapB.Atlas() != p.atlasB {
		t.Errorf("after the timeline: day B %s, B of %s", p.dayB, p.mapB.Atlas().Name)
	}
	// Compare dates again compares one dataset.
	u.setCompare(false)
	u.setCompare(true)
	if u.compare.atlasB != nil || u.compare.mapB.Atlas() != u.st.atlas {
		t.Error("Compare dates kept the other dataset")
	}
}

// A CShapes file beside the bundled data: the window shows the bundled
// data (A) and compares it with the file (B); and back, an OHM file shown
// against the bundled data.
func TestCompareBundledWithCShapes(t *testing.T) {
	bundled, err := assets.Load()
	if err != nil {
		t.Fatal(err)
	}
	isolateStorage(t)
	u := newUI(test.NewTempApp(t), bundled, uiForTests())
	u.restore(mustDay("1939-06-01"))
	u.win.Resize(fyne.NewSize(windowWidth, windowHeight))
	t.Cleanup(func() { u.close(); u.win.Close() })
	if err := u.compareWithFile(dialectData + "cshapes-baltic.geojson"); err != nil {
		t.Fatal(err)
	}
	p := u.compare
	if !strings.HasPrefix(p.titleA.Text, "A: bundled data — ") || !strings.HasPrefix(p.titleB.Text, "B: cshapes-baltic.geojson — ") {
		t.Errorf("titles %q, %q", p.titleA.Text, p.titleB.Text)
	}
	// The bundled data has Europe, the file five boxes: most of A is
	// outside B's data.
	if len(p.diff.Changes) == 0 || p.table.Length == nil {
		t.Fatal("no changes against five boxes of CShapes")
	}
	if rows, _ := p.table.Length(); rows != len(p.diff.Changes) {
		t.Errorf("the table has %d rows for %d changes", rows, len(p.diff.Changes))
	}

	// An OHM file shown, compared with the bundled data.
	u.setCompare(false)
	if err := u.openDatasetFile(dialectData + "ohm-tallinn.geojson"); err != nil {
		t.Fatal(err)
	}
	u.withBundled(u.compareWith)
	p = u.compare
	if p.atlasB != bundled || !strings.HasPrefix(p.titleB.Text, "B: bundled data — ") || !strings.HasPrefix(p.titleA.Text, "A: ohm-tallinn.geojson — ") {
		t.Errorf("titles %q, %q", p.titleA.Text, p.titleB.Text)
	}
	// Tallinn and Narva, held by themselves in the file, by Estonia in
	// the bundled data.
	var to []string
	for _, c := range p.diff.Changes {
		to = append(to, c.ID+":"+c.To.Name)
	}
	slices.Sort(to)
	if len(to) != 2 || !strings.HasPrefix(to[0], "narva:") || !strings.HasPrefix(to[1], "tallinn:") || !strings.Contains(to[1], "Estonia") {
		t.Errorf("changes %q", to)
	}
}
