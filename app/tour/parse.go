package tour

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/geodata"
)

var (
	tourFields = []string{"title", "description", "author", "stops"}
	stopFields = []string{"date", "view", "layer", "topics", "overlays", "select", "title", "text", "sources"}
)

// Parse reads a tour file's bytes. name is the file name used in
// problems. It returns the tour, or a Problems error listing every
// problem found; it never panics.
func Parse(name string, data []byte) (*Tour, error) {
	if len(data) > MaxFileSize {
		return nil, Problems{{File: name, Msg: fmt.Sprintf("the file is over %d MiB: a tour is text and images are not part of it", MaxFileSize>>20)}}
	}
	if !utf8.Valid(data) {
		return nil, Problems{{File: name, Msg: "the file is not UTF-8 text: save it as UTF-8"}}
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		return nil, Problems{{File: name, Msg: jsonError(data, err)}}
	}
	if top == nil {
		return nil, Problems{{File: name, Msg: `the file is null: a tour is an object {"title": ..., "stops": [...]}`}}
	}
	p := &parser{file: name}
	t := &Tour{}
	p.unknown(top, tourFields, 0, "")
	t.Title = p.str(top, "title", true, 0, "", "the tour's title")
	t.Description = p.str(top, "description", false, 0, "", "")
	t.Author = p.str(top, "author", false, 0, "", "")
	raw, ok := top["stops"]
	var stops []json.RawMessage
	switch {
	case !ok:
		p.add(0, "", "stops", `missing: add "stops": [ ... ], a list of stops`)
	case json.Unmarshal(raw, &stops) != nil:
		p.add(0, "", "stops", "must be a list of stops [ {...}, ... ]")
	case len(stops) == 0:
		p.add(0, "", "stops", "is empty: a tour needs at least one stop")
	case len(stops) > MaxStops:
		p.add(0, "", "stops", fmt.Sprintf("has %d stops, more than the %d a tour may have: split the tour", len(stops), MaxStops))
		stops = nil
	}
	for i, rs := range stops {
		if s, ok := p.stop(i+1, rs); ok {
			t.Stops = append(t.Stops, s)
		}
	}
	if len(p.ps) > 0 {
		return nil, p.ps
	}
	return t, nil
}

type parser struct {
	file string
	ps   Problems
}

func (p *parser) add(stop int, title, field, msg string) {
	p.ps = append(p.ps, Problem{File: p.file, Item: stopItem(stop, title), Field: field, Msg: msg})
}

// unknown reports the members of obj not in known.
func (p *parser) unknown(obj map[string]json.RawMessage, known []string, stop int, title string) {
	var names []string
	for k := range obj {
		if !slices.Contains(known, k) {
			names = append(names, k)
		}
	}
	sort.Strings(names)
	for _, k := range names {
		p.add(stop, title, k, fmt.Sprintf("unknown field: the known ones are %s", strings.Join(known, ", ")))
	}
}

// str reads a string member; required ones must not be blank. what names
// the member in the message about a missing one.
func (p *parser) str(obj map[string]json.RawMessage, key string, required bool, stop int, title, what string) string {
	raw, ok := obj[key]
	if !ok {
		if required {
			p.add(stop, title, key, fmt.Sprintf("missing: add %s", what))
		}
		return ""
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil || bytes.Equal(bytes.TrimSpace(raw), []byte("null")) {
		p.add(stop, title, key, "must be a string in double quotes")
		return ""
	}
	if required && strings.TrimSpace(s) == "" {
		p.add(stop, title, key, fmt.Sprintf("is empty: write %s", what))
	}
	return s
}

// list reads an array of strings; allowed, when not nil, is what each
// element may be.
func (p *parser) list(obj map[string]json.RawMessage, key string, allowed []string, stop int, title string) []string {
	raw, ok := obj[key]
	if !ok {
		return nil
	}
	var l []string
	if err := json.Unmarshal(raw, &l); err != nil {
		p.add(stop, title, key, `must be a list of strings, e.g. ["a", "b"]`)
		return nil
	}
	seen := map[string]bool{}
	for _, s := range l {
		switch {
		case strings.TrimSpace(s) == "":
			p.add(stop, title, key, "has an empty entry: remove it")
		case allowed != nil && !slices.Contains(allowed, s):
			p.add(stop, title, key, fmt.Sprintf("%q is not one of %s", s, strings.Join(allowed, ", ")))
		case seen[s]:
			p.add(stop, title, key, fmt.Sprintf("%q is listed twice: remove one", s))
		}
		seen[s] = true
	}
	return l
}

func (p *parser) stop(n int, raw json.RawMessage) (Stop, bool) {
	before := len(p.ps)
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(raw, &obj); err != nil || obj == nil {
		p.add(n, "", "", `must be an object {"date": ..., "view": ..., "title": ..., "text": ...}`)
		return Stop{}, false
	}
	var s Stop
	// The title first: every other problem names it.
	var title string
	if json.Unmarshal(obj["title"], &title) != nil {
		title = ""
	}
	title = clip(title, 60)
	p.unknown(obj, stopFields, n, title)
	s.Title = p.str(obj, "title", true, n, title, "the stop's title")
	s.Text = p.str(obj, "text", false, n, title, "")
	if ds := p.str(obj, "date", true, n, title, `the day shown, e.g. "1942-05-26"`); ds != "" {
		d, msg := parseDay(ds)
		if msg != "" {
			p.add(n, title, "date", msg)
		}
		s.Date = d
	}
	s.View = p.view(obj, n, title)
	s.Layer = geodata.Control
	if ls := p.str(obj, "layer", false, n, title, ""); ls != "" {
		l, ok := geodata.ParseLayer(ls)
		if !ok {
			p.add(n, title, "layer", fmt.Sprintf(`%q is not a layer: write "control" or "sovereignty"`, ls))
		}
		s.Layer = l
	}
	s.Topics = p.list(obj, "topics", geodata.Topics, n, title)
	s.Overlays = p.list(obj, "overlays", Overlays, n, title)
	s.Select = p.list(obj, "select", nil, n, title)
	s.Sources = p.list(obj, "sources", nil, n, title)
	return s, len(p.ps) == before
}

func (p *parser) view(obj map[string]json.RawMessage, n int, title string) orb.Bound {
	raw, ok := obj["view"]
	if !ok {
		p.add(n, title, "view", "missing: add the bounding box shown, [west, south, east, north] in degrees")
		return orb.Bound{}
	}
	var v []float64
	if err := json.Unmarshal(raw, &v); err != nil || len(v) != 4 {
		p.add(n, title, "view", "must be four numbers [west, south, east, north] in degrees, e.g. [14, 48, 32, 60]")
		return orb.Bound{}
	}
	w, s, e, nn := v[0], v[1], v[2], v[3]
	bad := func(msg string) orb.Bound { p.add(n, title, "view", msg); return orb.Bound{} }
	for _, x := range v {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return bad("has a number that is not finite")
		}
	}
	switch {
	case w < -180 || w > 180 || e < -180 || e > 180:
		return bad(fmt.Sprintf("longitudes %g and %g must be within -180..180", w, e))
	case s < -90 || s > 90 || nn < -90 || nn > 90:
		return bad(fmt.Sprintf("latitudes %g and %g must be within -90..90", s, nn))
	case w >= e:
		return bad(fmt.Sprintf("west %g is not less than east %g: the order is [west, south, east, north]", w, e))
	case s >= nn:
		return bad(fmt.Sprintf("south %g is not less than north %g: the order is [west, south, east, north]", s, nn))
	}
	return orb.Bound{Min: orb.Point{w, s}, Max: orb.Point{e, nn}}
}

// parseDay parses an exact ISO day, or says what is wrong with it.
func parseDay(s string) (geodata.Day, string) {
	q := strconv.Quote(s)
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 0, q + `: write the day as YYYY-MM-DD, e.g. "1942-05-26"`
	}
	y, e1 := strconv.Atoi(s[:4])
	m, e2 := strconv.Atoi(s[5:7])
	d, e3 := strconv.Atoi(s[8:])
	if e1 != nil || e2 != nil || e3 != nil || y < 0 || m < 0 || d < 0 || strings.ContainsAny(s, "+ ") {
		return 0, q + `: write the day as YYYY-MM-DD, e.g. "1942-05-26"`
	}
	if m < 1 || m > 12 {
		return 0, fmt.Sprintf("%s: there is no month %d (months are 01 to 12)", q, m)
	}
	month := time.Month(m)
	dim := time.Date(y, month+1, 0, 0, 0, 0, 0, time.UTC).Day()
	if d < 1 || d > dim {
		if month == time.February {
			return 0, fmt.Sprintf("%s: February %d has %d days", q, y, dim)
		}
		return 0, fmt.Sprintf("%s: %s has %d days", q, month, dim)
	}
	return geodata.DayOf(time.Date(y, month, d, 0, 0, 0, 0, time.UTC)), ""
}

// jsonError says where the JSON is broken, by line and column.
func jsonError(data []byte, err error) string {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		line, col := position(data, se.Offset)
		return fmt.Sprintf("line %d, column %d: %v: the file is not valid JSON", line, col, se)
	case errors.As(err, &te):
		return `a tour is a JSON object {"title": ..., "stops": [...]}, not a ` + te.Value
	}
	return err.Error()
}

func position(data []byte, off int64) (line, col int) {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	line, col = 1, 1
	for _, b := range data[:max(0, off-1)] {
		if b == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return line, col
}

// clip shortens s to at most n runes, for messages.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
