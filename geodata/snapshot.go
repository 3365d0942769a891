package geodata

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/encoding/wkb"

	"github.com/frontiers-atlas/frontiers/geodata/internal/parallel"
)

// A snapshot is a dataset's features in binary, for start-up without a
// JSON parser for the geometry: the distinct geometries as WKB
// (orb/encoding/wkb), then each feature as a JSON object of its type, id
// and properties (small) with the number of its geometry. The GeoJSON
// stays the source; a snapshot is made from features DecodeFeatures read
// and checked (see EncodeSnapshot), and reads back to the same features.
//
// Layout: snapshotMagic; uvarint count of geometries, each a uvarint
// length and its WKB; uvarint count of features, each the uvarint number
// of its geometry (0 for none, else 1 + its index), a uvarint length and
// its JSON.
const snapshotMagic = "frontiers snapshot 1\n"

// EncodeSnapshot writes features, as DecodeFeatures returned them, into a
// snapshot. Features that repeat a geometry share it in the snapshot.
func EncodeSnapshot(features []*Feature) ([]byte, error) {
	var geoms [][]byte
	num := map[string]int{}
	ref := make([]int, len(features))
	for i, f := range features {
		if f.Geometry == nil {
			continue
		}
		b, err := wkb.Marshal(f.Geometry)
		if err != nil {
			return nil, fmt.Errorf("feature %d (%s): geometry: %w", f.Index, f.ID, err)
		}
		k, ok := num[string(b)]
		if !ok {
			k = len(geoms)
			num[string(b)] = k
			geoms = append(geoms, b)
		}
		ref[i] = k + 1
	}
	out := []byte(snapshotMagic)
	out = binary.AppendUvarint(out, uint64(len(geoms)))
	for _, g := range geoms {
		out = binary.AppendUvarint(out, uint64(len(g)))
		out = append(out, g...)
	}
	out = binary.AppendUvarint(out, uint64(len(features)))
	for i, f := range features {
		js, err := json.Marshal(struct {
			Type       string         `json:"type"`
			ID         string         `json:"id"`
			Properties map[string]any `json:"properties"`
		}{"Feature", f.ID, f.Properties})
		if err != nil {
			return nil, fmt.Errorf("feature %d (%s): properties: %w", f.Index, f.ID, err)
		}
		out = binary.AppendUvarint(out, uint64(ref[i]))
		out = binary.AppendUvarint(out, uint64(len(js)))
		out = append(out, js...)
	}
	return out, nil
}

// DecodeSnapshot reads the features of a snapshot made by EncodeSnapshot;
// name is the file name used in problems. The properties are read as
// DecodeFeatures reads them (every problem reported the same way); the
// geometry, checked when the snapshot was made, is not checked again.
// Features are numbered in snapshot order; those that repeat a geometry
// share it (DecodeFeatures gives each a copy): the features are read-only.
func DecodeSnapshot(name string, data []byte) ([]*Feature, error) {
	bad := func(msg string, a ...any) error {
		return Problems{{File: name, Index: -1, Msg: "not a snapshot made by this version (remake it from the GeoJSON): " + fmt.Sprintf(msg, a...)}}
	}
	if len(data) < len(snapshotMagic) || string(data[:len(snapshotMagic)]) != snapshotMagic {
		return nil, bad("no snapshot header")
	}
	r := snapshotReader{data: data[len(snapshotMagic):]}
	raw := make([][]byte, r.count())
	for i := range raw {
		raw[i] = r.bytes()
	}
	n := r.count()
	if n > MaxFeatures {
		r.err = fmt.Errorf("%d features is more than the %d a dataset may have", n, MaxFeatures)
	}
	jfs := make([]jsonFeature, n)
	refs := make([]int, n)
	js := make([][]byte, n)
	for i := 0; i < n && r.err == nil; i++ {
		refs[i] = int(r.uvarint(uint64(len(raw))))
		js[i] = r.bytes()
	}
	if r.err == nil && len(r.data) > 0 {
		r.err = fmt.Errorf("%d bytes after the last feature", len(r.data))
	}
	if r.err != nil {
		return nil, bad("%v", r.err)
	}
	geoms := make([]orb.Geometry, len(raw))
	errs := make([]error, len(raw)+n)
	parallel.For(len(raw), func(i int) { geoms[i], errs[i] = wkb.Unmarshal(raw[i]) })
	feats := make([]*Feature, n)
	probs := make([]Problems, n)
	parallel.For(n, func(i int) {
		if err := json.Unmarshal(js[i], &jfs[i]); err != nil {
			errs[len(raw)+i] = fmt.Errorf("feature %d: %w", i, err)
			return
		}
		var gr geomResult
		if k := refs[i]; k > 0 && geoms[k-1] != nil {
			gr.geom = geoms[k-1]
		} else {
			gr.msg = "missing"
		}
		switch g := gr.geom.(type) {
		case orb.MultiPolygon:
			gr.bound = multiBound(g)
		case orb.Polygon:
			gr.bound = multiBound(orb.MultiPolygon{g})
		case nil:
		default:
			gr.bound = g.Bound()
		}
		feats[i], probs[i] = readFeature(name, i, &jfs[i], gr)
	})
	if err := errors.Join(errs...); err != nil {
		return nil, bad("%v", err)
	}
	var all Problems
	for _, p := range probs {
		all = append(all, p...)
	}
	if len(all) > 0 {
		return nil, all
	}
	return feats, nil
}

// snapshotReader reads the numbers and byte strings of a snapshot,
// keeping the first error.
type snapshotReader struct {
	data []byte
	err  error
}

// uvarint reads a number of at most limit.
func (r *snapshotReader) uvarint(limit uint64) uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.data)
	if n <= 0 || v > limit {
		r.err = fmt.Errorf("a number is cut off or larger than %d", limit)
		return 0
	}
	r.data = r.data[n:]
	return v
}

// count reads a count of records or bytes: each takes a byte at least.
func (r *snapshotReader) count() int { return int(r.uvarint(uint64(len(r.data)))) }

func (r *snapshotReader) bytes() []byte {
	l := r.count()
	if r.err != nil {
		return nil
	}
	if l > len(r.data) {
		r.err = errors.New("a record is cut off")
		return nil
	}
	b := r.data[:l]
	r.data = r.data[l:]
	return b
}
