package render

import (
	"image/color"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render/colour"
	"github.com/frontiers-atlas/frontiers/geodata/render/label"
)

// Style says how a map is drawn: which layer, which highlights and overlays.
type Style struct {
	Layer   geodata.Layer
	Palette Palette
	Theme   Theme
	// Topics are the highlight layers shown hatched and outlined ("baltic", ...).
	Topics []string
	// Overlays are the overlay kinds drawn ("frontier", "sphere", "base", "passage").
	Overlays []string
	// Selected is the id of the territory drawn as selected.
	Selected string
	// Scale is the device pixels per logical pixel (HiDPI); 0 means 1.
	Scale float64
	// Changed, when not nil, is the set of territory ids drawn in full:
	// the others are drawn faded (the changes between two dates).
	Changed map[string]bool
	// Names are the dated names the labels are drawn with (see
	// DefaultNames); nil draws no labels.
	Names *label.Names
	// Graticule is the spacing in degrees of the meridians and parallels
	// drawn over the map; 0 draws none.
	Graticule float64
	// Lang is the language of the labels (ISO 639-1: "de", "ru"): a
	// territory is labelled with its name in it where the data has one
	// (the feature's names), else with its own; "" is English.
	Lang string
}

// scale returns the style's scale, 1 when unset.
func (s Style) scale() float64 {
	if s.Scale <= 0 {
		return 1
	}
	return s.Scale
}

// theme returns the style's theme, Light when unset.
func (s Style) theme() Theme {
	if s.Theme == (Theme{}) {
		return Light
	}
	return s.Theme
}

// DefaultStyle is the control layer in the light theme with every highlight
// and overlay on, labelled with the bundled names.
func DefaultStyle() Style {
	return Style{Layer: geodata.Control, Theme: Light, Topics: geodata.Topics, Overlays: []string{geodata.KindFrontier, geodata.KindSphere, geodata.KindBase, geodata.KindPassage, geodata.KindFront}, Names: DefaultNames()}
}

// Theme is the map's background colours. The renderer draws in the
// style's palette (Style.Colours) and asks its theme only whether it is
// dark (IsDark); the colours are for what is drawn around the map.
type Theme struct {
	Sea, Land, Border, Coast, Hatch, Select, Label, Halo color.RGBA
}

// Light and Dark are the map themes: those of the standard palette of
// the bundled palette file (ThemeOf); a style's palette decides the
// colours drawn (Style.Colours), its theme whether they are dark.
var (
	Light = paletteTheme(colour.Light)
	Dark  = paletteTheme(colour.Dark)
)
