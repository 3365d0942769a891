package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/peterstace/simplefeatures/geom"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/register"
)

// The fronts derived from the register: cells, front lines and the weekly
// events of each front (data/fronts.json). See cells.go.
//
// Not yet in the bundled assets: the derived cells pass the dataset's,
// gazetteer's and register's tests, but two checks of the colour package
// fail on them (Finland next to "Germany (military administration)" in the
// Arctic and at Salla is too close in colour; two pairs of cells meet at a
// Voronoi vertex the engine's topology does not count as touching). Until
// those are settled, FRONTIERS_FRONTS=1 go run ./assets/gen -o DIR writes
// the derived dataset; make data does not.

// frontsEnv turns the derived fronts on.
const frontsEnv = "FRONTIERS_FRONTS"

func parseDay(s string) (geodata.Day, error) { return geodata.ParseDay(s) }

// applyFronts derives the fronts once the hand-cut dataset is built (its
// overlays are made from the pieces, whose union the cells keep): the
// pieces of each zone give way to their cells, the front lines and the
// weekly events are added, and the events that named a replaced piece name
// its cells instead.
func (ds *dataset) applyFronts() error {
	dv, err := deriveFronts(ds.territories, ds.fronts)
	if err != nil {
		return err
	}
	if len(dv.replaced) == 0 {
		return nil
	}
	cellsOf := map[string][]string{}
	var ts []*territory
	rest := map[string]*territory{}
	for _, t := range dv.remainders {
		rest[t.ID] = t
	}
	for _, t := range ds.territories {
		if r, ok := rest[t.ID]; ok {
			ts = append(ts, r)
		} else if !dv.replaced[t.ID] {
			ts = append(ts, t)
		}
	}
	for _, t := range dv.territories {
		cellsOf[t.piece] = append(cellsOf[t.piece], t.ID)
	}
	ts = append(ts, dv.territories...)
	sort.SliceStable(ts, func(i, j int) bool { return ts[i].ID < ts[j].ID })
	ds.territories = ts
	for _, o := range dv.overlays {
		o.geom = o.Geom(nil, ds)
	}
	ds.overlays = append(ds.overlays, dv.overlays...)
	for i, e := range ds.events {
		var ids []string
		changed := false
		for _, id := range e.Territories {
			if dv.replaced[id] {
				ids = append(ids, cellsOf[id]...)
				changed = true
			} else {
				ids = append(ids, id)
			}
		}
		if changed {
			sort.Strings(ids)
			ds.events[i].Territories = ids
		}
	}
	ds.events = append(ds.events, dv.events...)
	sort.SliceStable(ds.events, func(i, j int) bool { return ds.events[i].Date < ds.events[j].Date })
	return nil
}

// deriveFronts replaces the pieces of every front zone by their cells and
// returns the cells, the front lines and the events.
func deriveFronts(ts []*territory, zones []frontZone) (*derived, error) {
	out := &derived{replaced: map[string]bool{}}
	if len(zones) == 0 {
		return out, nil
	}
	r, err := loadRegister()
	if err != nil {
		return nil, err
	}
	for _, z := range zones {
		defaults := defaultHolders(z, ts)
		places := zonePlaces(r, z)
		pieces := zonePieces(z, ts, places)
		for _, t := range pieces {
			out.replaced[t.ID] = true
		}
		var partials []*territory
		for _, id := range z.Partial {
			for _, t := range ts {
				if t.ID == id {
					partials = append(partials, t)
				}
			}
		}
		parts, rings := cutCells(z, pieces, partials, places)
		for _, t := range partials {
			var taken []geom.Geometry
			for _, cp := range parts {
				if cp.piece == t {
					taken = append(taken, cp.cut)
				}
			}
			if len(taken) > 0 {
				rest := *t
				rest.geom = snapped(diff(t.geom, union(taken...)))
				out.remainders = append(out.remainders, &rest)
			}
		}
		for _, cp := range parts {
			t := &territory{ID: cp.id, Name: cp.place.Name + " area", Topics: cp.piece.Topics,
				Versions: partVersions(z, cp, defaults), geom: cp.geom, piece: cp.piece.ID}
			if n := cp.place.Names; len(n) > 0 {
				t.Names = map[string]string{}
				for k, v := range n {
					t.Names[k] = v
				}
			}
			t.Geom = func(*builder) geom.Geometry { return t.geom }
			// Outside the zone's dates the versions carry the piece's
			// name; the territory's own name is the cell's.
			out.territories = append(out.territories, t)
		}
		area := union(append(geomsOf(pieces), geomsOf(partials)...)...)
		out.overlays = append(out.overlays, frontLines(z, places, rings, area)...)
		out.events = append(out.events, frontEvents(z, places, parts)...)
	}
	return out, nil
}

func geomsOf(ts []*territory) []geom.Geometry {
	gs := make([]geom.Geometry, len(ts))
	for i, t := range ts {
		gs[i] = t.geom
	}
	return gs
}

// changeDays are the zone's start and every day a place of it changes hands.
func changeDays(z frontZone, places []*register.Place) []string {
	set := map[string]bool{z.Start: true}
	for _, p := range places {
		for _, c := range p.Changes {
			if d := c.Date.String(); d >= z.Start && d < z.End {
				set[d] = true
			}
		}
	}
	days := make([]string, 0, len(set))
	for d := range set {
		days = append(days, d)
	}
	sort.Strings(days)
	return days
}

// frontLines draws the front on each span between change days: the Voronoi
// edges between an Axis place's cell and an Allied one's, inside the area.
func frontLines(z frontZone, places []*register.Place, rings [][]vxy, area geom.Geometry) []*overlay {
	sites := make([]vxy, len(places))
	for i, p := range places {
		sites[i] = vxy{p.Lon, p.Lat}
	}
	edges := voronoiEdges(sites, rings, z.Lat0)
	clipped := make([]geom.Geometry, len(edges))
	done := make([]bool, len(edges))
	edgeOf := func(n int) geom.Geometry {
		if !done[n] {
			e := edges[n]
			seq := geom.NewSequence([]float64{e.A.X, e.A.Y, e.B.X, e.B.Y}, geom.DimXY)
			clipped[n] = linear(must(geom.Intersection(geom.NewLineString(seq).AsGeometry(), area)))
			done[n] = true
		}
		return clipped[n]
	}
	days := changeDays(z, places)
	var out []*overlay
	prevKey := ""
	for k, day := range days {
		d := geodata.MustDay(day)
		var lines []geom.LineString
		var key strings.Builder
		for n, e := range edges {
			a, _ := places[e.I].ControllerOn(d)
			b, _ := places[e.J].ControllerOn(d)
			if z.side(a) == z.side(b) {
				continue
			}
			g := edgeOf(n)
			if g.IsEmpty() {
				continue
			}
			fmt.Fprintf(&key, "%d,", n)
			for _, part := range g.Dump() {
				if ls, ok := part.AsLineString(); ok {
					lines = append(lines, ls)
				}
			}
		}
		end := z.End
		if k+1 < len(days) {
			end = days[k+1]
		}
		if n := len(out); n > 0 && key.String() == prevKey {
			out[n-1].End = end
			continue
		}
		prevKey = key.String()
		if len(lines) == 0 {
			continue
		}
		g := geom.NewMultiLineString(lines).AsGeometry()
		out = append(out, &overlay{
			ID: "front-" + z.ID + "-" + day, Name: z.Title + ": the front line", Kind: geodata.KindFront,
			Start: day, End: end, Precision: "approximate",
			Source: "Derived from the register of places (assets/register, " + strings.Join(z.Registers, ", ") + "): the boundary between the Voronoi cells of places held by the two sides",
			Note:   "Approximate: the line between the areas nearest to towns held by either side on the day, not a line on the ground. Between two register places the real front could run anywhere.",
			Geom:   func(*builder, *dataset) geom.Geometry { return g },
		})
	}
	return out
}

// frontEvents makes one event per front, ISO week and taking state, naming
// the places taken.
func frontEvents(z frontZone, places []*register.Place, parts []cellPart) []geodata.EventJSON {
	cellsOf := map[string][]string{}
	for _, cp := range parts {
		cellsOf[cp.place.ID] = append(cellsOf[cp.place.ID], cp.id)
	}
	type taking struct {
		p *register.Place
		c register.Change
	}
	groups := map[string][]taking{}
	for _, p := range places {
		for _, c := range p.Changes {
			if d := c.Date.String(); d < z.Start || d >= z.End || len(cellsOf[p.ID]) == 0 {
				continue
			}
			y, w := c.Date.Time().ISOWeek()
			key := fmt.Sprintf("%04d-W%02d|%s", y, w, c.To)
			groups[key] = append(groups[key], taking{p, c})
		}
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var out []geodata.EventJSON
	for _, k := range keys {
		g := groups[k]
		sort.SliceStable(g, func(i, j int) bool {
			if g[i].c.Date != g[j].c.Date {
				return g[i].c.Date < g[j].c.Date
			}
			return g[i].p.Name < g[j].p.Name
		})
		week, state, _ := strings.Cut(k, "|")
		var names, descr, terr, srcs []string
		seenSrc := map[string]bool{}
		approx := false
		for _, t := range g {
			names = append(names, t.p.Name)
			by := ""
			if t.c.By != "" {
				by = " (" + t.c.By + ")"
			}
			day := t.c.Date.Time().Format("2 Jan")
			if t.c.Approximate() {
				day = "c. " + day
				approx = true
			}
			descr = append(descr, t.p.Name+" "+day+by)
			terr = append(terr, cellsOf[t.p.ID]...)
			for _, s := range strings.Split(expandSource(t.p.Zone, t.c.Source), "; ") {
				if !seenSrc[s] {
					seenSrc[s] = true
					srcs = append(srcs, s)
				}
			}
		}
		title := state + " takes " + listNames(names, 4)
		e := geodata.EventJSON{
			ID:    "front-" + z.ID + "-" + strings.ToLower(week) + "-" + slug(state),
			Date:  g[0].c.Date.String(),
			Title: title,
			Description: fmt.Sprintf("%s, week %s: %s takes %s. Derived from the register of places; the cells of these places change hands on these days.",
				z.Title, week, state, strings.Join(descr, ", ")),
			Territories: terr,
			Source:      strings.Join(srcs, "; "),
		}
		if approx {
			e.DateNote = "Some of these days are estimates (c.); see each place's register entry."
		}
		out = append(out, e)
	}
	return out
}

// listNames joins up to max names, "and n more" after.
func listNames(names []string, max int) string {
	if len(names) <= max {
		if len(names) == 1 {
			return names[0]
		}
		return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
	}
	return strings.Join(names[:max], ", ") + fmt.Sprintf(" and %d more", len(names)-max)
}

func slug(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}
