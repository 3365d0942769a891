package geodata

import (
	"fmt"
	"strings"

	"github.com/paulmach/orb"
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
		mp := AsMulti(f.Geometry)
		// Versions of one id usually share their geometry: key by id and
		// geometry so that a changed geometry makes a new piece.
		key := f.ID + "\x00" + geomKey(mp)
		i, ok := byGeom[key]
		if !ok {
			i = len(a.pieces)
			byGeom[key] = i
			proj := projectMulti(mp)
			a.pieces = append(a.pieces, &Piece{Geometry: mp, Projected: proj, Bound: f.Bound, ProjectedBound: proj.Bound()})
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
}

// AsMulti returns g as a MultiPolygon: a Polygon as the one polygon of
// one, a MultiPolygon as it is, any other geometry (a point or a line) as
// nil.
func AsMulti(g orb.Geometry) orb.MultiPolygon {
	switch g := g.(type) {
	case orb.Polygon:
		return orb.MultiPolygon{g}
	case orb.MultiPolygon:
		return g
	}
	return nil
}

// geomKey is a cheap fingerprint of a geometry: its size, bound and a
// sample of its points.
func geomKey(mp orb.MultiPolygon) string {
	var b strings.Builder
	n := 0
	for _, pg := range mp {
		for _, r := range pg {
			n += len(r)
			for i := 0; i < len(r); i += 1 + len(r)/16 {
				fmt.Fprintf(&b, "%.6f,%.6f;", r[i][0], r[i][1])
			}
		}
	}
	fmt.Fprintf(&b, "#%d", n)
	return b.String()
}
