package app

// Find anything: a search box over the territories (every name of every
// version) and a small gazetteer of places with the names they bore by
// date (places.json, written for Frontiers from general knowledge).

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/geodata"
)

//go:embed places.json
var placesJSON []byte

// Place is a town of the gazetteer.
type Place struct {
	// Name is the name used today in English.
	Name string  `json:"name"`
	Lat  float64 `json:"lat"`
	Lon  float64 `json:"lon"`
	// Also are other names, in any language and period, for searching.
	Also []string `json:"also,omitempty"`
	// Names are the names in official use by date; where none is in
	// force, Name.
	Names []DatedName `json:"names,omitempty"`
}

// DatedName is a name in use from From (inclusive) to To (exclusive);
// either may be empty (open). Dates are EDTF as in the data (1939-10-01~).
type DatedName struct {
	Name     string `json:"name"`
	From     string `json:"from,omitempty"`
	To       string `json:"to,omitempty"`
	from, to geodata.Day
}

// Point returns the place as {lon, lat}.
func (p *Place) Point() orb.Point { return orb.Point{p.Lon, p.Lat} }

// NameOn returns the name the place bore on day d.
func (p *Place) NameOn(d geodata.Day) string {
	for _, n := range p.Names {
		if (n.from == 0 || d >= n.from) && (n.to == 0 || d < n.to) {
			return n.Name
		}
	}
	return p.Name
}

// AllNames returns every name of the place, without duplicates.
func (p *Place) AllNames() []string {
	seen := map[string]bool{}
	var out []string
	add := func(s string) {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	add(p.Name)
	for _, n := range p.Names {
		add(n.Name)
	}
	for _, s := range p.Also {
		add(s)
	}
	return out
}

// LoadPlaces decodes and checks a gazetteer.
func LoadPlaces(data []byte) ([]Place, error) {
	var doc struct {
		Places []Place `json:"places"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, err
	}
	for i := range doc.Places {
		p := &doc.Places[i]
		if p.Name == "" || p.Lat < -90 || p.Lat > 90 || p.Lon < -180 || p.Lon > 180 {
			return nil, fmt.Errorf("place %d (%q): no name or a position outside the globe", i, p.Name)
		}
		for j := range p.Names {
			n := &p.Names[j]
			for _, f := range []struct {
				s   string
				day *geodata.Day
			}{{n.From, &n.from}, {n.To, &n.to}} {
				if f.s == "" {
					continue
				}
				d, err := geodata.ParseDate(f.s)
				if err != nil {
					return nil, fmt.Errorf("place %d (%s): name %q: %v", i, p.Name, n.Name, err)
				}
				*f.day = d.Day
			}
			if n.from != 0 && n.to != 0 && n.to <= n.from {
				return nil, fmt.Errorf("place %d (%s): name %q ends before it starts", i, p.Name, n.Name)
			}
			if j > 0 && (p.Names[j-1].to == 0 || n.from == 0 || n.from < p.Names[j-1].to) {
				return nil, fmt.Errorf("place %d (%s): names %q and %q overlap", i, p.Name, p.Names[j-1].Name, n.Name)
			}
		}
	}
	return doc.Places, nil
}

var (
	placesOnce sync.Once
	places     []Place
	placesErr  error
)

// Places returns the bundled gazetteer.
func Places() ([]Place, error) {
	placesOnce.Do(func() { places, placesErr = LoadPlaces(placesJSON) })
	return places, placesErr
}

// searchKey folds a name for matching: lower case, without diacritics.
func searchKey(s string) string { return strings.ToLower(Fold(s)) }

// searchResult is one hit: a place or a territory.
type searchResult struct {
	Label  string // the name on the day shown, and the name matched
	Detail string
	Place  *Place
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
func Search(a *geodata.Atlas, ps []Place, query string, d geodata.Day) []searchResult {
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
			detail += " — " + shortName(f.Name) + ", held by " + f.Controller.Name
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
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].rank != out[j].rank {
			return out[i].rank < out[j].rank
		}
		return out[i].Label < out[j].Label
	})
	if len(out) > maxResults {
		out = out[:maxResults]
	}
	return out
}

// searchBox is the search entry and its results, in the left panel.
type searchBox struct {
	u       *ui
	entry   *widget.Entry
	list    *fyne.Container
	results []searchResult
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
	ps, _ := Places()
	s.results = Search(s.u.atlas, ps, s.entry.Text, s.u.day)
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

// shortName is a name without its parenthesised detail: "Estonia (north:
// Tallinn, Narva)" gives "Estonia".
func shortName(name string) string {
	if i := strings.Index(name, " ("); i > 0 {
		return name[:i]
	}
	return name
}
