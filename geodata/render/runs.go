package render

import (
	"runtime"
	"slices"
	"sync"

	"github.com/frontiers-atlas/frontiers/geodata/internal/parallel"
	"github.com/frontiers-atlas/frontiers/geodata/internal/scan"
)

// run is a horizontal run of pixels of one id: [i, i+n) in row-major
// pixel order. Ids are 0 for sea, 1 for land outside the data and
// piece+2 for a piece.
type run struct {
	i, n int32
	id   uint16
}

// span is a run of one row found by the scanline fill: [x0, x1).
type span struct {
	x0, x1 int32
	id     uint16
}

// band is the rasterization of rows [y0, y1): its runs and per piece
// statistics, made by one goroutine.
type band struct {
	y0, y1 int
	runs   []run
	rowRun []int32 // counts per row
	stats  []pieceStat
	over   map[int32][]uint16
	// scratch
	spans [][]span // piece spans per row
	land  [][]span // land spans per row
	row   []uint16 // one row of ids, for rows whose pieces overlap
	sc    scan.Scan
}

// bands returns how many bands of rows h rows are rasterized in: two per
// core (at most 16), cut where the last view had as many runs each.
func bands(h int) int { return max(1, min(2*runtime.GOMAXPROCS(0), 16, h)) }

// rasterizeRuns finds, for the current view, the runs of pixels of each
// id row by row (pieces over the land backdrop over the sea) and the
// statistics for labels, in parallel bands of rows. No per-pixel id
// buffer is written: runs are made from the spans the scanline fill
// returns.
func (r *Renderer) rasterizeRuns() {
	v := r.view
	np := len(r.scene.pieces)
	nb := bands(v.Height)
	if len(r.bands) != nb {
		r.bands = make([]*band, nb)
		for i := range r.bands {
			r.bands[i] = &band{}
		}
	}
	g := r.scene.geometry(v.Res)
	r.project(g)
	cuts := r.bandCuts(nb)
	var wg sync.WaitGroup
	for b, bd := range r.bands {
		bd.y0, bd.y1 = cuts[b], cuts[b+1]
		wg.Add(1)
		go func() {
			defer wg.Done()
			bd.rasterize(r, g)
		}()
	}
	wg.Wait()
	// Join the bands.
	r.runs, r.rowRun = r.runs[:0], r.rowRun[:0]
	r.over, r.overPix = nil, r.overPix[:0]
	if len(r.stats) != np {
		r.stats = make([]pieceStat, np)
	}
	clear(r.stats)
	for _, bd := range r.bands {
		k := 0
		for _, c := range bd.rowRun {
			r.rowRun = append(r.rowRun, int32(len(r.runs)))
			r.runs = append(r.runs, bd.runs[k:k+int(c)]...)
			k += int(c)
		}
		for i, l := range bd.stats {
			g := &r.stats[i]
			g.n += l.n
			g.sx += l.sx
			g.sy += l.sy
			if l.r > g.r {
				g.ry, g.rx0, g.r = l.ry, l.rx0, l.r
			}
		}
		for k, ids := range bd.over {
			if r.over == nil {
				r.over = map[int32][]uint16{}
			}
			r.over[k] = ids
			r.overPix = append(r.overPix, k)
		}
	}
	slices.Sort(r.overPix)
	r.rowRun = append(r.rowRun, int32(len(r.runs)))
	if cap(r.maxRun) < np+2 {
		r.maxRun = make([]int32, np+2)
	} else {
		r.maxRun = r.maxRun[:np+2]
		clear(r.maxRun)
	}
	for _, rn := range r.runs {
		r.maxRun[rn.id] = max(r.maxRun[rn.id], rn.n)
	}
	r.ok = true
	r.lv.made = false
}

// project puts the points of every piece of g, then of its land, in
// pixels of the view, once for the rasterization and the borders.
func (r *Renderer) project(g *level) {
	r.vxOff = resize(r.vxOff, len(g.pieces)+2)
	n := 0
	for i, mp := range g.pieces {
		r.vxOff[i] = n
		n += points(mp)
	}
	r.vxOff[len(g.pieces)] = n
	n += points(g.land)
	r.vxOff[len(g.pieces)+1] = n
	r.vx = resize(r.vx, n)
	v := r.view
	parallel.For(len(g.pieces)+1, func(i int) {
		mp := g.land
		if i < len(g.pieces) {
			mp = g.pieces[i]
		}
		// Appended in place: the slab has exactly room for them.
		v.AppendPixels(r.vx[r.vxOff[i]:r.vxOff[i]:r.vxOff[i+1]], mp)
	})
}

// pixels returns the points of piece i (or of the land, i = number of
// pieces) in pixels, as project left them.
func (r *Renderer) pixels(i int) [][2]float64 { return r.vx[r.vxOff[i]:r.vxOff[i+1]] }

// bandCuts returns the first row of each of nb bands, and the height:
// rows split so that the bands had as many runs each in the last view of
// this height (a view panned or zoomed a little has its work where the
// last one had), else evenly. Where the bands are cut does not change the
// result, only how evenly the cores share the work.
func (r *Renderer) bandCuts(nb int) []int {
	h := r.view.Height
	cuts := make([]int, nb+1)
	for b := range cuts {
		cuts[b] = h * b / nb
	}
	if len(r.rowRun) != h+1 || r.rowRun[h] == 0 {
		return cuts
	}
	total := int(r.rowRun[h])
	y := 0
	for b := 1; b < nb; b++ {
		// The first row after which b/nb of the runs are done.
		for y < h && int(r.rowRun[y])*nb < total*b {
			y++
		}
		cuts[b] = min(max(y, cuts[b-1]+1), h)
	}
	return cuts
}

// rasterize rasterizes the rows of the band: spans of the land and of every
// piece, then per row the runs and the statistics.
func (bd *band) rasterize(r *Renderer, g *level) {
	v := r.view
	sc := r.scene
	np := len(sc.pieces)
	nrows := bd.y1 - bd.y0
	bd.spans = grow(bd.spans, nrows)
	bd.land = grow(bd.land, nrows)
	s := &bd.sc
	s.Reset(bd.y0, bd.y1)
	if g.land != nil {
		s.Fill(g.land, r.pixels(np), v.PixelBound(sc.landBound), v.Width, func(y, x0, x1 int) {
			k := y - bd.y0
			bd.land[k] = append(bd.land[k], span{int32(x0), int32(x1), 1})
		})
	}
	// West to east, so that each row's spans come nearly in order.
	for _, pi := range sc.order {
		id := uint16(pi + 2)
		s.Fill(g.pieces[pi], r.pixels(pi), v.PixelBound(sc.bounds[pi]), v.Width, func(y, x0, x1 int) {
			k := y - bd.y0
			bd.spans[k] = append(bd.spans[k], span{int32(x0), int32(x1), id})
		})
	}
	if len(bd.stats) != np {
		bd.stats = make([]pieceStat, np)
	}
	clear(bd.stats)
	bd.over = nil
	bd.runs, bd.rowRun = bd.runs[:0], bd.rowRun[:0]
	w := v.Width
	for k := 0; k < nrows; k++ {
		y := bd.y0 + k
		start := len(bd.runs)
		bd.rowRuns(y, w, bd.spans[k], bd.land[k])
		bd.spans[k], bd.land[k] = bd.spans[k][:0], bd.land[k][:0]
		cur := bd.runs[start:]
		bd.rowRun = append(bd.rowRun, int32(len(cur)))
		for _, rn := range cur {
			if rn.id < 2 {
				continue
			}
			st := &bd.stats[rn.id-2]
			n := int(rn.n)
			x0 := int(rn.i) - y*w
			st.n += n
			st.sx += float64(2*x0+n) / 2 * float64(n)
			st.sy += (float64(y) + 0.5) * float64(n)
			if n > st.r {
				st.ry, st.rx0, st.r = y, x0, n
			}
		}
	}
}

// rowRuns appends the runs of row y to bd.runs: pieces over the land
// backdrop over the sea. spans are the pieces' spans in piece order,
// land the backdrop's. Both are reordered.
func (bd *band) rowRuns(y, w int, spans, land []span) {
	base := int32(y * w)
	sortSpans(spans)
	for k := 1; k < len(spans); k++ {
		if spans[k].x0 < spans[k-1].x1 {
			bd.overlappingRow(y, w, spans, land)
			return
		}
	}
	sortSpans(land)
	emit := func(x0, x1 int32, id uint16) {
		if x0 >= x1 {
			return
		}
		if n := len(bd.runs); n > 0 {
			l := &bd.runs[n-1]
			if l.id == id && l.i+l.n == base+x0 && l.i >= base {
				l.n += x1 - x0
				return
			}
		}
		bd.runs = append(bd.runs, run{base + x0, x1 - x0, id})
	}
	li := 0
	gap := func(g0, g1 int32) {
		for li < len(land) && land[li].x1 <= g0 {
			li++
		}
		cur := g0
		for j := li; j < len(land) && land[j].x0 < g1; j++ {
			s, e := max(land[j].x0, cur), min(land[j].x1, g1)
			if s > cur {
				emit(cur, s, 0)
			}
			if e > s {
				emit(s, e, 1)
				cur = e
			}
		}
		emit(cur, g1, 0)
	}
	x := int32(0)
	for _, s := range spans {
		gap(x, s.x0)
		emit(s.x0, s.x1, s.id)
		x = s.x1
	}
	gap(x, int32(w))
}

// overlappingRow makes the runs of a row where pieces overlap (data
// whose territories overlap on different days) pixel by pixel: the first
// piece in piece order holds the pixel, the others are listed in over.
func (bd *band) overlappingRow(y, w int, spans, land []span) {
	if cap(bd.row) < w {
		bd.row = make([]uint16, w)
	}
	row := bd.row[:w]
	clear(row)
	for _, s := range land {
		for x := s.x0; x < s.x1; x++ {
			row[x] = 1
		}
	}
	// Piece order: the spans were sorted by x; ids follow piece order.
	slices.SortStableFunc(spans, func(a, b span) int { return int(a.id) - int(b.id) })
	for _, s := range spans {
		for x := s.x0; x < s.x1; x++ {
			if row[x] >= 2 {
				if bd.over == nil {
					bd.over = map[int32][]uint16{}
				}
				k := int32(y*w) + x
				bd.over[k] = append(bd.over[k], s.id)
				continue
			}
			row[x] = s.id
		}
	}
	base := int32(y * w)
	start, cur := 0, row[0]
	for x := 1; x < w; x++ {
		if row[x] != cur {
			bd.runs = append(bd.runs, run{base + int32(start), int32(x - start), cur})
			start, cur = x, row[x]
		}
	}
	bd.runs = append(bd.runs, run{base + int32(start), int32(w - start), cur})
}

// sortSpans sorts spans by start: by insertion when they are nearly in
// order, else by pdqsort.
func sortSpans(s []span) {
	out := 0
	for i := 1; i < len(s); i++ {
		if s[i].x0 < s[i-1].x0 {
			out++
		}
	}
	if out > 8 {
		slices.SortFunc(s, func(a, b span) int { return int(a.x0 - b.x0) })
		return
	}
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j].x0 < s[j-1].x0; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// grow returns s with at least n rows, keeping their storage.
func grow(s [][]span, n int) [][]span {
	if len(s) < n {
		s = append(s, make([][]span, n-len(s))...)
	}
	return s[:n]
}

// idAt returns the id of pixel i (row-major): one binary search in the
// runs of its row.
func (r *Renderer) idAt(i int) uint16 {
	y := i / r.view.Width
	rs := r.runs[r.rowRun[y]:r.rowRun[y+1]]
	k, _ := slices.BinarySearchFunc(rs, int32(i), func(rn run, i int32) int {
		switch {
		case rn.i+rn.n <= i:
			return -1
		case rn.i > i:
			return 1
		}
		return 0
	})
	return rs[k].id
}
