package geodata

import (
	"math"

	"github.com/paulmach/orb"
)

// TerritoryAt returns the territory at p (longitude, latitude) on day d,
// or nil at sea or outside the data. Where territories overlap it returns
// the first in file order. A point on a border is in the territories on
// both sides (planar.MultiPolygonContains decides, through an index of
// the pieces' segments: see edgeIndex).
func (a *Atlas) TerritoryAt(d Day, p orb.Point) *Feature {
	row := a.PieceVersions(d)
	var best *Feature
	for _, pi := range a.grid.at(p) {
		f := row[pi]
		if f == nil {
			continue
		}
		if !a.pieces[pi].Bound.Contains(p) || !a.pieceEdges(int(pi)).contains(p) {
			continue
		}
		if best == nil || f.Index < best.Index {
			best = f
		}
	}
	return best
}

// OnLand reports whether p is on the backdrop's land.
func (a *Atlas) OnLand(p orb.Point) bool {
	for _, i := range a.landGrid.at(p) {
		if a.landBounds[i].Contains(p) && a.landEdges()[i].contains(p) {
			return true
		}
	}
	return false
}

// grid is a spatial index of bounds: one-degree cells, each listing the
// bounds that touch it.
type grid struct {
	cells map[[2]int16][]int32
}

func cellOf(p orb.Point) [2]int16 {
	return [2]int16{int16(math.Floor(p[0])), int16(math.Floor(p[1]))}
}

func newGrid(pieces []*Piece) grid {
	bounds := make([]orb.Bound, len(pieces))
	for i, p := range pieces {
		bounds[i] = p.Bound
	}
	return gridOf(bounds)
}

// gridOf indexes bounds: cell → the indices of the bounds that touch it.
func gridOf(bounds []orb.Bound) grid {
	g := grid{cells: map[[2]int16][]int32{}}
	for i, b := range bounds {
		lo, hi := cellOf(b.Min), cellOf(b.Max)
		for x := lo[0]; x <= hi[0]; x++ {
			for y := lo[1]; y <= hi[1]; y++ {
				k := [2]int16{x, y}
				g.cells[k] = append(g.cells[k], int32(i))
			}
		}
	}
	return g
}

// at returns the indices of the bounds that may contain p.
func (g grid) at(p orb.Point) []int32 {
	if math.IsNaN(p[0]) || math.IsNaN(p[1]) || math.Abs(p[0]) > 180 || math.Abs(p[1]) > 90 {
		return nil
	}
	return g.cells[cellOf(p)]
}
