package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render"
)

// The look of the map and the side panels, held by golden files in
// testdata/ in Fyne's idiom: a test that fails writes what it got to
// testdata/failed/; copy it over the golden file when the change is
// meant.

// squaresFile is the fixture atlas of the golden tests: four squares of
// 5°, one taken by East on 17 June 1940, one that appears in July 1941.
const squaresFile = "testdata/squares.geojson"

func squaresAtlas(t *testing.T) *geodata.Atlas {
	t.Helper()
	a, err := geodata.LoadFile(squaresFile, nil)
	if err != nil {
		t.Fatalf("loading %s: %v", squaresFile, err)
	}
	return a
}

func TestMapGolden(t *testing.T) {
	a := squaresAtlas(t)
	for _, tc := range []struct {
		name    string
		variant fyne.ThemeVariant
		day     string
	}{
		{"light-1940-01-01", theme.VariantLight, "1940-01-01"},
		{"light-1941-08-01", theme.VariantLight, "1941-08-01"},
		{"dark-1941-08-01", theme.VariantDark, "1941-08-01"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			app := test.NewTempApp(t)
			app.Settings().SetTheme(variantTheme{newTheme(test.Theme()), tc.variant})
			st := render.DefaultStyle()
			st.Selected = "ne"
			m := NewMap(a, WithSyncRender(), WithDay(geodata.MustDay(tc.day)), WithStyle(st))
			w := test.NewWindow(m)
			defer w.Close()
			w.SetPadded(false)
			w.Resize(fyne.NewSize(320, 240))
			v := geodata.Fit(a.Bound(), 320, 240)
			m.SetView(v.Center, v.Res*1.2)
			test.AssertImageMatches(t, "map-"+tc.name+".png", w.Canvas().Capture())
		})
	}
}

func TestPanelsGolden(t *testing.T) {
	isolateStorage(t)
	app := test.NewTempApp(t)
	app.Settings().SetTheme(newTheme(test.Theme()))
	st := newViewState(squaresAtlas(t), geodata.MustDay("1940-07-01"))
	panel := func(t *testing.T, name string, box fyne.CanvasObject) {
		t.Helper()
		w := test.NewWindow(box)
		defer w.Close()
		w.Resize(fyne.NewSize(rightWidth, 520))
		test.AssertRendersToMarkup(t, name, w.Canvas())
	}
	t.Run("territory", func(t *testing.T) {
		p := newTerritoryPanel(st, st.setDay, func(int) {})
		st.selectAt("nw", nil)
		panel(t, "territory-nw-1940-07-01.xml", p.box)
	})
	t.Run("event", func(t *testing.T) {
		p := newEventPanel(st, func(string) {})
		p.show(&st.atlas.Events()[0])
		panel(t, "event-occupation.xml", p.box)
	})
	t.Run("legend", func(t *testing.T) {
		l := newLegendBox()
		l.update(st.atlas, st.day, st.style(), st.atlas.Bound())
		panel(t, "legend-1940-07-01.xml", l.box)
	})
}
