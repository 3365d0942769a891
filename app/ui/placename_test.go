package ui

import (
	"strings"
	"sync"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/assets"
	"github.com/frontiers-atlas/frontiers/geodata"
)

var bundled = sync.OnceValues(assets.Load)

func bundledAtlas(t testing.TB) *geodata.Atlas {
	t.Helper()
	a, err := bundled()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// The tip and the details' header name a place as the map does that day:
// the holder's label of the day, a region only on its days, nothing twice.
func TestMapNameBundled(t *testing.T) {
	test.NewTempApp(t)
	a := bundledAtlas(t)
	for _, tt := range []struct {
		id, day string
		layer   geodata.Layer
		want    string
	}{
		{"tr-turkey", "1942-05-26", geodata.Control, "Turkey"},
		{"pl-krakow-radom", "1942-05-26", geodata.Control, "General Government"},
		{"pl-krakow-radom", "1939-06-01", geodata.Control, "Poland"},
		{"md-bessarabia", "1939-06-01", geodata.Control, "Bessarabia — Romania"},
		// Soviet from 28 June 1940; "Bessarabia" not the name of the
		// day, the Moldavian SSR not yet (2 August).
		{"md-bessarabia", "1940-07-15", geodata.Control, "Soviet Union"},
		{"md-bessarabia", "1941-01-15", geodata.Control, "Moldavian SSR — Soviet Union"},
		{"gr-greece-italian-zone", "1942-05-26", geodata.Control, "Italian-occupied Greece"},
		{"gr-greece-italian-zone", "1942-05-26", geodata.Sovereignty, "Greece"},
		{"dz-algeria", "1941-01-15", geodata.Control, "Algeria"},
		{"dz-algeria", "1939-06-01", geodata.Control, "Algeria"},
		{"ma-french-morocco", "1942-05-26", geodata.Control, "French Morocco"},
		{"it-italy", "1942-05-26", geodata.Control, "Italy"},
	} {
		t.Run(tt.id+"/"+tt.day, func(t *testing.T) {
			d := geodata.MustDay(tt.day)
			f := a.Version(tt.id, d)
			if f == nil {
				t.Fatalf("no version of %s on %s", tt.id, tt.day)
			}
			if got := mapName(a, f, tt.layer, d); got != tt.want {
				t.Errorf("mapName = %q, want %q", got, tt.want)
			}
		})
	}
}

// On the bundled map the tip names what is under the pointer as the map
// names it, follows a zoom and leaves with the pointer.
func TestHoverBundled(t *testing.T) {
	test.NewTempApp(t)
	m := NewMap(bundledAtlas(t), WithSyncRender())
	w := test.NewTempWindow(t, m)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(800, 600))
	m.SetDay(geodata.MustDay("1942-05-26"))
	m.SetView(geodata.Project(orb.Point{20.6, 50.6}), m.View().Res)
	p := m.PositionOf(orb.Point{20.6, 50.6})
	m.MouseIn(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: p}})
	if got := hoverText(m); got != "General Government" {
		t.Errorf("tip over Kielce on 26 May 1942: %q", got)
	}
	m.SetDay(geodata.MustDay("1939-06-01"))
	if got := hoverText(m); got != "Poland" {
		t.Errorf("tip over Kielce on 1 June 1939: %q", got)
	}
	// Zoomed out around the centre, the point under the pointer is another.
	for range 4 {
		m.ZoomOut()
	}
	if got, want := hoverText(m), mapName(m.atlas, m.FeatureAt(p), geodata.Control, m.Day()); got != want || strings.Contains(got, "(") {
		t.Errorf("after zooming out the tip says %q, want %q", got, want)
	}
	m.MouseOut()
	if got := hoverText(m); got != "" {
		t.Errorf("the pointer left, the tip says %q", got)
	}
}

// The details' header on the bundled data is the map's name of the day.
func TestDetailsHeaderBundled(t *testing.T) {
	isolateStorage(t)
	u := newUI(test.NewTempApp(t), bundledAtlas(t), uiForTests())
	u.restore(geodata.MustDay("1942-05-26"))
	u.win.Resize(fyne.NewSize(windowWidth, windowHeight))
	t.Cleanup(func() { u.close(); u.win.Close() })
	for _, tt := range []struct{ id, want string }{
		{"tr-turkey", "Turkey"},
		{"pl-krakow-radom", "General Government"},
		{"gr-greece-italian-zone", "Italian-occupied Greece"},
	} {
		u.selectTerritory(tt.id)
		if got := u.terr.name.Text; got != tt.want {
			t.Errorf("header for %s: %q, want %q", tt.id, got, tt.want)
		}
	}
}
