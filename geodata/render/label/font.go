package label

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"math"
	"strings"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gobolditalic"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// Weight selects one of the bundled Go fonts (golang.org/x/image/font/gofont),
// which cover Latin (with Latin Extended-A: Łódź, Klaipėda), Greek and
// Cyrillic.
type Weight uint8

// The weights.
const (
	Regular Weight = iota
	Bold
	Italic
	BoldItalic
)

func (w Weight) String() string {
	switch w {
	case Regular:
		return "regular"
	case Bold:
		return "bold"
	case Italic:
		return "italic"
	case BoldItalic:
		return "bold italic"
	}
	return fmt.Sprintf("Weight(%d)", uint8(w))
}

// Style is how one label is set.
type Style struct {
	// Size is the font size in pixels (the em square).
	Size   float64
	Weight Weight
	// Tracking is extra space after every letter but the last, in ems
	// (0.15 for a period atlas's spaced capitals).
	Tracking float64
	// Upper sets the text in capitals (unicode.ToUpper, so "Польша" gives
	// "ПОЛЬША").
	Upper bool
	// HaloWidth is the width in pixels of the halo drawn round the letters;
	// 0 draws none.
	HaloWidth float64
}

// Metrics are a text's measures in pixels, from the font's own metrics.
type Metrics struct {
	// Advance is the width of the set text: the sum of the glyph advances,
	// kerning and tracking (no halo).
	Advance float64
	// Ascent and Descent are the face's ascent above and descent below the
	// baseline (both positive), the same for every text of one face.
	Ascent, Descent float64
}

// Height returns Ascent+Descent.
func (m Metrics) Height() float64 { return m.Ascent + m.Descent }

var fontData = [...][]byte{
	Regular:    goregular.TTF,
	Bold:       gobold.TTF,
	Italic:     goitalic.TTF,
	BoldItalic: gobolditalic.TTF,
}

// A face is one opentype face with the lock its use needs (an opentype Face
// is not safe for concurrent use).
type face struct {
	mu   sync.Mutex
	face font.Face
	m    font.Metrics
}

type faceKey struct {
	w Weight
	// size in 1/64 px, so that sizes that differ by rounding share a face.
	size int32
}

// A run is one text set in one style, rendered once and kept: its coverage
// mask, the halo's mask and where the masks sit relative to the left end of
// the baseline.
type run struct {
	text, halo *image.Alpha
	// off is the masks' top-left corner relative to the baseline origin.
	off image.Point
	// spans are each row's inked stretch (of the halo, which holds the text).
	spans [][2]int32

	mu      sync.Mutex
	sprites []sprite
	m       Metrics
}

// A sprite is a run coloured: premultiplied RGBA, the halo under the text.
type sprite struct {
	k   [2]color.RGBA
	img *image.RGBA
}

type runKey struct {
	text string
	st   Style
}

// maxRuns bounds the run cache; when it is full the cache starts afresh.
const maxRuns = 4096

var (
	parsed = sync.OnceValues(func() ([]*opentype.Font, error) {
		fs := make([]*opentype.Font, len(fontData))
		for i, b := range fontData {
			f, err := opentype.Parse(b)
			if err != nil {
				return nil, fmt.Errorf("label: parse %v font: %w", Weight(i), err)
			}
			fs[i] = f
		}
		return fs, nil
	})
	facesMu sync.Mutex
	faces   = map[faceKey]*face{}
	runsMu  sync.RWMutex
	runs    = map[runKey]*run{}

	measuresMu sync.RWMutex
	measures   = map[runKey]Metrics{}
)

// faceFor returns the cached face of weight w at size px.
func faceFor(w Weight, size float64) *face {
	if w > BoldItalic {
		w = Regular
	}
	if !(size > 0) {
		size = 1
	}
	k := faceKey{w, int32(math.Round(size * 64))}
	facesMu.Lock()
	defer facesMu.Unlock()
	if f := faces[k]; f != nil {
		return f
	}
	fs, err := parsed()
	if err != nil {
		// The fonts are compiled in; a parse failure is a broken build.
		panic(err)
	}
	ff, err := opentype.NewFace(fs[w], &opentype.FaceOptions{
		Size: float64(k.size) / 64, DPI: 72, Hinting: font.HintingNone,
	})
	if err != nil {
		panic(fmt.Errorf("label: %v face at %gpx: %w", w, size, err))
	}
	f := &face{face: ff, m: ff.Metrics()}
	faces[k] = f
	return f
}

// SetText returns text as st sets it: in capitals when st.Upper. Greek
// capitals drop their tonos, as Greek is written in all capitals
// ("Ελλάς" gives "ΕΛΛΑΣ").
func SetText(text string, st Style) string {
	if st.Upper {
		return greekCaps.Replace(strings.ToUpper(text))
	}
	return text
}

var greekCaps = strings.NewReplacer("Ά", "Α", "Έ", "Ε", "Ή", "Η", "Ί", "Ι", "Ό", "Ο", "Ύ", "Υ", "Ώ", "Ω")

// Measure returns the measures of text set at size px in weight w, with no
// tracking.
func Measure(text string, size float64, w Weight) Metrics {
	return MeasureStyle(text, Style{Size: size, Weight: w})
}

// MeasureStyle returns the measures of text set in st (capitals and
// tracking included).
// Measures are cached like runs, since placement measures the same labels
// every frame.
func MeasureStyle(text string, st Style) Metrics {
	st.HaloWidth = 0
	k := runKey{text, st}
	measuresMu.RLock()
	m, ok := measures[k]
	measuresMu.RUnlock()
	if ok {
		return m
	}
	f := faceFor(st.Weight, st.Size)
	f.mu.Lock()
	adv := advance(f.face, SetText(text, st), st.Tracking*st.Size)
	m = Metrics{Advance: adv, Ascent: fx(f.m.Ascent), Descent: fx(f.m.Descent)}
	f.mu.Unlock()
	measuresMu.Lock()
	if len(measures) >= maxRuns {
		measures = map[runKey]Metrics{}
	}
	measures[k] = m
	measuresMu.Unlock()
	return m
}

// advance is the width of text in ff with track px after each letter but the
// last.
func advance(ff font.Face, text string, track float64) float64 {
	var x fixed.Int26_6
	prev, n := rune(-1), 0
	for _, r := range text {
		if prev >= 0 {
			x += ff.Kern(prev, r)
		}
		a, _ := ff.GlyphAdvance(r)
		x += a
		prev = r
		n++
	}
	w := fx(x)
	if n > 1 {
		w += track * float64(n-1)
	}
	return w
}

func fx(v fixed.Int26_6) float64 { return float64(v) / 64 }

// Draw draws text with the left end of its baseline at (x, y) in dst, set at
// size px in weight w: first a halo haloWidth px wide in the halo colour,
// then the letters in fill, antialiased and clipped to dst's bounds. The
// colours are alpha-premultiplied, as color.RGBA is.
func Draw(dst *image.RGBA, text string, x, y, size float64, w Weight, fill, halo color.RGBA, haloWidth float64) {
	DrawStyle(dst, text, x, y, Style{Size: size, Weight: w, HaloWidth: haloWidth}, fill, halo)
}

// DrawStyle is Draw with a full Style (tracking, capitals). The rendered
// masks of every (text, style) are cached, so drawing the same labels again,
// frame after frame, only composites two masks per label.
func DrawStyle(dst *image.RGBA, text string, x, y float64, st Style, fill, halo color.RGBA) {
	if text == "" || dst == nil {
		return
	}
	r := runFor(text, st)
	org := image.Pt(int(math.Round(x)), int(math.Round(y))).Add(r.off)
	rect := image.Rectangle{org, org.Add(r.text.Rect.Size())}
	clip := rect.Intersect(dst.Rect)
	if clip.Empty() {
		return
	}
	composite(dst, clip, org, r, fill, halo)
}

// composite draws r's sprite in (fill, halo) over dst within clip (in
// dst's coordinates; the sprite's origin is at org): one pass over each
// row's inked span, opaque pixels copied, clear ones skipped.
func composite(dst *image.RGBA, clip image.Rectangle, org image.Point, r *run, fill, halo color.RGBA) {
	sp := r.sprite(fill, halo)
	for y := clip.Min.Y; y < clip.Max.Y; y++ {
		my := y - org.Y
		span := r.spans[my]
		x0, x1 := max(clip.Min.X, org.X+int(span[0])), min(clip.Max.X, org.X+int(span[1]))
		if x0 >= x1 {
			continue
		}
		n := (x1 - x0) * 4
		so := my*sp.Stride + (x0-org.X)*4
		do := dst.PixOffset(x0, y)
		s, d := sp.Pix[so:so+n:so+n], dst.Pix[do:do+n:do+n]
		for i := 0; i+3 < len(s) && i+3 < len(d); i += 4 {
			a := uint32(s[i+3])
			switch a {
			case 0:
			case 255:
				d[i], d[i+1], d[i+2], d[i+3] = s[i], s[i+1], s[i+2], 255
			default:
				inv := 255 - a
				d[i] = s[i] + uint8(uint32(d[i])*inv/255)
				d[i+1] = s[i+1] + uint8(uint32(d[i+1])*inv/255)
				d[i+2] = s[i+2] + uint8(uint32(d[i+2])*inv/255)
				d[i+3] = uint8(a + uint32(d[i+3])*inv/255)
			}
		}
	}
}

// sprite returns the run drawn in (fill, halo) as a premultiplied image:
// the halo, then the text over it. The last few colourings are kept.
func (r *run) sprite(fill, halo color.RGBA) *image.RGBA {
	k := [2]color.RGBA{fill, halo}
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, s := range r.sprites {
		if s.k == k {
			return s.img
		}
	}
	img := image.NewRGBA(r.text.Rect)
	for i, t := range r.text.Pix {
		p := img.Pix[i*4 : i*4+4 : i*4+4]
		if r.halo != nil && halo.A > 0 {
			overPix(p, halo, uint32(r.halo.Pix[i]))
		}
		overPix(p, fill, uint32(t))
	}
	if len(r.sprites) >= 4 {
		r.sprites = r.sprites[1:]
	}
	r.sprites = append(r.sprites, sprite{k, img})
	return img
}

// overPix composites the premultiplied colour c at coverage m (0–255) over
// the pixel p.
func overPix(p []uint8, c color.RGBA, m uint32) {
	if m == 0 {
		return
	}
	inv := 255*255 - uint32(c.A)*m
	p[0] = uint8((uint32(c.R)*m + uint32(p[0])*inv/255) / 255)
	p[1] = uint8((uint32(c.G)*m + uint32(p[1])*inv/255) / 255)
	p[2] = uint8((uint32(c.B)*m + uint32(p[2])*inv/255) / 255)
	p[3] = uint8((uint32(c.A)*m + uint32(p[3])*inv/255) / 255)
}

// runFor returns the cached run of text in st, rendering it on first use.
func runFor(text string, st Style) *run {
	k := runKey{text, st}
	runsMu.RLock()
	r := runs[k]
	runsMu.RUnlock()
	if r != nil {
		return r
	}
	r = render(SetText(text, st), st)
	runsMu.Lock()
	if len(runs) >= maxRuns {
		runs = map[runKey]*run{}
	}
	runs[k] = r
	runsMu.Unlock()
	return r
}

// render sets text (already in its case) in st into fresh masks.
func render(text string, st Style) *run {
	f := faceFor(st.Weight, st.Size)
	f.mu.Lock()
	defer f.mu.Unlock()
	track := st.Tracking * st.Size
	m := Metrics{Advance: advance(f.face, text, track), Ascent: fx(f.m.Ascent), Descent: fx(f.m.Descent)}
	pad := int(math.Ceil(st.HaloWidth)) + 1
	// The glyphs' ink may overhang the advance box (italics, accents above
	// capitals); the mask is sized from the glyph bounds.
	left, right := 0.0, m.Advance
	top, bottom := -m.Ascent, m.Descent
	var x fixed.Int26_6
	prev, n := rune(-1), 0
	trackFx := fixed.Int26_6(math.Round(track * 64))
	type placedGlyph struct {
		r   rune
		dot fixed.Int26_6
	}
	glyphs := make([]placedGlyph, 0, len(text))
	for _, c := range text {
		if prev >= 0 {
			x += f.face.Kern(prev, c) + trackFx
		}
		b, a, _ := f.face.GlyphBounds(c)
		left = math.Min(left, fx(x+b.Min.X))
		right = math.Max(right, fx(x+b.Max.X))
		top = math.Min(top, fx(b.Min.Y))
		bottom = math.Max(bottom, fx(b.Max.Y))
		glyphs = append(glyphs, placedGlyph{c, x})
		x += a
		prev = c
		n++
	}
	off := image.Pt(int(math.Floor(left))-pad, int(math.Floor(top))-pad)
	size := image.Pt(int(math.Ceil(right))+pad-off.X, int(math.Ceil(bottom))+pad-off.Y)
	mask := image.NewAlpha(image.Rectangle{Max: size})
	for _, g := range glyphs {
		dot := fixed.Point26_6{X: g.dot - fixed.I(off.X), Y: fixed.I(-off.Y)}
		dr, gm, gp, _, ok := f.face.Glyph(dot, g.r)
		if !ok && gm == nil {
			continue
		}
		draw.DrawMask(mask, dr, image.Opaque, image.Point{}, gm, gp, draw.Over)
	}
	r := &run{text: mask, off: off, m: m}
	outer := mask
	if st.HaloWidth > 0 {
		r.halo = dilate(mask, st.HaloWidth)
		outer = r.halo
	}
	r.spans = spans(outer)
	return r
}

// spans returns each row's inked stretch [x0, x1) of m (x0 == x1: none).
func spans(m *image.Alpha) [][2]int32 {
	w, h := m.Rect.Dx(), m.Rect.Dy()
	out := make([][2]int32, h)
	for y := 0; y < h; y++ {
		row := m.Pix[y*m.Stride : y*m.Stride+w]
		x0, x1 := 0, w
		for x0 < w && row[x0] == 0 {
			x0++
		}
		for x1 > x0 && row[x1-1] == 0 {
			x1--
		}
		out[y] = [2]int32{int32(x0), int32(x1)}
	}
	return out
}

// dilate returns the mask grown by a disc of radius rad px: each pixel takes
// the largest coverage within the disc, faded over the disc's last pixel so
// the halo's edge is antialiased too.
func dilate(src *image.Alpha, rad float64) *image.Alpha {
	type tap struct {
		dx, dy int
		w      uint32 // weight in 1/255
	}
	var taps []tap
	ri := int(math.Ceil(rad + 0.5))
	for dy := -ri; dy <= ri; dy++ {
		for dx := -ri; dx <= ri; dx++ {
			d := math.Hypot(float64(dx), float64(dy))
			w := math.Min(1, rad+0.5-d)
			if w <= 0 {
				continue
			}
			taps = append(taps, tap{dx, dy, uint32(math.Round(w * 255))})
		}
	}
	b := src.Rect
	dst := image.NewAlpha(b)
	w, h := b.Dx(), b.Dy()
	for y := 0; y < h; y++ {
		srow := src.Pix[y*src.Stride:]
		for x := 0; x < w; x++ {
			a := uint32(srow[x])
			if a == 0 {
				continue
			}
			// Scatter this pixel's coverage over its disc.
			for _, t := range taps {
				xx, yy := x+t.dx, y+t.dy
				if xx < 0 || yy < 0 || xx >= w || yy >= h {
					continue
				}
				v := a * t.w / 255
				p := &dst.Pix[yy*dst.Stride+xx]
				if uint32(*p) < v {
					*p = uint8(v)
				}
			}
		}
	}
	return dst
}
