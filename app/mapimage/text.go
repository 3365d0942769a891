package mapimage

// The labels and the caption, in basicfont's 7×13 face (ASCII only: the
// names are folded to it).

import (
	"image"
	"image/color"
	"image/draw"
	"unicode/utf8"

	"golang.org/x/image/font/basicfont"
	"golang.org/x/image/math/fixed"

	"github.com/frontiers-atlas/frontiers/geodata/render"
	"github.com/frontiers-atlas/frontiers/internal/ascii"
)

// The metrics of basicfont.Face7x13.
const (
	glyphW      = 7
	glyphH      = 13
	glyphAscent = 11
)

// Caption box layout.
const (
	captionMargin = 8
	captionPadX   = 6
	captionPadY   = 4
)

// drawText draws s (ASCII, see ascii.Fold) with its baseline starting at
// (x, y). Dashes are drawn as rules, since the font has none.
func drawText(dst draw.Image, x, y int, s string, c color.Color) {
	src := image.NewUniform(c)
	face := basicfont.Face7x13
	for _, r := range s {
		switch r {
		case '—', '–':
			draw.Draw(dst, image.Rect(x, y-5, x+glyphW, y-4), src, image.Point{}, draw.Over)
		default:
			dr, mask, mp, _, ok := face.Glyph(fixed.P(x, y), r)
			if ok && !dr.Empty() {
				draw.DrawMask(dst, dr, src, image.Point{}, mask, mp, draw.Over)
			}
		}
		x += glyphW
	}
}

// straightColor reads a theme colour whose channels exceed its alpha, which
// cannot be alpha-premultiplied, as a non-premultiplied colour: Light.Halo
// is written {0xff, 0xff, 0xff, 0xc0}, meaning white at 75%.
func straightColor(c color.RGBA) color.Color {
	if c.R > c.A || c.G > c.A || c.B > c.A {
		return color.NRGBA(c)
	}
	return c
}

// captionColors are the caption box's fill and edge in theme th: the
// fill of the labels' halo, opaque, so that the label colour reads on it
// in either theme (a white box under the dark theme's light text was
// white on white).
func captionColors(th render.Theme) (fill, edge color.RGBA) {
	f := color.RGBAModel.Convert(straightColor(th.Halo)).(color.RGBA)
	l := color.RGBAModel.Convert(straightColor(th.Label)).(color.RGBA)
	if f.A > 0 {
		// Un-premultiply onto an opaque box.
		f = color.RGBA{uint8(uint32(f.R) * 0xff / uint32(f.A)), uint8(uint32(f.G) * 0xff / uint32(f.A)), uint8(uint32(f.B) * 0xff / uint32(f.A)), 0xff}
	} else {
		f = color.RGBA{0xff, 0xff, 0xff, 0xff}
	}
	mix := func(a, b uint8) uint8 { return uint8((uint32(a) + uint32(b)) / 2) }
	edge = color.RGBA{mix(f.R, l.R), mix(f.G, l.G), mix(f.B, l.B), 0xff}
	return f, edge
}

// drawCaption draws text on a box in the halo colour of the theme in the
// bottom-left corner.
func drawCaption(dst *image.RGBA, text string, th render.Theme) {
	s := ascii.Fold(text)
	bounds := dst.Bounds()
	w := utf8.RuneCountInString(s)*glyphW + 2*captionPadX
	h := glyphH + 2*captionPadY
	box := image.Rect(captionMargin, bounds.Dy()-captionMargin-h, captionMargin+w, bounds.Dy()-captionMargin).Add(bounds.Min)
	fill, edge := captionColors(th)
	draw.Draw(dst, box.Inset(-1), image.NewUniform(edge), image.Point{}, draw.Src)
	draw.Draw(dst, box, image.NewUniform(fill), image.Point{}, draw.Src)
	drawText(dst, box.Min.X+captionPadX, box.Min.Y+captionPadY+glyphAscent, s, straightColor(th.Label))
}
