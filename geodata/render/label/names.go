package label

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"regexp"
	"sort"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// The files LoadNames reads, relative to its file system.
const (
	HoldersFile = "names/holders.json"
	RegionsFile = "names/regions.json"
)

// RequiredLanguages are the languages every label and region must name
// itself in (beside English, the label's text).
var RequiredLanguages = []string{"de", "ru", "pl", "fi"}

// Open ends of a period: a label with no "from" is valid from Open, one with
// no "to" until Forever (exclusive).
const (
	Open    geodata.Day = math.MinInt32
	Forever geodata.Day = math.MaxInt32
)

// Names are the dated names of holders and regions (assets/names).
type Names struct {
	holders  []Holder
	regions  []Region
	byHolder map[string]*Holder
}

// Holder is how one holder string of the data (a controller or sovereign,
// e.g. "Germany (General Government)") is named on the map.
type Holder struct {
	// Holder is the string as the data spells it.
	Holder string `json:"holder"`
	// State is the state the holder's land counts for in totals
	// ("Germany" for every German occupation regime).
	State string `json:"state"`
	// Note says why the label was chosen, where that is a decision.
	Note string `json:"note,omitempty"`
	// Labels are the holder's names over time; their periods do not overlap.
	Labels []Dated `json:"labels"`
}

// Dated is a name valid over a period.
type Dated struct {
	// Text is the English label.
	Text string `json:"text"`
	// Short is an English abbreviation for where Text does not fit
	// (holders only; optional).
	Short string `json:"short,omitempty"`
	// Names are the label in other languages, by ISO 639-1 code.
	Names map[string]string `json:"names"`
	// From is the first day the name was in use, To the first day it no
	// longer was (ISO 8601 days; empty: open).
	From   string `json:"from,omitempty"`
	To     string `json:"to,omitempty"`
	Source string `json:"source"`

	// Start and End are From and To parsed (Open, Forever when empty).
	Start geodata.Day `json:"-"`
	End   geodata.Day `json:"-"`
}

// ValidOn reports whether the name was in use on day d.
func (n Dated) ValidOn(d geodata.Day) bool { return n.Start <= d && d < n.End }

// In returns the name in language lang ("" or "en": English), falling back
// to English.
func (n Dated) In(lang string) string {
	if s := n.Names[lang]; s != "" {
		return s
	}
	return n.Text
}

// Region is a second-tier label: a region a period atlas of the day prints.
type Region struct {
	Dated
	Lon float64 `json:"lon"`
	Lat float64 `json:"lat"`
}

// Candidate returns the tier-1 candidate that labels the region with its
// Text at pixel (x, y).
func (r Region) Candidate(x, y float64) Candidate {
	return Candidate{Text: r.Text, Tier: 1, X: x, Y: y, Lon: r.Lon, Lat: r.Lat, ID: "region:" + r.Text}
}

// LoadNames reads and validates HoldersFile and RegionsFile from fsys (the
// assets package's names). Every problem found is reported, each naming
// file, entry and field.
func LoadNames(fsys fs.FS) (*Names, error) {
	n := &Names{}
	var errs []error
	for _, f := range []struct {
		name string
		into any
	}{
		{HoldersFile, &struct {
			Note    string    `json:"note"`
			Holders *[]Holder `json:"holders"`
		}{Holders: &n.holders}},
		{RegionsFile, &struct {
			Note    string    `json:"note"`
			Regions *[]Region `json:"regions"`
		}{Regions: &n.regions}},
	} {
		data, err := fs.ReadFile(fsys, f.name)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.DisallowUnknownFields()
		if err := dec.Decode(f.into); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", f.name, err))
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	if err := n.validate(); err != nil {
		return nil, err
	}
	return n, nil
}

var langCode = regexp.MustCompile(`^[a-z]{2,3}$`)

// validate parses the dates and checks every entry, indexing the holders.
func (n *Names) validate() error {
	var errs []error
	bad := func(file, entry, field, format string, a ...any) {
		errs = append(errs, fmt.Errorf("%s: %s: %s: %s", file, entry, field, fmt.Sprintf(format, a...)))
	}
	n.byHolder = map[string]*Holder{}
	for i := range n.holders {
		h := &n.holders[i]
		entry := fmt.Sprintf("holders[%d] %q", i, h.Holder)
		if h.Holder == "" {
			bad(HoldersFile, entry, "holder", "missing")
		} else if n.byHolder[h.Holder] != nil {
			bad(HoldersFile, entry, "holder", "defined twice")
		} else {
			n.byHolder[h.Holder] = h
		}
		if h.State == "" {
			bad(HoldersFile, entry, "state", "missing")
		}
		if len(h.Labels) == 0 {
			bad(HoldersFile, entry, "labels", "none")
		}
		for j := range h.Labels {
			checkDated(&h.Labels[j], HoldersFile, entry, fmt.Sprintf("labels[%d].", j), bad)
		}
		sort.SliceStable(h.Labels, func(a, b int) bool { return h.Labels[a].Start < h.Labels[b].Start })
		for j := 1; j < len(h.Labels); j++ {
			if h.Labels[j].Start < h.Labels[j-1].End {
				bad(HoldersFile, entry, "labels", "%q (from %s) overlaps %q (to %s)",
					h.Labels[j].Text, h.Labels[j].From, h.Labels[j-1].Text, h.Labels[j-1].To)
			}
		}
	}
	for i := range n.regions {
		r := &n.regions[i]
		entry := fmt.Sprintf("regions[%d] %q", i, r.Text)
		checkDated(&r.Dated, RegionsFile, entry, "", bad)
		if !(r.Lon >= -180 && r.Lon <= 180) || r.Lon == 0 && r.Lat == 0 {
			bad(RegionsFile, entry, "lon", "%v is not a longitude (or lon and lat are missing)", r.Lon)
		}
		if !(r.Lat >= -90 && r.Lat <= 90) {
			bad(RegionsFile, entry, "lat", "%v is not a latitude", r.Lat)
		}
		for j := 0; j < i; j++ {
			o := &n.regions[j]
			if o.Text == r.Text && r.Start < o.End && o.Start < r.End {
				bad(RegionsFile, entry, "from", "overlaps regions[%d] of the same text", j)
			}
		}
	}
	return errors.Join(errs...)
}

// checkDated parses d's dates and checks its fields; prefix is put before
// field names in messages.
func checkDated(d *Dated, file, entry, prefix string, bad func(file, entry, field, format string, a ...any)) {
	if d.Text == "" {
		bad(file, entry, prefix+"text", "missing")
	}
	if d.Source == "" {
		bad(file, entry, prefix+"source", "missing")
	}
	d.Start, d.End = Open, Forever
	if d.From != "" {
		day, err := geodata.ParseDay(d.From)
		if err != nil {
			bad(file, entry, prefix+"from", "%v", err)
		}
		d.Start = day
	}
	if d.To != "" {
		day, err := geodata.ParseDay(d.To)
		if err != nil {
			bad(file, entry, prefix+"to", "%v", err)
		}
		d.End = day
	}
	if d.Start >= d.End {
		bad(file, entry, prefix+"to", "%s is not after from %s", d.To, d.From)
	}
	for _, l := range RequiredLanguages {
		if d.Names[l] == "" {
			bad(file, entry, prefix+"names."+l, "missing")
		}
	}
	for l, s := range d.Names {
		if !langCode.MatchString(l) {
			bad(file, entry, prefix+"names", "%q is not a language code", l)
		}
		if s == "" {
			bad(file, entry, prefix+"names."+l, "empty")
		}
	}
}

// AllHolders returns every holder entry, in file order.
func (n *Names) AllHolders() []Holder { return n.holders }

// AllRegions returns every region entry, in file order.
func (n *Names) AllRegions() []Region { return n.regions }

// Holder returns the entry of a holder string, or nil.
func (n *Names) Holder(holder string) *Holder { return n.byHolder[holder] }

// HolderShort returns the abbreviation of holder's label on day d ("" when
// it has none, or when lang is neither "" nor "en": abbreviations are
// English).
func (n *Names) HolderShort(holder string, d geodata.Day, lang string) string {
	h := n.byHolder[holder]
	if h == nil || (lang != "" && lang != "en") {
		return ""
	}
	for _, l := range h.Labels {
		if l.ValidOn(d) {
			return l.Short
		}
	}
	return ""
}

// HolderLabel returns the label of holder on day d in language lang ("" or
// "en": English; a language it has no name in falls back to English), and
// false when the holder is unknown or had no name that day.
func (n *Names) HolderLabel(holder string, d geodata.Day, lang string) (string, bool) {
	h := n.byHolder[holder]
	if h == nil {
		return "", false
	}
	for _, l := range h.Labels {
		if l.ValidOn(d) {
			return l.In(lang), true
		}
	}
	return "", false
}

// StateOf returns the state holder's land counts for in totals; an unknown
// holder counts for itself.
func (n *Names) StateOf(holder string) string {
	if h := n.byHolder[holder]; h != nil {
		return h.State
	}
	return holder
}

// Regions returns the regions whose name was in use on day d, named in lang
// (Text holds the name in lang), in file order.
func (n *Names) Regions(d geodata.Day, lang string) []Region {
	var out []Region
	for _, r := range n.regions {
		if r.ValidOn(d) {
			r.Text = r.In(lang)
			out = append(out, r)
		}
	}
	return out
}

// AreaCandidates returns the tier-0 candidates of areas on day d in lang:
// each area labelled with its holder's label of that day. An area whose
// holder had no label that day gets none (nothing is labelled with a name
// it did not bear).
func (n *Names) AreaCandidates(areas []Area, d geodata.Day, lang string) []Candidate {
	out := make([]Candidate, 0, len(areas))
	for _, a := range areas {
		if text, ok := n.HolderLabel(a.Holder, d, lang); ok {
			c := a.Candidate(text)
			c.Short = n.HolderShort(a.Holder, d, lang)
			out = append(out, c)
		} else if n.byHolder[a.Holder] == nil && a.Holder != "" {
			// A holder the names do not know (a dataset of the user's
			// own) is labelled with its own name.
			out = append(out, a.Candidate(a.Holder))
		}
	}
	return out
}
