package geodata

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"math"
	"runtime"
	"slices"
	"sort"
	"sync"
	"unsafe"

	"github.com/paulmach/orb"
	"golang.org/x/image/vector"
)

// overlay colours by kind.
var overlayColors = map[string]color.RGBA{
	KindFrontier: {0xb0, 0x10, 0x10, 0xff},
	KindSphere:   {0x60, 0x20, 0xa0, 0xff},
	KindBase:     {0x10, 0x40, 0xa0, 0xff},
	KindPassage:  {0x10, 0x70, 0xb0, 0xff},
	KindCity:     {0x30, 0x30, 0x30, 0xff},
}

// OverlayColor returns the colour an overlay kind is drawn in.
func OverlayColor(kind string) color.RGBA { return overlayColors[kind] }

// overlayMask is a drawing rasterized for a view: the pixels it covers
// (row-major indices, ascending) with their coverage (antialiasing), drawn
// over each date's fill.
type overlayMask struct {
	pix   []int32
	alpha []uint8
}

// overlayKey says what the overlay masks were made for.
type overlayKey struct {
	view     View
	scale    float64
	overlays string
}

// drawOverlays draws the overlay features of the kinds s.Overlays names,
// each from a coverage mask made once per view: those valid on d in full,
// the others pale, as a reference, so that claims and lines can be held
// against what was held on any date.
func (r *Renderer) drawOverlays(dst *image.RGBA, d Day, s Style) {
	if len(s.Overlays) == 0 {
		return
	}
	scale := s.Scale
	if scale <= 0 {
		scale = 1
	}
	key := overlayKey{r.view, scale, fmt.Sprint(s.Overlays)}
	if key != r.ovKey || r.ovMasks == nil {
		r.ovMasks = map[int]overlayMask{}
		r.ovKey = key
	}
	vb := r.view.Bound()
	// Masks not made yet for this view: make them on every core.
	var todo []*Feature
	for _, f := range r.atlas.Features() {
		if _, ok := r.ovMasks[f.Index]; !ok && f.Kind != KindTerritory && contains(s.Overlays, f.Kind) {
			todo = append(todo, f)
		}
	}
	if len(todo) > 0 {
		masks := make([]overlayMask, len(todo))
		workers := min(runtime.GOMAXPROCS(0), 8, len(todo))
		var wg sync.WaitGroup
		for k := 0; k < workers; k++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				mb := newMaskBuilder(r.view)
				for i := k; i < len(todo); i += workers {
					if todo[i].Bound.Pad(1).Intersects(vb) {
						mb.feature(todo[i], scale)
						masks[i] = mb.mask()
					}
				}
			}()
		}
		wg.Wait()
		for i, f := range todo {
			r.ovMasks[f.Index] = masks[i]
		}
	}
	// Composite in bands of rows, on every core; within a band, kinds and
	// features in order.
	var layers []maskLayer
	for _, kind := range Kinds {
		if kind == KindTerritory || !contains(s.Overlays, kind) {
			continue
		}
		for _, f := range r.atlas.Features() {
			if f.Kind != kind {
				continue
			}
			l := maskLayer{mask: r.ovMasks[f.Index], color: overlayColors[kind], opacity: 255}
			if !f.ValidOn(d) {
				l.opacity = 102 // 2/5
			}
			layers = append(layers, l)
		}
	}
	r.composite(dst, layers)
}

// maskLayer is a mask drawn in one colour at an opacity (0–255).
type maskLayer struct {
	mask    overlayMask
	color   color.RGBA
	opacity uint32
}

// composite blends the layers into dst in order, in parallel bands of
// rows.
func (r *Renderer) composite(dst *image.RGBA, layers []maskLayer) {
	if len(layers) == 0 {
		return
	}
	w, h := r.view.Width, r.view.Height
	all := unsafe.Slice((*uint32)(unsafe.Pointer(unsafe.SliceData(dst.Pix))), len(dst.Pix)/4)
	stride := dst.Stride / 4
	nb := bands(h)
	var wg sync.WaitGroup
	for band := 0; band < nb; band++ {
		lo, hi := int32(w*(h*band/nb)), int32(w*(h*(band+1)/nb))
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, l := range layers {
				m := l.mask
				cr, cg, cb := uint32(l.color.R), uint32(l.color.G), uint32(l.color.B)
				j0 := sort.Search(len(m.pix), func(j int) bool { return m.pix[j] >= lo })
				for j := j0; j < len(m.pix) && m.pix[j] < hi; j++ {
					i := m.pix[j]
					a := uint32(m.alpha[j])
					if l.opacity != 255 {
						a = a * l.opacity / 255
					}
					k := int(i)
					if stride != w {
						k = int(i)/w*stride + int(i)%w
					}
					o := all[k]
					na := 255 - a
					// x/255 as (x·257 + 257) >> 16: within one of the exact quotient.
					r := ((cr*a+(o&0xff)*na)*257 + 257) >> 16
					g := ((cg*a+(o>>8&0xff)*na)*257 + 257) >> 16
					b := ((cb*a+(o>>16&0xff)*na)*257 + 257) >> 16
					all[k] = r | g<<8 | b<<16 | 0xff<<24
				}
			}
		}()
	}
	wg.Wait()
}

// maskBuilder rasterizes strokes and markers for one view into a sparse
// coverage mask. Lines are cut into chunks a few dozen pixels across, each
// rasterized over its own small bound with one reused rasterizer, so that
// a frontier across Europe costs its length, not the area of its bound.
// A maskBuilder is used by one goroutine.
type maskBuilder struct {
	view View
	z    *vector.Rasterizer
	buf  []uint8
	keys []uint64 // pixel<<8 | coverage
	pts  [][2]float64
}

// chunk is the largest extent, in pixels, of the points of one chunk.
const chunk = 64

func newMaskBuilder(v View) *maskBuilder {
	return &maskBuilder{view: v, z: vector.NewRasterizer(1, 1)}
}

// feature adds overlay feature f: lines and rings stroked (dashed for
// spheres and approximate lines), points as round markers.
func (mb *maskBuilder) feature(f *Feature, scale float64) {
	dash := 0.0
	if f.Kind == KindSphere || f.Approximate {
		dash = 8 * scale
	}
	switch g := f.Geometry.(type) {
	case orb.LineString:
		mb.line(g, 2.5*scale, dash)
	case orb.MultiLineString:
		for _, ls := range g {
			mb.line(ls, 2.5*scale, dash)
		}
	case orb.Polygon:
		for _, ring := range g {
			mb.line(orb.LineString(ring), 2*scale, dash)
		}
	case orb.MultiPolygon:
		for _, pg := range g {
			for _, ring := range pg {
				mb.line(orb.LineString(ring), 2*scale, dash)
			}
		}
	case orb.Point:
		mb.marker(g, 6*scale)
	case orb.MultiPoint:
		for _, p := range g {
			mb.marker(p, 6*scale)
		}
	}
}

// line strokes ls (lon/lat) w pixels wide, dashed dash pixels on and off
// when dash > 0.
func (mb *maskBuilder) line(ls orb.LineString, w, dash float64) {
	v := mb.view
	pts := mb.pts[:0]
	for i, p := range ls {
		x, y := v.Pixel(p)
		if i > 0 {
			// Long segments are cut so that no chunk is large.
			q := pts[len(pts)-1]
			if n := int(math.Hypot(x-q[0], y-q[1]) / chunk); n > 0 {
				for k := 1; k <= n; k++ {
					t := float64(k) / float64(n+1)
					pts = append(pts, [2]float64{q[0] + (x-q[0])*t, q[1] + (y-q[1])*t})
				}
			}
		}
		pts = append(pts, [2]float64{x, y})
	}
	mb.pts = pts
	along := 0.0
	for start := 0; start+1 < len(pts); {
		// A chunk: points while its bound stays small.
		b := image.Rect(int(math.Floor(pts[start][0])), int(math.Floor(pts[start][1])), int(math.Floor(pts[start][0]))+1, int(math.Floor(pts[start][1]))+1)
		// pts[start:end] is the chunk, b its bound.
		end := start + 1
		for ; end < len(pts); end++ {
			nb := b.Union(image.Rect(int(math.Floor(pts[end][0])), int(math.Floor(pts[end][1])), int(math.Floor(pts[end][0]))+1, int(math.Floor(pts[end][1]))+1))
			if end > start+1 && (nb.Dx() > chunk || nb.Dy() > chunk) {
				break
			}
			b = nb
		}
		mb.stroke(pts[start:end], b.Inset(-int(w+2)), w, dash, &along)
		start = end - 1
	}
}

// stroke rasterizes the polyline pts (pixels) over the bound b.
func (mb *maskBuilder) stroke(pts [][2]float64, b image.Rectangle, w, dash float64, along *float64) {
	b = b.Intersect(image.Rect(0, 0, mb.view.Width, mb.view.Height))
	if b.Empty() {
		for i := 1; i < len(pts); i++ {
			*along += math.Hypot(pts[i][0]-pts[i-1][0], pts[i][1]-pts[i-1][1])
		}
		return
	}
	z := mb.z
	z.Reset(b.Dx(), b.Dy())
	ox, oy := float64(b.Min.X), float64(b.Min.Y)
	for i := 1; i < len(pts); i++ {
		seg(z, pts[i-1][0]-ox, pts[i-1][1]-oy, pts[i][0]-ox, pts[i][1]-oy, w, dash, along)
	}
	mb.add(b)
}

// marker adds a round marker of radius rad pixels at p (lon/lat).
func (mb *maskBuilder) marker(p orb.Point, rad float64) {
	x, y := mb.view.Pixel(p)
	b := image.Rect(int(x-rad)-2, int(y-rad)-2, int(x+rad)+3, int(y+rad)+3).Intersect(image.Rect(0, 0, mb.view.Width, mb.view.Height))
	if b.Empty() {
		return
	}
	mb.z.Reset(b.Dx(), b.Dy())
	marker(mb.z, mb.view, [2]float64{float64(b.Min.X), float64(b.Min.Y)}, p, rad)
	mb.add(b)
}

// add draws the rasterizer over b and keeps the covered pixels.
func (mb *maskBuilder) add(b image.Rectangle) {
	dx, dy := b.Dx(), b.Dy()
	// The mask must be exactly dx×dy with no padding: the rasterizer
	// writes a whole-image destination as one contiguous run.
	if cap(mb.buf) < dx*dy {
		mb.buf = make([]uint8, max(dx*dy, 4*chunk*chunk))
	}
	mask := &image.Alpha{Pix: mb.buf[:dx*dy], Stride: dx, Rect: image.Rect(0, 0, dx, dy)}
	mb.z.DrawOp = draw.Src
	mb.z.Draw(mask, mask.Rect, image.Opaque, image.Point{})
	w := mb.view.Width
	for y := 0; y < dy; y++ {
		row := mask.Pix[y*mask.Stride : y*mask.Stride+dx]
		base := (y+b.Min.Y)*w + b.Min.X
		for x, a := range row {
			if a != 0 {
				mb.keys = append(mb.keys, uint64(base+x)<<8|uint64(a))
			}
		}
	}
}

// mask returns what was added since the last call, one entry per pixel,
// and starts afresh. Where chunks meet, their coverage adds up (to full at
// most), as it would in one rasterizer over the whole view.
func (mb *maskBuilder) mask() overlayMask {
	slices.Sort(mb.keys)
	var m overlayMask
	n := 0
	for _, k := range mb.keys {
		if n > 0 && mb.keys[n-1]>>8 == k>>8 {
			sum := min(255, mb.keys[n-1]&0xff+k&0xff)
			mb.keys[n-1] = k>>8<<8 | sum
			continue
		}
		mb.keys[n] = k
		n++
	}
	m.pix = make([]int32, n)
	m.alpha = make([]uint8, n)
	for i, k := range mb.keys[:n] {
		m.pix[i], m.alpha[i] = int32(k>>8), uint8(k)
	}
	mb.keys = mb.keys[:0]
	return m
}

func seg(z *vector.Rasterizer, x0, y0, x1, y1, w, dash float64, along *float64) {
	dx, dy := x1-x0, y1-y0
	l := math.Hypot(dx, dy)
	if l < 1e-6 {
		return
	}
	fw, fh := float64(z.Size().X), float64(z.Size().Y)
	if math.Max(x0, x1) < -w || math.Min(x0, x1) > fw+w || math.Max(y0, y1) < -w || math.Min(y0, y1) > fh+w {
		*along += l
		return
	}
	quad := func(t0, t1 float64) {
		ax, ay := x0+dx*t0, y0+dy*t0
		bx, by := x0+dx*t1, y0+dy*t1
		nx, ny := -dy/l*w/2, dx/l*w/2
		z.MoveTo(float32(ax+nx), float32(ay+ny))
		z.LineTo(float32(bx+nx), float32(by+ny))
		z.LineTo(float32(bx-nx), float32(by-ny))
		z.LineTo(float32(ax-nx), float32(ay-ny))
		z.ClosePath()
	}
	if dash <= 0 {
		quad(0, 1)
		return
	}
	t := 0.0
	for t < l {
		phase := math.Mod(*along+t, 2*dash)
		on := phase < dash
		step := dash - math.Mod(phase, dash)
		end := math.Min(l, t+step)
		if on {
			quad(t/l, end/l)
		}
		t = end
	}
	*along += l
}

func marker(z *vector.Rasterizer, v View, off [2]float64, p orb.Point, rad float64) {
	x, y := v.Pixel(p)
	x, y = x-off[0], y-off[1]
	for i := 0; i <= 16; i++ {
		a := float64(i) / 16 * 2 * math.Pi
		px, py := float32(x+rad*math.Cos(a)), float32(y+rad*math.Sin(a))
		if i == 0 {
			z.MoveTo(px, py)
		} else {
			z.LineTo(px, py)
		}
	}
	z.ClosePath()
}
