package geodata

import (
	"errors"

	"github.com/frontiers-atlas/frontiers/geodata/dialect"
)

// The hook of package dialect: DecodeFeatures reads foreign datasets
// (OpenHistoricalMap/QGIS exports, CShapes 2.0) through it, and its
// problems say what to do.

// foreign returns data in the Frontiers schema: as it is, or translated
// from another format by dialect.Normalize, with the notes of the reader
// used (which format it read, what it assumed).
func foreign(name string, data []byte) ([]byte, []string, error) {
	out, notes, err := dialect.Normalize(name, data)
	var dps dialect.Problems
	if errors.As(err, &dps) {
		probs := make(Problems, len(dps))
		for i, p := range dps {
			probs[i] = Problem{File: p.File, Index: p.Index, What: "feature", ID: p.ID, Field: p.Field, Msg: p.Msg}
		}
		return nil, notes, probs
	}
	return out, notes, err
}

// advise adds what to do to the problems in *err.
func advise(err *error) {
	var ps Problems
	if errors.As(*err, &ps) {
		for i := range ps {
			ps[i].Msg = dialect.Advice(ps[i].Field, ps[i].Msg)
		}
	}
}

// extraProps reads the property extra: an object of strings.
func extraProps(p map[string]any, bad func(string, string, ...any)) map[string]string {
	v, ok := p["extra"]
	if !ok || v == nil {
		return nil
	}
	m, ok := v.(map[string]any)
	if !ok {
		bad("extra", "want an object of strings, have %s", jsonType(v))
		return nil
	}
	out := make(map[string]string, len(m))
	for k, x := range m {
		s, ok := x.(string)
		if !ok {
			bad("extra."+k, "want a string, have %s", jsonType(x))
			continue
		}
		out[k] = s
	}
	return out
}
