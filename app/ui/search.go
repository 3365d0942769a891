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
		d := secondaryLabel(r.Detail)
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
