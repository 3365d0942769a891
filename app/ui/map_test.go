package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/frontiers-atlas/frontiers/geodata/geodatatest"
)

// Destroy stops the renderer's render goroutine; a renderer made again
// (the map shown again after Fyne dropped the old one) draws its first
// frame by itself.
func TestMapRendererDestroy(t *testing.T) {
	test.NewTempApp(t)
	m := NewMap(geodatatest.Mini(t), WithSyncRender())
	w := test.NewWindow(m)
	defer w.Close()
	w.Resize(fyne.NewSize(320, 240))
	r := m.r
	if r == nil || r.display == nil {
		t.Fatal("no frame drawn")
	}
	r.Destroy()
	if !r.frames.stopped || m.r != nil {
		t.Errorf("after Destroy: frames stopped %v, map's renderer %p", r.frames.stopped, m.r)
	}
	r2 := m.CreateRenderer().(*mapRenderer)
	r2.Layout(m.Size())
	if r2.display == nil || r2.frames.stopped {
		t.Errorf("the new renderer drew no frame")
	}
}
