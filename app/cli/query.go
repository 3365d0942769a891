package cli

// frontiers export, query and events: the data of a day, of a point and
// of a period, as JSON or text.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"math"
	"strconv"
	"strings"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"

	"github.com/frontiers-atlas/frontiers/geodata"
)

var exportCommand = command{
	name:    "export",
	summary: "print the territories valid on a day as GeoJSON",
	about:   "Print the territories valid on a day as a GeoJSON FeatureCollection, one feature a line, with their properties as in the data.",
	define: func(c *call) func() error {
		date := c.day("date", "print the territories of day `YYYY-MM-DD`", true)
		lay := c.layer("", `add the properties "holder" and "holder_cow": who holds each territory on layer `+"`control|sovereignty`")
		all := c.bool("all", "add the overlays (frontiers, spheres, bases...)")
		lang := c.lang()
		return func() error {
			a, err := c.atlas()
			if err != nil {
				return err
			}
			return writeStdout(writeGeoJSON(c.stdout, a, date.day, lay.given(), lay.layer, *all, *lang))
		}
	},
}

// writeGeoJSON writes the territories valid on day d (with all, every
// feature valid on d) as a GeoJSON FeatureCollection, one feature a line,
// each with its properties as read. With withHolder, territories get
// "holder" and "holder_cow": who holds them on layer l. With a lang, each
// gets "label": its name in lang (and "holder_label", the holder's).
func writeGeoJSON(w io.Writer, a *geodata.Atlas, d geodata.Day, withHolder bool, l geodata.Layer, all bool, lang string) error {
	type feature struct {
		Type       string            `json:"type"`
		ID         string            `json:"id"`
		Properties map[string]any    `json:"properties"`
		Geometry   *geojson.Geometry `json:"geometry"`
	}
	bw := bufio.NewWriter(w)
	head := fmt.Sprintf(`{"type":"FeatureCollection","date":%q,`, d.String())
	if withHolder {
		head += fmt.Sprintf(`"layer":%q,`, l.String())
	}
	bw.WriteString(head + `"features":[`)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	n := 0
	for _, f := range a.At(d) {
		if f.Kind != geodata.KindTerritory && !all {
			continue
		}
		props := make(map[string]any, len(f.Properties)+2)
		maps.Copy(props, f.Properties)
		if withHolder && f.Kind == geodata.KindTerritory {
			h := f.Holder(l)
			props["holder"] = h.Name
			props["holder_cow"] = cowCode(h)
			if lang != "" {
				props["holder_label"] = holderIn(h, d, lang)
			}
		}
		if lang != "" {
			props["label"] = nameIn(f, lang)
		}
		buf.Reset()
		if err := enc.Encode(feature{"Feature", f.ID, props, geojson.NewGeometry(f.Geometry)}); err != nil {
			return err
		}
		if n > 0 {
			bw.WriteByte(',')
		}
		bw.WriteByte('\n')
		bw.Write(bytes.TrimRight(buf.Bytes(), "\n"))
		n++
	}
	bw.WriteString("\n]}\n")
	return bw.Flush()
}

var queryCommand = command{
	name:    "query",
	summary: "print as JSON the territory at a point on a day",
	about: `Print as JSON (or with --text as lines of text) the territory at a point on a day, its history, its events and the properties of a foreign file that the format lacks ("extra"). "until" is exclusive: the first day the version no longer holds (null while open). ` +
		fmt.Sprintf("The bundled data answers from %s to %s.", geodata.First, geodata.Last),
	define: func(c *call) func() error {
		date := c.day("date", "answer for day `YYYY-MM-DD`", true)
		at := c.flag("at", "", "answer for the point `LAT,LON`, in decimal degrees, latitude first")
		c.need("at", "")
		lang := c.lang()
		near := c.flag("near", "10", "at sea, answer for the nearest territory within `KM` kilometres (0: none), with \"nearest_land\"")
		asText := c.bool("text", "print the details as lines of text (field: value) instead of JSON")
		var p orb.Point
		var nearKm float64
		c.check(func() (err error) {
			if p, err = parseLatLon(*at); err != nil {
				return usagef("--at %q: %v", *at, err)
			}
			if nearKm, err = strconv.ParseFloat(*near, 64); err != nil || nearKm < 0 || math.IsNaN(nearKm) || math.IsInf(nearKm, 0) {
				return usagef("--near %q: want a distance in kilometres, 0 or more", *near)
			}
			return nil
		})
		return func() error {
			d := date.day
			if *c.data == "" && (d < geodata.First || d > geodata.Last) {
				return fmt.Errorf("%s is outside the bundled data, %s to %s", d, geodata.First, geodata.Last)
			}
			a, err := c.atlas()
			if err != nil {
				return err
			}
			q := queryNear(a, d, p, nearKm, *lang)
			if q == nil {
				return fmt.Errorf("no territory at %.4f,%.4f on %s (at sea or outside the data)", p[1], p[0], d)
			}
			if *asText {
				return writeStdout(writeQueryText(c.stdout, q))
			}
			return writeStdout(writeIndentedJSON(c.stdout, q))
		}
	},
}

// queryResult is what `frontiers query` prints: what the details panel
// shows for the territory at a point on a day.
type queryResult struct {
	Date  string            `json:"date"`
	Lat   float64           `json:"lat"`
	Lon   float64           `json:"lon"`
	ID    string            `json:"id"`
	Name  string            `json:"name"`
	Names map[string]string `json:"names,omitempty"`
	// Label, ControllerLabel and SovereignLabel are the names in the
	// language of --lang (when given), English where there is none.
	Label           string `json:"label,omitempty"`
	ControllerLabel string `json:"controller_label,omitempty"`
	SovereignLabel  string `json:"sovereign_label,omitempty"`
	Controller      string `json:"controller"`
	ControllerCOW   *int   `json:"controller_cow"`
	Sovereign       string `json:"sovereign"`
	SovereignCOW    *int   `json:"sovereign_cow"`
	Status          string `json:"status"`
	// Since is the first day of the version (inclusive), Until the first
	// day it no longer holds (exclusive); nil when open.
	Since          *string        `json:"since"`
	Until          *string        `json:"until"`
	UntilExclusive bool           `json:"until_exclusive"`
	Source         string         `json:"source"`
	Note           string         `json:"note"`
	Approximate    bool           `json:"approximate"`
	Topics         []string       `json:"topics"`
	History        []queryVersion `json:"history"`
	Events         []queryEvent   `json:"events"`
	// NearestLand is set when the point is at sea and the result is the
	// nearest territory within --near kilometres.
	NearestLand *nearestLand `json:"nearest_land,omitempty"`
	// Extra are the properties of a foreign file that Frontiers' format
	// does not have (an OpenHistoricalMap tag, a CShapes field), as text.
	Extra map[string]string `json:"extra,omitempty"`
}

// nearestLand says that a point is at sea and how far the territory of
// the result is.
type nearestLand struct {
	AtSea      bool    `json:"at_sea"`
	ID         string  `json:"id"`
	Name       string  `json:"name"`
	DistanceKm float64 `json:"distance_km"`
}

// queryNear is query, and at sea the nearest territory within maxKm
// with NearestLand set; nil when there is none.
func queryNear(a *geodata.Atlas, d geodata.Day, p orb.Point, maxKm float64, lang string) *queryResult {
	if q := query(a, d, p, lang); q != nil {
		return q
	}
	f, km := a.NearestTerritory(d, p, maxKm)
	if f == nil {
		return nil
	}
	q := queryFeature(a, d, p, f, lang)
	q.NearestLand = &nearestLand{AtSea: true, ID: f.ID, Name: f.Name, DistanceKm: math.Round(km*100) / 100}
	return q
}

// queryVersion is one version of the territory, oldest first.
type queryVersion struct {
	Since         *string `json:"since"`
	Until         *string `json:"until"`
	Controller    string  `json:"controller"`
	ControllerCOW *int    `json:"controller_cow"`
	Sovereign     string  `json:"sovereign"`
	SovereignCOW  *int    `json:"sovereign_cow"`
	Status        string  `json:"status"`
	Source        string  `json:"source"`
	// Current marks the version valid on the queried day.
	Current bool `json:"current"`
}

// queryEvent is an event that names the territory.
type queryEvent struct {
	ID    string `json:"id"`
	Date  string `json:"date"`
	Title string `json:"title"`
}

// query returns what the details panel shows for the territory at p
// ({lon, lat}) on day d, or nil at sea or outside the data.
func query(a *geodata.Atlas, d geodata.Day, p orb.Point, lang string) *queryResult {
	f := a.TerritoryAt(d, p)
	if f == nil {
		return nil
	}
	return queryFeature(a, d, p, f, lang)
}

// queryFeature is what the details panel shows for territory f, found
// at p on day d, with its labels in lang when lang is not "".
func queryFeature(a *geodata.Atlas, d geodata.Day, p orb.Point, f *geodata.Feature, lang string) *queryResult {
	q := &queryResult{
		Date: d.String(), Lat: p[1], Lon: p[0],
		ID: f.ID, Name: f.Name, Names: f.Names,
		Controller: f.Controller.Name, ControllerCOW: cowCode(f.Controller),
		Sovereign: f.Sovereign.Name, SovereignCOW: cowCode(f.Sovereign),
		Status: f.Status,
		Since:  versionDate(f, "start_date", f.Start), Until: versionDate(f, "end_date", f.End), UntilExclusive: true,
		Source: f.Source, Note: f.Note, Approximate: f.Approximate,
		Topics:  append([]string{}, f.Topics...),
		History: []queryVersion{}, Events: []queryEvent{},
		Extra: f.Extra,
	}
	if lang != "" {
		q.Label = nameIn(f, lang)
		q.ControllerLabel, q.SovereignLabel = holderIn(f.Controller, d, lang), holderIn(f.Sovereign, d, lang)
	}
	for _, v := range a.History(f.ID) {
		q.History = append(q.History, queryVersion{
			Since: versionDate(v, "start_date", v.Start), Until: versionDate(v, "end_date", v.End),
			Controller: v.Controller.Name, ControllerCOW: cowCode(v.Controller),
			Sovereign: v.Sovereign.Name, SovereignCOW: cowCode(v.Sovereign),
			Status: v.Status, Source: v.Source, Current: v == f,
		})
	}
	for _, e := range a.EventsFor(f.ID) {
		q.Events = append(q.Events, queryEvent{ID: e.ID, Date: eventDate(e.Date), Title: e.Title})
	}
	return q
}

// cowCode returns a holder's COW code for JSON: null when it has none.
func cowCode(h geodata.Holder) *int {
	if h.COW == 0 {
		return nil
	}
	n := h.COW
	return &n
}

// versionDate returns a date as written in the data (the property's own
// text when there is one), or nil when open.
func versionDate(f *geodata.Feature, prop string, d geodata.Date) *string {
	if d.IsZero() {
		return nil
	}
	if s, ok := f.Properties[prop].(string); ok && s != "" {
		return &s
	}
	s := d.String()
	return &s
}

// eventDate formats an event's date as in the data, with a trailing ~
// when it is approximate ("1941-07~").
func eventDate(d geodata.Date) string {
	s := d.String()
	if d.Approx && !strings.HasSuffix(s, "~") {
		s += "~"
	}
	return s
}

var eventsCommand = command{
	name:    "events",
	summary: "list the events from one day to another",
	about:   "List the events from one day to another, both included; ~ marks an approximate date.",
	define: func(c *call) func() error {
		from, to := c.span(
			fmt.Sprintf("list from day `YYYY-MM-DD` (default %s for the bundled data, the first event for --data)", geodata.First),
			fmt.Sprintf("list to day `YYYY-MM-DD` (default %s for the bundled data, the last event for --data)", geodata.Last),
			false)
		asJSON := c.bool("json", "print JSON instead of a list")
		return func() error {
			lo, hi := geodata.Day(math.MinInt32), geodata.Day(math.MaxInt32)
			if *c.data == "" {
				lo, hi = geodata.First, geodata.Last
			}
			if from.given() {
				lo = from.day
			}
			if to.given() {
				hi = to.day
			}
			if lo > hi {
				return usagef("--from %s is after --to %s", lo, hi)
			}
			a, err := c.atlas()
			if err != nil {
				return err
			}
			evs := a.EventsBetween(lo, hi)
			if *asJSON {
				out := make([]eventJSON, 0, len(evs))
				for _, e := range evs {
					out = append(out, eventJSON{ID: e.ID, Date: eventDate(e.Date), Day: e.Date.Day.String(),
						Approximate: e.Date.Approx, Title: e.Title, Description: e.Description,
						Territories: append([]string{}, e.Territories...), Source: e.Source, DateNote: e.DateNote})
				}
				return writeStdout(writeIndentedJSON(c.stdout, out))
			}
			bw := bufio.NewWriter(c.stdout)
			for _, e := range evs {
				fmt.Fprintf(bw, "%-11s %s\n", eventDate(e.Date), e.Title)
			}
			return writeStdout(bw.Flush())
		}
	},
}

// eventJSON is an event as `frontiers events --json` prints it.
type eventJSON struct {
	ID   string `json:"id"`
	Date string `json:"date"`
	// Day is the day the event is filed under (the first day of a month
	// or year for a reduced-precision date).
	Day         string   `json:"day"`
	Approximate bool     `json:"approximate"`
	Title       string   `json:"title"`
	Description string   `json:"description"`
	Territories []string `json:"territories"`
	Source      string   `json:"source"`
	DateNote    string   `json:"date_note,omitempty"`
}

// writeIndentedJSON writes v indented, without escaping <, > and &.
func writeIndentedJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
