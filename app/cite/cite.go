// Package cite answers "what is this map based on, and how do I cite
// it?": the sources behind what the map shows on a day in a view, and a
// citation of Frontiers and its dataset, as text, BibTeX or CSL-JSON.
//
// The sources are, de-duplicated: the source of each feature version
// valid on the day whose geometry meets the view (territories and the
// overlays drawn over them), and the sources of the events that made
// those versions what they are that day (the events naming the feature
// from the version's first day to the day shown), plus the events of
// that very day that name no territory (an agreement such as that of
// 12 July 1941).
package cite

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/clip"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// The application cited.
const (
	AppName  = "Frontiers"
	AppTitle = "Frontiers: an atlas of Europe's borders day by day, 1939–1942"
	// Version is the application's version (FyneApp.toml); the bundled
	// dataset is versioned with it.
	Version = "0.1.0"
	// BundledName is the bundled dataset's name in citations.
	BundledName = "Frontiers bundled dataset"
)

// Dataset is the data a map was drawn from.
type Dataset struct {
	Name, Version string
}

// DatasetOf describes atlas a: the bundled data (Atlas.Name "bundled")
// as BundledName at Version, any other by its name with no version.
func DatasetOf(a *geodata.Atlas) Dataset {
	if a.Name == "bundled" {
		return Dataset{Name: BundledName, Version: Version}
	}
	return Dataset{Name: a.Name}
}

// Source is one source behind the map.
type Source struct {
	// Text is the source as the data gives it: a treaty, a decree, an
	// event, with its date.
	Text string
	// Date is the earliest day it stands behind on this map (a version's
	// first day or an event's date); zero for versions valid since
	// before the period (an open start).
	Date geodata.Date
	// Features and Events are the ids of the features and events it
	// stands behind, sorted.
	Features, Events []string
}

// Citation is the sources of one map and how to cite it.
type Citation struct {
	Day     geodata.Day
	Layer   geodata.Layer
	BBox    orb.Bound
	Dataset Dataset
	// Accessed is when the citation was made; Collect sets it to now.
	Accessed time.Time
	// Sources are sorted by date (undated first), then by text.
	Sources []Source
}

// Collect gathers the sources of the map of day d of a within bbox
// (longitude/latitude) on layer l.
func Collect(a *geodata.Atlas, d geodata.Day, l geodata.Layer, bbox orb.Bound) *Citation {
	c := &Citation{Day: d, Layer: l, BBox: bbox, Dataset: DatasetOf(a), Accessed: time.Now()}
	byText := map[string]*Source{}
	var order []string
	add := func(text string, date geodata.Date, feature, event string) {
		text = strings.TrimSpace(text)
		if text == "" {
			return
		}
		s, ok := byText[text]
		if !ok {
			s = &Source{Text: text, Date: date}
			byText[text] = s
			order = append(order, text)
		} else if earlier(date, s.Date) {
			s.Date = date
		}
		if feature != "" && !slices.Contains(s.Features, feature) {
			s.Features = append(s.Features, feature)
		}
		if event != "" && !slices.Contains(s.Events, event) {
			s.Events = append(s.Events, event)
		}
	}
	for _, f := range a.At(d) {
		if f.Kind == geodata.KindCity || !meets(f, bbox) {
			continue
		}
		add(f.Source, f.Start, f.ID, "")
		from := geodata.First
		if !f.Start.IsZero() {
			from = f.Start.Day
		}
		for _, e := range a.EventsFor(f.ID) {
			if e.Date.Day >= from && e.Date.Day <= d {
				add(e.Source, e.Date, f.ID, e.ID)
			}
		}
	}
	for _, e := range a.EventsBetween(d, d) {
		if len(e.Territories) == 0 {
			add(e.Source, e.Date, "", e.ID)
		}
	}
	for _, t := range order {
		s := byText[t]
		sort.Strings(s.Features)
		sort.Strings(s.Events)
		c.Sources = append(c.Sources, *s)
	}
	sort.SliceStable(c.Sources, func(i, j int) bool {
		a, b := c.Sources[i], c.Sources[j]
		if a.Date.Day != b.Date.Day || a.Date.IsZero() != b.Date.IsZero() {
			return earlier(a.Date, b.Date)
		}
		return a.Text < b.Text
	})
	return c
}

// earlier orders dates, the zero (open) date first.
func earlier(a, b geodata.Date) bool {
	if a.IsZero() || b.IsZero() {
		return a.IsZero() && !b.IsZero()
	}
	return a.Day < b.Day
}

// meets reports whether f's geometry meets bbox: its bound does and,
// for areas, some of it is left when clipped to bbox.
func meets(f *geodata.Feature, bbox orb.Bound) bool {
	if !f.Bound.Intersects(bbox) {
		return false
	}
	switch g := f.Geometry.(type) {
	case orb.Polygon:
		return len(clip.Polygon(bbox, g)) > 0
	case orb.MultiPolygon:
		return len(clip.MultiPolygon(bbox, g)) > 0
	case orb.LineString:
		return len(clip.LineString(bbox, g)) > 0
	case orb.MultiLineString:
		return len(clip.MultiLineString(bbox, g)) > 0
	case orb.Point:
		return bbox.Contains(g)
	case orb.MultiPoint:
		return len(clip.MultiPoint(bbox, g)) > 0
	}
	return true
}

// Format is a citation format.
type Format string

// The formats.
const (
	Text    Format = "text"
	BibTeX  Format = "bibtex"
	CSLJSON Format = "csl-json"
)

// Formats lists the formats, for help texts.
var Formats = []Format{Text, BibTeX, CSLJSON}

// ParseFormat parses a format name.
func ParseFormat(s string) (Format, bool) {
	f := Format(strings.ToLower(s))
	return f, slices.Contains(Formats, f)
}

// Write writes the citation in format f.
func (c *Citation) Write(w io.Writer, f Format) error {
	switch f {
	case Text:
		return c.writeText(w)
	case BibTeX:
		return c.writeBibTeX(w)
	case CSLJSON:
		return c.writeCSL(w)
	}
	return fmt.Errorf("unknown citation format %q: want text, bibtex or csl-json", f)
}

// Run writes the citation of the map of day d of a within bbox in the
// format named format: the run of `frontiers cite --date D [--bbox …]
// [--format text|bibtex|csl-json]` (the whole data's bound when the
// caller has no --bbox) and of Help → Cite this map.
func Run(w io.Writer, a *geodata.Atlas, d geodata.Day, l geodata.Layer, bbox orb.Bound, format string) error {
	f, ok := ParseFormat(format)
	if !ok {
		return fmt.Errorf("--format %q: want text, bibtex or csl-json", format)
	}
	return Collect(a, d, l, bbox).Write(w, f)
}

// mapLine describes the map: "map of 26 May 1942, control layer,
// 19°E–30.5°E, 53°N–60.5°N".
func (c *Citation) mapLine() string {
	return fmt.Sprintf("map of %s, %s layer, %s–%s, %s–%s", c.Day.Time().Format("2 January 2006"), c.Layer,
		geodata.Lon(c.BBox.Min[0], -1), geodata.Lon(c.BBox.Max[0], -1), geodata.Lat(c.BBox.Min[1], -1), geodata.Lat(c.BBox.Max[1], -1))
}

// datasetLine is "Frontiers bundled dataset, version 0.1.0".
func (c *Citation) datasetLine() string {
	if c.Dataset.Version == "" {
		return c.Dataset.Name
	}
	return c.Dataset.Name + ", version " + c.Dataset.Version
}
