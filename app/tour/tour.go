package tour

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"

	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/internal/atomicfile"
	"github.com/frontiers-atlas/frontiers/internal/problem"
)

// Limits of a tour file.
const (
	// MaxFileSize is the largest tour file read, in bytes.
	MaxFileSize = 4 << 20
	// MaxStops is the most stops a tour may have.
	MaxStops = 500
)

// Overlays lists the overlay kinds a stop may turn on.
var Overlays = []string{geodata.KindFrontier, geodata.KindSphere, geodata.KindBase, geodata.KindPassage}

// Tour is a guided tour: a title and a sequence of stops.
type Tour struct {
	Title       string
	Description string
	Author      string
	Stops       []Stop
}

// Stop is one stop of a tour: what the map shows and what is said there.
type Stop struct {
	// Date is the day the map shows.
	Date geodata.Day
	// View is the bounding box shown, in longitude/latitude.
	View  orb.Bound
	Layer geodata.Layer
	// Topics are the highlights on ("baltic", ...), Overlays the overlay
	// kinds drawn ("frontier", ...).
	Topics, Overlays []string
	// Select are the ids of the territories selected, the first shown in
	// the details panel; none selects nothing.
	Select  []string
	Title   string
	Text    string
	Sources []string
}

// wire is a stop as written in the file.
type wireStop struct {
	Date     string     `json:"date"`
	View     [4]float64 `json:"view"`
	Layer    string     `json:"layer"`
	Topics   []string   `json:"topics,omitempty"`
	Overlays []string   `json:"overlays,omitempty"`
	Select   []string   `json:"select,omitempty"`
	Title    string     `json:"title"`
	Text     string     `json:"text"`
	Sources  []string   `json:"sources,omitempty"`
}

type wireTour struct {
	Title       string     `json:"title"`
	Description string     `json:"description,omitempty"`
	Author      string     `json:"author,omitempty"`
	Stops       []wireStop `json:"stops"`
}

// Marshal returns the tour as an indented JSON file in the documented
// format, ending in a newline.
func (t *Tour) Marshal() ([]byte, error) {
	w := wireTour{Title: t.Title, Description: t.Description, Author: t.Author, Stops: make([]wireStop, len(t.Stops))}
	for i, s := range t.Stops {
		w.Stops[i] = wireStop{
			Date:     s.Date.String(),
			View:     [4]float64{s.View.Min[0], s.View.Min[1], s.View.Max[0], s.View.Max[1]},
			Layer:    s.Layer.String(),
			Topics:   s.Topics,
			Overlays: s.Overlays,
			Select:   s.Select,
			Title:    s.Title,
			Text:     s.Text,
			Sources:  s.Sources,
		}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(w); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// Load reads and validates the tour file at path. Problems are named by
// the file's base name.
func Load(path string) (*Tour, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Base(path), err)
	}
	return Parse(filepath.Base(path), data)
}

// Save validates t and writes it to path atomically: to a temporary file
// beside it, synced, then renamed over path, so that a failed save leaves
// the previous file whole. name is the file name used in problems.
func Save(path string, t *Tour) error {
	if err := t.Validate(filepath.Base(path)); err != nil {
		return err
	}
	data, err := t.Marshal()
	if err != nil {
		return err
	}
	return atomicfile.Write(path, func(w io.Writer) error { _, err := w.Write(data); return err })
}

// Append adds s as the last stop, e.g. "Save current view as a stop".
func (t *Tour) Append(s Stop) { t.Stops = append(t.Stops, s) }

// Validate checks a tour made in memory (e.g. by Append) as Parse checks
// a file: it returns Problems naming file name, or nil.
func (t *Tour) Validate(name string) error {
	data, err := t.Marshal()
	if err != nil {
		return err
	}
	_, err = Parse(name, data)
	return err
}

// Check holds a valid tour against atlas a: every stop's date within the
// days the atlas covers (geodata.First to geodata.Last), and every
// selected territory known to the atlas and on its map on the stop's
// date. name is the file name used in problems.
func (t *Tour) Check(name string, a *geodata.Atlas) error {
	var ps Problems
	for i, s := range t.Stops {
		add := func(field, format string, args ...any) {
			ps.Add(name, stopItem(i+1, s.Title), field, format, args...)
		}
		if s.Date < geodata.First || s.Date > geodata.Last {
			add("date", "%s is outside the data, which covers %s to %s: choose a day in it", s.Date, geodata.First, geodata.Last)
		}
		for _, id := range s.Select {
			if len(a.History(id)) == 0 {
				add("select", "%q is not a territory of %s: use an id from the data (frontiers query shows them)", id, a.Name)
			} else if a.Version(id, s.Date) == nil {
				add("select", "%q is not on the map on %s: remove it or change the date", id, s.Date)
			}
		}
	}
	return ps.Err()
}

// Problem is one thing wrong in a tour, located by file, stop (its Item,
// e.g. `stop 3 ("Barbarossa")`; empty for the tour as a whole) and field,
// e.g. `tour.json: stop 3 ("Barbarossa"): date: "1941-06-31": June has 30
// days`.
type Problem = problem.Problem

// Problems is every problem found in a tour, one a line. It is an error.
type Problems = problem.List

// stopItem names stop n (from 1) by its title, if it has one, for a
// Problem; stop 0 is the tour as a whole: "".
func stopItem(n int, title string) string {
	if n == 0 {
		return ""
	}
	if title != "" {
		title = strconv.Quote(title)
	}
	return problem.Numbered("stop", n, title)
}

// NewStop returns a stop showing what the map shows now, for "Save
// current view as a stop": the lists are copied, the title is the day
// in words (to be edited), and there is no text or source yet.
func NewStop(d geodata.Day, view orb.Bound, l geodata.Layer, topics, overlays []string, selected string) Stop {
	s := Stop{
		Date: d, View: view, Layer: l,
		Topics:   append([]string(nil), topics...),
		Overlays: append([]string(nil), overlays...),
		Title:    d.Time().Format("2 January 2006"),
	}
	if selected != "" {
		s.Select = []string{selected}
	}
	return s
}
