package geodata

import (
	"math"

	"github.com/paulmach/orb"
)

// View is what part of the map an image shows: its centre in projected
// metres, its resolution and its size in pixels.
type View struct {
	Center orb.Point // projected metres
	// Res is metres per pixel.
	Res           float64
	Width, Height int
}

// Europe is the default extent, in lon/lat: the Atlantic to the Urals,
// North Africa to the North Cape.
var Europe = orb.Bound{Min: orb.Point{-12, 34}, Max: orb.Point{50, 71}}

// Fit returns the view of size w×h that shows all of b (lon/lat).
func Fit(b orb.Bound, w, h int) View {
	if w < 1 {
		w = 1
	}
	if h < 1 {
		h = 1
	}
	// Project the bound's edges densely: the projection curves them.
	var pb orb.Bound
	first := true
	for i := 0; i <= 16; i++ {
		t := float64(i) / 16
		for _, p := range []orb.Point{
			{b.Min[0] + t*(b.Max[0]-b.Min[0]), b.Min[1]},
			{b.Min[0] + t*(b.Max[0]-b.Min[0]), b.Max[1]},
			{b.Min[0], b.Min[1] + t*(b.Max[1]-b.Min[1])},
			{b.Max[0], b.Min[1] + t*(b.Max[1]-b.Min[1])},
		} {
			q := Project(p)
			if first {
				pb = orb.Bound{Min: q, Max: q}
				first = false
			} else {
				pb = pb.Extend(q)
			}
		}
	}
	res := math.Max((pb.Max[0]-pb.Min[0])/float64(w), (pb.Max[1]-pb.Min[1])/float64(h))
	if res <= 0 {
		res = 1000
	}
	return View{Center: pb.Center(), Res: res, Width: w, Height: h}
}

// ToPixel maps a projected point to pixel coordinates (x right, y down).
func (v View) ToPixel(p orb.Point) (float64, float64) {
	return (p[0]-v.Center[0])/v.Res + float64(v.Width)/2, (v.Center[1]-p[1])/v.Res + float64(v.Height)/2
}

// FromPixel maps pixel coordinates to a projected point.
func (v View) FromPixel(x, y float64) orb.Point {
	return orb.Point{v.Center[0] + (x-float64(v.Width)/2)*v.Res, v.Center[1] - (y-float64(v.Height)/2)*v.Res}
}

// LonLat returns the lon/lat at pixel (x, y).
func (v View) LonLat(x, y float64) orb.Point { return Unproject(v.FromPixel(x, y)) }

// Pixel returns the pixel of a lon/lat point.
func (v View) Pixel(ll orb.Point) (float64, float64) { return v.ToPixel(Project(ll)) }

// Pan moves the view by dx, dy pixels (content moves with the pointer).
func (v View) Pan(dx, dy float64) View {
	v.Center = orb.Point{v.Center[0] - dx*v.Res, v.Center[1] + dy*v.Res}
	return v
}

// Zoom scales the view by factor f (>1 zooms in) keeping the point under
// pixel (x, y) fixed. The resolution stays between 50 m and 20 km per pixel.
func (v View) Zoom(f, x, y float64) View {
	anchor := v.FromPixel(x, y)
	res := math.Min(20000, math.Max(50, v.Res/f))
	v.Res = res
	// Keep anchor under (x, y).
	nv := v
	p := nv.FromPixel(x, y)
	nv.Center = orb.Point{v.Center[0] + anchor[0] - p[0], v.Center[1] + anchor[1] - p[1]}
	return nv
}

// Resize changes the size keeping the centre and resolution.
func (v View) Resize(w, h int) View {
	v.Width, v.Height = w, h
	return v
}

// Bound returns the lon/lat bound of what the view shows (approximate:
// the corners and edge midpoints).
func (v View) Bound() orb.Bound {
	w, h := float64(v.Width), float64(v.Height)
	b := orb.Bound{Min: v.LonLat(0, 0), Max: v.LonLat(0, 0)}
	for _, xy := range [][2]float64{{w, 0}, {0, h}, {w, h}, {w / 2, 0}, {w / 2, h}, {0, h / 2}, {w, h / 2}} {
		b = b.Extend(v.LonLat(xy[0], xy[1]))
	}
	return b
}

// PixelBound returns the bound in pixels of a projected bound: Min is its
// top left corner, Max its bottom right.
func (v View) PixelBound(b orb.Bound) orb.Bound {
	left, bottom := v.ToPixel(b.Min)
	right, top := v.ToPixel(b.Max)
	return orb.Bound{Min: orb.Point{left, top}, Max: orb.Point{right, bottom}}
}

// AppendPixels appends the points of mp (projected metres), ring after
// ring, in pixels.
func (v View) AppendPixels(dst [][2]float64, mp orb.MultiPolygon) [][2]float64 {
	for _, pg := range mp {
		for _, ring := range pg {
			for _, p := range ring {
				x, y := v.ToPixel(p)
				dst = append(dst, [2]float64{x, y})
			}
		}
	}
	return dst
}
