package ui

// Small layouts of the window.

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
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
// the row and the latest event on the right. Where the row is too narrow
// for the buttons and the date at its size (a long German, Russian,
// Polish or Finnish date in a 1024-pixel window), the date's text is made
// smaller, down to minDateSize, so that it stays beside the buttons and
// inside the window rather than under them or past the window's edge.
type dateRowLayout struct {
	// text is the date; its TextSize is size, or less where there is no
	// room for it.
	text *canvas.Text
	size float32
}

// minDateSize is the smallest size the date is drawn at.
const minDateSize = 13

func (l *dateRowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	buttons, date, now := objs[0], objs[1], objs[2]
	bs := buttons.MinSize()
	buttons.Move(fyne.NewPos(0, (size.Height-bs.Height)/2))
	buttons.Resize(bs)
	if l.text != nil {
		room := size.Width - bs.Width - 2*theme.Padding()
		ts := l.size
		if w := fyne.MeasureText(l.text.Text, l.size, l.text.TextStyle).Width; w > room && w > 0 {
			ts = max(minDateSize, float32(math.Floor(float64(l.size*room/w))))
		}
		if l.text.TextSize != ts {
			l.text.TextSize = ts
			l.text.Refresh()
		}
	}
	ds := date.MinSize()
	dx := max((size.Width-ds.Width)/2, bs.Width+theme.Padding())
	date.Move(fyne.NewPos(dx, (size.Height-ds.Height)/2))
	date.Resize(ds)
	nx := dx + ds.Width + theme.Padding()
	ns := now.MinSize()
	now.Move(fyne.NewPos(nx, (size.Height-ns.Height)/2))
	now.Resize(fyne.NewSize(max(0, size.Width-nx), ns.Height))
}

// MinSize is the buttons beside the date at its smallest size, as tall
// as the date at its full size.
func (l *dateRowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	bs, ds, ns := objs[0].MinSize(), objs[1].MinSize(), objs[2].MinSize()
	if l.text != nil {
		ds = fyne.MeasureText(l.text.Text, minDateSize, l.text.TextStyle)
		ds.Height = fyne.MeasureText(l.text.Text, l.size, l.text.TextStyle).Height
	}
	return fyne.NewSize(bs.Width+ds.Width+2*theme.Padding(), max(bs.Height, ds.Height, ns.Height))
}

var _ fyne.Layout = (*dateRowLayout)(nil)
