package mapimage

// The labels and the caption, in basicfont's 7×13 face (ASCII only: the
// names are folded to it).

import (
	"image"
	"image/color"
	"image/draw"
	"math"
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

// drawLabel draws text centred at (cx, cy) in the theme's label colour
// with a 1-pixel halo.
func drawLabel(dst *image.RGBA, text string, cx, cy float64, th render.Theme) {
	s := ascii.Fold(text)
	n := utf8.RuneCountInString(s)
	if n == 0 {
		return
	}
	// The text's mask, with a pixel of margin for the halo.
	m := image.NewAlpha(image.Rect(0, 0, n*glyphW+2, glyphH+2))
	drawText(m, 1, 1+glyphAscent, s, color.Alpha{A: 0xff})
	halo := image.NewAlpha(m.Bounds())
	bw, bh := m.Bounds().Dx(), m.Bounds().Dy()
	for y := range bh {
		for x := range bw {
			var v uint8
			for yy := max(0, y-1); yy <= min(bh-1, y+1); yy++ {
				for xx := max(0, x-1); xx <= min(bw-1, x+1); xx++ {
					v = max(v, m.Pix[yy*m.Stride+xx])
				}
			}
			halo.Pix[y*halo.Stride+x] = v
		}
	}
	at := image.Pt(int(math.Round(cx-float64(n*glyphW)/2))-1, int(math.Round(cy-float64(glyphH)/2))-1)
	r := m.Bounds().Add(at)
	draw.DrawMask(dst, r, image.NewUniform(straightColor(th.Halo)), image.Point{}, halo, image.Point{}, draw.Over)
	draw.DrawMask(dst, r, image.NewUniform(straightColor(th.Label)), image.Point{}, m, image.Point{}, draw.Over)
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

// drawCaption draws text on a white box in the bottom-left corner.
func drawCaption(dst *image.RGBA, text string, th render.Theme) {
	s := ascii.Fold(text)
	bounds := dst.Bounds()
	w := utf8.RuneCountInString(s)*glyphW + 2*captionPadX
	h := glyphH + 2*captionPadY
	box := image.Rect(captionMargin, bounds.Dy()-captionMargin-h, captionMargin+w, bounds.Dy()-captionMargin).Add(bounds.Min)
	draw.Draw(dst, box.Inset(-1), image.NewUniform(color.RGBA{0x80, 0x80, 0x80, 0xff}), image.Point{}, draw.Src)
	draw.Draw(dst, box, image.NewUniform(color.White), image.Point{}, draw.Src)
	drawText(dst, box.Min.X+captionPadX, box.Min.Y+captionPadY+glyphAscent, s, straightColor(th.Label))
}
