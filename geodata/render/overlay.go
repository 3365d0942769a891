package render

import (
	"image/color"
	"slices"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/simplify"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/internal/parallel"
)

// overlay colours by kind.
var overlayColors = map[string]color.RGBA{
	geodata.KindFrontier: {0xb0, 0x10, 0x10, 0xff},
	geodata.KindSphere:   {0x60, 0x20, 0xa0, 0xff},
	geodata.KindBase:     {0x10, 0x40, 0xa0, 0xff},
	geodata.KindPassage:  {0x10, 0x70, 0xb0, 0xff},
	geodata.KindCity:     {0x30, 0x30, 0x30, 0xff},
	geodata.KindFront:    {0xe0, 0x60, 0x00, 0xff},
}

// OverlayColor returns the colour an overlay kind is drawn in.
func OverlayColor(kind string) color.RGBA { return overlayColors[kind] }

// overlayKey says what the overlay strokes were made for.
type overlayKey struct {
	view  geodata.View
	scale float64
}

// overlayFeatures returns the overlay features in drawing order: by kind,
// then in file order.
func (r *Renderer) overlayFeatures() []*geodata.Feature {
	if r.ovFeatures == nil {
		r.ovFeatures = []*geodata.Feature{}
		for _, kind := range geodata.Kinds {
			if kind == geodata.KindTerritory {
				continue
			}
			for _, f := range r.atlas.Features() {
				if f.Kind == kind && len(r.ovFeatures) < maxStyles {
					r.ovFeatures = append(r.ovFeatures, f)
					r.ovShapes = append(r.ovShapes, shapeOf(f))
				}
			}
		}
	}
	return r.ovFeatures
}

// overlayStrokes makes the overlay strokes for the view and scale if they
// are not made yet.
func (r *Renderer) overlayStrokes(scale float64) {
	fs := r.overlayFeatures()
	key := overlayKey{r.view, scale}
	if key == r.ovKey && r.ovMade {
		return
	}
	r.ovKey, r.ovMade = key, true
	// Each feature's list keeps its storage from one view to the next.
	if len(r.ovLists) != len(fs) {
		r.ovLists = make([]strokeList, len(fs))
		r.ovStroked = make([]bool, len(fs))
	}
	for i := range fs {
		r.ovStroked[i] = false
	}
	parallel.For(len(fs), func(i int) {
		if fs[i].Kind != geodata.KindFront {
			r.strokeOverlay(i, scale)
		}
	})
}

// strokeOverlay makes overlay i's strokes for the current view. Fronts
// (one feature per span of days, hundreds of them) are stroked only when
// drawn, on the days they are valid.
func (r *Renderer) strokeOverlay(i int, scale float64) {
	sl := &r.ovLists[i]
	sl.reset(r.view.Width, r.view.Height)
	if r.ovFeatures[i].Bound.Pad(1).Intersects(r.view.Bound()) {
		sh := &r.ovShapes[i]
		sl.shape(r.view, sh, sh.linesAt(lodLevel(r.view.Res)), uint16(i), scale)
	}
	r.ovStroked[i] = true
}

// overlayStyles sets each overlay's colour for day d: those of the kinds
// s.Overlays names, valid on d in full, the others pale, as a reference,
// so that claims and lines can be held against what was held on any
// date. It returns false when no overlay is drawn.
func (r *Renderer) overlayStyles(d geodata.Day, s Style) bool {
	fs := r.overlayFeatures()
	if len(s.Overlays) == 0 || len(fs) == 0 {
		return false
	}
	r.overlayStrokes(s.scale())
	r.ovCol = resize(r.ovCol, len(fs))
	r.ovOpacity = resize(r.ovOpacity, len(fs))
	for i, f := range fs {
		r.ovCol[i], r.ovOpacity[i] = 0, 255
		if slices.Contains(s.Overlays, f.Kind) {
			r.ovCol[i] = pack(overlayColors[f.Kind])
		}
		if !f.ValidOn(d) {
			r.ovOpacity[i] = 102 // 2/5
			if f.Kind == geodata.KindFront {
				// A front of another day is noise, not a reference.
				r.ovCol[i] = 0
			}
		}
		if r.ovCol[i] != 0 && !r.ovStroked[i] {
			r.strokeOverlay(i, s.scale())
		}
	}
	return true
}

// overlayShape is an overlay feature projected once: lines (rings
// included) with their widths in logical pixels, and points.
type overlayShape struct {
	lines  [][]orb.Point // projected metres
	widths []float64
	points []orb.Point // projected metres
	dashed bool
	// byLevel holds the lines simplified at each level of detail (by
	// index into lodTolerances), made on first use.
	byLevel [][][]orb.Point
}

// linesAt returns the shape's lines simplified for the level of detail
// level (see lodLevel; -1: as they are) with orb/simplify's
// Douglas–Peucker, so that a coarse view strokes fewer points. The lines
// move by at most the level's tolerance, a fraction of a pixel.
func (sh *overlayShape) linesAt(level int) [][]orb.Point {
	if level < 0 {
		return sh.lines
	}
	if sh.byLevel == nil {
		sh.byLevel = make([][][]orb.Point, len(lodTolerances))
	}
	if sh.byLevel[level] == nil {
		dp := simplify.DouglasPeucker(lodTolerances[level])
		out := make([][]orb.Point, len(sh.lines))
		for i, ls := range sh.lines {
			out[i] = dp.LineString(slices.Clone(orb.LineString(ls)))
		}
		sh.byLevel[level] = out
	}
	return sh.byLevel[level]
}

// shapeOf projects overlay feature f: lines 2.5 logical pixels wide,
// rings 2, points as markers; dashed for spheres and approximate lines.
func shapeOf(f *geodata.Feature) overlayShape {
	sh := overlayShape{dashed: f.Kind == geodata.KindSphere || f.Approximate}
	line := func(ls []orb.Point, w float64) {
		p := make([]orb.Point, len(ls))
		for i, q := range ls {
			p[i] = geodata.Project(q)
		}
		sh.lines = append(sh.lines, p)
		sh.widths = append(sh.widths, w)
	}
	switch g := f.Geometry.(type) {
	case orb.LineString:
		line(g, 2.5)
	case orb.MultiLineString:
		for _, ls := range g {
			line(ls, 2.5)
		}
	case orb.Polygon:
		for _, ring := range g {
			line(ring, 2)
		}
	case orb.MultiPolygon:
		for _, pg := range g {
			for _, ring := range pg {
				line(ring, 2)
			}
		}
	case orb.Point:
		sh.points = append(sh.points, geodata.Project(g))
	case orb.MultiPoint:
		for _, p := range g {
			sh.points = append(sh.points, geodata.Project(p))
		}
	}
	return sh
}

// shape draws an overlay in style at scale, with lines, its lines at the
// view's level of detail.
func (sl *strokeList) shape(v geodata.View, sh *overlayShape, lines [][]orb.Point, style uint16, scale float64) {
	dash := 0.0
	if sh.dashed {
		dash = 8 * scale
	}
	var pts [][2]float64
	for i, ls := range lines {
		pts = pts[:0]
		for _, p := range ls {
			x, y := v.ToPixel(p)
			pts = append(pts, [2]float64{x, y})
		}
		sl.polyline(pts, lineStyle{width: sh.widths[i] * scale, dash: dash, style: style})
	}
	for _, p := range sh.points {
		x, y := v.ToPixel(p)
		sl.disc(x, y, 6*scale, style)
	}
}
