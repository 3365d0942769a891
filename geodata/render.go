package geodata

import (
	"encoding/binary"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"math"
	"runtime"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/paulmach/orb"
	"golang.org/x/image/vector"
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

// DefaultStyle is the control layer in the light theme with every highlight
// and overlay on.
func DefaultStyle() Style {
	return Style{Layer: Control, Theme: Light, Topics: Topics, Overlays: []string{KindFrontier, KindSphere, KindBase, KindPassage}}
}

// Label is a name placed on the map, in pixels of the drawn image.
type Label struct {
	Text string
	X, Y float64 // centre
	ID   string
}

// Renderer draws an atlas. It rasterizes the territory pieces once per
// view into an id buffer (each pixel knows its piece) and paints each date
// through a per-date palette, so a change of date touches no geometry.
// A Renderer is not safe for concurrent use.
type Renderer struct {
	atlas *Atlas
	view  View
	ok    bool // ids is valid for view
	// ids holds, per pixel, 0 for sea, 1 for land outside the data, and
	// piece+2 for a piece.
	ids []uint16
	// over lists further pieces at pixels where pieces overlap (only in
	// data whose territories overlap).
	over map[int32][]uint16
	// stats per piece for labels.
	stats []pieceStat

	pal     []uint32
	key     []uint32
	hl      []bool
	apx     []bool
	ovKey   overlayKey
	ovMasks map[int]overlayMask // by feature index
	grat    graticuleCache

	runs   []run
	rowRun []int32 // runs of row y: runs[rowRun[y]:rowRun[y+1]]
	edges  []edge
	// edges of row y: edges[rowEdge[y]:rowEdge[y+1]]
	rowEdge []int32
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

// rasterize fills the id buffer for the current view, in parallel bands.
func (r *Renderer) rasterize() {
	v := r.view
	n := v.Width * v.Height
	if cap(r.ids) < n {
		r.ids = make([]uint16, n)
	}
	r.ids = r.ids[:n]
	clear(r.ids)
	r.over = nil
	a := r.atlas
	if len(r.stats) != len(a.pieces) {
		r.stats = make([]pieceStat, len(a.pieces))
	}
	clear(r.stats)
	bands := runtime.GOMAXPROCS(0)
	if bands > 8 {
		bands = 8
	}
	if bands > v.Height {
		bands = max(1, v.Height)
	}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for b := 0; b < bands; b++ {
		y0, y1 := v.Height*b/bands, v.Height*(b+1)/bands
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := newScan(y0, y1)
			level := lodLevel(v.Res)
			var lod *lodLevelData
			if level >= 0 {
				lod = a.levelOfDetail(level)
			}
			if a.landP != nil {
				land := a.landP
				if lod != nil {
					land = lod.land
				}
				s.fill(land, a.landPB, v, func(y, x0, x1 int) {
					row := r.ids[y*v.Width:]
					for x := x0; x < x1; x++ {
						row[x] = 1
					}
				})
			}
			local := make([]pieceStat, len(a.pieces))
			for pi, pc := range a.pieces {
				id := uint16(pi + 2)
				st := &local[pi]
				geom := pc.proj
				if lod != nil {
					geom = lod.pieces[pi]
				}
				s.fill(geom, pc.pbound, v, func(y, x0, x1 int) {
					row := r.ids[y*v.Width:]
					for x := x0; x < x1; x++ {
						if row[x] >= 2 {
							mu.Lock()
							if r.over == nil {
								r.over = map[int32][]uint16{}
							}
							k := int32(y*v.Width + x)
							r.over[k] = append(r.over[k], id)
							mu.Unlock()
							continue
						}
						row[x] = id
					}
					w := x1 - x0
					st.n += w
					st.sx += float64(x0+x1) / 2 * float64(w)
					st.sy += (float64(y) + 0.5) * float64(w)
					if w > st.r {
						st.ry, st.rx0, st.r = y, x0, w
					}
				})
			}
			mu.Lock()
			for i := range local {
				g, l := &r.stats[i], local[i]
				g.n += l.n
				g.sx += l.sx
				g.sy += l.sy
				if l.r > g.r {
					g.ry, g.rx0, g.r = l.ry, l.rx0, l.r
				}
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	r.index()
	r.ok = true
}

// run is a horizontal run of pixels of one id: [i, i+n) in the id buffer.
type run struct {
	i, n int32
	id   uint16
}

// edge is a pixel whose right or lower neighbour has another id: only
// there can a border be drawn, whatever the date.
type edge struct {
	i     int32
	other uint16
}

// index run-length encodes the id buffer and lists its edges, so that
// painting a date is a fill of runs plus a pass over the edges. Both
// passes run in parallel bands of rows.
func (r *Renderer) index() {
	w, h := r.view.Width, r.view.Height
	bands := max(1, min(runtime.GOMAXPROCS(0), 8, h))
	// Pass 1: runs.
	runs := make([][]run, bands)
	counts := make([][]int32, bands)
	var wg sync.WaitGroup
	for b := 0; b < bands; b++ {
		y0, y1 := h*b/bands, h*(b+1)/bands
		wg.Add(1)
		go func() {
			defer wg.Done()
			var rs []run
			cs := make([]int32, 0, y1-y0)
			for y := y0; y < y1; y++ {
				n := len(rs)
				row := r.ids[y*w : y*w+w]
				start, cur := 0, row[0]
				for x := 1; x < w; x++ {
					if row[x] != cur {
						rs = append(rs, run{int32(y*w + start), int32(x - start), cur})
						start, cur = x, row[x]
					}
				}
				rs = append(rs, run{int32(y*w + start), int32(w - start), cur})
				cs = append(cs, int32(len(rs)-n))
			}
			runs[b], counts[b] = rs, cs
		}()
	}
	wg.Wait()
	r.runs, r.rowRun = r.runs[:0], r.rowRun[:0]
	for b := range runs {
		for _, c := range counts[b] {
			r.rowRun = append(r.rowRun, int32(len(r.runs)))
			r.runs = append(r.runs, runs[b][:c]...)
			runs[b] = runs[b][c:]
		}
	}
	r.rowRun = append(r.rowRun, int32(len(r.runs)))

	// Pass 2: edges, from the run boundaries (right neighbour) and from
	// where a row's runs and the next row's differ (lower neighbour).
	edges := make([][]edge, bands)
	ecounts := make([][]int32, bands)
	for b := 0; b < bands; b++ {
		y0, y1 := h*b/bands, h*(b+1)/bands
		wg.Add(1)
		go func() {
			defer wg.Done()
			var es []edge
			cs := make([]int32, 0, y1-y0)
			for y := y0; y < y1; y++ {
				n := len(es)
				cur := r.runs[r.rowRun[y]:r.rowRun[y+1]]
				for k := 0; k+1 < len(cur); k++ {
					es = append(es, edge{cur[k].i + cur[k].n - 1, cur[k+1].id})
				}
				if y+1 < h {
					next := r.runs[r.rowRun[y+1]:r.rowRun[y+2]]
					i, j := 0, 0
					x := 0
					base, nbase := int32(y*w), int32((y+1)*w)
					for x < w {
						a, c := cur[i], next[j]
						ae, ce := int(a.i-base+a.n), int(c.i-nbase+c.n)
						end := min(ae, ce)
						if a.id != c.id {
							for xx := x; xx < end; xx++ {
								es = append(es, edge{base + int32(xx), c.id})
							}
						}
						x = end
						if ae == end {
							i++
						}
						if ce == end {
							j++
						}
					}
				}
				cs = append(cs, int32(len(es)-n))
			}
			edges[b], ecounts[b] = es, cs
		}()
	}
	wg.Wait()
	r.edges, r.rowEdge = r.edges[:0], r.rowEdge[:0]
	for b := range edges {
		for _, c := range ecounts[b] {
			r.rowEdge = append(r.rowEdge, int32(len(r.edges)))
			r.edges = append(r.edges, edges[b][:c]...)
			edges[b] = edges[b][c:]
		}
	}
	r.rowEdge = append(r.rowEdge, int32(len(r.edges)))
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
	if !r.ok {
		r.rasterize()
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
	holders := map[string]uint32{}
	for pi := range a.pieces {
		id := pi + 2
		fi := row[pi]
		r.hl[id], r.apx[id] = false, false
		if fi < 0 {
			r.pal[id], r.key[id] = r.pal[1], r.key[1]
			continue
		}
		f := a.features[fi]
		h := f.Holder(s.Layer)
		hk, ok := holders[h.Key()]
		if !ok {
			hk = uint32(len(holders) + 2)
			holders[h.Key()] = hk
		}
		c := s.Palette.Color(h)
		if dark {
			c = blend(c, color.RGBA{0, 0, 0, 0xff}, 0.35)
		}
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
	hatch := th.Hatch
	selEdge := pack(color.RGBA{0xd0, 0x20, 0x20, 0xff})
	hlEdge := pack(color.RGBA{0x30, 0x30, 0x90, 0xff})

	// The labels depend on the view and the day only: place them while
	// the frame is painted.
	var labels []Label
	labelsDone := make(chan struct{})
	go func() {
		defer close(labelsDone)
		labels = r.labels(d, s)
	}()
	bands := min(runtime.GOMAXPROCS(0), 8, v.Height)
	var wg sync.WaitGroup
	for b := 0; b < bands; b++ {
		y0, y1 := v.Height*b/bands, v.Height*(b+1)/bands
		wg.Add(1)
		go func() {
			defer wg.Done()
			r.fillRows(dst, y0, y1, hatch)
			r.paintEdges(dst, y0, y1, border, coast, selEdge, hlEdge)
		}()
	}
	wg.Wait()
	r.patchOverlaps(dst, row)
	r.drawOverlays(dst, d, s)
	r.drawGraticule(dst, s)
	<-labelsDone
	return labels
}

// fillRows fills rows [y0, y1) of dst run by run through the palette,
// hatching the highlighted pieces.
func (r *Renderer) fillRows(dst *image.RGBA, y0, y1 int, hatch color.RGBA) {
	w := r.view.Width
	pal, hl := r.pal, r.hl
	var hatchPal []uint32
	for y := y0; y < y1; y++ {
		out := pixels(dst, y, w)
		base := int32(y * w)
		for _, rn := range r.runs[r.rowRun[y]:r.rowRun[y+1]] {
			c := pal[rn.id]
			fill32(out[rn.i-base:rn.i-base+rn.n], c)
			if hl[rn.id] {
				if hatchPal == nil {
					hatchPal = make([]uint32, len(pal))
					for i, c := range pal {
						cc := color.RGBA{uint8(c), uint8(c >> 8), uint8(c >> 16), 0xff}
						hatchPal[i] = pack(blend(cc, hatch, 0.35))
					}
				}
				x0 := int(rn.i - base)
				// Diagonal hatching: pixels where (x+y)%8 == 0.
				first := x0 + ((8 - (x0+y)%8) % 8)
				for x := first; x < x0+int(rn.n); x += 8 {
					out[x] = hatchPal[rn.id]
				}
			}
		}
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

// paintEdges draws borders at the edges whose two sides differ on this
// date: coasts, frontiers between holders, outlines of highlighted and
// selected territories; dashed where either side is approximate.
func (r *Renderer) paintEdges(dst *image.RGBA, y0, y1 int, border, coast, selEdge, hlEdge uint32) {
	w := r.view.Width
	ids, key, apx := r.ids, r.key, r.apx
	for y := y0; y < y1; y++ {
		out := pixels(dst, y, w)
		base := int32(y * w)
		for _, e := range r.edges[r.rowEdge[y]:r.rowEdge[y+1]] {
			id := ids[e.i]
			k, ko := key[id], key[e.other]
			if k == ko {
				continue
			}
			x := int(e.i - base)
			// A border known only roughly is dashed; a coast never is.
			if k != 0 && ko != 0 && (apx[id] || apx[e.other]) && ((x+y)>>2)&1 == 1 {
				continue
			}
			var c uint32
			switch {
			case (k|ko)&2 != 0:
				c = selEdge
			case k == 0 || ko == 0:
				c = coast
			case (k^ko)&1 != 0 && k>>3 == ko>>3:
				c = hlEdge
			default:
				c = border
			}
			out[x] = c
		}
	}
}

// patchOverlaps paints pixels where pieces overlap with the first piece
// valid on the day.
func (r *Renderer) patchOverlaps(dst *image.RGBA, row []int32) {
	if r.over == nil {
		return
	}
	w := r.view.Width
	for k, extra := range r.over {
		i := int(k)
		if r.ids[i] >= 2 && row[r.ids[i]-2] >= 0 {
			continue
		}
		for _, id := range extra {
			if row[id-2] >= 0 {
				x, y := i%w, i/w
				binary.LittleEndian.PutUint32(dst.Pix[y*dst.Stride+4*x:], r.pal[id])
				break
			}
		}
	}
}

// FeatureAt returns the territory drawn at pixel (x, y) on day d, or nil.
// It reads the id buffer of the last Draw: one lookup.
func (r *Renderer) FeatureAt(x, y int, d Day) *Feature {
	v := r.view
	if !r.ok || x < 0 || y < 0 || x >= v.Width || y >= v.Height {
		return nil
	}
	a := r.atlas
	row := a.pieceOf[a.epoch(d)]
	i := y*v.Width + x
	cands := append([]uint16{r.ids[i]}, r.over[int32(i)]...)
	for _, id := range cands {
		if id >= 2 && row[id-2] >= 0 {
			return a.features[row[id-2]]
		}
	}
	return nil
}

func (r *Renderer) labels(d Day, s Style) []Label {
	a := r.atlas
	row := a.pieceOf[a.epoch(d)]
	scale := s.Scale
	if scale <= 0 {
		scale = 1
	}
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
		if ix < 0 || iy < 0 || ix >= r.view.Width || iy >= r.view.Height || r.ids[iy*r.view.Width+ix] != uint16(pi+2) {
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
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].n > cs[j].n })
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

// overlayMask is one overlay feature rasterized for a view: the pixels it
// covers with their coverage (antialiasing), drawn over each date's fill.
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
	w := r.view.Width
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
				for i := k; i < len(todo); i += workers {
					if todo[i].Bound.Pad(1).Intersects(vb) {
						masks[i] = r.overlayMask(todo[i], scale)
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
	all := unsafe.Slice((*uint32)(unsafe.Pointer(unsafe.SliceData(dst.Pix))), len(dst.Pix)/4)
	stride := dst.Stride / 4
	h := r.view.Height
	bands := max(1, min(runtime.GOMAXPROCS(0), 8, h))
	var wg sync.WaitGroup
	for band := 0; band < bands; band++ {
		lo, hi := int32(w*(h*band/bands)), int32(w*(h*(band+1)/bands))
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, kind := range Kinds {
				if kind == KindTerritory || !contains(s.Overlays, kind) {
					continue
				}
				c := overlayColors[kind]
				cr, cg, cb := uint32(c.R), uint32(c.G), uint32(c.B)
				for _, f := range r.atlas.Features() {
					if f.Kind != kind {
						continue
					}
					m := r.ovMasks[f.Index]
					faded := !f.ValidOn(d)
					j0 := sort.Search(len(m.pix), func(j int) bool { return m.pix[j] >= lo })
					for j := j0; j < len(m.pix) && m.pix[j] < hi; j++ {
						i := m.pix[j]
						a := uint32(m.alpha[j])
						if faded {
							a = a * 2 / 5
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
			}
		}()
	}
	wg.Wait()
}

// overlayMask rasterizes one overlay feature into a sparse coverage mask.
// Lines are cut into chunks a few dozen pixels across, each rasterized over
// its own small bound, so that a frontier across Europe costs its length,
// not the area of its bound.
func (r *Renderer) overlayMask(f *Feature, scale float64) overlayMask {
	v := r.view
	dash := 0.0
	if f.Kind == KindSphere || f.Approximate {
		dash = 8 * scale
	}
	cov := map[int32]uint8{}
	line := func(ls []orb.Point, w float64) {
		pts := make([][2]float64, len(ls))
		for i, p := range ls {
			x, y := v.Pixel(p)
			pts[i] = [2]float64{x, y}
		}
		along := 0.0
		for start := 0; start+1 < len(pts); {
			// A chunk: points while its bound stays small.
			b := image.Rect(int(pts[start][0]), int(pts[start][1]), int(pts[start][0])+1, int(pts[start][1])+1)
			end := start + 1
			for ; end < len(pts); end++ {
				nb := b.Union(image.Rect(int(pts[end][0]), int(pts[end][1]), int(pts[end][0])+1, int(pts[end][1])+1))
				if end > start+1 && (nb.Dx() > 96 || nb.Dy() > 96) {
					break
				}
				b = nb
			}
			end = min(end, len(pts)-1)
			r.rasterizeChunk(cov, pts[start:end+1], b.Inset(-int(w+2)), w, dash, &along)
			start = end
		}
	}
	switch g := f.Geometry.(type) {
	case orb.LineString:
		line(g, 2.5*scale)
	case orb.MultiLineString:
		for _, ls := range g {
			line(ls, 2.5*scale)
		}
	case orb.Polygon:
		for _, ring := range g {
			line(ring, 2*scale)
		}
	case orb.MultiPolygon:
		for _, pg := range g {
			for _, ring := range pg {
				line(ring, 2*scale)
			}
		}
	case orb.Point:
		r.markerMask(cov, g, 6*scale)
	case orb.MultiPoint:
		for _, p := range g {
			r.markerMask(cov, p, 6*scale)
		}
	}
	var m overlayMask
	for i := range cov {
		m.pix = append(m.pix, i)
	}
	sort.Slice(m.pix, func(a, b int) bool { return m.pix[a] < m.pix[b] })
	m.alpha = make([]uint8, len(m.pix))
	for j, i := range m.pix {
		m.alpha[j] = cov[i]
	}
	return m
}

// rasterizeChunk strokes the polyline pts (pixels) over the bound b and
// merges the coverage into cov, keeping the larger where chunks meet.
func (r *Renderer) rasterizeChunk(cov map[int32]uint8, pts [][2]float64, b image.Rectangle, w, dash float64, along *float64) {
	b = b.Intersect(image.Rect(0, 0, r.view.Width, r.view.Height))
	if b.Empty() {
		for i := 1; i < len(pts); i++ {
			*along += math.Hypot(pts[i][0]-pts[i-1][0], pts[i][1]-pts[i-1][1])
		}
		return
	}
	z := vector.NewRasterizer(b.Dx(), b.Dy())
	ox, oy := float64(b.Min.X), float64(b.Min.Y)
	for i := 1; i < len(pts); i++ {
		seg(z, pts[i-1][0]-ox, pts[i-1][1]-oy, pts[i][0]-ox, pts[i][1]-oy, w, dash, along)
	}
	r.mergeCoverage(cov, z, b)
}

func (r *Renderer) markerMask(cov map[int32]uint8, p orb.Point, rad float64) {
	x, y := r.view.Pixel(p)
	b := image.Rect(int(x-rad)-2, int(y-rad)-2, int(x+rad)+3, int(y+rad)+3).Intersect(image.Rect(0, 0, r.view.Width, r.view.Height))
	if b.Empty() {
		return
	}
	z := vector.NewRasterizer(b.Dx(), b.Dy())
	marker(z, r.view, [2]float64{float64(b.Min.X), float64(b.Min.Y)}, p, rad)
	r.mergeCoverage(cov, z, b)
}

func (r *Renderer) mergeCoverage(cov map[int32]uint8, z *vector.Rasterizer, b image.Rectangle) {
	mask := image.NewAlpha(image.Rect(0, 0, b.Dx(), b.Dy()))
	z.DrawOp = draw.Src
	z.Draw(mask, mask.Rect, image.Opaque, image.Point{})
	for y := 0; y < b.Dy(); y++ {
		for x, a := range mask.Pix[y*mask.Stride : y*mask.Stride+b.Dx()] {
			if a != 0 {
				k := int32((y+b.Min.Y)*r.view.Width + x + b.Min.X)
				if a > cov[k] {
					cov[k] = a
				}
			}
		}
	}
}

// strokeLine adds a polyline of width w (pixels) to z, dashed with dash
// pixels on and off when dash > 0.
func strokeLine(z *vector.Rasterizer, v View, off [2]float64, ls orb.LineString, w, dash float64) {
	var px, py float64
	along := 0.0
	for i, p := range ls {
		x, y := v.Pixel(p)
		x, y = x-off[0], y-off[1]
		if i > 0 {
			seg(z, px, py, x, y, w, dash, &along)
		}
		px, py = x, y
	}
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
