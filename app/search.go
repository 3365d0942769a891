package app

// The places gazetteer: a small list of places with the names they bore
// by date (places.json, written for Frontiers from general knowledge),
// searched by the window's Find box (app/ui).

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"sync"

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
