package colour

import (
	"slices"
	"sort"
	"strings"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// Group is one group of the legend: the key, or the states of one side
// with the land they hold.
type Group struct {
	Title string
	// Key is set for the key of lines, hatching and fills, the first group.
	Key bool
	// Sides are the sides whose states the group lists (none for the key).
	Sides   []Side
	Entries []Entry
}

// EntryKind says what a legend entry stands for.
type EntryKind uint8

// The kinds of entry.
const (
	// KeyLine: a line of the map (Entry.Line): borders, frontiers, spheres…
	KeyLine EntryKind = iota
	// KeyFill: a way of filling land (Entry.Paint): occupied, highlighted,
	// a dependency, land outside the data, the sea.
	KeyFill
	// StateEntry: a state, in its own colour.
	StateEntry
	// HolderEntry: land a state holds otherwise than as its own, listed
	// under it (Level 1): an occupation regime, a mandate, a protectorate.
	HolderEntry
)

// Entry is one row of the legend.
type Entry struct {
	Kind EntryKind
	// Key names what the entry stands for: the line's name for KeyLine
	// ("frontier-ussr-1939"), "occupied", "highlight", "dependency",
	// "land" or "sea" for KeyFill, the state's name for a state, the
	// holder's name (or the state's, for land it occupies as itself) for
	// a holder.
	Key  string
	Text string
	// Note is said after the text, smaller: a state's standing that day
	// ("co-belligerent; at war with the Soviet Union alongside Germany"),
	// the land an occupation is on ("in Poland, Soviet Union"), a line
	// not in force that day ("reference: not in force on this day").
	Note  string
	Level int
	Paint Paint // KeyFill, StateEntry, HolderEntry
	Line  Line  // KeyLine
	// Current: a KeyLine's features are in force on the day (the others
	// are drawn pale, as a reference).
	Current bool
	// Shown: a state's own land is on screen (a state entry is listed
	// also when only land it occupies is).
	Shown bool
	// Holders are the holders' names, as in the data, the entry stands for.
	Holders []string
}

// Group titles.
const (
	TitleKey     = "Key"
	TitleAxis    = "The Axis and the land it holds"
	TitleAllies  = "The Allies and the land they hold"
	TitleNeutral = "Not at war: neutral and non-belligerent states"
)

// Legend returns the legend of the map of atlas a on day d, layer l,
// showing bbox (longitude/latitude): the key first (lines, hatching and
// dashes, then fills), then the states on screen by side (the Axis, with
// its co-belligerents; the Allies; the neutral and non-belligerent
// states), each state followed by the land it holds otherwise than as its
// own. Groups with no entry are left out.
func (p *Palette) Legend(a *geodata.Atlas, d geodata.Day, l geodata.Layer, bbox orb.Bound) []Group {
	s := p.scheme
	type stateRow struct {
		st    *State
		side  Period
		shown bool
		subs  map[string]*Entry
		key   string // a holder listed on its own side (Darlan's administration)
	}
	rows := map[string]*stateRow{}
	var occupied, dependency, rough, topics bool
	for _, f := range a.At(d) {
		if f.Kind != geodata.KindTerritory || !intersects(f, bbox) {
			continue
		}
		rough = rough || f.Approximate
		topics = topics || len(f.Topics) > 0
		h := f.Holder(l)
		pt := p.Paint(f, l, d)
		occupied = occupied || pt.Regime == Occupation
		dependency = dependency || pt.Regime == Dependency
		side := s.SideOf(h, d)
		rowKey := pt.State.Name
		if e := s.holders[h.Name]; e != nil && e.sides != nil && side.Side != pt.State.SideOn(d).Side {
			rowKey = h.Name
		}
		r := rows[rowKey]
		if r == nil {
			r = &stateRow{st: pt.State, side: pt.State.SideOn(d), subs: map[string]*Entry{}}
			if rowKey != pt.State.Name {
				r.key, r.side = h.Name, side
			}
			rows[rowKey] = r
		}
		if r.key != "" || (pt.Regime == Own && h.Name == pt.State.Name) {
			r.shown = true
			continue
		}
		// Land held otherwise than as the state itself.
		text := s.ShortName(h.Name)
		if h.Name == pt.State.Name {
			text = "occupied land"
		}
		sub := r.subs[text]
		if sub == nil {
			sub = &Entry{Kind: HolderEntry, Key: h.Name, Text: text, Level: 1, Paint: pt, Shown: true}
			r.subs[text] = sub
		}
		if !slices.Contains(sub.Holders, h.Name) {
			sub.Holders = append(sub.Holders, h.Name)
		}
		if pt.Regime == Occupation && l == geodata.Control {
			if sov, _ := s.StateOf(f.Sovereign); sov != pt.State {
				sub.Note = addName(sub.Note, sov.Name)
			}
		}
	}

	var groups []Group
	groups = append(groups, p.key(a, d, bbox, rough, occupied, dependency, topics))
	for _, g := range []Group{
		{Title: TitleAxis, Sides: []Side{Axis, CoBelligerent}},
		{Title: TitleAllies, Sides: []Side{Allied}},
		{Title: TitleNeutral, Sides: []Side{Neutral, NonBelligerent}},
	} {
		var in []*stateRow
		for _, r := range rows {
			for _, sd := range g.Sides {
				if r.side.Side == sd {
					in = append(in, r)
				}
			}
		}
		sort.Slice(in, func(i, j int) bool {
			ki, kj := in[i].st.Name, in[j].st.Name
			if ki != kj {
				return ki < kj
			}
			return in[i].key < in[j].key
		})
		for _, r := range in {
			e := Entry{Kind: StateEntry, Key: r.st.Name, Text: r.st.Name, Paint: p.PaintOf(r.st, Own), Shown: r.shown, Holders: []string{r.st.Name}}
			if r.key != "" {
				e.Kind, e.Key, e.Text, e.Holders = HolderEntry, r.key, r.st.Name+": "+s.ShortName(r.key), []string{r.key}
			}
			e.Note = standing(r.side)
			g.Entries = append(g.Entries, e)
			subs := make([]*Entry, 0, len(r.subs))
			for _, sub := range r.subs {
				subs = append(subs, sub)
			}
			sort.Slice(subs, func(i, j int) bool { return subs[i].Text < subs[j].Text })
			for _, sub := range subs {
				if sub.Note != "" {
					sub.Note = "in " + sub.Note
				}
				sort.Strings(sub.Holders)
				g.Entries = append(g.Entries, *sub)
			}
		}
		if len(g.Entries) > 0 {
			groups = append(groups, g)
		}
	}
	return groups
}

// standing says a state's standing on the day, for its legend note.
func standing(p Period) string {
	var parts []string
	switch p.Side {
	case CoBelligerent, NonBelligerent:
		parts = append(parts, p.Side.String())
	}
	if p.Note != "" {
		parts = append(parts, p.Note)
	}
	return strings.Join(parts, "; ")
}

// addName adds name to a comma-separated list, once, sorted.
func addName(list, name string) string {
	var names []string
	if list != "" {
		names = strings.Split(list, ", ")
	}
	if slices.Contains(names, name) {
		return list
	}
	names = append(names, name)
	sort.Strings(names)
	return strings.Join(names, ", ")
}

// key is the legend's first group: lines (borders, then the overlays on
// screen), hatching, then fills.
func (p *Palette) key(a *geodata.Atlas, d geodata.Day, bbox orb.Bound, rough, occupied, dependency, topics bool) Group {
	g := Group{Title: TitleKey, Key: true}
	line := func(name, text, note string, current bool) {
		l := p.lines[name]
		if text == "" {
			text = l.Text
		}
		if !current {
			note = addNote(note, "reference: not in force on this day")
		}
		g.Entries = append(g.Entries, Entry{Kind: KeyLine, Key: name, Text: text, Note: note, Line: l, Current: current})
	}
	line("border", "", "", true)
	if rough {
		line("border-rough", "", "", true)
	}
	// The overlays on screen: a line of its own for each feature with a
	// line named by its id (the Soviet frontiers of 1939 and 1941), one
	// for each other kind.
	kinds := map[string]bool{}
	for _, kind := range geodata.Kinds {
		if kind == geodata.KindTerritory {
			continue
		}
		for _, f := range a.Features() {
			if f.Kind != kind || !intersects(f, bbox) {
				continue
			}
			if _, own := p.lines[f.ID]; own {
				note := ""
				if f.Approximate {
					note = "approximate"
				}
				line(f.ID, f.Name, note, f.ValidOn(d))
				continue
			}
			if _, ok := p.lines[kind]; ok {
				kinds[kind] = kinds[kind] || f.ValidOn(d)
			}
		}
		if cur, ok := kinds[kind]; ok {
			line(kind, "", "", cur)
		}
	}
	if occupied {
		g.Entries = append(g.Entries, Entry{Kind: KeyFill, Key: "occupied", Text: "Occupied: in the occupier's colour, lighter, hatched", Paint: p.demo(Occupation)})
	}
	if topics {
		g.Entries = append(g.Entries, Entry{Kind: KeyFill, Key: "highlight", Text: "Highlighted topic: hatched", Paint: Paint{Fill: p.land, Hatch: true, Stripe: p.hatching}})
	}
	if dependency {
		g.Entries = append(g.Entries, Entry{Kind: KeyFill, Key: "dependency", Text: "Mandate, protectorate or dependency: in its power's colour, lighter", Paint: p.demo(Dependency)})
	}
	g.Entries = append(g.Entries,
		Entry{Kind: KeyFill, Key: "land", Text: "Land outside the data", Paint: Paint{Fill: p.land}},
		Entry{Kind: KeyFill, Key: "sea", Text: "Sea", Paint: Paint{Fill: p.sea}})
	return g
}

// demo is the swatch of a regime in the key: a grey state's land so held.
func (p *Palette) demo(r Regime) Paint {
	grey := &State{Name: "", Sides: []Period{{Side: Neutral}}}
	g := Lab{L: 60, A: 0, B: 4}
	if p.theme == Dark {
		g.L = 45
	}
	for _, v := range Variants {
		for _, t := range Themes {
			grey.colours[v][t] = g.RGBA()
		}
	}
	pt := p.paint(grey, r)
	pt.State = nil
	return pt
}

func addNote(note, more string) string {
	if note == "" {
		return more
	}
	return note + "; " + more
}

// intersects reports whether feature f's geometry meets bbox.
func intersects(f *geodata.Feature, bbox orb.Bound) bool {
	if !f.Bound.Intersects(bbox) {
		return false
	}
	if bbox.Contains(f.Bound.Min) && bbox.Contains(f.Bound.Max) {
		return true
	}
	corners := []orb.Point{bbox.Min, bbox.Max, {bbox.Min[0], bbox.Max[1]}, {bbox.Max[0], bbox.Min[1]}}
	lines := func(ls ...orb.LineString) bool {
		for _, l := range ls {
			for i, q := range l {
				if bbox.Contains(q) || i > 0 && segmentMeetsBox(l[i-1], q, bbox) {
					return true
				}
			}
		}
		return false
	}
	switch g := f.Geometry.(type) {
	case orb.Point:
		return bbox.Contains(g)
	case orb.MultiPoint:
		for _, q := range g {
			if bbox.Contains(q) {
				return true
			}
		}
	case orb.LineString:
		return lines(g)
	case orb.MultiLineString:
		return lines(g...)
	case orb.Polygon:
		return polygonMeets(g, bbox, corners, lines)
	case orb.MultiPolygon:
		for _, pg := range g {
			if polygonMeets(pg, bbox, corners, lines) {
				return true
			}
		}
	}
	return false
}

func polygonMeets(pg orb.Polygon, bbox orb.Bound, corners []orb.Point, lines func(...orb.LineString) bool) bool {
	if !pg.Bound().Intersects(bbox) {
		return false
	}
	for _, r := range pg {
		if lines(orb.LineString(r)) {
			return true
		}
	}
	// The box is inside the polygon.
	return planar.PolygonContains(pg, corners[0])
}

// segmentMeetsBox reports whether segment ab meets the box (Liang–Barsky).
func segmentMeetsBox(a, b orb.Point, box orb.Bound) bool {
	t0, t1 := 0.0, 1.0
	dx, dy := b[0]-a[0], b[1]-a[1]
	for _, e := range [4][2]float64{
		{-dx, a[0] - box.Min[0]}, {dx, box.Max[0] - a[0]},
		{-dy, a[1] - box.Min[1]}, {dy, box.Max[1] - a[1]},
	} {
		pp, q := e[0], e[1]
		if pp == 0 {
			if q < 0 {
				return false
			}
			continue
		}
		r := q / pp
		if pp < 0 {
			if r > t1 {
				return false
			}
			t0 = max(t0, r)
		} else {
			if r < t0 {
				return false
			}
			t1 = min(t1, r)
		}
	}
	return t0 <= t1
}
