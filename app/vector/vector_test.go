package vector

import (
	"bytes"
	"image/color"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/assets"
	"github.com/frontiers-atlas/frontiers/assets/assetstest"
	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/internal/testfile"
)

// baltic is the map of 6 August 1940 around the Baltic states.
func baltic(t *testing.T) *Map {
	b := orb.Bound{Min: orb.Point{19, 53}, Max: orb.Point{30.5, 60.5}}
	return FromAtlas(assetstest.Atlas(t), geodata.MustDay("1940-08-06"), b, Options{
		Layer: geodata.Sovereignty, Topics: []string{"baltic"}, Overlays: []string{"frontier", "sphere"},
		Land: assets.Land(),
	})
}

func TestFromAtlasSVG(t *testing.T) {
	m := baltic(t)
	var buf bytes.Buffer
	if err := WriteSVG(&buf, m); err != nil {
		t.Fatal(err)
	}
	doc := testfile.ParseSVG(t, buf.Bytes())
	// A path per territory laid out, with its id, plus the land.
	if len(doc.Territories) != len(m.Territories) {
		t.Errorf("%d paths for %d territories", len(doc.Territories), len(m.Territories))
	}
	ids := map[string]bool{}
	for _, p := range doc.Territories {
		ids[p.ID] = true
		if !strings.HasPrefix(p.D, "M") || !strings.HasSuffix(p.D, "Z") {
			t.Errorf("path %s: d=%.40q", p.ID, p.D)
		}
	}
	for _, id := range []string{"land", "ee-north", "lv-latvia", "lt-lithuania", "lt-vilnius", "fi-finland", "pl-bialystok"} {
		if !ids[id] {
			t.Errorf("no path for %s", id)
		}
	}
	for _, id := range []string{"es-spain", "fr-occupied-north", "gb-united-kingdom"} {
		if ids[id] {
			t.Errorf("path for %s, outside the view", id)
		}
	}
	// Every territory valid on the day that lies well inside the view is on the map.
	inner := orb.Bound{Min: orb.Point{21, 55}, Max: orb.Point{28, 58.5}}
	for _, f := range assetstest.Atlas(t).At(geodata.MustDay("1940-08-06")) {
		if f.Kind == geodata.KindTerritory && f.Bound.Intersects(inner) && !ids[f.ID] {
			t.Errorf("territory %s in the view has no path", f.ID)
		}
	}
	// A <text> for each label, the caption and the legend.
	texts := strings.Join(doc.Texts, "\n")
	if len(m.Labels) < 4 {
		t.Fatalf("only %d labels: %+v", len(m.Labels), m.Labels)
	}
	for _, l := range m.Labels {
		if !slices.Contains(doc.Texts, l.Text) {
			t.Errorf("no <text> for label %q", l.Text)
		}
	}
	for _, want := range []string{"Estonia", "Latvia", "Soviet Union", "6 August 1940", "sovereignty layer", "Soviet western frontier", " km"} {
		if !strings.Contains(texts, want) {
			t.Errorf("no text with %q in\n%s", want, texts)
		}
	}
}

func TestFromAtlasOptions(t *testing.T) {
	a := assetstest.Atlas(t)
	b := orb.Bound{Min: orb.Point{19, 53}, Max: orb.Point{30.5, 60.5}}
	m := FromAtlas(a, geodata.MustDay("1940-08-06"), b, Options{NoLegend: true, NoCaption: true, Page: Letter})
	if len(m.Legend) != 0 || m.Caption != "" || m.Page != Letter {
		t.Errorf("legend %d caption %q page %v", len(m.Legend), m.Caption, m.Page.Name)
	}
	f := m.Frame
	if f.X != Letter.Margin || f.Y != Letter.Margin || f.W != Letter.Width-2*Letter.Margin || f.H != Letter.Height-2*Letter.Margin {
		t.Errorf("frame %+v on Letter", f)
	}
	// Everything lies within the frame, give or take the clip's 2 points.
	for _, p := range m.Territories {
		for _, r := range p.Rings {
			for _, q := range r {
				if q.X < f.X-2.01 || q.X > f.X+f.W+2.01 || q.Y < f.Y-2.01 || q.Y > f.Y+f.H+2.01 {
					t.Fatalf("%s: point %v outside the frame %+v", p.ID, q, f)
				}
			}
		}
	}
	// The map of control and that of sovereignty differ in Latvia's colour
	// on 1 July 1940 (occupied, not yet annexed).
	d := geodata.MustDay("1940-07-01")
	fill := func(l geodata.Layer) color.RGBA {
		for _, p := range FromAtlas(a, d, b, Options{Layer: l}).Territories {
			if p.ID == "lv-latvia" {
				return p.Fill
			}
		}
		t.Fatal("no Latvia")
		return color.RGBA{}
	}
	if fill(geodata.Control) == fill(geodata.Sovereignty) {
		t.Error("Latvia has the same colour on both layers while occupied")
	}
}

// sample is a hand-made map with awkward text.
func sample() *Map {
	m := &Map{
		Page: A4, Title: `Test <map> & "quotes"`, Frame: Rect{28, 28, 785, 520},
		Background: color.RGBA{0xd4, 0xe4, 0xee, 0xff}, Caption: "Frontiers — 26 May 1942 — a & b < c",
	}
	m.Territories = []Path{
		{ID: "pl-łódź", Title: "Łódź <Litzmannstadt>", Rings: [][]Pt{{{100, 100}, {300, 100}, {300, 300}, {100, 300}}, {{150, 150}, {250, 150}, {250, 250}, {150, 250}}},
			Fill: color.RGBA{0xe6, 0xa0, 0xb4, 0xff}, Stroke: color.RGBA{0, 0, 0, 0xff}, Width: 0.5},
		{ID: "1-numeric", Rings: [][]Pt{{{400, 100}, {500, 100}, {450, 200}}}, Fill: color.RGBA{0xd9, 0x7b, 0x6c, 0x80}},
	}
	m.Lines = []Line{{ID: "frontier", Parts: [][]Pt{{{50, 50}, {700, 500}}}, Stroke: color.RGBA{0xb0, 0x10, 0x10, 0xff}, Width: 1.5, Dash: []float64{4, 3}}}
	m.Markers = []Marker{{ID: "base", At: Pt{600, 300}, Radius: 4, Fill: color.RGBA{0x10, 0x40, 0xa0, 0xff}}}
	m.Labels = []Label{
		{Text: "Łódź", X: 200, Y: 120, Size: 10, Color: color.RGBA{0x20, 0x1c, 0x18, 0xff}, Halo: color.RGBA{0xff, 0xff, 0xff, 0xff}},
		{Text: "Klaipėda", X: 450, Y: 140, Size: 9, Bold: true, Color: color.RGBA{0x20, 0x1c, 0x18, 0xff}},
		{Text: "Москва", X: 650, Y: 200, Size: 12, Color: color.RGBA{0x20, 0x1c, 0x18, 0xff}},
		{Text: `A & B <"C">`, X: 600, Y: 400, Size: 8, Color: color.RGBA{0x20, 0x1c, 0x18, 0xff}},
	}
	m.Legend = []LegendEntry{{Text: "Poland", Fill: color.RGBA{0xe6, 0xa0, 0xb4, 0xff}}, {Text: "Frontier", Line: true, Stroke: color.RGBA{0xb0, 0x10, 0x10, 0xff}}}
	m.Scale = &ScaleBar{X: 40, Y: 530, Length: 100, Text: "500 km"}
	return m
}

func TestSVGEscaping(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteSVG(&buf, sample()); err != nil {
		t.Fatal(err)
	}
	doc := testfile.ParseSVG(t, buf.Bytes())
	if len(doc.Territories) != 2 || doc.Territories[0].ID != "pl-łódź" || doc.Territories[1].ID != "t-1-numeric" {
		t.Errorf("paths %+v", doc.Territories)
	}
	for _, want := range []string{"Łódź", "Klaipėda", "Москва", `A & B <"C">`, "Frontiers — 26 May 1942 — a & b < c", "Poland", "500 km"} {
		if !slices.Contains(doc.Texts, want) {
			t.Errorf("no <text> %q in %q", want, doc.Texts)
		}
	}
	if !slices.Contains(doc.Titles, `Test <map> & "quotes"`) || !slices.Contains(doc.Titles, "Łódź <Litzmannstadt>") {
		t.Errorf("titles %q", doc.Titles)
	}
}

// pdfText extracts the text of a PDF with pdftotext (poppler-utils).
func pdfText(t *testing.T, m *Map) string {
	t.Helper()
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext (Debian package poppler-utils) is not installed: the PDF's text is not checked")
	}
	path := filepath.Join(t.TempDir(), "map.pdf")
	if err := WriteFile(path, m); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	if !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Fatalf("not a PDF: %.20q", data)
	}
	out, err := exec.Command(bin, "-enc", "UTF-8", path, "-").CombinedOutput()
	if err != nil {
		t.Fatalf("pdftotext: %v\n%s", err, out)
	}
	return string(out)
}

func TestPDFText(t *testing.T) {
	text := pdfText(t, sample())
	for _, want := range []string{"Łódź", "Klaipėda", "Москва", `A & B <"C">`, "Poland", "500 km", "26 May 1942"} {
		if !strings.Contains(text, want) {
			t.Errorf("pdftotext finds no %q in\n%s", want, text)
		}
	}
}

func TestFromAtlasPDF(t *testing.T) {
	m := baltic(t)
	text := pdfText(t, m)
	for _, l := range m.Labels {
		if !strings.Contains(text, l.Text) {
			t.Errorf("pdftotext finds no label %q", l.Text)
		}
	}
	if !strings.Contains(text, "6 August 1940") {
		t.Errorf("no caption in\n%s", text)
	}
}

func TestPDFPageSize(t *testing.T) {
	bin, err := exec.LookPath("pdfinfo")
	if err != nil {
		t.Skip("pdfinfo (poppler-utils) is not installed")
	}
	for _, page := range []Page{A4, Letter} {
		m := sample()
		m.Page = page
		path := filepath.Join(t.TempDir(), "p.pdf")
		if err := WriteFile(path, m); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(bin, path).Output()
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]string{"a4": "841.89 x 595.28 pts", "letter": "792 x 612 pts"}[page.Name]
		if !strings.Contains(string(out), want) {
			t.Errorf("%s: pdfinfo says\n%s", page.Name, out)
		}
	}
}

func TestFormatOf(t *testing.T) {
	for _, c := range []struct {
		path string
		f    Format
		ok   bool
	}{{"map.svg", SVG, true}, {"MAP.PDF", PDF, true}, {"map.png", "", false}, {"map", "", false}} {
		if f, ok := FormatOf(c.path); f != c.f || ok != c.ok {
			t.Errorf("FormatOf(%q) = %q, %v", c.path, f, ok)
		}
	}
	if err := WriteFile(filepath.Join(t.TempDir(), "x.png"), sample()); err == nil {
		t.Error("WriteFile to .png")
	}
	if p, ok := PageNamed("Letter"); !ok || p != Letter {
		t.Error("PageNamed(Letter)")
	}
}

func TestTextWidth(t *testing.T) {
	if w := TextWidth("Latvia", 10, false); w < 20 || w > 40 {
		t.Errorf("Latvia at 10 pt is %g pt wide", w)
	}
	if TextWidth("Latvia", 10, true) <= TextWidth("Latvia", 10, false) {
		t.Error("bold no wider")
	}
	if TextWidth("Москва", 20, false) != 2*TextWidth("Москва", 10, false) {
		t.Error("not linear in size")
	}
}

func TestRender(t *testing.T) {
	dir := t.TempDir()
	b := orb.Bound{Min: orb.Point{19, 53}, Max: orb.Point{30.5, 60.5}}
	for _, name := range []string{"m.svg", "m.pdf"} {
		if err := Render(filepath.Join(dir, name), assetstest.Atlas(t), geodata.Signing, b, Options{}); err != nil {
			t.Fatal(err)
		}
	}
	svg, _ := os.ReadFile(filepath.Join(dir, "m.svg"))
	pdf, _ := os.ReadFile(filepath.Join(dir, "m.pdf"))
	if !bytes.HasPrefix(svg, []byte("<?xml")) || !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		t.Errorf("svg %.10q pdf %.10q", svg, pdf)
	}
	if err := Render(filepath.Join(dir, "m.png"), assetstest.Atlas(t), geodata.Signing, b, Options{}); err == nil || !strings.Contains(err.Error(), ".svg or .pdf") {
		t.Errorf("png: %v", err)
	}
}
