package geodata

import (
	"math"

	"github.com/paulmach/orb"
)

// grid is a spatial index of pieces: one-degree cells, each listing the
// pieces whose bound touches it.
type grid struct {
	cells map[[2]int16][]int32
}

func cellOf(p orb.Point) [2]int16 {
	return [2]int16{int16(math.Floor(p[0])), int16(math.Floor(p[1]))}
}

func newGrid(pieces []*piece) grid {
	bounds := make([]orb.Bound, len(pieces))
	for i, p := range pieces {
		bounds[i] = p.bound
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

// at returns the pieces whose bound may contain p.
func (g grid) at(p orb.Point) []int32 {
	if math.IsNaN(p[0]) || math.IsNaN(p[1]) || math.Abs(p[0]) > 180 || math.Abs(p[1]) > 90 {
		return nil
	}
	return g.cells[cellOf(p)]
}
