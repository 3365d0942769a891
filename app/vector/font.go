package vector

import (
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// The labels are set in the Go fonts (golang.org/x/image/font/gofont),
// whose glyphs cover Latin, Greek and Cyrillic (WGL4): the PDF embeds
// them; the SVG names them first and falls back to common sans fonts.
const svgFontFamily = "Go, 'DejaVu Sans', 'Noto Sans', Arial, sans-serif"

type face struct {
	mu   sync.Mutex
	f    *sfnt.Font
	buf  sfnt.Buffer
	unit float64 // units per em
}

var faces = sync.OnceValues(func() ([2]*face, error) {
	var out [2]*face
	for i, ttf := range [][]byte{goregular.TTF, gobold.TTF} {
		f, err := sfnt.Parse(ttf)
		if err != nil {
			return out, err
		}
		out[i] = &face{f: f, unit: float64(f.UnitsPerEm())}
	}
	return out, nil
})

// TextWidth returns the width in points of s set at size points in the
// Go font (bold or regular), with the font's kerning. A rune the font
// lacks counts half an em.
func TextWidth(s string, size float64, bold bool) float64 {
	fs, err := faces()
	if err != nil {
		return 0.55 * size * float64(len([]rune(s)))
	}
	fc := fs[0]
	if bold {
		fc = fs[1]
	}
	fc.mu.Lock()
	defer fc.mu.Unlock()
	ppem := fixed.Int26_6(fc.unit * 64)
	total := 0.0
	var prev sfnt.GlyphIndex
	for i, r := range []rune(s) {
		g, err := fc.f.GlyphIndex(&fc.buf, r)
		if err != nil || g == 0 {
			total += fc.unit / 2
			prev = 0
			continue
		}
		if i > 0 && prev != 0 {
			if k, err := fc.f.Kern(&fc.buf, prev, g, ppem, font.HintingNone); err == nil {
				total += float64(k) / 64
			}
		}
		if a, err := fc.f.GlyphAdvance(&fc.buf, g, ppem, font.HintingNone); err == nil {
			total += float64(a) / 64
		}
		prev = g
	}
	return total / fc.unit * size
}
