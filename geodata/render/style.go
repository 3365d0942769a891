package render

import (
	"image/color"

	"github.com/frontiers-atlas/frontiers/geodata"
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

// Theme is the map's background colours.
type Theme struct {
	Sea, Land, Border, Coast, Hatch, Select, Label, Halo color.RGBA
}

// Light and Dark are the map themes.
var (
	Light = Theme{
		Sea:    color.RGBA{0xd4, 0xe4, 0xee, 0xff},
		Land:   color.RGBA{0xe4, 0xe0, 0xd8, 0xff},
		Border: color.RGBA{0x3a, 0x34, 0x30, 0xff},
		Coast:  color.RGBA{0x6a, 0x86, 0x9a, 0xff},
		Hatch:  color.RGBA{0x20, 0x20, 0x60, 0xff},
		Select: color.RGBA{0xff, 0xff, 0xff, 0xff},
		Label:  color.RGBA{0x20, 0x1c, 0x18, 0xff},
		Halo:   color.RGBA{0xff, 0xff, 0xff, 0xff},
	}
	Dark = Theme{
		Sea:    color.RGBA{0x1c, 0x26, 0x33, 0xff},
		Land:   color.RGBA{0x4a, 0x4a, 0x4a, 0xff},
		Border: color.RGBA{0x10, 0x10, 0x10, 0xff},
		Coast:  color.RGBA{0x8a, 0xa6, 0xba, 0xff},
		Hatch:  color.RGBA{0xff, 0xff, 0xff, 0xff},
		Select: color.RGBA{0xff, 0xff, 0xa0, 0xff},
		Label:  color.RGBA{0xf0, 0xf0, 0xf0, 0xff},
		Halo:   color.RGBA{0x00, 0x00, 0x00, 0xff},
	}
)
