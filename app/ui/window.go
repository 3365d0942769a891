package ui

// The desktop window: the map in the middle, the map settings and legend
// on the left (sidebar.go), the events and the territory details on the
// right, the timeline along the bottom (playback.go), the menus and keys
// (menu.go), opening a dataset (dataset.go), the exports (export.go) and
// compare mode (compare.go). What it shows is a viewState (state.go).

import (
	"fmt"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/frontiers-atlas/frontiers/assets"
	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render"
)

// AppID is the Fyne application id (as in FyneApp.toml).
const AppID = "io.github.frontiers_atlas.frontiers"

// Window size, in logical pixels.
const (
	windowWidth  = 1280
	windowHeight = 800
)

// playInterval is the time between two days while playing (~30 days/s);
// the soak test shortens it.
var playInterval = time.Second / 30

// dataNote says how far the bundled dataset goes.
const dataNote = "Dashed borders and c. dates are approximate: a territory's note says how. Uncoloured land is outside the data."

// Options are the window's start options (from the command line).
type Options struct {
	// Date is the day to open on; 0 means the day of the last session
	// (from the preferences), else 26 May 1942.
	Date geodata.Day
	// DataFile is a dataset to open instead of the bundled one.
	DataFile string
}

// Run opens the window and returns when it is closed. A DataFile that
// does not load is reported in a dialog and the bundled data shown
// instead; an error is returned only if no data can be shown at all.
func Run(opts Options) error {
	tuneMemory()
	a := fyneapp.NewWithID(AppID)
	atlas, dataErr := windowAtlas(opts.DataFile)
	if atlas == nil {
		return dataErr
	}
	u := newUI(a, atlas)
	u.restore(opts.Date)
	if opts.DataFile != "" && dataErr == nil {
		u.addRecent(opts.DataFile)
	}
	// Quit from the menu stops the app without closing the window first.
	a.Lifecycle().SetOnStopped(u.close)
	u.win.Show()
	if dataErr != nil {
		u.showProblems(lang.L("Cannot open {{.File}}", map[string]any{"File": opts.DataFile}), lang.L("The bundled data is shown instead."), dataErr)
	}
	a.Run()
	return nil
}

// windowAtlas loads the dataset to show: file, or the bundled data. With
// a file that does not load it returns the bundled atlas and the file's
// error.
func windowAtlas(file string) (*geodata.Atlas, error) {
	var fileErr error
	if file != "" {
		a, err := geodata.LoadFile(file, assets.Land())
		if err == nil {
			go render.SceneOf(a).Prepare()
			return a, nil
		}
		fileErr = err
	}
	a, err := assets.Load()
	if err != nil {
		if fileErr != nil {
			return nil, fmt.Errorf("%v\nbundled data: %v", fileErr, err)
		}
		return nil, fmt.Errorf("bundled data: %v", err)
	}
	go render.SceneOf(a).Prepare()
	return a, fileErr
}

// ui is the window: its widgets, what it shows (st) and its sessions'
// memory. Every method runs on the UI goroutine.
type ui struct {
	app fyne.App
	win fyne.Window
	st  *viewState

	mapw *Map
	// mapOpts are the options the maps of the window are made with.
	mapOpts []MapOption
	// center holds the map, or the compare panel in compare mode.
	center  *fyne.Container
	compare *comparePanel // nil unless in compare mode
	menu    *fyne.MainMenu
	// Menu items with a check mark.
	compareItem, graticuleItem, colorBlindItem *fyne.MenuItem

	// The timeline.
	timeline  *timeline
	dateLabel *canvas.Text
	nowLabel  *widget.Label
	playBtn   *widget.Button

	// The side panels.
	search     *searchBox
	layerRadio *widget.RadioGroup
	checks     map[string]*widget.Check
	legend     *legendBox
	tabs       *container.AppTabs
	eventTab   *container.TabItem
	terrTab    *container.TabItem
	eventList  *widget.List
	eventSel   int  // selected event index, -1 for none
	syncing    bool // the list is being changed by the program
	event      *eventPanel
	terr       *territoryPanel

	playing  bool
	playStop chan struct{}
	playDone chan struct{} // closed when the play goroutine ends

	// langChoice is the language chosen in View → Language, "" for the
	// system's (i18n.go).
	langChoice string
	// winfix (goto.go, speed.go, panes.go): the go-to-date dialog while
	// open, the play speed and its control, the side panels' splits.
	goTo      *goTo
	playSpeed string
	speedSel  *widget.Select
	panes     *panes
	dialogs   []*dialogKeys // open, the top last (dialogs.go)

	loading string       // the dataset being opened, "" when none
	data    datasetState // the bundled data and the recent files (datasets.go)
	anim    *progressJob // the last animation export

	// The preferences, saved debounced: saveDelay after the last change.
	prefs     *prefsFile
	saveDelay time.Duration
	saveTimer *time.Timer
	saveGen   int  // changes made
	savedGen  int  // changes saved by the timer
	restored  bool // restore has run: changes are saved from now on
	closed    bool

	// Tours, presenter mode, handouts and citations (tour.go).
	teach teachState
}

type uiOption func(*ui, *[]MapOption)

// uiForTests draws synchronously and saves preferences at once, so that
// tests need not wait.
func uiForTests() uiOption {
	return func(u *ui, mo *[]MapOption) {
		u.saveDelay = 0
		*mo = append(*mo, WithSyncRender())
	}
}

// newUI builds the window for atlas on app a, on geodata.Signing; restore
// then applies the preferences.
func newUI(a fyne.App, atlas *geodata.Atlas, opts ...uiOption) *ui {
	u := &ui{
		app: a, st: newViewState(atlas, geodata.Signing),
		checks: map[string]*widget.Check{}, eventSel: -1,
		saveDelay: 700 * time.Millisecond,
		prefs:     openPrefs(filepath.Join(a.Storage().RootURI().Path(), prefsFileName)),
	}
	if u.prefs.loadErr != nil {
		fyne.LogError("reading the preferences (starting afresh)", u.prefs.loadErr)
	}
	for _, o := range opts {
		o(u, &u.mapOpts)
	}
	u.initDatasets(atlas)
	u.langChoice = u.prefs.saved.Language
	applyLanguage(u.langChoice)
	if _, ok := a.Settings().Theme().(atlasTheme); !ok {
		a.Settings().SetTheme(newTheme(a.Settings().Theme()))
	}
	u.win = a.NewWindow(u.title())
	u.mapw = NewMap(atlas, append([]MapOption{WithDay(u.st.day), WithStyle(u.style())}, u.mapOpts...)...)
	u.mapw.OnSelected = u.mapTapped
	u.mapw.OnViewChanged = func() {
		u.changed()
		u.updateLegend()
	}
	u.mapw.OnResized = u.updateLegend
	u.st.listen(u.stateChanged)

	u.build()
	u.bindKeys()
	u.win.Resize(fyne.NewSize(windowWidth, windowHeight))
	u.win.SetOnClosed(u.close)
	u.win.SetOnDropped(u.dropped)
	u.followTheme()
	u.stateChanged(dayChanged | styleChanged | selectionChanged)
	return u
}

// build makes the window's panels and menus.
func (u *ui) build() {
	left := u.buildLeft()
	right := u.buildRight()
	bottom := u.buildTimeline()
	u.center = container.NewStack(u.mapw)
	u.setupTeach()
	// The side panels in splits (panes.go); presenting hides them.
	u.panes = newPanes(left, u.center, right)
	bottomBox := container.NewVBox(u.teach.bar.box, bottom)
	u.teach.present.panels = []fyne.CanvasObject{u.panes.left, u.panes.right, bottomBox}
	u.setupCopyCitation()
	content := container.NewBorder(nil, bottomBox, nil, nil, u.presentCenter(u.panes.root))
	u.win.SetContent(content)
	u.menu = u.buildMenu()
	u.win.SetMainMenu(u.menu)
}

// title is the window's title: the dataset shown and the day.
func (u *ui) title() string {
	return "Frontiers — " + datasetLabel(u.st.atlas) + " — " + longDay(u.st.day)
}

// style is the map style of the current settings, in the theme's colours.
func (u *ui) style() render.Style {
	s := u.st.style()
	s.Theme = engineTheme(u.app.Settings().Theme())
	s.Lang = currentLang()
	return s
}

// stateChanged shows a change of the view state in the window's own
// widgets (the panels listen for themselves) and notes it for saving.
func (u *ui) stateChanged(c stateChange) {
	if c&atlasChanged != 0 {
		u.eventSel = -1
		u.mapw.SetAtlas(u.st.atlas)
		u.timeline.setAtlas(u.st.atlas)
		u.syncing = true
		u.eventList.UnselectAll()
		u.eventList.Refresh()
		u.syncing = false
		if u.compare != nil {
			u.compare.update()
		}
		u.datasetShown()
	}
	if c&styleChanged != 0 {
		u.showStyle()
	}
	if c&selectionChanged != 0 {
		u.mapw.SetSelected(u.st.selID, u.st.selLL)
	}
	if c&dayChanged != 0 {
		u.showDay()
	}
	if c&(dayChanged|styleChanged|atlasChanged) != 0 {
		u.updateLegend()
	}
	u.changed()
}

// showStyle redraws the maps and the controls in the new settings.
func (u *ui) showStyle() {
	u.mapw.SetStyle(u.style())
	if u.compare != nil {
		u.compare.styleChanged()
	}
	want := u.layerRadio.Options[0]
	if u.st.layer == geodata.Sovereignty {
		want = u.layerRadio.Options[1]
	}
	if u.layerRadio.Selected != want {
		u.layerRadio.SetSelected(want)
	}
	for _, t := range highlightToggles {
		u.checks["highlight."+t.Topic].SetChecked(u.st.topics[t.Topic])
	}
	for _, t := range overlayToggles {
		u.checks["overlay."+t.Kind].SetChecked(u.st.overlays[t.Kind])
	}
	if u.menu != nil {
		u.graticuleItem.Checked, u.colorBlindItem.Checked = u.st.graticule, u.st.colorBlind
		u.menu.Refresh()
	}
	u.unfocus()
}

// changed notes a change to save in the preferences: saved once no
// change has come for saveDelay, and on close.
func (u *ui) changed() {
	if u.closed || !u.restored {
		return
	}
	if u.saveDelay <= 0 {
		u.save()
		return
	}
	u.saveGen++
	if u.saveTimer == nil {
		u.saveTimer = time.AfterFunc(u.saveDelay, func() {
			uiDo(func() {
				if u.saveGen != u.savedGen && !u.closed {
					u.savedGen = u.saveGen
					u.save()
				}
			})
		})
		return
	}
	u.saveTimer.Reset(u.saveDelay)
}

func (u *ui) close() {
	if u.closed {
		return
	}
	u.pause()
	u.stopTourAnim()
	if u.compare != nil {
		u.compare.close()
	}
	if u.saveTimer != nil {
		u.saveTimer.Stop()
	}
	if u.restored {
		u.save()
	}
	u.closed = true
	u.mapw.Close()
}

func (u *ui) unfocus() {
	if c := u.win.Canvas(); c != nil {
		c.Unfocus()
	}
}

// followTheme redraws the maps, the legend and the date when Fyne's theme
// changes.
func (u *ui) followTheme() {
	u.app.Settings().AddListener(func(fyne.Settings) {
		uiDo(func() {
			if u.closed {
				return
			}
			u.dateLabel.Color = theme.Color(theme.ColorNameForeground)
			u.dateLabel.Refresh()
			u.st.notify(styleChanged)
		})
	})
}
