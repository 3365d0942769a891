package colour

import (
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/paulmach/orb"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"

	"github.com/frontiers-atlas/frontiers/assets"
	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/internal/testfile"
)

var swatches = flag.String("swatches", "", "write swatch sheets and sample maps of each palette as PNG into this directory")

// TestSwatchSheets writes, with -swatches DIR, a sheet of each palette
// and theme (every state in its colour, occupied and as a dependency,
// the main actors also as deuteranopes and protanopes see them) and a
// small map of three days in it, to look at: does it read like a period
// atlas? go test ./geodata/render/colour -run Swatch -swatches $PWD/build
func TestSwatchSheets(t *testing.T) {
	if *swatches == "" {
		t.Skip("no -swatches directory")
	}
	s := bundledScheme(t)
	a := bundledAtlas(t)
	if err := os.MkdirAll(*swatches, 0o755); err != nil {
		t.Fatal(err)
	}
	tt, err := opentype.Parse(goregular.TTF)
	if err != nil {
		t.Fatal(err)
	}
	face, err := opentype.NewFace(tt, &opentype.FaceOptions{Size: 11, DPI: 72, Hinting: font.HintingFull})
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range Variants {
		for _, th := range Themes {
			p := s.Palette(v, th)
			img := sheet(s, p, a, face)
			name := filepath.Join(*swatches, fmt.Sprintf("palette-%s-%s.png", v, th))
			writePNG(t, name, img)
			if v == ColourBlind {
				for _, d := range Deficiencies {
					writePNG(t, filepath.Join(*swatches, fmt.Sprintf("palette-%s-%s-as-%s.png", v, th, d)), simulated(img, d))
				}
			}
		}
	}
}

func writePNG(t *testing.T, name string, img image.Image) {
	testfile.WritePNG(t, name, img)
	t.Logf("wrote %s", name)
}

func simulated(src *image.RGBA, d Deficiency) *image.RGBA {
	out := image.NewRGBA(src.Bounds())
	cache := map[color.RGBA]color.RGBA{}
	for y := src.Rect.Min.Y; y < src.Rect.Max.Y; y++ {
		for x := src.Rect.Min.X; x < src.Rect.Max.X; x++ {
			c := src.RGBAAt(x, y)
			s, ok := cache[c]
			if !ok {
				s = Simulate(c, d)
				cache[c] = s
			}
			out.SetRGBA(x, y, s)
		}
	}
	return out
}

const (
	cellW, cellH = 230, 22
	mapW, mapH   = 620, 520
)

// sheet draws the swatches in columns, then three maps.
func sheet(s *Scheme, p *Palette, a *geodata.Atlas, face font.Face) *image.RGBA {
	names := s.States()
	cols := 4
	rows := (len(names) + cols - 1) / cols
	top := 30 + (rows+5)*cellH
	img := image.NewRGBA(image.Rect(0, 0, 3*mapW+40, top+mapH+60))
	draw.Draw(img, img.Bounds(), image.NewUniform(p.Sea()), image.Point{}, draw.Src)
	paper := p.Land()
	draw.Draw(img, image.Rect(0, 0, img.Bounds().Dx(), top), image.NewUniform(paper), image.Point{}, draw.Src)
	text(img, face, 10, 18, p.Label(), fmt.Sprintf("%s palette, %s theme: own colour | occupied (tint, hatched) | dependency (tint)", p.Variant(), p.Theme()))
	for i, n := range names {
		st := s.State(n)
		x, y := 10+(i/rows)*(3*cellW/2+110), 30+(i%rows)*cellH
		own, occ, dep := p.PaintOf(st, Own), p.PaintOf(st, Occupation), p.PaintOf(st, Dependency)
		for k, pt := range []Paint{own, occ, dep} {
			r := image.Rect(x+k*40, y+2, x+k*40+36, y+cellH-2)
			fillRect(img, r, pt)
		}
		text(img, face, x+124, y+15, p.Label(), n)
	}
	// The fixed colours.
	y := 30 + rows*cellH + 4
	x := 10
	for _, c := range []struct {
		name string
		c    color.RGBA
	}{{"sea", p.Sea()}, {"land outside", p.Land()}, {"border", p.Border()}, {"coast", p.Coast()}, {"hatching", p.Hatching()}} {
		fillRect(img, image.Rect(x, y, x+36, y+cellH-4), Paint{Fill: c.c})
		text(img, face, x+42, y+13, p.Label(), c.name)
		x += 150
	}
	// The lines, each over a fill, and the two Soviet frontiers where
	// they coincide; the selection around a swatch.
	y += cellH + 4
	x = 10
	fill := p.StateColour(s.State("Poland"))
	for _, name := range []string{"border", "border-rough", "frontier-ussr-1939", "frontier-ussr-1941", "coincide", "sphere", "passage", "selection"} {
		fillRect(img, image.Rect(x, y-4, x+60, y+cellH+4), Paint{Fill: fill})
		switch name {
		case "coincide":
			l41, _ := p.Line("frontier-ussr-1941")
			l39, _ := p.Line("frontier-ussr-1939")
			drawLine(img, x, x+60, y+cellH/2, l41)
			drawLine(img, x, x+60, y+cellH/2, l39)
		case "selection":
			sel := p.Selection()
			fillRect(img, image.Rect(x+8, y, x+52, y+cellH), Paint{Fill: p.StateColour(s.State("Hungary"))})
			drawBox(img, image.Rect(x+8, y, x+52, y+cellH), sel)
		default:
			l, _ := p.Line(name)
			drawLine(img, x, x+60, y+cellH/2, l)
		}
		text(img, face, x+66, y+15, p.Label(), name)
		x += 225
	}
	for i, ds := range []string{"1939-06-01", "1941-01-15", "1942-05-26"} {
		d := geodata.MustDay(ds)
		r := image.Rect(10+i*(mapW+10), top+30, 10+i*(mapW+10)+mapW, top+30+mapH)
		drawMap(img, r, p, a, d)
		text(img, face, r.Min.X, top+22, p.Label(), ds+", control")
	}
	return img
}

func text(img *image.RGBA, face font.Face, x, y int, c color.RGBA, s string) {
	d := font.Drawer{Dst: img, Src: image.NewUniform(c), Face: face, Dot: fixed.P(x, y)}
	d.DrawString(s)
}

// fillRect fills r with a paint, hatched as the renderer hatches.
func fillRect(img *image.RGBA, r image.Rectangle, pt Paint) {
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			c := pt.Fill
			if pt.Hatch && (x+y)%7 < 2 {
				c = pt.Stripe
			}
			img.SetRGBA(x, y, c)
		}
	}
}

// drawMap draws the territories of day d over Europe into r: an
// equirectangular map, fills, hatching, borders where the holder changes.
func drawMap(img *image.RGBA, r image.Rectangle, p *Palette, a *geodata.Atlas, d geodata.Day) {
	const lon0, lon1, lat0, lat1 = -11.0, 45.0, 34.0, 71.0
	k := math.Cos(52 * math.Pi / 180)
	sx := float64(r.Dx()) / ((lon1 - lon0) * k)
	sy := float64(r.Dy()) / (lat1 - lat0)
	sc := math.Min(sx, sy)
	px := func(q orb.Point) (float32, float32) {
		return float32((q[0] - lon0) * k * sc), float32((lat1 - q[1]) * sc)
	}
	w, h := r.Dx(), r.Dy()
	ids := make([]int32, w*h)
	for i := range ids {
		ids[i] = -2
	}
	raster := func(mp orb.MultiPolygon, id int32) {
		z := vector.NewRasterizer(w, h)
		for _, pg := range mp {
			for _, ring := range pg {
				for i, q := range ring {
					x, y := px(q)
					if i == 0 {
						z.MoveTo(x, y)
					} else {
						z.LineTo(x, y)
					}
				}
				z.ClosePath()
			}
		}
		mask := image.NewAlpha(image.Rect(0, 0, w, h))
		z.Draw(mask, mask.Bounds(), image.Opaque, image.Point{})
		for i, al := range mask.Pix {
			if al >= 128 {
				ids[i] = id
			}
		}
	}
	raster(assets.Land(), -1)
	var feats []*geodata.Feature
	for _, f := range a.At(d) {
		if f.Kind != geodata.KindTerritory {
			continue
		}
		var mp orb.MultiPolygon
		switch g := f.Geometry.(type) {
		case orb.Polygon:
			mp = orb.MultiPolygon{g}
		case orb.MultiPolygon:
			mp = g
		}
		raster(mp, int32(len(feats)))
		feats = append(feats, f)
	}
	paints := make([]Paint, len(feats))
	for i, f := range feats {
		paints[i] = p.Paint(f, geodata.Control, d)
	}
	holder := func(id int32) string {
		if id < 0 {
			return fmt.Sprint(id)
		}
		return feats[id].Controller.Name
	}
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			id := ids[y*w+x]
			var c color.RGBA
			switch {
			case id == -2:
				c = p.Sea()
			case id == -1:
				c = p.Land()
			default:
				pt := paints[id]
				c = pt.Fill
				if pt.Hatch && (x+y)%7 < 2 {
					c = pt.Stripe
				}
			}
			// A border where the holder changes, a coast where the land ends.
			if x+1 < w && y+1 < h {
				right, below := ids[y*w+x+1], ids[(y+1)*w+x]
				for _, o := range []int32{right, below} {
					if o != id && (id == -2 || o == -2) {
						c = p.Coast()
					} else if o != id && holder(o) != holder(id) {
						c = p.Border()
					}
				}
			}
			img.SetRGBA(r.Min.X+x, r.Min.Y+y, c)
		}
	}
}

// over draws c (straight alpha) over the pixel at x, y.
func over(img *image.RGBA, x, y int, c color.RGBA) {
	if c.A == 0xff {
		img.SetRGBA(x, y, c)
		return
	}
	d := img.RGBAAt(x, y)
	a := float64(c.A) / 255
	m := func(s, t uint8) uint8 { return uint8(float64(s)*a + float64(t)*(1-a) + 0.5) }
	img.SetRGBA(x, y, color.RGBA{m(c.R, d.R), m(c.G, d.G), m(c.B, d.B), 0xff})
}

// drawLine draws a horizontal line from x0 to x1 centred on y: its
// casing, then the line, dashed.
func drawLine(img *image.RGBA, x0, x1, y int, l Line) {
	band := func(w float64, c color.RGBA, dash []float64) {
		h := int(math.Round(w))
		for x := x0; x < x1; x++ {
			if len(dash) == 2 && math.Mod(float64(x-x0), dash[0]+dash[1]) >= dash[0] {
				continue
			}
			for k := 0; k < max(h, 1); k++ {
				over(img, x, y-h/2+k, c)
			}
		}
	}
	if l.Casing > 0 {
		band(l.Casing, l.CasingColour, nil)
	}
	band(l.Width, l.Colour, l.Dash)
}

// drawBox outlines r with line l over its casing (the glow).
func drawBox(img *image.RGBA, r image.Rectangle, l Line) {
	g := int(l.Casing / 2)
	w := int(math.Round(l.Width))
	for y := r.Min.Y - g; y < r.Max.Y+g; y++ {
		for x := r.Min.X - g; x < r.Max.X+g; x++ {
			in := image.Pt(x, y).In(r.Inset(w))
			edge := image.Pt(x, y).In(r) && !in
			switch {
			case edge:
				over(img, x, y, l.Colour)
			case !in:
				over(img, x, y, l.CasingColour)
			}
		}
	}
}
