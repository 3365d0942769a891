package render

import (
	"encoding/binary"
	"hash/fnv"
	"image"
	"math"
	"runtime"
	"slices"
	"sync"

	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/assets"
	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render/label"
)

// The labels are placed with package label: the holders of the day (tier
// 0: the connected land of one controller or sovereign string, one area,
// one label) and the regions whose names were in use that day (tier 1).
//
// What a view needs is made once per view from the runs (each piece's
// anchor, its pixels and its neighbours); what a day needs (the areas of
// its holders and the placement) is kept by a signature of the holders and
// names shown, so a change of day that changes no label costs a hash, and
// the placed labels' images are kept by package label.

// pieceStat is what the rasterization tells of a piece for its label:
// its pixels (n) and the sums of their centres, and its longest run.
type pieceStat struct {
	n          int
	sx, sy     float64
	ry, rx0, r int // longest run: row, start, length
}

// DefaultNames returns the bundled dated names of holders and regions
// (assets/names), read once; nil if they do not load.
var DefaultNames = sync.OnceValue(func() *label.Names {
	n, err := label.LoadNames(assets.Names())
	if err != nil {
		return nil
	}
	return n
})

// labelView is what the labels of one view draw from.
type labelView struct {
	made    bool
	anchors []orb.Point // by piece, in pixels
	visible []int       // the pieces with pixels in the view
	neigh   [][]int     // by piece: the pieces it touches
	cache   map[uint64][]label.Placed
	// cand and sig are scratch.
	sig []byte
}

// labelPoles are the scene's interior points of the pieces (projected
// metres) and the pieces each touches, from the coarsest level of detail.
type labelPoles struct {
	once  sync.Once
	poles []orb.Point
	neigh [][]int
}

// poles returns the scene's label poles, made on first use.
func (s *Scene) poles() *labelPoles {
	lp := &s.labelPoles
	lp.once.Do(func() {
		l := s.levelOfDetail(len(lodTolerances) - 1)
		lp.poles = make([]orb.Point, len(l.pieces))
		lp.neigh = make([][]int, len(l.pieces))
		for i, mp := range l.pieces {
			best, bestA := -1, 0.0
			for j, pg := range mp {
				if len(pg) == 0 {
					continue
				}
				b := pg.Bound()
				if a := (b.Max[0] - b.Min[0]) * (b.Max[1] - b.Min[1]); a > bestA {
					best, bestA = j, a
				}
			}
			if best >= 0 {
				b := mp[best].Bound()
				prec := math.Max(lodTolerances[len(lodTolerances)-1], math.Min(b.Max[0]-b.Min[0], b.Max[1]-b.Min[1])/50)
				lp.poles[i], _ = label.PoleOf(mp[best], prec)
			}
			for _, o := range l.topo.partner[i] {
				if o >= 0 && !slices.Contains(lp.neigh[i], int(o)) {
					lp.neigh[i] = append(lp.neigh[i], int(o))
				}
			}
		}
	})
	return lp
}

// prepareLabels makes the view's anchors and neighbours from the runs.
func (r *Renderer) prepareLabels() {
	lv := &r.lv
	if lv.made {
		return
	}
	lv.made = true
	lv.cache = map[uint64][]label.Placed{}
	np := len(r.stats)
	lp := r.scene.poles()
	lv.anchors = resize(lv.anchors, np)
	lv.visible = lv.visible[:0]
	if len(lv.neigh) != np {
		lv.neigh = make([][]int, np)
	}
	w, h := r.view.Width, r.view.Height
	for pi, st := range r.stats {
		lv.neigh[pi] = append(lv.neigh[pi][:0], lp.neigh[pi]...)
		if st.n == 0 {
			continue
		}
		lv.visible = append(lv.visible, pi)
		id := uint16(pi + 2)
		at := func(x, y float64) bool {
			return x >= 0 && y >= 0 && x < float64(w) && y < float64(h) && r.idAt(int(y)*w+int(x)) == id
		}
		x, y := r.view.ToPixel(lp.poles[pi])
		if !at(x, y) {
			x, y = st.sx/float64(st.n), st.sy/float64(st.n)
			if !at(x, y) {
				x, y = float64(st.rx0)+float64(st.r)/2, float64(st.ry)+0.5
			}
		}
		lv.anchors[pi] = orb.Point{x, y}
	}
	// Pieces side by side in a row touch, even where their outlines share
	// no segment.
	for y := range h {
		rs := r.runs[r.rowRun[y]:r.rowRun[y+1]]
		for k := 1; k < len(rs); k++ {
			a, b := int(rs[k-1].id)-2, int(rs[k].id)-2
			if a >= 0 && b >= 0 && a != b && !slices.Contains(lv.neigh[a], b) {
				lv.neigh[a] = append(lv.neigh[a], b)
				lv.neigh[b] = append(lv.neigh[b], a)
			}
		}
	}
}

// roomAt returns the width of the stretch of row y through x whose pixels
// are all of pieces in (by id; ids 0 and 1 are never in).
func (r *Renderer) roomAt(x, y float64, in func(id uint16) bool) float64 {
	w := r.view.Width
	ix, iy := int(x), int(y)
	if ix < 0 || iy < 0 || ix >= w || iy >= r.view.Height {
		return 0
	}
	rs := r.runs[r.rowRun[iy]:r.rowRun[iy+1]]
	i := int32(iy*w + ix)
	k, _ := slices.BinarySearchFunc(rs, i, func(rn run, i int32) int {
		switch {
		case rn.i+rn.n <= i:
			return -1
		case rn.i > i:
			return 1
		}
		return 0
	})
	if k >= len(rs) || !in(rs[k].id) {
		return 0
	}
	lo, hi := k, k
	for lo > 0 && in(rs[lo-1].id) {
		lo--
	}
	for hi+1 < len(rs) && in(rs[hi+1].id) {
		hi++
	}
	return float64(rs[hi].i + rs[hi].n - rs[lo].i)
}

// labelKey is the signature of what the labels of day d in style s show:
// each visible piece's holder and its label that day, the regions of the
// day, the layer, language and scale. Two days of one signature have the
// same labels in one view.
func (r *Renderer) labelKey(row []*geodata.Feature, d geodata.Day, s Style) uint64 {
	lv := &r.lv
	b := lv.sig[:0]
	b = binary.LittleEndian.AppendUint64(b, math.Float64bits(s.scale()))
	b = append(b, byte(s.Layer), 0)
	b = append(b, s.Lang...)
	for _, pi := range lv.visible {
		f := row[pi]
		if f == nil {
			continue
		}
		h := f.Holder(s.Layer).Name
		text, _ := s.Names.HolderLabel(h, d, s.Lang)
		b = binary.LittleEndian.AppendUint32(b, uint32(pi))
		b = append(b, h...)
		b = append(b, 0)
		b = append(b, text...)
		b = append(b, 0)
	}
	for i, rg := range s.Names.AllRegions() {
		if rg.ValidOn(d) {
			b = binary.LittleEndian.AppendUint32(b, uint32(i))
		}
	}
	lv.sig = b
	hs := fnv.New64a()
	hs.Write(b)
	return hs.Sum64()
}

// labels returns the labels of day d in style s in the current view,
// placed (none when s has no Names).
func (r *Renderer) labels(d geodata.Day, s Style) []label.Placed {
	if s.Names == nil {
		return nil
	}
	r.prepareLabels()
	row := r.atlas.PieceVersions(d)
	k := r.labelKey(row, d, s)
	if p, ok := r.lv.cache[k]; ok {
		return p
	}
	if len(r.lv.cache) > 1024 {
		clear(r.lv.cache)
	}
	p := r.placeLabels(row, d, s)
	r.lv.cache[k] = p
	return p
}

// placeLabels places the labels of the versions row (by piece) of day d.
func (r *Renderer) placeLabels(row []*geodata.Feature, d geodata.Day, s Style) []label.Placed {
	lv := &r.lv
	var pieces []label.Piece
	for _, pi := range lv.visible {
		f := row[pi]
		if f == nil {
			continue
		}
		h := f.Holder(s.Layer).Name
		a := lv.anchors[pi]
		id := uint16(pi + 2)
		pieces = append(pieces, label.Piece{
			Index: pi, Holder: h, Neighbours: lv.neigh[pi], Area: float64(r.stats[pi].n), Anchor: a,
			Room: r.roomAt(a[0], a[1], func(i uint16) bool { return i == id }),
		})
	}
	areas := label.Areas(pieces)
	// The room of an area is the stretch through its anchor across all of
	// its pieces (a label may run over the lines between them).
	area := make([]int32, len(r.stats)+2)
	for i, a := range areas {
		for _, pi := range a.Pieces {
			area[pi+2] = int32(i + 1)
		}
		in := func(id uint16) bool { return area[id] == int32(i+1) }
		areas[i].Room = math.Max(areas[i].Room, r.roomAt(a.Anchor[0], a.Anchor[1], in))
		for j, alt := range a.Alt {
			a.Alt[j].MaxWidth = math.Max(alt.MaxWidth, r.roomAt(alt.X, alt.Y, in))
		}
	}
	cands := s.Names.AreaCandidates(areas, d, s.Lang)
	v := r.view
	// Region names are placed only over data the names know, where a
	// holder on screen is one of the names' (the bundled regions are not
	// put over another dataset, whose holders are labelled by their own
	// names).
	var regions []label.Region
	if slices.ContainsFunc(areas, func(a label.Area) bool { return s.Names.Holder(a.Holder) != nil }) {
		regions = s.Names.Regions(d, s.Lang)
	}
	for _, rg := range regions {
		x, y := v.Pixel(orb.Point{rg.Lon, rg.Lat})
		if x < 0 || y < 0 || x >= float64(v.Width) || y >= float64(v.Height) {
			continue
		}
		cands = append(cands, rg.Candidate(x, y))
	}
	placed := label.Place(cands, v.Width, v.Height, s.scale())
	for i := range placed {
		if placed[i].Tier == 0 {
			ll := v.LonLat(placed[i].X, placed[i].Y)
			placed[i].Lon, placed[i].Lat = ll[0], ll[1]
		}
	}
	return placed
}

// drawLabels draws placed labels into dst in the ink of theme th, in
// bands of rows on every core.
func (r *Renderer) drawLabels(dst *image.RGBA, placed []label.Placed, th Theme) {
	if len(placed) == 0 {
		return
	}
	ink := label.LightInk
	if th == Dark {
		ink = label.DarkInk
	}
	b := dst.Bounds()
	n := min(runtime.GOMAXPROCS(0), 8, max(1, b.Dy()/64))
	var wg sync.WaitGroup
	for k := range n {
		band := image.Rect(b.Min.X, b.Min.Y+b.Dy()*k/n, b.Max.X, b.Min.Y+b.Dy()*(k+1)/n)
		var in []label.Placed
		for _, p := range placed {
			if p.Box.Overlaps(band) {
				in = append(in, p)
			}
		}
		if len(in) == 0 {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			label.DrawPlaced(dst.SubImage(band).(*image.RGBA), in, ink)
		}()
	}
	wg.Wait()
}

// NameIn returns f's name in language lang where the data has one (its
// names; a version's names are those of its own dates), else its own
// (English) name.
func NameIn(f *geodata.Feature, lang string) string {
	if n := f.Names[lang]; n != "" && lang != "" && lang != "en" {
		return n
	}
	return f.Name
}
