package render

import (
	"image/color"
	"slices"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/simplify"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/internal/parallel"
	"github.com/frontiers-atlas/frontiers/geodata/render/colour"
)

// overlayColors are the colours of overlay kinds without a line in the
// palette file.
var overlayColors = map[string]color.RGBA{
	geodata.KindFrontier: {0xb0, 0x10, 0x10, 0xff},
	geodata.KindSphere:   {0x60, 0x20, 0xa0, 0xff},
	geodata.KindBase:     {0x10, 0x40, 0xa0, 0xff},
	geodata.KindPassage:  {0x10, 0x70, 0xb0, 0xff},
	geodata.KindCity:     {0x30, 0x30, 0x30, 0xff},
	geodata.KindFront:    {0xe0, 0x60, 0x00, 0xff},
}

// OverlayColor returns the colour an overlay kind is drawn in when the
// palette has no line for it (fronts, cities); the others are drawn in
// their palette's line (colour.Palette.OverlayLine).
func OverlayColor(kind string) color.RGBA { return overlayColors[kind] }

// overlayKey says what the overlay strokes were made for.
type overlayKey struct {
	view  geodata.View
	scale float64
}

// overlayFeatures returns the overlay features in drawing order: by kind,
// then those with a casing, then in file order.
func (r *Renderer) overlayFeatures() []*geodata.Feature {
	if r.ovFeatures == nil {
		r.ovFeatures = []*geodata.Feature{}
		for _, kind := range geodata.Kinds {
			if kind == geodata.KindTerritory {
				continue
			}
			// Cased lines first, so that a line along a cased one (the
			// 1939 Soviet frontier along the 1941 one) is drawn over its
			// band.
			for _, cased := range []bool{true, false} {
				for _, f := range r.atlas.Features() {
					if f.Kind != kind || len(r.ovFeatures) >= maxStyles/2 {
						continue
					}
					if l, _ := bundledScheme().Palette(colour.Standard, colour.Light).Line(lineName(f)); (l.Casing > 0) == cased {
						r.ovFeatures = append(r.ovFeatures, f)
						r.ovShapes = append(r.ovShapes, shapeOf(f))
					}
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
		sl.shape(r.view, sh, sh.linesAt(lodLevel(r.view.Res)), uint16(i), uint16(len(r.ovFeatures)+i), scale)
	}
	r.ovStroked[i] = true
}

// overlayStyles sets each overlay's colour for day d in the style's
// palette (colour.Palette.OverlayLine: the two Soviet frontiers each
// their own line, the others their kind's): those of the kinds
// s.Overlays names, valid on d in full, the others pale, as a reference,
// so that claims and lines can be held against what was held on any
// date. Overlay i is style i of its strokes, its casing (a band under
// the line) style n+i of n overlays. It returns false when no overlay is
// drawn.
func (r *Renderer) overlayStyles(d geodata.Day, s Style) bool {
	fs := r.overlayFeatures()
	if len(s.Overlays) == 0 || len(fs) == 0 {
		return false
	}
	r.overlayStrokes(s.scale())
	p := s.Colours()
	n := len(fs)
	r.ovCol = resize(r.ovCol, 2*n)
	r.ovOpacity = resize(r.ovOpacity, 2*n)
	for i, f := range fs {
		r.ovCol[i], r.ovOpacity[i] = 0, 255
		r.ovCol[n+i], r.ovOpacity[n+i] = 0, 0
		if slices.Contains(s.Overlays, f.Kind) {
			c, casing := overlayColors[f.Kind], color.RGBA{}
			if l := p.OverlayLine(f); l.Name != "" {
				c, casing = l.Colour, l.CasingColour
			}
			r.ovCol[i] = pack(color.RGBA{c.R, c.G, c.B, 0xff})
			if r.ovShapes[i].casing > 0 && casing.A > 0 {
				r.ovCol[n+i], r.ovOpacity[n+i] = pack(color.RGBA{casing.R, casing.G, casing.B, 0xff}), casing.A
			}
		}
		if !f.ValidOn(d) {
			r.ovOpacity[i] = 102 // 2/5
			r.ovOpacity[n+i] = uint8(uint32(r.ovOpacity[n+i]) * 2 / 5)
			if f.Kind == geodata.KindFront {
				// A front of another day is noise, not a reference.
				r.ovCol[i], r.ovCol[n+i] = 0, 0
			}
		}
		if r.ovCol[i] != 0 && !r.ovStroked[i] {
			r.strokeOverlay(i, s.scale())
		}
	}
	return true
}

// overlayShape is an overlay feature projected once: lines (rings
// included) with their widths in logical pixels, and points, and how
// they are drawn: dashes of dash on, gap off, over a casing band (0:
// none), all in logical pixels.
type overlayShape struct {
	lines          [][]orb.Point // projected metres
	widths         []float64
	points         []orb.Point // projected metres
	dash, gap      float64
	casing, radius float64
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

// lineName is the name of the palette line overlay f is drawn with, as
// colour.Palette.OverlayLine chooses it: its id's if there is one, else
// its kind's.
func lineName(f *geodata.Feature) string {
	if _, ok := bundledScheme().Palette(colour.Standard, colour.Light).Line(f.ID); ok {
		return f.ID
	}
	return f.Kind
}

// shapeOf projects overlay feature f and takes its line from the bundled
// palette file (the width, dashes and casing of the line named by its id
// or its kind are the same in every palette): lines as wide as their
// line, points as discs of its width in radius. Features of kinds
// without a line keep lines 2.5 logical pixels wide, rings 2, points of
// radius 6; approximate lines are dashed.
func shapeOf(f *geodata.Feature) overlayShape {
	sh := overlayShape{radius: 6}
	lw, rw := 2.5, 2.0
	if l := bundledScheme().Palette(colour.Standard, colour.Light).OverlayLine(f); l.Name != "" {
		lw, rw, sh.radius, sh.casing = l.Width, l.Width, l.Width, l.Casing
		if len(l.Dash) == 2 {
			sh.dash, sh.gap = l.Dash[0], l.Dash[1]
		}
	}
	if f.Approximate && sh.dash == 0 {
		sh.dash, sh.gap = 8, 8
	}
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
		line(g, lw)
	case orb.MultiLineString:
		for _, ls := range g {
			line(ls, lw)
		}
	case orb.Polygon:
		for _, ring := range g {
			line(ring, rw)
		}
	case orb.MultiPolygon:
		for _, pg := range g {
			for _, ring := range pg {
				line(ring, rw)
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

// shape draws an overlay in style at scale, its lines (those of the
// view's level of detail): its casing first, in style casing (when it
// has one), then its lines and points.
func (sl *strokeList) shape(v geodata.View, sh *overlayShape, lines [][]orb.Point, style, casing uint16, scale float64) {
	var pts [][2]float64
	project := func(ls []orb.Point) [][2]float64 {
		pts = pts[:0]
		for _, p := range ls {
			x, y := v.ToPixel(p)
			pts = append(pts, [2]float64{x, y})
		}
		return pts
	}
	if sh.casing > 0 {
		for _, ls := range lines {
			sl.polyline(project(ls), lineStyle{width: sh.casing * scale, style: casing})
		}
	}
	for i, ls := range lines {
		sl.polyline(project(ls), lineStyle{width: sh.widths[i] * scale, dash: sh.dash * scale, gap: sh.gap * scale, style: style})
	}
	for _, p := range sh.points {
		x, y := v.ToPixel(p)
		sl.disc(x, y, sh.radius*scale, style)
	}
}
