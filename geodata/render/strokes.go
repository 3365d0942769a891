package render

import "math"

// Lines (borders, overlays, the graticule) are drawn once per view into
// lists of covered pixels, each with its coverage and a style (which
// border, which overlay); painting a date blends them in the style's
// colour of that date. They are antialiased by box filtering across the
// line: at every pixel centre along the major axis, each pixel across
// the line takes the length of the line's cross-section it holds.

// stroke is one covered pixel of a line.
type stroke struct {
	i     int32  // pixel, row-major
	style uint16 // what the line is: a pair of ids, an overlay, ...
	alpha uint8  // coverage
	gap   uint8  // 1 in a gap of the line, if its style is dashed
}

// rowsPerChunk is the number of rows painted as one unit of work.
const rowsPerChunk = 1 << chunkShift

// maxStyles is how many styles a stroke list tells apart.
const maxStyles = 1 << 16

// rowsPerChunk is 1<<chunkShift.
const chunkShift = 5

// paint blends the strokes of chunk c into all (rows stride pixels
// apart, of a view w wide): each in its style's colour col (0: not drawn)
// at its opacity (nil: opaque), skipping the gaps of styles dashed (nil:
// none).
func (sl *strokeList) paint(all []uint32, stride, w, c int, col []uint32, opacity []uint8, dashed []bool) {
	if c >= len(sl.buckets) {
		return
	}
	for _, p := range sl.buckets[c] {
		sc := col[p.style]
		if sc == 0 || (p.gap != 0 && dashed != nil && dashed[p.style]) {
			continue
		}
		a := uint32(p.alpha)
		if opacity != nil {
			a = a * uint32(opacity[p.style]) / 255
		}
		k := int(p.i)
		if stride != w {
			k = int(p.i)/w*stride + int(p.i)%w
		}
		all[k] = mix(all[k], sc, a)
	}
}

// mix blends colour c over o with coverage a (0–255), red and blue
// together in one word, green in another; the result is opaque.
func mix(o, c, a uint32) uint32 {
	if a == 255 {
		return c | 0xff<<24
	}
	na := 255 - a
	rb := (c&0xff00ff)*a + (o&0xff00ff)*na
	g := (c&0xff00)*a + (o&0xff00)*na
	// x/255 as (x + 128 + (x+128)>>8) >> 8, per channel: exact for x ≤ 255².
	rb += 0x800080
	rb = (rb + (rb>>8)&0xff00ff) >> 8 & 0xff00ff
	g += 0x8000
	g = (g + (g>>8)&0xff00) >> 8 & 0xff00
	return rb | g | 0xff<<24
}

// lineStyle is how a line is drawn: its width in pixels, and dashes of
// dash pixels on (0: solid) and gap off (0: as long as the dashes). Gaps
// are left out, or with mark kept and flagged, for styles dashed on some
// dates only.
type lineStyle struct {
	width, dash, gap float64
	mark             bool
	style            uint16
}

// strokeList collects the strokes of lines for a view w×h, in buckets by
// chunk of rows (in drawing order within each), so that chunks can be
// painted in parallel; one goroutine builds it.
type strokeList struct {
	w, h    int
	buckets [][]stroke // by chunk of rows
	// first and last are the orientation (steep<<1 | reverse) of the
	// current line's first and last segment so far (-1: none), closing is
	// set for the last segment of a closed line, and ring holds where its
	// first strokes went: see segment and add.
	first, last int
	closing     bool
	ring        [8]strokeRef
	nring       int
}

// strokeRef is where a stroke went: bucket c, index k.
type strokeRef struct{ c, k int32 }

// reset empties the list for a view w×h, keeping its storage.
func (sl *strokeList) reset(w, h int) {
	sl.w, sl.h = w, h
	chunks := (h + rowsPerChunk - 1) / rowsPerChunk
	if cap(sl.buckets) < chunks {
		sl.buckets = append(sl.buckets[:cap(sl.buckets)], make([][]stroke, chunks-cap(sl.buckets))...)
	}
	sl.buckets = sl.buckets[:chunks]
	for i := range sl.buckets {
		sl.buckets[i] = sl.buckets[i][:0]
	}
}

// all returns every stroke, chunk after chunk.
func (sl *strokeList) all() []stroke {
	var out []stroke
	for _, b := range sl.buckets {
		out = append(out, b...)
	}
	return out
}

// len returns the number of strokes.
func (sl *strokeList) len() int {
	n := 0
	for _, b := range sl.buckets {
		n += len(b)
	}
	return n
}

// begin starts a new line.
func (sl *strokeList) begin() {
	sl.first, sl.last, sl.closing, sl.nring = -1, -1, false, 0
}

// segment draws segment pq (pixels, length l, starting at distance along
// of its line; l is used for the dashes only). Steps are half-open, so consecutive segments of the same
// orientation (steep or not, forwards or backwards) never cover a pixel
// twice; where the orientation changes, or the line closes on its first
// segment, the first or last steps look for pixels already covered (see
// add). Steps go in the line's direction, so those are among the last few.
func (sl *strokeList) segment(p, q [2]float64, l, along float64, ls lineStyle) {
	x0, y0, x1, y1 := p[0], p[1], q[0], q[1]
	steep := math.Abs(y1-y0) > math.Abs(x1-x0)
	if steep {
		x0, y0, x1, y1 = y0, x0, y1, x1
	}
	reverse := x0 > x1
	if reverse {
		x0, y0, x1, y1 = x1, y1, x0, y0
	}
	lim, mlim := sl.w, sl.h
	if steep {
		lim, mlim = sl.h, sl.w
	}
	xs := max(ceil(x0-0.5), 0)
	xe := min(ceil(x1-0.5), lim)
	n := xe - xs
	if n <= 0 {
		return // no pixel centre along the major axis
	}
	o := 0
	if steep {
		o = 2
	}
	if reverse {
		o++
	}
	head := sl.last >= 0 && o != sl.last
	tail := sl.closing && o != sl.first
	if sl.first < 0 {
		sl.first = o
	}
	sl.last = o
	dx := x1 - x0
	grad := (y1 - y0) / dx
	// The cross-section along the minor axis is wider than the line when
	// the line is at an angle.
	cross := ls.width * math.Sqrt(1+grad*grad)
	half := cross / 2
	thinLine := ls.width <= 1
	// Distance along the line at step k: s0 + k·ds.
	ds := l / dx
	s0 := along + (float64(xs)+0.5-x0)*ds
	if reverse {
		s0 = along + l - (float64(xe)-0.5-x0)*ds
	}
	w := sl.w
	// The bucket being filled, written back when the chunk changes.
	bc := -1
	var bucket []stroke
	for k := 0; k < n; k++ {
		x := xs + k
		if reverse {
			x = xe - 1 - k
		}
		var gap uint8
		if ls.dash > 0 && inGap(s0+float64(k)*ds, ls.dash, ls.gap) {
			if !ls.mark {
				continue
			}
			gap = 1
		}
		c := y0 + (float64(x)+0.5-x0)*grad
		lo, hi := c-half, c+half
		ylo, yhi := max(floor(lo), 0), min(floor(hi), mlim-1)
		// A line one pixel wide (or less) lies across two pixels at most
		// (Xiaolin Wu's way): the one its centre is in and the nearer
		// neighbour, each with its share of the cross-section.
		var thin [2]uint8
		yi := 0
		if thinLine {
			f := c - 0.5
			yi = floor(f)
			t := f - float64(yi)
			thin[0] = uint8(min(1, (1-t)*cross)*255 + 0.5)
			thin[1] = uint8(min(1, t*cross)*255 + 0.5)
			ylo, yhi = max(yi, 0), min(yi+1, mlim-1)
		}
		check := (head && k < 3) || (tail && k >= n-3) || sl.nring < len(sl.ring)
		for y := ylo; y <= yhi; y++ {
			var a uint8
			if thinLine {
				a = thin[y-yi]
			} else {
				// The part of [lo, hi] in [y, y+1].
				top, bot := float64(y), float64(y+1)
				if lo > top {
					top = lo
				}
				if hi < bot {
					bot = hi
				}
				a = uint8((bot-top)*255 + 0.5)
			}
			if a == 0 {
				continue
			}
			i, row := int32(y*w+x), y
			if steep {
				i, row = int32(x*w+y), x
			}
			st := stroke{i, ls.style, a, gap}
			ch := row >> chunkShift
			if check {
				if bc >= 0 {
					sl.buckets[bc] = bucket
					bc = -1
				}
				sl.add(ch, st)
				continue
			}
			if ch != bc {
				if bc >= 0 {
					sl.buckets[bc] = bucket
				}
				bc, bucket = ch, sl.buckets[ch]
			}
			bucket = append(bucket, st)
		}
	}
	if bc >= 0 {
		sl.buckets[bc] = bucket
	}
}

// inGap reports whether distance s along a line lies in a gap of dashes
// on pixels on and off off (0: as long as on).
func inGap(s, on, off float64) bool {
	if off == 0 {
		return int(s/on)&1 == 1
	}
	return math.Mod(s, on+off) >= on
}

// floor and ceil are math.Floor and math.Ceil as ints.
func floor(x float64) int { return int(math.Floor(x)) }

func ceil(x float64) int { return int(math.Ceil(x)) }

// add appends a stroke to bucket c, or where one of the last few of the
// same style there already covers its pixel (where a line turns), or one
// of the line's first (where it closes), keeps the larger coverage.
func (sl *strokeList) add(c int, p stroke) {
	b := sl.buckets[c]
	for k := len(b) - 1; k >= max(0, len(b)-8); k-- {
		if q := &b[k]; q.i == p.i && q.style == p.style {
			q.alpha = max(q.alpha, p.alpha)
			return
		}
	}
	if sl.closing {
		for _, r := range sl.ring[:sl.nring] {
			if q := &sl.buckets[r.c][r.k]; q.i == p.i && q.style == p.style {
				q.alpha = max(q.alpha, p.alpha)
				return
			}
		}
	}
	if sl.nring < len(sl.ring) {
		sl.ring[sl.nring] = strokeRef{int32(c), int32(len(b))}
		sl.nring++
	}
	sl.buckets[c] = append(b, p)
}

// polyline draws the line through pts (pixels).
func (sl *strokeList) polyline(pts [][2]float64, ls lineStyle) {
	sl.begin()
	along := 0.0
	w, h := float64(sl.w), float64(sl.h)
	closed := len(pts) > 2 && pts[0] == pts[len(pts)-1]
	for k := 1; k < len(pts); k++ {
		sl.closing = closed && k == len(pts)-1
		p, q := pts[k-1], pts[k]
		l := math.Hypot(q[0]-p[0], q[1]-p[1])
		if l < 1e-9 {
			continue
		}
		if math.Max(p[0], q[0]) >= -ls.width && math.Min(p[0], q[0]) <= w+ls.width &&
			math.Max(p[1], q[1]) >= -ls.width && math.Min(p[1], q[1]) <= h+ls.width {
			sl.segment(p, q, l, along, ls)
		}
		along += l
	}
}

// disc draws a round marker of radius rad at (x, y), antialiased.
func (sl *strokeList) disc(x, y, rad float64, style uint16) {
	for py := max(int(y-rad-1), 0); py <= min(int(y+rad+1), sl.h-1); py++ {
		for px := max(int(x-rad-1), 0); px <= min(int(x+rad+1), sl.w-1); px++ {
			d := math.Hypot(float64(px)+0.5-x, float64(py)+0.5-y)
			cov := math.Min(1, math.Max(0, rad+0.5-d))
			if a := uint8(cov*255 + 0.5); a > 0 {
				sl.buckets[py>>chunkShift] = append(sl.buckets[py>>chunkShift], stroke{int32(py*sl.w + px), style, a, 0})
			}
		}
	}
}

// resize returns s with length n, reallocated only when it is too short.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}
