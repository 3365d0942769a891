package ui

// The timeline: a slider over 1939–42 and a row of marks, one for every
// event, drawn in the same cell as the slider's track.

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

// timeSlider is the date slider: a widget.Slider from geodata.First to
// geodata.Last, step one day, whose keys are the window's keys (so that
// Shift+arrows, Page Up/Down and Space work when it has the focus).
type timeSlider struct {
	widget.Slider
	u *ui
}

func newTimeSlider(u *ui) *timeSlider {
	s := &timeSlider{u: u}
	s.Min = float64(geodata.First)
	s.Max = float64(geodata.Last)
	s.Step = 1
	s.Value = float64(u.day)
	s.Orientation = widget.Horizontal
	s.ExtendBaseWidget(s)
	return s
}

// TypedKey handles the window's keys.
func (s *timeSlider) TypedKey(e *fyne.KeyEvent) { s.u.typedKey(e) }

// TypedRune handles the window's keys.
func (s *timeSlider) TypedRune(r rune) { s.u.typedRune(r) }

// sliderEndPad is the distance from the slider's ends to the ends of its
// track, as widget.Slider lays it out.
func sliderEndPad() float32 {
	return (theme.Size(theme.SizeNameInlineIcon)-4)/2 + theme.Size(theme.SizeNameInnerPadding) - 1.5
}

// eventTicks draws a mark above the slider's track for every event, at a
// position proportional to its date, and the years below it. It takes no
// input: the slider under it does.
type eventTicks struct {
	widget.BaseWidget
	atlas    *geodata.Atlas
	selected int
}

func newEventTicks(a *geodata.Atlas) *eventTicks {
	t := &eventTicks{atlas: a, selected: -1}
	t.ExtendBaseWidget(t)
	return t
}

func (t *eventTicks) setAtlas(a *geodata.Atlas) {
	t.atlas = a
	t.selected = -1
	t.Refresh()
}

func (t *eventTicks) setSelected(i int) {
	if i == t.selected {
		return
	}
	t.selected = i
	t.Refresh()
}

// dayX returns the x of day d in a cell of width w.
func dayX(d geodata.Day, w float32) float32 {
	pad := sliderEndPad()
	r := float32(d-geodata.First) / float32(geodata.Last-geodata.First)
	return pad + r*(w-2*pad)
}

func (t *eventTicks) CreateRenderer() fyne.WidgetRenderer {
	r := &ticksRenderer{t: t}
	r.rebuild()
	return r
}

type ticksRenderer struct {
	t       *eventTicks
	marks   []*canvas.Line
	years   []*canvas.Text
	yearTks []*canvas.Line
	signing *canvas.Line
	objects []fyne.CanvasObject
	atlas   *geodata.Atlas
}

var (
	tickColor     = color.NRGBA{0x50, 0x60, 0x80, 0xb0}
	tickSelColor  = color.NRGBA{0xd0, 0x30, 0x20, 0xff}
	signingColor  = color.NRGBA{0x20, 0x80, 0x30, 0xff}
	yearTickColor = color.NRGBA{0x80, 0x80, 0x80, 0xff}
)

func (r *ticksRenderer) rebuild() {
	r.atlas = r.t.atlas
	r.marks = r.marks[:0]
	for range r.t.atlas.Events() {
		l := canvas.NewLine(tickColor)
		l.StrokeWidth = 1
		r.marks = append(r.marks, l)
	}
	if r.years == nil {
		for y := 1939; y <= 1943; y++ {
			txt := canvas.NewText(strconv.Itoa(y), theme.Color(theme.ColorNameForeground))
			txt.TextSize = 10
			if y == 1943 {
				txt.Text = ""
			}
			r.years = append(r.years, txt)
			tk := canvas.NewLine(yearTickColor)
			tk.StrokeWidth = 1
			r.yearTks = append(r.yearTks, tk)
		}
		r.signing = canvas.NewLine(signingColor)
		r.signing.StrokeWidth = 2
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
}

func (r *ticksRenderer) Layout(size fyne.Size) {
	mid := size.Height / 2
	evs := r.t.atlas.Events()
	for i, l := range r.marks {
		if i >= len(evs) {
			l.Hide()
			continue
		}
		x := dayX(evs[i].Date.Day, size.Width)
		top := mid - 16
		if i == r.t.selected {
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
		x := dayX(d, size.Width)
		tk := r.yearTks[i]
		tk.Position1 = fyne.NewPos(x, mid+4)
		tk.Position2 = fyne.NewPos(x, mid+10)
		// The year's label in the middle of its span.
		next := geodata.DayOf(time.Date(1940+i, 1, 1, 0, 0, 0, 0, time.UTC))
		ts := txt.MinSize()
		cx := (x + dayX(min(next, geodata.Last+1), size.Width)) / 2
		txt.Move(fyne.NewPos(cx-ts.Width/2, mid+6))
		txt.Resize(ts)
	}
	sx := dayX(geodata.Signing, size.Width)
	r.signing.Position1 = fyne.NewPos(sx, mid+3)
	r.signing.Position2 = fyne.NewPos(sx, mid+14)
}

func (r *ticksRenderer) MinSize() fyne.Size { return fyne.NewSize(100, 48) }

func (r *ticksRenderer) Refresh() {
	if r.atlas != r.t.atlas || len(r.marks) != len(r.t.atlas.Events()) {
		r.rebuild()
	}
	for _, txt := range r.years {
		txt.Color = theme.Color(theme.ColorNameForeground)
	}
	r.Layout(r.t.Size())
	canvas.Refresh(r.t)
}

func (r *ticksRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *ticksRenderer) Destroy() {}
