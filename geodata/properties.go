package geodata

import (
	"fmt"
	"math"
	"slices"

	"github.com/frontiers-atlas/frontiers/internal/problem"
	"github.com/paulmach/orb"
)

// readFeature makes the feature at index i of file from what was read of
// it and its geometry, and lists what is wrong with it.
func readFeature(file string, i int, rf *jsonFeature, gr geomResult) (*Feature, Problems) {
	var probs Problems
	f := &Feature{Index: i}
	p := props{m: rf.Properties, bad: func(field, msg string, a ...any) {
		probs.Add(file, problem.Numbered("feature", i, f.ID), field, msg, a...)
	}}
	if p.m == nil {
		p.m = map[string]any{}
	}
	f.Properties = p.m
	f.ID = p.str("id", optional)
	if f.ID == "" {
		switch v := rf.ID.(type) {
		case string:
			f.ID = v
		case float64:
			f.ID = fmt.Sprint(v)
		}
	}
	if rf.Type != "Feature" {
		p.bad("type", "want \"Feature\", have %q", rf.Type)
	}
	if f.ID == "" {
		p.bad("id", "missing")
	} else if s, ok := rf.ID.(string); ok && s != f.ID {
		p.bad("id", "feature id %q differs from properties.id %q", s, f.ID)
	}
	f.Name = p.str("name", required)
	f.Kind = p.str("kind", optional)
	f.Source = p.str("source", required)
	f.Note = p.str("note", optional)
	f.Status = p.str("status", optional)
	f.Names = p.names()
	f.Extra = extraProps(p.m, p.bad)
	switch prec := p.str("precision", optional); prec {
	case "", "exact":
	case "approximate":
		f.Approximate = true
	default:
		p.bad("precision", "want \"exact\" or \"approximate\", have %q", prec)
	}
	f.Topics = p.topics()
	f.Start = p.date("start_date")
	f.End = p.date("end_date")
	if !f.Start.IsZero() && !f.End.IsZero() && f.End.Day <= f.Start.Day {
		p.bad("end_date", "%s is not after start_date %s (end is exclusive)", f.End, f.Start)
	}

	f.Geometry = gr.geom
	if gr.msg != "" {
		p.bad("geometry", "%s", gr.msg)
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
		p.bad("kind", "missing (required for %s geometries)", geomType(f.Geometry))
	} else if !slices.Contains(Kinds, f.Kind) {
		p.bad("kind", "unknown kind %q (known: %v)", f.Kind, Kinds)
	} else if f.Geometry != nil && !kindFits(f.Kind, f.Geometry) {
		p.bad("geometry", "a %s cannot be a %s", f.Kind, geomType(f.Geometry))
	}

	if f.Kind == KindTerritory {
		f.Controller = p.holder("controller")
		f.Sovereign = p.holder("sovereign")
		if f.Status == "" {
			p.bad("status", "missing")
		} else if !slices.Contains(Statuses, f.Status) {
			p.bad("status", "unknown status %q (known: %v)", f.Status, Statuses)
		}
	}
	return f, probs
}

// props reads a feature's properties, as encoding/json decoded them, into
// the types the format gives them: a value of another type is a problem
// of its field (reported by bad), and the other fields are still read.
type props struct {
	m   map[string]any
	bad func(field, msg string, a ...any)
}

// Whether a string property must be there and not empty.
const (
	optional = false
	required = true
)

// str reads a string.
func (p props) str(key string, req bool) string {
	v, ok := p.m[key]
	if !ok || v == nil {
		if req {
			p.bad(key, "missing")
		}
		return ""
	}
	s, ok := v.(string)
	if !ok {
		p.bad(key, "want a string, have %s", jsonType(v))
		return ""
	}
	if req && s == "" {
		p.bad(key, "empty")
	}
	return s
}

// date reads an optional date (see ParseDate).
func (p props) date(key string) Date {
	s := p.str(key, optional)
	if s == "" {
		return Date{}
	}
	d, err := ParseDate(s)
	if err != nil {
		p.bad(key, "%v", err)
	}
	return d
}

// holder reads the holder key and its COW code, key_cow.
func (p props) holder(key string) Holder {
	h := Holder{Name: p.str(key, required)}
	ck := key + "_cow"
	switch v := p.m[ck].(type) {
	case nil:
	case float64:
		if v != math.Trunc(v) || v <= 0 || v > 9999 {
			p.bad(ck, "%v is not a Correlates of War state code", v)
		} else {
			h.COW = int(v)
		}
	default:
		p.bad(ck, "want an integer or null, have %s", jsonType(v))
	}
	return h
}

// names reads the other names, an object of strings by language.
func (p props) names() map[string]string {
	v, ok := p.m["names"]
	if !ok || v == nil {
		return nil
	}
	m, ok := v.(map[string]any)
	if !ok {
		p.bad("names", "want an object of strings")
		return nil
	}
	names := map[string]string{}
	for k, x := range m {
		s, ok := x.(string)
		if !ok {
			p.bad("names."+k, "want a string")
			continue
		}
		names[k] = s
	}
	return names
}

// topics reads the highlight layers, an array of known topics.
func (p props) topics() []string {
	v, ok := p.m["topics"]
	if !ok || v == nil {
		return nil
	}
	arr, ok := v.([]any)
	if !ok {
		p.bad("topics", "want an array of strings")
	}
	var topics []string
	for _, x := range arr {
		s, ok := x.(string)
		if !ok || !slices.Contains(Topics, s) {
			p.bad("topics", "unknown topic %v (known: %v)", x, Topics)
			continue
		}
		topics = append(topics, s)
	}
	return topics
}

// jsonType names the JSON type of a value encoding/json decoded.
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
