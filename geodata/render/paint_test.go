package render

import (
	"image"
	"math"
	"testing"

	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/assets"
	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/geodatatest"
	"github.com/frontiers-atlas/frontiers/geodata/render/colour"
)

// The selection is an outline over a glow: the selected territory's
// inside keeps its holder's fill, its edge is drawn in the palette's
// selection line, and only pixels near its edge change.
func TestSelectionIsAnOutline(t *testing.T) {
	for _, th := range []Theme{Light, Dark} {
		t.Run(map[bool]string{false: "light", true: "dark"}[th.IsDark()], func(t *testing.T) {
			r, v, plain := miniView(t)
			s := DefaultStyle()
			s.Theme, s.Names = th, nil
			d := geodata.MustDay("1940-01-01")
			r.Draw(plain, d, s)
			s.Selected = "westmark"
			sel := image.NewRGBA(plain.Rect)
			r.Draw(sel, d, s)
			cx, cy := v.Pixel(orb.Point{22.5, 52.5})
			if a, b := plain.RGBAAt(int(cx), int(cy)), sel.RGBAAt(int(cx), int(cy)); a != b {
				t.Errorf("the inside of the selection is %v, unselected %v: want its holder's fill", b, a)
			}
			// The corners of westmark in pixels: changes only within the
			// glow's reach (half its casing, and a pixel) of its edges.
			var corners [5][2]float64
			for i, c := range []orb.Point{{20, 50}, {25, 50}, {25, 55}, {20, 55}, {20, 50}} {
				corners[i][0], corners[i][1] = v.Pixel(c)
			}
			perimeter := 0.0
			for i := 1; i < 5; i++ {
				perimeter += math.Hypot(corners[i][0]-corners[i-1][0], corners[i][1]-corners[i-1][1])
			}
			line := s.Colours().Selection()
			reach := line.Casing/2 + 1.5
			want := pack(opaque(line.Colour))
			changed, lined := 0, 0
			for y := 0; y < v.Height; y++ {
				for x := 0; x < v.Width; x++ {
					if plain.RGBAAt(x, y) == sel.RGBAAt(x, y) {
						continue
					}
					changed++
					d := math.Inf(1)
					for i := 1; i < 5; i++ {
						d = min(d, segDist([2]float64{float64(x) + 0.5, float64(y) + 0.5}, corners[i-1], corners[i]))
					}
					if d > reach {
						t.Fatalf("pixel (%d, %d) changed by the selection, %.1f pixels from westmark's edge", x, y, d)
					}
					if pack(sel.RGBAAt(x, y)) == want {
						lined++
					}
				}
			}
			if lined < int(perimeter) {
				t.Errorf("%d pixels in the selection line's colour, want at least the perimeter, %.0f", lined, perimeter)
			}
			if changed < 4*int(perimeter) {
				t.Errorf("%d pixels changed: want a glow, more than 4 × the perimeter (%.0f)", changed, perimeter)
			}
		})
	}
}

// miniView returns a renderer of the test atlas in a view of it 320×300
// and an image of the view's size.
func miniView(t *testing.T) (*Renderer, geodata.View, *image.RGBA) {
	r := New(geodatatest.Mini(t))
	v := geodata.Fit(orb.Bound{Min: orb.Point{17, 43}, Max: orb.Point{33, 58}}, 320, 300)
	r.SetView(v)
	return r, v, image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
}

// segDist is the distance from p to segment ab.
func segDist(p, a, b [2]float64) float64 {
	dx, dy := b[0]-a[0], b[1]-a[1]
	t := ((p[0]-a[0])*dx + (p[1]-a[1])*dy) / (dx*dx + dy*dy)
	t = max(0, min(1, t))
	return math.Hypot(p[0]-a[0]-t*dx, p[1]-a[1]-t*dy)
}

// Occupied land is drawn in its occupier's colour, lighter, striped in
// the occupier's own; the occupier's own land in that colour.
func TestOccupiedInOccupiersHue(t *testing.T) {
	r, v, img := miniView(t)
	s := DefaultStyle()
	s.Topics, s.Names = nil, nil
	r.Draw(img, geodata.MustDay("1940-07-01"), s)
	p := s.Colours()
	east := p.Scheme().State("Soviet Union")
	if east == nil {
		t.Fatal("no Soviet Union in the palette file")
	}
	own, occ := p.PaintOf(east, colour.Own), p.PaintOf(east, colour.Occupation)
	count := map[uint32]int{}
	x0, y0 := v.Pixel(orb.Point{21, 54})
	x1, y1 := v.Pixel(orb.Point{24, 51})
	for y := int(y0); y < int(y1); y++ {
		for x := int(x0); x < int(x1); x++ {
			count[pack(img.RGBAAt(x, y))]++
		}
	}
	n := (int(x1) - int(x0)) * (int(y1) - int(y0))
	if got := count[pack(occ.Fill)]; got < n*5/8 || got > n*7/8 {
		t.Errorf("%d of %d pixels of occupied westmark in the occupier's tint %v: want about 3/4", got, n, occ.Fill)
	}
	if got := count[pack(own.Fill)]; got < n/8 || got > n*3/8 {
		t.Errorf("%d of %d pixels of occupied westmark striped in the occupier's own colour %v: want about 1/4", got, n, own.Fill)
	}
	ex, ey := v.Pixel(orb.Point{27.5, 52.5})
	if got := img.RGBAAt(int(ex), int(ey)); got != own.Fill {
		t.Errorf("eastmark is %v, want the Soviet Union's own %v", got, own.Fill)
	}
}

// No land reads as sea: on the days of the README's screenshots, in both
// palettes and both themes, every fill and stripe drawn differs from the
// sea by ΔE00 ≥ 20 (≥ 12 as deuteranopes and protanopes see the
// colour-blind palette), and Sweden, which once read as water in the
// colour-blind palette, is told from the Baltic beside it on screen.
func TestSeaNeverLand(t *testing.T) {
	a, err := assets.Load()
	if err != nil {
		t.Skipf("the bundled atlas is not available (%v)", err)
	}
	r := New(a)
	v := geodata.Fit(geodata.Europe, 480, 360)
	r.SetView(v)
	img := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
	sx, sy := v.Pixel(orb.Point{15.5, 62.5}) // Jämtland
	bx, by := v.Pixel(orb.Point{19.5, 58})   // the Baltic east of Gotland
	for _, pal := range []Palette{Standard, ColorBlind} {
		for _, th := range []Theme{Light, Dark} {
			for _, day := range []string{"1939-06-01", "1941-01-15", "1942-05-26"} {
				s := DefaultStyle()
				s.Palette, s.Theme, s.Names = pal, th, nil
				p := s.Colours()
				name := p.Variant().String() + "/" + p.Theme().String() + "/" + day
				t.Run(name, func(t *testing.T) {
					r.Draw(img, geodata.MustDay(day), s)
					sea := p.Sea()
					check := func(what string, c uint32) {
						cc := unpack(c)
						if de := colour.DeltaE2000(cc, sea); de < 20 {
							t.Errorf("%s %v is ΔE00 %.1f from the sea %v, want ≥ 20", what, cc, de, sea)
						}
						if pal != ColorBlind {
							return
						}
						for _, def := range colour.Deficiencies {
							if de := colour.DeltaE2000(colour.Simulate(cc, def), colour.Simulate(sea, def)); de < 12 {
								t.Errorf("%s %v is ΔE00 %.1f from the sea as %v sees them, want ≥ 12", what, cc, de, def)
							}
						}
					}
					for id, pt := range r.paints {
						if id == 0 || r.maxRun[id] == 0 {
							continue
						}
						check("fill", pt.fill)
						if pt.hatch&hatchOccupied != 0 {
							check("stripe", pt.stripe)
						}
					}
					sw, baltic := img.RGBAAt(int(sx), int(sy)), img.RGBAAt(int(bx), int(by))
					if baltic != sea {
						t.Fatalf("the Baltic is drawn %v, not the sea %v", baltic, sea)
					}
					if de := colour.DeltaE2000(sw, baltic); de < 20 {
						t.Errorf("Sweden %v is ΔE00 %.1f from the Baltic %v, want ≥ 20", sw, de, baltic)
					}
				})
			}
		}
	}
}
