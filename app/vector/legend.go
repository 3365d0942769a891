package vector

import (
	"image/color"
	"math"

	"github.com/frontiers-atlas/frontiers/geodata/render/colour"
)

// The legend of an atlas map is colour.Palette.Legend's, the same groups
// the window shows: the key (lines, hatching and dashes, then fills),
// then the Axis, the Allies and the states not at war, each state
// followed by the land it holds otherwise than as its own, indented. On
// a page it stands in columns beside the map (Map.LegendBeside); a
// hand-made Map without that flag keeps it in the frame's corner.

// lineScale is the points of a page line per logical pixel of the
// window's: the vector map's lines are the window's, a little finer.
const lineScale = 0.65

// legendEntries turns the legend groups of p into the page's entries:
// a heading per group, then its entries.
func legendEntries(p *colour.Palette, groups []colour.Group) []LegendEntry {
	var out []LegendEntry
	for _, g := range groups {
		out = append(out, LegendEntry{Text: g.Title, Heading: true})
		for _, e := range g.Entries {
			le := LegendEntry{Text: e.Text, Level: e.Level}
			switch e.Kind {
			case colour.KeyLine:
				l := e.Line
				le.Line, le.Stroke, le.Width = true, l.Colour, l.Width*lineScale
				if e.Key == "base" {
					le.Line, le.Fill, le.Stroke = false, l.Colour, color.RGBA{}
					le.Disc = true
				}
				le.Dash = scaled(l.Dash)
				if l.Casing > 0 {
					le.Casing, le.CasingWidth = l.CasingColour, l.Casing*lineScale
				}
				if !e.Current {
					le.Stroke.A, le.Casing.A = pastOpacity, uint8(uint32(le.Casing.A)*pastOpacity/255)
					le.Fill.A = pastOpacity
					le.Text += " (reference, not in force)"
				}
			default:
				le.Fill, le.Stroke = e.Paint.Fill, darker(e.Paint.Fill)
				if e.Paint.Hatch {
					le.Hatch = e.Paint.Stripe
				}
				if e.Key == "highlight" {
					le.Stroke = p.Hatching()
				}
			}
			out = append(out, le)
		}
	}
	return out
}

// scaled is a dash pattern of logical pixels in page points.
func scaled(dash []float64) []float64 {
	if len(dash) == 0 {
		return nil
	}
	out := make([]float64, len(dash))
	for i, d := range dash {
		out[i] = d * lineScale
	}
	return out
}

// legendLayout returns the legend's box and the top-left corner of each
// entry's row. Rows flow into columns no taller than the frame; the box
// stands beside the frame, right of it, when m.LegendBeside, else in the
// frame's bottom-right corner (above the scale bar's row). width
// estimates the text width of s at size.
func (m *Map) legendLayout(width func(s string, size float64) float64) (Rect, []Pt) {
	n := len(m.Legend)
	if n == 0 {
		return Rect{}, nil
	}
	perCol := n
	if m.LegendBeside {
		perCol = max(1, int((m.Frame.H-2*legendPad)/legendRow))
	}
	cols := (n + perCol - 1) / perCol
	rows := min(n, perCol)
	at := make([]Pt, n)
	x := float64(legendPad)
	for c := range cols {
		w := 0.0
		for i := c * perCol; i < min(n, (c+1)*perCol); i++ {
			e := m.Legend[i]
			at[i] = Pt{x, legendPad + float64(i-c*perCol)*legendRow}
			tw := width(e.Text, legendText)
			if !e.Heading {
				tw += float64(e.Level)*legendIndent + legendSwatch + legendPad
			}
			w = math.Max(w, tw)
		}
		x += w + 2*legendPad
	}
	bw, bh := x-legendPad, 2*legendPad+float64(rows)*legendRow
	b := Rect{X: m.Frame.X + m.Frame.W - bw - 8, Y: m.Frame.Y + m.Frame.H - bh - 8, W: bw, H: bh}
	if m.LegendBeside {
		b.X, b.Y = m.Frame.X+m.Frame.W+legendGap, m.Frame.Y
	}
	for i := range at {
		at[i].X += b.X
		at[i].Y += b.Y
		if e := m.Legend[i]; !e.Heading {
			at[i].X += float64(e.Level) * legendIndent
		}
	}
	return b, at
}

// legendBox returns the legend's box (legendLayout).
func (m *Map) legendBox(width func(s string, size float64) float64) Rect {
	b, _ := m.legendLayout(width)
	return b
}

// legendWidth returns how wide the legend of entries stands beside a
// frame h points tall.
func legendWidth(entries []LegendEntry, h float64) float64 {
	m := Map{Frame: Rect{H: h}, Legend: entries, LegendBeside: true}
	return m.legendBox(func(t string, size float64) float64 { return TextWidth(t, size, false) }).W
}

// The hatching of occupied land on a page: stripes hatchStripe points
// wide every hatchPeriod points (across them), at 45°.
const (
	hatchPeriod = 4
	hatchStripe = 1.1
)

// lineWidth is the width of a line key: its line's, 2 when unset.
func lineWidth(e LegendEntry) float64 {
	if e.Width > 0 {
		return e.Width
	}
	return 2
}
