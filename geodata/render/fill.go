package render

import (
	"image"
	"image/color"
	"slices"
	"unsafe"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// dayPalette sets, for the versions of the day row (by piece) in style s
// and theme th, the colour and key of every id, the source rows of the
// colours, and the colour of every border.
func (r *Renderer) dayPalette(row []*geodata.Feature, s Style, th Theme) {
	np := len(row) + 2
	if cap(r.pal) < np {
		r.pal, r.key = make([]uint32, np), make([]uint32, np)
		r.hl, r.apx = make([]bool, np), make([]bool, np)
	}
	r.pal, r.key, r.hl, r.apx = r.pal[:np], r.key[:np], r.hl[:np], r.apx[:np]
	dark := th == Dark
	// Keys tell the borders what differs on each side: the holder (from
	// bit 3), selection (bit 1) and highlighting (bit 0).
	r.pal[0], r.key[0] = pack(th.Sea), 0
	r.pal[1], r.key[1] = pack(th.Land), 1<<3
	for pi, f := range row {
		id := pi + 2
		r.hl[id], r.apx[id] = false, false
		if f == nil {
			r.pal[id], r.key[id] = r.pal[1], r.key[1]
			continue
		}
		hk, c := r.holderOf(f, s.Layer, s.Palette, dark)
		k := hk << 3
		for _, t := range s.Topics {
			if f.HasTopic(t) {
				r.hl[id] = true
				k |= 1
				break
			}
		}
		if s.Changed != nil && !s.Changed[f.ID] {
			c = blend(c, th.Land, 0.7)
		}
		if s.Selected != "" && f.ID == s.Selected {
			c = blend(c, th.Select, 0.45)
			k |= 2
		}
		r.apx[id] = f.Approximate
		r.pal[id], r.key[id] = pack(c), k
	}
	border := pack(blend(th.Border, th.Land, 0.15))
	coast := pack(th.Coast)
	r.sourceRows(th.Hatch)
	selEdge := pack(color.RGBA{0xd0, 0x20, 0x20, 0xff})
	hlEdge := pack(color.RGBA{0x30, 0x30, 0x90, 0xff})
	for _, b := range r.borders {
		b.pairColors(r.key, r.apx, border, coast, selEdge, hlEdge)
	}
}

// holderKey says what holderOf's cache was made for.
type holderKey struct {
	layer   geodata.Layer
	palette Palette
	dark    bool
}

// holderOf returns a number for the holder of f on layer l (the same for
// the same holder) and its colour, kept from one date to the next.
func (r *Renderer) holderOf(f *geodata.Feature, l geodata.Layer, p Palette, dark bool) (uint32, color.RGBA) {
	k := holderKey{l, p, dark}
	if k != r.hKey || r.hNum == nil {
		n := len(r.atlas.Features())
		r.hKey, r.hNum, r.hCol = k, make([]uint32, n), make([]color.RGBA, n)
		r.hIndex = map[string]uint32{}
	}
	cached := f.Index >= 0 && f.Index < len(r.hNum)
	if cached && r.hNum[f.Index] != 0 {
		return r.hNum[f.Index], r.hCol[f.Index]
	}
	h := f.Holder(l)
	hk, ok := r.hIndex[h.Key()]
	if !ok {
		hk = uint32(len(r.hIndex) + 2)
		r.hIndex[h.Key()] = hk
	}
	c := p.Color(h)
	if dark {
		c = blend(c, color.RGBA{0, 0, 0, 0xff}, 0.35)
	}
	if cached {
		r.hNum[f.Index], r.hCol[f.Index] = hk, c
	}
	return hk, c
}

// fillRows fills rows [y0, y1) of dst run by run: each run is one copy
// from its colour's source row (hatched rows carry the hatching).
func (r *Renderer) fillRows(dst *image.RGBA, y0, y1 int) {
	w := r.view.Width
	src, hl := r.src, r.hl
	for y := y0; y < y1; y++ {
		out := pixels(dst, y, w)
		base := int32(y * w)
		for _, rn := range r.runs[r.rowRun[y]:r.rowRun[y+1]] {
			x0 := rn.i - base
			row := src[rn.id]
			if hl[rn.id] {
				// Diagonal hatching: pixels where (x+y)%8 == 0; the source
				// row is hatched where its index is a multiple of 8.
				row = row[(int(x0)+y)&7:]
			}
			copy(out[x0:x0+rn.n], row[:rn.n])
		}
	}
}

// sourceRows points r.src[id] at a row of pixels of id's colour at least
// as long as id's longest run, hatched for highlighted ids. Rows are kept
// by colour from one date to the next.
func (r *Renderer) sourceRows(hatch color.RGBA) {
	if len(r.rows) > 512 {
		clear(r.rows)
	}
	if r.rows == nil {
		r.rows = map[uint64][]uint32{}
	}
	if cap(r.src) < len(r.pal) {
		r.src = make([][]uint32, len(r.pal))
	}
	r.src = r.src[:len(r.pal)]
	for id, c := range r.pal {
		n := int(r.maxRun[id])
		if n == 0 {
			r.src[id] = nil
			continue
		}
		k := uint64(c)
		var hc uint32
		if r.hl[id] {
			cc := color.RGBA{uint8(c), uint8(c >> 8), uint8(c >> 16), 0xff}
			hc = pack(blend(cc, hatch, 0.35))
			k |= uint64(hc)<<32 | 1<<63
			n += 8
		}
		row := r.rows[k]
		if len(row) < n {
			row = make([]uint32, max(n, len(row)*2))
			if r.hl[id] {
				for i := range 16 {
					row[i%len(row)] = c
				}
				row[0], row[8] = hc, hc
				for m := 16; m < len(row); m *= 2 {
					copy(row[m:], row[:m])
				}
			} else {
				fill32(row, c)
			}
			r.rows[k] = row
		}
		r.src[id] = row
	}
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
