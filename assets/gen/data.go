package main

import (
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"iter"
	"path"
	"slices"
	"strings"

	"github.com/peterstace/simplefeatures/geom"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/internal/problem"
)

// The facts of the dataset live in data files, one folder per region
// (data/README.md gives the schema): pieces.json (the pieces and their
// dated versions), events.json (in the events format of package geodata),
// overlays.json (frontiers, spheres, bases, passages) and lines.json (the
// authored lines), with the holders of all regions in data/holders.json.
// The Go code of a region holds only its geometry recipes: how each piece
// is cut from Natural Earth and the lines.

//go:embed data/*.json data/*/*.json
var dataFS embed.FS

// recipe cuts one piece's geometry from Natural Earth and the authored lines.
type recipe func(b *builder) geom.Geometry

// recipes are a region's geometry recipes by piece id.
type recipes map[string]recipe

// region is one folder of data/ with the recipes of its pieces, named after
// the Go file that holds them (for error messages).
type region struct {
	dir    string
	pieces recipes
	file   string
}

// The files of a region folder; each is optional.
const (
	piecesFile   = "pieces.json"
	eventsFile   = "events.json"
	overlaysFile = "overlays.json"
	linesFile    = "lines.json"
	holdersFile  = "holders.json"
	frontsFile   = "fronts.json"
)

// pieceJSON is one piece in pieces.json.
type pieceJSON struct {
	ID       string            `json:"id"`
	Name     string            `json:"name"`
	Names    map[string]string `json:"names"`
	Topics   []string          `json:"topics"`
	Versions []versionJSON     `json:"versions"`
}

// versionJSON is one dated version of a piece: start inclusive, end
// exclusive, both EDTF dates (geodata.ParseDate), open when absent.
type versionJSON struct {
	Start      string `json:"start"`
	End        string `json:"end"`
	Name       string `json:"name"`
	Controller string `json:"controller"`
	Sovereign  string `json:"sovereign"`
	Status     string `json:"status"`
	Source     string `json:"source"`
	Note       string `json:"note"`
	Precision  string `json:"precision"`
}

// overlayJSON is one overlay in overlays.json. Its geometry is exactly one
// of point, line, pieces (the union of those pieces, optionally only the
// part inside or outside an authored line) and frontier.
type overlayJSON struct {
	ID        string            `json:"id"`
	Name      string            `json:"name"`
	Names     map[string]string `json:"names"`
	Kind      string            `json:"kind"`
	Start     string            `json:"start"`
	End       string            `json:"end"`
	Source    string            `json:"source"`
	Note      string            `json:"note"`
	Precision string            `json:"precision"`
	Topics    []string          `json:"topics"`
	Point     []float64         `json:"point"`
	Line      [][]float64       `json:"line"`
	Pieces    []string          `json:"pieces"`
	Inside    string            `json:"inside"`
	Outside   string            `json:"outside"`
	Frontier  *frontierJSON     `json:"frontier"`
}

// frontierJSON traces the land boundary of one sovereign's territory on a
// day: the pieces it holds and the context regions named in Context on its
// side, everything else on the other.
type frontierJSON struct {
	Sovereign string   `json:"sovereign"`
	Day       string   `json:"day"`
	Context   []string `json:"context"`
}

// holderJSON is one holder in holders.json; COW is null for a holder that
// is not a Correlates of War state (Note then says why). A protectorate,
// mandate or colony carries its power's code, a joint occupation the lead
// power's; geodata.Holder.Key keeps them apart by their base names.
type holderJSON struct {
	Name string `json:"name"`
	COW  *int   `json:"cow"`
	Note string `json:"note"`
}

// loaded is what the data files hold, recipes attached.
type loaded struct {
	territories []*territory
	overlays    []*overlay
	events      []geodata.EventJSON
	cutters     map[string]cutter
	fronts      []frontZone
}

// loader collects the problems of the data files.
type loader struct {
	fsys    fs.FS
	probs   geodata.Problems
	holders map[string]geodata.Holder
	ids     map[string]string // piece or overlay id → file
	events  map[string]string // event id → file
	out     loaded
	refs    []ref
}

// ref is an id named somewhere that must be a piece (or overlay).
type ref struct {
	p       geodata.Problem
	id      string
	overlay bool // an overlay id is allowed too
}

func (l *loader) bad(file string, i int, what, id, field, msg string, a ...any) {
	l.probs = append(l.probs, geodata.Problem{File: file, Item: problem.Numbered(what, i, id), Field: field, Msg: fmt.Sprintf(msg, a...)})
}

// loadData reads the holders and every region's files from fsys (which
// holds the folder data/) and attaches each piece's recipe. Every problem
// is reported, each naming the file, the piece, overlay or event, the field
// and what to do.
func loadData(fsys fs.FS, regs []region) (*loaded, error) {
	l := &loader{fsys: fsys, holders: map[string]geodata.Holder{}, ids: map[string]string{}, events: map[string]string{}}
	l.out.cutters = map[string]cutter{}
	l.loadHolders(path.Join("data", holdersFile))
	for _, r := range regs {
		l.loadLines(path.Join("data", r.dir, linesFile))
	}
	for _, r := range regs {
		dir := path.Join("data", r.dir)
		l.loadPieces(path.Join(dir, piecesFile), r)
		l.loadOverlays(path.Join(dir, overlaysFile))
		l.loadEvents(path.Join(dir, eventsFile))
	}
	l.loadFronts(path.Join("data", frontsFile))
	for _, rf := range l.refs {
		file, ok := l.ids[rf.id]
		if !ok || (!rf.overlay && strings.HasSuffix(file, overlaysFile)) {
			p := rf.p
			p.Msg = fmt.Sprintf("no piece %q in any pieces.json; fix the id or add the piece", rf.id)
			if rf.overlay {
				p.Msg = fmt.Sprintf("no piece or overlay %q in any pieces.json or overlays.json; fix the id or add it", rf.id)
			}
			l.probs = append(l.probs, p)
		}
	}
	if len(l.probs) > 0 {
		return nil, l.probs
	}
	return &l.out, nil
}

// read returns a file's bytes, nil when it does not exist.
func (l *loader) read(file string) []byte {
	b, err := fs.ReadFile(l.fsys, file)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		l.bad(file, -1, "", "", "", "%v", err)
		return nil
	}
	return b
}

// decodeList decodes {"<key>": [...]} and returns the items undecoded.
func (l *loader) decodeList(file string, data []byte, key string) []json.RawMessage {
	var doc map[string]json.RawMessage
	if err := json.Unmarshal(data, &doc); err != nil {
		l.bad(file, -1, "", "", "", "not valid JSON (%s); fix the syntax", jsonWhere(data, err))
		return nil
	}
	var items []json.RawMessage
	if err := json.Unmarshal(doc[key], &items); err != nil || doc[key] == nil {
		l.bad(file, -1, "", "", "", "want an object {%q: [...]}", key)
		return nil
	}
	return items
}

// items decodes the items of {"<key>": [...]} one by one into T, refusing
// fields the schema does not know; an item that does not decode is
// reported (as what, named by id when that much was read) and skipped.
func items[T any](l *loader, file string, data []byte, key, what string, id func(*T) string) iter.Seq2[int, *T] {
	return func(yield func(int, *T) bool) {
		for i, raw := range l.decodeList(file, data, key) {
			v := new(T)
			if err := strict(raw, v); err != nil {
				l.bad(file, i, what, id(v), "", "%v", err)
				continue
			}
			if !yield(i, v) {
				return
			}
		}
	}
}

// strict decodes one item, refusing fields the schema does not know.
func strict(raw json.RawMessage, v any) error {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	return dec.Decode(v)
}

// jsonWhere words a JSON error with its line.
func jsonWhere(data []byte, err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("line %d: %v", bytes.Count(data[:min(int(se.Offset), len(data))], []byte("\n"))+1, err)
	}
	return err.Error()
}

func (l *loader) loadHolders(file string) {
	data := l.read(file)
	if data == nil {
		l.bad(file, -1, "", "", "", "missing: the holders' names and Correlates of War codes are needed")
		return
	}
	for i, h := range items(l, file, data, "holders", "holder", func(h *holderJSON) string { return h.Name }) {
		switch _, dup := l.holders[h.Name]; {
		case h.Name == "":
			l.bad(file, i, "holder", "", "name", "missing")
		case dup:
			l.bad(file, i, "holder", h.Name, "name", "listed twice; keep one")
		default:
			gh := geodata.Holder{Name: h.Name}
			if h.COW != nil {
				gh.COW = *h.COW
			}
			l.holders[h.Name] = gh
		}
	}
}

func (l *loader) holder(file string, i int, id, field, name string) geodata.Holder {
	h, ok := l.holders[name]
	if !ok {
		l.bad(file, i, "piece", id, field, "unknown holder %q; fix the name or add it to data/holders.json with its COW code (null if none)", name)
	}
	return h
}

// date checks an EDTF date; empty is an open end (the zero Date).
func (l *loader) date(file string, i int, what, id, field, s string) geodata.Date {
	if s == "" {
		return geodata.Date{}
	}
	d, err := geodata.ParseDate(s)
	if err != nil {
		l.bad(file, i, what, id, field, "%v; write YYYY-MM-DD, optionally with ~ when the day is approximate", err)
	}
	return d
}

// common checks the fields pieces and overlays share and reports whether
// the id is new.
func (l *loader) common(file string, i int, what, id, name string, topics []string) bool {
	ok := true
	if id == "" {
		l.bad(file, i, what, "", "id", "missing")
		ok = false
	} else if other, dup := l.ids[id]; dup {
		l.bad(file, i, what, id, "id", "already used in %s; ids are unique across regions", other)
		ok = false
	} else {
		l.ids[id] = file
	}
	if name == "" {
		l.bad(file, i, what, id, "name", "missing: give the English name")
	}
	for _, t := range topics {
		if !slices.Contains(geodata.Topics, t) {
			l.bad(file, i, what, id, "topics", "unknown topic %q (known: %s)", t, strings.Join(geodata.Topics, ", "))
		}
	}
	return ok
}

func (l *loader) precision(file string, i int, what, id, field, p string) {
	if p != "" && p != "approximate" && p != "exact" {
		l.bad(file, i, what, id, field, "want \"approximate\", \"exact\" or nothing, have %q", p)
	}
}

func (l *loader) loadPieces(file string, r region) {
	data := l.read(file)
	if data == nil {
		if len(r.pieces) > 0 {
			l.bad(file, -1, "", "", "", "missing, but %s has recipes for %d pieces; restore the file", r.file, len(r.pieces))
		}
		return
	}
	seen := map[string]bool{}
	for i, p := range items(l, file, data, "pieces", "piece", func(p *pieceJSON) string { return p.ID }) {
		if !l.common(file, i, "piece", p.ID, p.Name, p.Topics) {
			continue
		}
		seen[p.ID] = true
		t := &territory{ID: p.ID, Name: p.Name, Names: p.Names, Topics: p.Topics, Geom: r.pieces[p.ID]}
		if t.Geom == nil {
			l.bad(file, i, "piece", p.ID, "id", "no geometry recipe; add one to the recipes of %s (or fix the id)", r.file)
		}
		if len(p.Versions) == 0 {
			l.bad(file, i, "piece", p.ID, "versions", "missing: a piece needs at least one version")
		}
		for j, v := range p.Versions {
			f := func(name string) string { return fmt.Sprintf("versions[%d].%s", j, name) }
			start := l.date(file, i, "piece", p.ID, f("start"), v.Start)
			end := l.date(file, i, "piece", p.ID, f("end"), v.End)
			if !start.IsZero() && !end.IsZero() && end.Day <= start.Day {
				l.bad(file, i, "piece", p.ID, f("end"), "%s is not after the start %s (the end is the first day the version no longer holds)", v.End, v.Start)
			}
			switch {
			case j == 0 && v.Start != "":
				l.bad(file, i, "piece", p.ID, f("start"), "the first version has an open start; drop the start or add a version before it")
			case j > 0 && v.Start != p.Versions[j-1].End:
				l.bad(file, i, "piece", p.ID, f("start"), "%q is not the previous version's end %q; versions follow each other without gap", v.Start, p.Versions[j-1].End)
			}
			if j == len(p.Versions)-1 && v.End != "" {
				l.bad(file, i, "piece", p.ID, f("end"), "the last version has an open end; drop the end or add a version after it")
			}
			if !slices.Contains(geodata.Statuses, v.Status) {
				l.bad(file, i, "piece", p.ID, f("status"), "unknown status %q; use one of: %s", v.Status, strings.Join(geodata.Statuses, ", "))
			}
			if v.Source == "" {
				l.bad(file, i, "piece", p.ID, f("source"), "missing: name the treaty, act or event behind the version, with its date")
			}
			l.precision(file, i, "piece", p.ID, f("precision"), v.Precision)
			t.Versions = append(t.Versions, version{Start: v.Start, End: v.End, Name: v.Name,
				Ctrl: l.holder(file, i, p.ID, f("controller"), v.Controller), Sov: l.holder(file, i, p.ID, f("sovereign"), v.Sovereign),
				Status: v.Status, Source: v.Source, Note: v.Note, Precision: v.Precision})
		}
		l.out.territories = append(l.out.territories, t)
	}
	for id := range r.pieces {
		if !seen[id] {
			l.bad(file, -1, "", "", "", "%s has a recipe for %q but this file has no such piece; add the piece or drop the recipe", r.file, id)
		}
	}
}

// frontierContexts are the context regions a frontier may put on its
// sovereign's side (see frontierOn).
var frontierContexts = []string{"russia", "kaliningrad", "poland", "belarus", "ukraine", "galicia"}

func (l *loader) loadOverlays(file string) {
	data := l.read(file)
	if data == nil {
		return
	}
	for i, o := range items(l, file, data, "overlays", "overlay", func(o *overlayJSON) string { return o.ID }) {
		if !l.common(file, i, "overlay", o.ID, o.Name, o.Topics) {
			continue
		}
		if o.Source == "" {
			l.bad(file, i, "overlay", o.ID, "source", "missing: name the treaty, act or event behind it")
		}
		if !slices.Contains(geodata.Kinds, o.Kind) || o.Kind == geodata.KindTerritory {
			l.bad(file, i, "overlay", o.ID, "kind", "want one of frontier, sphere, base, passage, city, front; have %q", o.Kind)
		}
		l.date(file, i, "overlay", o.ID, "start", o.Start)
		l.date(file, i, "overlay", o.ID, "end", o.End)
		l.precision(file, i, "overlay", o.ID, "precision", o.Precision)
		ov := &overlay{ID: o.ID, Name: o.Name, Names: o.Names, Kind: o.Kind, Start: o.Start, End: o.End,
			Source: o.Source, Note: o.Note, Precision: o.Precision, Topics: o.Topics}
		ov.Geom = l.overlayGeom(file, i, *o)
		l.out.overlays = append(l.out.overlays, ov)
	}
}

// overlayGeom checks an overlay's geometry and returns how to make it.
func (l *loader) overlayGeom(file string, i int, o overlayJSON) func(*builder, *dataset) geom.Geometry {
	n := 0
	for _, set := range []bool{o.Point != nil, o.Line != nil, o.Pieces != nil, o.Frontier != nil} {
		if set {
			n++
		}
	}
	if n != 1 {
		l.bad(file, i, "overlay", o.ID, "", "give exactly one of point, line, pieces and frontier (have %d)", n)
		return nil
	}
	lonLat := func(field string, p []float64) [2]float64 {
		if len(p) != 2 || p[0] < -180 || p[0] > 180 || p[1] < -90 || p[1] > 90 {
			l.bad(file, i, "overlay", o.ID, field, "want [longitude, latitude] in degrees, have %v", p)
			return [2]float64{}
		}
		return [2]float64{p[0], p[1]}
	}
	switch {
	case o.Point != nil:
		p := lonLat("point", o.Point)
		return func(*builder, *dataset) geom.Geometry { return pointGeom(p[0], p[1]) }
	case o.Line != nil:
		if len(o.Line) < 2 {
			l.bad(file, i, "overlay", o.ID, "line", "want at least two [longitude, latitude] points")
		}
		var pts [][2]float64
		for k, p := range o.Line {
			pts = append(pts, lonLat(fmt.Sprintf("line[%d]", k), p))
		}
		return func(*builder, *dataset) geom.Geometry { return lineGeom(pts...) }
	case o.Pieces != nil:
		for _, id := range o.Pieces {
			l.refs = append(l.refs, ref{p: geodata.Problem{File: file, Item: problem.Numbered("overlay", i, o.ID), Field: "pieces"}, id: id})
		}
		if o.Inside != "" && o.Outside != "" {
			l.bad(file, i, "overlay", o.ID, "inside", "give inside or outside, not both")
		}
		for field, line := range map[string]string{"inside": o.Inside, "outside": o.Outside} {
			if line != "" {
				if _, ok := l.out.cutters[line]; !ok {
					l.bad(file, i, "overlay", o.ID, field, "no authored line %q in any lines.json; fix the id or author the line", line)
				}
			}
		}
		ids := o.Pieces
		return func(b *builder, d *dataset) geom.Geometry {
			g := unionOf(d, ids...)
			switch {
			case o.Inside != "":
				g = inter(g, b.Cut(o.Inside))
			case o.Outside != "":
				g = diff(g, b.Cut(o.Outside))
			}
			return g
		}
	default:
		f := *o.Frontier
		if _, ok := l.holders[f.Sovereign]; !ok {
			l.bad(file, i, "overlay", o.ID, "frontier.sovereign", "unknown holder %q; fix the name or add it to data/holders.json", f.Sovereign)
		}
		if f.Day == "" {
			l.bad(file, i, "overlay", o.ID, "frontier.day", "missing: the day whose frontier is traced")
		} else if _, err := geodata.ParseDay(f.Day); err != nil {
			l.bad(file, i, "overlay", o.ID, "frontier.day", "%v; write YYYY-MM-DD", err)
		}
		ctx := map[string]bool{}
		for _, c := range f.Context {
			if !slices.Contains(frontierContexts, c) {
				l.bad(file, i, "overlay", o.ID, "frontier.context", "unknown context region %q (known: %s)", c, strings.Join(frontierContexts, ", "))
			}
			ctx[c] = true
		}
		return func(b *builder, d *dataset) geom.Geometry {
			return frontierOn(b, d, l.holders[f.Sovereign], f.Day, ctx)
		}
	}
}

func (l *loader) loadEvents(file string) {
	data := l.read(file)
	if data == nil {
		return
	}
	// geodata checks the events as the engine will read them; the
	// generator keeps the dates as written.
	if _, err := geodata.DecodeEvents(file, data); err != nil {
		var ps geodata.Problems
		if errors.As(err, &ps) {
			l.probs = append(l.probs, ps...)
		} else {
			l.bad(file, -1, "", "", "", "%v", err)
		}
		return
	}
	for i, e := range items(l, file, data, "events", "event", func(e *geodata.EventJSON) string { return e.ID }) {
		if other, dup := l.events[e.ID]; dup {
			l.bad(file, i, "event", e.ID, "id", "already used in %s; event ids are unique across files", other)
		}
		l.events[e.ID] = file
		if e.Territories == nil {
			l.bad(file, i, "event", e.ID, "territories", "missing: list the ids of the pieces the event changes or concerns ([] for none)")
		}
		for _, id := range e.Territories {
			l.refs = append(l.refs, ref{p: geodata.Problem{File: file, Item: problem.Numbered("event", i, e.ID), Field: "territories"}, id: id, overlay: true})
		}
		l.out.events = append(l.out.events, *e)
	}
}

func (l *loader) loadLines(file string) {
	data := l.read(file)
	if data == nil {
		return
	}
	var cs []cutter
	if err := json.Unmarshal(data, &cs); err != nil {
		l.bad(file, -1, "", "", "", "not a JSON array of lines (%s)", jsonWhere(data, err))
		return
	}
	for i, c := range cs {
		if _, dup := l.out.cutters[c.ID]; dup || c.ID == "" {
			l.bad(file, i, "line", c.ID, "id", "missing or used twice; line ids are unique across regions")
			continue
		}
		if c.Source == "" {
			l.bad(file, i, "line", c.ID, "source", "missing: name the treaty or map the line follows")
		}
		for k, p := range c.Line {
			if p.Ref == "" {
				l.bad(file, i, "line", c.ID, fmt.Sprintf("line[%d].ref", k), "missing: name the place at %v,%v", p.Lon, p.Lat)
			}
		}
		l.out.cutters[c.ID] = c
	}
}

// loadFronts reads the fronts derived from the register (data/fronts.json,
// optional; used only when FRONTIERS_FRONTS is set).
func (l *loader) loadFronts(file string) {
	data := l.read(file)
	if data == nil {
		return
	}
	for i, z := range items(l, file, data, "fronts", "front", func(z *frontZone) string { return z.ID }) {
		if z.ID == "" || z.Title == "" || len(z.Registers) == 0 {
			l.bad(file, i, "front", z.ID, "", "id, title and registers (the register zones whose places make the cells) are required")
		}
		for field, s := range map[string]string{"start": z.Start, "end": z.End} {
			if _, err := geodata.ParseDay(s); err != nil {
				l.bad(file, i, "front", z.ID, field, "%v; write YYYY-MM-DD", err)
			}
		}
		if z.Lat0 <= -90 || z.Lat0 >= 90 || len(z.Partial) > 0 && z.Radius <= 0 {
			l.bad(file, i, "front", z.ID, "", "lat0 must be a latitude and radius (degrees) positive when partial pieces are given")
		}
		for _, id := range append(append([]string{}, z.Partial...), z.Exclude...) {
			l.refs = append(l.refs, ref{p: geodata.Problem{File: file, Item: problem.Numbered("front", i, z.ID), Field: "partial/exclude"}, id: id})
		}
		z.occupiers = map[string]geodata.Holder{}
		for state, name := range z.Occupiers {
			h, ok := l.holders[name]
			if !ok {
				l.bad(file, i, "front", z.ID, "occupiers", "unknown holder %q for %s; fix the name or add it to data/holders.json", name, state)
			}
			z.occupiers[state] = h
		}
		l.out.fronts = append(l.out.fronts, *z)
	}
}
