package vector

import (
	"fmt"
	"image"
	"image/color"
	"math"
	"slices"
	"sort"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/clip"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render"
	"github.com/frontiers-atlas/frontiers/geodata/render/label"
)

// Options says what FromAtlas draws.
type Options struct {
	// Page is the sheet; the zero Page means A4.
	Page    Page
	Layer   geodata.Layer
	Palette render.Palette
	// Names are the dated names the labels are set in; nil means the
	// bundled ones (render.DefaultNames).
	Names *label.Names
	// Topics are the highlights outlined ("baltic", ...); Overlays the
	// overlay kinds drawn ("frontier", "sphere", "base", "passage").
	Topics, Overlays []string
	// Selected is the id of a territory outlined as selected.
	Selected string
	// Land, optional, is the backdrop drawn under the territories
	// (assets.Land()).
	Land orb.MultiPolygon
	// NoLegend and NoCaption leave out the legend and the caption
	// (`--legend=false`, `--caption=false`).
	NoLegend, NoCaption bool
	// Source is the caption's source line; empty says the atlas's name.
	Source string
}

// Drawing constants, in points.
const (
	borderWidth   = 0.35
	topicWidth    = 1.2
	selectWidth   = 1.6
	minLabelSize  = 6.5
	maxLabelSize  = 11
	maxLegend     = 10
	viewScale     = 10   // view pixels per point
	minRingArea   = 0.02 // square points: smaller rings are dropped
	simplifyPoint = 0.2  // points closer than this to the last kept are dropped
)

// pastOpacity is the alpha of an overlay not valid on the day, drawn as
// a reference as the window does.
const pastOpacity = 0x66

// FromAtlas lays out day d of atlas a showing bbox (longitude/latitude)
// on o.Page, landscape: the territories valid on d whose geometry meets
// the view, projected with geodata's equal-area projection, clipped to
// the map's frame and filled with o.Palette's colour of their holder on
// o.Layer; the overlays of o.Overlays; the labels the raster maps place
// (the holders of the day and the regions of the day, see package label),
// as text; a legend of the holders
// on the map, largest first, and of the overlays; a scale bar; and a
// caption with the date, the layer and the data's source.
func FromAtlas(a *geodata.Atlas, d geodata.Day, bbox orb.Bound, o Options) *Map {
	page := o.Page
	if page.Width == 0 {
		page = A4
	}
	th := render.Light
	m := &Map{
		Page:        page,
		Title:       fmt.Sprintf("Frontiers — %s — %s", d.Time().Format("2 January 2006"), o.Layer),
		Background:  th.Sea,
		FrameStroke: color.RGBA{0x60, 0x60, 0x60, 0xff},
	}
	capH := 0.0
	if !o.NoCaption {
		capH = captionSize + 8
	}
	m.Frame = Rect{X: page.Margin, Y: page.Margin, W: page.Width - 2*page.Margin, H: page.Height - 2*page.Margin - capH}
	f := m.Frame
	v := geodata.Fit(bbox, int(math.Round(f.W*viewScale)), int(math.Round(f.H*viewScale)))
	pg := pager{v: v, frame: f}
	clipB := orb.Bound{Min: orb.Point{f.X - 2, f.Y - 2}, Max: orb.Point{f.X + f.W + 2, f.Y + f.H + 2}}
	vb := v.Bound().Pad(0.5)

	if len(o.Land) > 0 {
		if rings := pg.polygons(o.Land, clipB); len(rings) > 0 {
			m.Territories = append(m.Territories, Path{ID: "land", Rings: rings, Fill: th.Land})
		}
	}
	type shown struct {
		f       *geodata.Feature
		rings   [][]Pt
		area    float64
		center  Pt
		biggest float64
	}
	var terr []shown
	for _, ft := range a.At(d) {
		if ft.Kind != geodata.KindTerritory || !ft.Bound.Intersects(vb) {
			continue
		}
		mp := multi(ft.Geometry)
		rings := pg.polygons(mp, clipB)
		if len(rings) == 0 {
			continue
		}
		s := shown{f: ft, rings: rings}
		// The largest piece (outer ring) carries the label.
		for _, r := range rings {
			ar, c := ringArea(r)
			s.area += math.Abs(ar)
			if math.Abs(ar) > s.biggest {
				s.biggest, s.center = math.Abs(ar), c
			}
		}
		terr = append(terr, s)
	}
	holderArea := map[string]float64{}
	holderOf := map[string]geodata.Holder{}
	holderBest := map[string]float64{}
	for _, s := range terr {
		h := s.f.Holder(o.Layer)
		fill := o.Palette.Color(h)
		p := Path{ID: s.f.ID, Title: s.f.Name + " — " + h.Name, Rings: s.rings, Fill: fill, Stroke: darker(fill), Width: borderWidth}
		for _, t := range o.Topics {
			if s.f.HasTopic(t) {
				p.Stroke, p.Width = th.Hatch, topicWidth
			}
		}
		if o.Selected != "" && s.f.ID == o.Selected {
			p.Stroke, p.Width = color.RGBA{0, 0, 0, 0xff}, selectWidth
		}
		m.Territories = append(m.Territories, p)
		k := h.Key()
		holderArea[k] += s.area
		if s.area > holderBest[k] {
			holderBest[k], holderOf[k] = s.area, h
		}
	}
	// Highlighted outlines on top of their neighbours' fills.
	sort.SliceStable(m.Territories, func(i, j int) bool { return m.Territories[i].Width < m.Territories[j].Width })

	overlaysShown := map[string]bool{}
	for _, ft := range a.Features() {
		if ft.Kind == geodata.KindTerritory || !slices.Contains(o.Overlays, ft.Kind) || !ft.Bound.Pad(1).Intersects(vb) {
			continue
		}
		col := render.OverlayColor(ft.Kind)
		if !ft.ValidOn(d) {
			col.A = pastOpacity
		}
		var dash []float64
		if ft.Kind == geodata.KindSphere || ft.Approximate {
			dash = []float64{4, 3}
		}
		switch g := ft.Geometry.(type) {
		case orb.Point, orb.MultiPoint:
			var pts []orb.Point
			if p, ok := g.(orb.Point); ok {
				pts = []orb.Point{p}
			} else {
				pts = g.(orb.MultiPoint)
			}
			for _, p := range pts {
				x, y := pg.at(p)
				if x < f.X || x > f.X+f.W || y < f.Y || y > f.Y+f.H {
					continue
				}
				m.Markers = append(m.Markers, Marker{ID: ft.ID, Title: ft.Name, At: Pt{x, y}, Radius: 3.5, Fill: col, Stroke: color.RGBA{0xff, 0xff, 0xff, col.A}})
				overlaysShown[ft.Kind] = true
			}
		default:
			parts := pg.lines(g, clipB)
			if len(parts) == 0 {
				continue
			}
			w := 1.6
			if ft.Kind == geodata.KindSphere {
				w = 1.2
			}
			m.Lines = append(m.Lines, Line{ID: ft.ID, Title: ft.Name, Parts: parts, Stroke: col, Width: w, Dash: dash})
			overlaysShown[ft.Kind] = true
		}
	}

	if !o.NoLegend {
		keys := make([]string, 0, len(holderArea))
		for k := range holderArea {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool {
			if holderArea[keys[i]] != holderArea[keys[j]] {
				return holderArea[keys[i]] > holderArea[keys[j]]
			}
			return keys[i] < keys[j]
		})
		for i, k := range keys {
			if i == maxLegend {
				break
			}
			fill := o.Palette.Color(holderOf[k])
			m.Legend = append(m.Legend, LegendEntry{Text: holderOf[k].Name, Fill: fill, Stroke: darker(fill)})
		}
		for _, kind := range Overlays {
			if overlaysShown[kind.Kind] {
				e := LegendEntry{Text: kind.Text, Line: kind.Kind != geodata.KindBase, Stroke: render.OverlayColor(kind.Kind), Fill: render.OverlayColor(kind.Kind)}
				if kind.Kind == geodata.KindSphere {
					e.Dash = []float64{4, 3}
				}
				m.Legend = append(m.Legend, e)
			}
		}
	}

	// The scale bar, measured through the view's centre.
	if km, px := geodata.ScaleBar(geodata.GroundResolution(v), 120*viewScale); km > 0 && px > 0 {
		m.Scale = &ScaleBar{X: f.X + 10, Y: f.Y + f.H - 10, Length: px / viewScale, Text: fmt.Sprintf("%g km", km)}
	}
	// No label under the legend or the scale bar.
	var placed []Rect
	if len(m.Legend) > 0 {
		placed = append(placed, m.legendBox(func(t string, size float64) float64 { return TextWidth(t, size, false) }))
	}
	if m.Scale != nil {
		placed = append(placed, Rect{X: m.Scale.X - 2, Y: m.Scale.Y - 6 - scaleText, W: math.Max(m.Scale.Length, 40) + 4, H: scaleText + 8})
	}
	m.Labels = append(m.Labels, labels(a, d, bbox, o, f, placed)...)

	if !o.NoCaption {
		src := o.Source
		if src == "" {
			src = "data: " + a.Name
			if a.Name == "bundled" {
				src = "data: Frontiers bundled dataset; coastlines and base geometry Natural Earth"
			}
		}
		m.Caption = fmt.Sprintf("Frontiers — %s — %s layer — %s", d.Time().Format("2 January 2006"), o.Layer, src)
	}
	return m
}

// Overlays names the overlay kinds in the legend, in drawing order.
var Overlays = []struct{ Kind, Text string }{
	{geodata.KindFrontier, "Soviet western frontier"},
	{geodata.KindSphere, "Sphere of influence"},
	{geodata.KindBase, "Proposed base"},
	{geodata.KindPassage, "Sea passage"},
}

// pager maps lon/lat to page points through a view scaled by viewScale.
type pager struct {
	v     geodata.View
	frame Rect
}

func (pg pager) at(ll orb.Point) (float64, float64) {
	x, y := pg.v.Pixel(ll)
	return pg.frame.X + x/viewScale, pg.frame.Y + y/viewScale
}

// polygons projects mp onto the page, clips it to b and returns its rings
// (outer rings and holes alike, for the even-odd rule), thinned.
func (pg pager) polygons(mp orb.MultiPolygon, b orb.Bound) [][]Pt {
	var out [][]Pt
	for _, poly := range mp {
		pp := make(orb.Polygon, 0, len(poly))
		for _, r := range poly {
			pr := make(orb.Ring, len(r))
			for i, q := range r {
				x, y := pg.at(q)
				pr[i] = orb.Point{x, y}
			}
			pp = append(pp, pr)
		}
		if !pp.Bound().Intersects(b) {
			continue
		}
		for _, r := range clip.Polygon(b, pp) {
			if pts := thin(r); len(pts) >= 3 {
				if a, _ := ringArea(pts); math.Abs(a) >= minRingArea {
					out = append(out, pts)
				}
			}
		}
	}
	return out
}

// lines projects the lines (or a polygon's rings) of g onto the page,
// clipped to b.
func (pg pager) lines(g orb.Geometry, b orb.Bound) [][]Pt {
	var mls orb.MultiLineString
	switch g := g.(type) {
	case orb.LineString:
		mls = orb.MultiLineString{g}
	case orb.MultiLineString:
		mls = g
	case orb.Polygon:
		for _, r := range g {
			mls = append(mls, orb.LineString(r))
		}
	case orb.MultiPolygon:
		for _, p := range g {
			for _, r := range p {
				mls = append(mls, orb.LineString(r))
			}
		}
	}
	var out [][]Pt
	for _, ls := range mls {
		pl := make(orb.LineString, 0, len(ls))
		for i, q := range ls {
			// Long edges are densified to curve as the projection does.
			if i > 0 {
				p0 := ls[i-1]
				if n := int(math.Max(math.Abs(q[0]-p0[0]), math.Abs(q[1]-p0[1])) / 0.5); n > 1 {
					for k := 1; k < n; k++ {
						t := float64(k) / float64(n)
						x, y := pg.at(orb.Point{p0[0] + t*(q[0]-p0[0]), p0[1] + t*(q[1]-p0[1])})
						pl = append(pl, orb.Point{x, y})
					}
				}
			}
			x, y := pg.at(q)
			pl = append(pl, orb.Point{x, y})
		}
		for _, part := range clip.LineString(b, pl) {
			if pts := thin(orb.Ring(part)); len(pts) >= 2 {
				out = append(out, pts)
			}
		}
	}
	return out
}

// thin drops points closer than simplifyPoint to the last one kept and a
// ring's closing point.
func thin(r orb.Ring) []Pt {
	pts := make([]Pt, 0, len(r))
	for i, q := range r {
		p := Pt{q[0], q[1]}
		if n := len(pts); n > 0 && i < len(r)-1 && math.Abs(p.X-pts[n-1].X) < simplifyPoint && math.Abs(p.Y-pts[n-1].Y) < simplifyPoint {
			continue
		}
		pts = append(pts, p)
	}
	if n := len(pts); n > 1 && pts[0] == pts[n-1] {
		pts = pts[:n-1]
	}
	return pts
}

// ringArea returns a ring's signed area (shoelace) and its centroid.
func ringArea(r []Pt) (float64, Pt) {
	var a, cx, cy float64
	for i := range r {
		p, q := r[i], r[(i+1)%len(r)]
		c := p.X*q.Y - q.X*p.Y
		a += c
		cx += (p.X + q.X) * c
		cy += (p.Y + q.Y) * c
	}
	a /= 2
	if a == 0 {
		return 0, r[0]
	}
	return a, Pt{cx / (6 * a), cy / (6 * a)}
}

func overlap(a, b Rect) bool {
	return a.X < b.X+b.W && b.X < a.X+a.W && a.Y < b.Y+b.H && b.Y < a.Y+a.H
}

func multi(g orb.Geometry) orb.MultiPolygon {
	switch g := g.(type) {
	case orb.Polygon:
		return orb.MultiPolygon{g}
	case orb.MultiPolygon:
		return g
	}
	return nil
}

// darker is c at 70% brightness: the outline of a fill.
func darker(c color.RGBA) color.RGBA {
	return color.RGBA{uint8(float64(c.R) * 0.7), uint8(float64(c.G) * 0.7), uint8(float64(c.B) * 0.7), c.A}
}

// Render writes the map of day d of a showing bbox (longitude/latitude)
// to path, as SVG or PDF by its extension: the run of `frontiers render
// -o map.svg|map.pdf [--caption=false] [--legend=false] [--page a4|letter]`.
func Render(path string, a *geodata.Atlas, d geodata.Day, bbox orb.Bound, o Options) error {
	if _, ok := FormatOf(path); !ok {
		return fmt.Errorf("%s: a vector map is written to a .svg or .pdf file", path)
	}
	return WriteFile(path, FromAtlas(a, d, bbox, o))
}

// labelPx is the pixels per point of the raster view the labels are
// placed in; its style's scale is the same, so that type sizes in pixels
// of the raster maps are sizes in points here.
const labelPx = 2

// labels returns the labels the raster maps draw for day d showing bbox,
// placed in a view of frame f, as text in points; none under the
// rectangles taken (the legend and the scale bar).
func labels(a *geodata.Atlas, d geodata.Day, bbox orb.Bound, o Options, f Rect, taken []Rect) []Label {
	names := o.Names
	if names == nil {
		names = render.DefaultNames()
	}
	if names == nil {
		return nil
	}
	w, h := int(math.Round(f.W*labelPx)), int(math.Round(f.H*labelPx))
	r := render.New(a)
	r.SetView(geodata.Fit(bbox, w, h))
	st := render.Style{Layer: o.Layer, Palette: o.Palette, Names: names, Scale: labelPx}
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	var out []Label
	ink := label.LightInk
	for _, p := range r.Draw(img, d, st) {
		box := Rect{X: f.X + float64(p.Box.Min.X)/labelPx, Y: f.Y + float64(p.Box.Min.Y)/labelPx,
			W: float64(p.Box.Dx()) / labelPx, H: float64(p.Box.Dy()) / labelPx}
		if slices.ContainsFunc(taken, func(q Rect) bool { return overlap(q, box) }) {
			continue
		}
		size := p.Style.Size / labelPx
		for _, l := range p.Lines {
			// Centred on the line's middle: baseline less half the
			// capitals' height (see baseline).
			cy := l.Y/labelPx - 0.35*size
			out = append(out, Label{Text: l.Text, X: f.X + p.X/labelPx, Y: f.Y + cy, Size: size,
				Bold: p.Style.Weight == label.Bold, Color: ink.Text[min(p.Tier, 1)], Halo: color.RGBA{0xff, 0xff, 0xff, 0xff}})
		}
	}
	return out
}
