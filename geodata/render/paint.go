package render

import (
	"image/color"
	"sync"

	"github.com/frontiers-atlas/frontiers/geodata/render/colour"
)

// The renderer takes every colour of the map from a colour.Palette of
// the bundled palette file: the fills of the states and of the land they
// hold, the sea, the land outside the data, the borders, the coasts, the
// overlays' lines and the selection. The file's tests hold its colours
// apart by CIEDE2000 (colour.DeltaE2000): ΔE00 ≥ 10 between any two of the
// main actors and between neighbours on every change day, ≥ 20 between
// the sea and any fill, in both palettes and both themes (see package
// colour); TestSeaNeverLand checks the map as drawn.

// bundledScheme is the bundled palette file.
var bundledScheme = sync.OnceValue(colour.MustBundled)

// Colours returns the palette s draws in: s.Palette's palette of the
// bundled file, in the dark theme when s.Theme is dark (Theme.IsDark).
func (s Style) Colours() *colour.Palette {
	t := colour.Light
	if s.theme().IsDark() {
		t = colour.Dark
	}
	return bundledScheme().Palette(s.Palette.Variant(), t)
}

// IsDark reports whether t is a dark theme: its land darker than mid
// grey (CIE L* < 50).
func (t Theme) IsDark() bool { return colour.ToLab(t.Land).L < 50 }

// ThemeOf returns the theme of palette p: its sea, land, borders,
// coasts, hatching, selection line, labels and halos, for what is drawn
// around the map (a background, labels) to match it.
func ThemeOf(p *colour.Palette) Theme {
	return Theme{
		Sea: p.Sea(), Land: p.Land(), Border: p.Border(), Coast: p.Coast(),
		Hatch: p.Hatching(), Select: p.Selection().Colour, Label: p.Label(), Halo: p.Halo(),
	}
}

// paletteTheme is the theme of the standard palette in theme t.
func paletteTheme(t colour.Theme) Theme { return ThemeOf(bundledScheme().Palette(colour.Standard, t)) }

// hatching says how an id's fill is hatched: occupied land with stripes
// of its occupier's own colour rising to the right ("/", 2 pixels in 8),
// highlighted topics with a stripe of the hatching colour falling to the
// right ("\", 1 pixel in 8), both crossed.
type hatching uint8

const (
	hatchOccupied hatching = 1 << iota
	hatchTopic
)

// paint is how the renderer fills an id on the day: fill, and its
// hatching in stripe (occupied) and topic (highlighted).
type paint struct {
	fill, stripe, topic uint32
	hatch               hatching
}

// sourceRow makes a row of pt at least n pixels long to copy runs from.
// Unhatched: n pixels of the fill. Hatched one way: the pattern of period
// 8, n+8 long, read from offset (x0±y)&7. Crossed: 8 rows of the pattern
// by y&7 in one slab, each n+8 long, read from x0&7.
func sourceRow(pt paint, n int) []uint32 {
	switch pt.hatch {
	case 0:
		row := make([]uint32, n)
		fill32(row, pt.fill)
		return row
	case hatchOccupied, hatchTopic:
		row := make([]uint32, n+8)
		for i := range row {
			row[i] = pt.fill
		}
		for i := 0; i < len(row); i += 8 {
			if pt.hatch == hatchOccupied {
				row[i] = pt.stripe
				if i+1 < len(row) {
					row[i+1] = pt.stripe
				}
			} else {
				row[i] = pt.topic
			}
		}
		return row
	}
	w := n + 8
	slab := make([]uint32, 8*w)
	for p := range 8 {
		row := slab[p*w : (p+1)*w]
		for x := range row {
			// Absolute x ≡ index (mod 8); the row is y ≡ p (mod 8).
			switch {
			case (x+p)&7 == 0 || (x+p)&7 == 1:
				row[x] = pt.stripe
			case (x-p)&7 == 0:
				row[x] = pt.topic
			default:
				row[x] = pt.fill
			}
		}
	}
	return slab
}

// source returns the pixels to copy a run of n pixels of pt at column x0
// of row y from, out of row (made by sourceRow for pt).
func source(row []uint32, pt hatching, x0, y, n int) []uint32 {
	switch pt {
	case 0:
		return row[:n]
	case hatchOccupied:
		off := (x0 + y) & 7
		return row[off : off+n]
	case hatchTopic:
		off := (x0 - y) & 7
		return row[off : off+n]
	}
	w := len(row) / 8
	k := (y&7)*w + x0&7
	return row[k : k+n]
}

// fade is a colour moved toward the land outside the data, for land not
// among the changes shown.
func fade(c uint32, land color.RGBA) uint32 { return pack(blend(unpack(c), land, 0.7)) }

func unpack(c uint32) color.RGBA {
	return color.RGBA{uint8(c), uint8(c >> 8), uint8(c >> 16), uint8(c >> 24)}
}
