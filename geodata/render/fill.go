package render

import (
	"image"
	"image/color"
	"slices"
	"unsafe"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render/colour"
)

// dayPalette sets, for the versions of the day row (by piece) in style s,
// the paint and key of every id, the source rows of the paints, and the
// colour of every border, all from the style's colour.Palette.
func (r *Renderer) dayPalette(row []*geodata.Feature, s Style) {
	np := len(row) + 2
	p := s.Colours()
	if cap(r.pal) < np {
		r.pal, r.key = make([]uint32, np), make([]uint32, np)
		r.paints, r.apx = make([]paint, np), make([]bool, np)
	}
	r.pal, r.key, r.paints, r.apx = r.pal[:np], r.key[:np], r.paints[:np], r.apx[:np]
	land := p.Land()
	topic := pack(p.Hatching())
	// Keys tell the borders what differs on each side: the holder and
	// its regime (from bit 3) and highlighting (bit 0).
	r.paints[0], r.key[0] = paint{fill: pack(p.Sea())}, 0
	r.paints[1], r.key[1] = paint{fill: pack(land)}, 1<<3
	for pi, f := range row {
		id := pi + 2
		r.apx[id] = false
		if f == nil {
			r.paints[id], r.key[id] = r.paints[1], r.key[1]
			continue
		}
		hk, pt := r.holderOf(f, s.Layer, p)
		k := hk << 3
		for _, t := range s.Topics {
			if f.HasTopic(t) {
				pt.hatch |= hatchTopic
				// The stripe of a topic: its hatching colour over the fill.
				pt.topic = mix(pt.fill, topic, 0x59)
				k |= 1
				break
			}
		}
		if s.Changed != nil && !s.Changed[f.ID] {
			pt.fill, pt.stripe, pt.topic = fade(pt.fill, land), fade(pt.stripe, land), fade(pt.topic, land)
		}
		r.apx[id] = f.Approximate
		r.paints[id], r.key[id] = pt, k
	}
	for id := range r.pal {
		r.pal[id] = r.paints[id].fill
	}
	border := pack(p.Border())
	coast := pack(p.Coast())
	r.sourceRows()
	hlEdge := pack(p.Hatching())
	for _, b := range r.borders {
		b.pairColors(r.key, r.apx, border, coast, hlEdge)
	}
}

// holderKey says what holderOf's cache was made for.
type holderKey struct {
	layer   geodata.Layer
	palette *colour.Palette
}

// holderOf returns a number for the holder of f on layer l and the
// regime it holds f by (the same for the same holder and regime), and
// how p paints f (colour.Palette.Paint: occupied land in its occupier's
// colour, lighter, hatched with the occupier's own), kept from one date
// to the next.
func (r *Renderer) holderOf(f *geodata.Feature, l geodata.Layer, p *colour.Palette) (uint32, paint) {
	k := holderKey{l, p}
	if k != r.hKey || r.hNum == nil {
		n := len(r.atlas.Features())
		r.hKey, r.hNum, r.hPaint = k, make([]uint32, n), make([]paint, n)
		r.hIndex = map[string]uint32{}
	}
	cached := f.Index >= 0 && f.Index < len(r.hNum)
	if cached && r.hNum[f.Index] != 0 {
		return r.hNum[f.Index], r.hPaint[f.Index]
	}
	h := f.Holder(l)
	cp := p.Paint(f, l, 0)
	pt := paint{fill: pack(cp.Fill)}
	if cp.Hatch {
		pt.hatch, pt.stripe = hatchOccupied, pack(cp.Stripe)
	}
	name := h.Key() + "\x00" + cp.Regime.String()
	hk, ok := r.hIndex[name]
	if !ok {
		hk = uint32(len(r.hIndex) + 2)
		r.hIndex[name] = hk
	}
	if cached {
		r.hNum[f.Index], r.hPaint[f.Index] = hk, pt
	}
	return hk, pt
}

// fillRows fills rows [y0, y1) of dst run by run: each run is one copy
// from its paint's source row (hatched rows carry the hatching).
func (r *Renderer) fillRows(dst *image.RGBA, y0, y1 int) {
	w := r.view.Width
	src, pts := r.src, r.paints
	for y := y0; y < y1; y++ {
		out := pixels(dst, y, w)
		base := int32(y * w)
		for _, rn := range r.runs[r.rowRun[y]:r.rowRun[y+1]] {
			x0 := rn.i - base
			copy(out[x0:x0+rn.n], source(src[rn.id], pts[rn.id].hatch, int(x0), y, int(rn.n)))
		}
	}
}

// sourceRows points r.src[id] at a source row of id's paint at least as
// long as id's longest run (sourceRow). Rows are kept by paint from one
// date to the next.
func (r *Renderer) sourceRows() {
	if len(r.rows) > 512 {
		clear(r.rows)
	}
	if r.rows == nil {
		r.rows = map[paint][]uint32{}
	}
	if cap(r.src) < len(r.paints) {
		r.src = make([][]uint32, len(r.paints))
	}
	r.src = r.src[:len(r.paints)]
	for id, pt := range r.paints {
		n := int(r.maxRun[id])
		if n == 0 {
			r.src[id] = nil
			continue
		}
		row := r.rows[pt]
		if rowLen(row, pt.hatch) < n {
			row = sourceRow(pt, max(n, 2*rowLen(row, pt.hatch)))
			r.rows[pt] = row
		}
		r.src[id] = row
	}
}

// rowLen returns the longest run a source row of hatching h serves.
func rowLen(row []uint32, h hatching) int {
	switch h {
	case 0:
		return len(row)
	case hatchOccupied, hatchTopic:
		return len(row) - 8
	}
	return len(row)/8 - 8
}

// fill32 sets every pixel of seg to c: short runs by a loop, long ones
// by doubling copies (memmove uses the widest stores the processor has).
func fill32(seg []uint32, c uint32) {
	if len(seg) < 32 {
		for i := range seg {
			seg[i] = c
		}
		return
	}
	for i := 0; i < 16; i++ {
		seg[i] = c
	}
	for n := 16; n < len(seg); n *= 2 {
		copy(seg[n:], seg[:n])
	}
}

// pixels returns row y of dst as w packed RGBA pixels.
func pixels(dst *image.RGBA, y, w int) []uint32 {
	b := dst.Pix[y*dst.Stride : y*dst.Stride+4*w]
	return unsafe.Slice((*uint32)(unsafe.Pointer(unsafe.SliceData(b))), w)
}

// patchOverlaps paints the pixels of rows [y0, y1) where pieces overlap
// with the first piece valid on the day.
func (r *Renderer) patchOverlaps(all []uint32, stride int, row []*geodata.Feature, y0, y1 int) {
	if len(r.overPix) == 0 {
		return
	}
	w := r.view.Width
	lo, hi := int32(y0*w), int32(y1*w)
	j, _ := slices.BinarySearch(r.overPix, lo)
	for ; j < len(r.overPix) && r.overPix[j] < hi; j++ {
		i := int(r.overPix[j])
		if id := r.idAt(i); id >= 2 && row[id-2] != nil {
			continue
		}
		for _, id := range r.over[int32(i)] {
			if row[id-2] != nil {
				all[i/w*stride+i%w] = r.pal[id]
				break
			}
		}
	}
}

func pack(c color.RGBA) uint32 {
	return uint32(c.R) | uint32(c.G)<<8 | uint32(c.B)<<16 | uint32(c.A)<<24
}

func blend(a, b color.RGBA, t float64) color.RGBA {
	m := func(x, y uint8) uint8 { return uint8(float64(x)*(1-t) + float64(y)*t + 0.5) }
	return color.RGBA{m(a.R, b.R), m(a.G, b.G), m(a.B, b.B), 0xff}
}
