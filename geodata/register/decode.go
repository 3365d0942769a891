package register

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"path"
	"reflect"
	"regexp"
	"sort"
	"strings"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/internal/problem"
)

// MaxFileSize is the largest register file Load reads.
const MaxFileSize = 8 << 20

// rawZone is a file as written; places are decoded one by one so that a
// problem names its place.
type rawZone struct {
	Zone    *string           `json:"zone"`
	Title   *string           `json:"title"`
	Start   *string           `json:"start"`
	End     *string           `json:"end"`
	Sources map[string]string `json:"sources"`
	Places  []json.RawMessage `json:"places"`
}

type rawPlace struct {
	ID      string            `json:"id"`
	Name    string            `json:"name"`
	Names   map[string]string `json:"names"`
	Lat     *float64          `json:"lat"`
	Lon     *float64          `json:"lon"`
	Initial string            `json:"initial"`
	Changes []rawChange       `json:"changes"`
	Note    string            `json:"note"`
}

type rawChange struct {
	Date      string `json:"date"`
	To        string `json:"to"`
	By        string `json:"by"`
	Source    string `json:"source"`
	Precision string `json:"precision"`
	Note      string `json:"note"`
	DateNote  string `json:"date_note"`
}

var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// Load reads every *.json file of dir in fsys (in name order) and indexes
// them into one register. All the problems of all the files are returned
// together, as geodata.Problems.
func Load(fsys fs.FS, dir string) (*Register, error) {
	names, err := fs.Glob(fsys, path.Join(dir, "*.json"))
	if err != nil {
		return nil, geodata.Problems{{File: dir, Msg: "cannot list: " + err.Error()}}
	}
	if len(names) == 0 {
		return nil, geodata.Problems{{File: dir, Msg: "has no .json register files; add one per zone (e.g. west-1940.json)"}}
	}
	sort.Strings(names)
	var probs geodata.Problems
	var zones []*Zone
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			probs = append(probs, geodata.Problem{File: name, Msg: "cannot read: " + err.Error()})
			continue
		}
		z, err := Decode(name, data)
		if err != nil {
			probs = append(probs, asProblems(name, err)...)
			continue
		}
		zones = append(zones, z)
	}
	if len(probs) > 0 {
		return nil, probs
	}
	return New(zones...)
}

func asProblems(name string, err error) geodata.Problems {
	var ps geodata.Problems
	if errors.As(err, &ps) {
		return ps
	}
	return geodata.Problems{{File: name, Msg: err.Error()}}
}

// Decode reads one zone file; name is the file's name in problems. It
// checks everything the format (see the package doc) asks of one file.
func Decode(name string, data []byte) (*Zone, error) {
	file := func(msg string, args ...any) error {
		return geodata.Problems{{File: name, Msg: fmt.Sprintf(msg, args...)}}
	}
	if len(data) > MaxFileSize {
		return nil, file("%d bytes is more than the %d a register file may have; split the zone", len(data), MaxFileSize)
	}
	var rz rawZone
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&rz); err != nil {
		return nil, file("%s", jsonErr(err, "the zone object"))
	}
	if dec.More() {
		return nil, file("has more after the zone object; a file holds one object")
	}
	var probs geodata.Problems
	top := func(field, msg string, args ...any) {
		probs.Add(name, "", field, msg, args...)
	}
	z := &Zone{File: name, Sources: rz.Sources}
	switch {
	case rz.Zone == nil || *rz.Zone == "":
		top("zone", "is missing; give the zone's id, e.g. \"west-1940\"")
	case !idPattern.MatchString(*rz.Zone):
		top("zone", "%q is not an id (lower case letters, digits and \"-\")", *rz.Zone)
	default:
		z.ID = *rz.Zone
	}
	if rz.Title == nil || strings.TrimSpace(*rz.Title) == "" {
		top("title", "is missing; give the zone's name in English")
	} else {
		z.Title = *rz.Title
	}
	day := func(field string, s *string) (geodata.Day, bool) {
		if s == nil {
			top(field, "is missing; give a day as YYYY-MM-DD")
			return 0, false
		}
		d, err := geodata.ParseDay(*s)
		if err != nil {
			top(field, "%v", err)
			return 0, false
		}
		return d, true
	}
	var okStart, okEnd bool
	z.Start, okStart = day("start", rz.Start)
	z.End, okEnd = day("end", rz.End)
	if okStart && okEnd && z.End <= z.Start {
		top("end", "%s is not after start %s; end is the first day the zone no longer covers", z.End, z.Start)
		okEnd = false
	}
	if len(rz.Sources) == 0 {
		top("sources", "is missing or empty; list the works cited by key, e.g. {\"ZN\": \"Ziemke, The German Northern Theater (1959)\"}")
	}
	for k, v := range rz.Sources {
		if strings.TrimSpace(k) == "" || strings.ContainsAny(k, " ;") {
			top("sources", "key %q is not a key; use a short word without spaces or \";\"", k)
		}
		if strings.TrimSpace(v) == "" {
			top("sources."+k, "is empty; give the work's author, title and year")
		}
	}
	if rz.Places == nil {
		top("places", "is missing; give an array of places")
	}
	seen := map[string]int{}
	for i, raw := range rz.Places {
		p, ps := decodePlace(name, z, i, raw, okStart && okEnd)
		probs = append(probs, ps...)
		if p == nil {
			continue
		}
		if j, ok := seen[p.ID]; ok {
			probs.Add(name, problem.Numbered("place", i, p.ID), "id", "%q is also place %d; give each place its own id", p.ID, j)
			continue
		}
		seen[p.ID] = i
		z.Places = append(z.Places, p)
	}
	if len(probs) > 0 {
		return nil, probs
	}
	return z, nil
}

// decodePlace decodes and checks place i; datesOK says whether the zone's
// start and end are known, so that change dates can be checked.
func decodePlace(file string, z *Zone, i int, raw json.RawMessage, datesOK bool) (*Place, geodata.Problems) {
	var rp rawPlace
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&rp); err != nil {
		// Name the place if its id can be read at all.
		var named struct {
			ID any `json:"id"`
		}
		_ = json.Unmarshal(raw, &named)
		id, _ := named.ID.(string)
		return nil, geodata.Problems{{File: file, Item: problem.Numbered("place", i, id), Msg: jsonErr(err, "a place")}}
	}
	var probs geodata.Problems
	bad := func(field, msg string, args ...any) {
		probs.Add(file, problem.Numbered("place", i, rp.ID), field, msg, args...)
	}
	switch {
	case rp.ID == "":
		bad("id", "is missing; give an id of lower case letters, digits and \"-\" (e.g. \"trondheim\")")
	case !idPattern.MatchString(rp.ID):
		bad("id", "%q is not an id; use lower case letters, digits and \"-\" (e.g. \"trondheim\")", rp.ID)
	}
	if strings.TrimSpace(rp.Name) == "" {
		bad("name", "is missing; give the place's name in English")
	}
	for lang, n := range rp.Names {
		if strings.TrimSpace(n) == "" {
			bad("names."+lang, "is empty; give the name or leave the language out")
		}
	}
	coord := func(field string, v *float64, limit float64) float64 {
		switch {
		case v == nil:
			bad(field, "is missing; give the position in degrees")
		case math.IsNaN(*v) || math.Abs(*v) > limit:
			bad(field, "%v is out of range [-%v, %v]; give degrees (WGS 84), latitude first", *v, limit, limit)
		default:
			return *v
		}
		return 0
	}
	p := &Place{ID: rp.ID, Name: rp.Name, Names: rp.Names, Initial: rp.Initial, Note: rp.Note, Zone: z, Index: i}
	p.Lat = coord("lat", rp.Lat, 90)
	p.Lon = coord("lon", rp.Lon, 180)
	if rp.Initial == "" {
		bad("initial", "is missing; give the state that held the place when the zone opens")
	} else if !IsState(rp.Initial) {
		bad("initial", "%s", unknownState(rp.Initial))
	}
	prev := rp.Initial
	var prevDay geodata.Day
	for j, rc := range rp.Changes {
		f := fmt.Sprintf("changes[%d].", j)
		c := Change{From: prev, To: rc.To, By: rc.By, Source: rc.Source, Precision: rc.Precision, Note: rc.Note, DateNote: rc.DateNote}
		d, err := geodata.ParseDay(rc.Date)
		switch {
		case rc.Date == "":
			bad(f+"date", "is missing; give the first day the new holder held the place (YYYY-MM-DD)")
		case err != nil:
			bad(f+"date", "%v", err)
		default:
			c.Date = d
			if datesOK && (d < z.Start || d >= z.End) {
				bad(f+"date", "%s is outside the zone's [%s, %s); move the place to the zone of that day or fix the date", d, z.Start, z.End)
			}
			if j > 0 && d <= prevDay {
				bad(f+"date", "%s is not after the change before (%s); list changes oldest first, one per day", d, prevDay)
			}
			prevDay = d
		}
		switch {
		case rc.To == "":
			bad(f+"to", "is missing; give the state that took the place")
		case !IsState(rc.To):
			bad(f+"to", "%s", unknownState(rc.To))
		case rc.To == prev:
			bad(f+"to", "%q already held the place; a change must change the holder (drop it or fix \"to\")", rc.To)
		}
		if strings.TrimSpace(rc.Source) == "" {
			bad(f+"source", "is missing; cite the work behind the change, beginning with a key of sources (%s)", keys(z.Sources))
		} else {
			for _, cite := range strings.Split(rc.Source, "; ") {
				key := strings.TrimSpace(cite)
				if k := strings.IndexAny(key, " ,"); k >= 0 {
					key = key[:k]
				}
				if _, ok := z.Sources[key]; !ok {
					bad(f+"source", "%q does not begin with a key of sources (%s); add the work to sources or fix the key", cite, keys(z.Sources))
				}
			}
		}
		switch rc.Precision {
		case "":
			c.Precision = PrecisionDay
		case PrecisionDay:
		case PrecisionApproximate:
			if strings.TrimSpace(rc.Note) == "" && strings.TrimSpace(rc.DateNote) == "" {
				bad(f+"note", "is missing; an approximate date needs a note (or date_note) saying why the day is not sure")
			}
		default:
			bad(f+"precision", "%q is not \"day\" or \"approximate\"", rc.Precision)
		}
		p.Changes = append(p.Changes, c)
		if rc.To != "" {
			prev = rc.To
		}
	}
	if len(probs) > 0 {
		return nil, probs
	}
	return p, nil
}

func keys(m map[string]string) string {
	if len(m) == 0 {
		return "none"
	}
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return strings.Join(ks, ", ")
}

// jsonErr explains a JSON decoding error of what (a place, the zone
// object) on one line.
func jsonErr(err error, what string) string {
	var te *json.UnmarshalTypeError
	var se *json.SyntaxError
	switch {
	case errors.As(err, &te):
		if te.Field != "" {
			return fmt.Sprintf("%s: is %s, want %s", te.Field, article(te.Value), goKind(te.Type.Kind()))
		}
		return fmt.Sprintf("%s is %s, want an object", what, article(te.Value))
	case errors.As(err, &se):
		return fmt.Sprintf("is not JSON at byte %d: %v", se.Offset, se)
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		return "is not JSON: the file ends inside it; look for a missing ] or }"
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		f := strings.TrimPrefix(err.Error(), "json: unknown field ")
		fields := "zone, title, start, end, sources, places"
		if what == "a place" {
			fields = "id, name, names, lat, lon, initial, note, changes; a change's are date, to, by, source, precision, note, date_note"
		}
		return fmt.Sprintf("unknown field %s in %s (misspelt?); the fields are %s", f, what, fields)
	}
	return "is not JSON: " + err.Error()
}

// article says a JSON value type with its article: "a string", "an object".
func article(jsonType string) string {
	switch jsonType {
	case "object", "array":
		return "an " + jsonType
	case "bool":
		return "true or false"
	}
	return "a " + jsonType
}

// goKind says what JSON value a Go field of kind k wants.
func goKind(k reflect.Kind) string {
	switch k {
	case reflect.String:
		return "a string"
	case reflect.Float64, reflect.Float32, reflect.Int, reflect.Int64:
		return "a number"
	case reflect.Map, reflect.Struct, reflect.Pointer:
		return "an object"
	case reflect.Slice:
		return "an array"
	}
	return k.String()
}
