package app

// The desktop window: the map in the middle, the map settings and legend
// on the left, the events and the territory details on the right and the
// timeline along the bottom.

import (
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/data/binding"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/assets"
	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render"
)

// AppID is the Fyne application id (as in FyneApp.toml).
const AppID = "io.github.frontiers_atlas.frontiers"

// Window sizes and side panel widths, in logical pixels.
const (
	windowWidth  = 1280
	windowHeight = 800
	leftWidth    = 250
	rightWidth   = 360
)

// playInterval is the time between two days while playing (~30 days/s);
// the soak test shortens it.
var playInterval = time.Second / 30

// dataNote says how far the bundled dataset goes.
const dataNote = "Dashed borders and c. dates are approximate: a territory's note says how. Grey land is outside the data."

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
	// Quit from the menu stops the app without closing the window first.
	a.Lifecycle().SetOnStopped(u.close)
	u.win.Show()
	if dataErr != nil {
		u.showProblems("Cannot open "+opts.DataFile, "The bundled data is shown instead.", dataErr)
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

// The UI goroutine, for the goroutines of the window (the render
// goroutine, play, the debounced save): fyne.Do and fyne.DoAndWait. Tests
// that drive those goroutines put a queue they run themselves in their
// place, since Fyne's test driver runs fyne.Do on the calling goroutine.
var (
	uiDo        = fyne.Do
	uiDoAndWait = fyne.DoAndWait
)

// ui is the window and its state. Every method runs on the UI goroutine.
type ui struct {
	app   fyne.App
	win   fyne.Window
	atlas *geodata.Atlas

	day      geodata.Day
	layer    geodata.Layer
	topics   map[string]bool // highlight layers shown
	overlays map[string]bool // overlay toggles shown

	mapw *Map
	// mapOpts are the options the maps of the window are made with.
	mapOpts []MapOption
	// center holds the map, or the compare panel in compare mode.
	center      *fyne.Container
	compare     *comparePanel // nil unless in compare mode
	menu        *fyne.MainMenu
	compareItem *fyne.MenuItem

	// Reading aids.
	graticule, colorBlind         bool
	graticuleItem, colorBlindItem *fyne.MenuItem
	// darkTheme, when set, says whether the theme is dark (tests).
	darkTheme func() bool

	dayData   binding.Float
	slider    *timeSlider
	ticks     *eventTicks
	dateLabel *canvas.Text
	nowLabel  *widget.Label
	playBtn   *widget.Button
	prevBtn   *widget.Button
	nextBtn   *widget.Button

	search     *searchBox
	layerRadio *widget.RadioGroup
	checks     map[string]*widget.Check
	legend     *legendBox

	tabs      *container.AppTabs
	eventTab  *container.TabItem
	terrTab   *container.TabItem
	eventList *widget.List
	eventSel  int  // selected event index, -1 for none
	syncing   bool // the list is being changed by the program
	event     *eventPanel
	terr      *territoryPanel

	// The selected territory and where it was tapped.
	selID string
	selLL *orb.Point

	playing  bool
	playStop chan struct{}
	playDone chan struct{} // closed when the play goroutine ends

	lastProblems string   // the problems last shown, for tests
	prefs        *store   // the preferences, saved atomically
	loading      string   // the dataset being opened, "" when none
	lastExport   string   // the file last exported, for tests
	anim         *animJob // the last animation export

	saveDelay time.Duration
	saveTimer *time.Timer
	saveGen   int  // changes made
	savedGen  int  // changes saved by the timer
	restored  bool // restore has run: changes are saved from now on
	closed    bool
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

// Highlight and overlay toggles, in the order shown.
var (
	highlightToggles = []struct{ Topic, Label string }{
		{"baltic", "Baltic states"},
		{"bessarabia", "Moldavia / Bessarabia"},
		{"finland", "Finland and its ceded areas"},
		{"bases", "Proposed British bases"},
	}
	overlayToggles = []struct{ Kind, Label string }{
		{geodata.KindFrontier, "Soviet frontiers (1939, 1941)"},
		{geodata.KindSphere, "Molotov–Ribbentrop spheres"},
	}
)

// newUI builds the window for atlas on app a, on geodata.Signing; restore
// then applies the preferences.
func newUI(a fyne.App, atlas *geodata.Atlas, opts ...uiOption) *ui {
	u := &ui{
		app: a, atlas: atlas, day: geodata.Signing,
		topics: map[string]bool{}, overlays: map[string]bool{},
		checks: map[string]*widget.Check{}, eventSel: -1,
		saveDelay: 700 * time.Millisecond,
		prefs:     openStore(filepath.Join(a.Storage().RootURI().Path(), prefsFile)),
	}
	if u.prefs.loadErr != nil {
		fyne.LogError("reading the preferences (starting afresh)", u.prefs.loadErr)
	}
	var mopts []MapOption
	for _, o := range opts {
		o(u, &mopts)
	}
	for _, t := range highlightToggles {
		u.topics[t.Topic] = true
	}
	for _, t := range overlayToggles {
		u.overlays[t.Kind] = true
	}
	u.win = a.NewWindow(u.title())
	mopts = append([]MapOption{WithDay(u.day), WithStyle(u.style())}, mopts...)
	u.mapOpts = mopts[2:]
	u.mapw = NewMap(atlas, mopts...)
	u.mapw.OnSelected = u.mapTapped
	u.mapw.OnViewChanged = u.changed

	left := u.buildLeft()
	right := u.buildRight()
	bottom := u.buildTimeline()
	u.center = container.NewStack(u.mapw)
	content := container.NewBorder(nil, bottom,
		container.New(&fixedWidth{leftWidth}, left),
		container.New(&fixedWidth{rightWidth}, right),
		u.center)
	u.win.SetContent(content)
	u.menu = u.buildMenu()
	u.win.SetMainMenu(u.menu)
	u.bindKeys()
	u.win.Resize(fyne.NewSize(windowWidth, windowHeight))
	u.win.SetOnClosed(u.close)
	u.win.SetOnDropped(u.dropped)
	u.followTheme()
	u.applyDay(u.day)
	return u
}

func (u *ui) title() string { return "Frontiers — " + u.day.Long() }

// style is the map style of the current settings.
func (u *ui) style() render.Style {
	s := render.DefaultStyle()
	s.Layer = u.layer
	s.Topics = nil
	for _, t := range highlightToggles {
		if u.topics[t.Topic] {
			s.Topics = append(s.Topics, t.Topic)
		}
	}
	s.Overlays = nil
	for _, t := range overlayToggles {
		if u.overlays[t.Kind] {
			s.Overlays = append(s.Overlays, t.Kind)
		}
	}
	// Bases and passages are drawn with the bases highlight.
	if u.topics["bases"] {
		s.Overlays = append(s.Overlays, geodata.KindBase, geodata.KindPassage)
	}
	u.applyAids(&s)
	s.Selected = u.selID
	return s
}

// --- left: map settings and legend -----------------------------------------

func heading(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.TextStyle = fyne.TextStyle{Bold: true}
	return l
}

func (u *ui) buildLeft() fyne.CanvasObject {
	u.layerRadio = widget.NewRadioGroup([]string{"Control", "Sovereignty"}, func(s string) {
		l := geodata.Control
		if s == "Sovereignty" {
			l = geodata.Sovereignty
		}
		u.setLayer(l)
	})
	u.layerRadio.Required = true
	u.layerRadio.SetSelected("Control")
	u.search = newSearchBox(u)
	box := container.NewVBox(u.search.entry, u.search.list, heading("Map layer"), u.layerRadio, heading("Highlight"))
	u.search.parent = box
	for _, t := range highlightToggles {
		topic := t.Topic
		c := widget.NewCheck(t.Label, func(on bool) { u.setTopic(topic, on) })
		c.Checked = true
		u.checks["highlight."+topic] = c
		box.Add(c)
	}
	box.Add(heading("Overlays"))
	for _, t := range overlayToggles {
		kind := t.Kind
		c := widget.NewCheck(t.Label, func(on bool) { u.setOverlay(kind, on) })
		c.Checked = true
		u.checks["overlay."+kind] = c
		box.Add(c)
	}
	box.Add(heading("Legend"))
	u.legend = newLegendBox()
	box.Add(u.legend.box)
	return container.NewVScroll(box)
}

func (u *ui) setLayer(l geodata.Layer) {
	if l == u.layer {
		return
	}
	u.layer = l
	want := "Control"
	if l == geodata.Sovereignty {
		want = "Sovereignty"
	}
	if u.layerRadio.Selected != want {
		u.layerRadio.SetSelected(want)
	}
	u.styleChanged()
}

func (u *ui) setTopic(t string, on bool) {
	if u.topics[t] == on {
		return
	}
	u.topics[t] = on
	u.styleChanged()
}

func (u *ui) setOverlay(k string, on bool) {
	if u.overlays[k] == on {
		return
	}
	u.overlays[k] = on
	u.styleChanged()
}

func (u *ui) styleChanged() {
	u.mapw.SetStyle(u.style())
	if u.compare != nil {
		u.compare.styleChanged()
	}
	u.refreshLegend()
	u.unfocus()
	u.changed()
}

func (u *ui) refreshLegend() {
	if u.legend != nil {
		u.legend.update(u.atlas, u.day, u.style())
	}
}

// --- right: events and territory details -----------------------------------------

func (u *ui) buildRight() fyne.CanvasObject {
	u.eventList = widget.NewList(
		func() int { return len(u.atlas.Events()) },
		func() fyne.CanvasObject {
			date := widget.NewLabel("c. 30 September 1942")
			date.TextStyle = fyne.TextStyle{Monospace: false}
			title := widget.NewLabel("title")
			title.Truncation = fyne.TextTruncateEllipsis
			return container.NewBorder(nil, nil, container.New(&fixedWidth{140}, date), nil, title)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			evs := u.atlas.Events()
			if id < 0 || id >= len(evs) {
				return
			}
			e := evs[id]
			c := o.(*fyne.Container)
			// NewBorder puts the centre object first.
			c.Objects[0].(*widget.Label).SetText(e.Title)
			c.Objects[1].(*fyne.Container).Objects[0].(*widget.Label).SetText(e.Date.Long())
		})
	u.eventList.OnSelected = u.eventSelected
	u.eventList.OnUnselected = func(widget.ListItemID) {}
	u.event = newEventPanel(u)
	u.terr = newTerritoryPanel(u)

	evSplit := container.NewVSplit(u.eventList, container.NewVScroll(u.event.box))
	evSplit.Offset = 0.55
	u.eventTab = container.NewTabItem("Events", evSplit)
	u.terrTab = container.NewTabItem("Territory", container.NewVScroll(u.terr.box))
	u.tabs = container.NewAppTabs(u.eventTab, u.terrTab)
	return u.tabs
}

func (u *ui) eventSelected(id widget.ListItemID) {
	if u.syncing {
		return
	}
	u.gotoEvent(id)
	u.unfocus()
}

// gotoEvent selects event i and moves the timeline to its date.
func (u *ui) gotoEvent(i int) {
	evs := u.atlas.Events()
	if i < 0 || i >= len(evs) {
		return
	}
	u.eventSel = i
	u.syncing = true
	u.eventList.Select(i)
	u.eventList.ScrollTo(i)
	u.syncing = false
	u.event.show(&evs[i])
	u.setDay(evs[i].Date.Day)
	u.ticks.setSelected(i)
}

// syncEvent selects the latest event on or before the day, unless the
// selected one is on that date already (events may share a date).
func (u *ui) syncEvent() {
	evs := u.atlas.Events()
	idx := u.atlas.EventIndex(u.day)
	if u.eventSel >= 0 && u.eventSel < len(evs) && idx >= 0 && u.eventSel <= idx &&
		evs[u.eventSel].Date.Day == evs[idx].Date.Day {
		return
	}
	u.eventSel = idx
	u.syncing = true
	if idx < 0 {
		u.eventList.UnselectAll()
		u.event.show(nil)
	} else {
		u.eventList.Select(idx)
		u.eventList.ScrollTo(idx)
		u.event.show(&evs[idx])
	}
	u.syncing = false
	u.ticks.setSelected(idx)
}

func (u *ui) prevEvent() {
	evs := u.atlas.Events()
	i := u.eventSel
	if i >= 0 && i < len(evs) && evs[i].Date.Day < u.day {
		u.gotoEvent(i)
		return
	}
	if i-1 >= 0 {
		u.gotoEvent(i - 1)
	}
}

func (u *ui) nextEvent() {
	if j := u.eventSel + 1; j < len(u.atlas.Events()) {
		u.gotoEvent(j)
	}
}

// mapTapped selects the territory f tapped at ll (f nil: none there).
func (u *ui) mapTapped(f *geodata.Feature, ll orb.Point) {
	p := ll
	u.selLL = &p
	if f == nil {
		u.selID = ""
	} else {
		u.selID = f.ID
	}
	u.mapw.SetSelected(u.selID, u.selLL)
	u.terr.update()
	u.tabs.Select(u.terrTab)
}

// selectTerritory shows the territory id in the details panel.
func (u *ui) selectTerritory(id string) {
	u.selID = id
	u.selLL = nil
	u.mapw.SetSelected(id, nil)
	u.terr.update()
	u.tabs.Select(u.terrTab)
}

// --- bottom: the timeline ----------------------------------------------------------

func (u *ui) buildTimeline() fyne.CanvasObject {
	u.dayData = binding.NewFloat()
	_ = u.dayData.Set(float64(u.day))
	u.slider = newTimeSlider(u)
	u.slider.Bind(u.dayData)
	u.dayData.AddListener(binding.NewDataListener(func() {
		v, err := u.dayData.Get()
		if err != nil || v == 0 {
			return
		}
		if d := geodata.Day(v); d != u.day {
			u.applyDay(clampDay(d))
		}
	}))
	u.ticks = newEventTicks(u.atlas)

	u.dateLabel = canvas.NewText(u.day.Long(), theme.Color(theme.ColorNameForeground))
	u.dateLabel.TextSize = 20
	u.dateLabel.TextStyle = fyne.TextStyle{Bold: true}
	u.dateLabel.Alignment = fyne.TextAlignCenter
	u.nowLabel = widget.NewLabel("")
	u.nowLabel.Truncation = fyne.TextTruncateEllipsis
	u.nowLabel.Alignment = fyne.TextAlignTrailing

	u.prevBtn = widget.NewButtonWithIcon("Previous event", theme.MediaSkipPreviousIcon(), u.prevEvent)
	u.playBtn = widget.NewButtonWithIcon("Play", theme.MediaPlayIcon(), u.togglePlay)
	u.nextBtn = widget.NewButtonWithIcon("Next event", theme.MediaSkipNextIcon(), u.nextEvent)
	u.nextBtn.IconPlacement = widget.ButtonIconTrailingText
	signing := widget.NewButton("26 May 1942", func() { u.setDay(geodata.Signing) })
	buttons := container.NewHBox(u.prevBtn, u.playBtn, u.nextBtn, signing)

	top := container.New(&dateRowLayout{}, buttons, u.dateLabel, u.nowLabel)
	bar := container.New(&minHeight{64}, container.NewStack(u.ticks, u.slider))
	return container.NewVBox(top, bar)
}

func clampDay(d geodata.Day) geodata.Day {
	return min(max(d, geodata.First), geodata.Last)
}

// setDay moves the atlas to day d (clamped to 1939–42).
func (u *ui) setDay(d geodata.Day) {
	d = clampDay(d)
	if d == u.day {
		return
	}
	u.applyDay(d)
	_ = u.dayData.Set(float64(d))
}

// applyDay shows day d everywhere but in the slider (which the binding
// moves).
func (u *ui) applyDay(d geodata.Day) {
	u.day = d
	u.win.SetTitle(u.title())
	if u.dateLabel != nil {
		u.dateLabel.Text = d.Long()
		u.dateLabel.Refresh()
	}
	u.mapw.SetDay(d)
	if u.compare != nil {
		// In compare mode the timeline moves date B.
		u.compare.setDays(u.compare.dayA, d)
	}
	u.syncEvent()
	u.updateNow()
	if u.search != nil && u.search.entry.Text != "" {
		u.search.refresh()
	}
	u.terr.update()
	u.refreshLegend()
	u.changed()
}

// updateNow says how long ago the latest event was.
func (u *ui) updateNow() {
	text := ""
	if u.eventSel >= 0 && u.eventSel < len(u.atlas.Events()) {
		e := u.atlas.Events()[u.eventSel]
		if n := int(u.day - e.Date.Day); n == 0 {
			text = "Today: " + e.Title
		} else {
			text = fmt.Sprintf("%d day%s after: %s", n, pluralS(n), e.Title)
		}
	}
	u.nowLabel.SetText(text)
}

func pluralS(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func (u *ui) stepDays(n int)   { u.setDay(u.day + geodata.Day(n)) }
func (u *ui) stepMonths(n int) { u.setDay(u.day.AddMonths(n)) }

// togglePlay starts or pauses the animation.
func (u *ui) togglePlay() {
	if u.playing {
		u.pause()
	} else {
		u.play()
	}
}

// play animates through time, one day a tick, from a goroutine that
// changes the UI only through fyne.Do; it stops at the last day.
func (u *ui) play() {
	if u.playing {
		return
	}
	if u.day >= geodata.Last {
		u.setDay(geodata.First)
	}
	u.playing = true
	u.playBtn.SetIcon(theme.MediaPauseIcon())
	u.playBtn.SetText("Pause")
	stop, done := make(chan struct{}), make(chan struct{})
	u.playStop, u.playDone = stop, done
	go func() {
		defer close(done)
		t := time.NewTicker(playInterval)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
			}
			end := false
			uiDoAndWait(func() {
				if u.playStop != stop {
					end = true
					return
				}
				u.setDay(u.day + 1)
				if u.day >= geodata.Last {
					u.pause()
					end = true
				}
			})
			if end {
				return
			}
		}
	}()
}

func (u *ui) pause() {
	if !u.playing {
		return
	}
	u.playing = false
	close(u.playStop)
	u.playStop = nil
	u.playBtn.SetIcon(theme.MediaPlayIcon())
	u.playBtn.SetText("Play")
}

// --- menus and keys ---------------------------------------------------------------

// refreshMenu shows the menu items' new check marks.
func (u *ui) refreshMenu() {
	if u.menu != nil {
		u.menu.Refresh()
	}
}

func (u *ui) buildMenu() *fyne.MainMenu {
	u.compareItem = fyne.NewMenuItem("Compare dates…", func() { u.setCompare(u.compare == nil) })
	aids := u.aidsMenuItems()
	quit := fyne.NewMenuItem("Quit", func() { u.app.Quit() })
	exportImage := fyne.NewMenuItem("Export image…", u.showExportImage)
	exportImage.Shortcut = shortcutExport
	quit.IsQuit = true
	open := fyne.NewMenuItem("Open dataset…", u.openDataset)
	open.Shortcut = shortcutOpen
	file := fyne.NewMenu("File",
		open,
		fyne.NewMenuItemSeparator(),
		exportImage,
		fyne.NewMenuItem("Export animation…", u.showExportAnimation),
		fyne.NewMenuItemSeparator(),
		quit)
	view := fyne.NewMenu("View",
		fyne.NewMenuItem("Zoom in", func() { u.activeMap().ZoomIn() }),
		fyne.NewMenuItem("Zoom out", func() { u.activeMap().ZoomOut() }),
		fyne.NewMenuItem("Reset view", func() { u.activeMap().ResetView() }),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Control layer", func() { u.setLayer(geodata.Control) }),
		fyne.NewMenuItem("Sovereignty layer", func() { u.setLayer(geodata.Sovereignty) }),
		fyne.NewMenuItemSeparator(),
		u.compareItem,
		fyne.NewMenuItemSeparator(),
		aids[0], aids[1])
	goMenu := fyne.NewMenu("Go",
		fyne.NewMenuItem("Previous event", u.prevEvent),
		fyne.NewMenuItem("Next event", u.nextEvent),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Back one month", func() { u.stepMonths(-1) }),
		fyne.NewMenuItem("Forward one month", func() { u.stepMonths(1) }),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Go to signing (26 May 1942)", func() { u.setDay(geodata.Signing) }),
		fyne.NewMenuItem("Play / pause", u.togglePlay))
	help := fyne.NewMenu("Help",
		fyne.NewMenuItem("Keyboard shortcuts", u.showShortcuts),
		fyne.NewMenuItem("About Frontiers", u.showAbout))
	return fyne.NewMainMenu(file, view, goMenu, help)
}

const shortcutsText = `←  →            one day back / forward
Shift+←  Shift+→   one month back / forward
Page Up / Page Down   previous / next event
Space            play / pause
Ctrl+O           open a dataset
Ctrl+E           export an image of the map
Ctrl+F           find a place or territory
+  −             zoom in / out
0                reset the view
Drag the map to pan it, scroll to zoom, click a territory for its details.`

const aboutText = `Frontiers is an atlas of Europe's borders day by day, from 1 January 1939 to 31 December 1942.

It centres on the Anglo-Soviet Treaty signed in London on 26 May 1942. In the talks before it Stalin asked Britain to recognise the Soviet frontier of 22 June 1941 — the Baltic states, Bessarabia and the territory taken from Finland; the treaty as signed made no territorial commitment.

Borders: Natural Earth land (via world-atlas) with territories drawn after the treaties, acts and events cited in each feature's source. Every date and border marked approximate is known only roughly.`

func (u *ui) showAbout() {
	l := widget.NewLabel(aboutText)
	l.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom("About Frontiers", "Close", container.NewVScroll(l), u.win)
	d.Resize(fyne.NewSize(560, 380))
	d.Show()
}

func (u *ui) showShortcuts() {
	l := widget.NewLabel(shortcutsText)
	l.TextStyle = fyne.TextStyle{Monospace: true}
	dialog.NewCustom("Keyboard shortcuts", "Close", l, u.win).Show()
}

func (u *ui) bindKeys() {
	c := u.win.Canvas()
	c.SetOnTypedKey(u.typedKey)
	c.SetOnTypedRune(u.typedRune)
	// Shift+arrows: as shortcuts for drivers that deliver them; the GLFW
	// driver does not for Shift alone, so typedKey also checks Shift.
	for _, k := range []struct {
		key fyne.KeyName
		n   int
	}{{fyne.KeyLeft, -1}, {fyne.KeyRight, 1}} {
		n := k.n
		c.AddShortcut(&desktop.CustomShortcut{KeyName: k.key, Modifier: fyne.KeyModifierShift}, func(fyne.Shortcut) { u.stepMonths(n) })
	}
	c.AddShortcut(shortcutExport, func(fyne.Shortcut) { u.showExportImage() })
	c.AddShortcut(shortcutOpen, func(fyne.Shortcut) { u.openDataset() })
	c.AddShortcut(shortcutFind, func(fyne.Shortcut) { c.Focus(u.search.entry) })
}

// Ctrl+E (Cmd+E on macOS): export an image; Ctrl+O: open a dataset.
var (
	shortcutExport = &desktop.CustomShortcut{KeyName: fyne.KeyE, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutOpen   = &desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: fyne.KeyModifierShortcutDefault}
)

func (u *ui) shiftDown() bool {
	if d, ok := u.app.Driver().(interface{ CurrentKeyModifiers() fyne.KeyModifier }); ok {
		return d.CurrentKeyModifiers()&fyne.KeyModifierShift != 0
	}
	return false
}

func (u *ui) typedKey(e *fyne.KeyEvent) {
	switch e.Name {
	case fyne.KeyLeft:
		if u.shiftDown() {
			u.stepMonths(-1)
		} else {
			u.stepDays(-1)
		}
	case fyne.KeyRight:
		if u.shiftDown() {
			u.stepMonths(1)
		} else {
			u.stepDays(1)
		}
	case fyne.KeyPageUp:
		u.prevEvent()
	case fyne.KeyPageDown:
		u.nextEvent()
	case fyne.KeySpace:
		u.togglePlay()
	case fyne.KeyHome:
		u.setDay(geodata.First)
	case fyne.KeyEnd:
		u.setDay(geodata.Last)
	}
}

func (u *ui) typedRune(r rune) {
	switch r {
	case '+', '=':
		u.activeMap().ZoomIn()
	case '-', '−':
		u.activeMap().ZoomOut()
	case '0':
		u.activeMap().ResetView()
	}
}

// activeMap is the map the zoom keys act on: in compare mode map A,
// which map B follows.
func (u *ui) activeMap() *Map {
	if u.compare != nil {
		return u.compare.mapA
	}
	return u.mapw
}

func (u *ui) unfocus() {
	if c := u.win.Canvas(); c != nil {
		c.Unfocus()
	}
}

// --- data ---------------------------------------------------------------------------------

func (u *ui) openDataset() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			dialog.ShowError(err, u.win)
			return
		}
		if r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		u.loadDataset(path)
	}, u.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".geojson", ".json"}))
	d.Resize(fyne.NewSize(800, 560))
	d.Show()
}

// loadDataset reads the dataset in path on a goroutine of its own,
// showing a progress dialog meanwhile, then shows it (or its problems)
// as openDatasetFile does. The window stays responsive while a large file
// loads. done, when not nil, is called on the UI goroutine at the end.
func (u *ui) loadDataset(path string, done ...func(error)) {
	bar := widget.NewProgressBarInfinite()
	prog := dialog.NewCustomWithoutButtons("Opening "+filepath.Base(path)+"…",
		container.NewVBox(widget.NewLabel(path), bar), u.win)
	prog.Show()
	u.loading = path
	go func() {
		a, err := geodata.LoadFile(path, assets.Land())
		uiDo(func() {
			u.loading = ""
			bar.Stop()
			prog.Hide()
			err := u.showLoaded(path, a, err)
			for _, f := range done {
				f(err)
			}
		})
	}()
}

// openDatasetFile shows the dataset in path, or a dialog listing its
// problems while the current data stays.
func (u *ui) openDatasetFile(path string) error {
	a, err := geodata.LoadFile(path, assets.Land())
	return u.showLoaded(path, a, err)
}

// showLoaded shows a loaded atlas, or the problems of one that did not
// load while the current data stays.
func (u *ui) showLoaded(path string, a *geodata.Atlas, err error) error {
	if err != nil {
		u.showProblems("Cannot open "+path, "The current data is kept.", err)
		return err
	}
	go render.SceneOf(a).Prepare()
	u.setAtlas(a)
	return nil
}

// showProblems lists what is wrong with a dataset, one problem a line.
func (u *ui) showProblems(title, consequence string, err error) {
	var ps geodata.Problems
	lines := err.Error()
	n := 1
	if errors.As(err, &ps) {
		n = len(ps)
		lines = ps.Error()
	}
	u.lastProblems = lines
	head := widget.NewLabel(fmt.Sprintf("%d problem%s. %s", n, pluralS(n), consequence))
	body := widget.NewLabel(lines)
	body.TextStyle = fyne.TextStyle{Monospace: true}
	content := container.NewBorder(head, nil, nil, nil, container.NewScroll(body))
	d := dialog.NewCustom(title, "Close", content, u.win)
	d.Resize(fyne.NewSize(900, 420))
	d.Show()
}

// setAtlas shows another dataset.
func (u *ui) setAtlas(a *geodata.Atlas) {
	u.atlas = a
	u.eventSel = -1
	u.selID, u.selLL = "", nil
	u.mapw.SetAtlas(a)
	u.mapw.SetSelected("", nil)
	u.ticks.setAtlas(a)
	if u.compare != nil {
		u.compare.update()
	}
	u.syncing = true
	u.eventList.UnselectAll()
	u.eventList.Refresh()
	u.syncing = false
	u.applyDay(u.day)
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

// --- small layouts ---------------------------------------------------------------------

// fixedWidth gives its objects a fixed minimum width.
type fixedWidth struct{ w float32 }

func (l *fixedWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (l *fixedWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(l.w, h)
}

// minHeight gives its objects a minimum height.
type minHeight struct{ h float32 }

func (l *minHeight) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (l *minHeight) MinSize(objs []fyne.CanvasObject) fyne.Size {
	s := fyne.NewSize(0, l.h)
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s
}

// dateRowLayout puts the buttons on the left, the date in the middle of
// the row and the latest event on the right.
type dateRowLayout struct{}

func (l *dateRowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	buttons, date, now := objs[0], objs[1], objs[2]
	bs := buttons.MinSize()
	buttons.Move(fyne.NewPos(0, (size.Height-bs.Height)/2))
	buttons.Resize(bs)
	ds := date.MinSize()
	dx := max((size.Width-ds.Width)/2, bs.Width+theme.Padding())
	date.Move(fyne.NewPos(dx, (size.Height-ds.Height)/2))
	date.Resize(ds)
	nx := dx + ds.Width + theme.Padding()
	ns := now.MinSize()
	now.Move(fyne.NewPos(nx, (size.Height-ns.Height)/2))
	now.Resize(fyne.NewSize(max(0, size.Width-nx), ns.Height))
}

func (l *dateRowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	bs, ds, ns := objs[0].MinSize(), objs[1].MinSize(), objs[2].MinSize()
	return fyne.NewSize(bs.Width+ds.Width+2*theme.Padding(), max(bs.Height, ds.Height, ns.Height))
}

var _ fyne.Layout = (*dateRowLayout)(nil)
