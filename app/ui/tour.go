package ui

// Guided tours in the window: the Tours menu (the bundled tours, a tour
// file, saving the current view as a stop, leaving), playing a tour
// (each stop's settings applied at once, its date and view animated by a
// tour.Player driven from a ticker goroutine through fyne.Do) and the
// keys while touring. The tour bar is tourbar.go, presenter mode
// present.go.

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/app/tour"
	"github.com/frontiers-atlas/frontiers/assets"
	"github.com/frontiers-atlas/frontiers/geodata"
)

// tourTick is the time between two frames of a transition between stops.
var tourTick = time.Second / 60

// teachState is what the window's teaching features hold: the tour
// played, presenter mode, the tour file being written.
type teachState struct {
	// The tour played, nil when not touring; its source names it in
	// problems ("winter-war.json", a path) and path is its file ("" for
	// a bundled tour).
	player     *tour.Player
	tourSource string
	tourPath   string

	// The transition under way: its start, and the channel that stops
	// its ticker goroutine (nil when none runs).
	animStart time.Time
	animStop  chan struct{}
	animDone  chan struct{}

	bar      *tourBar
	present  *presenter
	copyCite *widget.Button

	// writing is the tour file "Save current view as a stop" last wrote.
	writing string
	// handout is the last tour export.
	handout *handoutJob
}

// setupTeach builds the tour bar and the presenter's caption; called by
// newUI before the content is laid out.
func (u *ui) setupTeach() {
	u.teach.bar = newTourBar(u)
	u.teach.present = newPresenter(u)
	u.st.listen(func(c stateChange) {
		if c&dayChanged != 0 {
			u.teach.present.update()
		}
	})
}

// tourMenu is the Tours menu: the bundled tours by title, a tour file,
// saving the view as a stop and leaving.
func (u *ui) tourMenu() *fyne.Menu {
	var items []*fyne.MenuItem
	for _, name := range assets.TourNames() {
		title := name
		if t, err := tour.Bundled(name); err == nil {
			title = t.Title
		}
		items = append(items, fyne.NewMenuItem(title, func() { u.openBundledTour(name) }))
	}
	items = append(items,
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(lang.L("Open tour…"), u.openTourDialog),
		fyne.NewMenuItem(lang.L("Save current view as a stop…"), u.showSaveStop),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(lang.L("Leave tour"), u.leaveTour))
	return fyne.NewMenu(lang.L("Tours"), items...)
}

// touring reports whether a tour is played.
func (u *ui) touring() bool { return u.teach.player != nil }

// openBundledTour plays the bundled tour name.
func (u *ui) openBundledTour(name string) error {
	t, err := tour.Bundled(name)
	if err != nil {
		u.showTourProblems(lang.L("Cannot open the tour {{.Name}}", map[string]any{"Name": name}), err)
		return err
	}
	u.startTour(t, name, "")
	return nil
}

// openTourFile plays the tour in path; a tour that does not load is
// reported in a dialog and the tour played (if any) goes on.
func (u *ui) openTourFile(path string) error {
	t, err := tour.Load(path)
	if err != nil {
		u.showTourProblems(lang.L("Cannot open {{.File}}", map[string]any{"File": filepath.Base(path)}), err)
		return err
	}
	u.startTour(t, filepath.Base(path), path)
	return nil
}

func (u *ui) openTourDialog() {
	u.chooseFile([]string{".json"}, func(path string) { u.openTourFile(path) })
}

// showTourProblems lists what is wrong with a tour, one problem a line,
// each naming the file, the stop and the field, in the problems dialog
// (problems.go).
func (u *ui) showTourProblems(title string, err error) {
	n := len(problemLines(err))
	keep := lang.L("Nothing was changed.")
	if u.touring() {
		keep = lang.L("The tour {{.Title}} goes on.", map[string]any{"Title": u.teach.player.Tour().Title})
	}
	u.showProblemList(title, lang.N("{{.Count}} problems.", n, map[string]any{"Count": n})+" "+keep, err)
}

// startTour plays t from its first stop. The stops are held against the
// data shown: their problems (a territory the data lacks) are listed,
// and the tour is played without those selections.
func (u *ui) startTour(t *tour.Tour, source, path string) {
	u.stopTourAnim()
	u.pause()
	u.setCompare(false)
	p := tour.NewPlayer(t)
	u.teach.player, u.teach.tourSource, u.teach.tourPath = p, source, path
	u.teach.bar.show()
	u.showStop(p.Stop(), true)
	u.teach.present.update()
	if err := t.Check(source, u.st.atlas); err != nil {
		n := len(problemLines(err))
		u.showProblemList(lang.L("The tour {{.Title}}", map[string]any{"Title": t.Title}),
			lang.N("{{.Count}} problems with the data shown: the tour plays, without what the data lacks.", n, map[string]any{"Count": n}), err)
	}
}

// leaveTour stops touring: the map stays where the tour left it, the
// keys have their usual meaning again.
func (u *ui) leaveTour() {
	if !u.touring() {
		return
	}
	u.stopTourAnim()
	u.teach.player = nil
	u.teach.bar.hide()
	// The overlays a stop may turn on that have no toggle of their own.
	u.st.setOverlay(geodata.KindBase, false)
	u.st.setOverlay(geodata.KindPassage, false)
	u.teach.present.update()
	u.unfocus()
}

// tourNext, tourPrev and tourGo move to another stop, animated.
func (u *ui) tourNext() { u.tourMove(func(p *tour.Player) bool { return p.Next() }) }
func (u *ui) tourPrev() { u.tourMove(func(p *tour.Player) bool { return p.Prev() }) }

func (u *ui) tourMove(move func(*tour.Player) bool) {
	p := u.teach.player
	if p == nil || !move(p) {
		return
	}
	u.showStop(p.Stop(), false)
	u.startTourAnim()
}

// showStop applies a stop's settings (layer, highlights, overlays,
// selection) and shows its text; with atOnce also its date and view
// (otherwise the transition brings them).
func (u *ui) showStop(s tour.Stop, atOnce bool) {
	st := u.st
	st.setLayer(s.Layer)
	for _, t := range highlightToggles {
		st.setTopic(t.Topic, slices.Contains(s.Topics, t.Topic))
	}
	for _, k := range tour.Overlays {
		st.setOverlay(k, slices.Contains(s.Overlays, k))
	}
	sel := ""
	for _, id := range s.Select {
		if len(st.atlas.History(id)) > 0 {
			sel = id
			break
		}
	}
	if sel != st.selID || st.selLL != nil {
		st.selectAt(sel, nil)
	}
	if sel != "" {
		u.tabs.Select(u.terrTab)
	}
	if atOnce {
		st.setDay(s.Date)
		u.showTourView(s.View)
	}
	u.teach.bar.update()
	u.teach.present.update()
}

// showTourView fits the map to bound b (lon/lat).
func (u *ui) showTourView(b orb.Bound) {
	sz := u.mapw.Size()
	if sz.Width < 1 || sz.Height < 1 {
		return
	}
	v := geodata.Fit(b, int(sz.Width), int(sz.Height))
	u.mapw.SetView(v.Center, v.Res)
}

// startTourAnim runs the transition under way: a goroutine ticks and the
// UI goroutine draws the player's frame, until it is done.
func (u *ui) startTourAnim() {
	if u.teach.animStop != nil {
		// A transition runs already: the player goes on from where it is.
		u.teach.animStart = time.Now()
		return
	}
	stop, done := make(chan struct{}), make(chan struct{})
	u.teach.animStop, u.teach.animDone, u.teach.animStart = stop, done, time.Now()
	// The goroutine keeps the UI runner of its start (tests swap it).
	doAndWait := uiDoAndWait
	go func() {
		defer close(done)
		t := time.NewTicker(tourTick)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
			}
			end := false
			doAndWait(func() {
				if u.teach.animStop != stop {
					end = true
					return
				}
				end = u.tourFrame()
			})
			if end {
				return
			}
		}
	}()
}

// tourFrame draws the transition's frame of now; it reports whether the
// transition is over.
func (u *ui) tourFrame() bool {
	p := u.teach.player
	if p == nil {
		u.stopTourAnim()
		return true
	}
	day, view, done := p.Frame(time.Since(u.teach.animStart))
	u.st.setDay(day)
	u.showTourView(view)
	if done {
		u.stopTourAnim()
	}
	return done
}

// skipTourAnim ends the transition under way at its stop; it reports
// whether there was one.
func (u *ui) skipTourAnim() bool {
	p := u.teach.player
	if p == nil || !p.Moving() {
		return false
	}
	p.Skip()
	u.tourFrame()
	return true
}

func (u *ui) stopTourAnim() {
	if u.teach.animStop != nil {
		close(u.teach.animStop)
		u.teach.animStop = nil
	}
}

// teachKey handles the keys of touring and presenting: F11 presents;
// while touring N or → goes on, P or ← back, Esc leaves (presenter mode
// first); any key skips a transition. It reports whether it took the key.
func (u *ui) teachKey(e *fyne.KeyEvent) bool {
	switch e.Name {
	case fyne.KeyF11:
		u.setPresent(!u.presenting())
		return true
	case fyne.KeyEscape:
		if u.presenting() {
			u.setPresent(false)
			return true
		}
		if u.touring() {
			u.leaveTour()
			return true
		}
		return false
	}
	if !u.touring() {
		return false
	}
	switch e.Name {
	case fyne.KeyRight, fyne.KeyDown, fyne.KeyPageDown:
		u.tourNext()
	case fyne.KeyLeft, fyne.KeyUp, fyne.KeyPageUp:
		u.tourPrev()
	default:
		return u.skipTourAnim()
	}
	return true
}

// teachRune takes N and P while touring (the letters come as runes; as
// keys they only skip a transition, in teachKey).
func (u *ui) teachRune(r rune) bool {
	if !u.touring() {
		return false
	}
	switch r {
	case 'n', 'N':
		u.tourNext()
	case 'p', 'P':
		u.tourPrev()
	default:
		return false
	}
	return true
}

// viewStop is a stop showing what the window shows now, titled title.
func (u *ui) viewStop(title, text string) tour.Stop {
	st := u.style()
	b := u.mapw.View().Bound()
	if u.mapw.View().Res <= 0 {
		b = geodata.Europe
	}
	r := func(x float64) float64 { return float64(int64(x*100+0.5*sign(x))) / 100 }
	b = orb.Bound{
		Min: orb.Point{max(r(b.Min[0]), -180), max(r(b.Min[1]), -90)},
		Max: orb.Point{min(r(b.Max[0]), 180), min(r(b.Max[1]), 90)},
	}
	s := tour.NewStop(u.st.day, b, u.st.layer, st.Topics, st.Overlays, u.st.selID)
	if title = strings.TrimSpace(title); title != "" {
		s.Title = title
	}
	s.Text = strings.TrimSpace(text)
	return s
}

func sign(x float64) float64 {
	if x < 0 {
		return -1
	}
	return 1
}

// saveStop appends the current view as a stop to the tour file path
// (made, titled tourTitle, if missing) and saves it atomically. A file
// that is not a valid tour is left alone.
func (u *ui) saveStop(path, tourTitle, title, text string) (int, error) {
	var t *tour.Tour
	if _, err := os.Stat(path); err == nil {
		if fi, _ := os.Stat(path); fi != nil && fi.Size() > 0 {
			if t, err = tour.Load(path); err != nil {
				return 0, err
			}
		}
	}
	if t == nil {
		if tourTitle = strings.TrimSpace(tourTitle); tourTitle == "" {
			tourTitle = lang.L("My tour")
		}
		t = &tour.Tour{Title: tourTitle}
	}
	t.Append(u.viewStop(title, text))
	if err := tour.Save(path, t); err != nil {
		return 0, err
	}
	u.teach.writing = path
	if u.touring() && u.teach.tourPath == path {
		i := u.teach.player.Index()
		p := tour.NewPlayer(t)
		p.Go(i)
		p.Skip()
		u.teach.player = p
		u.teach.bar.update()
	}
	return len(t.Stops), nil
}

// showSaveStop asks for the tour file, the stop's title and text, then
// appends the stop.
func (u *ui) showSaveStop() {
	path := widget.NewEntry()
	path.SetPlaceHolder(lang.L("a tour file (.json)"))
	switch {
	case u.teach.writing != "":
		path.SetText(u.teach.writing)
	case u.teach.tourPath != "":
		path.SetText(u.teach.tourPath)
	}
	chooseOld := widget.NewButton(lang.L("Existing…"), func() {
		d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
			if err == nil && r != nil {
				path.SetText(r.URI().Path())
				r.Close()
			}
		}, u.win)
		d.SetFilter(storage.NewExtensionFileFilter([]string{".json"}))
		d.Resize(fyne.NewSize(800, 560))
		d.Show()
	})
	chooseNew := widget.NewButton(lang.L("New…"), func() {
		d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
			if err == nil && wc != nil {
				path.SetText(wc.URI().Path())
				wc.Close()
			}
		}, u.win)
		d.SetFileName("my-tour.json")
		d.Resize(fyne.NewSize(800, 560))
		d.Show()
	})
	tourTitle := widget.NewEntry()
	tourTitle.SetPlaceHolder(lang.L("for a new file: the tour's title"))
	def := u.viewStop("", "")
	title := widget.NewEntry()
	title.SetText(def.Title)
	title.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New(lang.L("a stop needs a title"))
		}
		return nil
	}
	text := widget.NewMultiLineEntry()
	text.SetPlaceHolder(lang.L("what you will say here (optional)"))
	text.Wrapping = fyne.TextWrapWord
	text.SetMinRowsVisible(4)
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("Tour file"), container.NewBorder(nil, nil, nil, container.NewHBox(chooseOld, chooseNew), path)),
		widget.NewFormItem(lang.L("Tour title"), tourTitle),
		widget.NewFormItem(lang.L("Stop title"), title),
		widget.NewFormItem(lang.L("Text"), text),
	}
	d := dialog.NewForm(lang.L("Save {{.Date}} as a stop", map[string]any{"Date": longDay(u.st.day)}), lang.L("Save"), lang.L("Cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		p := strings.TrimSpace(path.Text)
		if p == "" {
			dialog.ShowError(errors.New(lang.L("choose a tour file to add the stop to")), u.win)
			return
		}
		n, err := u.saveStop(p, tourTitle.Text, title.Text, text.Text)
		if err != nil {
			u.showTourProblems(lang.L("Cannot add the stop to {{.File}}", map[string]any{"File": filepath.Base(p)}), err)
			return
		}
		dialog.ShowInformation(lang.L("Stop saved"), lang.L("Stop {{.N}} of {{.File}} saved in {{.Dir}}.", map[string]any{"N": n, "File": filepath.Base(p), "Dir": filepath.Dir(p)}), u.win)
	}, u.win)
	d.Resize(fyne.NewSize(640, 0))
	d.Show()
}
