package geodata

import (
	"slices"

	"github.com/paulmach/orb"
)

// scan fills polygons by scanlines: a pixel is inside when its centre is,
// by the even-odd rule over all rings of a polygon. Neighbouring polygons
// that share an edge therefore never share a pixel and leave no gap.
type scan struct {
	rows [][]float32 // crossings per row
	y0   int         // first row this scan handles
}

func newScan(y0, y1 int) *scan {
	return &scan{rows: make([][]float32, y1-y0), y0: y0}
}

// reset makes s scan rows [y0, y1), keeping its storage.
func (s *scan) reset(y0, y1 int) {
	if cap(s.rows) < y1-y0 {
		s.rows = append(s.rows[:cap(s.rows)], make([][]float32, y1-y0-cap(s.rows))...)
	}
	s.rows = s.rows[:y1-y0]
	for i := range s.rows {
		s.rows[i] = s.rows[i][:0]
	}
	s.y0 = y0
}

// fill calls span(y, x0, x1) for every run of pixels [x0, x1) of row y
// inside mp (projected metres) in view v, for the rows of this scan. px
// holds mp's points in pixels, ring after ring.
func (s *scan) fill(mp orb.MultiPolygon, px [][2]float64, pb orb.Bound, v View, span func(y, x0, x1 int)) {
	y1 := s.y0 + len(s.rows)
	// Pixel rows the bound covers.
	_, top := v.ToPixel(orb.Point{pb.Min[0], pb.Max[1]})
	_, bot := v.ToPixel(orb.Point{pb.Min[0], pb.Min[1]})
	left, _ := v.ToPixel(pb.Min)
	right, _ := v.ToPixel(pb.Max)
	if bot < float64(s.y0) || top > float64(y1) || right < 0 || left > float64(v.Width) {
		return
	}
	fy0, fy1 := float64(s.y0), float64(y1)
	k := 0
	for _, pg := range mp {
		ylo, yhi := y1, s.y0
		used := false
		for _, ring := range pg {
			r := px[k : k+len(ring)]
			k += len(ring)
			if len(r) < 2 {
				continue
			}
			px, py := r[len(r)-1][0], r[len(r)-1][1]
			for _, p := range r {
				qx, qy := p[0], p[1]
				// Edges wholly above or below the scan's rows cross none.
				if py != qy && !(py < fy0 && qy < fy0) && !(py > fy1 && qy > fy1) {
					a, b := py, qy
					ax, bx := px, qx
					if a > b {
						a, b = b, a
						ax, bx = bx, ax
					}
					// Rows whose centre c = y+0.5 satisfies a <= c < b.
					ys := ceil(a - 0.5)
					ye := ceil(b-0.5) - 1
					if ys < s.y0 {
						ys = s.y0
					}
					if ye >= y1 {
						ye = y1 - 1
					}
					if ys <= ye {
						slope := (bx - ax) / (b - a)
						for y := ys; y <= ye; y++ {
							x := ax + (float64(y)+0.5-a)*slope
							s.rows[y-s.y0] = append(s.rows[y-s.y0], float32(x))
						}
						used = true
						if ys < ylo {
							ylo = ys
						}
						if ye > yhi {
							yhi = ye
						}
					}
				}
				px, py = qx, qy
			}
		}
		if !used {
			continue
		}
		for y := ylo; y <= yhi; y++ {
			xs := s.rows[y-s.y0]
			if len(xs) < 2 {
				continue
			}
			if len(xs) == 2 {
				if xs[1] < xs[0] {
					xs[0], xs[1] = xs[1], xs[0]
				}
			} else {
				slices.Sort(xs)
			}
			for i := 0; i+1 < len(xs); i += 2 {
				x0 := ceil(float64(xs[i]) - 0.5)
				x1 := ceil(float64(xs[i+1]) - 0.5)
				if x0 < 0 {
					x0 = 0
				}
				if x1 > v.Width {
					x1 = v.Width
				}
				if x0 < x1 {
					span(y, x0, x1)
				}
			}
		}
		for y := ylo; y <= yhi; y++ {
			s.rows[y-s.y0] = s.rows[y-s.y0][:0]
		}
	}
}
