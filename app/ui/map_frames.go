package ui

// The map's frames: one render goroutine owns a render.Renderer, takes
// the newest request, draws it into a back buffer, swaps it with the
// front buffer and hands the frame to the UI goroutine with fyne.Do.

import (
	"image"
	"sync"

	"fyne.io/fyne/v2"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render"
	"github.com/frontiers-atlas/frontiers/geodata/render/label"
)

// The UI goroutine, for the goroutines of the window (the render
// goroutine, play, the debounced save): fyne.Do and fyne.DoAndWait. Tests
// that drive those goroutines put a queue they run themselves in their
// place, since Fyne's test driver runs fyne.Do on the calling goroutine.
var (
	uiDo        = fyne.Do
	uiDoAndWait = fyne.DoAndWait
)

// renderRequest is everything one frame depends on.
type renderRequest struct {
	atlas *geodata.Atlas
	view  geodata.View // device pixels
	day   geodata.Day
	style render.Style
	scale float32 // device pixels per logical pixel
	seq   uint64
}

// frameLoop draws the frames of a map: on its render goroutine, or in
// sync mode (tests) on the caller's. ready is called on the UI goroutine
// with each finished frame's request and labels.
type frameLoop struct {
	ready func(renderRequest, []label.Placed)
	sync  bool

	mu       sync.Mutex
	front    *image.RGBA // newest finished frame
	frontReq renderRequest
	pending  renderRequest
	has      bool
	wake     chan struct{}
	quit     chan struct{}
	started  bool
	stopped  bool

	// Sync mode draws with this renderer on the caller's goroutine.
	syncR     *render.Renderer
	syncAtlas *geodata.Atlas // the atlas syncR draws
	syncB     *image.RGBA
}

func newFrameLoop(sync bool, ready func(renderRequest, []label.Placed)) *frameLoop {
	return &frameLoop{ready: ready, sync: sync, wake: make(chan struct{}, 1), quit: make(chan struct{})}
}

// request asks for a frame: drawn at once in sync mode, else by the render
// goroutine (started on the first request), which skips to the newest.
func (f *frameLoop) request(req renderRequest) {
	if f.sync {
		f.drawSync(req)
		return
	}
	f.mu.Lock()
	if f.stopped {
		f.mu.Unlock()
		return
	}
	f.pending, f.has = req, true
	if !f.started {
		f.started = true
		go f.loop()
	}
	f.mu.Unlock()
	select {
	case f.wake <- struct{}{}:
	default:
	}
}

func (f *frameLoop) drawSync(req renderRequest) {
	if f.syncR == nil || f.syncAtlas != req.atlas {
		f.syncR, f.syncAtlas = render.New(req.atlas), req.atlas
	}
	f.syncB = fitBuffer(f.syncB, req.view.Width, req.view.Height)
	f.syncR.SetView(req.view)
	labels := f.syncR.Draw(f.syncB, req.day, req.style)
	f.mu.Lock()
	f.front, f.syncB = f.syncB, f.front
	f.frontReq = req
	f.mu.Unlock()
	f.ready(req, labels)
}

// loop is the render goroutine: it owns the Renderer and the back
// buffer, draws the newest request, swaps the buffers and hands the frame
// to the UI goroutine.
func (f *frameLoop) loop() {
	var r *render.Renderer
	var ra *geodata.Atlas // the atlas r draws
	var back *image.RGBA
	for {
		select {
		case <-f.quit:
			return
		case <-f.wake:
		}
		f.mu.Lock()
		req, ok := f.pending, f.has
		f.has = false
		f.mu.Unlock()
		if !ok {
			continue
		}
		if r == nil || ra != req.atlas {
			r, ra = render.New(req.atlas), req.atlas
		}
		back = fitBuffer(back, req.view.Width, req.view.Height)
		r.SetView(req.view)
		labels := r.Draw(back, req.day, req.style)
		f.mu.Lock()
		if f.stopped {
			f.mu.Unlock()
			return
		}
		f.front, back = back, f.front
		f.frontReq = req
		f.mu.Unlock()
		uiDo(func() { f.ready(req, labels) })
	}
}

// take copies the front buffer into dst (reallocated to its size) if it
// still holds the frame of request seq.
func (f *frameLoop) take(seq uint64, dst *image.RGBA) (*image.RGBA, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.frontReq.seq != seq || f.front == nil {
		return dst, false
	}
	dst = fitBuffer(dst, f.front.Rect.Dx(), f.front.Rect.Dy())
	copy(dst.Pix, f.front.Pix)
	return dst, true
}

// stop ends the render goroutine; requests after it are dropped.
func (f *frameLoop) stop() {
	f.mu.Lock()
	defer f.mu.Unlock()
	if !f.stopped {
		f.stopped = true
		close(f.quit)
	}
}

func fitBuffer(b *image.RGBA, w, h int) *image.RGBA {
	if b != nil && b.Rect.Dx() == w && b.Rect.Dy() == h {
		return b
	}
	return image.NewRGBA(image.Rect(0, 0, w, h))
}
