package ui

import (
	"image"
	"image/color"
	"math"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render"
	"github.com/frontiers-atlas/frontiers/geodata/render/label"
)

// mapRenderer owns the map's canvas objects (the frame, with its labels
// drawn in by the renderer as in every export, the hover tip, the selection marker, the scale bar and the zoom buttons)
// and its frames; Destroy stops the render goroutine.
type mapRenderer struct {
	m      *Map
	frames *frameLoop

	bg     *canvas.Rectangle
	raster *canvas.Raster
	// labels are the labels drawn into the frame on screen.
	labels []label.Placed
	// The hover tip.
	tipBox  *canvas.Rectangle
	tipText *canvas.Text
	marker  *canvas.Circle
	// The scale bar: a bar of a round number of km, measured at the
	// view's centre.
	scaleBg, scaleBar *canvas.Rectangle
	scaleText         *canvas.Text
	controls          fyne.CanvasObject
	objects           []fyne.CanvasObject

	// The frame on screen, handed to the painter, and the request it was
	// drawn for.
	display  *image.RGBA
	shown    renderRequest
	hasShown bool
	seq      uint64 // requests made
}

func newMapRenderer(m *Map) *mapRenderer {
	r := &mapRenderer{m: m}
	r.frames = newFrameLoop(m.syncRender, r.frameReady)
	r.bg = canvas.NewRectangle(m.mapTheme().Sea)
	r.raster = canvas.NewRaster(r.generate)
	r.raster.ScaleMode = canvas.ImageScaleFastest
	th := m.Theme()
	r.tipBox = canvas.NewRectangle(mapColor(th, ColorNameMapTip))
	r.tipBox.StrokeWidth = 1
	r.tipBox.CornerRadius = 3
	r.tipText = canvas.NewText("", nil)
	r.tipText.TextSize = 12
	r.tipBox.Hide()
	r.tipText.Hide()
	r.marker = canvas.NewCircle(nil)
	r.marker.StrokeColor = color.White
	r.marker.StrokeWidth = 2
	r.marker.Hide()
	r.scaleBg = canvas.NewRectangle(nil)
	r.scaleBg.CornerRadius = 2
	r.scaleBar = canvas.NewRectangle(nil)
	r.scaleText = canvas.NewText("", nil)
	r.scaleText.TextSize = 11
	r.applyColors()

	in := widget.NewButtonWithIcon("", theme.ZoomInIcon(), m.ZoomIn)
	out := widget.NewButtonWithIcon("", theme.ZoomOutIcon(), m.ZoomOut)
	reset := widget.NewButtonWithIcon("", theme.ZoomFitIcon(), m.ResetView)
	r.controls = container.NewVBox(in, out, reset)
	r.objects = []fyne.CanvasObject{r.bg, r.raster, r.marker, r.scaleBg, r.scaleBar, r.scaleText, r.tipBox, r.tipText, r.controls}
	return r
}

// applyColors takes the colours of the overlays from the theme.
func (r *mapRenderer) applyColors() {
	th := r.m.Theme()
	r.bg.FillColor = r.m.mapTheme().Sea
	r.tipBox.FillColor = mapColor(th, ColorNameMapTip)
	r.tipBox.StrokeColor = mapColor(th, ColorNameMapTipEdge)
	r.tipText.Color = mapColor(th, ColorNameMapTipText)
	r.marker.FillColor = mapColor(th, ColorNameMapMarker)
	r.scaleBg.FillColor = mapColor(th, ColorNameMapScale)
	r.scaleBar.FillColor = mapColor(th, ColorNameMapScaleText)
	r.scaleText.Color = mapColor(th, ColorNameMapScaleText)
}

func (r *mapRenderer) Layout(size fyne.Size) {
	r.bg.Resize(size)
	pad := theme.Padding()
	r.controls.Move(fyne.NewPos(pad*2, pad*2))
	r.controls.Resize(r.controls.MinSize())
	r.m.resized(size)
	if r.seq == 0 {
		// A renderer made again for a map shown again: its first frame.
		r.requestFrame()
	}
	r.placeOverlays()
	r.placeTip()
}

func (r *mapRenderer) MinSize() fyne.Size { return fyne.NewSize(200, 150) }

// Refresh follows the style and the theme: new colours, a new frame.
func (r *mapRenderer) Refresh() {
	r.applyColors()
	for _, o := range []fyne.CanvasObject{r.bg, r.tipBox, r.tipText, r.marker, r.scaleBg, r.scaleBar, r.scaleText} {
		o.Refresh()
	}
	r.requestFrame()
}

func (r *mapRenderer) Objects() []fyne.CanvasObject { return r.objects }

// Destroy stops the render goroutine; a new renderer starts its own.
func (r *mapRenderer) Destroy() {
	r.frames.stop()
	if r.m.r == r {
		r.m.r = nil
	}
}

// placeOverlays puts the frame, the marker and the scale bar where the
// view has them.
func (r *mapRenderer) placeOverlays() {
	r.placeFrame()
	r.placeMarker()
	r.placeScale()
}

// scale returns the device pixels per logical pixel of the map's canvas.
func (r *mapRenderer) scale() float32 {
	if app := fyne.CurrentApp(); app != nil {
		if c := app.Driver().CanvasForObject(r.m); c != nil && c.Scale() > 0 {
			return c.Scale()
		}
	}
	return 1
}

// requestFrame asks for a frame of the map's state, in device pixels.
func (r *mapRenderer) requestFrame() {
	m := r.m
	if m.atlas == nil || m.res == 0 || m.size.Width < 1 || m.size.Height < 1 {
		return
	}
	sc := r.scale()
	w := int(math.Round(float64(m.size.Width * sc)))
	h := int(math.Round(float64(m.size.Height * sc)))
	if w < 1 || h < 1 {
		return
	}
	r.seq++
	st := m.Style()
	st.Scale = float64(sc)
	if st.Graticule > 0 {
		// A graticule is drawn at the spacing that suits the zoom.
		st.Graticule = render.GraticuleStep(m.res)
	}
	r.frames.request(renderRequest{
		atlas: m.atlas,
		view:  geodata.View{Center: m.center, Res: m.res * float64(m.size.Width) / float64(w), Width: w, Height: h},
		day:   m.day, style: st, scale: sc, seq: r.seq,
	})
}

// generate is the raster's generator: the frame on screen, copied from
// the front buffer by frameReady, so that the picture always matches where
// the frame is placed, and the render goroutine may draw
// the next frame while the painter uploads this one.
func (r *mapRenderer) generate(w, h int) image.Image {
	if r.display == nil {
		blank := image.NewRGBA(image.Rect(0, 0, max(1, w), max(1, h)))
		sea := r.m.mapTheme().Sea
		for i := 0; i < len(blank.Pix); i += 4 {
			blank.Pix[i], blank.Pix[i+1], blank.Pix[i+2], blank.Pix[i+3] = sea.R, sea.G, sea.B, sea.A
		}
		return blank
	}
	return r.display
}

// frameReady puts a finished frame on screen (UI goroutine).
func (r *mapRenderer) frameReady(req renderRequest, labels []label.Placed) {
	d, ok := r.frames.take(req.seq, r.display)
	if !ok {
		return // a newer frame was swapped in already; its own call follows
	}
	r.display = d
	r.shown, r.hasShown = req, true
	r.labels = labels
	r.placeFrame()
	r.raster.Refresh()
}

// placeFrame positions the frame on screen relative to the current view:
// while a pan or zoom is being drawn, the previous frame moves and scales
// with the pointer.
func (r *mapRenderer) placeFrame() {
	m := r.m
	if !r.hasShown || m.res == 0 {
		r.raster.Move(fyne.NewPos(0, 0))
		r.raster.Resize(m.size)
		return
	}
	sv := r.shown.view
	// The frame's extent in projected metres.
	sres := sv.Res // metres per device pixel
	halfW, halfH := float64(sv.Width)*sres/2, float64(sv.Height)*sres/2
	left, top := sv.Center[0]-halfW, sv.Center[1]+halfH
	x := (left-m.center[0])/m.res + float64(m.size.Width)/2
	y := (m.center[1]-top)/m.res + float64(m.size.Height)/2
	w, h := 2*halfW/m.res, 2*halfH/m.res
	r.raster.Move(fyne.NewPos(float32(x), float32(y)))
	r.raster.Resize(fyne.NewSize(float32(w), float32(h)))
}

// showTip shows text in the hover tip by the pointer; "" hides it.
func (r *mapRenderer) showTip(text string) {
	if text == "" {
		hideObject(r.tipText)
		hideObject(r.tipBox)
		return
	}
	if r.tipText.Text != text {
		r.tipText.Text = text
		r.tipText.Refresh()
	}
	r.placeTip()
	showObject(r.tipBox)
	showObject(r.tipText)
}

func (r *mapRenderer) placeTip() {
	m := r.m
	ts := r.tipText.MinSize()
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
	r.tipBox.Move(pos)
	r.tipBox.Resize(box)
	r.tipText.Move(pos.AddXY(pad, pad))
	r.tipText.Resize(ts)
}

func (r *mapRenderer) placeMarker() {
	m := r.m
	if m.markerLL == nil || m.res == 0 {
		hideObject(r.marker)
		return
	}
	p := m.PositionOf(*m.markerLL)
	const rad = 5
	r.marker.Move(p.SubtractXY(rad, rad))
	r.marker.Resize(fyne.NewSquareSize(2 * rad))
	showObject(r.marker)
}

// scaleBarMax is the longest the scale bar may be, in logical pixels.
const scaleBarMax = 120

// placeScale sizes the scale bar for the view and puts it in the
// bottom-left corner.
func (r *mapRenderer) placeScale() {
	m := r.m
	km, px := geodata.ScaleBar(geodata.GroundResolution(m.View()), scaleBarMax)
	if km <= 0 || m.size.Width < 2*scaleBarMax {
		hideObject(r.scaleBg)
		hideObject(r.scaleBar)
		hideObject(r.scaleText)
		return
	}
	text := strconv.FormatFloat(km, 'f', -1, 64) + " km"
	if r.scaleText.Text != text {
		r.scaleText.Text = text
		r.scaleText.Refresh()
	}
	ts := r.scaleText.MinSize()
	const pad, barH = 4, 3
	x0, y1 := float32(2*pad), m.size.Height-float32(2*pad)
	bw := float32(px)
	r.scaleBg.Move(fyne.NewPos(x0-pad, y1-ts.Height-barH-2*pad))
	r.scaleBg.Resize(fyne.NewSize(max(bw, ts.Width)+2*pad, ts.Height+barH+2*pad))
	r.scaleText.Move(fyne.NewPos(x0, y1-ts.Height-barH-pad))
	r.scaleText.Resize(ts)
	r.scaleBar.Move(fyne.NewPos(x0, y1-barH-pad/2))
	r.scaleBar.Resize(fyne.NewSize(bw, barH))
	for _, o := range []fyne.CanvasObject{r.scaleBg, r.scaleBar, r.scaleText} {
		showObject(o)
		o.Refresh()
	}
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

// labelTexts returns the texts of the labels drawn into the frame on
// screen.
func (r *mapRenderer) labelTexts() []string {
	out := make([]string, len(r.labels))
	for i, p := range r.labels {
		out[i] = p.Text
	}
	return out
}
