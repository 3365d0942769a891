// Package register is the dated register of places: towns and villages
// with their positions and, for each, the days it changed hands in
// 1939–1942, every change with its source. The fronts of the atlas are
// derived from it (each place's cell takes its place's controller); the
// details panel and `query` quote its entries.
//
// # File format
//
// A register is a folder of JSON files, one per campaign zone
// (assets/register/<zone>.json). Each file is one object:
//
//	zone     string, required: the zone's id, e.g. "west-1940"; the file
//	         is named after it ("west-1940.json").
//	title    string, required: the zone's name in English.
//	start    day, required: the first day the register covers (inclusive).
//	end      day, required: the first day it no longer covers (exclusive).
//	sources  object, required: short keys to the works cited, e.g.
//	         {"ZN": "Earl F. Ziemke, The German Northern Theater of
//	         Operations 1940–1945 (1959)"}.
//	places   array, required: the places, each an object:
//
//	  id        string, required: lower case letters, digits and "-",
//	            unique across every zone of the register.
//	  name      string, required: the place's name in English.
//	  names     object, optional: other names by language, {"no": "Trondheim"}.
//	  lat, lon  numbers, required: the position in degrees (WGS 84),
//	            latitude in [-90, 90], longitude in [-180, 180].
//	  initial   string, required: the state that held the place when the
//	            zone opens, before any change dated on its start day.
//	  note      string, optional: what the reader should know about the
//	            place as a whole (a siege, a garrison the register does not
//	            follow further).
//	  changes   array, optional: the changes of hands, oldest first, each:
//
//	    date       day, required: the first day the new holder held the
//	               place, inside the zone's [start, end).
//	    to         string, required: the state that took it; it must differ
//	               from the holder before.
//	    by         string, optional: the force or act that took it
//	               ("Gruppe 2 (Admiral Hipper, 138th Mountain Regiment)").
//	    source     string, required: one or more citations separated by
//	               "; ", each beginning with a key of sources followed by a
//	               space, a comma or nothing ("ZN ch. 3", "PF1, Compass").
//	    precision  string, optional: "day" (the default: the day is known)
//	               or "approximate" (the day is the best estimate; say why
//	               in note).
//	    note       string, optional: what the reader should know.
//	    date_note  string, optional: where sources differ on the date.
//
// Days are ISO 8601 (1940-04-09). Holders ("initial", "to") are plain
// state names, the part of a dataset holder before " (": "Germany",
// "Soviet Union", "Finland", "Italy", "United Kingdom", "Poland"; States
// lists the names accepted. A place is held by its initial holder from
// the zone's start (unless a change is dated on that day), by each
// change's holder from its date until the next change, and the register
// says nothing about it outside [start, end).
//
// Unknown fields are errors, so that a misspelt field is not silently
// ignored. Every problem names the file, the place (index and id) and the
// field, and says what to do.
package register

import (
	"sort"
	"strings"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/internal/problem"
)

// The precisions of a change's date.
const (
	PrecisionDay         = "day"
	PrecisionApproximate = "approximate"
)

// Register is every zone's places, indexed by place id.
type Register struct {
	zones  []*Zone
	places []*Place
	byID   map[string]*Place
}

// Zone is one campaign's file of the register.
type Zone struct {
	ID    string
	Title string
	// File is the name the zone was decoded from.
	File string
	// Start is the first day the zone covers, End the first day it no
	// longer does.
	Start, End geodata.Day
	// Sources maps the citation keys to the works cited.
	Sources map[string]string
	Places  []*Place
}

// Place is a town or village and the days it changed hands.
type Place struct {
	ID    string
	Name  string
	Names map[string]string
	// Lat and Lon are the position in degrees.
	Lat, Lon float64
	// Initial is the holder when the zone opens, before any change dated
	// on its start day.
	Initial string
	// Changes are oldest first, their dates strictly increasing.
	Changes []Change
	// Note is what the reader should know about the place as a whole.
	Note string
	// Zone is the zone the place belongs to; Index is its position there.
	Zone  *Zone
	Index int
}

// Change is one change of hands of a place.
type Change struct {
	// Date is the first day To held the place.
	Date geodata.Day
	// From is the holder before the change (filled in by Decode).
	From string
	To   string
	By   string
	// Source is one or more citations separated by "; ", each beginning
	// with a key of the zone's Sources.
	Source string
	// Precision is PrecisionDay or PrecisionApproximate.
	Precision string
	Note      string
	DateNote  string
}

// Approximate reports whether the change's day is only an estimate.
func (c Change) Approximate() bool { return c.Precision == PrecisionApproximate }

// New indexes zones into a register. It checks what no single file shows:
// a place id used in two zones, or two zones of one id.
func New(zones ...*Zone) (*Register, error) {
	r := &Register{byID: map[string]*Place{}}
	var probs geodata.Problems
	zoneFile := map[string]string{}
	for _, z := range zones {
		if f, ok := zoneFile[z.ID]; ok {
			probs.Add(z.File, "", "", "zone %q is also the zone of %s; give each file its own zone id", z.ID, f)
		} else {
			zoneFile[z.ID] = z.File
		}
		r.zones = append(r.zones, z)
		for _, p := range z.Places {
			if q, ok := r.byID[p.ID]; ok {
				probs.Add(z.File, problem.Numbered("place", p.Index, p.ID), "id",
					"%q is also place %d of %s; ids must be unique across zones (rename one, e.g. %q)", p.ID, q.Index, q.Zone.File, p.ID+"-"+z.ID)
				continue
			}
			r.byID[p.ID] = p
			r.places = append(r.places, p)
		}
	}
	if len(probs) > 0 {
		return nil, probs
	}
	return r, nil
}

// Zones returns the zones in the order they were read.
func (r *Register) Zones() []*Zone { return r.zones }

// Zone returns the zone of an id, or nil.
func (r *Register) Zone(id string) *Zone {
	for _, z := range r.zones {
		if z.ID == id {
			return z
		}
	}
	return nil
}

// Covers reports whether day d is inside the zone's [Start, End).
func (z *Zone) Covers(d geodata.Day) bool { return d >= z.Start && d < z.End }

// Places returns every place, zone by zone in file order.
func (r *Register) Places() []*Place { return r.places }

// Place returns the place of an id, or nil.
func (r *Register) Place(id string) *Place { return r.byID[id] }

// Controller returns the holder of a place on day d; ok is false when the
// place is unknown or d is outside its zone's [Start, End).
func (r *Register) Controller(placeID string, d geodata.Day) (holder string, ok bool) {
	p := r.byID[placeID]
	if p == nil {
		return "", false
	}
	return p.ControllerOn(d)
}

// Entries returns the register entries behind a place's state on day d:
// every change of the place up to and including d, oldest first (empty
// when the place has held by its initial holder since the zone's start).
// It is nil when the place is unknown or d is outside its zone.
func (r *Register) Entries(placeID string, d geodata.Day) []Change {
	p := r.byID[placeID]
	if p == nil || !p.Zone.Covers(d) {
		return nil
	}
	return p.ChangesUntil(d)
}

// ControllerOn returns the place's holder on day d; ok is false when d is
// outside its zone's [Start, End).
func (p *Place) ControllerOn(d geodata.Day) (string, bool) {
	if !p.Zone.Covers(d) {
		return "", false
	}
	h := p.Initial
	for _, c := range p.Changes {
		if c.Date > d {
			break
		}
		h = c.To
	}
	return h, true
}

// ChangesUntil returns the place's changes dated on or before d.
func (p *Place) ChangesUntil(d geodata.Day) []Change {
	n := sort.Search(len(p.Changes), func(i int) bool { return p.Changes[i].Date > d })
	return p.Changes[:n:n]
}

// Format tells a place's entries in words, for the details panel and
// `query`:
//
//	Klin: taken by 3rd Panzer Group (Germany) 23 Nov 1941 (EZ ch. 9); retaken by 30th Army (Soviet Union) 15 Dec 1941 (EZ ch. 10)
//
// A change is "taken" the first time its holder takes the place, and
// "retaken" when that holder had held it before (initially or by an
// earlier change). "by ..." is left out when the change names no force,
// an approximate day reads "c. 23 Nov 1941", and with no entries the
// place is "held by" its initial holder.
func Format(p *Place, entries []Change) string {
	var b strings.Builder
	b.WriteString(p.Name + ": ")
	if len(entries) == 0 {
		b.WriteString("held by " + p.Initial)
		return b.String()
	}
	held := map[string]bool{p.Initial: true}
	for _, c := range p.Changes {
		if c.Date >= entries[0].Date {
			break
		}
		held[c.To] = true
	}
	for i, c := range entries {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(FormatChange(c, held[c.To]))
		held[c.To] = true
	}
	return b.String()
}

// FormatChange tells one change in words: "taken by 3rd Panzer Group
// (Germany) 23 Nov 1941 (EZ ch. 9)", or "retaken ..." when again is set.
func FormatChange(c Change, again bool) string {
	verb := "taken"
	if again {
		verb = "retaken"
	}
	var b strings.Builder
	b.WriteString(verb)
	if c.By != "" {
		b.WriteString(" by " + c.By + " (" + c.To + ")")
	} else {
		b.WriteString(" for " + c.To)
	}
	b.WriteString(" ")
	if c.Approximate() {
		b.WriteString("c. ")
	}
	b.WriteString(c.Date.Time().Format("2 Jan 2006"))
	if c.Source != "" {
		b.WriteString(" (" + c.Source + ")")
	}
	return b.String()
}
