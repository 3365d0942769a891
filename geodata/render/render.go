// Package render draws the maps of a geodata.Atlas into an image.RGBA.
//
// A Scene holds what every view of an atlas draws from (the pieces at
// levels of detail, and their topology); a Renderer draws one view of it.
// Once per view the renderer rasterizes the pieces into runs (a row's
// pixels of one piece) and draws the borders, overlays and graticule into
// lists of covered pixels; each day is then painted through a palette of
// that day, so that a change of day touches no geometry.
package render

import (
	"image"
	"image/color"
	"runtime"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render/label"
)

// Renderer draws an atlas at one view, keeping what it made for the view
// until the view changes. A Renderer is not safe for concurrent use.
type Renderer struct {
	atlas *geodata.Atlas
	scene *Scene
	view  geodata.View
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
	ovFeatures []*geodata.Feature
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
	// lv is what the labels of the view are placed from, and the labels
	// placed in it.
	lv labelView
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
}

// New returns a renderer of a, drawing from a's scene (see SceneOf).
func New(a *geodata.Atlas) *Renderer { return &Renderer{atlas: a, scene: SceneOf(a)} }

// View returns the current view.
func (r *Renderer) View() geodata.View { return r.view }

// SetView sets the view; the next Draw rasterizes again only if it changed.
func (r *Renderer) SetView(v geodata.View) {
	if v != r.view {
		r.view = v
		r.ok = false
	}
}

// Draw paints day d into dst, which must be the view's size, with the
// labels of the day (when s has Names), and returns the labels it drew.
// The returned slice is shared with the renderer's cache: do not modify it.
func (r *Renderer) Draw(dst *image.RGBA, d geodata.Day, s Style) []label.Placed {
	v := r.view
	if v.Width <= 0 || v.Height <= 0 {
		return nil
	}
	if r.ok && r.scale != s.scale() {
		// Borders are as wide as a logical pixel.
		r.scale = s.scale()
		r.buildBorders(r.scene.geometry(v.Res))
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
		if s.Names != nil {
			wg.Add(1)
			go func() {
				defer wg.Done()
				r.labels(d, s)
			}()
		}
		r.buildBorders(r.scene.geometry(v.Res))
		wg.Wait()
	}
	row := r.atlas.PieceVersions(d)
	th := s.theme()
	r.dayPalette(row, s, th)
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
	r.drawLabels(dst, labels, th)
	return labels
}

// FeatureAt returns the territory drawn at pixel (x, y) on day d, or nil.
// It looks the pixel up in the runs of its row of the last Draw: one
// binary search.
func (r *Renderer) FeatureAt(x, y int, d geodata.Day) *geodata.Feature {
	v := r.view
	if !r.ok || x < 0 || y < 0 || x >= v.Width || y >= v.Height {
		return nil
	}
	row := r.atlas.PieceVersions(d)
	i := y*v.Width + x
	cands := append([]uint16{r.idAt(i)}, r.over[int32(i)]...)
	for _, id := range cands {
		if id >= 2 && row[id-2] != nil {
			return row[id-2]
		}
	}
	return nil
}
