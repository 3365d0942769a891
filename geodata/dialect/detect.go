package dialect

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Kind is the kind of file a dataset is.
type Kind int

// The kinds of file read.
const (
	// Frontiers is the Frontiers schema (or anything not recognised):
	// passed on unchanged.
	Frontiers Kind = iota
	// OHM is an OpenHistoricalMap or QGIS export.
	OHM
	// CShapes is the CShapes 2.0 dataset as distributed.
	CShapes
)

// String names the kind.
func (k Kind) String() string {
	switch k {
	case OHM:
		return "OpenHistoricalMap/QGIS export"
	case CShapes:
		return "CShapes 2.0"
	}
	return "Frontiers"
}

// The limits of geodata: files beyond them are passed on for the decoder
// to refuse.
const (
	maxFileSize = 64 << 20
	maxFeatures = 200000
)

// sample is how many features Detect looks at.
const sample = 16

var bom = []byte("\xef\xbb\xbf")

// sampled is what Detect reads of a feature.
type sampled struct {
	ID         json.RawMessage            `json:"id"`
	Properties map[string]json.RawMessage `json:"properties"`
}

// Detect tells what kind of file data is from the properties of its first
// features. A file that is not JSON, or not a FeatureCollection, is
// Frontiers: the decoder says what is wrong with it.
func Detect(data []byte) Kind {
	feats, _ := head(bytes.TrimPrefix(data, bom))
	return kindOf(feats)
}

// head reads the first features of a FeatureCollection and its crs
// member when it comes before them. It stops at the first thing that is
// not as expected.
func head(data []byte) (feats []sampled, crs json.RawMessage) {
	dec := json.NewDecoder(bytes.NewReader(data))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil, nil
	}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return feats, crs
		}
		switch t {
		case "features":
			if t, err := dec.Token(); err != nil || t != json.Delim('[') {
				return feats, crs
			}
			for dec.More() && len(feats) < sample {
				var f sampled
				if err := dec.Decode(&f); err != nil {
					return feats, crs
				}
				feats = append(feats, f)
			}
			return feats, crs
		case "crs":
			if err := dec.Decode(&crs); err != nil {
				return feats, crs
			}
		default:
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return feats, crs
			}
		}
	}
	return feats, crs
}

func kindOf(feats []sampled) Kind {
	has := func(p map[string]json.RawMessage, keys ...string) bool {
		for _, k := range keys {
			if _, ok := p[k]; ok {
				return true
			}
		}
		return false
	}
	ohm, bare := false, false
	for _, f := range feats {
		p := f.Properties
		if has(p, "cntry_name", "country_name") && has(p, "gwcode", "cowcode") {
			return CShapes
		}
		if has(p, "@id", "osm_id", "fid", "boundary", "admin_level") {
			ohm = true
		}
		for k := range p {
			if strings.HasPrefix(k, "name:") {
				ohm = true
			}
		}
		if has(p, "name") && !has(p, "id", "controller", "sovereign", "status", "source", "kind") && (len(f.ID) == 0 || string(f.ID) == "null") {
			bare = true
		}
	}
	if ohm || bare {
		return OHM
	}
	return Frontiers
}

// Normalize turns data, a dataset named name (a file name, for problems),
// into the Frontiers schema: a Frontiers file is returned as it is, an
// OpenHistoricalMap/QGIS export or a CShapes 2.0 file translated as the
// package doc says. notes say which reader was used ("x.geojson: read as
// an OpenHistoricalMap/QGIS export") and what it assumed (ids made from
// names, CShapes' inclusive last day converted).
// err is Problems: the file is not JSON, its coordinates are not
// longitude/latitude, or a feature cannot be translated; a problem the
// decoder finds as well is left to it.
func Normalize(name string, data []byte) (out []byte, notes []string, err error) {
	if len(data) > maxFileSize {
		return data, nil, nil
	}
	data = bytes.TrimPrefix(data, bom)
	if !utf8.Valid(data) {
		return data, nil, nil // the decoder says so
	}
	if !json.Valid(data) {
		return nil, nil, Problems{notJSON(name, data)}
	}
	feats, crs := head(data)
	if p, ok := checkCRS(name, crs); !ok {
		return nil, nil, Problems{p}
	}
	switch kindOf(feats) {
	case OHM:
		return normalize(name, data, func(file string, feats []*feature) ([]string, Problems) {
			notes, probs := ohmFeatures(file, feats)
			return append([]string{readAs(file, "an OpenHistoricalMap/QGIS export: name:xx tags into names, other properties kept as extra")}, notes...), probs
		})
	case CShapes:
		return normalize(name, data, cshapesFeatures)
	}
	return data, nil, nil
}

// readAs is the first note of a foreign file: the reader used.
func readAs(file, format string) string {
	return fmt.Sprintf("%s: read as %s", file, format)
}

// notJSON words why data, which is not valid JSON, is not: where, what is
// there, what is wrong.
func notJSON(name string, data []byte) Problem {
	p := Problem{File: name, Index: -1}
	if len(bytes.TrimSpace(data)) == 0 {
		p.Msg = "not JSON: the file is empty: a dataset is a GeoJSON FeatureCollection"
		return p
	}
	var raw json.RawMessage
	err := json.Unmarshal(data, &raw)
	var se *json.SyntaxError
	if !errors.As(err, &se) {
		p.Msg = fmt.Sprintf("not JSON: %v", err)
		return p
	}
	at := int(se.Offset)
	eof := strings.Contains(se.Error(), "unexpected end")
	if !eof && at > 0 {
		at-- // the offending byte was read
	}
	at = min(at, len(data))
	where := fmt.Sprintf("at byte %d", at)
	if line := bytes.Count(data[:at], []byte("\n")) + 1; line > 1 {
		where += fmt.Sprintf(" (line %d)", line)
	}
	first := len(data) - len(bytes.TrimLeft(data, " \t\r\n"))
	switch {
	case eof:
		p.Msg = fmt.Sprintf("not JSON: %s: the file ends in the middle of a value: it is cut short, or a bracket is missing", where)
	case at <= first:
		p.Msg = fmt.Sprintf("not JSON: %s: %s: a dataset is a GeoJSON FeatureCollection", where, snippet(data[at:]))
	case strings.Contains(se.Error(), "max depth"):
		p.Msg = fmt.Sprintf("not JSON: %s: nested deeper than JSON readers allow", where)
	default:
		p.Msg = fmt.Sprintf("not JSON: %s: %s: %s", where, snippet(data[at:]), strings.TrimPrefix(se.Error(), "json: "))
	}
	return p
}

// snippet quotes the first characters of b, "…" marking the rest.
func snippet(b []byte) string {
	const n = 9
	var s strings.Builder
	for i := 0; i < n && len(b) > 0; i++ {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size <= 1 {
			fmt.Fprintf(&s, "\\x%02x", b[0])
		} else {
			s.WriteRune(r)
		}
		b = b[size:]
	}
	if len(b) > 0 {
		s.WriteString("…")
	}
	q := strconv.Quote(s.String())
	return strings.ReplaceAll(q, `\\x`, `\x`)
}

// checkCRS refuses a named coordinate reference system other than
// longitude/latitude WGS 84 (QGIS writes one when asked to export in
// another).
func checkCRS(name string, crs json.RawMessage) (Problem, bool) {
	if len(crs) == 0 || string(crs) == "null" {
		return Problem{}, true
	}
	var c struct {
		Properties struct {
			Name string `json:"name"`
		} `json:"properties"`
	}
	if json.Unmarshal(crs, &c) != nil || c.Properties.Name == "" {
		return Problem{}, true
	}
	n := c.Properties.Name
	for _, ok := range []string{"CRS84", "EPSG::4326", "EPSG:4326", "CRS:84"} {
		if strings.HasSuffix(strings.ToUpper(n), ok) {
			return Problem{}, true
		}
	}
	return Problem{File: name, Index: -1, Field: "crs", Msg: fmt.Sprintf("%s: coordinates must be longitude/latitude (WGS 84): export again with the CRS EPSG:4326", n)}, false
}
