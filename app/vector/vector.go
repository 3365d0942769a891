// Package vector writes maps as vector files for print and slides: SVG
// and PDF. A map is described abstractly by a Map (its page, territories
// as paths, overlay lines and markers, labels, legend, scale bar and
// caption, all in page coordinates), which FromAtlas builds from a day of
// an atlas, and WriteSVG and WritePDF write. Territories are paths and
// labels are real text, so that both can be selected and searched.
//
// Page coordinates are PostScript points (1/72 inch) from the top-left
// corner of the page, x to the right and y down.
package vector

import (
	"fmt"
	"image/color"
	"io"
	"path/filepath"
	"strings"

	"github.com/frontiers-atlas/frontiers/internal/atomicfile"
)

// Pt is a point on the page, in points from the top-left corner.
type Pt struct{ X, Y float64 }

// Page is a sheet of paper: its name, size and margins, in points.
type Page struct {
	Name          string
	Width, Height float64
	Margin        float64
}

// The pages a map is printed on, landscape, with margins of 10 mm on A4
// and half an inch on Letter.
var (
	A4     = Page{Name: "a4", Width: 841.89, Height: 595.28, Margin: 28.35}
	Letter = Page{Name: "letter", Width: 792, Height: 612, Margin: 36}
)

// PageNamed returns the page called name ("a4" or "letter", any case).
func PageNamed(name string) (Page, bool) {
	switch strings.ToLower(name) {
	case "a4":
		return A4, true
	case "letter":
		return Letter, true
	}
	return Page{}, false
}

// Map is a map laid out on a page, ready to write. Everything is drawn in
// this order: the background, the territories, the lines, the markers,
// the labels, then the legend, the scale bar and the caption.
type Map struct {
	Page Page
	// Title is the document's title (SVG <title>, PDF metadata).
	Title string
	// Frame is the rectangle the map is drawn in (inside the margins);
	// territories, lines and markers are clipped to it.
	Frame      Rect
	Background color.RGBA // the sea
	// FrameStroke, when not transparent, outlines the frame.
	FrameStroke color.RGBA

	Territories []Path
	Lines       []Line
	Markers     []Marker
	Labels      []Label
	Legend      []LegendEntry
	// LegendBeside puts the legend in columns right of the frame (which
	// leaves room for it) instead of in the frame's corner.
	LegendBeside bool
	// Scale, when not nil, is the scale bar.
	Scale *ScaleBar
	// Caption is a line of text below the map: the date, the layer and
	// the data's source; empty for none.
	Caption string
}

// Rect is a rectangle on the page.
type Rect struct{ X, Y, W, H float64 }

// Path is a filled area: a territory, or the land backdrop.
type Path struct {
	// ID is the territory's id (the SVG element's id), Title its name
	// (the SVG tooltip).
	ID, Title string
	// Rings are closed rings (the first point is not repeated); holes
	// are rings too, filled by the even-odd rule.
	Rings  [][]Pt
	Fill   color.RGBA
	Stroke color.RGBA
	// Width is the stroke width in points; 0 draws no stroke.
	Width float64
	// Dash is the dash pattern in points; empty for a solid line.
	Dash []float64
	// Hatch, when not transparent, stripes the fill diagonally (occupied
	// land, in its occupier's own colour).
	Hatch color.RGBA
}

// Line is an open line: a frontier, a sphere's edge, a sea passage.
type Line struct {
	ID, Title string
	// Parts are polylines.
	Parts  [][]Pt
	Stroke color.RGBA
	Width  float64
	Dash   []float64
}

// Marker is a point drawn as a disc: a base.
type Marker struct {
	ID, Title string
	At        Pt
	Radius    float64
	Fill      color.RGBA
	Stroke    color.RGBA
}

// Label is a piece of text on the map, centred on (X, Y).
type Label struct {
	Text string
	X, Y float64
	// Size is the font size in points.
	Size  float64
	Bold  bool
	Color color.RGBA
	// Halo, when not transparent, is drawn around the letters (SVG) or
	// behind them (PDF) so that they read over any fill.
	Halo color.RGBA
}

// LegendEntry is one row of the legend: a group's heading (bold, no
// key), or a key and its text: a swatch (a filled square, hatched when
// Hatch is not transparent), a disc (Disc) or, with Line set, a stroke
// over its casing band.
type LegendEntry struct {
	Text    string
	Heading bool
	// Level indents an entry under its state (1: land it holds).
	Level int
	Fill  color.RGBA
	Hatch color.RGBA
	Line  bool
	Disc  bool
	// Stroke and Dash draw a line key (Width points wide, 0: 2), or
	// outline a swatch.
	Stroke color.RGBA
	Width  float64
	Dash   []float64
	// Casing, CasingWidth: a band under a line key.
	Casing      color.RGBA
	CasingWidth float64
}

// ScaleBar is a bar of Length points standing for Text (e.g. "500 km"),
// its left end at (X, Y).
type ScaleBar struct {
	X, Y, Length float64
	Text         string
}

// Format is a vector file format.
type Format string

// The formats.
const (
	SVG Format = "svg"
	PDF Format = "pdf"
)

// FormatOf returns the format a file name asks for by its extension
// (".svg" or ".pdf", any case).
func FormatOf(path string) (Format, bool) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".svg":
		return SVG, true
	case ".pdf":
		return PDF, true
	}
	return "", false
}

// Write writes m in format f.
func Write(w io.Writer, m *Map, f Format) error {
	switch f {
	case SVG:
		return WriteSVG(w, m)
	case PDF:
		return WritePDF(w, m)
	}
	return fmt.Errorf("unknown vector format %q: want svg or pdf", f)
}

// WriteFile writes m to path in the format its extension names,
// atomically (a temporary file renamed into place).
func WriteFile(path string, m *Map) error {
	f, ok := FormatOf(path)
	if !ok {
		return fmt.Errorf("%s: the file name must end in .svg or .pdf", path)
	}
	return atomicfile.Write(path, func(w io.Writer) error { return Write(w, m, f) })
}

// Legend layout, shared by both writers.
const (
	legendSwatch = 9   // side of a swatch, points
	legendRow    = 9.5 // row height
	legendText   = 7   // text size
	legendPad    = 5
	legendIndent = 8  // of an entry under its state
	legendGap    = 10 // between the frame and a legend beside it
	captionSize  = 8
	scaleText    = 7.5
)

// transparent reports whether c draws nothing.
func transparent(c color.RGBA) bool { return c.A == 0 }
