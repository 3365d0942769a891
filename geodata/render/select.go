package render

import (
	"image/color"
	"slices"

	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// The selected territory keeps its holder's fill: it is outlined
// (colour.Palette.Selection: a line about two logical pixels wide, dark
// in the light theme and light in the dark one, over a soft translucent
// glow, its casing), never filled, so that it never looks like another
// state. The outline runs along the rings of the pieces the selected
// version covers that day, where the other side is not the selection;
// it is made once per view and set of pieces, and drawn over the borders
// and overlays.

// selection is the outline of the selection for one view.
type selection struct {
	view   geodata.View
	scale  float64
	pieces []int // the selected pieces, ascending
	sl     strokeList
	col    [2]uint32 // glow, line
	op     [2]uint8
}

// opaque returns c made opaque (its colour without its alpha).
func opaque(c color.RGBA) color.RGBA { return color.RGBA{c.R, c.G, c.B, 0xff} }

// Styles of the selection's strokes.
const (
	selGlow uint16 = iota
	selLine
)

// selectionStrokes makes the outline of the territory s.Selected on the
// day row (by piece) for the current view, if it is not made, and sets
// its colours from the style's palette. It returns false when nothing is
// selected on the day.
func (r *Renderer) selectionStrokes(row []*geodata.Feature, s Style) bool {
	if s.Selected == "" {
		return false
	}
	sel := &r.sel
	var pieces []int
	for pi, f := range row {
		if f != nil && f.ID == s.Selected {
			pieces = append(pieces, pi)
		}
	}
	if len(pieces) == 0 {
		return false
	}
	line := s.Colours().Selection()
	sel.col[selGlow], sel.op[selGlow] = pack(opaque(line.CasingColour)), line.CasingColour.A
	sel.col[selLine], sel.op[selLine] = pack(opaque(line.Colour)), 0xff
	if sel.view == r.view && sel.scale == s.scale() && slices.Equal(sel.pieces, pieces) {
		return true
	}
	sel.view, sel.scale, sel.pieces = r.view, s.scale(), pieces
	sel.sl.reset(r.view.Width, r.view.Height)
	g := r.scene.geometry(r.view.Res)
	in := make(map[uint16]bool, len(pieces))
	for _, pi := range pieces {
		in[uint16(pi+2)] = true
	}
	scale := s.scale()
	for _, st := range []struct {
		style uint16
		width float64
	}{{selGlow, line.Casing}, {selLine, line.Width}} {
		if st.width <= 0 {
			continue
		}
		ls := lineStyle{width: st.width * scale, style: st.style}
		for _, pi := range pieces {
			r.outline(g.pieces[pi], r.pixels(pi), g.topo.partner[pi], in, ls, &sel.sl)
		}
	}
	sel.sl.merge()
	return true
}

// outline strokes into sl the segments of the rings of piece mp (its
// points px in pixels, across its topology as borderBuilder.rings takes
// it) whose other side is not one of the ids in.
func (r *Renderer) outline(mp orb.MultiPolygon, px [][2]float64, across []int32, in map[uint16]bool, ls lineStyle, sl *strokeList) {
	v := r.view
	w, h := float64(v.Width), float64(v.Height)
	look := borderBuilder{r: r}
	si := 0
	for _, pg := range mp {
		for j, ring := range pg {
			pts := px[:len(ring)]
			px = px[len(ring):]
			inLeft := insideLeft(pts, j == 0)
			sl.begin()
			for k := 1; k < len(pts); k, si = k+1, si+1 {
				sl.closing = k == len(pts)-1
				p, q := pts[k-1], pts[k]
				pad := ls.width
				if p == q || max(p[0], q[0]) < -pad || min(p[0], q[0]) > w+pad ||
					max(p[1], q[1]) < -pad || min(p[1], q[1]) > h+pad {
					continue
				}
				switch a := across[si]; {
				case a >= 0:
					if in[uint16(a+2)] {
						continue
					}
				case a == -1:
					if other, ok := look.outside(p, q, inLeft); ok && in[other] {
						continue
					}
				}
				sl.segment(p, q, 0, 0, ls)
			}
		}
	}
}

// merge leaves in each bucket one stroke per pixel and style, the one of
// largest coverage, ordered by style, so that translucent strokes where
// a line turns or meets itself are blended once and each style is drawn
// over the one before.
func (sl *strokeList) merge() {
	for c, b := range sl.buckets {
		slices.SortFunc(b, func(p, q stroke) int {
			if p.style != q.style {
				return int(p.style) - int(q.style)
			}
			return int(p.i - q.i)
		})
		out := b[:0]
		for _, p := range b {
			if n := len(out); n > 0 && out[n-1].i == p.i && out[n-1].style == p.style {
				out[n-1].alpha = max(out[n-1].alpha, p.alpha)
				continue
			}
			out = append(out, p)
		}
		sl.buckets[c] = out
	}
}
