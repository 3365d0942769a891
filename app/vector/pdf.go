package vector

import (
	"fmt"
	"image/color"
	"io"
	"math"
	"strings"
	"time"

	"github.com/go-pdf/fpdf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
)

// WritePDF writes m as a one-page PDF of m.Page's size, drawn with
// github.com/go-pdf/fpdf: territories, lines and markers as vector paths
// clipped to the frame, and every label, legend entry, scale and caption
// as real text in the embedded Go fonts (UTF-8, subset), so that a
// reader can select and search it and pdftotext extracts it.
func WritePDF(w io.Writer, m *Map) error {
	pdf := fpdf.NewCustom(&fpdf.InitType{
		OrientationStr: "P", // the size below is already landscape
		UnitStr:        "pt",
		Size:           fpdf.SizeType{Wd: m.Page.Width, Ht: m.Page.Height},
	})
	pdf.SetMargins(0, 0, 0)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetCompression(true)
	// A fixed date keeps the output reproducible.
	pdf.SetCreationDate(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC))
	pdf.SetModificationDate(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC))
	pdf.SetCreator("Frontiers", true)
	if m.Title != "" {
		pdf.SetTitle(m.Title, true)
	}
	pdf.AddUTF8FontFromBytes("go", "", goregular.TTF)
	pdf.AddUTF8FontFromBytes("go", "B", gobold.TTF)
	pdf.AddPage()
	p := &pdfWriter{pdf: pdf}
	f := m.Frame

	pdf.ClipRect(f.X, f.Y, f.W, f.H, false)
	p.fill(m.Background)
	if !transparent(m.Background) {
		pdf.Rect(f.X, f.Y, f.W, f.H, "F")
	}
	pdf.SetLineJoinStyle("round")
	pdf.SetLineCapStyle("round")
	for _, t := range m.Territories {
		p.path(t)
	}
	for _, t := range m.Territories {
		if !transparent(t.Hatch) {
			p.hatch(t.Rings, t.Hatch)
		}
	}
	for _, l := range m.Lines {
		p.line(l)
	}
	for _, mk := range m.Markers {
		p.fill(mk.Fill)
		style := "F"
		if !transparent(mk.Stroke) {
			p.stroke(mk.Stroke, 1, nil)
			style = "FD"
		}
		pdf.Circle(mk.At.X, mk.At.Y, mk.Radius, style)
	}
	p.alpha(0xff)
	pdf.ClipEnd()
	if !transparent(m.FrameStroke) {
		p.stroke(m.FrameStroke, 0.75, nil)
		pdf.Rect(f.X, f.Y, f.W, f.H, "D")
	}
	for _, l := range m.Labels {
		p.label(l)
	}
	p.legend(m)
	p.scale(m)
	if m.Caption != "" {
		p.alpha(0xff)
		pdf.SetFont("go", "", captionSize)
		pdf.SetTextColor(0x33, 0x33, 0x33)
		pdf.Text(f.X, f.Y+f.H+captionSize+4, m.Caption)
	}
	return pdf.Output(w)
}

type pdfWriter struct {
	pdf *fpdf.Fpdf
	a   uint8
}

func (p *pdfWriter) alpha(a uint8) {
	if a != p.a {
		p.pdf.SetAlpha(float64(a)/255, "Normal")
		p.a = a
	}
}

func (p *pdfWriter) fill(c color.RGBA) {
	p.pdf.SetFillColor(int(c.R), int(c.G), int(c.B))
	p.alpha(c.A)
}

func (p *pdfWriter) stroke(c color.RGBA, width float64, dash []float64) {
	p.pdf.SetDrawColor(int(c.R), int(c.G), int(c.B))
	p.pdf.SetLineWidth(width)
	p.pdf.SetDashPattern(dash, 0)
}

// path fills (and strokes) a territory by the even-odd rule. PDF has one
// alpha for fill and stroke: the fill's.
func (p *pdfWriter) path(t Path) {
	n := 0
	for _, r := range t.Rings {
		if len(r) < 3 {
			continue
		}
		for i, q := range r {
			if i == 0 {
				p.pdf.MoveTo(q.X, q.Y)
			} else {
				p.pdf.LineTo(q.X, q.Y)
			}
		}
		p.pdf.ClosePath()
		n++
	}
	if n == 0 {
		return
	}
	style := "F*"
	if !transparent(t.Stroke) && t.Width > 0 {
		p.stroke(t.Stroke, t.Width, t.Dash)
		style = "FD*"
		if transparent(t.Fill) {
			style = "D"
		}
	}
	p.fill(t.Fill)
	if transparent(t.Fill) {
		p.alpha(t.Stroke.A)
	}
	p.pdf.DrawPath(style)
}

func (p *pdfWriter) line(l Line) {
	if transparent(l.Stroke) || l.Width <= 0 {
		return
	}
	p.stroke(l.Stroke, l.Width, l.Dash)
	p.alpha(l.Stroke.A)
	for _, part := range l.Parts {
		for i, q := range part {
			if i == 0 {
				p.pdf.MoveTo(q.X, q.Y)
			} else {
				p.pdf.LineTo(q.X, q.Y)
			}
		}
	}
	p.pdf.DrawPath("D")
	p.pdf.SetDashPattern(nil, 0)
}

// label sets the text centred on (X, Y), over a translucent box of the
// halo colour (a stroked copy of the text would be extracted twice).
func (p *pdfWriter) label(l Label) {
	style := ""
	if l.Bold {
		style = "B"
	}
	p.pdf.SetFont("go", style, l.Size)
	w := p.pdf.GetStringWidth(l.Text)
	if !transparent(l.Halo) {
		p.pdf.SetFillColor(int(l.Halo.R), int(l.Halo.G), int(l.Halo.B))
		p.alpha(uint8(float64(l.Halo.A) * 0.55))
		p.pdf.RoundedRect(l.X-w/2-1.5, l.Y-0.55*l.Size, w+3, 1.1*l.Size, 1.5, "1234", "F")
	}
	p.alpha(l.Color.A)
	p.pdf.SetTextColor(int(l.Color.R), int(l.Color.G), int(l.Color.B))
	p.pdf.Text(l.X-w/2, baseline(l), l.Text)
}

func (p *pdfWriter) legend(m *Map) {
	if len(m.Legend) == 0 {
		return
	}
	b, at := m.legendLayout(func(t string, size float64) float64 { return TextWidth(t, size, false) })
	p.fill(color.RGBA{0xff, 0xff, 0xff, 0xd9})
	p.stroke(color.RGBA{0x80, 0x80, 0x80, 0xff}, 0.5, nil)
	p.pdf.Rect(b.X, b.Y, b.W, b.H, "FD")
	for i, e := range m.Legend {
		x, y := at[i].X, at[i].Y
		p.alpha(0xff)
		p.pdf.SetTextColor(0x22, 0x22, 0x22)
		if e.Heading {
			p.pdf.SetFont("go", "B", legendText)
			p.pdf.Text(x, y+legendSwatch*0.85, e.Text)
			continue
		}
		mid := y + legendSwatch/2
		switch {
		case e.Line:
			if e.CasingWidth > 0 && !transparent(e.Casing) {
				p.stroke(e.Casing, e.CasingWidth, nil)
				p.alpha(e.Casing.A)
				p.pdf.Line(x, mid, x+legendSwatch, mid)
			}
			p.stroke(e.Stroke, lineWidth(e), e.Dash)
			p.alpha(e.Stroke.A)
			p.pdf.Line(x, mid, x+legendSwatch, mid)
			p.pdf.SetDashPattern(nil, 0)
		case e.Disc:
			p.fill(e.Fill)
			p.pdf.Circle(x+legendSwatch/2, mid, legendSwatch/2.6, "F")
		default:
			p.fill(e.Fill)
			p.pdf.Rect(x, y, legendSwatch, legendSwatch, "F")
			if !transparent(e.Hatch) {
				p.hatch([][]Pt{{{x, y}, {x + legendSwatch, y}, {x + legendSwatch, y + legendSwatch}, {x, y + legendSwatch}}}, e.Hatch)
			}
			if !transparent(e.Stroke) {
				p.stroke(e.Stroke, 0.75, e.Dash)
				p.alpha(0xff)
				p.pdf.Rect(x, y, legendSwatch, legendSwatch, "D")
				p.pdf.SetDashPattern(nil, 0)
			}
		}
		p.alpha(0xff)
		p.pdf.SetFont("go", "", legendText)
		p.pdf.SetTextColor(0x22, 0x22, 0x22)
		p.pdf.Text(x+legendSwatch+legendPad, y+legendSwatch*0.85, e.Text)
	}
}

// hatch stripes the area of rings (even-odd) in c, rising to the right
// as the window draws occupied land: lines x + y = k every hatchPeriod
// points across, clipped to the rings. fpdf clips to one polygon only, so
// the clip path (all rings, W*) is written as raw operators, in a saved
// graphics state restored after the stripes.
func (p *pdfWriter) hatch(rings [][]Pt, c color.RGBA) {
	var clip strings.Builder
	b := Rect{X: math.Inf(1), Y: math.Inf(1), W: math.Inf(-1), H: math.Inf(-1)} // min x, min y, max x, max y
	_, ph := p.pdf.GetPageSize()
	k := p.pdf.GetConversionRatio()
	for _, r := range rings {
		if len(r) < 3 {
			continue
		}
		for i, q := range r {
			op := "l"
			if i == 0 {
				op = "m"
			}
			fmt.Fprintf(&clip, "%.3f %.3f %s ", q.X*k, (ph-q.Y)*k, op)
			b.X, b.Y, b.W, b.H = math.Min(b.X, q.X), math.Min(b.Y, q.Y), math.Max(b.W, q.X), math.Max(b.H, q.Y)
		}
		clip.WriteString("h ")
	}
	if clip.Len() == 0 {
		return
	}
	// The alpha and dashes are set before the state is saved, so that
	// what the writer believes of them holds after it is restored.
	p.alpha(0xff)
	p.pdf.SetDashPattern(nil, 0)
	p.pdf.RawWriteStr("q " + clip.String() + "W* n")
	p.stroke(color.RGBA{c.R, c.G, c.B, 0xff}, hatchStripe, nil)
	step := hatchPeriod * math.Sqrt2
	for s := math.Floor((b.X+b.Y)/step) * step; s <= b.W+b.H; s += step {
		p.pdf.Line(b.X, s-b.X, b.W, s-b.W)
	}
	p.pdf.RawWriteStr("Q")
}

func (p *pdfWriter) scale(m *Map) {
	sb := m.Scale
	if sb == nil {
		return
	}
	dark := color.RGBA{0x22, 0x22, 0x22, 0xff}
	p.fill(dark)
	p.pdf.Rect(sb.X, sb.Y-3, sb.Length, 3, "F")
	p.fill(color.RGBA{0xff, 0xff, 0xff, 0xff})
	p.stroke(dark, 0.5, nil)
	p.pdf.Rect(sb.X+sb.Length/2, sb.Y-3, sb.Length/2, 3, "FD")
	p.pdf.SetFont("go", "", scaleText)
	p.pdf.SetTextColor(0x22, 0x22, 0x22)
	p.pdf.Text(sb.X, sb.Y-6, sb.Text)
}
