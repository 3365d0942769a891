package geodata

import (
	"image"
	"image/color"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"
	"unsafe"
)

// Style says how a map is drawn: which layer, which highlights and overlays.
type Style struct {
	Layer   Layer
	Palette Palette
	Theme   Theme
	// Topics are the highlight layers shown hatched and outlined ("baltic", ...).
	Topics []string
	// Overlays are the overlay kinds drawn ("frontier", "sphere", "base", "passage").
	Overlays []string
	// Selected is the id of the territory drawn as selected.
	Selected string
	// Scale is the device pixels per logical pixel (HiDPI); 0 means 1.
	Scale float64
	// Changed, when not nil, is the set of territory ids drawn in full:
	// the others are drawn faded (the changes between two dates).
	Changed map[string]bool
	// Graticule is the spacing in degrees of the meridians and parallels
	// drawn over the map; 0 draws none.
	Graticule float64
}

// scale returns the style's scale, 1 when unset.
func (s Style) scale() float64 {
	if s.Scale <= 0 {
		return 1
	}
	return s.Scale
}

// DefaultStyle is the control layer in the light theme with every highlight
// and overlay on.
func DefaultStyle() Style {
	return Style{Layer: Control, Theme: Light, Topics: Topics, Overlays: []string{KindFrontier, KindSphere, KindBase, KindPassage, KindFront}}
}

// Label is a name placed on the map, in pixels of the drawn image.
type Label struct {
	Text string
	X, Y float64 // centre
	ID   string
}

// Renderer draws an atlas. Once per view it rasterizes the territory
// pieces into runs (a row's pixels of one piece) and draws the borders
// and overlays into lists of covered pixels; each date is then painted
// through a per-date palette, so a change of date touches no geometry.
// A Renderer is not safe for concurrent use.
type Renderer struct {
	atlas *Atlas
	view  View
	ok    bool // the runs are valid for view
	bands []*band
	// over lists further pieces at pixels where pieces overlap (only in
	// data whose territories overlap).
	over map[int32][]uint16
	// stats per piece for labels.
	stats []pieceStat

	pal    []uint32
	src    [][]uint32          // by id: a source row of its colour
	rows   map[uint64][]uint32 // source rows by colour and hatching
	maxRun []int32             // by id: its longest run
	key    []uint32
	hl     []bool
	apx    []bool
	// Overlays: the features, their strokes for ovKey, and this date's
	// colour and opacity of each.
	ovFeatures []*Feature
	ovKey      overlayKey
	ovLists    []strokeList // by feature
	ovShapes   []overlayShape
	ovMade     bool
	ovCol      []uint32
	ovOpacity  []uint8
	ovStroked  []bool // whether ovLists[i] is made for the current view
	grat       graticuleCache

	runs    []run
	rowRun  []int32 // runs of row y: runs[rowRun[y]:rowRun[y+1]]
	overPix []int32 // the keys of over, ascending
	// labelCache holds the labels placed in this view, by epoch and scale.
	labelCache map[labelKey][]Label
	// borders are the builders of the border strokes of the view, each
	// with its strokes and pairs; bbs keeps them from one view to the next.
	borders []*borderBuilder
	bbs     []*borderBuilder
	// Holders of features for one layer, palette and theme: a number
	// (0: not known yet) and a colour, by feature index.
	hKey   holderKey
	hNum   []uint32
	hCol   []color.RGBA
	hIndex map[string]uint32
	scale  float64 // of the borders
	// vx is the points of the geometry drawn, in pixels: those of piece i
	// (of the land, i = number of pieces) are vx[vxOff[i]:vxOff[i+1]].
	vx    [][2]float64
	vxOff []int
	// order is the pieces from west to east.
	order     []int
	orderOnce sync.Once
}

type pieceStat struct {
	n          int
	sx, sy     float64
	ry, rx0, r int // longest run: row, start, length
}

// NewRenderer returns a renderer for a.
func NewRenderer(a *Atlas) *Renderer { return &Renderer{atlas: a} }

// View returns the current view.
func (r *Renderer) View() View { return r.view }

// SetView sets the view; the next Draw rasterizes again only if it changed.
func (r *Renderer) SetView(v View) {
	if v != r.view {
		r.view = v
		r.ok = false
	}
}

func pack(c color.RGBA) uint32 {
	return uint32(c.R) | uint32(c.G)<<8 | uint32(c.B)<<16 | uint32(c.A)<<24
}

func blend(a, b color.RGBA, t float64) color.RGBA {
	m := func(x, y uint8) uint8 { return uint8(float64(x)*(1-t) + float64(y)*t + 0.5) }
	return color.RGBA{m(a.R, b.R), m(a.G, b.G), m(a.B, b.B), 0xff}
}

// Draw paints day d into dst, which must be the view's size, and returns
// the labels to place (largest territories first, none overlapping).
func (r *Renderer) Draw(dst *image.RGBA, d Day, s Style) []Label {
	v := r.view
	if v.Width <= 0 || v.Height <= 0 {
		return nil
	}
	if r.ok && r.scale != s.scale() {
		// Borders are as wide as a logical pixel.
		r.scale = s.scale()
		r.buildBorders(r.atlas.geometry(v.Res))
	}
	if !r.ok {
		r.scale = s.scale()
		// The overlays' strokes do not depend on the pieces: make them
		// while the borders are made.
		var wg sync.WaitGroup
		r.rasterizeRuns()
		if len(s.Overlays) > 0 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				r.overlayStrokes(s.scale())
			}()
		}
		// The labels need the runs only: place them while the borders
		// are made.
		wg.Add(1)
		go func() {
			defer wg.Done()
			r.labels(d, s)
		}()
		r.buildBorders(r.atlas.geometry(v.Res))
		wg.Wait()
	}
	a := r.atlas
	row := a.pieceOf[a.epoch(d)]
	np := len(a.pieces) + 2
	if cap(r.pal) < np {
		r.pal, r.key = make([]uint32, np), make([]uint32, np)
		r.hl, r.apx = make([]bool, np), make([]bool, np)
	}
	r.pal, r.key, r.hl, r.apx = r.pal[:np], r.key[:np], r.hl[:np], r.apx[:np]
	th := s.Theme
	if th == (Theme{}) {
		th = Light
	}
	dark := th == Dark
	r.pal[0], r.key[0] = pack(th.Sea), 0
	r.pal[1], r.key[1] = pack(th.Land), 1<<3
	for pi := range a.pieces {
		id := pi + 2
		fi := row[pi]
		r.hl[id], r.apx[id] = false, false
		if fi < 0 {
			r.pal[id], r.key[id] = r.pal[1], r.key[1]
			continue
		}
		f := a.features[fi]
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
	overlays := r.overlayStyles(d, s)
	grat := r.graticule(s)

	// Paint in chunks of rows on every core: fill, overlapping pieces,
	// borders, overlays. Meanwhile this goroutine places the labels (they
	// depend on the view and the day only), then helps.
	all := unsafe.Slice((*uint32)(unsafe.Pointer(unsafe.SliceData(dst.Pix))), len(dst.Pix)/4)
	stride := dst.Stride / 4
	chunks := (v.Height + rowsPerChunk - 1) / rowsPerChunk
	var next atomic.Int32
	work := func() {
		for {
			c := int(next.Add(1)) - 1
			if c >= chunks {
				return
			}
			y0, y1 := c*rowsPerChunk, min((c+1)*rowsPerChunk, v.Height)
			r.fillRows(dst, y0, y1)
			r.patchOverlaps(all, stride, row, y0, y1)
			for _, b := range r.borders {
				b.sl.paint(all, stride, v.Width, c, b.col, nil, b.dash)
			}
			if overlays {
				for i := range r.ovLists {
					if r.ovCol[i] != 0 {
						r.ovLists[i].paint(all, stride, v.Width, c, r.ovCol, r.ovOpacity, nil)
					}
				}
			}
			if grat {
				r.grat.sl.paint(all, stride, v.Width, c, r.grat.col[:], r.grat.op[:], nil)
			}
		}
	}
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), 8, chunks) - 1 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work()
		}()
	}
	labels := r.labels(d, s)
	work()
	wg.Wait()
	return labels
}

// holderKey says what holderOf's cache was made for.
type holderKey struct {
	layer   Layer
	palette Palette
	dark    bool
}

// holderOf returns a number for the holder of f on layer l (the same for
// the same holder) and its colour, kept from one date to the next.
func (r *Renderer) holderOf(f *Feature, l Layer, p Palette, dark bool) (uint32, color.RGBA) {
	k := holderKey{l, p, dark}
	if k != r.hKey || r.hNum == nil {
		n := len(r.atlas.features)
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
func (r *Renderer) patchOverlaps(all []uint32, stride int, row []int32, y0, y1 int) {
	if len(r.overPix) == 0 {
		return
	}
	w := r.view.Width
	lo, hi := int32(y0*w), int32(y1*w)
	j, _ := slices.BinarySearch(r.overPix, lo)
	for ; j < len(r.overPix) && r.overPix[j] < hi; j++ {
		i := int(r.overPix[j])
		if id := r.idAt(i); id >= 2 && row[id-2] >= 0 {
			continue
		}
		for _, id := range r.over[int32(i)] {
			if row[id-2] >= 0 {
				all[i/w*stride+i%w] = r.pal[id]
				break
			}
		}
	}
}

// FeatureAt returns the territory drawn at pixel (x, y) on day d, or nil.
// It looks the pixel up in the runs of its row of the last Draw: one
// binary search.
func (r *Renderer) FeatureAt(x, y int, d Day) *Feature {
	v := r.view
	if !r.ok || x < 0 || y < 0 || x >= v.Width || y >= v.Height {
		return nil
	}
	a := r.atlas
	row := a.pieceOf[a.epoch(d)]
	i := y*v.Width + x
	cands := append([]uint16{r.idAt(i)}, r.over[int32(i)]...)
	for _, id := range cands {
		if id >= 2 && row[id-2] >= 0 {
			return a.features[row[id-2]]
		}
	}
	return nil
}

// labelKey says what a placement of labels was made for (besides the
// view).
type labelKey struct {
	epoch int
	scale float64
}

// labels returns the labels of day d: the names of the territories
// largest on screen first, each placed where it fits without overlapping
// another. They depend on the epoch, not the day, and are kept per view.
func (r *Renderer) labels(d Day, s Style) []Label {
	a := r.atlas
	e := a.epoch(d)
	scale := s.Scale
	if scale <= 0 {
		scale = 1
	}
	k := labelKey{e, scale}
	if ls, ok := r.labelCache[k]; ok {
		return slices.Clone(ls)
	}
	if r.labelCache == nil || len(r.labelCache) > 4096 {
		r.labelCache = map[labelKey][]Label{}
	}
	ls := r.placeLabels(a.pieceOf[e], scale)
	r.labelCache[k] = ls
	return slices.Clone(ls)
}

func (r *Renderer) placeLabels(row []int32, scale float64) []Label {
	a := r.atlas
	type cand struct {
		Label
		n int
	}
	var cs []cand
	byName := map[string]int{}
	for pi, st := range r.stats {
		fi := row[pi]
		if fi < 0 || st.n == 0 {
			continue
		}
		f := a.features[fi]
		x, y := st.sx/float64(st.n), st.sy/float64(st.n)
		ix, iy := int(x), int(y)
		if ix < 0 || iy < 0 || ix >= r.view.Width || iy >= r.view.Height || r.idAt(iy*r.view.Width+ix) != uint16(pi+2) {
			x, y = float64(st.rx0)+float64(st.r)/2, float64(st.ry)+0.5
		}
		text := ShortName(f.Name)
		c := cand{Label{Text: text, X: x, Y: y, ID: f.ID}, st.n}
		// One label per name: keep the largest piece.
		if j, ok := byName[text]; ok {
			if cs[j].n < c.n {
				cs[j] = c
			}
			continue
		}
		byName[text] = len(cs)
		cs = append(cs, c)
	}
	slices.SortStableFunc(cs, func(a, b cand) int { return b.n - a.n })
	var placed []image.Rectangle
	var out []Label
	for _, c := range cs {
		tw := float64(utf8.RuneCountInString(c.Text)) * 7 * scale
		th := 14 * scale
		if float64(c.n) < tw*th*1.2 {
			continue
		}
		rect := image.Rect(int(c.X-tw/2), int(c.Y-th/2), int(c.X+tw/2), int(c.Y+th/2))
		free := rect.Min.X >= 0 && rect.Min.Y >= 0 && rect.Max.X <= r.view.Width && rect.Max.Y <= r.view.Height
		for _, p := range placed {
			if p.Inset(-int(2 * scale)).Overlaps(rect) {
				free = false
				break
			}
		}
		if free {
			placed = append(placed, rect)
			out = append(out, c.Label)
		}
	}
	return out
}

// ShortName is a name without its parenthesised detail, for map labels:
// "Estonia (north: Tallinn, Narva)" is labelled "Estonia".
func ShortName(name string) string {
	if i := strings.Index(name, " ("); i > 0 {
		return name[:i]
	}
	return name
}
