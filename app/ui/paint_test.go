package ui

import (
	"image/color"

	"github.com/frontiers-atlas/frontiers/geodata/render"
	"github.com/frontiers-atlas/frontiers/geodata/render/colour"
)

// offStripes returns the first column from x on whose pixel in row y no
// stripe crosses: not on an occupation's ((x+y) mod 8 < 2) nor on a
// highlight's ((x−y) mod 8 = 0), as the renderer stripes them.
func offStripes(x, y int) int {
	for (x+y)&7 < 2 || (x-y)&7 == 0 {
		x++
	}
	return x
}

// occupiedFill is the fill of land the palette file's state st occupies,
// in the standard palette's light theme, without its stripes.
func occupiedFill(st string) color.RGBA {
	p := render.Style{}.Colours()
	return p.PaintOf(p.Scheme().State(st), colour.Occupation).Fill
}
