package ui

// The legend of the day: what is on the map on the day shown, in the
// view shown, as colour.Palette.Legend groups it (the key of lines,
// hatching and fills first; then the Axis and the land it holds, the
// Allies, the states not at war, each state followed by the land it
// holds otherwise than as its own), in the palette the map is drawn in.

import (
	"fmt"
	"image/color"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render"
	"github.com/frontiers-atlas/frontiers/geodata/render/colour"
)

// legendBox is the legend panel. Its rows are kept by what they show, so
// that moving through time or panning makes no widget for a row already
// made; the panel's objects change only when what it lists changes.
type legendBox struct {
	box *fyne.Container
	key string
	// rows are the rows made, by their signature (see rowKey).
	rows map[string]fyne.CanvasObject
	// groups are the legend's groups as shown (after filtering).
	groups []colour.Group
}

func newLegendBox() *legendBox {
	return &legendBox{box: container.NewVBox(), rows: map[string]fyne.CanvasObject{}}
}

// Sizes of a legend key, in logical pixels.
const (
	keyW, keyH  = 22, 14
	keyIndent   = 14 // of land listed under its state
	hatchStep   = 5  // between stripes, along x
	hatchStroke = 1.5
)

// update shows the legend of atlas a on day d in style s for the view
// showing bbox (longitude/latitude), if it changed.
func (l *legendBox) update(a *geodata.Atlas, d geodata.Day, s render.Style, bbox orb.Bound) {
	p := s.Colours()
	groups := shownGroups(p.Legend(a, d, s.Layer, bbox), s)
	var kb strings.Builder
	fmt.Fprintf(&kb, "%s|%d|%s|%s|", currentLang(), s.Layer, p.Variant(), p.Theme())
	for _, g := range groups {
		kb.WriteString("#" + g.Title + ";")
		for _, e := range g.Entries {
			kb.WriteString(rowKey(e) + ";")
		}
	}
	if kb.String() == l.key {
		return
	}
	l.key, l.groups = kb.String(), groups
	if len(l.rows) > 1000 {
		clear(l.rows)
	}
	note := l.row("note|"+currentLang(), func() fyne.CanvasObject {
		w := widget.NewLabel(lang.L(dataNote))
		w.Wrapping = fyne.TextWrapWord
		w.TextStyle = fyne.TextStyle{Italic: true}
		return w
	})
	what := lang.L("Control: who held the ground")
	if s.Layer == geodata.Sovereignty {
		what = lang.L("Sovereignty: to whom the land belonged by treaty or annexation")
	}
	sub := l.row("layer|"+what, func() fyne.CanvasObject { return wrapLabel(what) })
	objs := []fyne.CanvasObject{note, sub}
	edge, land := p.Border(), p.Land()
	for _, g := range groups {
		title := legendText(g.Title)
		objs = append(objs, l.row("#"+title, func() fyne.CanvasObject {
			h := widget.NewLabel(title)
			h.TextStyle = fyne.TextStyle{Bold: true}
			h.Wrapping = fyne.TextWrapWord
			return h
		}))
		for _, e := range g.Entries {
			text := legendText(e.Text)
			if e.Kind == colour.StateEntry {
				text = holderLabel(geodata.Holder{Name: e.Key}, d)
			}
			objs = append(objs, l.row(currentLang()+"|"+text+"|"+rowKey(e), func() fyne.CanvasObject { return entryRow(e, text, edge, land) }))
		}
	}
	l.box.Objects = objs
	l.box.Refresh()
}

// updateLegend shows the legend of the day and the view shown.
func (u *ui) updateLegend() {
	if u.legend == nil || u.st.atlas == nil {
		return
	}
	v := u.mapw.View()
	bbox := u.st.atlas.Bound()
	if v.Width > 0 && v.Height > 0 && v.Res > 0 {
		bbox = v.Bound()
	}
	u.legend.update(u.st.atlas, u.st.day, u.style(), bbox)
}

// row returns the row of signature k, made by mk the first time.
func (l *legendBox) row(k string, mk func() fyne.CanvasObject) fyne.CanvasObject {
	if r, ok := l.rows[k]; ok {
		return r
	}
	r := mk()
	l.rows[k] = r
	return r
}

// shownGroups leaves out of groups the keys of what the style does not
// draw: the overlays it does not show, the hatching of highlights when
// none is on.
func shownGroups(groups []colour.Group, s render.Style) []colour.Group {
	out := make([]colour.Group, 0, len(groups))
	for _, g := range groups {
		if g.Key {
			entries := make([]colour.Entry, 0, len(g.Entries))
			for _, e := range g.Entries {
				if kind := lineKind(e); kind != "" && !slices.Contains(s.Overlays, kind) {
					continue
				}
				if e.Kind == colour.KeyFill && e.Key == "highlight" && len(s.Topics) == 0 {
					continue
				}
				entries = append(entries, e)
			}
			g.Entries = entries
		}
		out = append(out, g)
	}
	return out
}

// lineKind is the overlay kind a key line stands for ("frontier" for
// both Soviet frontiers), "" for the borders.
func lineKind(e colour.Entry) string {
	if e.Kind != colour.KeyLine {
		return ""
	}
	for _, k := range []string{geodata.KindFrontier, geodata.KindSphere, geodata.KindBase, geodata.KindPassage} {
		if e.Key == k || strings.HasPrefix(e.Key, k+"-") {
			return k
		}
	}
	return ""
}

// rowKey is the signature of an entry's row: everything it shows.
func rowKey(e colour.Entry) string {
	return fmt.Sprintf("%d|%s|%s|%s|%d|%v|%v|%v|%v", e.Kind, e.Key, e.Text, e.Note, e.Level, e.Current,
		[3]any{e.Paint.Fill, e.Paint.Hatch, e.Paint.Stripe}, [3]any{e.Line.Colour, e.Line.CasingColour, e.Line.Width}, e.Line.Dash)
}

// entryRow is an entry's row: its key, then text and, in italics, its
// note.
func entryRow(e colour.Entry, text string, edge, land color.Color) fyne.CanvasObject {
	segs := []widget.RichTextSegment{&widget.TextSegment{Text: text, Style: widget.RichTextStyleInline}}
	if note := legendText(e.Note); note != "" {
		segs = append(segs, &widget.TextSegment{Text: " — " + note, Style: widget.RichTextStyle{Inline: true, TextStyle: fyne.TextStyle{Italic: true}}})
	}
	rt := widget.NewRichText(segs...)
	rt.Wrapping = fyne.TextWrapWord
	indent := float32(e.Level * keyIndent)
	key := container.New(&keyCell{indent: indent}, container.NewWithoutLayout(legendKey(e, edge, land)...))
	return container.NewBorder(nil, nil, key, nil, rt)
}

// legendKey draws an entry's key in a keyW×keyH cell: a line over its
// casing, dashed as on the map (pale when not in force on the day), on
// the land colour, so that it reads as on the map in either theme; a
// disc for bases; else a swatch of its fill, striped as on the map.
func legendKey(e colour.Entry, edge, land color.Color) []fyne.CanvasObject {
	if e.Kind == colour.KeyLine {
		l := e.Line
		bg := canvas.NewRectangle(land)
		bg.Resize(fyne.NewSize(keyW, keyH))
		fade := func(c color.RGBA) color.NRGBA {
			n := color.NRGBA(c)
			if !e.Current {
				n.A = uint8(uint32(n.A) * 2 / 5)
			}
			return n
		}
		if e.Key == geodata.KindBase {
			c := canvas.NewCircle(fade(l.Colour))
			c.Move(fyne.NewPos((keyW-10)/2, (keyH-10)/2))
			c.Resize(fyne.NewSquareSize(10))
			return []fyne.CanvasObject{bg, c}
		}
		objs := []fyne.CanvasObject{bg}
		seg := func(x0, x1 float32, c color.Color, w float32) {
			ln := canvas.NewLine(c)
			ln.StrokeWidth = w
			ln.Position1, ln.Position2 = fyne.NewPos(x0, keyH/2), fyne.NewPos(x1, keyH/2)
			objs = append(objs, ln)
		}
		if l.Casing > 0 {
			seg(0, keyW, fade(l.CasingColour), float32(min(l.Casing, keyH)))
		}
		w := float32(max(l.Width, 1))
		if len(l.Dash) == 2 {
			for x := float32(0); x < keyW; x += float32(l.Dash[0] + l.Dash[1]) {
				seg(x, min(x+float32(l.Dash[0]), keyW), fade(l.Colour), w)
			}
		} else {
			seg(0, keyW, fade(l.Colour), w)
		}
		return objs
	}
	r := canvas.NewRectangle(e.Paint.Fill)
	r.StrokeColor, r.StrokeWidth = edge, 1
	r.Resize(fyne.NewSize(keyW, keyH))
	objs := []fyne.CanvasObject{r}
	if e.Paint.Hatch {
		// Occupied land rises to the right ("/"), highlights fall ("\"),
		// as the renderer stripes them.
		falling := e.Kind == colour.KeyFill && e.Key == "highlight"
		for c := float32(hatchStep); c < keyW+keyH; c += hatchStep {
			x0, x1 := max(0, c-keyH), min(keyW, c)
			ln := canvas.NewLine(e.Paint.Stripe)
			ln.StrokeWidth = hatchStroke
			if falling {
				ln.Position1, ln.Position2 = fyne.NewPos(keyW-x0, c-x0), fyne.NewPos(keyW-x1, c-x1)
			} else {
				ln.Position1, ln.Position2 = fyne.NewPos(x0, c-x0), fyne.NewPos(x1, c-x1)
			}
			objs = append(objs, ln)
		}
	}
	return objs
}

// keyCell lays out a key (one container of objects placed in a
// keyW×keyH cell) centred vertically in its row, indent to the right.
type keyCell struct{ indent float32 }

func (k *keyCell) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(k.indent, (size.Height-keyH)/2))
		o.Resize(fyne.NewSize(keyW, keyH))
	}
}

func (k *keyCell) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(keyW+k.indent, keyH) }

// legendText is a legend text (a group's title, a key's text or note
// from the palette file) in the window's language, each of its parts
// ("approximate; reference: not in force on this day") the translations
// have; the others, such as the notes of the palette file's states,
// stay as they are.
func legendText(s string) string {
	parts := strings.Split(s, "; ")
	for i, p := range parts {
		if legendKeys[p] {
			parts[i] = lang.L(p)
		}
	}
	return strings.Join(parts, "; ")
}

// legendKeys are legendTexts, as a set.
var legendKeys = map[string]bool{}

func init() {
	for _, s := range legendTexts {
		legendKeys[s] = true
	}
}

// legendTexts are the legend's texts the translations carry: the group
// titles, the texts and notes of the key of the bundled palette file
// (assets/palette.json) and of package colour.
var legendTexts = []string{
	colour.TitleKey, colour.TitleAxis, colour.TitleAllies, colour.TitleNeutral,
	"Border", "Border known only roughly", "Frontier",
	"Soviet western frontier of 1 September 1939", "Soviet western frontier of 22 June 1941",
	"Sphere of influence or zone agreed by Germany and the Soviet Union", "Proposed British base", "Sea passage",
	"Occupied: in the occupier's colour, lighter, hatched", "Highlighted topic: hatched",
	"Mandate, protectorate or dependency: in its power's colour, lighter", "Land outside the data", "Sea",
	"occupied land", "reference: not in force on this day", "approximate",
}
