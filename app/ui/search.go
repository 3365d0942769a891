package ui

// Find anything: a search box over the territories (every name of every
// version) and the places of the gazetteer (package places), with the
// names they bore on the day shown.

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/frontiers-atlas/frontiers/app/places"
)

// searchBox is the search entry and its results, in the left panel.
type searchBox struct {
	st      *viewState
	pick    func(places.Result)
	entry   *escEntry // Escape clears it and leaves it
	list    *fyne.Container
	results []places.Result
	// parent holds the list; it is laid out again when the list changes.
	parent *fyne.Container
}

// newSearchBox searches the atlas of st on its day; pick shows a result.
func newSearchBox(st *viewState, pick func(places.Result)) *searchBox {
	s := &searchBox{st: st, pick: pick}
	s.entry = newEscEntry(func() {
		s.entry.SetText("")
		if c := fyne.CurrentApp().Driver().CanvasForObject(s.entry); c != nil {
			c.Unfocus()
		}
	})
	s.entry.SetPlaceHolder(lang.L("Find a place or territory"))
	s.entry.ActionItem = widget.NewButtonWithIcon("", theme.ContentClearIcon(), func() { s.entry.SetText("") })
	s.entry.OnChanged = func(string) { s.refresh() }
	s.entry.OnSubmitted = func(string) { s.pickResult(0) }
	s.list = container.NewVBox()
	st.listen(func(c stateChange) {
		if c&(dayChanged|atlasChanged) != 0 && s.entry.Text != "" {
			s.refresh()
		}
	})
	return s
}

// refresh searches again (the query or the day changed).
func (s *searchBox) refresh() {
	ps, _ := places.Bundled()
	s.results = places.Search(s.st.atlas, ps, s.entry.Text, s.st.day)
	objs := make([]fyne.CanvasObject, 0, len(s.results)+1)
	for i, r := range s.results {
		// Shortened: a long label would widen the panel past the
		// entry's clear button.
		b := widget.NewButton(ellipsize(r.Label, 30), func() { s.pickResult(i) })
		b.Alignment = widget.ButtonAlignLeading
		b.Importance = widget.LowImportance
		d := secondaryLabel(s.detail(r))
		objs = append(objs, container.NewVBox(b, d))
	}
	if len(s.results) == 0 && strings.TrimSpace(s.entry.Text) != "" {
		objs = append(objs, widget.NewLabel(lang.L("Nothing found.")))
	}
	s.list.Objects = objs
	s.list.Refresh()
	if s.parent != nil {
		s.parent.Refresh()
	}
}

// pickResult shows result i.
func (s *searchBox) pickResult(i int) {
	if i >= 0 && i < len(s.results) {
		s.pick(s.results[i])
	}
}

// Ctrl+F (Cmd+F): focus the search box.
var shortcutFind = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}

// detail is what a result is, in the window's language: a place (with
// its present-day name when the result names it otherwise) and what the
// map calls its land that day, or a territory and what the map calls it
// that day, or that it is not on the map that day.
func (s *searchBox) detail(r places.Result) string {
	text := lang.L("territory")
	if r.Place != nil {
		text = lang.L("place")
		if r.Today != "" {
			text += ", " + lang.L("today") + " " + r.Today
		}
	}
	switch {
	case r.Territory != nil:
		text += " — " + mapName(s.st.atlas, r.Territory, s.st.layer, s.st.day)
	case r.Place == nil:
		text += " — " + lang.L("not on the map on this day")
	}
	return text
}
