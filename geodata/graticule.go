package geodata

import (
	"image"
	"image/draw"
	"math"

	"github.com/paulmach/orb"
	"golang.org/x/image/vector"
)

// graticuleCache is the graticule rasterized for one view, step and scale.
type graticuleCache struct {
	view  View
	step  float64
	scale float64
	mask  overlayMask
}

// GraticuleStep returns the spacing in degrees of the graticule suited to
// a view of res metres per pixel: 10° for a continent, 5° closer in.
func GraticuleStep(res float64) float64 {
	if res < 2500 {
		return 5
	}
	return 10
}

// Graticule returns the meridians and parallels every step degrees that
// cross bound b (lon/lat), densified every degree so that they curve as
// the projection curves them.
func Graticule(b orb.Bound, step float64) orb.MultiLineString {
	if step <= 0 {
		return nil
	}
	b = b.Pad(step)
	lon0 := math.Max(-180, math.Floor(b.Min[0]/step)*step)
	lon1 := math.Min(180, math.Ceil(b.Max[0]/step)*step)
	lat0 := math.Max(-80, math.Floor(b.Min[1]/step)*step)
	lat1 := math.Min(80, math.Ceil(b.Max[1]/step)*step)
	var out orb.MultiLineString
	for lon := lon0; lon <= lon1+1e-9; lon += step {
		var ls orb.LineString
		for lat := lat0; lat <= lat1+1e-9; lat++ {
			ls = append(ls, orb.Point{lon, lat})
		}
		out = append(out, ls)
	}
	for lat := lat0; lat <= lat1+1e-9; lat += step {
		var ls orb.LineString
		for lon := lon0; lon <= lon1+1e-9; lon++ {
			ls = append(ls, orb.Point{lon, lat})
		}
		out = append(out, ls)
	}
	return out
}

// drawGraticule draws the graticule of s.Graticule degrees, thin and
// translucent, from a mask made once per view.
func (r *Renderer) drawGraticule(dst *image.RGBA, s Style) {
	if s.Graticule <= 0 {
		return
	}
	scale := s.Scale
	if scale <= 0 {
		scale = 1
	}
	v := r.view
	g := &r.grat
	if g.view != v || g.step != s.Graticule || g.scale != scale {
		g.view, g.step, g.scale = v, s.Graticule, scale
		z := vector.NewRasterizer(v.Width, v.Height)
		for _, ls := range Graticule(v.Bound(), s.Graticule) {
			strokeLine(z, v, [2]float64{}, ls, scale, 0)
		}
		mask := image.NewAlpha(image.Rect(0, 0, v.Width, v.Height))
		z.DrawOp = draw.Src
		z.Draw(mask, mask.Rect, image.Opaque, image.Point{})
		g.mask = overlayMask{}
		for i, a := range mask.Pix {
			if a != 0 {
				g.mask.pix = append(g.mask.pix, int32(i))
				g.mask.alpha = append(g.mask.alpha, a)
			}
		}
	}
	th := s.Theme
	if th == (Theme{}) {
		th = Light
	}
	c := th.Label
	w := v.Width
	for j, i := range g.mask.pix {
		x, y := int(i)%w, int(i)/w
		px := pixels(dst, y, w)
		a := uint32(g.mask.alpha[j]) * 2 / 5
		o := px[x]
		mix := func(shift uint, cv uint8) uint32 {
			ov := (o >> shift) & 0xff
			return ((uint32(cv)*a + ov*(255-a) + 127) / 255) << shift
		}
		px[x] = mix(0, c.R) | mix(8, c.G) | mix(16, c.B) | 0xff<<24
	}
}
