package ui

import (
	"image/color"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render"
	"github.com/frontiers-atlas/frontiers/geodata/render/colour"
)

func TestScaleBar(t *testing.T) {
	u := newTestUI(t, test.NewTempApp(t), 0)
	check := func(what string) float64 {
		t.Helper()
		text, px := scaleText(u.mapw)
		km, err := strconv.ParseFloat(strings.TrimSuffix(text, " km"), 64)
		if err != nil || px <= 0 || px > scaleBarMax {
			t.Fatalf("%s: scale bar %q, %v px", what, text, px)
		}
		gr := geodata.GroundResolution(u.mapw.View())
		if got := float64(px) * gr / 1000; math.Abs(got-km)/km > 0.01 {
			t.Errorf("%s: %v px of %v m stand for %v km, the bar says %v km", what, px, gr, got, km)
		}
		return km
	}
	europe := check("Europe")
	u.mapw.ZoomIn()
	u.mapw.ZoomIn()
	if near := check("zoomed in"); near >= europe {
		t.Errorf("zoomed in: %v km, Europe %v km", near, europe)
	}
	// Far north-east the bar follows the ground, not the nominal
	// resolution of the projection.
	u.mapw.SetView(geodata.Project(orbPt(45, 66)), u.mapw.View().Res)
	check("Arkhangelsk")
}

func TestReadingAids(t *testing.T) {
	a := test.NewTempApp(t)
	u := newTestUI(t, a, mustDay("1942-05-26"))
	if u.mapw.Style().Graticule != 0 || u.mapw.Style().Palette != render.Standard {
		t.Fatalf("aids on at first: %+v", u.mapw.Style())
	}
	before := captureMap(t, u)
	menuItem(t, u, "View", "Graticule").Action()
	if !u.st.graticule || u.mapw.Style().Graticule != 10 || !menuItem(t, u, "View", "Graticule").Checked {
		t.Errorf("graticule not on")
	}
	if n := diffPixels(before, captureMap(t, u)); n < 200 {
		t.Errorf("the graticule changed %d pixels", n)
	}
	u.mapw.ZoomIn()
	u.mapw.ZoomIn()
	u.mapw.ZoomIn()
	u.mapw.ZoomIn()
	if st := u.mapw.r.shown.style.Graticule; st != 5 {
		t.Errorf("zoomed in to %v m/px: graticule every %v°, want 5°", u.mapw.View().Res, st)
	}
	u.mapw.ResetView()

	menuItem(t, u, "View", "Colour-blind palette").Action()
	if u.mapw.Style().Palette != render.ColorBlind {
		t.Errorf("palette %v", u.mapw.Style().Palette)
	}
	p := u.mapw.PositionOf(inEastmark)
	c := u.mapw.r.display.RGBAAt(int(p.X), int(p.Y))
	if want := render.ColorBlind.Color(geodata.Holder{Name: "East", COW: 365}); c != want {
		t.Errorf("Eastmark in the colour-blind palette: %v, want %v", c, want)
	}

	// The map follows the theme, in the palette chosen.
	a.Settings().SetTheme(variantTheme{newTheme(theme.DefaultTheme()), theme.VariantDark})
	if p := u.mapw.Style().Colours(); p.Theme() != colour.Dark || p.Variant() != colour.ColourBlind {
		t.Errorf("theme change: map palette %v %v, want colour-blind dark", p.Variant(), p.Theme())
	}
	a.Settings().SetTheme(variantTheme{newTheme(theme.DefaultTheme()), theme.VariantLight})
	if p := u.mapw.Style().Colours(); p.Theme() != colour.Light {
		t.Errorf("back to light: map palette %v %v", p.Variant(), p.Theme())
	}

	// Remembered.
	u.close()
	v := newTestUI(t, a, 0)
	if !v.st.graticule || !v.st.colorBlind || v.mapw.Style().Palette != render.ColorBlind || v.mapw.Style().Graticule == 0 ||
		!menuItem(t, v, "View", "Colour-blind palette").Checked {
		t.Errorf("not restored: graticule %v, colour-blind %v", v.st.graticule, v.st.colorBlind)
	}
}

func TestDropDataset(t *testing.T) {
	q := newUIQueue(t)
	u := newTestUI(t, test.NewTempApp(t), 0)
	old := u.st.atlas
	dir := t.TempDir()
	txt := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(txt, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	u.dropped(u.mapw.Position(), []fyne.URI{storage.NewFileURI(txt)})
	if u.st.atlas != old || !strings.Contains(overlayText(u.win), "Drop a GeoJSON dataset") {
		t.Errorf("a text file: atlas replaced %v, problems %q", u.st.atlas != old, overlayText(u.win))
	}
	abs, err := filepath.Abs(miniFile)
	if err != nil {
		t.Fatal(err)
	}
	u.dropped(u.mapw.Position(), []fyne.URI{storage.NewFileURI(txt), storage.NewFileURI(abs)})
	// It loads on a goroutine of its own, behind a progress dialog.
	if u.loading != abs || u.win.Canvas().Overlays().Top() == nil {
		t.Errorf("loading %q, want %q behind a progress dialog", u.loading, abs)
	}
	q.runUntil(t, "the dropped dataset to load", func() bool { return u.st.atlas != old })
	if u.mapw.Atlas() != u.st.atlas {
		t.Error("the dropped dataset is not shown")
	}
}

// variantTheme is the default theme in one variant, whatever the app's.
type variantTheme struct {
	fyne.Theme
	v fyne.ThemeVariant
}

func (t variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.v)
}
