package app

// The map widget: an interactive map of an atlas on one day, in the style
// of fyne-x's widget.Map. Drawing happens off the UI goroutine: one render
// goroutine owns the render.Renderer, takes the newest request, draws it
// into a back buffer, swaps it with the front buffer and hands the frame to
// the UI with fyne.Do.

import (
	"image"
	"image/color"
	"math"
	"strconv"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render"
	"github.com/frontiers-atlas/frontiers/geodata/render/label"
)

// Zoom steps of the buttons, keys and the scroll wheel.
const (
	zoomStep = 1.5
	// scrollZoomBase is the zoom of one wheel notch (25 units of
	// fyne.ScrollEvent on Linux and Windows).
	scrollZoomBase = 1.2
	scrollNotch    = 25
	labelTextSize  = 12
)

// MapOption configures a Map.
type MapOption func(*Map)

// WithHome sets the lon/lat bound the map shows at first and on reset
// (default geodata.Europe).
func WithHome(b orb.Bound) MapOption { return func(m *Map) { m.home = b } }

// WithStyle sets the initial style.
func WithStyle(s render.Style) MapOption { return func(m *Map) { m.style = cloneStyle(s) } }

// WithDay sets the initial day.
func WithDay(d geodata.Day) MapOption { return func(m *Map) { m.day = d } }

// WithZoomButtons shows or hides the +, − and reset buttons (default shown).
func WithZoomButtons(show bool) MapOption { return func(m *Map) { m.buttons = show } }

// WithSyncRender draws every frame on the calling goroutine instead of the
// render goroutine; for tests, which then need not wait for frames.
func WithSyncRender() MapOption { return func(m *Map) { m.syncRender = true } }

// Map is an interactive map of an atlas on one day: drag to pan, scroll to
// zoom around the pointer, hover for the territory's name, tap to select.
// All methods must be called on the UI goroutine.
var _ fyne.Widget = (*Map)(nil)

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

	buttons    bool
	syncRender bool

	// UI objects, made by CreateRenderer.
	bg       *canvas.Rectangle
	raster   *canvas.Raster
	labels   *fyne.Container
	labelObj []*canvas.Text // per label: its halo copies, then the text
	tipBox   *canvas.Rectangle
	tipText  *canvas.Text
	marker   *canvas.Circle
	markerLL *orb.Point
	hoverPos fyne.Position
	hovering bool
	// The scale bar: a bar of a round number of km, measured at the
	// view's centre.
	scaleBg   *canvas.Rectangle
	scaleBar  *canvas.Rectangle
	scaleText *canvas.Text

	// shown is the request of the frame on screen (UI goroutine).
	shown    renderRequest
	hasShown bool
	display  *image.RGBA // the frame on screen, handed to the painter
	seq      uint64      // requests made

	// Shared with the render goroutine, under mu.
	mu       sync.Mutex
	front    *image.RGBA // newest finished frame
	frontReq renderRequest
	pending  renderRequest
	has      bool
	wake     chan struct{}
	quit     chan struct{}
	started  bool
	closed   bool

	// Sync mode renders with this renderer on the UI goroutine.
	syncR *render.Renderer
	syncB *image.RGBA
}

// renderRequest is everything one frame depends on.
type renderRequest struct {
	atlas *geodata.Atlas
	view  geodata.View // device pixels
	day   geodata.Day
	style render.Style
	scale float32 // device pixels per logical pixel
	seq   uint64
}

var (
	_ fyne.Widget       = (*Map)(nil)
	_ fyne.Draggable    = (*Map)(nil)
	_ fyne.Scrollable   = (*Map)(nil)
	_ fyne.Tappable     = (*Map)(nil)
	_ desktop.Hoverable = (*Map)(nil)
)

// NewMap returns a map of atlas, on geodata.Signing in the default style
// unless options say otherwise.
func NewMap(atlas *geodata.Atlas, opts ...MapOption) *Map {
	m := &Map{
		atlas:   atlas,
		day:     geodata.Signing,
		style:   render.DefaultStyle(),
		home:    geodata.Europe,
		buttons: true,
		auto:    true,
		wake:    make(chan struct{}, 1),
		quit:    make(chan struct{}),
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

// CreateRenderer builds the map's objects: the raster, the labels, the
// hover tip, the selection marker and the zoom buttons.
func (m *Map) CreateRenderer() fyne.WidgetRenderer {
	m.bg = canvas.NewRectangle(m.theme().Sea)
	m.raster = canvas.NewRaster(m.generate)
	m.raster.ScaleMode = canvas.ImageScaleFastest
	m.labels = container.NewWithoutLayout()
	m.tipBox = canvas.NewRectangle(color.NRGBA{0xff, 0xff, 0xf0, 0xf0})
	m.tipBox.StrokeColor = color.NRGBA{0x60, 0x60, 0x60, 0xff}
	m.tipBox.StrokeWidth = 1
	m.tipBox.CornerRadius = 3
	m.tipText = canvas.NewText("", color.NRGBA{0x20, 0x20, 0x20, 0xff})
	m.tipText.TextSize = 12
	m.tipBox.Hide()
	m.tipText.Hide()
	m.marker = canvas.NewCircle(color.NRGBA{0xd0, 0x20, 0x20, 0xff})
	m.marker.StrokeColor = color.White
	m.marker.StrokeWidth = 2
	m.marker.Hide()

	m.scaleBg = canvas.NewRectangle(color.NRGBA{0xff, 0xff, 0xff, 0xb0})
	m.scaleBg.CornerRadius = 2
	m.scaleBar = canvas.NewRectangle(color.NRGBA{0x20, 0x20, 0x20, 0xff})
	m.scaleText = canvas.NewText("", color.NRGBA{0x20, 0x20, 0x20, 0xff})
	m.scaleText.TextSize = 11

	objs := []fyne.CanvasObject{m.bg, m.raster, m.labels, m.marker, m.scaleBg, m.scaleBar, m.scaleText, m.tipBox, m.tipText}
	var controls fyne.CanvasObject
	if m.buttons {
		in := widget.NewButtonWithIcon("", theme.ZoomInIcon(), m.ZoomIn)
		out := widget.NewButtonWithIcon("", theme.ZoomOutIcon(), m.ZoomOut)
		reset := widget.NewButtonWithIcon("", theme.ZoomFitIcon(), m.ResetView)
		controls = container.NewVBox(in, out, reset)
		objs = append(objs, controls)
	}
	return &mapRenderer{m: m, objects: objs, controls: controls}
}

type mapRenderer struct {
	m        *Map
	objects  []fyne.CanvasObject
	controls fyne.CanvasObject
}

func (r *mapRenderer) Layout(size fyne.Size) {
	m := r.m
	m.bg.Resize(size)
	if r.controls != nil {
		pad := theme.Padding()
		r.controls.Move(fyne.NewPos(pad*2, pad*2))
		r.controls.Resize(r.controls.MinSize())
	}
	if size != m.size {
		m.size = size
		if (m.res == 0 || m.auto) && size.Width > 0 && size.Height > 0 {
			m.fitHome()
		}
		m.requestRender()
	}
	m.placeFrame()
	m.placeTip()
	m.placeMarker()
	m.placeScale()
}

func (r *mapRenderer) MinSize() fyne.Size { return fyne.NewSize(200, 150) }

func (r *mapRenderer) Refresh() {
	r.m.bg.FillColor = r.m.theme().Sea
	r.m.bg.Refresh()
	r.m.requestRender()
}

func (r *mapRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *mapRenderer) Destroy() {}

func (m *Map) theme() render.Theme {
	if m.style.Theme == (render.Theme{}) {
		return render.Light
	}
	return m.style.Theme
}

// Atlas returns the atlas the map shows.
func (m *Map) Atlas() *geodata.Atlas { return m.atlas }

// SetAtlas replaces the atlas (a dataset opened by the user).
func (m *Map) SetAtlas(a *geodata.Atlas) {
	m.atlas = a
	m.syncR = nil
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
	if m.hovering {
		m.updateTip()
	}
}

// Style returns the map's style.
func (m *Map) Style() render.Style { return cloneStyle(m.style) }

// SetStyle changes how the map is drawn.
func (m *Map) SetStyle(s render.Style) {
	m.style = cloneStyle(s)
	if m.bg != nil {
		m.bg.FillColor = m.theme().Sea
		m.bg.Refresh()
	}
	m.requestRender()
	if m.hovering {
		m.updateTip()
	}
}

// SetSelected marks the territory id as selected ("" for none) and puts a
// marker at ll (nil for none).
func (m *Map) SetSelected(id string, ll *orb.Point) {
	m.markerLL = ll
	m.placeMarker()
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
	m.placeFrame()
	m.placeMarker()
	m.placeScale()
	m.requestRender()
	if byUser && m.OnViewChanged != nil {
		m.OnViewChanged()
	}
}

// Dragged pans the map with the pointer.
func (m *Map) Dragged(e *fyne.DragEvent) {
	if m.res == 0 {
		return
	}
	v := m.View().Pan(float64(e.Dragged.DX), float64(e.Dragged.DY))
	m.center = v.Center
	m.auto = false
	m.hideTip()
	m.viewChanged(true)
}

// DragEnd ends a pan.
func (m *Map) DragEnd() {}

// Scrolled zooms around the pointer.
func (m *Map) Scrolled(e *fyne.ScrollEvent) {
	d := e.Scrolled.DY
	if d == 0 {
		return
	}
	m.zoomAt(math.Pow(scrollZoomBase, float64(d)/scrollNotch), e.Position.X, e.Position.Y)
}

// Tapped selects the territory under the pointer.
func (m *Map) Tapped(e *fyne.PointEvent) {
	if m.res == 0 {
		return
	}
	ll := m.LonLatAt(e.Position)
	f := m.FeatureAt(e.Position)
	if m.OnSelected != nil {
		m.OnSelected(f, ll)
	}
}

// MouseIn starts the hover tip.
func (m *Map) MouseIn(e *desktop.MouseEvent) { m.MouseMoved(e) }

// MouseMoved shows the name of the territory under the pointer.
func (m *Map) MouseMoved(e *desktop.MouseEvent) {
	m.hovering = true
	m.hoverPos = e.Position
	m.updateTip()
}

// MouseOut hides the hover tip.
func (m *Map) MouseOut() {
	m.hovering = false
	m.hideTip()
}

// HoverText returns the text of the hover tip ("" when hidden).
func (m *Map) HoverText() string {
	if m.tipText == nil || !m.tipText.Visible() {
		return ""
	}
	return m.tipText.Text
}

func (m *Map) updateTip() {
	if m.tipText == nil {
		return
	}
	f := m.FeatureAt(m.hoverPos)
	if f == nil {
		m.hideTip()
		return
	}
	h := f.Holder(m.style.Layer)
	text := f.Name + " — " + h.Name
	if f.Status != "" {
		text += " (" + f.Status + ")"
	}
	if m.tipText.Text != text {
		m.tipText.Text = text
		m.tipText.Refresh()
	}
	m.placeTip()
	showObject(m.tipBox)
	showObject(m.tipText)
}

func (m *Map) hideTip() {
	if m.tipText != nil {
		hideObject(m.tipText)
		hideObject(m.tipBox)
	}
}

func (m *Map) placeTip() {
	if m.tipText == nil {
		return
	}
	ts := m.tipText.MinSize()
	pad := float32(4)
	box := fyne.NewSize(ts.Width+2*pad, ts.Height+2*pad)
	pos := m.hoverPos.AddXY(14, 18)
	if pos.X+box.Width > m.size.Width {
		pos.X = m.hoverPos.X - box.Width - 4
	}
	if pos.Y+box.Height > m.size.Height {
		pos.Y = m.hoverPos.Y - box.Height - 4
	}
	pos.X = max(0, pos.X)
	pos.Y = max(0, pos.Y)
	m.tipBox.Move(pos)
	m.tipBox.Resize(box)
	m.tipText.Move(pos.AddXY(pad, pad))
	m.tipText.Resize(ts)
}

func (m *Map) placeMarker() {
	if m.marker == nil {
		return
	}
	if m.markerLL == nil || m.res == 0 {
		hideObject(m.marker)
		return
	}
	p := m.PositionOf(*m.markerLL)
	const r = 5
	m.marker.Move(p.SubtractXY(r, r))
	m.marker.Resize(fyne.NewSquareSize(2 * r))
	showObject(m.marker)
}

// scaleBarMax is the longest the scale bar may be, in logical pixels.
const scaleBarMax = 120

// placeScale sizes the scale bar for the view and puts it in the
// bottom-left corner.
func (m *Map) placeScale() {
	if m.scaleBar == nil {
		return
	}
	km, px := geodata.ScaleBar(geodata.GroundResolution(m.View()), scaleBarMax)
	if km <= 0 || m.size.Width < 2*scaleBarMax {
		hideObject(m.scaleBg)
		hideObject(m.scaleBar)
		hideObject(m.scaleText)
		return
	}
	text := strconv.FormatFloat(km, 'f', -1, 64) + " km"
	if m.scaleText.Text != text {
		m.scaleText.Text = text
		m.scaleText.Refresh()
	}
	ts := m.scaleText.MinSize()
	const pad, barH = 4, 3
	x0, y1 := float32(2*pad), m.size.Height-float32(2*pad)
	bw := float32(px)
	m.scaleBg.Move(fyne.NewPos(x0-pad, y1-ts.Height-barH-2*pad))
	m.scaleBg.Resize(fyne.NewSize(max(bw, ts.Width)+2*pad, ts.Height+barH+2*pad))
	m.scaleText.Move(fyne.NewPos(x0, y1-ts.Height-barH-pad))
	m.scaleText.Resize(ts)
	m.scaleBar.Move(fyne.NewPos(x0, y1-barH-pad/2))
	m.scaleBar.Resize(fyne.NewSize(bw, barH))
	for _, o := range []fyne.CanvasObject{m.scaleBg, m.scaleBar, m.scaleText} {
		showObject(o)
		o.Refresh()
	}
}

// ScaleText returns the length the scale bar stands for ("" when hidden)
// and its length in logical pixels.
func (m *Map) ScaleText() (string, float32) {
	if m.scaleText == nil || !m.scaleText.Visible() {
		return "", 0
	}
	return m.scaleText.Text, m.scaleBar.Size().Width
}

// showObject and hideObject change an object's visibility and have the
// canvas repainted (Show and Hide of canvas objects do not).
func showObject(o fyne.CanvasObject) {
	if !o.Visible() {
		o.Show()
		o.Refresh()
	}
}

func hideObject(o fyne.CanvasObject) {
	if o.Visible() {
		o.Hide()
		o.Refresh()
	}
}

// scale returns the device pixels per logical pixel of the map's canvas.
func (m *Map) scale() float32 {
	if app := fyne.CurrentApp(); app != nil {
		if c := app.Driver().CanvasForObject(m); c != nil && c.Scale() > 0 {
			return c.Scale()
		}
	}
	return 1
}

// requestRender asks for a frame of the current state: drawn at once in
// sync mode, else by the render goroutine, which skips to the newest.
func (m *Map) requestRender() {
	if m.atlas == nil || m.res == 0 || m.size.Width < 1 || m.size.Height < 1 || m.raster == nil {
		return
	}
	sc := m.scale()
	w := int(math.Round(float64(m.size.Width * sc)))
	h := int(math.Round(float64(m.size.Height * sc)))
	if w < 1 || h < 1 {
		return
	}
	m.seq++
	st := cloneStyle(m.style)
	st.Scale = float64(sc)
	if st.Graticule > 0 {
		// A graticule is drawn at the spacing that suits the zoom.
		st.Graticule = render.GraticuleStep(m.res)
	}
	req := renderRequest{
		atlas: m.atlas,
		view:  geodata.View{Center: m.center, Res: m.res * float64(m.size.Width) / float64(w), Width: w, Height: h},
		day:   m.day, style: st, scale: sc, seq: m.seq,
	}
	if m.syncRender {
		m.renderSync(req)
		return
	}
	m.mu.Lock()
	if m.closed {
		m.mu.Unlock()
		return
	}
	m.pending, m.has = req, true
	if !m.started {
		m.started = true
		go m.renderLoop()
	}
	m.mu.Unlock()
	select {
	case m.wake <- struct{}{}:
	default:
	}
}

func (m *Map) renderSync(req renderRequest) {
	if m.syncR == nil {
		m.syncR = render.New(req.atlas)
	}
	m.syncB = fitBuffer(m.syncB, req.view.Width, req.view.Height)
	m.syncR.SetView(req.view)
	labels := m.syncR.Draw(m.syncB, req.day, req.style)
	m.mu.Lock()
	m.front, m.syncB = m.syncB, m.front
	m.frontReq = req
	m.mu.Unlock()
	m.frameReady(req, labels)
}

// renderLoop is the render goroutine: it owns the Renderer and the back
// buffer, draws the newest request, swaps the buffers and hands the frame
// to the UI goroutine.
func (m *Map) renderLoop() {
	var r *render.Renderer
	var ra *geodata.Atlas // the atlas r draws
	var back *image.RGBA
	for {
		select {
		case <-m.quit:
			return
		case <-m.wake:
		}
		m.mu.Lock()
		req, ok := m.pending, m.has
		m.has = false
		m.mu.Unlock()
		if !ok {
			continue
		}
		if r == nil || req.atlas != ra {
			r, ra = render.New(req.atlas), req.atlas
		}
		back = fitBuffer(back, req.view.Width, req.view.Height)
		r.SetView(req.view)
		labels := r.Draw(back, req.day, req.style)
		m.mu.Lock()
		if m.closed {
			m.mu.Unlock()
			return
		}
		m.front, back = back, m.front
		m.frontReq = req
		m.mu.Unlock()
		uiDo(func() { m.frameReady(req, labels) })
	}
}

func fitBuffer(b *image.RGBA, w, h int) *image.RGBA {
	if b != nil && b.Rect.Dx() == w && b.Rect.Dy() == h {
		return b
	}
	return image.NewRGBA(image.Rect(0, 0, w, h))
}

// Close stops the render goroutine.
func (m *Map) Close() {
	m.mu.Lock()
	defer m.mu.Unlock()
	if !m.closed {
		m.closed = true
		close(m.quit)
	}
}

// generate is the raster's generator: the frame on screen, copied from
// the front buffer by frameReady, so that the picture always matches where
// the labels and the frame are placed, and the render goroutine may draw
// the next frame while the painter uploads this one.
func (m *Map) generate(w, h int) image.Image {
	if m.display == nil {
		blank := image.NewRGBA(image.Rect(0, 0, max(1, w), max(1, h)))
		sea := m.theme().Sea
		for i := 0; i < len(blank.Pix); i += 4 {
			blank.Pix[i], blank.Pix[i+1], blank.Pix[i+2], blank.Pix[i+3] = sea.R, sea.G, sea.B, sea.A
		}
		return blank
	}
	return m.display
}

// frameReady puts a finished frame on screen (UI goroutine).
func (m *Map) frameReady(req renderRequest, labels []label.Placed) {
	m.mu.Lock()
	if m.frontReq.seq != req.seq || m.front == nil {
		m.mu.Unlock()
		return // a newer frame was swapped in already; its own call follows
	}
	m.display = fitBuffer(m.display, m.front.Rect.Dx(), m.front.Rect.Dy())
	copy(m.display.Pix, m.front.Pix)
	m.mu.Unlock()
	m.shown, m.hasShown = req, true
	m.setLabels(req, labels)
	m.placeFrame()
	m.raster.Refresh()
}

// haloOffsets are where the halo copies of a label go, around the text.
var haloOffsets = []fyne.Position{{X: -1, Y: 0}, {X: 1, Y: 0}, {X: 0, Y: -1}, {X: 0, Y: 1}}

// labelObjs is the number of canvas.Text objects per label: the halo
// copies and the text on top.
var labelObjs = len(haloOffsets) + 1

func (m *Map) setLabels(req renderRequest, labels []label.Placed) {
	th := req.style.Theme
	if th == (render.Theme{}) {
		th = render.Light
	}
	for len(m.labelObj) < labelObjs*len(labels) {
		for i := 0; i < labelObjs; i++ {
			t := canvas.NewText("", th.Label)
			t.TextSize = labelTextSize
			t.TextStyle = fyne.TextStyle{Bold: true}
			m.labelObj = append(m.labelObj, t)
			m.labels.Add(t)
		}
	}
	sc := req.scale
	if sc <= 0 {
		sc = 1
	}
	for i, lb := range labels {
		x, y := float32(lb.X)/sc, float32(lb.Y)/sc
		for j, t := range m.labelObj[labelObjs*i : labelObjs*(i+1)] {
			t.Text = lb.Text
			off := fyne.Position{}
			if j < len(haloOffsets) {
				t.Color = th.Halo
				off = haloOffsets[j]
			} else {
				t.Color = th.Label
			}
			s := t.MinSize()
			t.Resize(s)
			t.Move(fyne.NewPos(x-s.Width/2+off.X, y-s.Height/2+off.Y))
			t.Show()
			t.Refresh()
		}
	}
	for _, t := range m.labelObj[labelObjs*len(labels):] {
		t.Hide()
	}
}

// Labels returns the texts of the labels on screen.
func (m *Map) Labels() []string {
	var out []string
	for i := labelObjs - 1; i < len(m.labelObj); i += labelObjs {
		if m.labelObj[i].Visible() {
			out = append(out, m.labelObj[i].Text)
		}
	}
	return out
}

// placeFrame positions the frame on screen relative to the current view:
// while a pan or zoom is being drawn, the previous frame moves and scales
// with the pointer.
func (m *Map) placeFrame() {
	if m.raster == nil {
		return
	}
	if !m.hasShown || m.res == 0 {
		m.raster.Move(fyne.NewPos(0, 0))
		m.raster.Resize(m.size)
		return
	}
	sv := m.shown.view
	// The frame's extent in projected metres.
	sres := sv.Res // metres per device pixel
	halfW, halfH := float64(sv.Width)*sres/2, float64(sv.Height)*sres/2
	left, top := sv.Center[0]-halfW, sv.Center[1]+halfH
	x := (left-m.center[0])/m.res + float64(m.size.Width)/2
	y := (m.center[1]-top)/m.res + float64(m.size.Height)/2
	w, h := 2*halfW/m.res, 2*halfH/m.res
	m.raster.Move(fyne.NewPos(float32(x), float32(y)))
	m.raster.Resize(fyne.NewSize(float32(w), float32(h)))
	same := math.Abs(w-float64(m.size.Width)) < 0.5 && math.Abs(h-float64(m.size.Height)) < 0.5
	if same {
		m.labels.Move(fyne.NewPos(float32(x), float32(y)))
		showObject(m.labels)
	} else {
		hideObject(m.labels)
	}
}

// shownSeq returns the sequence number of the frame on screen.
func (m *Map) shownSeq() uint64 { return m.shown.seq }

// requested returns the sequence number of the newest request.
func (m *Map) requested() uint64 { return m.seq }
