package vector

import (
	"bytes"
	"strings"
	"testing"

	"github.com/frontiers-atlas/frontiers/assets/assetstest"
	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render"
)

// The page's legend is the window's: Palette.Legend's groups in order,
// each a heading then its entries, occupations under their occupier and
// hatched in its colour, both Soviet frontiers their own line; it stands
// beside the map, which leaves it room; occupied land is hatched on the
// map too, in SVG and PDF.
func TestLegendIsPaletteLegend(t *testing.T) {
	a := assetstest.Atlas(t)
	d := geodata.MustDay("1941-01-15")
	st := render.DefaultStyle()
	m := FromAtlas(a, d, geodata.Europe, Options{Layer: geodata.Control, Topics: st.Topics, Overlays: st.Overlays})
	pal := render.Style{}.Colours()
	groups := pal.Legend(a, d, geodata.Control, geodata.Europe)
	var want []string
	for _, g := range groups {
		want = append(want, "# "+g.Title)
		for _, e := range g.Entries {
			want = append(want, e.Text)
		}
	}
	var got []string
	for _, e := range m.Legend {
		text := strings.TrimSuffix(e.Text, " (reference, not in force)")
		if e.Heading {
			text = "# " + text
		}
		got = append(got, text)
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("legend rows\n%s\nwant Palette.Legend's\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	germany := pal.StateColour(pal.Scheme().State("Germany"))
	var gg, f39, f41 *LegendEntry
	for i, e := range m.Legend {
		switch e.Text {
		case "General Government":
			gg = &m.Legend[i]
		}
		if strings.HasPrefix(e.Text, "Soviet western frontier of 1 September 1939") {
			f39 = &m.Legend[i]
		}
		if strings.HasPrefix(e.Text, "Soviet western frontier of 22 June 1941") {
			f41 = &m.Legend[i]
		}
	}
	if gg == nil || gg.Level != 1 || gg.Hatch != germany {
		t.Errorf("General Government entry %+v: want under Germany, hatched in Germany's %v", gg, germany)
	}
	if f39 == nil || f41 == nil || len(f39.Dash) == 0 || f41.CasingWidth == 0 {
		t.Errorf("Soviet frontiers %+v, %+v: want the 1939 one dashed, the 1941 one cased", f39, f41)
	}
	if !m.LegendBeside {
		t.Fatal("the legend is not beside the map")
	}
	b := m.legendBox(func(t string, size float64) float64 { return TextWidth(t, size, false) })
	if b.X < m.Frame.X+m.Frame.W || b.X+b.W > m.Page.Width || b.Y+b.H > m.Frame.Y+m.Frame.H+1 {
		t.Errorf("legend box %+v does not stand beside the frame %+v on the page %vx%v", b, m.Frame, m.Page.Width, m.Page.Height)
	}
	hatched := 0
	for _, p := range m.Territories {
		if p.Hatch == germany {
			hatched++
		}
	}
	if hatched == 0 {
		t.Error("no territory hatched in Germany's colour on 15 January 1941")
	}
	var svg bytes.Buffer
	if err := WriteSVG(&svg, m); err != nil {
		t.Fatal(err)
	}
	if id := hatchID(germany); !strings.Contains(svg.String(), `<pattern id="`+id+`"`) || !strings.Contains(svg.String(), `fill="url(#`+id+`)"`) {
		t.Errorf("the SVG has no pattern %s in use", id)
	}
	if err := WritePDF(&bytes.Buffer{}, m); err != nil {
		t.Fatal(err)
	}
}
