package geodata

import (
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
)

// MaxFileSize is the largest dataset file read, in bytes.
const MaxFileSize = 64 << 20

// MaxFeatures is the most features one dataset may have.
const MaxFeatures = 200000

// DecodeFeatures reads a GeoJSON FeatureCollection in the documented format.
// name is the file name used in problems. It returns the valid features
// and, if anything is wrong, a Problems error listing every problem.
func DecodeFeatures(name string, data []byte) ([]*Feature, error) {
	if len(data) <= MaxFileSize && utf8.Valid(data) {
		if feats, probs, ok := decodeFast(name, data); ok {
			if len(probs) > 0 {
				return feats, probs
			}
			return feats, nil
		}
	}
	return decodeFeaturesJSON(name, data)
}

// decodeFeaturesJSON is DecodeFeatures with encoding/json throughout: it
// decodes every file decodeFast declines, and says what is wrong with it.
func decodeFeaturesJSON(name string, data []byte) ([]*Feature, error) {
	file := func(msg string, a ...any) error {
		return Problems{{File: name, Index: -1, Msg: fmt.Sprintf(msg, a...)}}
	}
	if len(data) > MaxFileSize {
		return nil, file("%d MB is larger than the %d MB a dataset may have", len(data)>>20, MaxFileSize>>20)
	}
	if !utf8.Valid(data) {
		return nil, file("not UTF-8 text (GeoJSON must be UTF-8)")
	}
	var fc struct {
		Type     string            `json:"type"`
		Features []json.RawMessage `json:"features"`
	}
	if err := json.Unmarshal(data, &fc); err != nil {
		if _, ok := err.(*json.UnmarshalTypeError); ok {
			return nil, file("not a GeoJSON FeatureCollection: %v", jsonErr(data, err))
		}
		return nil, file("not valid JSON: %v", jsonErr(data, err))
	}
	if fc.Type != "FeatureCollection" {
		return nil, file("type: want \"FeatureCollection\", have %q", fc.Type)
	}
	if len(fc.Features) > MaxFeatures {
		return nil, file("%d features is more than the %d a dataset may have", len(fc.Features), MaxFeatures)
	}
	// Features are independent: decode them on every core.
	feats := make([]*Feature, len(fc.Features))
	fprobs := make([]Problems, len(fc.Features))
	workers := min(runtime.GOMAXPROCS(0), 8, max(1, len(fc.Features)))
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(fc.Features); i += workers {
				feats[i], fprobs[i] = decodeFeature(name, i, fc.Features[i])
			}
		}()
	}
	wg.Wait()
	var probs Problems
	out := make([]*Feature, 0, len(fc.Features))
	for i, f := range feats {
		probs = append(probs, fprobs[i]...)
		if len(fprobs[i]) == 0 {
			out = append(out, f)
		}
	}
	if len(probs) > 0 {
		return out, probs
	}
	return out, nil
}

// jsonErr says what is wrong with a JSON document in words: the line of a
// syntax error, or the field whose value has the wrong type.
func jsonErr(data []byte, err error) string {
	if te, ok := err.(*json.UnmarshalTypeError); ok {
		return typeErr(te)
	}
	if se, ok := err.(*json.SyntaxError); ok {
		line := 1
		for _, c := range data[:min(int(se.Offset), len(data))] {
			if c == '\n' {
				line++
			}
		}
		return fmt.Sprintf("line %d: %v", line, err)
	}
	return err.Error()
}

// typeErr words a JSON type error: where, what was wanted, what was found.
func typeErr(te *json.UnmarshalTypeError) string {
	want := "a value of another type"
	switch te.Type.Kind() {
	case reflect.Struct, reflect.Map:
		want = "an object"
	case reflect.Slice, reflect.Array:
		want = "an array"
	case reflect.String:
		want = "a string"
	case reflect.Float64, reflect.Float32, reflect.Int, reflect.Int64:
		want = "a number"
	}
	have := "a JSON " + te.Value
	if strings.HasPrefix(te.Value, "number ") {
		have = te.Value + ", out of range"
	}
	if te.Field == "" {
		return fmt.Sprintf("want %s, have %s", want, have)
	}
	return fmt.Sprintf("%s: want %s, have %s", te.Field, want, have)
}

type rawFeature struct {
	Type       string          `json:"type"`
	ID         any             `json:"id"`
	Geometry   json.RawMessage `json:"geometry"`
	Properties map[string]any  `json:"properties"`
}

func decodeFeature(file string, i int, raw json.RawMessage) (*Feature, Problems) {
	var rf rawFeature
	if err := json.Unmarshal(raw, &rf); err != nil {
		msg := fmt.Sprintf("not a GeoJSON feature: %v", err)
		if te, ok := err.(*json.UnmarshalTypeError); ok {
			msg = fmt.Sprintf("not a GeoJSON feature: %s", typeErr(te))
		}
		return nil, Problems{{File: file, Index: i, What: "feature", Msg: msg}}
	}
	return checkFeature(file, i, &rf, decodeGeometry(rf.Geometry))
}

// geomResult is a feature's geometry as decoded and checked: geom is nil
// when it could not be decoded; msg is what is wrong with it, or "".
type geomResult struct {
	geom  orb.Geometry
	bound orb.Bound
	msg   string
}

// decodeGeometry decodes and checks a feature's geometry, raw as read
// (empty when there is none).
func decodeGeometry(raw json.RawMessage) geomResult {
	if len(raw) == 0 || string(raw) == "null" {
		return geomResult{msg: "missing"}
	}
	g, err := geojson.UnmarshalGeometry(raw)
	if err != nil {
		var head struct {
			Type string `json:"type"`
		}
		_ = json.Unmarshal(raw, &head)
		switch te, ok := err.(*json.UnmarshalTypeError); {
		case ok:
			return geomResult{msg: typeErr(te)}
		case !contains([]string{"Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection"}, head.Type):
			return geomResult{msg: fmt.Sprintf("unknown geometry type %q", head.Type)}
		default:
			return geomResult{msg: err.Error()}
		}
	}
	if g.Coordinates == nil {
		return geomResult{msg: fmt.Sprintf("unsupported geometry type %q", g.Type)}
	}
	return checkedGeometry(g.Coordinates)
}

// checkedGeometry checks a decoded geometry.
func checkedGeometry(g orb.Geometry) geomResult {
	if msg := checkGeometry(g); msg != "" {
		return geomResult{geom: g, msg: msg}
	}
	return geomResult{geom: g, bound: g.Bound()}
}

// checkFeature makes the feature at index i of file from what was read of
// it and its geometry, and lists what is wrong with it.
func checkFeature(file string, i int, rf *rawFeature, gr geomResult) (*Feature, Problems) {
	var probs Problems
	f := &Feature{Index: i}
	bad := func(field, msg string, a ...any) {
		probs = append(probs, Problem{File: file, Index: i, What: "feature", ID: f.ID, Field: field, Msg: fmt.Sprintf(msg, a...)})
	}
	p := rf.Properties
	if p == nil {
		p = map[string]any{}
	}
	f.Properties = p
	f.ID = str(p, "id", bad, false)
	if f.ID == "" {
		switch v := rf.ID.(type) {
		case string:
			f.ID = v
		case float64:
			f.ID = fmt.Sprint(v)
		}
	}
	if rf.Type != "Feature" {
		bad("type", "want \"Feature\", have %q", rf.Type)
	}
	if f.ID == "" {
		bad("id", "missing")
	} else if s, ok := rf.ID.(string); ok && s != f.ID {
		bad("id", "feature id %q differs from properties.id %q", s, f.ID)
	}
	f.Name = str(p, "name", bad, true)
	f.Kind = str(p, "kind", bad, false)
	f.Source = str(p, "source", bad, true)
	f.Note = str(p, "note", bad, false)
	f.Status = str(p, "status", bad, false)
	if v, ok := p["names"]; ok && v != nil {
		m, ok := v.(map[string]any)
		if !ok {
			bad("names", "want an object of strings")
		} else {
			f.Names = map[string]string{}
			for k, x := range m {
				s, ok := x.(string)
				if !ok {
					bad("names."+k, "want a string")
					continue
				}
				f.Names[k] = s
			}
		}
	}
	switch prec := str(p, "precision", bad, false); prec {
	case "", "exact":
	case "approximate":
		f.Approximate = true
	default:
		bad("precision", "want \"exact\" or \"approximate\", have %q", prec)
	}
	if v, ok := p["topics"]; ok && v != nil {
		arr, ok := v.([]any)
		if !ok {
			bad("topics", "want an array of strings")
		}
		for _, x := range arr {
			s, ok := x.(string)
			if !ok || !contains(Topics, s) {
				bad("topics", "unknown topic %v (known: %v)", x, Topics)
				continue
			}
			f.Topics = append(f.Topics, s)
		}
	}
	f.Start = date(p, "start_date", bad)
	f.End = date(p, "end_date", bad)
	if !f.Start.IsZero() && !f.End.IsZero() && f.End.Day <= f.Start.Day {
		bad("end_date", "%s is not after start_date %s (end is exclusive)", f.End, f.Start)
	}

	// Geometry.
	f.Geometry = gr.geom
	if gr.msg != "" {
		bad("geometry", "%s", gr.msg)
	} else {
		f.Bound = gr.bound
	}
	if f.Kind == "" && f.Geometry != nil {
		switch f.Geometry.(type) {
		case orb.Polygon, orb.MultiPolygon:
			f.Kind = KindTerritory
		}
	}
	if f.Kind == "" {
		bad("kind", "missing (required for %s geometries)", geomType(f.Geometry))
	} else if !contains(Kinds, f.Kind) {
		bad("kind", "unknown kind %q (known: %v)", f.Kind, Kinds)
	} else if f.Geometry != nil && !kindFits(f.Kind, f.Geometry) {
		bad("geometry", "a %s cannot be a %s", f.Kind, geomType(f.Geometry))
	}

	if f.Kind == KindTerritory {
		f.Controller = holder(p, "controller", bad)
		f.Sovereign = holder(p, "sovereign", bad)
		if f.Status == "" {
			bad("status", "missing")
		} else if !contains(Statuses, f.Status) {
			bad("status", "unknown status %q (known: %v)", f.Status, Statuses)
		}
	}
	return f, probs
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func str(p map[string]any, key string, bad func(string, string, ...any), required bool) string {
	v, ok := p[key]
	if !ok || v == nil {
		if required {
			bad(key, "missing")
		}
		return ""
	}
	s, ok := v.(string)
	if !ok {
		bad(key, "want a string, have %s", jsonType(v))
		return ""
	}
	if required && s == "" {
		bad(key, "empty")
	}
	return s
}

func date(p map[string]any, key string, bad func(string, string, ...any)) Date {
	s := str(p, key, bad, false)
	if s == "" {
		return Date{}
	}
	d, err := ParseDate(s)
	if err != nil {
		bad(key, "%v", err)
	}
	return d
}

func holder(p map[string]any, key string, bad func(string, string, ...any)) Holder {
	h := Holder{Name: str(p, key, bad, true)}
	ck := key + "_cow"
	switch v := p[ck].(type) {
	case nil:
	case float64:
		if v != math.Trunc(v) || v <= 0 || v > 9999 {
			bad(ck, "%v is not a Correlates of War state code", v)
		} else {
			h.COW = int(v)
		}
	default:
		bad(ck, "want an integer or null, have %s", jsonType(v))
	}
	return h
}

func jsonType(v any) string {
	switch v.(type) {
	case string:
		return "a string"
	case float64:
		return "a number"
	case bool:
		return "a boolean"
	case []any:
		return "an array"
	case map[string]any:
		return "an object"
	}
	return "null"
}

func geomType(g orb.Geometry) string {
	if g == nil {
		return "missing geometry"
	}
	return g.GeoJSONType()
}

func kindFits(kind string, g orb.Geometry) bool {
	switch g.(type) {
	case orb.Polygon, orb.MultiPolygon:
		return kind == KindTerritory || kind == KindSphere || kind == KindPassage || kind == KindBase
	case orb.LineString, orb.MultiLineString:
		return kind == KindFrontier || kind == KindPassage || kind == KindFront
	case orb.Point, orb.MultiPoint:
		return kind == KindBase || kind == KindCity
	}
	return false
}

// checkGeometry returns what is wrong with g's coordinates, or "".
func checkGeometry(g orb.Geometry) string {
	checkPt := func(p orb.Point) string {
		if math.IsNaN(p[0]) || math.IsNaN(p[1]) || math.IsInf(p[0], 0) || math.IsInf(p[1], 0) {
			return "a coordinate is not a number"
		}
		if p[0] < -180 || p[0] > 180 || p[1] < -90 || p[1] > 90 {
			return fmt.Sprintf("[%g, %g] is outside longitude -180..180, latitude -90..90", p[0], p[1])
		}
		return ""
	}
	checkRing := func(r orb.Ring, where string) string {
		if len(r) < 4 {
			return fmt.Sprintf("%s has %d positions; a ring needs at least 4", where, len(r))
		}
		if r[0] != r[len(r)-1] {
			return fmt.Sprintf("%s is not closed (first position %v, last %v)", where, r[0], r[len(r)-1])
		}
		for _, p := range r {
			if m := checkPt(p); m != "" {
				return where + ": " + m
			}
		}
		if i, j := ringCrossing(r); i >= 0 {
			return fmt.Sprintf("%s crosses itself: its edge %d (from %v) crosses edge %d (from %v)", where, i, r[i], j, r[j])
		}
		return ""
	}
	checkPoly := func(pg orb.Polygon, where string) string {
		if len(pg) == 0 {
			return strings.TrimSpace("polygon "+where) + " has no rings"
		}
		for j, r := range pg {
			if m := checkRing(r, fmt.Sprintf("%sring %d", where, j)); m != "" {
				return m
			}
		}
		return ""
	}
	switch g := g.(type) {
	case orb.Point:
		return checkPt(g)
	case orb.MultiPoint:
		if len(g) == 0 {
			return "empty MultiPoint"
		}
		for _, p := range g {
			if m := checkPt(p); m != "" {
				return m
			}
		}
	case orb.LineString:
		if len(g) < 2 {
			return "a LineString needs at least 2 positions"
		}
		for _, p := range g {
			if m := checkPt(p); m != "" {
				return m
			}
		}
	case orb.MultiLineString:
		if len(g) == 0 {
			return "empty MultiLineString"
		}
		for _, ls := range g {
			if m := checkGeometry(ls); m != "" {
				return m
			}
		}
	case orb.Polygon:
		return checkPoly(g, "")
	case orb.MultiPolygon:
		if len(g) == 0 {
			return "empty MultiPolygon"
		}
		for j, pg := range g {
			if m := checkPoly(pg, fmt.Sprintf("polygon %d ", j)); m != "" {
				return m
			}
		}
	default:
		return fmt.Sprintf("unsupported geometry type %s", g.GeoJSONType())
	}
	return ""
}
