package colour

import (
	"fmt"
	"image/color"
	"sort"
	"sync"
	"testing"

	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// The thresholds of the package documentation, in CIEDE2000.
const (
	minApart    = 10 // main actors, pairwise; neighbours of different states
	minLandSea  = 20 // any land against the sea
	minCVDSea   = 12 // any land against the sea, as a deuteranope or protanope sees them
	minTintSelf = 6  // occupied land against its occupier's own
)

// MainActors are the states the legend and the tests hold apart first.
var mainActors = []string{"Germany", "Italy", "Soviet Union", "United Kingdom", "France", "Finland", "Romania", "Hungary", "Bulgaria", "Turkey"}

func palettes(t *testing.T, s *Scheme, f func(t *testing.T, p *Palette)) {
	for _, v := range Variants {
		for _, th := range Themes {
			t.Run(v.String()+"/"+th.String(), func(t *testing.T) { f(t, s.Palette(v, th)) })
		}
	}
}

// (a) The main actors are told apart at a glance in every palette and
// theme, and, in the colour-blind palette, also as deuteranopes and
// protanopes see them.
func TestMainActorsApart(t *testing.T) {
	s := bundledScheme(t)
	palettes(t, s, func(t *testing.T, p *Palette) {
		views := []struct {
			name string
			f    func(color.RGBA) color.RGBA
		}{{"", func(c color.RGBA) color.RGBA { return c }}}
		if p.Variant() == ColourBlind {
			for _, d := range Deficiencies {
				views = append(views, struct {
					name string
					f    func(color.RGBA) color.RGBA
				}{" (" + d.String() + ")", func(c color.RGBA) color.RGBA { return Simulate(c, d) }})
			}
		}
		for _, view := range views {
			worst := 1e9
			for i, a := range mainActors {
				for _, b := range mainActors[i+1:] {
					sa, sb := s.State(a), s.State(b)
					if sa == nil || sb == nil {
						t.Fatalf("%s or %s is not a state of the palette", a, b)
					}
					ca, cb := view.f(p.StateColour(sa)), view.f(p.StateColour(sb))
					d := DeltaE2000(ca, cb)
					worst = min(worst, d)
					if d < minApart {
						t.Errorf("%s %s and %s %s%s: ΔE00 %.1f < %d", a, Hex(ca), b, Hex(cb), view.name, d, minApart)
					}
				}
			}
			t.Logf("closest pair of main actors%s: ΔE00 %.1f", view.name, worst)
		}
	})
}

// (b) On every change day, in both layers, any two territories that
// touch differ by ΔE00 ≥ 10 unless they count for the same state.
func TestNeighboursApart(t *testing.T) {
	s := bundledScheme(t)
	a := bundledAtlas(t)
	touching := touchingOnce()
	if len(touching) < 500 {
		t.Fatalf("only %d touching pairs", len(touching))
	}
	palettes(t, s, func(t *testing.T, p *Palette) {
		type bad struct {
			f, g string
			d    float64
		}
		seen := map[[2]string]bad{}
		checked, worst, worstPair := 0, 1e9, ""
		for _, d := range days(a) {
			for _, pr := range touching {
				f, g := pr[0], pr[1]
				if !f.ValidOn(d) || !g.ValidOn(d) {
					continue
				}
				for _, l := range layers {
					pf, pg := p.Paint(f, l, d), p.Paint(g, l, d)
					if pf.State == pg.State {
						continue
					}
					checked++
					de := DeltaE2000(pf.Fill, pg.Fill)
					if de < worst {
						worst, worstPair = de, f.Holder(l).Name+" / "+g.Holder(l).Name
					}
					if de < minApart {
						k := [2]string{f.Holder(l).Name, g.Holder(l).Name}
						if _, ok := seen[k]; !ok {
							seen[k] = bad{fmt.Sprintf("%s (%s, %s)", f.ID, k[0], Hex(pf.Fill)), fmt.Sprintf("%s (%s, %s)", g.ID, k[1], Hex(pg.Fill)), de}
							t.Errorf("%s, %s layer: %s touches %s: ΔE00 %.1f < %d", d, l, seen[k].f, seen[k].g, de, minApart)
						}
					}
				}
			}
		}
		t.Logf("%d neighbour checks on %d days; closest: %s, ΔE00 %.1f", checked, len(days(a)), worstPair, worst)
	})
}

// (c) Land is never mistaken for the sea: the land outside the data and
// every fill drawn (states, occupied land, dependencies) against the sea,
// and, in the colour-blind palette, as deuteranopes and protanopes see
// them too.
func TestLandAndSeaApart(t *testing.T) {
	s := bundledScheme(t)
	a := bundledAtlas(t)
	palettes(t, s, func(t *testing.T, p *Palette) {
		if d := DeltaE2000(p.Land(), p.Sea()); d < minLandSea {
			t.Errorf("land outside the data %s and sea %s: ΔE00 %.1f < %d", Hex(p.Land()), Hex(p.Sea()), d, minLandSea)
		}
		fills := map[string]color.RGBA{}
		for _, f := range a.Features() {
			if f.Kind != geodata.KindTerritory {
				continue
			}
			for _, l := range layers {
				pt := p.Paint(f, l, 0)
				fills[fmt.Sprintf("%s (%v)", pt.State.Name, pt.Regime)] = pt.Fill
			}
		}
		names := make([]string, 0, len(fills))
		for k := range fills {
			names = append(names, k)
		}
		sort.Strings(names)
		worst, worstCVD := 1e9, 1e9
		for _, k := range names {
			c := fills[k]
			d := DeltaE2000(c, p.Sea())
			worst = min(worst, d)
			if d < minLandSea {
				t.Errorf("%s %s and sea %s: ΔE00 %.1f < %d", k, Hex(c), Hex(p.Sea()), d, minLandSea)
			}
			if p.Variant() != ColourBlind {
				continue
			}
			for _, def := range Deficiencies {
				d := DeltaE2000(Simulate(c, def), Simulate(p.Sea(), def))
				worstCVD = min(worstCVD, d)
				if d < minCVDSea {
					t.Errorf("%s %s and sea %s as %v: ΔE00 %.1f < %d", k, Hex(c), Hex(p.Sea()), def, d, minCVDSea)
				}
			}
		}
		if p.Variant() == ColourBlind {
			t.Logf("%d fills; closest to the sea: ΔE00 %.1f, as dichromats see them %.1f", len(fills), worst, worstCVD)
		} else {
			t.Logf("%d fills; closest to the sea: ΔE00 %.1f", len(fills), worst)
		}
	})
}

// Occupied land stays in its occupier's family but is told from its own
// land; it is lighter in the light theme, and hatched in the occupier's
// own colour.
func TestOccupiedTint(t *testing.T) {
	s := bundledScheme(t)
	palettes(t, s, func(t *testing.T, p *Palette) {
		for _, name := range s.States() {
			st := s.State(name)
			own := p.StateColour(st)
			occ := p.PaintOf(st, Occupation)
			if !occ.Hatch || occ.Stripe != own {
				t.Errorf("%s: occupied land not hatched in its colour: %+v", name, occ)
			}
			if d := DeltaE2000(occ.Fill, own); d < minTintSelf {
				t.Errorf("%s: occupied %s and own %s: ΔE00 %.1f < %d", name, Hex(occ.Fill), Hex(own), d, minTintSelf)
			}
			if p.Theme() == Light && ToLab(occ.Fill).L <= ToLab(own).L {
				t.Errorf("%s: occupied %s not lighter than own %s", name, Hex(occ.Fill), Hex(own))
			}
			if dep := p.PaintOf(st, Dependency); dep.Hatch || dep.Fill == own {
				t.Errorf("%s: a dependency is drawn %+v", name, dep)
			}
		}
	})
}

// Every holder of the bundled data is named in the palette file, so that
// none is coloured by chance; and the regimes fall where they should.
func TestHoldersMapped(t *testing.T) {
	s := bundledScheme(t)
	a := bundledAtlas(t)
	missing := map[string]bool{}
	for _, f := range a.Features() {
		if f.Kind != geodata.KindTerritory {
			continue
		}
		for _, h := range []geodata.Holder{f.Controller, f.Sovereign} {
			if !s.Known(h.Name) && !missing[h.Name] {
				missing[h.Name] = true
				t.Errorf("holder %q (feature %s) is not in the palette file", h.Name, f.ID)
			}
		}
	}
	for _, tc := range []struct {
		holder string
		state  string
		regime Regime
	}{
		{"Germany", "Germany", Own},
		{"Germany (General Government)", "Germany", Occupation},
		{"Germany (military administration)", "Germany", Occupation},
		{"Germany (Reichskommissariat Ostland)", "Germany", Occupation},
		{"Italy (military occupation)", "Italy", Occupation},
		{"Romania (Transnistria Governorate)", "Romania", Occupation},
		{"France (Vichy regime)", "France", Own},
		{"Syria (French mandate)", "France", Dependency},
		{"Kuwait (sheikhdom under British protection)", "United Kingdom", Dependency},
		{"Slovak Republic", "Slovak Republic", Own},
		{"United States and United Kingdom", "United States", Occupation},
		// Not in the file: by the name's beginning, by code, by itself.
		{"Germany (Reichskommissariat Moskowien)", "Germany", Occupation},
		{"Unknown Duchy", "Unknown Duchy", Own},
	} {
		st, r := s.StateOf(geodata.Holder{Name: tc.holder})
		if st.Name != tc.state || r != tc.regime {
			t.Errorf("%s: state %s regime %q, want %s %q", tc.holder, st.Name, r, tc.state, tc.regime)
		}
	}
	if st, _ := s.StateOf(geodata.Holder{Name: "Deutsches Reich", COW: 255}); st.Name != "Germany" {
		t.Errorf("COW 255 is %s", st.Name)
	}
}

// Paint sees occupations the holder's name does not (controller and
// sovereign differ) but not land held by agreement, and hatches nothing on
// the sovereignty layer but occupation regimes.
func TestPaintOccupied(t *testing.T) {
	s := bundledScheme(t)
	a := bundledAtlas(t)
	p := s.Palette(Standard, Light)
	for _, tc := range []struct {
		place    string
		lon, lat float64
		day      string
		layer    geodata.Layer
		state    string
		hatch    bool
	}{
		{"Tallinn occupied", 24.75, 59.43, "1940-07-01", geodata.Control, "Soviet Union", true},
		{"Tallinn occupied, sovereignty", 24.75, 59.43, "1940-07-01", geodata.Sovereignty, "Estonia", false},
		{"Tallinn annexed", 24.75, 59.43, "1940-09-01", geodata.Control, "Soviet Union", false},
		{"Kraków, General Government", 19.94, 50.06, "1940-06-01", geodata.Control, "Germany", true},
		{"Kraków, sovereignty", 19.94, 50.06, "1940-06-01", geodata.Sovereignty, "Poland", false},
		{"Hanko leased", 23.05, 59.86, "1941-01-01", geodata.Control, "Soviet Union", false},
		{"Rabat, protectorate", -6.84, 34.02, "1941-01-01", geodata.Control, "France", false},
		{"Berlin", 13.40, 52.52, "1941-01-01", geodata.Control, "Germany", false},
	} {
		f := a.TerritoryAt(geodata.MustDay(tc.day), orb.Point{tc.lon, tc.lat})
		if f == nil {
			t.Errorf("%s: no territory", tc.place)
			continue
		}
		pt := p.Paint(f, tc.layer, geodata.MustDay(tc.day))
		if pt.State.Name != tc.state || pt.Hatch != tc.hatch {
			t.Errorf("%s (%s: %s / %s, %s): state %s hatch %v, want %s %v", tc.place, f.ID, f.Controller.Name, f.Sovereign.Name, f.Status, pt.State.Name, pt.Hatch, tc.state, tc.hatch)
		}
	}
}

// Touching finds every pair of territories that a fine grid of
// TerritoryAt samples sees side by side: where two samples next to each
// other fall in different territories, bisection finds the territories
// met between them, down to a few metres, and each two met there must
// touch.
func TestTouchingAgreesWithGrid(t *testing.T) {
	a := bundledAtlas(t)
	touching := touchingOnce()
	known := map[[2]string]bool{}
	for _, pr := range touching {
		known[[2]string{pr[0].ID, pr[1].ID}] = true
		known[[2]string{pr[1].ID, pr[0].ID}] = true
	}
	step, dates := 0.25, []string{"1939-09-01", "1941-01-15", "1942-05-26"}
	if testing.Short() {
		step, dates = 0.5, dates[2:]
	}
	var mu sync.Mutex
	for _, ds := range dates {
		t.Run(ds, func(t *testing.T) {
			t.Parallel()
			touchingAlongGrid(t, a, ds, step, known, &mu)
		})
	}
}

func touchingAlongGrid(t *testing.T, a *geodata.Atlas, ds string, step float64, known map[[2]string]bool, mu *sync.Mutex) {
	{
		d := geodata.MustDay(ds)
		missed := 0
		var cross func(p, q orb.Point, f, g *geodata.Feature, depth int)
		cross = func(p, q orb.Point, f, g *geodata.Feature, depth int) {
			if f == nil || g == nil || f.ID == g.ID {
				return
			}
			if depth == 0 {
				mu.Lock()
				defer mu.Unlock()
				if !known[[2]string{f.ID, g.ID}] {
					missed++
					if missed <= 10 {
						t.Errorf("%s: %s and %s meet near %.4f,%.4f but do not touch", ds, f.ID, g.ID, p[0], p[1])
					}
					known[[2]string{f.ID, g.ID}], known[[2]string{g.ID, f.ID}] = true, true
				}
				return
			}
			m := orb.Point{(p[0] + q[0]) / 2, (p[1] + q[1]) / 2}
			h := a.TerritoryAt(d, m)
			switch {
			case h != nil && h.ID == f.ID:
				cross(m, q, h, g, depth-1)
			case h != nil && h.ID == g.ID:
				cross(p, m, f, h, depth-1)
			default:
				cross(p, m, f, h, depth-1)
				cross(m, q, h, g, depth-1)
			}
		}
		b := orb.Bound{Min: orb.Point{-10, 35}, Max: orb.Point{45, 70}}
		nx, ny := int((b.Max[0]-b.Min[0])/step), int((b.Max[1]-b.Min[1])/step)
		prev := make([]*geodata.Feature, nx)
		for j := 0; j < ny; j++ {
			var left *geodata.Feature
			for i := 0; i < nx; i++ {
				p := orb.Point{b.Min[0] + (float64(i)+0.5)*step, b.Min[1] + (float64(j)+0.5)*step}
				f := a.TerritoryAt(d, p)
				// 14 halvings of the step: under 20 metres.
				cross(orb.Point{p[0] - step, p[1]}, p, left, f, 14)
				cross(orb.Point{p[0], p[1] - step}, p, prev[i], f, 14)
				left, prev[i] = f, f
			}
		}
	}
}
