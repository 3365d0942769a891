package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/peterstace/simplefeatures/geom"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// version is one dated state of a territory. End is exclusive.
type version struct {
	Start, End string
	Name       string // optional override of the territory name
	Ctrl, Sov  geodata.Holder
	Status     string
	Source     string
	Note       string
	Precision  string
}

// territory is a piece of land with a fixed geometry and dated holders.
type territory struct {
	ID       string
	Name     string
	Names    map[string]string
	Topics   []string
	Geom     func(b *builder) geom.Geometry
	Versions []version
	geom     geom.Geometry
	piece    string // a register cell's: the piece it was cut from
}

// overlay is a frontier, sphere, base or passage.
type overlay struct {
	ID, Name, Kind string
	Names          map[string]string
	Start, End     string
	Source, Note   string
	Precision      string
	Topics         []string
	Geom           func(b *builder, d *dataset) geom.Geometry
	geom           geom.Geometry
}

type dataset struct {
	territories []*territory
	overlays    []*overlay
	events      []geodata.EventJSON
	land        geom.Geometry
	// fronts are derived from the register when FRONTIERS_FRONTS is set.
	fronts []frontZone
}

// builder gives piece definitions access to Natural Earth and the lines.
type builder struct {
	w       *world
	cutters map[string]cutter
	polys   map[string]geom.Geometry
	cache   map[string]geom.Geometry
}

func (b *builder) C(name string) geom.Geometry { return b.w.country(name) }

// country is the recipe of a piece that is a whole Natural Earth country.
func country(name string) recipe {
	return func(b *builder) geom.Geometry { return b.C(name) }
}

// Cut returns the authored polygon of a line file entry.
func (b *builder) Cut(id string) geom.Geometry {
	if g, ok := b.polys[id]; ok {
		return g
	}
	c, ok := b.cutters[id]
	if !ok {
		panic("no authored line " + id)
	}
	g, err := c.polygon()
	if err != nil {
		panic(err)
	}
	b.polys[id] = g
	return g
}

// inside is the part of a Natural Earth country inside an authored line's
// polygon, outside the rest of it (both computed once).
func (b *builder) inside(country, line string) geom.Geometry {
	return b.Memo("inside:"+country+":"+line, func() geom.Geometry { return inter(b.C(country), b.Cut(line)) })
}

func (b *builder) outside(country, line string) geom.Geometry {
	return b.Memo("outside:"+country+":"+line, func() geom.Geometry { return diff(b.C(country), b.Cut(line)) })
}

// Memo caches a named intermediate geometry.
func (b *builder) Memo(name string, f func() geom.Geometry) geom.Geometry {
	if g, ok := b.cache[name]; ok {
		return g
	}
	g := f()
	b.cache[name] = g
	return g
}

// build cuts the pieces and overlays of the loaded data from Natural Earth.
func build(w *world, d *loaded) (ds *dataset, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	b := &builder{w: w, cutters: d.cutters, polys: map[string]geom.Geometry{}, cache: map[string]geom.Geometry{}}
	ds = &dataset{territories: d.territories, overlays: d.overlays, events: d.events}
	if os.Getenv(frontsEnv) != "" {
		ds.fronts = d.fronts
	}
	sort.SliceStable(ds.territories, func(i, j int) bool { return ds.territories[i].ID < ds.territories[j].ID })
	for _, t := range ds.territories {
		g := t.Geom(b)
		if g.IsEmpty() {
			return nil, fmt.Errorf("territory %s has empty geometry", t.ID)
		}
		t.geom = snapped(g)
	}
	for _, o := range ds.overlays {
		o.geom = o.Geom(b, ds)
		if t := o.geom.Type(); t == geom.TypePolygon || t == geom.TypeMultiPolygon {
			// Rounding to the output grid can make a ring cross itself:
			// snap and re-validate as for territories.
			o.geom = snapped(o.geom)
		}
		if o.geom.IsEmpty() {
			return nil, fmt.Errorf("overlay %s has empty geometry", o.ID)
		}
	}
	sort.SliceStable(ds.events, func(i, j int) bool { return ds.events[i].Date < ds.events[j].Date })
	if err := ds.applyFronts(); err != nil {
		return nil, err
	}
	// The land is the coast the territories' pieces share: not simplified,
	// so that a piece's coast lies on it (the renderer's levels of detail
	// simplify both together).
	ds.land = snapped(areal(w.land))
	return ds, nil
}

// snapped rounds a polygonal geometry to the output grid and re-validates it
// through a unary union so that what we test is what we write.
func snapped(g geom.Geometry) geom.Geometry {
	polys := roundedPolygons(g)
	var ps []geom.Polygon
	for _, p := range polys {
		var rings []geom.LineString
		for _, r := range p {
			rings = append(rings, ringToLS(r))
		}
		ps = append(ps, geom.NewPolygon(rings))
	}
	mp := geom.NewMultiPolygon(ps).AsGeometry()
	if mp.Validate() != nil {
		mp = areal(must(geom.UnaryUnion(mp)))
	}
	return mp
}

// ---- output ----

type featureJSON struct {
	Type       string          `json:"type"`
	ID         string          `json:"id"`
	Properties json.RawMessage `json:"properties"`
	Geometry   json.RawMessage `json:"geometry"`
}

type propsJSON struct {
	ID            string            `json:"id"`
	Name          string            `json:"name"`
	Names         map[string]string `json:"names,omitempty"`
	Kind          string            `json:"kind"`
	StartDate     string            `json:"start_date,omitempty"`
	EndDate       string            `json:"end_date,omitempty"`
	Controller    string            `json:"controller,omitempty"`
	ControllerCOW *int              `json:"controller_cow,omitempty"`
	Sovereign     string            `json:"sovereign,omitempty"`
	SovereignCOW  *int              `json:"sovereign_cow,omitempty"`
	Status        string            `json:"status,omitempty"`
	Source        string            `json:"source"`
	Note          string            `json:"note,omitempty"`
	Precision     string            `json:"precision,omitempty"`
	Topics        []string          `json:"topics,omitempty"`
}

func marshalNoEscape(v any) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic(err)
	}
	return bytes.TrimRight(buf.Bytes(), "\n")
}

func territoryProps(t *territory, v version) []byte {
	name := t.Name
	if v.Name != "" {
		name = v.Name
	}
	p := propsJSON{ID: t.ID, Name: name, Names: t.Names, Kind: "territory", StartDate: v.Start, EndDate: v.End,
		Controller: v.Ctrl.Name, Sovereign: v.Sov.Name, Status: v.Status, Source: v.Source, Note: v.Note,
		Precision: v.Precision, Topics: t.Topics}
	b := marshalNoEscape(p)
	// controller_cow / sovereign_cow are always present, null when not a COW state.
	cow := func(c int) string {
		if c == 0 {
			return "null"
		}
		return fmt.Sprint(c)
	}
	s := string(b)
	s = strings.Replace(s, `,"sovereign":`, `,"controller_cow":`+cow(v.Ctrl.COW)+`,"sovereign":`, 1)
	s = strings.Replace(s, `,"status":`, `,"sovereign_cow":`+cow(v.Sov.COW)+`,"status":`, 1)
	return []byte(s)
}

func overlayProps(o *overlay) []byte {
	p := propsJSON{ID: o.ID, Name: o.Name, Names: o.Names, Kind: o.Kind, StartDate: o.Start, EndDate: o.End,
		Source: o.Source, Note: o.Note, Precision: o.Precision, Topics: o.Topics}
	return marshalNoEscape(p)
}

func geometryJSON(g geom.Geometry) []byte {
	switch g.Type() {
	case geom.TypePolygon, geom.TypeMultiPolygon:
		polys := roundedPolygons(g)
		if len(polys) == 1 {
			return marshalNoEscape(map[string]any{"type": "Polygon", "coordinates": polys[0]})
		}
		return marshalNoEscape(map[string]any{"type": "MultiPolygon", "coordinates": polys})
	case geom.TypePoint:
		pt, _ := g.AsPoint()
		xy, _ := pt.XY()
		return marshalNoEscape(map[string]any{"type": "Point", "coordinates": [2]float64{round4(xy.X), round4(xy.Y)}})
	case geom.TypeLineString, geom.TypeMultiLineString:
		var lines [][][2]float64
		for _, part := range g.Dump() {
			ls, ok := part.AsLineString()
			if !ok {
				continue
			}
			if r := roundSeq(ls.Coordinates()); len(r) >= 2 {
				lines = append(lines, r)
			}
		}
		sort.SliceStable(lines, func(i, j int) bool {
			a, b := lines[i][0], lines[j][0]
			if a[0] != b[0] {
				return a[0] < b[0]
			}
			return a[1] < b[1]
		})
		if len(lines) == 1 {
			return marshalNoEscape(map[string]any{"type": "LineString", "coordinates": lines[0]})
		}
		return marshalNoEscape(map[string]any{"type": "MultiLineString", "coordinates": lines})
	}
	panic(fmt.Sprintf("unsupported output geometry %v", g.Type()))
}

func featureLine(id string, props, geometry []byte) []byte {
	return marshalNoEscape(featureJSON{Type: "Feature", ID: id, Properties: props, Geometry: geometry})
}

func writeCollection(path string, lines [][]byte) error {
	var buf bytes.Buffer
	buf.WriteString("{\"type\":\"FeatureCollection\",\"features\":[\n")
	for i, l := range lines {
		buf.Write(l)
		if i < len(lines)-1 {
			buf.WriteString(",")
		}
		buf.WriteString("\n")
	}
	buf.WriteString("]}\n")
	return os.WriteFile(path, buf.Bytes(), 0o644)
}

func (d *dataset) write(dir string) error {
	var lines [][]byte
	for _, t := range d.territories {
		g := geometryJSON(t.geom)
		for _, v := range t.Versions {
			lines = append(lines, featureLine(t.ID, territoryProps(t, v), g))
		}
	}
	for _, o := range d.overlays {
		lines = append(lines, featureLine(o.ID, overlayProps(o), geometryJSON(o.geom)))
	}
	if err := writeCollection(filepath.Join(dir, "frontiers.geojson"), lines); err != nil {
		return err
	}
	landProps := marshalNoEscape(propsJSON{ID: "land", Name: "Land", Kind: "land",
		Source: "Natural Earth 1:" + scale + " land (public domain), via world-atlas 2.0.2 land-" + scale + ".json; clipped to 25°W–65°E, 25°N–72°N"})
	if err := writeCollection(filepath.Join(dir, "land.geojson"), [][]byte{featureLine("land", landProps, geometryJSON(d.land))}); err != nil {
		return err
	}
	var buf bytes.Buffer
	buf.WriteString("{\"events\":[\n")
	for i, e := range d.events {
		buf.Write(marshalNoEscape(e))
		if i < len(d.events)-1 {
			buf.WriteString(",")
		}
		buf.WriteString("\n")
	}
	buf.WriteString("]}\n")
	return os.WriteFile(filepath.Join(dir, "frontiers.events.json"), buf.Bytes(), 0o644)
}
