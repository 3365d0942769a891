package ui

// Small layouts of the window.

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// minStack stacks its objects over its whole size. Its minimum width is
// w when w > 0 (a fixed column, or a split's side that may narrow what it
// holds, which then wraps or scrolls), else its objects' widest; its
// minimum height is its objects' highest, and at least h.
type minStack struct{ w, h float32 }

func (l *minStack) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (l *minStack) MinSize(objs []fyne.CanvasObject) fyne.Size {
	s := fyne.NewSize(0, l.h)
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	if l.w > 0 {
		s.Width = l.w
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
