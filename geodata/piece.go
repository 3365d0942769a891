package geodata

import (
	"encoding/binary"
	"math"
	"sync"

	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/geodata/internal/parallel"
)

// Piece is one territory geometry and the versions drawn with it: the
// versions of a territory that keep its borders share one piece. Pieces
// are what a map draws; see Atlas.Pieces.
type Piece struct {
	// Geometry is in lon/lat, Projected in projected metres (see Project);
	// Bound and ProjectedBound are their bounds.
	Geometry, Projected   orb.MultiPolygon
	Bound, ProjectedBound orb.Bound
	// Versions are the features drawn with the piece, in file order.
	Versions []*Feature
	// Approximate is set when some version's border is known only roughly.
	Approximate bool
}

// Pieces returns the territory pieces, in the order of their first
// version in the file. Do not modify them.
func (a *Atlas) Pieces() []*Piece { return a.pieces }

// PieceVersions returns, by piece, the version valid on day d, or nil
// where none is. Do not modify the slice.
func (a *Atlas) PieceVersions(d Day) []*Feature { return a.pieceOf[a.Epoch(d)] }

// ProjectedLand returns the backdrop of land outside the data in
// projected metres, or nil when there is none.
func (a *Atlas) ProjectedLand() orb.MultiPolygon { return a.landP }

func (a *Atlas) indexPieces() {
	byGeom := map[string]int{}
	pieceOf := map[*Feature]int{}
	for _, f := range a.features {
		if f.Kind != KindTerritory {
			continue
		}
		mp := asMulti(f.Geometry)
		// Versions of one id usually share their geometry: key by id and
		// geometry so that a changed geometry makes a new piece.
		key := f.ID + "\x00" + geomKey(mp)
		i, ok := byGeom[key]
		if !ok {
			i = len(a.pieces)
			byGeom[key] = i
			a.pieces = append(a.pieces, &Piece{Geometry: mp, Bound: f.Bound})
		}
		p := a.pieces[i]
		p.Versions = append(p.Versions, f)
		p.Approximate = p.Approximate || f.Approximate
		pieceOf[f] = i
	}
	a.pieceOf = make([][]*Feature, len(a.epochs))
	for e, fs := range a.epochs {
		row := make([]*Feature, len(a.pieces))
		for _, f := range fs {
			if i, ok := pieceOf[f]; ok {
				row[i] = f
			}
		}
		a.pieceOf[e] = row
	}
	a.grid = newGrid(a.pieces)
	a.edges = make([]pieceEdges, len(a.pieces))
	parallel.For(len(a.pieces), func(i int) {
		p := a.pieces[i]
		p.Projected = projectMulti(p.Geometry)
		p.ProjectedBound = multiBound(p.Projected)
	})
}

// pieceEdges is a piece's edge index, made the first time TerritoryAt
// needs it (under a ms for the largest piece): loading makes none, and
// pieces nobody points at never get one.
type pieceEdges struct {
	once sync.Once
	ix   *edgeIndex
}

// pieceEdges returns the edge index of piece i.
func (a *Atlas) pieceEdges(i int) *edgeIndex {
	e := &a.edges[i]
	e.once.Do(func() { e.ix = newEdgeIndex(a.pieces[i].Geometry) })
	return e.ix
}

func asMulti(g orb.Geometry) orb.MultiPolygon {
	switch g := g.(type) {
	case orb.Polygon:
		return orb.MultiPolygon{g}
	case orb.MultiPolygon:
		return g
	}
	return nil
}

// geomKey is a cheap fingerprint of a geometry: its number of points and
// a sample of them (about 16 a ring), bit for bit.
func geomKey(mp orb.MultiPolygon) string {
	var b []byte
	n := 0
	for _, pg := range mp {
		for _, r := range pg {
			n += len(r)
			for i := 0; i < len(r); i += 1 + len(r)/16 {
				b = binary.LittleEndian.AppendUint64(b, math.Float64bits(r[i][0]))
				b = binary.LittleEndian.AppendUint64(b, math.Float64bits(r[i][1]))
			}
		}
	}
	return string(binary.AppendUvarint(b, uint64(n)))
}

// multiBound is mp.Bound(): the union of the polygons' outer rings'
// bounds, in one pass over their points.
func multiBound(mp orb.MultiPolygon) orb.Bound {
	b := noBound
	for _, pg := range mp {
		if len(pg) > 0 {
			b = unionBound(b, ringBound(pg[0]))
		}
	}
	return b
}

// unionBound is the bound of a and b, either of which may be empty.
func unionBound(a, b orb.Bound) orb.Bound {
	switch {
	case a.IsEmpty():
		return b
	case b.IsEmpty():
		return a
	}
	return a.Union(b)
}

// noBound is orb's bound of nothing (Min beyond Max): unions ignore it.
var noBound = orb.Bound{Min: orb.Point{1, 1}, Max: orb.Point{-1, -1}}

// ringBound is r.Bound(), in one pass over the points.
func ringBound(r orb.Ring) orb.Bound {
	if len(r) == 0 {
		return noBound
	}
	b := orb.Bound{Min: r[0], Max: r[0]}
	for _, p := range r[1:] {
		b.Min[0], b.Max[0] = min(b.Min[0], p[0]), max(b.Max[0], p[0])
		b.Min[1], b.Max[1] = min(b.Min[1], p[1]), max(b.Max[1], p[1])
	}
	return b
}
