package colour

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/geodata"
)

var europe = orb.Bound{Min: orb.Point{-11, 34}, Max: orb.Point{45, 71}}

// find returns the group titled title and the entry keyed key in it.
func find(gs []Group, title, key string) (*Group, *Entry) {
	for i := range gs {
		if gs[i].Title != title {
			continue
		}
		for j := range gs[i].Entries {
			if gs[i].Entries[j].Key == key {
				return &gs[i], &gs[i].Entries[j]
			}
		}
		return &gs[i], nil
	}
	return nil, nil
}

// sideOfState returns the title of the group that lists state name.
func groupOf(gs []Group, name string) string {
	for _, g := range gs {
		for _, e := range g.Entries {
			if e.Kind == StateEntry && e.Key == name {
				return g.Title
			}
		}
	}
	return ""
}

func dump(gs []Group) string {
	var b strings.Builder
	for _, g := range gs {
		fmt.Fprintf(&b, "%s\n", g.Title)
		for _, e := range g.Entries {
			fmt.Fprintf(&b, "  %s%s [%s] %s\n", strings.Repeat("  ", e.Level), e.Text, e.Key, e.Note)
		}
	}
	return b.String()
}

func TestLegendSides(t *testing.T) {
	s := bundledScheme(t)
	a := bundledAtlas(t)
	p := s.Palette(Standard, Light)
	for _, tc := range []struct {
		day   string
		state string
		group string
		note  string // a part of the state's note
	}{
		{"1939-06-01", "Germany", TitleAxis, ""},
		{"1939-06-01", "Italy", TitleAxis, ""},
		{"1939-06-01", "United Kingdom", TitleNeutral, "guarantor of Poland"},
		{"1939-09-01", "Poland", TitleAllies, ""},
		{"1939-09-01", "Slovak Republic", TitleAxis, "client state"},
		{"1939-09-01", "Italy", TitleNeutral, "non-belligerent"},
		{"1939-09-05", "France", TitleAllies, ""},
		{"1939-12-15", "Finland", TitleNeutral, "Winter War"},
		{"1939-12-15", "Soviet Union", TitleNeutral, "Winter War"},
		{"1940-06-09", "Italy", TitleNeutral, "non-belligerent"},
		{"1940-06-10", "Italy", TitleAxis, ""},
		{"1940-06-20", "Spain", TitleNeutral, "non-belligerent"},
		{"1940-11-19", "Hungary", TitleNeutral, ""},
		{"1940-11-20", "Hungary", TitleAxis, ""},
		{"1940-11-22", "Romania", TitleNeutral, ""},
		{"1940-11-23", "Romania", TitleAxis, ""},
		{"1941-02-28", "Bulgaria", TitleNeutral, ""},
		{"1941-03-01", "Bulgaria", TitleAxis, ""},
		{"1941-06-21", "Soviet Union", TitleNeutral, ""},
		{"1941-06-22", "Soviet Union", TitleAllies, ""},
		{"1941-06-24", "Finland", TitleNeutral, ""},
		{"1941-06-25", "Finland", TitleAxis, "co-belligerent"},
		{"1941-06-25", "Turkey", TitleNeutral, ""},
		{"1942-05-26", "Sweden", TitleNeutral, ""},
		// Greece is all occupied by then: on the map of sovereignty only.
		{"1942-05-26", "Greece", TitleAllies, "sovereignty"},
	} {
		l := geodata.Control
		if tc.note == "sovereignty" {
			l, tc.note = geodata.Sovereignty, ""
		}
		gs := p.Legend(a, geodata.MustDay(tc.day), l, europe)
		if got := groupOf(gs, tc.state); got != tc.group {
			t.Errorf("%s: %s in %q, want %q\n%s", tc.day, tc.state, got, tc.group, dump(gs))
			continue
		}
		_, e := find(gs, tc.group, tc.state)
		if !strings.Contains(e.Note, tc.note) {
			t.Errorf("%s: %s's note %q does not say %q", tc.day, tc.state, e.Note, tc.note)
		}
	}
}

func TestLegendOccupationsUnderOccupier(t *testing.T) {
	s := bundledScheme(t)
	a := bundledAtlas(t)
	p := s.Palette(Standard, Light)
	d := geodata.MustDay("1942-05-26")
	gs := p.Legend(a, d, geodata.Control, europe)
	g, ger := find(gs, TitleAxis, "Germany")
	if ger == nil || ger.Kind != StateEntry || !ger.Shown || ger.Paint.Hatch {
		t.Fatalf("no Germany in the Axis group:\n%s", dump(gs))
	}
	// Germany's entries follow it, one level in, hatched in its colour.
	var under []string
	for i := range g.Entries {
		if &g.Entries[i] != ger {
			continue
		}
		for _, e := range g.Entries[i+1:] {
			if e.Level == 0 {
				break
			}
			under = append(under, e.Text)
			if e.Kind != HolderEntry || e.Paint.State.Name != "Germany" {
				t.Errorf("%s under Germany: %+v", e.Text, e)
			}
			if e.Paint.Regime == Occupation && (!e.Paint.Hatch || e.Paint.Stripe != p.StateColour(s.State("Germany"))) {
				t.Errorf("%s: not hatched in Germany's colour", e.Text)
			}
		}
	}
	for _, want := range []string{"General Government", "Reichskommissariat Ostland", "Reichskommissariat Ukraine", "Protectorate of Bohemia and Moravia", "military administration"} {
		if !slices.Contains(under, want) {
			t.Errorf("%q not under Germany: %v", want, under)
		}
	}
	if _, e := find(gs, TitleAxis, "Germany (General Government)"); e == nil || !strings.Contains(e.Note, "Poland") {
		t.Errorf("the General Government does not say it is in Poland: %+v", e)
	}
	if _, e := find(gs, TitleAxis, "Romania (Transnistria Governorate)"); e == nil || e.Level != 1 {
		t.Errorf("Transnistria is not under Romania:\n%s", dump(gs))
	}
	// On the sovereignty layer the land is Poland's, and Poland an Ally.
	gs = p.Legend(a, d, geodata.Sovereignty, europe)
	if _, e := find(gs, TitleAxis, "Germany (General Government)"); e != nil {
		t.Error("the General Government is on the sovereignty layer")
	}
	if groupOf(gs, "Poland") != TitleAllies {
		t.Errorf("Poland not an Ally on the sovereignty layer:\n%s", dump(gs))
	}
}

func TestLegendKey(t *testing.T) {
	s := bundledScheme(t)
	a := bundledAtlas(t)
	p := s.Palette(ColourBlind, Dark)
	gs := p.Legend(a, geodata.MustDay("1941-07-01"), geodata.Control, europe)
	if !gs[0].Key || gs[0].Title != TitleKey {
		t.Fatalf("the key is not first:\n%s", dump(gs))
	}
	key := gs[0].Entries
	if key[0].Key != "border" || key[0].Kind != KeyLine {
		t.Errorf("the key does not start with the border: %+v", key[0])
	}
	// Lines first, then fills.
	fills := false
	for _, e := range key {
		if e.Kind == KeyFill {
			fills = true
		} else if fills {
			t.Errorf("line %s after the fills", e.Key)
		}
	}
	// The two Soviet frontiers, each its own entry, told apart: the 1939
	// line dashed, the 1941 line over a band; the 1939 one a reference.
	_, f39 := find(gs, TitleKey, "frontier-ussr-1939")
	_, f41 := find(gs, TitleKey, "frontier-ussr-1941")
	if f39 == nil || f41 == nil {
		t.Fatalf("the Soviet frontiers are not in the key:\n%s", dump(gs))
	}
	if f39.Current || !strings.Contains(f39.Note, "reference") || !f41.Current {
		t.Errorf("1939 current %v (%q), 1941 current %v", f39.Current, f39.Note, f41.Current)
	}
	if len(f39.Line.Dash) != 2 || f41.Line.Casing <= f41.Line.Width || len(f41.Line.Dash) != 0 {
		t.Errorf("the frontiers are not told apart: 1939 %+v, 1941 %+v", f39.Line, f41.Line)
	}
	if f39.Text != "Soviet western frontier of 1 September 1939" || f41.Text != "Soviet western frontier of 22 June 1941" {
		t.Errorf("frontier texts %q, %q", f39.Text, f41.Text)
	}
	for _, k := range []string{"occupied", "land", "sea"} {
		if _, e := find(gs, TitleKey, k); e == nil {
			t.Errorf("no %q in the key", k)
		}
	}
	if _, e := find(gs, TitleKey, "occupied"); e != nil && !e.Paint.Hatch {
		t.Error("the key's occupied swatch is not hatched")
	}
}

// Only what is on screen is listed.
func TestLegendBox(t *testing.T) {
	s := bundledScheme(t)
	a := bundledAtlas(t)
	p := s.Palette(Standard, Dark)
	iberia := orb.Bound{Min: orb.Point{-9.5, 36.5}, Max: orb.Point{-1, 43.5}}
	gs := p.Legend(a, geodata.MustDay("1941-01-15"), geodata.Control, iberia)
	for _, want := range []string{"Spain", "Portugal"} {
		if groupOf(gs, want) == "" {
			t.Errorf("%s not on screen:\n%s", want, dump(gs))
		}
	}
	for _, not := range []string{"Soviet Union", "Italy", "United Kingdom", "Sweden"} {
		if groupOf(gs, not) != "" {
			t.Errorf("%s listed for Iberia:\n%s", not, dump(gs))
		}
	}
	if _, e := find(gs, TitleKey, "frontier-ussr-1941"); e != nil {
		t.Error("the Soviet frontier is keyed for Iberia")
	}
	// Norway in 1942: the Reichskommissariat under Germany, whose own land
	// is off screen.
	norway := orb.Bound{Min: orb.Point{4.5, 58}, Max: orb.Point{12, 64}}
	gs = p.Legend(a, geodata.MustDay("1942-05-26"), geodata.Control, norway)
	_, ger := find(gs, TitleAxis, "Germany")
	_, rk := find(gs, TitleAxis, "Germany (Reichskommissariat Norwegen)")
	if ger == nil || ger.Shown || rk == nil || rk.Note != "in Norway" {
		t.Errorf("Norway 1942:\n%s", dump(gs))
	}
}

// A holder with sides of its own is listed on its side: Darlan's
// administration with the Allies while Vichy France is not at war.
func TestLegendHolderSide(t *testing.T) {
	s := bundledScheme(t)
	a := bundledAtlas(t)
	p := s.Palette(Standard, Light)
	africa := orb.Bound{Min: orb.Point{-10, 25}, Max: orb.Point{12, 37.5}}
	gs := p.Legend(a, geodata.MustDay("1942-12-01"), geodata.Control, africa)
	_, e := find(gs, TitleAllies, "France (Darlan's administration, with Allied forces)")
	if e == nil || e.Paint.Fill != p.StateColour(s.State("France")) {
		t.Errorf("Darlan's administration not with the Allies in France's colour:\n%s", dump(gs))
	}
}

// A note says nothing ahead of its day: every date it names (a day, a
// month or a year) is on or before the first day it is shown, so that
// the legend of a day never tells what came later.
func TestNotesNotAhead(t *testing.T) {
	s := bundledScheme(t)
	a := bundledAtlas(t)
	// The first day each holder is on the map: a first period is shown
	// from then.
	first := map[string]geodata.Day{}
	for _, f := range a.Features() {
		d := a.ChangeDays()[0]
		if !f.Start.IsZero() && f.Start.Day > d {
			d = f.Start.Day
		}
		for _, h := range []string{f.Controller.Name, f.Sovereign.Name} {
			if cur, ok := first[h]; !ok || d < cur {
				first[h] = d
			}
		}
	}
	dated := regexp.MustCompile(`(?:(\d{1,2}) )?(January|February|March|April|May|June|July|August|September|October|November|December) (19\d\d)|\b(19\d\d)\b`)
	check := func(who string, ps []Period) {
		for i, p := range ps {
			from, ok := first[who]
			if !ok {
				from = a.ChangeDays()[0]
			}
			if p.HasFrom {
				from = p.From
			}
			for _, m := range dated.FindAllStringSubmatch(p.Note, -1) {
				var d time.Time
				switch {
				case m[4] != "":
					d, _ = time.Parse("2006", m[4])
				case m[1] != "":
					d, _ = time.Parse("2 January 2006", m[1]+" "+m[2]+" "+m[3])
				default:
					d, _ = time.Parse("January 2006", m[2]+" "+m[3])
				}
				if geodata.DayOf(d) > from {
					t.Errorf("%s, sides[%d] from %s: the note %q names %s, after its first day", who, i, from, p.Note, m[0])
				}
			}
		}
	}
	for _, name := range s.States() {
		check(name, s.State(name).Sides)
	}
	for name, h := range s.holders {
		check(name, h.sides)
	}
}
