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
	g := grid{cells: map[[2]int16][]int32{}}
	for i, p := range pieces {
		lo, hi := cellOf(p.bound.Min), cellOf(p.bound.Max)
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
