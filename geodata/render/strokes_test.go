package render

import (
	"image"
	"image/draw"
	"math"
	"testing"

	"github.com/paulmach/orb"
	"golang.org/x/image/vector"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// A line's strokes cover what x/image/vector (exact area coverage)
// covers, but at its ends and turns.
func TestStrokesMatchVector(t *testing.T) {
	v := geodata.Fit(orb.Bound{Min: orb.Point{15, 40}, Max: orb.Point{35, 60}}, 320, 240)
	tests := []struct {
		name       string
		ls         orb.LineString
		w, dash    float64
		maxOff     int // pixels away from the ends and turns whose coverage differs by more than 24
		wantCoverd int // at least this many pixels covered
	}{
		{"short", orb.LineString{{25, 45}, {25.5, 46}, {25.2, 47}}, 1, 0, 0, 20},
		{"meridian", orb.LineString{{25, 38}, {25, 45}, {25, 50}, {25, 62}}, 1, 0, 0, 200},
		{"long diagonal, one segment", orb.LineString{{14, 39}, {36, 61}}, 2.5, 0, 0, 700},
		{"zigzag", orb.LineString{{16, 41}, {20, 58}, {22, 42}, {30, 59}, {34, 41}}, 2, 0, 0, 1500},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var sl strokeList
			sl.reset(v.Width, v.Height)
			var pts [][2]float64
			for _, p := range tt.ls {
				x, y := v.Pixel(p)
				pts = append(pts, [2]float64{x, y})
			}
			sl.polyline(pts, lineStyle{width: tt.w, dash: tt.dash})
			// A pixel is covered once, but near a sharp turn.
			near := func(i int32) bool {
				x, y := float64(int(i)%v.Width)+0.5, float64(int(i)/v.Width)+0.5
				for _, p := range pts {
					if math.Hypot(p[0]-x, p[1]-y) < 12 {
						return true
					}
				}
				return false
			}
			got := make([]uint8, v.Width*v.Height)
			for c, b := range sl.buckets {
				for _, p := range b {
					if int(p.i)/v.Width/rowsPerChunk != c {
						t.Fatalf("pixel %d in chunk %d", p.i, c)
					}
				}
			}
			for _, p := range sl.all() {
				if got[p.i] != 0 && !near(p.i) {
					t.Errorf("pixel (%d, %d) covered twice", int(p.i)%v.Width, int(p.i)/v.Width)
				}
				got[p.i] = max(got[p.i], p.alpha)
			}
			// Over 512 pixels the rasterizer works in floating point, more
			// precise along long edges than its fixed point.
			z := vector.NewRasterizer(600, 600)
			for i := 1; i < len(tt.ls); i++ {
				x0, y0 := v.Pixel(tt.ls[i-1])
				x1, y1 := v.Pixel(tt.ls[i])
				dx, dy := x1-x0, y1-y0
				l := math.Hypot(dx, dy)
				nx, ny := -dy/l*tt.w/2, dx/l*tt.w/2
				z.MoveTo(float32(x0+nx), float32(y0+ny))
				z.LineTo(float32(x1+nx), float32(y1+ny))
				z.LineTo(float32(x1-nx), float32(y1-ny))
				z.LineTo(float32(x0-nx), float32(y0-ny))
				z.ClosePath()
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
				if d := int(a) - int(got[i]); (d > 24 || d < -24) && !near(int32(i)) {
					off++
				}
			}
			if off > tt.maxOff || covered < tt.wantCoverd {
				t.Errorf("%d of %d covered pixels differ", off, covered)
			}
		})
	}
}

// A dashed line covers about half of what the solid line covers.
func TestDashes(t *testing.T) {
	v := geodata.Fit(orb.Bound{Min: orb.Point{15, 40}, Max: orb.Point{35, 60}}, 320, 240)
	pts := [][2]float64{{10, 100}, {300, 130}}
	var solid, dashed, marked strokeList
	for _, sl := range []*strokeList{&solid, &dashed, &marked} {
		sl.reset(v.Width, v.Height)
	}
	solid.polyline(pts, lineStyle{width: 2.5})
	dashed.polyline(pts, lineStyle{width: 2.5, dash: 8})
	marked.polyline(pts, lineStyle{width: 2.5, dash: 8, mark: true})
	gaps := 0
	for _, p := range marked.all() {
		gaps += int(p.gap)
	}
	ns, nd, nm := solid.len(), dashed.len(), marked.len()
	if r := float64(nd) / float64(ns); r < 0.4 || r > 0.6 {
		t.Errorf("dashed covers %d pixels, solid %d", nd, ns)
	}
	if nm != ns || gaps != ns-nd {
		t.Errorf("marked: %d pixels, %d in gaps; want %d, %d", nm, gaps, ns, ns-nd)
	}
}
