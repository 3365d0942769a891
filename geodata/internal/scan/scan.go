// Package scan fills polygons by scanlines: a pixel is inside when its
// centre is, by the even-odd rule over all rings of a polygon.
// Neighbouring polygons that share an edge therefore never share a pixel
// and leave no gap between them.
package scan

import (
	"math"
	"slices"

	"github.com/paulmach/orb"
)

// A Scan fills the rows [y0, y0+len(rows)) of an image, keeping its
// storage from one fill to the next. One goroutine uses it.
type Scan struct {
	rows [][]float32 // crossings per row
	y0   int
}

// New returns a scan of rows [y0, y1).
func New(y0, y1 int) *Scan {
	return &Scan{rows: make([][]float32, y1-y0), y0: y0}
}

// Reset makes s scan rows [y0, y1), keeping its storage.
func (s *Scan) Reset(y0, y1 int) {
	if cap(s.rows) < y1-y0 {
		s.rows = append(s.rows[:cap(s.rows)], make([][]float32, y1-y0-cap(s.rows))...)
	}
	s.rows = s.rows[:y1-y0]
	for i := range s.rows {
		s.rows[i] = s.rows[i][:0]
	}
	s.y0 = y0
}

// Fill calls span(y, x0, x1) for every run of pixels [x0, x1) of row y
// inside mp, for the rows of the scan, in an image width pixels wide. px
// holds mp's points in pixels, ring after ring (mp gives only the rings'
// lengths); b is their bound in pixels, Min the top left corner.
func (s *Scan) Fill(mp orb.MultiPolygon, px [][2]float64, b orb.Bound, width int, span func(y, x0, x1 int)) {
	y1 := s.y0 + len(s.rows)
	if b.Max[1] < float64(s.y0) || b.Min[1] > float64(y1) || b.Max[0] < 0 || b.Min[0] > float64(width) {
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
					ys := max(ceil(a-0.5), s.y0)
					ye := min(ceil(b-0.5)-1, y1-1)
					if ys <= ye {
						slope := (bx - ax) / (b - a)
						for y := ys; y <= ye; y++ {
							x := ax + (float64(y)+0.5-a)*slope
							s.rows[y-s.y0] = append(s.rows[y-s.y0], float32(x))
						}
						used = true
						ylo, yhi = min(ylo, ys), max(yhi, ye)
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
				x0 := max(ceil(float64(xs[i])-0.5), 0)
				x1 := min(ceil(float64(xs[i+1])-0.5), width)
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

func ceil(x float64) int { return int(math.Ceil(x)) }
