package render

import (
	"image/color"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render/colour"
)

// Palette chooses the palette of the bundled palette file
// (assets/palette.json, package colour) the map is drawn in.
type Palette uint8

// The palettes.
const (
	// Standard is the period atlas's palette (colour.Standard).
	Standard Palette = iota
	// ColorBlind is the palette told apart with the common colour-vision
	// deficiencies (colour.ColourBlind).
	ColorBlind
)

// Variant returns the palette of package colour pal stands for.
func (pal Palette) Variant() colour.Variant {
	if pal == ColorBlind {
		return colour.ColourBlind
	}
	return colour.Standard
}

// Color returns the fill of holder h's land in the light theme as the
// renderer draws it where h holds it as its own or by its regime
// (colour.Palette.Fill): the same on every date. Land occupied otherwise
// than by a regime of the occupier's is told by the territory, not the
// holder: see colour.Palette.Paint.
func (pal Palette) Color(h geodata.Holder) color.RGBA {
	return bundledScheme().Palette(pal.Variant(), colour.Light).Fill(h, geodata.Control, geodata.First)
}
