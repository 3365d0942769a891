// Package places is the gazetteer of the search box: some 200 towns with
// the names they bore by date (places.json, written for Frontiers from
// general knowledge), and the search over them and the atlas's
// territories by any of their names.
package places

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/internal/ascii"
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
	var out []string
	add := func(s string) {
		if s != "" && !slices.Contains(out, s) {
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

// load decodes and checks a gazetteer.
func load(data []byte) ([]Place, error) {
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

// Bundled returns the bundled gazetteer, decoded on the first call.
func Bundled() ([]Place, error) { return bundled() }

var bundled = sync.OnceValues(func() ([]Place, error) { return load(placesJSON) })

// Result is one hit of Search: a place or a territory.
type Result struct {
	Label  string // the name on the day searched, and the name matched
	Detail string // in English, from the fields below
	Place  *Place // nil for a territory
	ID     string // a territory's id
	// Today is a place's present-day name when the result names it
	// otherwise ("" when not).
	Today string
	// Territory is, on the day searched, the territory at the place or the
	// territory found; nil when it is not on the map that day.
	Territory *geodata.Feature
	At        orb.Point
	rank      int
}

// maxResults bounds the results of Search.
const maxResults = 10

// Search finds the places of ps and the territories of a whose names
// match query, best first, at most ten, with the names they bore on day
// d. Matching ignores case and diacritics ("lodz" finds Łódź).
func Search(a *geodata.Atlas, ps []Place, query string, d geodata.Day) []Result {
	q := key(strings.TrimSpace(query))
	if q == "" {
		return nil
	}
	var out []Result
	for i := range ps {
		p := &ps[i]
		best, matched := bestMatch(p.AllNames(), q)
		if best < 0 {
			continue
		}
		now := p.NameOn(d)
		label := now
		if matched != now {
			label += " (" + matched + ")"
		}
		r := Result{Label: label, Detail: "place", Place: p, At: p.Point(), rank: best}
		if now != p.Name && matched != p.Name {
			r.Today = p.Name
			r.Detail += ", today " + p.Name
		}
		if f := a.TerritoryAt(d, p.Point()); f != nil {
			r.Territory = f
			r.Detail += " — " + shortName(f.Name) + ", held by " + f.Controller.Name
		}
		out = append(out, r)
	}
	seen := map[string]bool{}
	for _, f := range a.Features() {
		if f.Kind != geodata.KindTerritory || seen[f.ID] {
			continue
		}
		seen[f.ID] = true
		var names []string
		for _, v := range a.History(f.ID) {
			names = append(names, v.AllNames()...)
		}
		best, matched := bestMatch(names, q)
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
		out = append(out, Result{Label: label, Detail: detail, ID: f.ID, Territory: v, At: f.Bound.Center(), rank: best + 1})
	}
	slices.SortStableFunc(out, func(x, y Result) int {
		if x.rank != y.rank {
			return x.rank - y.rank
		}
		return strings.Compare(x.Label, y.Label)
	})
	if len(out) > maxResults {
		out = out[:maxResults]
	}
	return out
}

// key folds a name for matching: lower case, without diacritics.
func key(s string) string { return strings.ToLower(ascii.Fold(s)) }

// bestMatch returns the best rank (see matchRank) of names for the folded
// query q and the first name with it; -1 when none matches.
func bestMatch(names []string, q string) (rank int, name string) {
	rank = -1
	for _, n := range names {
		if r := matchRank(n, q); r >= 0 && (rank < 0 || r < rank) {
			rank, name = r, n
		}
	}
	return rank, name
}

// matchRank says how well name matches the folded query q: 0 exact, 1
// prefix, 2 the prefix of a word, 3 elsewhere; -1 not at all.
func matchRank(name, q string) int {
	k := key(name)
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

// shortName is a name without its parenthesised detail: "Estonia (north:
// Tallinn, Narva)" gives "Estonia".
func shortName(name string) string {
	if i := strings.Index(name, " ("); i > 0 {
		return name[:i]
	}
	return name
}
