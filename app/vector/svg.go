package vector

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"image/color"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// WriteSVG writes m as an SVG 1.1 document: one <path> per territory,
// with the territory's id as its id and its name as its <title>; the
// lines, markers and labels in their own groups; labels, legend, scale
// and caption as <text>. Every string is escaped as XML requires.
func WriteSVG(w io.Writer, m *Map) error {
	bw := bufio.NewWriter(w)
	s := &svgWriter{w: bw, ids: map[string]bool{}}
	pw, ph := num(m.Page.Width), num(m.Page.Height)
	s.printf(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	s.printf(`<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="%spt" height="%spt" viewBox="0 0 %s %s">`+"\n", pw, ph, pw, ph)
	if m.Title != "" {
		s.printf("<title>%s</title>\n", esc(m.Title))
	}
	f := m.Frame
	s.printf(`<defs><clipPath id="frame"><rect x="%s" y="%s" width="%s" height="%s"/></clipPath>`+"\n", num(f.X), num(f.Y), num(f.W), num(f.H))
	s.hatchPatterns(m)
	s.printf("</defs>\n")
	s.printf(`<rect width="%s" height="%s" fill="#ffffff"/>`+"\n", pw, ph)
	s.printf(`<g clip-path="url(#frame)">` + "\n")
	s.printf(`<rect x="%s" y="%s" width="%s" height="%s"%s/>`+"\n", num(f.X), num(f.Y), num(f.W), num(f.H), paint("fill", m.Background))
	s.printf(`<g id="territories" stroke-linejoin="round" fill-rule="evenodd">` + "\n")
	for _, p := range m.Territories {
		s.path(p)
	}
	s.printf("</g>\n")
	if slices.ContainsFunc(m.Territories, func(p Path) bool { return !transparent(p.Hatch) }) {
		// Occupied land striped in its occupier's colour, over the fills.
		s.printf(`<g id="hatching" fill-rule="evenodd" stroke="none">` + "\n")
		for _, p := range m.Territories {
			if d := ringsPath(p.Rings); d != "" && !transparent(p.Hatch) {
				s.printf(`<path d="%s" fill="url(#%s)"/>`+"\n", d, hatchID(p.Hatch))
			}
		}
		s.printf("</g>\n")
	}
	if len(m.Lines) > 0 {
		s.printf(`<g id="lines" fill="none" stroke-linejoin="round" stroke-linecap="round">` + "\n")
		for _, l := range m.Lines {
			s.line(l)
		}
		s.printf("</g>\n")
	}
	if len(m.Markers) > 0 {
		s.printf(`<g id="markers">` + "\n")
		for _, mk := range m.Markers {
			s.printf(`<circle%s cx="%s" cy="%s" r="%s"%s%s>%s</circle>`+"\n", s.id(mk.ID), num(mk.At.X), num(mk.At.Y), num(mk.Radius),
				paint("fill", mk.Fill), stroke(mk.Stroke, 1, nil), title(mk.Title))
		}
		s.printf("</g>\n")
	}
	s.printf("</g>\n")
	if !transparent(m.FrameStroke) {
		s.printf(`<rect x="%s" y="%s" width="%s" height="%s" fill="none"%s/>`+"\n", num(f.X), num(f.Y), num(f.W), num(f.H), stroke(m.FrameStroke, 0.75, nil))
	}
	s.printf(`<g id="labels" font-family="%s" text-anchor="middle">`+"\n", esc(svgFontFamily))
	for _, l := range m.Labels {
		s.label(l)
	}
	s.printf("</g>\n")
	s.legend(m)
	s.scale(m)
	if m.Caption != "" {
		s.printf(`<text id="caption" x="%s" y="%s" font-family="%s" font-size="%s" fill="#333333">%s</text>`+"\n",
			num(f.X), num(f.Y+f.H+captionSize+4), esc(svgFontFamily), num(captionSize), esc(m.Caption))
	}
	s.printf("</svg>\n")
	if s.err != nil {
		return s.err
	}
	return bw.Flush()
}

type svgWriter struct {
	w   *bufio.Writer
	err error
	ids map[string]bool
}

func (s *svgWriter) printf(format string, a ...any) {
	if s.err == nil {
		_, s.err = fmt.Fprintf(s.w, format, a...)
	}
}

// id returns the id attribute for a territory or overlay id, made a valid
// and unique XML name ("t-" before one that does not start with a letter,
// a suffix on a repeat); none for an empty id.
func (s *svgWriter) id(id string) string {
	if id == "" {
		return ""
	}
	var b strings.Builder
	for _, r := range id {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_' || r == '.' {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
	}
	name := b.String()
	if r := []rune(name)[0]; !unicode.IsLetter(r) && r != '_' {
		name = "t-" + name
	}
	base := name
	for i := 2; s.ids[name]; i++ {
		name = base + "-" + strconv.Itoa(i)
	}
	s.ids[name] = true
	return ` id="` + esc(name) + `"`
}

func (s *svgWriter) path(p Path) {
	d := ringsPath(p.Rings)
	if d == "" {
		return
	}
	s.printf(`<path%s d="%s"%s%s>%s</path>`+"\n", s.id(p.ID), d, paint("fill", p.Fill), stroke(p.Stroke, p.Width, p.Dash), title(p.Title))
}

// ringsPath is the path data of closed rings ("" for none of 3 points).
func ringsPath(rings [][]Pt) string {
	var d strings.Builder
	for _, r := range rings {
		if len(r) < 3 {
			continue
		}
		subpath(&d, r)
		d.WriteString("Z")
	}
	return d.String()
}

// hatchID is the id of the pattern of stripes in colour c.
func hatchID(c color.RGBA) string { return fmt.Sprintf("hatch-%02x%02x%02x", c.R, c.G, c.B) }

// hatchPatterns defines a pattern of diagonal stripes, rising to the
// right as the window draws them, for each hatching colour of m's
// territories and legend.
func (s *svgWriter) hatchPatterns(m *Map) {
	seen := map[string]bool{}
	add := func(c color.RGBA) {
		if transparent(c) || seen[hatchID(c)] {
			return
		}
		seen[hatchID(c)] = true
		s.printf(`<pattern id="%s" patternUnits="userSpaceOnUse" width="%s" height="%s" patternTransform="rotate(45)"><rect width="%s" height="%s"%s/></pattern>`+"\n",
			hatchID(c), num(hatchPeriod), num(hatchPeriod), num(hatchStripe), num(hatchPeriod), paint("fill", color.RGBA{c.R, c.G, c.B, 0xff}))
	}
	for _, p := range m.Territories {
		add(p.Hatch)
	}
	for _, e := range m.Legend {
		add(e.Hatch)
	}
}

func (s *svgWriter) line(l Line) {
	var d strings.Builder
	for _, part := range l.Parts {
		subpath(&d, part)
	}
	if d.Len() == 0 {
		return
	}
	s.printf(`<path%s d="%s"%s>%s</path>`+"\n", s.id(l.ID), d.String(), stroke(l.Stroke, l.Width, l.Dash), title(l.Title))
}

// subpath writes pts to d as a subpath of a path's d: a move to the
// first, a line to each of the others.
func subpath(d *strings.Builder, pts []Pt) {
	for i, q := range pts {
		if i == 0 {
			d.WriteString("M")
		} else {
			d.WriteString(" L")
		}
		d.WriteString(num(q.X) + " " + num(q.Y))
	}
}

func (s *svgWriter) label(l Label) {
	weight := ""
	if l.Bold {
		weight = ` font-weight="bold"`
	}
	halo := ""
	if !transparent(l.Halo) {
		halo = fmt.Sprintf(` paint-order="stroke" stroke-linejoin="round"%s stroke-width="%s"`, paint("stroke", l.Halo), num(l.Size/4))
	}
	s.printf(`<text x="%s" y="%s" font-size="%s"%s%s%s>%s</text>`+"\n", num(l.X), num(baseline(l)), num(l.Size), weight, paint("fill", l.Color), halo, esc(l.Text))
}

// baseline is the y of a label's baseline, for text centred on l.Y.
func baseline(l Label) float64 { return l.Y + 0.35*l.Size }

func (s *svgWriter) legend(m *Map) {
	if len(m.Legend) == 0 {
		return
	}
	b, at := m.legendLayout(func(t string, size float64) float64 { return TextWidth(t, size, false) })
	s.printf(`<g id="legend" font-family="%s" font-size="%s">`+"\n", esc(svgFontFamily), num(legendText))
	s.printf(`<rect x="%s" y="%s" width="%s" height="%s" fill="#ffffff" fill-opacity="0.85" stroke="#808080" stroke-width="0.5"/>`+"\n", num(b.X), num(b.Y), num(b.W), num(b.H))
	for i, e := range m.Legend {
		x, y := at[i].X, at[i].Y
		if e.Heading {
			s.printf(`<text x="%s" y="%s" font-weight="bold" fill="#222222">%s</text>`+"\n", num(x), num(y+legendSwatch*0.85), esc(e.Text))
			continue
		}
		mid := y + legendSwatch/2
		switch {
		case e.Line:
			if e.CasingWidth > 0 && !transparent(e.Casing) {
				s.printf(`<line x1="%s" y1="%s" x2="%s" y2="%s"%s/>`+"\n", num(x), num(mid), num(x+legendSwatch), num(mid), stroke(e.Casing, e.CasingWidth, nil))
			}
			s.printf(`<line x1="%s" y1="%s" x2="%s" y2="%s"%s/>`+"\n", num(x), num(mid), num(x+legendSwatch), num(mid), stroke(e.Stroke, lineWidth(e), e.Dash))
		case e.Disc:
			s.printf(`<circle cx="%s" cy="%s" r="%s"%s/>`+"\n", num(x+legendSwatch/2), num(mid), num(legendSwatch/2.6), paint("fill", e.Fill))
		default:
			s.printf(`<rect x="%s" y="%s" width="%s" height="%s"%s%s/>`+"\n", num(x), num(y), num(legendSwatch), num(legendSwatch), paint("fill", e.Fill), stroke(e.Stroke, 0.75, e.Dash))
			if !transparent(e.Hatch) {
				s.printf(`<rect x="%s" y="%s" width="%s" height="%s" fill="url(#%s)"/>`+"\n", num(x), num(y), num(legendSwatch), num(legendSwatch), hatchID(e.Hatch))
			}
		}
		s.printf(`<text x="%s" y="%s" fill="#222222">%s</text>`+"\n", num(x+legendSwatch+legendPad), num(y+legendSwatch*0.85), esc(e.Text))
	}
	s.printf("</g>\n")
}

func (s *svgWriter) scale(m *Map) {
	sb := m.Scale
	if sb == nil {
		return
	}
	s.printf(`<g id="scale" font-family="%s" font-size="%s" fill="#222222">`+"\n", esc(svgFontFamily), num(scaleText))
	s.printf(`<rect x="%s" y="%s" width="%s" height="3" fill="#222222"/>`+"\n", num(sb.X), num(sb.Y-3), num(sb.Length))
	s.printf(`<rect x="%s" y="%s" width="%s" height="3" fill="#ffffff" stroke="#222222" stroke-width="0.5"/>`+"\n", num(sb.X+sb.Length/2), num(sb.Y-3), num(sb.Length/2))
	s.printf(`<text x="%s" y="%s">%s</text>`+"\n", num(sb.X), num(sb.Y-6), esc(sb.Text))
	s.printf("</g>\n")
}

// esc escapes s for XML text and attribute values.
func esc(s string) string {
	var b strings.Builder
	// xml.EscapeText also escapes quotes, tabs and newlines, and replaces
	// characters XML cannot hold.
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

func title(t string) string {
	if t == "" {
		return ""
	}
	return "<title>" + esc(t) + "</title>"
}

// paint returns the attribute painting c (with its opacity), or
// attr="none" for a transparent colour.
func paint(attr string, c color.RGBA) string {
	if transparent(c) {
		return fmt.Sprintf(` %s="none"`, attr)
	}
	s := fmt.Sprintf(` %s="#%02x%02x%02x"`, attr, c.R, c.G, c.B)
	if c.A != 0xff {
		s += fmt.Sprintf(` %s-opacity="%s"`, attr, num(float64(c.A)/255))
	}
	return s
}

// stroke returns the stroke attributes, or stroke="none" for no stroke.
func stroke(c color.RGBA, width float64, dash []float64) string {
	if transparent(c) || width <= 0 {
		return ` stroke="none"`
	}
	s := paint("stroke", c) + ` stroke-width="` + num(width) + `"`
	if len(dash) > 0 {
		parts := make([]string, len(dash))
		for i, d := range dash {
			parts[i] = num(d)
		}
		s += ` stroke-dasharray="` + strings.Join(parts, " ") + `"`
	}
	return s
}

// num formats a coordinate with at most two decimals.
func num(x float64) string {
	s := strconv.FormatFloat(x, 'f', 2, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "-0" || s == "" {
		return "0"
	}
	return s
}
