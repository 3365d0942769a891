package geodata

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"sync/atomic"
	"unicode/utf8"

	"github.com/paulmach/orb"
)

// The fast path of DecodeFeatures: a hand-written JSON reader for files in
// the usual shape, which gives the same features and problems as the
// encoding/json path without its reflection.
//
// It declines (ok false) whenever the result could differ: anything not
// strictly valid JSON, a collection or feature member of an unexpected
// type, a key that encoding/json would match without regard to case, a
// repeated key, a number out of range, nesting deeper than maxFastDepth.
// A declined file is decoded again by decodeFeaturesJSON, which words the
// problem. A feature whose members are of unexpected types (but valid JSON)
// is decoded by decodeFeature alone; a geometry that is not plainly one of
// the six coordinate types by decodeGeometry alone.
//
// Geometries repeated byte for byte (versions of a territory that keep their
// borders) are decoded and checked once, then copied.

// maxFastDepth is the deepest nesting the fast path reads.
const maxFastDepth = 64

// fastFeature is a feature as read by the fast path: its members, and where
// its geometry lies in the file.
type fastFeature struct {
	rf   rawFeature
	geom []byte // the geometry's JSON text, nil when absent
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

	// Read the features on every core.
	ff := make([]fastFeature, n)
	var bail atomic.Bool
	parallel(n, func(i int) {
		if bail.Load() {
			return
		}
		var fine bool
		ff[i], fine = readFeature(data[spans[i][0]:spans[i][1]])
		if !fine {
			// Not decodable here: valid JSON goes to decodeFeature, invalid
			// JSON declines the file.
			if !json.Valid(data[spans[i][0]:spans[i][1]]) {
				bail.Store(true)
			}
			ff[i].slow = true
		}
	})
	if bail.Load() {
		return nil, nil, false
	}

	// Each distinct geometry is decoded once.
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
		var fine bool
		if geoms[i], fine = readGeometry(ff[i].geom); !fine {
			bail.Store(true)
		}
	})
	if bail.Load() {
		return nil, nil, false
	}

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

// reader reads JSON text strictly (RFC 8259): ok false on anything else.
type reader struct {
	b     []byte
	i     int
	depth int
}

func (r *reader) ws() {
	for r.i < len(r.b) {
		switch r.b[r.i] {
		case ' ', '\t', '\n', '\r':
			r.i++
		default:
			return
		}
	}
}

// peek skips white space and returns the next byte, 0 at the end.
func (r *reader) peek() byte {
	r.ws()
	if r.i < len(r.b) {
		return r.b[r.i]
	}
	return 0
}

// atEnd skips white space and reports whether nothing is left.
func (r *reader) atEnd() bool {
	r.ws()
	return r.i == len(r.b)
}

// eat skips white space and c.
func (r *reader) eat(c byte) bool {
	if r.peek() != c {
		return false
	}
	r.i++
	return true
}

// object reads an object, calling member for each key with the reader at
// its value; member must read the value.
func (r *reader) object(member func(key string) bool) bool {
	if !r.eat('{') {
		return false
	}
	if r.depth++; r.depth > maxFastDepth {
		return false
	}
	if r.eat('}') {
		r.depth--
		return true
	}
	for {
		key, ok := r.str()
		if !ok || !r.eat(':') {
			return false
		}
		r.ws()
		if !member(key) {
			return false
		}
		if r.eat('}') {
			r.depth--
			return true
		}
		if !r.eat(',') {
			return false
		}
	}
}

// array reads an array, calling elem with the reader at each element;
// elem must read it.
func (r *reader) array(elem func() bool) bool {
	if !r.eat('[') {
		return false
	}
	if r.depth++; r.depth > maxFastDepth {
		return false
	}
	if r.eat(']') {
		r.depth--
		return true
	}
	for {
		r.ws()
		if !elem() {
			return false
		}
		if r.eat(']') {
			r.depth--
			return true
		}
		if !r.eat(',') {
			return false
		}
	}
}

// str reads a string.
func (r *reader) str() (string, bool) {
	if !r.eat('"') {
		return "", false
	}
	start := r.i
	escaped := false
	for r.i < len(r.b) {
		c := r.b[r.i]
		switch {
		case c == '"':
			r.i++
			if !escaped {
				return string(r.b[start : r.i-1]), true
			}
			// Escapes are rare: encoding/json unquotes them.
			var s string
			if json.Unmarshal(r.b[start-1:r.i], &s) != nil {
				return "", false
			}
			return s, true
		case c < 0x20:
			return "", false
		case c == '\\':
			escaped = true
			r.i++
			if r.i >= len(r.b) {
				return "", false
			}
			switch r.b[r.i] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				r.i++
			case 'u':
				if r.i+5 > len(r.b) {
					return "", false
				}
				for _, h := range r.b[r.i+1 : r.i+5] {
					if !('0' <= h && h <= '9' || 'a' <= h && h <= 'f' || 'A' <= h && h <= 'F') {
						return "", false
					}
				}
				r.i += 5
			default:
				return "", false
			}
		default:
			r.i++
		}
	}
	return "", false
}

var pow10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// num reads a number as encoding/json does into a float64: ok false when
// it is out of range.
func (r *reader) num() (float64, bool) {
	b, start := r.b, r.i
	i := start
	neg := i < len(b) && b[i] == '-'
	if neg {
		i++
	}
	var mant uint64
	digits, exp, exact := 0, 0, true
	digit := func(c byte) {
		if digits < 19 {
			mant = mant*10 + uint64(c-'0')
			if mant != 0 {
				digits++
			}
		} else {
			exact = false
		}
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case i < len(b) && '1' <= b[i] && b[i] <= '9':
		for i < len(b) && '0' <= b[i] && b[i] <= '9' {
			digit(b[i])
			if !exact {
				exp++ // an integer digit beyond 19
			}
			i++
		}
	default:
		return 0, false
	}
	if i < len(b) && b[i] == '.' {
		i++
		if i >= len(b) || b[i] < '0' || b[i] > '9' {
			return 0, false
		}
		for i < len(b) && '0' <= b[i] && b[i] <= '9' {
			digit(b[i])
			exp--
			i++
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		exact = false // rare: strconv reads it
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		if i >= len(b) || b[i] < '0' || b[i] > '9' {
			return 0, false
		}
		for i < len(b) && '0' <= b[i] && b[i] <= '9' {
			i++
		}
	}
	r.i = i
	// mant·10^exp is exact in float64 arithmetic when mant < 2^53 and
	// |exp| ≤ 22: one correctly rounded operation, so the same float64 as
	// strconv.ParseFloat's.
	if exact && mant < 1<<53 && -22 <= exp && exp <= 22 {
		f := float64(mant)
		if exp > 0 {
			f *= pow10[exp]
		} else if exp < 0 {
			f /= pow10[-exp]
		}
		if neg {
			f = -f
		}
		return f, true
	}
	f, err := strconv.ParseFloat(string(b[start:i]), 64)
	return f, err == nil
}

// literal reads true, false or null.
func (r *reader) literal(word string) bool {
	if len(r.b)-r.i < len(word) || string(r.b[r.i:r.i+len(word)]) != word {
		return false
	}
	r.i += len(word)
	return true
}

// value reads any value as encoding/json decodes it into an any.
func (r *reader) value() (any, bool) {
	switch c := r.peek(); {
	case c == '{':
		m := map[string]any{}
		ok := r.object(func(key string) bool {
			v, ok := r.value()
			m[key] = v
			return ok
		})
		return m, ok
	case c == '[':
		a := []any{}
		ok := r.array(func() bool {
			v, ok := r.value()
			a = append(a, v)
			return ok
		})
		return a, ok
	case c == '"':
		return r.str()
	case c == '-' || '0' <= c && c <= '9':
		return r.num()
	case c == 't':
		return true, r.literal("true")
	case c == 'f':
		return false, r.literal("false")
	case c == 'n':
		return nil, r.literal("null")
	}
	return nil, false
}

// skip reads a value and returns its text.
func (r *reader) skip() ([]byte, bool) {
	r.ws()
	start := r.i
	_, ok := r.value()
	return r.b[start:r.i], ok
}

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

// collectionSpans reads a FeatureCollection and returns where its features
// lie. Features are only skipped over: readFeature (or json.Valid) reads
// each in full later.
func collectionSpans(data []byte) (spans [][2]int, ok bool) {
	r := &reader{b: data}
	var seen [2]bool
	var typ string
	ok = r.object(func(key string) bool {
		k, ok := member(key, "type", "features")
		if !ok || k >= 0 && seen[k] {
			return false
		}
		switch k {
		case 0:
			seen[0] = true
			typ, ok = r.str()
			return ok
		case 1:
			seen[1] = true
			return r.array(func() bool {
				start := r.i
				if !r.skipRaw() {
					return false
				}
				spans = append(spans, [2]int{start, r.i})
				return true
			})
		}
		_, ok = r.skip()
		return ok
	})
	if !ok || !r.atEnd() || typ != "FeatureCollection" || !seen[1] {
		return nil, false
	}
	return spans, true
}

// skipRaw moves past one value without checking it: past a string, to the
// bracket that closes an object or array, or to the end of anything else.
func (r *reader) skipRaw() bool {
	b := r.b
	if r.i >= len(b) {
		return false
	}
	switch b[r.i] {
	case '"':
		return r.skipString()
	case '{', '[':
		depth := 0
		i := r.i
		for {
			for i < len(b) && !structural[b[i]] {
				i++
			}
			if i >= len(b) {
				return false
			}
			switch b[i] {
			case '"':
				r.i = i
				if !r.skipString() {
					return false
				}
				i = r.i
				continue
			case '{', '[':
				depth++
			default: // '}', ']'
				if depth--; depth == 0 {
					r.i = i + 1
					return true
				}
			}
			i++
		}
	}
	start := r.i
	for r.i < len(b) {
		switch b[r.i] {
		case ' ', '\t', '\n', '\r', ',', ']', '}':
			return r.i > start
		}
		r.i++
	}
	return r.i > start
}

// structural marks the bytes skipRaw stops at in an object or array.
var structural = [256]bool{'"': true, '{': true, '[': true, '}': true, ']': true}

// skipString moves past a string without checking it.
func (r *reader) skipString() bool {
	b := r.b
	// Usually no escapes: the closing quote is the next quote.
	if q := bytes.IndexByte(b[r.i+1:], '"'); q >= 0 && bytes.IndexByte(b[r.i+1:r.i+1+q], '\\') < 0 {
		r.i += q + 2
		return true
	}
	for r.i++; r.i < len(b); {
		switch b[r.i] {
		case '"':
			r.i++
			return true
		case '\\':
			r.i += 2
		default:
			r.i++
		}
	}
	return false
}

// readFeature reads a feature in the usual shape: an object whose type is a
// string and whose properties are an object or null.
func readFeature(b []byte) (ff fastFeature, ok bool) {
	r := &reader{b: b}
	var seen [4]bool
	ok = r.object(func(key string) bool {
		k, ok := member(key, "type", "id", "geometry", "properties")
		if !ok || k >= 0 && seen[k] {
			return false
		}
		if k >= 0 {
			seen[k] = true
		}
		switch k {
		case 0:
			ff.rf.Type, ok = r.str()
		case 1:
			ff.rf.ID, ok = r.value()
		case 2:
			// Checked when read by readGeometry.
			start := r.i
			ok = r.skipRaw()
			ff.geom = r.b[start:r.i]
		case 3:
			if r.peek() == 'n' {
				return r.literal("null")
			}
			if r.peek() != '{' {
				return false
			}
			var v any
			v, ok = r.value()
			ff.rf.Properties, _ = v.(map[string]any)
		default:
			_, ok = r.skip()
		}
		return ok
	})
	return ff, ok && r.atEnd()
}

// readGeometry decodes and checks a geometry, with decodeGeometry when it
// is not plainly one of the six coordinate types; ok is false when it is
// not valid JSON.
func readGeometry(b []byte) (gr geomResult, ok bool) {
	if g, ok := readCoordinates(b); ok {
		return checkedGeometry(g), true
	}
	if b != nil && !json.Valid(b) {
		return geomResult{}, false
	}
	return decodeGeometry(b), true
}

// readCoordinates reads {"type": T, "coordinates": C} where T is Point,
// MultiPoint, LineString, MultiLineString, Polygon or MultiPolygon and
// every array of C is non-empty and every position two numbers.
func readCoordinates(b []byte) (orb.Geometry, bool) {
	r := &reader{b: b}
	var typ string
	var coords []byte
	var seen [2]bool
	ok := r.object(func(key string) bool {
		k, ok := member(key, "type", "coordinates", "geometries")
		if !ok || k < 0 || k > 1 || seen[k] {
			return false // other members (bbox, geometries): decodeGeometry
		}
		seen[k] = true
		if k == 0 {
			typ, ok = r.str()
			return ok
		}
		start := r.i
		ok = r.skipRaw() // checked when read below
		coords = r.b[start:r.i]
		return ok
	})
	if !ok || !r.atEnd() || !seen[0] || !seen[1] {
		return nil, false
	}
	c := &coordReader{reader: reader{b: coords}}
	var g orb.Geometry
	switch typ {
	case "Point":
		var p orb.Point
		p, ok = c.point()
		g = p
	case "MultiPoint":
		var pts []orb.Point
		pts, ok = c.points()
		g = orb.MultiPoint(pts)
	case "LineString":
		var pts []orb.Point
		pts, ok = c.points()
		g = orb.LineString(pts)
	case "MultiLineString":
		var ml orb.MultiLineString
		ok = c.array(func() bool {
			pts, ok := c.points()
			ml = append(ml, pts)
			return ok
		}) && len(ml) > 0
		g = ml
	case "Polygon":
		var pg orb.Polygon
		pg, ok = c.polygon()
		g = pg
	case "MultiPolygon":
		var mp orb.MultiPolygon
		ok = c.array(func() bool {
			pg, ok := c.polygon()
			mp = append(mp, pg)
			return ok
		}) && len(mp) > 0
		g = mp
	default:
		return nil, false
	}
	if !ok || !c.atEnd() {
		return nil, false
	}
	return g, true
}

// coordReader reads GeoJSON coordinates.
type coordReader struct {
	reader
	buf []orb.Point // positions being read
}

// point reads [x, y].
func (c *coordReader) point() (orb.Point, bool) {
	var p orb.Point
	var ok bool
	if !c.eat('[') {
		return p, false
	}
	c.ws()
	if p[0], ok = c.num(); !ok || !c.eat(',') {
		return p, false
	}
	c.ws()
	if p[1], ok = c.num(); !ok || !c.eat(']') {
		return p, false
	}
	return p, true
}

// points reads a non-empty array of positions.
func (c *coordReader) points() ([]orb.Point, bool) {
	c.buf = c.buf[:0]
	ok := c.array(func() bool {
		p, ok := c.point()
		c.buf = append(c.buf, p)
		return ok
	})
	if !ok || len(c.buf) == 0 {
		return nil, false
	}
	return append([]orb.Point(nil), c.buf...), true
}

// polygon reads a non-empty array of non-empty rings.
func (c *coordReader) polygon() (orb.Polygon, bool) {
	var pg orb.Polygon
	ok := c.array(func() bool {
		pts, ok := c.points()
		pg = append(pg, pts)
		return ok
	})
	return pg, ok && len(pg) > 0
}
