package app

// Find anything: a search box over the territories (every name of every
// version) and the places of the gazetteer (package places).

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/frontiers-atlas/frontiers/app/places"
	"github.com/frontiers-atlas/frontiers/geodata"
)

// searchBox is the search entry and its results, in the left panel.
type searchBox struct {
	u       *ui
	entry   *widget.Entry
	list    *fyne.Container
	results []places.Result
	// parent holds the list; it is laid out again when the list changes.
	parent *fyne.Container
}

func newSearchBox(u *ui) *searchBox {
	s := &searchBox{u: u}
	s.entry = widget.NewEntry()
	s.entry.SetPlaceHolder("Find a place or territory")
	s.entry.ActionItem = widget.NewButtonWithIcon("", theme.ContentClearIcon(), func() { s.entry.SetText("") })
	s.entry.OnChanged = func(string) { s.refresh() }
	s.entry.OnSubmitted = func(string) {
		if len(s.results) > 0 {
			s.pick(0)
		}
	}
	s.list = container.NewVBox()
	return s
}

// refresh searches again (the query or the day changed).
func (s *searchBox) refresh() {
	ps, _ := places.Bundled()
	s.results = places.Search(s.u.atlas, ps, s.entry.Text, s.u.day)
	objs := make([]fyne.CanvasObject, 0, len(s.results)+1)
	for i, r := range s.results {
		i := i
		b := widget.NewButton(r.Label, func() { s.pick(i) })
		b.Alignment = widget.ButtonAlignLeading
		b.Importance = widget.LowImportance
		d := widget.NewLabel(r.Detail)
		d.Importance = widget.LowImportance
		d.Wrapping = fyne.TextWrapWord
		d.SizeName = theme.SizeNameCaptionText
		objs = append(objs, container.NewVBox(b, d))
	}
	if len(s.results) == 0 && strings.TrimSpace(s.entry.Text) != "" {
		objs = append(objs, widget.NewLabel("Nothing found."))
	}
	s.list.Objects = objs
	s.list.Refresh()
	if s.parent != nil {
		s.parent.Refresh()
	}
}

// pick shows result i: the map centres on it and the details panel shows
// the territory there on the day shown.
func (s *searchBox) pick(i int) {
	if i < 0 || i >= len(s.results) {
		return
	}
	r := s.results[i]
	u := s.u
	m := u.mapw
	if r.Place != nil {
		if v := m.View(); v.Res > 3000 {
			m.SetView(geodata.Project(r.At), 3000)
		}
		m.CenterOn(r.At)
		u.mapTapped(u.atlas.TerritoryAt(u.day, r.At), r.At)
		return
	}
	m.CenterOn(r.At)
	u.selectTerritory(r.ID)
}

// Ctrl+F (Cmd+F): focus the search box.
var shortcutFind = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}
