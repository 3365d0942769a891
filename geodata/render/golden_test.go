package render

import (
	"flag"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/frontiers-atlas/frontiers/assets"
	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render/label"
)

var updateGolden = flag.Bool("update-golden", false, "rewrite geodata/render/testdata/*.png")

// goldenW and goldenH are the size of the golden renders: small, so that
// the files stay small, yet with the main states labelled.
const goldenW, goldenH = 480, 360

func bundled(t testing.TB) *geodata.Atlas {
	t.Helper()
	a, err := assets.Load()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// The renders of three days of the bundled data hold their look: at most
// 0.5% of the pixels differ from the golden image by more than a small
// amount in any channel (rasterization and font hinting may move an edge).
// Regenerate with go test ./geodata/render -run Golden -update-golden, and
// look at the images before committing them.
func TestGolden(t *testing.T) {
	a := bundled(t)
	r := New(a)
	r.SetView(geodata.Fit(geodata.Europe, goldenW, goldenH))
	for _, day := range []string{"1939-06-01", "1941-01-15", "1942-05-26"} {
		img := image.NewRGBA(image.Rect(0, 0, goldenW, goldenH))
		r.Draw(img, geodata.MustDay(day), DefaultStyle())
		path := filepath.Join("testdata", "golden-"+day+".png")
		if *updateGolden {
			f, err := os.Create(path)
			if err != nil {
				t.Fatal(err)
			}
			if err := png.Encode(f, img); err != nil {
				t.Fatal(err)
			}
			f.Close()
			continue
		}
		f, err := os.Open(path)
		if err != nil {
			t.Fatalf("%v (run with -update-golden to make it)", err)
		}
		want, err := png.Decode(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		if want.Bounds() != img.Bounds() {
			t.Fatalf("%s: golden is %v, render %v", day, want.Bounds(), img.Bounds())
		}
		bad := 0
		for y := range goldenH {
			for x := range goldenW {
				wr, wg, wb, _ := want.At(x, y).RGBA()
				g := img.RGBAAt(x, y)
				if far(wr>>8, g.R) || far(wg>>8, g.G) || far(wb>>8, g.B) {
					bad++
				}
			}
		}
		if limit := goldenW * goldenH / 200; bad > limit {
			t.Errorf("%s: %d pixels differ from %s (at most %d may)", day, bad, path, limit)
		}
	}
}

func far(a uint32, b uint8) bool {
	d := int(a) - int(b)
	return d > 24 || d < -24
}

// No label names a holder or a region outside the days its name was in
// use: every tier-0 label is its holder's label of the day (or its
// abbreviation), every tier-1 label a region of the day, on every day the
// data or a name changes, in both layers.
func TestLabelsOfTheDay(t *testing.T) {
	a := bundled(t)
	names := DefaultNames()
	if names == nil {
		t.Fatal("the bundled names do not load")
	}
	days := slices.Clone(a.ChangeDays())
	add := func(d geodata.Day) {
		if d > label.Open && d < label.Forever && d >= geodata.First && d <= geodata.Last {
			days = append(days, d, d-1)
		}
	}
	for _, h := range names.AllHolders() {
		for _, l := range h.Labels {
			add(l.Start)
			add(l.End)
		}
	}
	for _, rg := range names.AllRegions() {
		add(rg.Start)
		add(rg.End)
	}
	slices.Sort(days)
	days = slices.Compact(days)
	r := New(a)
	r.SetView(geodata.Fit(geodata.Europe, 640, 480))
	img := image.NewRGBA(image.Rect(0, 0, 640, 480))
	n := 0
	for _, layer := range []geodata.Layer{geodata.Control, geodata.Sovereignty} {
		s := DefaultStyle()
		s.Layer = layer
		for _, d := range days {
			for _, p := range r.Draw(img, d, s) {
				n++
				if p.Tier == 1 {
					ok := slices.ContainsFunc(names.Regions(d, ""), func(rg label.Region) bool { return rg.Text == p.Text })
					if !ok {
						t.Errorf("%s %s: region %q shown off its days", d, layer, p.Text)
					}
					continue
				}
				holder, _, _ := strings.Cut(p.ID, "#")
				text, ok := names.HolderLabel(holder, d, "")
				if !ok || (p.Text != text && p.Text != names.HolderShort(holder, d, "")) {
					t.Errorf("%s %s: %q labelled %q, its label that day is %q", d, layer, holder, p.Text, text)
				}
			}
		}
	}
	if n < len(days) {
		t.Errorf("%d labels on %d days", n, len(days))
	}
}

// The states of 1 September 1939 are named as a period atlas names them:
// Poland, Yugoslavia and France once each, the Soviet Union as such, and
// no name of a part of them.
func TestLabels1939(t *testing.T) {
	r := New(bundled(t))
	r.SetView(geodata.Fit(geodata.Europe, 1600, 1200))
	img := image.NewRGBA(image.Rect(0, 0, 1600, 1200))
	count := map[string]int{}
	for _, p := range r.Draw(img, geodata.MustDay("1939-09-01"), DefaultStyle()) {
		if p.Tier == 0 {
			count[p.Text]++
		}
	}
	for _, s := range []string{"Poland", "Yugoslavia", "Germany", "Soviet Union"} {
		if count[s] != 1 {
			t.Errorf("%s labelled %d times: %v", s, count[s], count)
		}
	}
	for _, s := range []string{"Pomorze", "Croatia", "Serbia", "Northern France", "Russia"} {
		if count[s] != 0 {
			t.Errorf("%q labelled as a holder", s)
		}
	}
}
