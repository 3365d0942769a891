package ui

// Small layouts of the window.

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// fixedWidth gives its objects a fixed minimum width.
type fixedWidth struct{ w float32 }

func (l *fixedWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (l *fixedWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(l.w, h)
}

// minHeight gives its objects a minimum height.
type minHeight struct{ h float32 }

func (l *minHeight) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (l *minHeight) MinSize(objs []fyne.CanvasObject) fyne.Size {
	s := fyne.NewSize(0, l.h)
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s
}

// dateRowLayout puts the buttons on the left, the date in the middle of
// the row and the latest event on the right.
type dateRowLayout struct{}

func (l *dateRowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	buttons, date, now := objs[0], objs[1], objs[2]
	bs := buttons.MinSize()
	buttons.Move(fyne.NewPos(0, (size.Height-bs.Height)/2))
	buttons.Resize(bs)
	ds := date.MinSize()
	dx := max((size.Width-ds.Width)/2, bs.Width+theme.Padding())
	date.Move(fyne.NewPos(dx, (size.Height-ds.Height)/2))
	date.Resize(ds)
	nx := dx + ds.Width + theme.Padding()
	ns := now.MinSize()
	now.Move(fyne.NewPos(nx, (size.Height-ns.Height)/2))
	now.Resize(fyne.NewSize(max(0, size.Width-nx), ns.Height))
}

func (l *dateRowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	bs, ds, ns := objs[0].MinSize(), objs[1].MinSize(), objs[2].MinSize()
	return fyne.NewSize(bs.Width+ds.Width+2*theme.Padding(), max(bs.Height, ds.Height, ns.Height))
}

var _ fyne.Layout = (*dateRowLayout)(nil)
