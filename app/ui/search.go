package ui

// Find anything: a search box over the territories (every name of every
// version) and the places of the gazetteer (app.Places), with the names
// they bore on the day shown.

import (
	"cmp"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/app"
	"github.com/frontiers-atlas/frontiers/geodata"
)

// searchKey folds a name for matching: lower case, without diacritics.
func searchKey(s string) string { return strings.ToLower(app.Fold(s)) }

// searchResult is one hit: a place or a territory.
type searchResult struct {
	Label  string // the name on the day shown, and the name matched
	Detail string
	Place  *app.Place
	ID     string // a territory's id
	At     orb.Point
	rank   int
}

// matchRank says how well name matches the folded query q: 0 exact, 1
// prefix, 2 the prefix of a word, 3 elsewhere; -1 not at all.
func matchRank(name, q string) int {
	k := searchKey(name)
	switch {
	case k == q:
		return 0
	case strings.HasPrefix(k, q):
		return 1
	case strings.Contains(k, " "+q) || strings.Contains(k, "-"+q) || strings.Contains(k, "("+q):
		return 2
	case strings.Contains(k, q):
		return 3
	}
	return -1
}

// maxResults bounds the results shown.
const maxResults = 10

// Search finds the places and territories whose names match query, best
// first, with the names they bore on day d.
func Search(a *geodata.Atlas, ps []app.Place, query string, d geodata.Day) []searchResult {
	q := searchKey(strings.TrimSpace(query))
	if q == "" {
		return nil
	}
	var out []searchResult
	for i := range ps {
		p := &ps[i]
		best, matched := -1, ""
		for _, n := range p.AllNames() {
			if r := matchRank(n, q); r >= 0 && (best < 0 || r < best) {
				best, matched = r, n
			}
		}
		if best < 0 {
			continue
		}
		now := p.NameOn(d)
		label := now
		if matched != now {
			label += " (" + matched + ")"
		}
		detail := "place"
		if now != p.Name && matched != p.Name {
			detail += ", today " + p.Name
		}
		if f := a.TerritoryAt(d, p.Point()); f != nil {
			detail += " — " + geodata.ShortName(f.Name) + ", held by " + f.Controller.Name
		}
		out = append(out, searchResult{Label: label, Detail: detail, Place: p, At: p.Point(), rank: best})
	}
	seen := map[string]bool{}
	for _, f := range a.Features() {
		if f.Kind != geodata.KindTerritory || seen[f.ID] {
			continue
		}
		seen[f.ID] = true
		best, matched := -1, ""
		for _, v := range a.History(f.ID) {
			for _, n := range v.AllNames() {
				if r := matchRank(n, q); r >= 0 && (best < 0 || r < best) {
					best, matched = r, n
				}
			}
		}
		if best < 0 {
			continue
		}
		v := a.Version(f.ID, d)
		name := f.Name
		detail := "territory"
		if v != nil {
			name = v.Name
			detail += " — " + v.Controller.Name + " (" + v.Status + ")"
		} else {
			detail += " — not on the map on this day"
		}
		label := name
		if matched != name {
			label += " (" + matched + ")"
		}
		out = append(out, searchResult{Label: label, Detail: detail, ID: f.ID, At: f.Bound.Center(), rank: best + 1})
	}
	slices.SortStableFunc(out, func(a, b searchResult) int {
		if a.rank != b.rank {
			return cmp.Compare(a.rank, b.rank)
		}
		return strings.Compare(a.Label, b.Label)
	})
	if len(out) > maxResults {
		out = out[:maxResults]
	}
	return out
}

// searchBox is the search entry and its results, in the left panel.
type searchBox struct {
	st      *viewState
	pick    func(searchResult)
	entry   *widget.Entry
	list    *fyne.Container
	results []searchResult
	// parent holds the list; it is laid out again when the list changes.
	parent *fyne.Container
}

// newSearchBox searches the atlas of st on its day; pick shows a result.
func newSearchBox(st *viewState, pick func(searchResult)) *searchBox {
	s := &searchBox{st: st, pick: pick}
	s.entry = widget.NewEntry()
	s.entry.SetPlaceHolder("Find a place or territory")
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
	ps, _ := app.Places()
	s.results = Search(s.st.atlas, ps, s.entry.Text, s.st.day)
	objs := make([]fyne.CanvasObject, 0, len(s.results)+1)
	for i, r := range s.results {
		b := widget.NewButton(r.Label, func() { s.pickResult(i) })
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

// pickResult shows result i.
func (s *searchBox) pickResult(i int) {
	if i >= 0 && i < len(s.results) {
		s.pick(s.results[i])
	}
}

// Ctrl+F (Cmd+F): focus the search box.
var shortcutFind = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}
