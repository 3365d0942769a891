package geodata

import (
	"bytes"
	"strconv"
	"strings"
	"sync/atomic"
	"unicode/utf8"

	"github.com/paulmach/orb"
	"github.com/valyala/fastjson"
)

// The fast path of DecodeFeatures: files in the usual shape are read with
// fastjson, feature by feature on every core, giving the same features and
// problems as the encoding/json path without its reflection.
//
// It declines (ok false) whenever the result could differ: a file that is
// not strictly valid JSON, that nests deeper than encoding/json reads, that
// is not an object whose type is "FeatureCollection" and whose features are
// an array, or whose collection has a key that encoding/json would match
// without regard to case or a repeated key. A declined file is decoded again
// by decodeFeaturesJSON, which words the problem.
//
// A feature that is not plainly in the usual shape is decoded by
// decodeFeature alone: not an object, a member of an unexpected type, a key
// matched without regard to case, a repeated key, a number out of range, a
// string whose escapes fastjson might read otherwise, nesting deeper than
// fastjson reads. A geometry that is not plainly one of the six coordinate
// types is decoded by decodeGeometry alone.
//
// Geometries repeated (versions of a territory that keep their borders) are
// checked once, then copied.

// maxJSONDepth is the deepest nesting encoding/json reads.
const maxJSONDepth = 10000

// parsers are the fastjson parsers of the fast path, one per goroutine at
// a time.
var parsers fastjson.ParserPool

// fastFeature is a feature as read by the fast path.
type fastFeature struct {
	rf   rawFeature
	geom []byte // the geometry's JSON text (compacted), nil when absent
	slow bool   // not in the usual shape: decoded by decodeFeature
}

// decodeFast decodes data (UTF-8, at most MaxFileSize bytes) as
// DecodeFeatures does, or declines.
func decodeFast(name string, data []byte) (out []*Feature, probs Problems, ok bool) {
	spans, ok := collectionSpans(data)
	if !ok || len(spans) > MaxFeatures {
		return nil, nil, false
	}
	n := len(spans)
	ff := make([]fastFeature, n)
	var invalid atomic.Bool
	parallel(n, func(i int) {
		var valid bool
		if ff[i], valid = readFeature(data[spans[i][0]:spans[i][1]]); !valid {
			invalid.Store(true)
		}
	})
	if invalid.Load() {
		return nil, nil, false
	}

	// Each distinct geometry is decoded and checked once.
	first := make(map[string]int, n)
	uniq := make([]int, 0, n) // features whose geometry is first seen
	src := make([]int, n)     // feature whose geometry's decoding is used
	for i := range ff {
		src[i] = i
		if ff[i].slow {
			continue
		}
		if j, seen := first[string(ff[i].geom)]; seen {
			src[i] = j
			continue
		}
		first[string(ff[i].geom)] = i
		uniq = append(uniq, i)
	}
	geoms := make([]geomResult, n)
	parallel(len(uniq), func(k int) {
		i := uniq[k]
		if g := plainGeometry(ff[i].geom); g != nil {
			geoms[i] = checkedGeometry(g)
		} else {
			geoms[i] = decodeGeometry(ff[i].geom)
		}
	})

	feats := make([]*Feature, n)
	fprobs := make([]Problems, n)
	parallel(n, func(i int) {
		switch {
		case ff[i].slow:
			feats[i], fprobs[i] = decodeFeature(name, i, data[spans[i][0]:spans[i][1]])
		case src[i] == i:
			feats[i], fprobs[i] = checkFeature(name, i, &ff[i].rf, geoms[i])
		default:
			gr := geoms[src[i]]
			if gr.geom != nil {
				gr.geom = orb.Clone(gr.geom)
			}
			feats[i], fprobs[i] = checkFeature(name, i, &ff[i].rf, gr)
		}
	})
	out = make([]*Feature, 0, n)
	for i, f := range feats {
		probs = append(probs, fprobs[i]...)
		if len(fprobs[i]) == 0 {
			out = append(out, f)
		}
	}
	return out, probs, true
}

// collectionSpans reads a FeatureCollection and returns where its features
// lie. It checks that the file is strictly valid JSON (RFC 8259) but for
// the features, which readFeature checks.
func collectionSpans(data []byte) (spans [][2]int, ok bool) {
	groups, ok := memberArrays(data)
	if !ok {
		return nil, false
	}
	// The collection is read with each element of its arrays replaced by 0.
	var skel []byte
	prev := 0
	for _, g := range groups {
		for _, s := range g {
			skel = append(append(skel, data[prev:s[0]]...), '0')
			prev = s[1]
		}
	}
	skel = append(skel, data[prev:]...)
	p := parsers.Get()
	defer parsers.Put(p)
	v, err := p.ParseBytes(skel)
	if err != nil || fastjson.ValidateBytes(skel) != nil || v.Type() != fastjson.TypeObject {
		return nil, false
	}
	var seen [2]bool
	var typ string
	arrays := 0 // arrays among the members so far
	ok = true
	v.GetObject().Visit(func(key []byte, v *fastjson.Value) {
		k, known := member(string(key), "type", "features")
		if !known || k >= 0 && seen[k] {
			ok = false
		}
		isArray := v.Type() == fastjson.TypeArray
		switch k {
		case 0:
			seen[0] = true
			var fine bool
			typ, fine = jsonString(v)
			ok = ok && fine
		case 1:
			seen[1] = true
			ok = ok && isArray
			if isArray {
				spans = groups[arrays]
			}
		default:
			if isArray {
				for _, s := range groups[arrays] {
					ok = ok && validJSON(data[s[0]:s[1]])
				}
			}
		}
		if isArray {
			arrays++
		}
	})
	if !ok || typ != "FeatureCollection" || !seen[1] {
		return nil, false
	}
	return spans, true
}

// memberArrays finds, without checking the JSON, the elements of each array
// that is a member of the top-level object: groups[k] holds where those of
// the k-th such array lie, in order. ok is false when data nests deeper
// than encoding/json reads or a string is not closed.
func memberArrays(data []byte) (groups [][][2]int, ok bool) {
	depth, inArray, start := 0, false, 0
	for i := 0; i < len(data); i++ {
		for i < len(data) && !structural[data[i]] {
			i++
		}
		if i >= len(data) {
			break
		}
		switch c := data[i]; c {
		case '"':
			// To the first quote not escaped by a backslash.
			j := i + 1
			for {
				q := bytes.IndexByte(data[j:], '"')
				if q < 0 {
					return nil, false
				}
				j += q
				n := 0
				for data[j-1-n] == '\\' {
					n++
				}
				if n%2 == 0 {
					break
				}
				j++
			}
			i = j
		case '{', '[':
			if depth++; depth > maxJSONDepth {
				return nil, false
			}
			if depth == 2 && c == '[' {
				inArray, start = true, i+1
				groups = append(groups, nil)
			}
		case ',', '}', ']':
			if depth == 2 && inArray {
				g := &groups[len(groups)-1]
				*g = appendSpan(*g, data, start, i)
				start = i + 1
				inArray = c == ','
			}
			if c != ',' {
				depth--
			}
		}
	}
	return groups, true
}

// structural marks the bytes memberArrays stops at.
var structural = [256]bool{'"': true, '{': true, '[': true, '}': true, ']': true, ',': true}

// appendSpan appends b[start:end] without white space around it, unless
// that is empty.
func appendSpan(spans [][2]int, b []byte, start, end int) [][2]int {
	for start < end && isSpace(b[start]) {
		start++
	}
	for end > start && isSpace(b[end-1]) {
		end--
	}
	if start == end {
		return spans
	}
	return append(spans, [2]int{start, end})
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// member sorts a key of an object decoded into a struct with the given
// field names: the field it sets (-1 for none), or ok false when
// encoding/json might match it otherwise (case, non-ASCII folding).
func member(key string, fields ...string) (int, bool) {
	for i, f := range fields {
		if key == f {
			return i, true
		}
	}
	for i := 0; i < len(key); i++ {
		if key[i] >= utf8.RuneSelf {
			return -1, false
		}
	}
	for _, f := range fields {
		if strings.EqualFold(key, f) {
			return -1, false
		}
	}
	return -1, true
}

// validJSON reports whether b is strictly valid JSON (RFC 8259), b nesting
// no deeper than maxJSONDepth.
func validJSON(b []byte) bool { return fastjson.ValidateBytes(b) == nil }

// readFeature reads a feature in the usual shape: an object whose type is a
// string and whose properties are an object or null. slow is set when it
// is not; valid is false when b is not strictly valid JSON (b nesting no
// deeper than maxJSONDepth).
func readFeature(b []byte) (ff fastFeature, valid bool) {
	if !validJSON(b) {
		return fastFeature{}, false
	}
	p := parsers.Get()
	defer parsers.Put(p)
	v, err := p.ParseBytes(b) // fails when deeper than fastjson.MaxDepth
	if err != nil || v.Type() != fastjson.TypeObject {
		return fastFeature{slow: true}, true
	}
	var r valueReader
	var seen [4]bool
	// Geometries are read later, each distinct one once, from their text
	// (taken before anything is read: reading unescapes strings in place).
	ok := true
	v.GetObject().Visit(func(key []byte, v *fastjson.Value) {
		if !ok {
			return
		}
		k, known := member(string(key), "type", "id", "geometry", "properties")
		if !known || k >= 0 && seen[k] {
			ok = false
			return
		}
		if k >= 0 {
			seen[k] = true
		}
		switch k {
		case 0:
			ff.rf.Type, ok = jsonString(v)
		case 1:
			ff.rf.ID, ok = r.value(v)
		case 2:
			ff.geom = v.MarshalTo(make([]byte, 0, len(b)))
		case 3:
			switch v.Type() {
			case fastjson.TypeNull:
			case fastjson.TypeObject:
				var m any
				m, ok = r.value(v)
				ff.rf.Properties = m.(map[string]any)
			default:
				ok = false
			}
		}
	})
	ff.slow = !ok
	return ff, true
}

// valueReader converts fastjson values into what encoding/json decodes
// into an any, or reports that it might not.
type valueReader struct {
	buf []byte // a number's text
}

// replacement is U+FFFD in UTF-8.
var replacement = []byte("\uFFFD")

// plain reports whether a string or key as unescaped by fastjson is the
// same as encoding/json's: fastjson leaves an unpaired surrogate escape as
// it is or reads it with the next escape as one U+FFFD, where encoding/json
// makes a U+FFFD of each.
func plain(s []byte) bool {
	return bytes.IndexByte(s, '\\') < 0 && !bytes.Contains(s, replacement)
}

// jsonString returns v's string as encoding/json decodes it: ok false when
// v is not a string or might be decoded otherwise.
func jsonString(v *fastjson.Value) (string, bool) {
	b, err := v.StringBytes()
	if err != nil || !plain(b) {
		return "", false
	}
	return string(b), true
}

// num returns v's number as encoding/json decodes it: ok false when v is
// not a number or is out of range.
func (r *valueReader) num(v *fastjson.Value) (float64, bool) {
	if v.Type() != fastjson.TypeNumber {
		return 0, false
	}
	r.buf = v.MarshalTo(r.buf[:0])
	// fastjson's conversion rounds as strconv's (once) when the mantissa
	// has at most 16 digits, fewer than 2^53 when there is a fraction, and
	// there is no exponent; not always otherwise.
	if len(r.buf) <= 16 && bytes.IndexByte(r.buf, 'e') < 0 && bytes.IndexByte(r.buf, 'E') < 0 {
		f, err := v.Float64()
		return f, err == nil
	}
	f, err := strconv.ParseFloat(string(r.buf), 64)
	return f, err == nil
}

// value returns v as encoding/json decodes it into an any.
func (r *valueReader) value(v *fastjson.Value) (any, bool) {
	switch v.Type() {
	case fastjson.TypeObject:
		o := v.GetObject()
		m := make(map[string]any, o.Len())
		ok := true
		o.Visit(func(key []byte, v *fastjson.Value) {
			if ok {
				m[string(key)], ok = r.value(v)
				ok = ok && plain(key)
			}
		})
		return m, ok
	case fastjson.TypeArray:
		a := v.GetArray()
		out := make([]any, len(a))
		for i, x := range a {
			var ok bool
			if out[i], ok = r.value(x); !ok {
				return nil, false
			}
		}
		return out, true
	case fastjson.TypeString:
		return jsonString(v)
	case fastjson.TypeNumber:
		return r.num(v)
	case fastjson.TypeTrue:
		return true, true
	case fastjson.TypeFalse:
		return false, true
	}
	return nil, true
}

// plainGeometry decodes the geometry b (valid JSON) when it is plainly one
// of the six coordinate types; nil when it is not.
func plainGeometry(b []byte) orb.Geometry {
	p := parsers.Get()
	defer parsers.Put(p)
	v, err := p.ParseBytes(b)
	if err != nil {
		return nil
	}
	var r valueReader
	return r.coordinates(v)
}

// coordinates reads {"type": T, "coordinates": C} where T is Point,
// MultiPoint, LineString, MultiLineString, Polygon or MultiPolygon and
// every array of C is non-empty and every position two numbers; nil when v
// is not plainly that.
func (r *valueReader) coordinates(v *fastjson.Value) orb.Geometry {
	o := v.GetObject()
	if o == nil || o.Len() != 2 {
		return nil
	}
	var typ []byte
	var c *fastjson.Value
	o.Visit(func(key []byte, v *fastjson.Value) {
		switch string(key) {
		case "type":
			typ, _ = v.StringBytes()
		case "coordinates":
			c = v
		}
	})
	if c == nil || !plain(typ) {
		return nil
	}
	switch string(typ) {
	case "Point":
		if p, ok := r.point(c); ok {
			return p
		}
	case "MultiPoint":
		if pts := r.points(c); pts != nil {
			return orb.MultiPoint(pts)
		}
	case "LineString":
		if pts := r.points(c); pts != nil {
			return orb.LineString(pts)
		}
	case "MultiLineString":
		a := c.GetArray()
		ml := make(orb.MultiLineString, len(a))
		for i, x := range a {
			if ml[i] = r.points(x); ml[i] == nil {
				return nil
			}
		}
		if len(ml) > 0 {
			return ml
		}
	case "Polygon":
		if pg := r.polygon(c); pg != nil {
			return pg
		}
	case "MultiPolygon":
		a := c.GetArray()
		mp := make(orb.MultiPolygon, len(a))
		for i, x := range a {
			if mp[i] = r.polygon(x); mp[i] == nil {
				return nil
			}
		}
		if len(mp) > 0 {
			return mp
		}
	}
	return nil
}

// point reads [x, y].
func (r *valueReader) point(v *fastjson.Value) (p orb.Point, ok bool) {
	a := v.GetArray()
	if len(a) != 2 {
		return p, false
	}
	if p[0], ok = r.num(a[0]); !ok {
		return p, false
	}
	p[1], ok = r.num(a[1])
	return p, ok
}

// points reads a non-empty array of positions, nil when it cannot.
func (r *valueReader) points(v *fastjson.Value) []orb.Point {
	a := v.GetArray()
	if len(a) == 0 {
		return nil
	}
	pts := make([]orb.Point, len(a))
	for i, x := range a {
		var ok bool
		if pts[i], ok = r.point(x); !ok {
			return nil
		}
	}
	return pts
}

// polygon reads a non-empty array of non-empty rings, nil when it cannot.
func (r *valueReader) polygon(v *fastjson.Value) orb.Polygon {
	a := v.GetArray()
	if len(a) == 0 {
		return nil
	}
	pg := make(orb.Polygon, len(a))
	for i, x := range a {
		if pg[i] = r.points(x); pg[i] == nil {
			return nil
		}
	}
	return pg
}
