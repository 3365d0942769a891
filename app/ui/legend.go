package ui

// The legend: the holders on the map on the day shown, the grey of land
// outside the data and the keys of the overlays.

import (
	"fmt"
	"image/color"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render"
)

// legendBox lists the holders on the map on the current day and layer,
// the grey of land outside the data and the keys of the overlays.
type legendBox struct {
	box *fyne.Container
	key string
	// The rows of the holders are kept and reused as the dates change, so
	// that moving through time creates no widgets; the other rows are
	// made again only when the style changes.
	rows          []holderRow
	styleKey      string
	before, after []fyne.CanvasObject
}

// holderRow is one legend row of a holder: a swatch and its name.
type holderRow struct {
	sw  *canvas.Rectangle
	lbl *widget.Label
	obj fyne.CanvasObject
}

func newLegendBox() *legendBox { return &legendBox{box: container.NewVBox()} }

// fixedSize gives its single object a fixed size.
type fixedSize struct{ s fyne.Size }

func (l *fixedSize) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, (size.Height-l.s.Height)/2))
		o.Resize(l.s)
	}
}

func (l *fixedSize) MinSize([]fyne.CanvasObject) fyne.Size { return l.s }

func swatch(fill color.Color, edge color.Color) fyne.CanvasObject {
	r := canvas.NewRectangle(fill)
	r.StrokeColor = edge
	r.StrokeWidth = 1
	return container.New(&fixedSize{fyne.NewSize(22, 14)}, r)
}

func lineKey(c color.Color, dashed bool, dot bool) fyne.CanvasObject {
	if dot {
		circ := canvas.NewCircle(c)
		return container.New(&fixedSize{fyne.NewSize(22, 14)}, container.NewWithoutLayout(),
			container.New(&centeredSquare{10}, circ))
	}
	if !dashed {
		l := canvas.NewLine(c)
		l.StrokeWidth = 2.5
		l.Position1, l.Position2 = fyne.NewPos(0, 7), fyne.NewPos(22, 7)
		return container.New(&fixedSize{fyne.NewSize(22, 14)}, container.NewWithoutLayout(l))
	}
	var segs []fyne.CanvasObject
	for x := float32(0); x < 22; x += 8 {
		l := canvas.NewLine(c)
		l.StrokeWidth = 2
		l.Position1, l.Position2 = fyne.NewPos(x, 7), fyne.NewPos(min(x+5, 22), 7)
		segs = append(segs, l)
	}
	return container.New(&fixedSize{fyne.NewSize(22, 14)}, container.NewWithoutLayout(segs...))
}

// centeredSquare centres a square of side s in a 22×14 cell.
type centeredSquare struct{ s float32 }

func (l *centeredSquare) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos((22-l.s)/2, (14-l.s)/2))
		o.Resize(fyne.NewSquareSize(l.s))
	}
}

func (l *centeredSquare) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(22, 14) }

func legendRow(key fyne.CanvasObject, text string) fyne.CanvasObject {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return container.NewBorder(nil, nil, key, nil, l)
}

type legendHolder struct {
	name string
	h    geodata.Holder
}

// update rebuilds the legend when what it lists changed.
func (l *legendBox) update(a *geodata.Atlas, d geodata.Day, s render.Style) {
	byKey := map[string]legendHolder{}
	for _, f := range a.At(d) {
		if f.Kind != geodata.KindTerritory {
			continue
		}
		h := f.Holder(s.Layer)
		k := h.Key()
		if cur, ok := byKey[k]; !ok || len(h.Name) < len(cur.name) {
			byKey[k] = legendHolder{h.Name, h}
		}
	}
	hs := make([]legendHolder, 0, len(byKey))
	for _, h := range byKey {
		hs = append(hs, h)
	}
	slices.SortFunc(hs, func(a, b legendHolder) int { return strings.Compare(a.name, b.name) })
	var kb strings.Builder
	fmt.Fprintf(&kb, "%d|%d|%v|%v|", s.Layer, s.Palette, s.Theme == render.Dark, s.Overlays)
	for _, h := range hs {
		kb.WriteString(h.h.Key() + "=" + h.name + ";")
	}
	if kb.String() == l.key {
		return
	}
	l.key = kb.String()
	th := s.Theme
	if th == (render.Theme{}) {
		th = render.Light
	}
	edge := color.NRGBA{0x40, 0x40, 0x40, 0xff}
	if sk := fmt.Sprintf("%d|%v|%v", s.Layer, s.Theme == render.Dark, s.Overlays); sk != l.styleKey {
		l.styleKey = sk
		l.buildStatic(s, th, edge)
	}
	for i, h := range hs {
		if i == len(l.rows) {
			r := holderRow{sw: canvas.NewRectangle(color.Transparent), lbl: widget.NewLabel("")}
			r.sw.StrokeColor = edge
			r.sw.StrokeWidth = 1
			r.lbl.Wrapping = fyne.TextWrapWord
			r.obj = container.NewBorder(nil, nil, container.New(&fixedSize{fyne.NewSize(22, 14)}, r.sw), nil, r.lbl)
			l.rows = append(l.rows, r)
		}
		c := s.Palette.Color(h.h)
		if th == render.Dark {
			c = darken(c)
		}
		r := l.rows[i]
		if r.sw.FillColor != color.Color(c) {
			r.sw.FillColor = c
			r.sw.Refresh()
		}
		r.lbl.SetText(h.name)
	}
	objs := make([]fyne.CanvasObject, 0, len(l.before)+len(hs)+len(l.after))
	objs = append(objs, l.before...)
	for _, r := range l.rows[:len(hs)] {
		objs = append(objs, r.obj)
	}
	objs = append(objs, l.after...)
	l.box.Objects = objs
	l.box.Refresh()
}

// buildStatic makes the legend's rows that do not depend on the date.
func (l *legendBox) buildStatic(s render.Style, th render.Theme, edge color.Color) {
	note := widget.NewLabel(dataNote)
	note.Wrapping = fyne.TextWrapWord
	note.TextStyle = fyne.TextStyle{Italic: true}
	what := "Control: who held the ground"
	if s.Layer == geodata.Sovereignty {
		what = "Sovereignty: to whom the land belonged by treaty or annexation"
	}
	sub := wrapLabel(what)
	sub.Importance = widget.LowImportance
	l.before = []fyne.CanvasObject{note, sub}
	after := []fyne.CanvasObject{
		legendRow(swatch(th.Land, edge), "Land outside the dataset"),
		legendRow(swatch(th.Sea, edge), "Sea"),
	}
	hatch := canvas.NewRectangle(color.NRGBA{0xc0, 0xc0, 0xd8, 0xff})
	hatch.StrokeColor = color.NRGBA{0x30, 0x30, 0x90, 0xff}
	hatch.StrokeWidth = 2
	after = append(after, legendRow(container.New(&fixedSize{fyne.NewSize(22, 14)}, hatch), "Highlighted (hatched, blue edge)"))
	after = append(after, legendRow(lineKey(th.Border, true, false), "Border known only roughly (dashed)"))
	for _, k := range []struct {
		kind, text   string
		dashed, dots bool
	}{
		{geodata.KindFrontier, "Soviet frontier", false, false},
		{geodata.KindSphere, "Molotov–Ribbentrop sphere line", true, false},
		{geodata.KindBase, "Proposed base", false, true},
		{geodata.KindPassage, "Sea passage", false, false},
	} {
		if !slices.Contains(s.Overlays, k.kind) {
			continue
		}
		after = append(after, legendRow(lineKey(render.OverlayColor(k.kind), k.dashed, k.dots), k.text))
	}
	l.after = after
}

func darken(c color.RGBA) color.RGBA {
	m := func(x uint8) uint8 { return uint8(float64(x)*0.65 + 0.5) }
	return color.RGBA{m(c.R), m(c.G), m(c.B), 0xff}
}
