package ui

// The timeline: a track over 1939–42 with a thumb on the day shown, a
// mark above it for every event and the years below, all in one widget of
// our own, so that the marks and the thumb share one mapping from days to
// x (dayX). Drag or tap to move through time; with the focus it passes
// its keys on (so that Shift+arrows, Page Up/Down and Space work).

import (
	"image/color"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// timeline is the date slider with the event marks.
type timeline struct {
	widget.BaseWidget

	// OnChanged is called with the day the user dragged or tapped to.
	OnChanged func(geodata.Day)
	// OnKey and OnRune get the keys typed while the timeline has the
	// focus.
	OnKey  func(*fyne.KeyEvent)
	OnRune func(rune)

	day      geodata.Day
	atlas    *geodata.Atlas
	selected int // the event marked as selected, -1 for none
	focused  bool
}

var (
	_ fyne.Draggable = (*timeline)(nil)
	_ fyne.Tappable  = (*timeline)(nil)
	_ fyne.Focusable = (*timeline)(nil)
)

func newTimeline(a *geodata.Atlas, d geodata.Day) *timeline {
	t := &timeline{atlas: a, day: d, selected: -1}
	t.ExtendBaseWidget(t)
	return t
}

// setDay moves the thumb to day d.
func (t *timeline) setDay(d geodata.Day) {
	if d == t.day {
		return
	}
	t.day = d
	t.Refresh()
}

func (t *timeline) setAtlas(a *geodata.Atlas) {
	t.atlas = a
	t.selected = -1
	t.Refresh()
}

func (t *timeline) setSelected(i int) {
	if i == t.selected {
		return
	}
	t.selected = i
	t.Refresh()
}

// endPad is the distance from the widget's ends to the ends of the track:
// half the thumb and a padding.
func (t *timeline) endPad() float32 {
	th := t.Theme()
	return th.Size(theme.SizeNameInlineIcon)/2 + th.Size(theme.SizeNameInnerPadding)
}

// dayX returns the x of day d in the widget.
func (t *timeline) dayX(d geodata.Day) float32 {
	pad := t.endPad()
	r := float32(d-geodata.First) / float32(geodata.Last-geodata.First)
	return pad + r*(t.Size().Width-2*pad)
}

// dayAt returns the day at x in the widget.
func (t *timeline) dayAt(x float32) geodata.Day {
	pad := t.endPad()
	w := t.Size().Width - 2*pad
	if w <= 0 {
		return t.day
	}
	r := min(max((x-pad)/w, 0), 1)
	return geodata.First + geodata.Day(float32(geodata.Last-geodata.First)*r+0.5)
}

func (t *timeline) moveTo(x float32) {
	d := t.dayAt(x)
	if d == t.day {
		return
	}
	t.setDay(d)
	if t.OnChanged != nil {
		t.OnChanged(d)
	}
}

// Dragged moves through time with the pointer.
func (t *timeline) Dragged(e *fyne.DragEvent) { t.moveTo(e.Position.X) }

// DragEnd ends a drag.
func (t *timeline) DragEnd() {}

// Tapped moves to the day tapped and takes the focus.
func (t *timeline) Tapped(e *fyne.PointEvent) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(t); c != nil {
		c.Focus(t)
	}
	t.moveTo(e.Position.X)
}

// FocusGained shows the focus.
func (t *timeline) FocusGained() { t.focused = true; t.Refresh() }

// FocusLost hides the focus.
func (t *timeline) FocusLost() { t.focused = false; t.Refresh() }

// TypedKey passes the key on.
func (t *timeline) TypedKey(e *fyne.KeyEvent) {
	if t.OnKey != nil {
		t.OnKey(e)
	}
}

// TypedRune passes the rune on.
func (t *timeline) TypedRune(r rune) {
	if t.OnRune != nil {
		t.OnRune(r)
	}
}

func (t *timeline) CreateRenderer() fyne.WidgetRenderer {
	r := &timelineRenderer{t: t}
	r.track = canvas.NewRectangle(nil)
	r.active = canvas.NewRectangle(nil)
	r.thumb = canvas.NewCircle(nil)
	r.focus = canvas.NewCircle(nil)
	r.signing = canvas.NewLine(signingColor)
	r.signing.StrokeWidth = 2
	for y := 1939; y <= 1943; y++ {
		txt := canvas.NewText("", nil)
		if y < 1943 {
			txt.Text = strconv.Itoa(y)
		}
		txt.TextSize = 10
		r.years = append(r.years, txt)
		tk := canvas.NewLine(yearTickColor)
		tk.StrokeWidth = 1
		r.yearTks = append(r.yearTks, tk)
	}
	r.rebuild()
	return r
}

type timelineRenderer struct {
	t             *timeline
	track, active *canvas.Rectangle
	thumb, focus  *canvas.Circle
	marks         []*canvas.Line
	years         []*canvas.Text
	yearTks       []*canvas.Line
	signing       *canvas.Line
	objects       []fyne.CanvasObject
	atlas         *geodata.Atlas
}

var (
	tickColor     = color.NRGBA{0x50, 0x60, 0x80, 0xb0}
	tickSelColor  = color.NRGBA{0xd0, 0x30, 0x20, 0xff}
	signingColor  = color.NRGBA{0x20, 0x80, 0x30, 0xff}
	yearTickColor = color.NRGBA{0x80, 0x80, 0x80, 0xff}
)

// rebuild makes a mark for every event of the atlas.
func (r *timelineRenderer) rebuild() {
	r.atlas = r.t.atlas
	r.marks = r.marks[:0]
	for range r.t.atlas.Events() {
		l := canvas.NewLine(tickColor)
		l.StrokeWidth = 1
		r.marks = append(r.marks, l)
	}
	r.objects = r.objects[:0]
	for _, l := range r.yearTks {
		r.objects = append(r.objects, l)
	}
	for _, l := range r.years {
		r.objects = append(r.objects, l)
	}
	r.objects = append(r.objects, r.signing)
	for _, l := range r.marks {
		r.objects = append(r.objects, l)
	}
	r.objects = append(r.objects, r.track, r.active, r.focus, r.thumb)
}

func (r *timelineRenderer) Layout(size fyne.Size) {
	t := r.t
	mid := size.Height / 2
	th := t.Theme()
	pad := t.endPad()
	trackH := th.Size(theme.SizeNameInputBorder) * 2
	r.track.Move(fyne.NewPos(pad, mid-trackH/2))
	r.track.Resize(fyne.NewSize(max(0, size.Width-2*pad), trackH))
	x := t.dayX(t.day)
	r.active.Move(r.track.Position())
	r.active.Resize(fyne.NewSize(max(0, x-pad), trackH))
	dia := th.Size(theme.SizeNameInlineIcon) - 4
	r.thumb.Move(fyne.NewPos(x-dia/2, mid-dia/2))
	r.thumb.Resize(fyne.NewSquareSize(dia))
	fd := dia * 2
	r.focus.Move(fyne.NewPos(x-fd/2, mid-fd/2))
	r.focus.Resize(fyne.NewSquareSize(fd))

	evs := t.atlas.Events()
	for i, l := range r.marks {
		if i >= len(evs) {
			l.Hide()
			continue
		}
		x := t.dayX(evs[i].Date.Day)
		top := mid - 16
		if i == t.selected {
			l.StrokeColor = tickSelColor
			l.StrokeWidth = 3
			top = mid - 19
		} else {
			l.StrokeColor = tickColor
			l.StrokeWidth = 1.5
		}
		l.Position1 = fyne.NewPos(x, top)
		l.Position2 = fyne.NewPos(x, mid-5)
		l.Show()
	}
	for i, txt := range r.years {
		d := geodata.DayOf(time.Date(1939+i, 1, 1, 0, 0, 0, 0, time.UTC))
		if d > geodata.Last {
			d = geodata.Last + 1
		}
		x := t.dayX(d)
		tk := r.yearTks[i]
		tk.Position1 = fyne.NewPos(x, mid+4)
		tk.Position2 = fyne.NewPos(x, mid+10)
		// The year's label in the middle of its span.
		next := geodata.DayOf(time.Date(1940+i, 1, 1, 0, 0, 0, 0, time.UTC))
		ts := txt.MinSize()
		cx := (x + t.dayX(min(next, geodata.Last+1))) / 2
		txt.Move(fyne.NewPos(cx-ts.Width/2, mid+6))
		txt.Resize(ts)
	}
	sx := t.dayX(geodata.Signing)
	r.signing.Position1 = fyne.NewPos(sx, mid+3)
	r.signing.Position2 = fyne.NewPos(sx, mid+14)
}

func (r *timelineRenderer) MinSize() fyne.Size { return fyne.NewSize(100, 48) }

func (r *timelineRenderer) Refresh() {
	t := r.t
	if r.atlas != t.atlas || len(r.marks) != len(t.atlas.Events()) {
		r.rebuild()
	}
	th, v := t.Theme(), fyne.CurrentApp().Settings().ThemeVariant()
	r.track.FillColor = th.Color(theme.ColorNameInputBackground, v)
	r.active.FillColor = th.Color(theme.ColorNamePrimary, v)
	r.thumb.FillColor = th.Color(theme.ColorNamePrimary, v)
	r.focus.FillColor = color.Transparent
	if t.focused {
		r.focus.FillColor = th.Color(theme.ColorNameFocus, v)
	}
	for _, txt := range r.years {
		txt.Color = th.Color(theme.ColorNameForeground, v)
	}
	r.Layout(t.Size())
	canvas.Refresh(t)
}

func (r *timelineRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *timelineRenderer) Destroy() {}
