package geodata

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"unicode/utf8"

	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/geodata/internal/parallel"
)

// MaxFileSize is the largest dataset file read, in bytes.
const MaxFileSize = 64 << 20

// MaxFeatures is the most features one dataset may have.
const MaxFeatures = 200000

// jsonFeature is a GeoJSON feature as encoding/json reads it: the
// geometry is decoded on its own (see decodeGeometry), the properties are
// kept as read (for export) and read into the Feature by readFeature.
type jsonFeature struct {
	Type       string          `json:"type"`
	ID         any             `json:"id"`
	Geometry   json.RawMessage `json:"geometry"`
	Properties map[string]any  `json:"properties"`
}

// DecodeFeatures reads a GeoJSON FeatureCollection in the documented format.
// name is the file name used in problems. It returns the valid features
// and, if anything is wrong, a Problems error listing every problem.
//
// Features are decoded on every core. Versions of a territory that keep
// its borders repeat its geometry: each distinct geometry is decoded and
// checked once, then copied.
func DecodeFeatures(name string, data []byte) ([]*Feature, error) {
	feats, _, err := DecodeFeaturesNoted(name, data)
	return feats, err
}

// DecodeFeaturesNoted is DecodeFeatures that also returns the notes of
// the reader of a foreign file (an OpenHistoricalMap/QGIS export or a
// CShapes 2.0 file, see package dialect): which format was read and what
// was assumed ("versions grouped by name", "end_date is the day after
// CShapes' last day, which is inclusive"), each a line starting with
// name. A file in the Frontiers format has none.
func DecodeFeaturesNoted(name string, data []byte) (_ []*Feature, notes []string, err error) {
	defer advise(&err)
	if data, notes, err = foreign(name, data); err != nil {
		return nil, notes, err
	}
	feats, err := decodeFeatures(name, data)
	return feats, notes, err
}

// decodeFeatures decodes data, in the Frontiers schema.
func decodeFeatures(name string, data []byte) ([]*Feature, error) {
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
	n := len(fc.Features)
	if n > MaxFeatures {
		return nil, file("%d features is more than the %d a dataset may have", n, MaxFeatures)
	}

	jfs := make([]jsonFeature, n)
	fprobs := make([]Problems, n)
	parallel.For(n, func(i int) {
		if err := json.Unmarshal(fc.Features[i], &jfs[i]); err != nil {
			msg := fmt.Sprintf("not a GeoJSON feature: %v", err)
			if te, ok := err.(*json.UnmarshalTypeError); ok {
				msg = fmt.Sprintf("not a GeoJSON feature: %s", typeErr(te))
			}
			fprobs[i] = Problems{{File: name, Index: i, What: "feature", Msg: msg}}
		}
	})

	// src[i] is the feature whose geometry feature i repeats (i itself
	// where it is first seen), -1 when feature i could not be read.
	src := make([]int, n)
	var uniq []int
	first := make(map[string]int, n)
	for i := range jfs {
		if fprobs[i] != nil {
			src[i] = -1
			continue
		}
		k := string(jfs[i].Geometry)
		j, seen := first[k]
		if !seen {
			j = i
			first[k] = i
			uniq = append(uniq, i)
		}
		src[i] = j
	}
	geoms := make([]geomResult, n)
	parallel.For(len(uniq), func(k int) {
		i := uniq[k]
		geoms[i] = decodeGeometry(jfs[i].Geometry)
	})

	feats := make([]*Feature, n)
	parallel.For(n, func(i int) {
		if src[i] < 0 {
			return
		}
		gr := geoms[src[i]]
		if src[i] != i && gr.geom != nil {
			gr.geom = orb.Clone(gr.geom)
		}
		feats[i], fprobs[i] = readFeature(name, i, &jfs[i], gr)
	})

	var probs Problems
	out := make([]*Feature, 0, n)
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
