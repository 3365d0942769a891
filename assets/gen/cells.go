package main

import (
	"fmt"
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/peterstace/simplefeatures/geom"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/register"
)

// Control derived from the register (assets/register, docs/REGISTER.md).
//
// In each front zone the hand-cut pieces whose controller changes state
// during the zone's dates are replaced by cell ∩ piece, a cell being the
// Voronoi cell of one register place. The union of the replaced pieces is
// the zone's area, so the rest of the dataset is untouched and no gap or
// overlap appears. A cell ∩ piece territory keeps the piece's sovereign,
// names and status on every day; inside the zone's dates its controller is
// its place's holder in the register, outside them it follows the piece.

// frontZone is one front whose control is derived from the register, as
// data/fronts.json describes it.
type frontZone struct {
	// ID names the front in ids ("east"); Title in events.
	ID    string `json:"id"`
	Title string `json:"title"`
	// Registers are the register zones whose places make the cells.
	Registers []string `json:"registers"`
	// Start and End bound the derived control (End exclusive).
	Start string `json:"start"`
	End   string `json:"end"`
	// Lat0 is the latitude whose scale the Voronoi plane keeps.
	Lat0 float64 `json:"lat0"`
	// Exclude are piece ids the rule would take but the front leaves alone.
	Exclude []string `json:"exclude"`
	// Partial are pieces that do not change hands as a whole (the RSFSR
	// east of the hand-cut pieces) but hold places that do: only the cells
	// of those places, cut to Radius degrees (of latitude) around them,
	// are taken out of such a piece; the rest keeps its id and versions.
	Partial []string `json:"partial"`
	Radius  float64  `json:"radius"`
	// Axis are the register states on the Axis side of the front line.
	Axis []string `json:"axis"`
	// Occupiers name, by register state, the holder a cell taken by that
	// state gets when neither its piece's controller nor its sovereign is
	// of it (a holder of data/holders.json).
	Occupiers map[string]string `json:"occupiers"`
	// Note says why the front is drawn as it is (for the reader of the
	// data file).
	Note string `json:"note"`
	// occupiers are Occupiers' holders.
	occupiers map[string]geodata.Holder
}

// side is "Axis" or "Allies" for a register state.
func (z frontZone) side(state string) string {
	if slices.Contains(z.Axis, state) {
		return "Axis"
	}
	return "Allies"
}

// registerDirs are where the register is looked for: from the repository
// root (make data) or from assets/gen (its tests).
var registerDirs = []string{"assets/register", "../register"}

func loadRegister() (*register.Register, error) {
	for _, d := range registerDirs {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			return register.Load(os.DirFS(filepath.Clean(d)), ".")
		}
	}
	return nil, fmt.Errorf("no register in %v", registerDirs)
}

// derived is what deriving the fronts adds to the dataset.
type derived struct {
	territories []*territory
	overlays    []*overlay
	events      []geodata.EventJSON
	replaced    map[string]bool
	// remainders are the partial pieces less the cells cut out of them.
	remainders []*territory
}

// cellPart is one cell ∩ piece.
type cellPart struct {
	place *register.Place
	piece *territory
	id    string
	geom  geom.Geometry
	// cut is the (capped) cell the piece was cut with.
	cut geom.Geometry
}

// stateSet is the plain states of a holder, joined, for comparison.
func stateKey(h geodata.Holder) string { return strings.Join(register.StateOf(h.Name), "+") }

func holdsState(h geodata.Holder, state string) bool {
	for _, s := range register.StateOf(h.Name) {
		if s == state {
			return true
		}
	}
	return false
}

// versionAt returns the version of t valid on day d (trimmed ISO).
func versionAt(t *territory, d string) (version, bool) {
	for _, v := range t.Versions {
		if (v.Start == "" || trimEDTF(v.Start) <= d) && (v.End == "" || d < trimEDTF(v.End)) {
			return v, true
		}
	}
	return version{}, false
}

// zonePieces returns the pieces the zone replaces: those whose
// controller's state changes inside [Start, End) and that hold at least one
// of the zone's places.
func zonePieces(z frontZone, ts []*territory, places []*register.Place) []*territory {
	ex := map[string]bool{}
	for _, id := range z.Exclude {
		ex[id] = true
	}
	var out []*territory
	for _, t := range ts {
		if ex[t.ID] || strings.HasPrefix(t.ID, "cell-") {
			continue
		}
		changes := false
		for i := 1; i < len(t.Versions); i++ {
			s := trimEDTF(t.Versions[i].Start)
			if s > z.Start && s < z.End && stateKey(t.Versions[i].Ctrl) != stateKey(t.Versions[i-1].Ctrl) {
				changes = true
				break
			}
		}
		if !changes {
			continue
		}
		env := t.geom.Envelope()
		for _, p := range places {
			pt := geom.XY{X: p.Lon, Y: p.Lat}
			if !env.Contains(pt) {
				continue
			}
			if geom.Intersects(t.geom, geom.NewPoint(geom.Coordinates{XY: pt, Type: geom.DimXY}).AsGeometry()) {
				out = append(out, t)
				break
			}
		}
	}
	return out
}

// cellPolygon makes a geometry of a Voronoi ring, its vertices on the
// output grid (1e-4°) like the pieces', which keeps the overlay robust.
func cellPolygon(r []vxy) geom.Geometry {
	flat := make([]float64, 0, 2*len(r)+2)
	for _, v := range r {
		flat = append(flat, round4(v.X), round4(v.Y))
	}
	flat = append(flat, round4(r[0].X), round4(r[0].Y))
	return geom.NewPolygon([]geom.LineString{geom.NewLineString(geom.NewSequence(flat, geom.DimXY))}).AsGeometry()
}

// zonePlaces returns the places of the register zones named by z.
func zonePlaces(r *register.Register, z frontZone) []*register.Place {
	var out []*register.Place
	for _, id := range z.Registers {
		rz := r.Zone(id)
		if rz == nil {
			panic("front " + z.ID + ": no register zone " + id)
		}
		out = append(out, rz.Places...)
	}
	return out
}

// cutCells intersects the zone's pieces (whole, then partial) with the
// Voronoi cells of its places.
func cutCells(z frontZone, pieces, partials []*territory, places []*register.Place) ([]cellPart, [][]vxy) {
	partial := map[string]bool{}
	for _, t := range partials {
		partial[t.ID] = true
	}
	all := append(append([]*territory{}, pieces...), partials...)
	x0, y0, x1, y1 := 180.0, 90.0, -180.0, -90.0
	for _, t := range pieces {
		env := t.geom.Envelope()
		lo, hi, _ := env.MinMaxXYs()
		x0, y0 = min(x0, lo.X), min(y0, lo.Y)
		x1, y1 = max(x1, hi.X), max(y1, hi.Y)
	}
	sites := make([]vxy, len(places))
	for i, p := range places {
		sites[i] = vxy{p.Lon, p.Lat}
		x0, y0 = min(x0, p.Lon), min(y0, p.Lat)
		x1, y1 = max(x1, p.Lon), max(y1, p.Lat)
	}
	rings := voronoiCells(sites, z.Lat0, x0-1, y0-1, x1+1, y1+1)
	var parts []cellPart
	for i, p := range places {
		if len(rings[i]) < 3 {
			continue
		}
		cell := cellPolygon(rings[i])
		var capped geom.Geometry
		if len(partial) > 0 && changesIn(p, z) {
			capped = inter(cell, disc(p.Lon, p.Lat, z.Radius, z.Lat0))
		}
		cenv := cell.Envelope()
		var hits []cellPart
		for _, t := range all {
			if !cenv.Intersects(t.geom.Envelope()) {
				continue
			}
			c := cell
			if partial[t.ID] {
				if capped.IsEmpty() {
					continue
				}
				c = capped
			}
			g := safeInter(t.geom, c, p.ID+"/"+t.ID)
			if g.IsEmpty() {
				continue
			}
			g = snapped(g)
			if g.IsEmpty() || g.Area() < 1e-6 {
				continue
			}
			hits = append(hits, cellPart{place: p, piece: t, geom: g, cut: c})
		}
		sort.SliceStable(hits, func(a, b int) bool { return hits[a].geom.Area() > hits[b].geom.Area() })
		for n := range hits {
			hits[n].id = "cell-" + p.ID
			if n > 0 {
				hits[n].id += "--" + hits[n].piece.ID
			}
		}
		parts = append(parts, hits...)
	}
	return parts, rings
}

// changesIn reports whether a place changes hands inside the zone's dates.
func changesIn(p *register.Place, z frontZone) bool {
	for _, c := range p.Changes {
		if d := c.Date.String(); d >= z.Start && d < z.End {
			return true
		}
	}
	return false
}

// disc is a 48-gon of radius r degrees of latitude around lon/lat, round in
// the Voronoi plane of latitude lat0.
func disc(lon, lat, r, lat0 float64) geom.Geometry {
	k := math.Cos(lat0 * math.Pi / 180)
	ring := make([]vxy, 48)
	for i := range ring {
		a := 2 * math.Pi * float64(i) / 48
		ring[i] = vxy{lon + r*math.Cos(a)/k, lat + r*math.Sin(a)}
	}
	return cellPolygon(ring)
}

// defaultHolders maps a register state to the holder a cell of z gets when
// neither its piece's controller nor its sovereign is of that state: the
// zone's occupier, else the state itself as some piece names it.
func defaultHolders(z frontZone, ts []*territory) map[string]geodata.Holder {
	m := maps.Clone(z.occupiers)
	if m == nil {
		m = map[string]geodata.Holder{}
	}
	for _, t := range ts {
		for _, v := range t.Versions {
			for _, h := range []geodata.Holder{v.Ctrl, v.Sov} {
				if _, ok := m[h.Name]; !ok && register.IsState(h.Name) {
					m[h.Name] = h
				}
			}
		}
	}
	return m
}

// partVersions composes the versions of a cell ∩ piece.
func partVersions(z frontZone, cp cellPart, defaults map[string]geodata.Holder) []version {
	p, t := cp.place, cp.piece
	type bound struct{ key, raw string }
	keys := map[string]string{}
	add := func(raw string) {
		if raw == "" {
			return
		}
		k := trimEDTF(raw)
		if _, ok := keys[k]; !ok {
			keys[k] = raw
		}
	}
	for _, v := range t.Versions {
		add(v.Start)
	}
	add(z.Start)
	add(z.End)
	for _, c := range p.Changes {
		add(c.Date.String())
	}
	bounds := []bound{{"", ""}}
	for k, raw := range keys {
		bounds = append(bounds, bound{k, raw})
	}
	sort.Slice(bounds, func(i, j int) bool { return bounds[i].key < bounds[j].key })
	name := p.Name + " area"
	var out []version
	for i, b := range bounds {
		day := b.key
		if day == "" {
			day = "0000-01-01"
		}
		pv, ok := versionAt(t, day)
		if !ok {
			panic("piece " + t.ID + " has no version on " + day)
		}
		v := pv
		if v.Name == "" {
			v.Name = t.Name
		}
		v.Start = b.raw
		v.End = ""
		if i+1 < len(bounds) {
			v.End = bounds[i+1].raw
		}
		if day >= z.Start && day < z.End {
			v = cellVersion(p, v, day, name, t, defaults)
		}
		if n := len(out); n > 0 && sameVersion(out[n-1], v) {
			out[n-1].End = v.End
			continue
		}
		out = append(out, v)
	}
	return out
}

func sameVersion(a, b version) bool {
	a.Start, a.End, b.Start, b.End = "", "", "", ""
	return a == b
}

// cellVersion is the version of a cell on day (inside its zone) given the
// piece's version pv of that day.
func cellVersion(p *register.Place, pv version, day, name string, t *territory, defaults map[string]geodata.Holder) version {
	d, err := parseDay(day)
	if err != nil {
		panic(err)
	}
	state, ok := p.ControllerOn(d)
	if !ok {
		return pv
	}
	v := pv
	v.Name = name
	v.Precision = "approximate"
	switch {
	case holdsState(pv.Ctrl, state):
	case holdsState(pv.Sov, state):
		v.Ctrl = pv.Sov
	default:
		h, ok := defaults[state]
		if !ok {
			panic("register state " + state + " has no holder in the dataset")
		}
		v.Ctrl = h
	}
	if stateKey(v.Ctrl) != stateKey(v.Sov) {
		v.Status = geodata.StatusOccupied
	} else if pv.Status == geodata.StatusOccupied || stateKey(pv.Ctrl) != stateKey(pv.Sov) {
		v.Status = ownStatus(t, day)
	}
	entries := p.ChangesUntil(d)
	derivedNote := "Register cell: the land nearest to " + p.Name + "; its holder is " + p.Name + "'s (approximate, see docs/REGISTER.md)."
	if len(entries) == 0 {
		v.Note = derivedNote + " Held since the front opened."
		return v
	}
	last := entries[len(entries)-1]
	again := last.To == p.Initial
	for _, c := range entries[:len(entries)-1] {
		if c.To == last.To {
			again = true
		}
	}
	v.Source = expandSource(p.Zone, last.Source)
	note := derivedNote + " " + p.Name + ": " + register.FormatChange(last, again) + "."
	if last.Note != "" {
		note += " " + last.Note
	}
	if last.DateNote != "" {
		note += " Date: " + last.DateNote
	}
	v.Note = note
	return v
}

// ownStatus is the status of the piece's latest version up to day in which
// its controller was its sovereign (what the land is when its own state
// holds it), "integral" when there is none.
func ownStatus(t *territory, day string) string {
	st := geodata.StatusIntegral
	for _, v := range t.Versions {
		if v.Start != "" && trimEDTF(v.Start) > day {
			break
		}
		if stateKey(v.Ctrl) == stateKey(v.Sov) {
			st = v.Status
		}
	}
	return st
}

// expandSource spells out the register's citation keys: "GH ch. 4; ER ch. 3"
// → "Glantz and House, When Titans Clashed (1995; rev. 2015), ch. 4; …".
func expandSource(z *register.Zone, src string) string {
	var out []string
	for _, c := range strings.Split(src, "; ") {
		key := c
		rest := ""
		if i := strings.IndexAny(c, " ,"); i >= 0 {
			key, rest = c[:i], strings.TrimLeft(c[i:], " ,")
		}
		if w, ok := z.Sources[key]; ok {
			if rest != "" {
				w += ", " + rest
			}
			out = append(out, w)
		} else {
			out = append(out, c)
		}
	}
	return strings.Join(out, "; ")
}

func safeInter(a, b geom.Geometry, what string) geom.Geometry {
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Sprintf("%s: %v", what, r))
		}
	}()
	return inter(a, b)
}
