package ui

// The map widget: an interactive map of an atlas on one day, in the style
// of fyne-x's widget.Map and split the way fyne-io/terminal splits its
// widget: the type, its options and its API here; the renderer and its
// canvas objects in map_render.go; pointer input in map_input.go; the
// frames (the render goroutine and its buffers) in map_frames.go; the
// colours, theme colour names, in map_theme.go.

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render"
)

// Zoom steps of the buttons, keys and the scroll wheel.
const (
	zoomStep = 1.5
	// scrollZoomBase is the zoom of one wheel notch (25 units of
	// fyne.ScrollEvent on Linux and Windows).
	scrollZoomBase = 1.2
	scrollNotch    = 25
)

// MapOption configures a Map.
type MapOption func(*Map)

// WithStyle sets the initial style.
func WithStyle(s render.Style) MapOption { return func(m *Map) { m.style = cloneStyle(s) } }

// WithDay sets the initial day.
func WithDay(d geodata.Day) MapOption { return func(m *Map) { m.day = d } }

// WithSyncRender draws every frame on the calling goroutine instead of the
// render goroutine; for tests, which then need not wait for frames.
func WithSyncRender() MapOption { return func(m *Map) { m.syncRender = true } }

// Map is an interactive map of an atlas on one day: drag to pan, scroll to
// zoom around the pointer, hover for the territory's name, tap to select.
// Its colours follow the Fyne theme (map_theme.go). All methods must be
// called on the UI goroutine.
type Map struct {
	widget.BaseWidget

	// OnSelected is called when the user taps the map, with the territory
	// under the pointer (nil at sea or outside the data) and its lon/lat.
	OnSelected func(f *geodata.Feature, ll orb.Point)
	// OnViewChanged is called after the user pans or zooms.
	OnViewChanged func()

	atlas *geodata.Atlas
	day   geodata.Day
	style render.Style
	home  orb.Bound

	// The view in logical (device-independent) pixels: centre in
	// projected metres and metres per logical pixel; res 0 until the
	// first layout fits the home bound.
	center orb.Point
	res    float64
	size   fyne.Size
	// auto is set while the view is the fitted home view: a resize fits
	// it again.
	auto bool

	// The selection marker's lon/lat (nil: none) and the pointer, for
	// the hover tip.
	markerLL *orb.Point
	hoverPos fyne.Position
	hovering bool

	syncRender bool
	closed     bool
	// r is the renderer while there is one: it owns the canvas objects
	// and the frames.
	r *mapRenderer
}

var _ fyne.Widget = (*Map)(nil)

// NewMap returns a map of atlas, on geodata.Signing in the default style
// unless options say otherwise.
func NewMap(atlas *geodata.Atlas, opts ...MapOption) *Map {
	m := &Map{
		atlas: atlas,
		day:   geodata.Signing,
		style: render.DefaultStyle(),
		home:  geodata.Europe,
		auto:  true,
	}
	for _, o := range opts {
		o(m)
	}
	m.ExtendBaseWidget(m)
	return m
}

func cloneStyle(s render.Style) render.Style {
	s.Topics = append([]string(nil), s.Topics...)
	s.Overlays = append([]string(nil), s.Overlays...)
	return s
}

// CreateRenderer builds the map's renderer, which owns its objects and
// the render goroutine.
func (m *Map) CreateRenderer() fyne.WidgetRenderer {
	m.ExtendBaseWidget(m)
	m.r = newMapRenderer(m)
	return m.r
}

// Atlas returns the atlas the map shows.
func (m *Map) Atlas() *geodata.Atlas { return m.atlas }

// SetAtlas replaces the atlas (a dataset opened by the user).
func (m *Map) SetAtlas(a *geodata.Atlas) {
	m.atlas = a
	m.requestRender()
}

// Day returns the day the map shows.
func (m *Map) Day() geodata.Day { return m.day }

// SetDay shows day d: only a repaint, no new geometry.
func (m *Map) SetDay(d geodata.Day) {
	if d == m.day {
		return
	}
	m.day = d
	m.requestRender()
	m.hoverChanged()
}

// Style returns the map's style, with the colours of the current theme.
func (m *Map) Style() render.Style {
	s := cloneStyle(m.style)
	s.Theme = m.mapTheme()
	return s
}

// SetStyle changes how the map is drawn; its Theme is ignored, the map
// takes its colours from the Fyne theme.
func (m *Map) SetStyle(s render.Style) {
	m.style = cloneStyle(s)
	if m.r != nil {
		m.r.Refresh()
	}
	m.hoverChanged()
}

// SetSelected marks the territory id as selected ("" for none) and puts a
// marker at ll (nil for none).
func (m *Map) SetSelected(id string, ll *orb.Point) {
	m.markerLL = ll
	if m.r != nil {
		m.r.placeMarker()
	}
	if id == m.style.Selected {
		return
	}
	m.style.Selected = id
	m.requestRender()
}

// View returns the current view in logical pixels: centre (projected
// metres), metres per logical pixel and the widget's size.
func (m *Map) View() geodata.View {
	return geodata.View{Center: m.center, Res: m.res, Width: int(math.Round(float64(m.size.Width))), Height: int(math.Round(float64(m.size.Height)))}
}

// SetView sets the centre (projected metres) and resolution (metres per
// logical pixel). A zero resolution fits the home bound.
func (m *Map) SetView(center orb.Point, res float64) {
	if res <= 0 || math.IsNaN(res) || math.IsInf(res, 0) || math.IsNaN(center[0]) || math.IsNaN(center[1]) {
		m.res = 0
		if m.size.Width > 0 {
			m.fitHome()
		}
	} else {
		m.center, m.res = center, math.Min(20000, math.Max(50, res))
		m.auto = false
	}
	m.viewChanged(false)
}

func (m *Map) fitHome() {
	v := geodata.Fit(m.home, int(m.size.Width), int(m.size.Height))
	m.center, m.res = v.Center, v.Res
}

// resized takes the widget's new size (from the renderer's Layout).
func (m *Map) resized(size fyne.Size) {
	if size == m.size {
		return
	}
	m.size = size
	if (m.res == 0 || m.auto) && size.Width > 0 && size.Height > 0 {
		m.fitHome()
	}
	m.requestRender()
}

// LonLatAt returns the lon/lat at a position in the widget.
func (m *Map) LonLatAt(p fyne.Position) orb.Point {
	return m.View().LonLat(float64(p.X), float64(p.Y))
}

// PositionOf returns the position in the widget of a lon/lat point.
func (m *Map) PositionOf(ll orb.Point) fyne.Position {
	x, y := m.View().Pixel(ll)
	return fyne.NewPos(float32(x), float32(y))
}

// FeatureAt returns the territory at a position in the widget on the
// current day: the same query as `frontiers query`.
func (m *Map) FeatureAt(p fyne.Position) *geodata.Feature {
	if m.atlas == nil || m.res == 0 {
		return nil
	}
	return m.atlas.TerritoryAt(m.day, m.LonLatAt(p))
}

// CenterOn moves the view to centre on ll (lon/lat), at the same scale.
func (m *Map) CenterOn(ll orb.Point) {
	if m.res == 0 {
		return
	}
	m.center = geodata.Project(ll)
	m.auto = false
	m.viewChanged(true)
}

// ZoomIn zooms in one step around the centre.
func (m *Map) ZoomIn() { m.zoomAt(zoomStep, m.size.Width/2, m.size.Height/2) }

// ZoomOut zooms out one step around the centre.
func (m *Map) ZoomOut() { m.zoomAt(1/zoomStep, m.size.Width/2, m.size.Height/2) }

// ResetView shows the home bound again.
func (m *Map) ResetView() {
	if m.size.Width <= 0 {
		m.res = 0
		return
	}
	m.fitHome()
	m.auto = true
	m.viewChanged(true)
}

func (m *Map) zoomAt(f float64, x, y float32) {
	if m.res == 0 {
		return
	}
	v := m.View().Zoom(f, float64(x), float64(y))
	if v.Res == m.res {
		return
	}
	m.center, m.res = v.Center, v.Res
	m.auto = false
	m.viewChanged(true)
}

func (m *Map) viewChanged(byUser bool) {
	if m.r != nil {
		m.r.placeOverlays()
	}
	// The tip follows the view: what is under the pointer now.
	m.hoverChanged()
	m.requestRender()
	if byUser && m.OnViewChanged != nil {
		m.OnViewChanged()
	}
}

// requestRender asks the renderer for a frame of the current state.
func (m *Map) requestRender() {
	if m.r != nil && !m.closed {
		m.r.requestFrame()
	}
}

// Close stops the render goroutine for good (the window closes).
func (m *Map) Close() {
	m.closed = true
	if m.r != nil {
		m.r.frames.stop()
	}
}
