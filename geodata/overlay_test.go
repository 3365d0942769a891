package geodata

import (
	"image"
	"image/draw"
	"testing"

	"github.com/paulmach/orb"
	"golang.org/x/image/vector"
)

// The chunked mask of a stroke matches the stroke rasterized over the
// whole view at once.
func TestMaskMatchesWholeView(t *testing.T) {
	v := Fit(orb.Bound{Min: orb.Point{15, 40}, Max: orb.Point{35, 60}}, 320, 240)
	tests := []struct {
		name       string
		ls         orb.LineString
		w, dash    float64
		maxOff     int // pixels whose coverage differs by more than 24
		wantCoverd int // at least this many pixels covered
	}{
		{"short", orb.LineString{{25, 45}, {25.5, 46}, {25.2, 47}}, 1, 0, 0, 20},
		{"meridian", orb.LineString{{25, 38}, {25, 45}, {25, 50}, {25, 62}}, 1, 0, 0, 200},
		{"long diagonal, one segment", orb.LineString{{14, 39}, {36, 61}}, 2.5, 0, 0, 700},
		{"zigzag", orb.LineString{{16, 41}, {20, 58}, {22, 42}, {30, 59}, {34, 41}}, 2, 0, 0, 1500},
		{"dashed", orb.LineString{{16, 50}, {34, 51}}, 2.5, 8, 0, 250},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mb := newMaskBuilder(v)
			mb.line(tt.ls, tt.w, tt.dash)
			m := mb.mask()
			got := make([]uint8, v.Width*v.Height)
			for j, i := range m.pix {
				if j > 0 && m.pix[j-1] >= i {
					t.Fatalf("mask pixels not ascending at %d", j)
				}
				got[i] = m.alpha[j]
			}
			// Over 512 pixels the rasterizer works in floating point, more
			// precise along long edges than its fixed point.
			z := vector.NewRasterizer(600, 600)
			along := 0.0
			for i := 1; i < len(tt.ls); i++ {
				x0, y0 := v.Pixel(tt.ls[i-1])
				x1, y1 := v.Pixel(tt.ls[i])
				seg(z, x0, y0, x1, y1, tt.w, tt.dash, &along)
			}
			big := image.NewAlpha(image.Rect(0, 0, 600, 600))
			z.DrawOp = draw.Src
			z.Draw(big, big.Rect, image.Opaque, image.Point{})
			want := big.SubImage(image.Rect(0, 0, v.Width, v.Height)).(*image.Alpha)
			off, covered := 0, 0
			for i := range got {
				a := want.AlphaAt(i%v.Width, i/v.Width).A
				if a != 0 {
					covered++
				}
				if d := int(a) - int(got[i]); d > 24 || d < -24 {
					off++
				}
			}
			// The chunks are rasterized in fixed point, the whole view in
			// floating point: coverage may differ by a few levels along
			// long edges. A cut where coverage does not add up differs by half.
			if off > tt.maxOff || covered < tt.wantCoverd {
				t.Errorf("%d of %d covered pixels differ", off, covered)
			}
		})
	}
}
