package ui

// The menus, the keyboard shortcuts and the Help dialogs.

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/frontiers-atlas/frontiers/geodata"
)

func (u *ui) buildMenu() *fyne.MainMenu {
	u.compareItem = fyne.NewMenuItem(lang.L("Compare dates…"), func() { u.setCompare(u.compare == nil) })
	u.graticuleItem = fyne.NewMenuItem(lang.L("Graticule"), func() { u.st.setGraticule(!u.st.graticule) })
	u.colorBlindItem = fyne.NewMenuItem(lang.L("Colour-blind palette"), func() { u.st.setColorBlind(!u.st.colorBlind) })
	quit := fyne.NewMenuItem(lang.L("Quit"), func() { u.app.Quit() })
	exportImage := fyne.NewMenuItem(lang.L("Export image…"), u.showExportImage)
	exportImage.Shortcut = shortcutExport
	quit.IsQuit = true
	open := fyne.NewMenuItem(lang.L("Open dataset…"), u.openDataset)
	open.Shortcut = shortcutOpen
	file := fyne.NewMenu(lang.L("File"),
		open,
		fyne.NewMenuItemSeparator(),
		exportImage,
		fyne.NewMenuItem(lang.L("Export animation…"), u.showExportAnimation),
		fyne.NewMenuItem(lang.L("Export tour…"), u.showExportTour),
		fyne.NewMenuItemSeparator(),
		quit)
	file.Items = slices.Insert(file.Items, 1, u.datasetMenuItems()...)
	view := fyne.NewMenu(lang.L("View"),
		fyne.NewMenuItem(lang.L("Zoom in"), func() { u.activeMap().ZoomIn() }),
		fyne.NewMenuItem(lang.L("Zoom out"), func() { u.activeMap().ZoomOut() }),
		fyne.NewMenuItem(lang.L("Reset view"), func() { u.activeMap().ResetView() }),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(lang.L("Control layer"), func() { u.st.setLayer(geodata.Control) }),
		fyne.NewMenuItem(lang.L("Sovereignty layer"), func() { u.st.setLayer(geodata.Sovereignty) }),
		fyne.NewMenuItemSeparator(),
		u.compareItem,
		fyne.NewMenuItemSeparator(),
		u.graticuleItem, u.colorBlindItem,
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(lang.L("Present (F11)"), func() { u.setPresent(true) }),
		fyne.NewMenuItemSeparator())
	view.Items = append(view.Items, u.paneMenuItems()...)
	view.Items = append(view.Items,
		fyne.NewMenuItemSeparator(),
		u.languageMenu())
	view.Items = slices.Insert(view.Items, slices.Index(view.Items, u.compareItem)+1, u.compareDatasetsItem())
	goMenu := fyne.NewMenu(lang.L("Go"),
		fyne.NewMenuItem(lang.L("Previous event"), u.prevEvent),
		fyne.NewMenuItem(lang.L("Next event"), u.nextEvent),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(lang.L("Back one month"), func() { u.stepMonths(-1) }),
		fyne.NewMenuItem(lang.L("Forward one month"), func() { u.stepMonths(1) }),
		fyne.NewMenuItemSeparator(),
		goToItem(u),
		fyne.NewMenuItem(lang.L("Treaty day (Anglo-Soviet Treaty signed, {{.Date}})", map[string]any{"Date": dayText(geodata.Signing)}), func() { u.st.setDay(geodata.Signing) }),
		fyne.NewMenuItem(lang.L("Play / pause"), u.togglePlay))
	help := fyne.NewMenu(lang.L("Help"),
		fyne.NewMenuItem(lang.L("Keyboard shortcuts"), u.showShortcuts),
		fyne.NewMenuItem(lang.L("Cite this map…"), func() { u.showCite() }),
		fyne.NewMenuItem(lang.L("About Frontiers"), u.showAbout))
	return fyne.NewMainMenu(file, view, goMenu, u.tourMenu(), help)
}

const aboutText = `Frontiers is an atlas of Europe's borders day by day, from 1 January 1939 to 31 December 1942.

It centres on the Anglo-Soviet Treaty signed in London on 26 May 1942. In the talks before it Stalin asked Britain to recognise the Soviet frontier of 22 June 1941 — the Baltic states, Bessarabia and the territory taken from Finland; the treaty as signed made no territorial commitment.

Borders: Natural Earth land (via world-atlas) with territories drawn after the treaties, acts and events cited in each feature's source. Every date and border marked approximate is known only roughly.`

func (u *ui) showAbout() {
	l := widget.NewLabel(lang.L(aboutText))
	l.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(lang.L("About Frontiers"), lang.L("Close"), container.NewVScroll(l), u.win)
	d.Resize(fyne.NewSize(560, 380))
	u.trackDialog(d, nil)
	d.Show()
}

func (u *ui) showShortcuts() {
	d := dialog.NewCustom(lang.L("Keyboard shortcuts"), lang.L("Close"), shortcutsGrid(), u.win)
	u.trackDialog(d, nil)
	d.Show()
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
	c.AddShortcut(shortcutGoTo, func(fyne.Shortcut) { u.showGoTo() })
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
	if u.teachKey(e) {
		return
	}
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
		u.st.setDay(geodata.First)
	case fyne.KeyEnd:
		u.st.setDay(geodata.Last)
	case fyne.KeyEscape:
		u.escape()
	case fyne.KeyReturn, fyne.KeyEnter:
		u.enter()
	}
}

func (u *ui) typedRune(r rune) {
	if u.teachRune(r) {
		return
	}
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
