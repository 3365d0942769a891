package dialect

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/frontiers-atlas/frontiers/internal/problem"
)

// feature is one feature of a foreign file as read.
type feature struct {
	raw      json.RawMessage // as read
	ok       bool            // an object with a string type and object (or no) properties
	typ      string
	id       string // the Feature id member, as text
	geometry json.RawMessage
	props    map[string]any // numbers as json.Number
	out      map[string]any // the properties written
	probs    Problems       // what is wrong with it
}

// bad adds a problem with field of feature i of file, named by its id
// when it has one.
func (f *feature) bad(file string, i int, id, field, msg string, a ...any) {
	f.probs.Add(file, problem.Numbered("feature", i, id), field, msg, a...)
}

// translate fills the out properties of the features of file, saying
// what it assumed in notes and adding what is wrong with each feature to
// its probs.
type translate func(file string, feats []*feature) (notes []string)

// normalize reads data's features, translates them with tr and writes
// them as a Frontiers FeatureCollection. What the decoder would refuse
// anyway (features not an array, a feature not an object) is passed on
// unchanged for it to say.
func normalize(name string, data []byte, tr translate) ([]byte, []string, error) {
	var fc struct {
		Features []json.RawMessage `json:"features"`
	}
	if err := json.Unmarshal(data, &fc); err != nil || len(fc.Features) > maxFeatures {
		return data, nil, nil
	}
	feats := make([]*feature, len(fc.Features))
	for i, raw := range fc.Features {
		feats[i] = readFeature(raw)
	}
	notes := tr(name, feats)
	var probs Problems
	for i, f := range feats {
		if f.ok && (len(f.geometry) == 0 || string(f.geometry) == "null") {
			id, _ := f.out["id"].(string)
			f.bad(name, i, id, "geometry", "missing: %s", geometryAdvice)
		}
		probs = append(probs, f.probs...)
	}
	if len(probs) > 0 {
		return nil, notes, probs
	}
	var b bytes.Buffer
	b.WriteString(`{"type":"FeatureCollection","features":[`)
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	for i, f := range feats {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteByte('\n')
		if !f.ok {
			b.Write(f.raw)
			continue
		}
		geom := f.geometry
		if len(geom) == 0 {
			geom = json.RawMessage("null")
		}
		err := enc.Encode(struct {
			Type       string          `json:"type"`
			Geometry   json.RawMessage `json:"geometry"`
			Properties map[string]any  `json:"properties"`
		}{f.typ, geom, f.out})
		if err != nil { // cannot happen: everything was read from JSON
			return nil, notes, Problems{{File: name, Item: problem.Numbered("feature", i, ""), Msg: err.Error()}}
		}
		b.Truncate(b.Len() - 1) // the Encoder's newline
	}
	b.WriteString("\n]}\n")
	return b.Bytes(), notes, nil
}

func readFeature(raw json.RawMessage) *feature {
	f := &feature{raw: raw}
	var m struct {
		Type       json.RawMessage `json:"type"`
		ID         json.RawMessage `json:"id"`
		Geometry   json.RawMessage `json:"geometry"`
		Properties json.RawMessage `json:"properties"`
	}
	if json.Unmarshal(raw, &m) != nil || json.Unmarshal(m.Type, &f.typ) != nil {
		return f
	}
	f.geometry = m.Geometry
	f.id = idText(decodeValue(m.ID))
	f.props = map[string]any{}
	if len(m.Properties) > 0 && string(m.Properties) != "null" {
		v, ok := decodeValue(m.Properties).(map[string]any)
		if !ok {
			return f
		}
		f.props = v
	}
	f.ok = true
	return f
}

// decodeValue decodes a JSON value with numbers as json.Number; nil when
// it is absent or cannot be read.
func decodeValue(raw json.RawMessage) any {
	if len(raw) == 0 {
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var v any
	if dec.Decode(&v) != nil {
		return nil
	}
	return v
}

// idText is an id value as text: a string or a number; "" for anything else.
func idText(v any) string {
	switch v := v.(type) {
	case string:
		return strings.TrimSpace(v)
	case json.Number:
		return v.String()
	}
	return ""
}

// text is a property value as text for extra: strings as they are,
// numbers and booleans as written, objects and arrays as compact JSON.
func text(v any) (string, bool) {
	switch v := v.(type) {
	case nil:
		return "", false
	case string:
		return v, true
	case json.Number:
		return v.String(), true
	case bool:
		if v {
			return "true", true
		}
		return "false", true
	}
	b, err := json.Marshal(v)
	return string(b), err == nil
}

// str is v when it is a non-empty string.
func str(v any) string {
	s, _ := v.(string)
	return strings.TrimSpace(s)
}

// geomType is the type member of a geometry, "" when there is none.
func geomType(raw json.RawMessage) string {
	var g struct {
		Type string `json:"type"`
	}
	_ = json.Unmarshal(raw, &g)
	return g.Type
}

// geomKey is a geometry's JSON text without spaces.
func geomKey(raw json.RawMessage) string {
	var b bytes.Buffer
	if json.Compact(&b, raw) != nil {
		return string(raw)
	}
	return b.String()
}

// slug makes an id of a name: lower case letters and digits, words joined by "-".
func slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	return b.String()
}

// base is the file name without its folder, for sources and notes.
func base(name string) string { return filepath.Base(name) }
