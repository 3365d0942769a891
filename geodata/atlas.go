package geodata

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

// Atlas is a loaded dataset: its features, indexed by day and place, and
// its events. An Atlas is read-only after New and safe for concurrent use.
type Atlas struct {
	// Name says where the data came from (a file name or "bundled").
	Name     string
	features []*Feature
	events   []Event // sorted by date
	byID     map[string][]*Feature
	// bounds are the change days, sorted: epoch e (1 ≤ e ≤ len(bounds)) is
	// [bounds[e-1], bounds[e]); epoch 0 is everything before bounds[0].
	bounds []Day
	epochs [][]*Feature // features valid in each epoch, in file order

	// Territory pieces: features that share a geometry form one piece.
	pieces []*piece
	// pieceOf[e][p] is the index of the feature valid on piece p in epoch
	// e, or -1.
	pieceOf [][]int32
	grid    grid
	// land is the backdrop: land the dataset does not (yet) cover is drawn
	// grey from it. May be empty.
	land     orb.MultiPolygon
	landP    orb.MultiPolygon // projected
	landGrid grid
	lod      []lodLevelData
	full     lodLevelData // the full geometry, as a level of detail
	landPB   orb.Bound    // of landP
}

// LODTolerances are the tolerances, in projected metres, of the simplified
// versions of the geometry drawn at coarse resolutions: a view of
// resolution res uses the coarsest level whose tolerance is at most
// res·LODRes (a fraction of a pixel), else the full geometry.
var LODTolerances = []float64{500, 1500, 3000, 8000}

// LODRes is the fraction of a pixel a simplification may move a border.
const LODRes = 0.75

// lodLevelData is one level of detail, made on first use.
type lodLevelData struct {
	once   sync.Once
	pieces []orb.MultiPolygon // by piece
	land   orb.MultiPolygon
	topo   topology
}

// levelOfDetail returns the pieces and the land simplified at
// LODTolerances[i], keeping the borders the pieces share identical. It is
// made the first time a view needs it and safe for concurrent use.
func (a *Atlas) levelOfDetail(i int) *lodLevelData {
	l := &a.lod[i]
	l.once.Do(func() {
		polys := make([]orb.MultiPolygon, len(a.pieces))
		for j, p := range a.pieces {
			polys[j] = p.proj
		}
		if a.landP != nil {
			// The land with the pieces, so that the coasts they share stay
			// shared.
			polys = append(polys, a.landP)
		}
		polys = simplifyShared(polys, LODTolerances[i])
		l.pieces = polys[:len(a.pieces)]
		if a.landP != nil {
			l.land = polys[len(a.pieces)]
		}
		l.topo = topologyOf(l.pieces, l.land)
	})
	return l
}

// geometry returns the pieces and the land drawn at resolution res, and
// their topology.
func (a *Atlas) geometry(res float64) *lodLevelData {
	if level := lodLevel(res); level >= 0 {
		return a.levelOfDetail(level)
	}
	l := &a.full
	l.once.Do(func() {
		l.pieces = make([]orb.MultiPolygon, len(a.pieces))
		for j, p := range a.pieces {
			l.pieces[j] = p.proj
		}
		l.land = a.landP
		l.topo = topologyOf(l.pieces, l.land)
	})
	return l
}

// PrepareLevels makes every level of detail now (e.g. in the background
// after loading) rather than on the first view that needs it.
func (a *Atlas) PrepareLevels() {
	for i := range a.lod {
		a.levelOfDetail(i)
	}
}

// lodLevel returns the level of detail for resolution res: an index into
// LODTolerances, or -1 for the full geometry.
func lodLevel(res float64) int {
	level := -1
	for i, tol := range LODTolerances {
		if tol <= res*LODRes {
			level = i
		}
	}
	return level
}

// piece is one territory geometry and the features (versions) drawn with it.
type piece struct {
	geom    orb.MultiPolygon // lon/lat
	proj    orb.MultiPolygon // projected metres
	bound   orb.Bound        // lon/lat
	pbound  orb.Bound        // projected
	members []*Feature
	roughly bool // some member is approximate
}

// New indexes features and events into an Atlas. It checks what no single
// feature shows: versions of one territory overlapping in time, two
// versions of one territory with different geometry, events naming unknown
// features. land, optional, is the backdrop of land outside the data.
func New(name string, features []*Feature, events []Event, land orb.MultiPolygon) (*Atlas, error) {
	a := &Atlas{Name: name, features: features, byID: map[string][]*Feature{}, land: land}
	var probs Problems
	bad := func(f *Feature, field, msg string, args ...any) {
		probs = append(probs, Problem{File: name, Index: f.Index, What: "feature", ID: f.ID, Field: field, Msg: fmt.Sprintf(msg, args...)})
	}
	for _, f := range features {
		a.byID[f.ID] = append(a.byID[f.ID], f)
	}
	for _, vs := range a.byID {
		sort.SliceStable(vs, func(i, j int) bool { return startKey(vs[i]) < startKey(vs[j]) })
		for i := 1; i < len(vs); i++ {
			prev, cur := vs[i-1], vs[i]
			if prev.End.IsZero() || cur.Start.IsZero() || cur.Start.Day < prev.End.Day {
				bad(cur, "start_date", "overlaps feature %d of the same id (%s to %s); versions of one id must follow each other", prev.Index, openDate(prev.Start), openDate(prev.End))
			}
			if prev.Kind != cur.Kind {
				bad(cur, "kind", "%q differs from %q of feature %d of the same id", cur.Kind, prev.Kind, prev.Index)
			}
		}
	}
	for _, e := range events {
		for _, id := range e.Territories {
			if _, ok := a.byID[id]; !ok {
				file := e.File
				if file == "" {
					file = name
				}
				probs = append(probs, Problem{File: file, Index: e.Index, What: "event", ID: e.ID, Field: "territories", Msg: fmt.Sprintf("no feature has id %q", id)})
			}
		}
	}
	a.events = append([]Event(nil), events...)
	sort.SliceStable(a.events, func(i, j int) bool { return a.events[i].Date.Day < a.events[j].Date.Day })

	a.indexDays()
	a.indexPieces()
	probs = append(probs, a.overlaps(name)...)
	if len(probs) > 0 {
		return a, probs
	}
	if land != nil {
		a.landP = projectMulti(land)
		a.landPB = a.landP.Bound()
		bounds := make([]orb.Bound, len(land))
		for i, pg := range land {
			bounds[i] = pg.Bound()
		}
		a.landGrid = gridOf(bounds)
	}
	return a, nil
}

func startKey(f *Feature) Day {
	if f.Start.IsZero() {
		return -1 << 30
	}
	return f.Start.Day
}

func (a *Atlas) indexDays() {
	set := map[Day]bool{}
	for _, f := range a.features {
		if !f.Start.IsZero() {
			set[f.Start.Day] = true
		}
		if !f.End.IsZero() {
			set[f.End.Day] = true
		}
	}
	a.bounds = make([]Day, 0, len(set))
	for d := range set {
		a.bounds = append(a.bounds, d)
	}
	sort.Slice(a.bounds, func(i, j int) bool { return a.bounds[i] < a.bounds[j] })
	a.epochs = make([][]*Feature, len(a.bounds)+1)
	for _, f := range a.features {
		lo, hi := 0, len(a.bounds)+1
		if !f.Start.IsZero() {
			lo = a.epoch(f.Start.Day)
		}
		if !f.End.IsZero() {
			hi = a.epoch(f.End.Day)
		}
		for e := lo; e < hi; e++ {
			a.epochs[e] = append(a.epochs[e], f)
		}
	}
}

// epoch returns the index of the epoch that contains d.
func (a *Atlas) epoch(d Day) int {
	return sort.Search(len(a.bounds), func(i int) bool { return a.bounds[i] > d })
}

func (a *Atlas) indexPieces() {
	byGeom := map[string]int{}
	pieceOfFeature := map[*Feature]int{}
	for _, f := range a.features {
		if f.Kind != KindTerritory {
			continue
		}
		mp := asMulti(f.Geometry)
		// Versions of one id usually share their geometry: key by id and
		// geometry so that a changed geometry makes a new piece.
		key := f.ID + "\x00" + geomKey(mp)
		p, ok := byGeom[key]
		if !ok {
			p = len(a.pieces)
			byGeom[key] = p
			a.pieces = append(a.pieces, &piece{geom: mp, bound: f.Bound, proj: projectMulti(mp)})
			a.pieces[p].pbound = a.pieces[p].proj.Bound()
		}
		a.pieces[p].members = append(a.pieces[p].members, f)
		a.pieces[p].roughly = a.pieces[p].roughly || f.Approximate
		pieceOfFeature[f] = p
	}
	a.pieceOf = make([][]int32, len(a.epochs))
	for e, fs := range a.epochs {
		row := make([]int32, len(a.pieces))
		for i := range row {
			row[i] = -1
		}
		for _, f := range fs {
			if p, ok := pieceOfFeature[f]; ok {
				row[p] = int32(f.Index)
			}
		}
		a.pieceOf[e] = row
	}
	a.grid = newGrid(a.pieces)
	a.lod = make([]lodLevelData, len(LODTolerances))
}

func asMulti(g orb.Geometry) orb.MultiPolygon {
	switch g := g.(type) {
	case orb.Polygon:
		return orb.MultiPolygon{g}
	case orb.MultiPolygon:
		return g
	}
	return nil
}

// geomKey is a cheap fingerprint of a geometry: its size, bound and a
// sample of its points.
func geomKey(mp orb.MultiPolygon) string {
	var b strings.Builder
	n := 0
	for _, pg := range mp {
		for _, r := range pg {
			n += len(r)
			for i := 0; i < len(r); i += 1 + len(r)/16 {
				fmt.Fprintf(&b, "%.6f,%.6f;", r[i][0], r[i][1])
			}
		}
	}
	fmt.Fprintf(&b, "#%d", n)
	return b.String()
}

// Features returns every feature, in file order. Do not modify the slice.
func (a *Atlas) Features() []*Feature { return a.features }

// Feature returns the feature at index i of the file.
func (a *Atlas) Feature(i int) *Feature {
	if i < 0 || i >= len(a.features) {
		return nil
	}
	return a.features[i]
}

// At returns the features valid on day d, of every kind, in file order,
// without scanning the features. Do not modify the slice.
func (a *Atlas) At(d Day) []*Feature { return a.epochs[a.epoch(d)] }

// ChangeDays returns the days on which any feature starts or ends, sorted.
func (a *Atlas) ChangeDays() []Day { return a.bounds }

// History returns every version of the feature id, oldest first.
func (a *Atlas) History(id string) []*Feature { return a.byID[id] }

// Version returns the version of id valid on day d, or nil.
func (a *Atlas) Version(id string, d Day) *Feature {
	for _, f := range a.byID[id] {
		if f.ValidOn(d) {
			return f
		}
	}
	return nil
}

// TerritoryAt returns the territory at p (longitude, latitude) on day d,
// or nil at sea or outside the data. Where territories overlap it returns
// the first in file order.
func (a *Atlas) TerritoryAt(d Day, p orb.Point) *Feature {
	row := a.pieceOf[a.epoch(d)]
	var best *Feature
	for _, pi := range a.grid.at(p) {
		fi := row[pi]
		if fi < 0 {
			continue
		}
		pc := a.pieces[pi]
		if !pc.bound.Contains(p) || !planar.MultiPolygonContains(pc.geom, p) {
			continue
		}
		if f := a.features[fi]; best == nil || f.Index < best.Index {
			best = f
		}
	}
	return best
}

// OnLand reports whether p is on the backdrop's land.
func (a *Atlas) OnLand(p orb.Point) bool {
	for _, i := range a.landGrid.at(p) {
		if pg := a.land[i]; pg.Bound().Contains(p) && planar.PolygonContains(pg, p) {
			return true
		}
	}
	return false
}

// Events returns every event, sorted by date.
func (a *Atlas) Events() []Event { return a.events }

// EventsBetween returns the events from day from to day to, both inclusive.
func (a *Atlas) EventsBetween(from, to Day) []Event {
	lo := sort.Search(len(a.events), func(i int) bool { return a.events[i].Date.Day >= from })
	hi := sort.Search(len(a.events), func(i int) bool { return a.events[i].Date.Day > to })
	if hi < lo {
		return nil
	}
	return a.events[lo:hi]
}

// EventIndex returns the index in Events of the latest event on or before
// d, or -1 if d is before every event.
func (a *Atlas) EventIndex(d Day) int {
	return sort.Search(len(a.events), func(i int) bool { return a.events[i].Date.Day > d }) - 1
}

// EventsFor returns the events that name the feature id, by date.
func (a *Atlas) EventsFor(id string) []Event {
	var out []Event
	for _, e := range a.events {
		for _, t := range e.Territories {
			if t == id {
				out = append(out, e)
				break
			}
		}
	}
	return out
}

// Bound returns the lon/lat bound of all territories.
func (a *Atlas) Bound() orb.Bound {
	var b orb.Bound
	for i, p := range a.pieces {
		if i == 0 {
			b = p.bound
		} else {
			b = b.Union(p.bound)
		}
	}
	return b
}

// LoadFile reads a dataset file and, if it exists beside it, its events
// file (for "x.geojson", "x.events.json").
func LoadFile(path string, land orb.MultiPolygon) (*Atlas, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, Problems{{File: path, Index: -1, Msg: "cannot read: " + errText(err)}}
	}
	if st.Size() > MaxFileSize {
		return nil, Problems{{File: path, Index: -1, Msg: fmt.Sprintf("%d MB is larger than the %d MB a dataset may have", st.Size()>>20, MaxFileSize>>20)}}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, Problems{{File: path, Index: -1, Msg: "cannot read: " + errText(err)}}
	}
	feats, err := DecodeFeatures(path, data)
	if err != nil {
		return nil, err
	}
	var events []Event
	evPath := strings.TrimSuffix(strings.TrimSuffix(path, filepath.Ext(path)), ".geo") + ".events.json"
	if evData, err := os.ReadFile(evPath); err == nil {
		if events, err = DecodeEvents(evPath, evData); err != nil {
			return nil, err
		}
	}
	return New(path, feats, events, land)
}

func errText(err error) string {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err.Error()
	}
	return err.Error()
}

// openDate formats a date, "open" when it is absent.
func openDate(d Date) string {
	if d.IsZero() {
		return "open"
	}
	return d.String()
}
